"""PDF layouts of real government plans the text layer reader must see through: paragraphs with no
first-line indent (Word exports, LibreOffice conversions), whose only break is a line stopping
short of the margin — or, when a paragraph ends exactly at the margin, the named item or heading
number the next line starts with."""

import html
import io
import re

import pdfplumber
import pytest

from pilots.drafting import plan_draft
from pilots.drafting.cleaning import ideographs_restored
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import chromium_pdf

PER_LINE = 30  # characters of a line: the text block is 30em wide, each ideograph 1em


def _typeset(
    chromium: str, body: str, *, header: str = "", footer: str = "", css: str = ""
) -> bytes:
    """An A4 PDF from headless Chromium: ``body`` (HTML) in a 30em block of 16pt serif CJK, no
    first-line indent, ragged right; ``header``/``footer`` are Chromium's page templates, ``css``
    more style (named @page sizes are honoured)."""
    page_html = (
        "<html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
        f"font-size:16pt;line-height:1.6;width:{PER_LINE}em;margin:0}}"
        f"p{{margin:0;text-indent:0;text-align:left}}{css}</style>"
        f"</head><body>{body}</body></html>"
    )
    return chromium_pdf(chromium, page_html, right="20mm", header=header, footer=footer)


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def _full_lines(text: str, lines: int = 2) -> str:
    """``text`` checked to fill exactly ``lines`` lines, so its last character sits at the
    right margin."""
    assert len(text) == lines * PER_LINE, len(text)
    return text


def _drafted(text: str) -> dict:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    return plan_document_parse(name="draft", text=draft.to_yaml()).data


def _task_titles(text: str) -> list[str]:
    return [task["title"] for _, task in tasks_in_print_order(_drafted(text)["sections"])]


def _plan(text: str) -> dict:
    return _drafted(text)["plan"]


# Named items ("名称。") one to a paragraph, as the Liuzhou plan writes them; two paragraphs end
# exactly at the margin, one of them on a sentence ("建立多元算力协同体系。") that starts a line
# inside the paragraph and must stay joined.
UNINDENTED = [
    "青山市人工智能产业发展规划",
    "一、重点任务",
    "（一）建设人工智能研发载体",
    _full_lines(
        "新型研发机构。依托高等院校科研院所企业等创新主体在制造业建设新型研发"
        "机构围绕智能产品开发开展技术研究加速科技成果产业化。"
    ),
    "重点实验室。布局一批重点实验室和技术创新中心，支持其围绕人工智能开展跨学科创新攻关。",
    _full_lines(
        "高层次创新平台。支持企业建设产业技术研究院促进人工智能技术与多行业快速深度结合"
        "推动相关算法模型和数据资源的开放应用共享。"
    )
    + "建立多元算力协同体系。引导中小企业参与协同创新。",
    "（二）培育人工智能企业",
    _full_lines(
        "龙头企业。支持龙头企业牵头组建创新联合体带动产业链上下游协同发展形成有竞争力"
        "的产业集群推动全市智能产业规模持续发展壮大。"
    ),
    "科技型中小企业：实施科技型中小企业培育工程，建立梯度培育库。",
    _full_lines(  # an annotation broken after its ；at the margin (a repost in 繁體: 配合單位)
        "智能芯片。支持企业研发人工智能训练和推理芯片突破关键核心技术打造具有全国性影响力的芯片"
        "设计产业集群（牽頭單位：市科技局；"
    )
    + "配合單位：市工信局）",
    "二、保障措施",
    "（一）加强组织领导。建立工作机制。",
]


def test_unindented_paragraphs_ending_at_the_margin_part_before_a_named_item(chromium):
    content = _typeset(chromium, _paragraphs(UNINDENTED))
    text = document_from_bytes("plan.pdf", content).text
    running = next(line for line in text.splitlines() if "多元算" in line)
    assert running.startswith("⾼层次创新平台。")  # the sentence at a line's start stays joined
    assert _task_titles(text) == _task_titles("\n".join(UNINDENTED))
    chip = next(task for _, task in tasks_in_print_order(_drafted(text)["sections"])
                if task["title"] == "智能芯片")  # fmt: skip
    assert chip["text"].endswith("配合單位：市工信局）")


def _gov_paragraph(line: str) -> str:
    return f"<p style='text-indent:2em'>{html.escape(line)}</p>"


# A notice as a government office prints it: a red head and the document number, the title over
# two centred lines in a large font, indented paragraphs, a heading broken by a page break, the
# seal's name and date, the 公开方式 / 抄送 / 印发 block at the end; "-N-" at the foot of each page.
NOTICE_HEAD = (
    "<p style='text-align:center;font-size:30pt;color:red'>青山市人民政府办公厅文件</p>"
    "<p style='text-align:center'>青府办发〔2025〕12号</p>"
    "<p style='text-align:center;font-size:22pt'>青山市人民政府办公厅关于印发青山市人工智能</p>"
    "<p style='text-align:center;font-size:22pt'>产业发展行动方案的通知</p>"
    "<p>各区县人民政府，市政府各部门：</p>"
)
ALIKE_ITEMS = ("推进智能制造", "发展智慧农业", "建设智慧交通", "发展智慧医疗", "推进智慧教育")
FILLER = "推动人工智能技术在重点行业的深度应用，" * 6 + "形成示范效应。（责任单位：市经济信息委）"
NOTICE_BODY = [
    "《青山市人工智能产业发展行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "一、发展目标",
    "到2027年，全市人工智能核心产业规模达到300亿元，培育人工智能企业200家以上。",
    "二、重点任务",
    "（一）夯实算力基础。建设城市智能算力中心，统筹全市算力资源调度。（责任单位：市发展改革委）",
    *[f"（{n}）{name}。{FILLER}" for n, name in zip("二三四五六", ALIKE_ITEMS, strict=True)],
    "三、保障措施",
    "（一）加强组织领导。建立工作专班，统筹推进各项任务。（责任单位：市政府办公厅）",
]
NOTICE_TAIL = (
    "<p style='text-align:right'>青山市人民政府办公厅</p>"
    "<p style='text-align:right'>2025年3月1日</p>"
    "<p style='text-indent:2em'>（此件公开发布）</p>"
    "<p>公开方式：主动公开</p>"
    "<p>抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市法院，市检察院。</p>"
    "<p>青山市人民政府办公厅 2025年3月3日印发</p>"
)
PAGE_NUMBERS = (
    "-<span class='pageNumber'></span>-",
    "第<span class='pageNumber'></span>页 共<span class='totalPages'></span>页",
)


@pytest.mark.parametrize("page_number", PAGE_NUMBERS)
def test_a_government_notice_drafts_as_its_text(chromium, page_number):
    """What the reader sees through already (a guard, passing when written): the head, the
    document number and the closing block stay out of the tasks, the two-line title is one, a
    task broken by the page break is one paragraph, the page numbers are dropped."""
    foot = f"<div style='font-size:12pt;width:100%;text-align:center'>{page_number}</div>"
    body = NOTICE_HEAD + "".join(_gov_paragraph(line) for line in NOTICE_BODY) + NOTICE_TAIL
    content = _typeset(chromium, body, footer=foot)
    assert len(pdfplumber.open(io.BytesIO(content)).pages) == 2
    text = document_from_bytes("plan.pdf", content).text
    assert "页" not in text and not re.search(r"^-?\d+-?$", text, re.M)
    title = "青山市人民政府办公厅关于印发青山市人工智能产业发展行动方案的通知"
    plain = "\n".join([title, *NOTICE_BODY])
    assert _task_titles(text) == _task_titles(plain)
    assert _plan(text)["title"] == _plan(plain)["title"]


def _unruled(rows: list[list[str]], widths: list[int], three_rules: bool) -> str:
    """A table without vertical rules: none at all, or a 三线表's rules above and below it and
    under its header."""
    rule = "1px solid black" if three_rules else "none"
    columns = "".join(f"<col style='width:{width}%'>" for width in widths)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td style='padding:2px 8px;vertical-align:top;"
            f"border-bottom:{rule if r == 0 else 'none'}'>{html.escape(c)}</td>"
            for c in row
        )
        + "</tr>"
        for r, row in enumerate(rows)
    )
    return (
        f"<table style='border-collapse:collapse;width:100%;border-top:{rule};"
        f"border-bottom:{rule}'>{columns}{body}</table>"
    )


@pytest.mark.parametrize("three_rules", [False, True])
def test_unruled_tables_are_read_by_their_columns(chromium, three_rules):
    """Without vertical rules pdfplumber finds no table and a row's cells run together
    ("1人工智能核心产业规模亿元120300"); the columns an indicator table or a division of tasks
    is headed with part them, and a task wrapped inside its cell stays in its row."""
    indicators = [
        ["序号", "指标", "单位", "2024年", "2027年"],
        ["1", "人工智能核心产业规模", "亿元", "120", "300"],
        ["2", "智能算力规模", "EFLOPS", "2", "≥10"],
    ]
    wrapped = (
        "建设智能算力中心，统筹全市算力资源调度，提升普惠算力供给能力"  # two lines in its cell
    )
    tasks = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", wrapped, "市发展改革委", "市数据局"],
        ["2", "开放应用场景", "市工信局", "市科技局、市商务局"],
    ]
    before = [
        "某市人工智能产业发展行动计划",
        "一、发展目标",
        "到2027年，产业生态基本形成。主要指标如下：",
    ]
    between = ["二、重点任务", "重点任务分工如下："]
    after = ["三、保障措施", "（一）加强组织领导。建立工作机制。"]
    body = "".join(
        [
            *map(_gov_paragraph, before),
            _unruled(indicators, [10, 45, 15, 15, 15], three_rules),
            *map(_gov_paragraph, between),
            _unruled(tasks, [10, 50, 20, 20], three_rules),
            *map(_gov_paragraph, after),
        ]
    )
    text = document_from_bytes("plan.pdf", _typeset(chromium, body)).text
    data = _drafted(text)
    targets = [(t["value"], t["unit"], t["comparator"], t.get("baseline"))
               for g in data["goals"] for t in g["targets"]]  # fmt: skip
    assert targets == [(300, "亿元", "eq", 120), (10, "EFLOPS", "gte", None)]
    printed = ["|".join(row) + "|" for row in [*indicators, *tasks]]
    plain = [*before, *printed[:3], *between, *printed[3:], *after]
    assert _task_titles(text)[:2] == _task_titles("\n".join(plain))[:2]
    assert _task_titles(text)[1] == "开放应用场景"


def test_a_line_stopping_short_before_a_number_too_wide_for_it_goes_on(chromium):
    """Set ragged right, a line stops short when the number that follows ("12.5%，") does not
    fit in what is left of it: the paragraph goes on, the number is no paragraph of its own."""
    first = "（一）发放模型券。对企业开展模型服务按不超过购买费用的"  # 27 characters: 3 em short
    assert len(first) == PER_LINE - 3
    lines = [
        "一、重点任务",
        first + "12.5%，给予最高200万元支持。（责任单位：市工信局）",
        "（二）建设算力中心。统筹全市算力资源。（责任单位：市发展改革委）",
    ]
    text = document_from_bytes("plan.pdf", _typeset(chromium, _paragraphs(lines))).text
    assert "的12.5%，给予" in text and not re.search("^12.5%", text, re.M)
    assert _task_titles(text) == _task_titles("\n".join(lines))


def test_an_unruled_table_across_a_page_break_is_read_on_the_next_page(chromium):
    """The rows a page break carries over come without the header (no <thead> to repeat): they
    are read by the columns of the table they continue."""
    places = "东南西北中"
    rows = [["序号", "重点任务", "牵头单位", "配合单位"]] + [
        [str(n), f"建设{places[n % 5]}部第{n}号智能算力中心", "市发展改革委", "市数据局"]
        for n in range(1, 41)
    ]
    before = ["某市人工智能产业发展行动计划", "一、重点任务", "重点任务分工如下："]
    after = ["二、保障措施", "（一）加强组织领导。建立工作机制。"]
    body = "".join(
        [*map(_gov_paragraph, before), _unruled(rows, [10, 50, 20, 20], False),
         *map(_gov_paragraph, after)]
    )  # fmt: skip
    content = _typeset(chromium, body)
    assert len(pdfplumber.open(io.BytesIO(content)).pages) >= 2
    text = document_from_bytes("plan.pdf", content).text
    plain = [*before, *("|".join(row) + "|" for row in rows), *after]
    assert _task_titles(text) == _task_titles("\n".join(plain))
    assert len(_task_titles(text)) >= 40


def test_landscape_pages_do_not_move_the_right_margin_of_portrait_ones(chromium):
    """An annex on landscape pages has lines half as long again: the margins are those of each
    page size, or every line of the portrait body would stop short of the landscape margin."""
    body = ["一、重点任务"] + [
        f"（{n}）建设第{n}个智能算力中心。" + "统筹全市算力资源调度，提升普惠算力供给能力，" * 4
        + "形成示范效应。（责任单位：市发展改革委）"
        for n in "一二三四五六"
    ]  # fmt: skip
    note = "本表所列任务由各牵头单位会同配合单位按照职责分工抓好落实，每季度末报送工作进展情况。"
    annex = ["附件", "有关说明", *[note] * 30]
    html_body = (
        "".join(map(_gov_paragraph, body))
        + f"<div class='land'>{''.join(map(_gov_paragraph, annex))}</div>"
    )
    css = "body{width:auto} @page land{size:A4 landscape} .land{page:land;break-before:page}"
    content = _typeset(chromium, html_body, css=css)
    widths = {round(page.width) for page in pdfplumber.open(io.BytesIO(content)).pages}
    assert len(widths) == 2  # portrait and landscape
    text = document_from_bytes("plan.pdf", content).text
    assert sum(line.startswith("（") for line in text.splitlines()) == 6
    assert _task_titles(text) == _task_titles("\n".join(body))


def test_a_line_stopping_short_before_a_mark_that_may_not_start_a_line_goes_on(chromium):
    """Set ragged right, a line stops short when the ideograph that would end it is followed by
    marks that may not start a line (局）。: the typesetter's 避头尾 moves the ideograph down with
    them): the annotation goes on, its last name no paragraph of its own. A seed plan printed
    ragged right by LibreOffice lost an annotation's last names so."""
    first = "（一）强化资金保障。建立实施机制。（牵头单位：市金融监管"  # 2 em short
    assert len(first) == PER_LINE - 2
    lines = [
        "一、保障措施",
        first + "局）。积极争取国家项目和平台建设资金支持。",
        "（二）营造良好氛围。" + "加强宣传引导，营造全社会关注支持人工智能发展的良好氛围。" * 4
        + "（责任单位：市委宣传部）",
    ]  # fmt: skip
    no_trim = "p{text-spacing-trim:space-all}"  # full-width marks, as a word processor sets them
    pdf = _typeset(chromium, _paragraphs(lines), css=no_trim)
    text = document_from_bytes("plan.pdf", pdf).text
    assert "融监管局）。积极" in text and not re.search("^局", text, re.M)
    assert _task_titles(text) == _task_titles("\n".join(lines))


@pytest.mark.parametrize("word", ["REITs", "Télécom"])
def test_a_line_stopping_short_before_a_bracketed_latin_word_goes_on(chromium, word):
    """Set ragged right, a line stops short before "(REITs)": no line breaks after an opening
    bracket, so the bracket goes down with the word too wide for what is left of the line —
    also a word whose letters carry accents (a name, a pinyin gloss: "(zé)")."""
    first = "（一）拓宽融资渠道。支持符合条件的算力项目发行信托基金"  # 27 characters: 3 em short
    assert len(first) == PER_LINE - 3
    lines = [
        "一、保障措施",
        first + f"({word})产品。（责任单位：市发展改革委）",
        "（二）营造良好氛围。" + "加强宣传引导，营造全社会关注支持人工智能发展的良好氛围。" * 4
        + "（责任单位：市委宣传部）",
    ]  # fmt: skip
    pdf = _typeset(chromium, _paragraphs(lines), css="p{text-spacing-trim:space-all}")
    text = document_from_bytes("plan.pdf", pdf).text
    assert f"基⾦({word})产品" in text.replace("金", "⾦") and not re.search(r"^\(", text, re.M)


def test_a_line_stopping_short_before_a_mark_and_an_opening_quote_goes_on():
    """Set ragged right, a line stops short when the ideograph that would end it is followed by
    a mark that may not start a line and an opening quote that may not end one (以上,“浙江数商”:
    WeasyPrint moves 上,“浙 down as one): the sentence was cut in two paragraphs, "…五个以" and
    "上,…" (heldout6 yuhang-ai printed by WeasyPrint lost the target 垂直大模型5个以上 on it)."""
    first = "全区持续扩大产业规模，累计培育行业领先的垂直大模型五个以"  # 2 em short
    assert len(first) == PER_LINE - 2
    lines = [
        "一、总体目标",
        first + "上,“浙江数商”累计达十五家，投入市场的智算规模持续扩大。",
        "二、重点任务",
        "（一）营造良好氛围。" + "加强宣传引导，营造全社会关注支持人工智能发展的良好氛围。" * 4,
    ]
    text = _weasyprint_ragged_text(lines)
    assert "大模型五个以上,“浙江数商”" in text and not re.search("^上", text, re.M)


def test_a_line_stopping_short_before_an_opening_bracket_and_its_letter_goes_on():
    """No line ends after an opening bracket: WeasyPrint moves （使 down together, and the line
    before stops short by more than one letter. The sentence was cut in two paragraphs before
    "（使用自有资金…" (heldout16 putian-talent printed by WeasyPrint: a cap read as a target)."""
    first = "对实际到位投资额达到标准的招商项目给予奖励当年度投资总额,"  # 28 em and a comma
    assert len(first) == PER_LINE - 1
    lines = [
        "一、支持措施",
        first + "（使用自有资金，下同）每增加一定额度增加一名人才指标。",
        "二、保障措施",
        "（一）营造良好氛围。" + "加强宣传引导，营造全社会关注支持人工智能发展的良好氛围。" * 4,
    ]
    text = _weasyprint_ragged_text(lines)
    assert "投资总额,（使用自有资金" in text and not re.search("^（使用", text, re.M)


def _weasyprint_ragged_text(lines: list[str]) -> str:
    """The text read back from these paragraphs printed by WeasyPrint, set ragged right in a
    column ``PER_LINE`` ems wide."""
    from weasyprint import HTML

    page = (
        "<html><head><meta charset='utf-8'><style>@page{size:A4;margin:20mm}"
        f"body{{font-family:'Noto Serif CJK SC',serif;font-size:16pt;width:{PER_LINE}em}}"
        f"p{{margin:0}}</style></head><body>{_paragraphs(lines)}</body></html>"
    )
    return ideographs_restored(document_from_bytes("plan.pdf", HTML(string=page).write_pdf()).text)


def test_a_line_stopping_short_before_an_ideograph_and_the_quote_it_opens_goes_on():
    """No line breaks before or after a quotation mark set between ideographs: the typesetter
    moves 造“人 down as one, and the line before stops short by two letters inside a sentence
    (a province's 若干措施 printed by LibreOffice lost the goal "打造“人工智能+”示范应用场景300个"
    so: its paragraph was cut after "打")."""
    first = "全省人工智能企业数量持续增长，算力规模稳步扩大，并着力打"  # 28 em: 2 em short
    assert len(first) == PER_LINE - 2
    lines = [
        "一、总体目标",
        first + "造“智能+”示范应用场景三百个，结合我省实际制定本方案。",
        "二、重点任务",
        "（一）营造良好氛围。" + "加强宣传引导，营造全社会关注支持人工智能发展的良好氛围。" * 4,
    ]
    text = _weasyprint_ragged_text(lines)
    assert "并着力打造“智能+”示范" in text and not re.search("^造", text, re.M)
