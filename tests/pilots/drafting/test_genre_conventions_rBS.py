# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bs set (SYNTHETIC_BS.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft`` (the table of 1. printed to a PDF by WeasyPrint and read back). Each
failed on the importer before its rule unless marked as a control."""

import html

from pilots.drafting.inputs import document_from_bytes
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

# 1. A division table printed without rules (a scan's OCR layer, a table set with no borders) whose
#    last column is wide: a name wrapped in it leaves its rest ("局") at the cell's left edge, nearer
#    the middle of the narrow column before it than of its own. The rest goes on the cell it starts
#    under. Before, it was read into the column before: "区人社局局" leading, "区商务" supporting.

_DIVISION = [
    ["序号", "重点任务", "牵头单位", "配合单位"],
    ["1", "建设智能算力中心", "区发改局", "区数据局、区财政局"],
    ["2", "开展智能技能培训", "区人社局", "区教育局、区农业农村局、区商务局"],
    ["3", "推广智能农机装备", "区农业农村局", "区工信局"],
]


def _division_pdf_text(widths: list[int]) -> str:
    """The table printed with no rules on a landscape page (headings centred, cells set left) and
    read back as the importer reads a PDF."""
    from weasyprint import HTML

    columns = "".join(f"<col style='width:{width}%'>" for width in widths)

    def cell(tag: str, text: str, align: str) -> str:
        return f"<{tag} style='padding:2px 4px;vertical-align:top;text-align:{align};font-weight:normal'>{html.escape(text)}</{tag}>"

    rows = "".join(
        "<tr>" + "".join(cell("th" if r == 0 else "td", c, "center" if r == 0 or k == 0 else "left")
                         for k, c in enumerate(row)) + "</tr>"
        for r, row in enumerate(_DIVISION)
    )  # fmt: skip
    page = (
        "<html><head><meta charset='utf-8'><style>@page{size:A4 landscape;margin:20mm}"
        "body{font-family:'Noto Serif CJK SC',serif;font-size:14pt}p{margin:0}</style></head><body>"
        "<p>某区推进人工智能发展工作方案</p><p>一、重点任务</p><p>重点任务分工如下：</p>"
        f"<table style='border-collapse:collapse;width:100%'>{columns}{rows}</table></body></html>"
    )
    return document_from_bytes("plan.pdf", HTML(string=page).write_pdf()).text


def test_the_rest_of_a_name_wrapped_in_a_wide_last_column_stays_in_its_cell():
    text = _division_pdf_text([8, 44, 16, 32])
    assert "|区人社局|区教育局、区农业农村局、区商务局|" in text.replace(" ", "")


def test_control_a_name_wrapped_in_a_narrow_last_column_stays_in_its_cell():
    """Control: with columns of one width the rest lies nearest its own column's middle."""
    text = _division_pdf_text([8, 44, 24, 24])
    assert "|区人社局|区教育局、区农业农村局、区商务局|" in text.replace(" ", "")


# 2. An annotation wrapped just before its closing marks leaves a line of nothing but "））" (an OCR
#    layer reads a scanned page line by line; a name's own bracket closes with the annotation's).
#    The line ends the line before it. Before, a line with no word was dropped as a rule or a bare
#    bullet: the annotation stayed open and the task had no roles.

_CLOSING_LINE = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "（一）拓展应用场景\n"
    "1.推进智能治理。建设城市运行平台，推动问题智能发现、自动派单。（牵头单位：市城管局；配合单位：市住建局、各镇（街道\n"
    "））\n"
    "2.推进智能教育。建设智慧教育平台。（牵头单位：市教育局；配合单位：市数据局）\n"
    "——\n"
    "3.推进智能医疗。建设智能影像系统。（责任单位：市卫健局）\n"
)


def test_a_line_of_closing_marks_ends_the_annotation_above_it():
    data = _draft(_CLOSING_LINE)
    assert _roles(data, _tasks(data)[0]) == {
        "lead": ["市城管局"],
        "supporting": ["市住建局", "各镇(街道)"],
    }


def test_control_a_rule_line_holds_nothing_and_annotations_stay_their_tasks():
    """Control: a rule "——" between items is still no text; the items keep their own roles."""
    data = _draft(_CLOSING_LINE)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["推进智能治理", "推进智能教育", "推进智能医疗"]
    assert "——" not in tasks[1]["text"]
    assert _roles(data, tasks[2]) == {"responsible": ["市卫健局"]}


# 3. A fund the sentence sets up has its size in the clause setting it up, the one after it, or one
#    naming the size (规模, 基金, 首期 …): a term of the instrument, no target (SOURCES.md). A clause
#    further on counting a thing of its own (…基金，重点投向…，推动…，新增科技企业贷款8亿元) states a
#    target. Before, every sum of money after the set-up in its sentence was read as the fund's size.

_FUND = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "1.强化金融支撑。设立规模3亿元的科技创新基金，重点投向智能制造领域，引导银行开发科技信贷产品，新增科技企业贷款8亿元。（责任单位：市财政局）\n"
    "2.壮大产业基金。组建天使投资基金，重点投向初创企业，基金规模达到2亿元。（责任单位：市金融办）\n"
    "3.撬动社会资本。设立产业母基金，撬动社会资本20亿元。（责任单位：市国资委）\n"
)


def test_a_later_clause_counting_another_sum_after_a_fund_set_up_is_a_target():
    assert (8, "亿元", "eq") in [t[:3] for t in _targets(_draft(_FUND))]


def test_control_a_funds_size_named_or_next_to_its_set_up_is_no_target():
    """Control: 规模3亿元的…基金 (in the set-up), 基金规模达到2亿元 (named) and 撬动社会资本20亿元
    (the clause after it) stay terms of their funds."""
    values = [t[:2] for t in _targets(_draft(_FUND))]
    assert not {(3, "亿元"), (2, "亿元"), (20, "亿元")} & set(values)


# 4. A clause of nothing but an area right after a clause counting what it builds (打造众创空间3个，
#    面积不低于2万平方米) is the size of the things counted: they are the target, the area none — as
#    a project's 建筑面积 or 展陈面积 (SOURCES.md, 专栏 boxes). After a clause with no figure
#    (建设智慧农场示范区，面积3万亩) the area is what the item reaches: a target.

_AREA = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "1.建设创新载体。在科创园打造众创空间3个，面积不低于2万平方米，对入驻企业给予租金减免。（责任单位：市科技局）\n"
    "2.建设智慧农场。在两镇建设智慧农场示范区，面积3万亩，推广智能灌溉。（责任单位：市农业农村局）\n"
)


def test_an_area_after_a_count_of_what_is_built_is_no_second_target():
    assert (20000, "平方米") not in [t[:2] for t in _targets(_draft(_AREA))]


def test_control_an_area_after_a_clause_without_a_figure_is_the_target():
    targets = [t[:3] for t in _targets(_draft(_AREA))]
    assert (3, "个", "eq") in targets and (30000, "亩", "eq") in targets


# 5. A figure printed twice is one target (SOURCES.md) — outside a table only where the second
#    print states it alike: its comparator and a metric holding the first's (培育…特色学校20所, then
#    特色学校达到20所). A goal's 建成行业数据集12个 and a year's line 建设行业数据集12个以上 (another
#    comparator), or 高频事项… and 重点事项…办理时长压缩50% (another thing alike in words), are two
#    targets. Before (since the rule was widened beyond tables on branch conv2), they were one.

_TWICE = (
    "某区人工智能行动方案（2026—2028年）\n"
    "一、发展目标\n"
    "到2028年，建成行业数据集12个，高频事项平均办理时长压缩50%，培育人工智能特色学校20所。\n"
    "分年度目标：2028年，建设行业数据集12个以上，重点事项平均办理时长压缩50%，特色学校达到20所。\n"
    "二、重点任务\n"
    "（一）建设数据集。统筹建设行业数据集。（责任单位：区数据局）\n"
)


def test_a_second_print_with_another_comparator_or_thing_is_a_target_of_its_own():
    figures = [t[:2] for t in _targets(_draft(_TWICE))]
    assert figures.count((12, "个")) == 2 and figures.count((50, "%")) == 2


def test_control_a_second_print_stated_alike_is_one_target():
    figures = [t[:2] for t in _targets(_draft(_TWICE))]
    assert figures.count((20, "所")) == 1
