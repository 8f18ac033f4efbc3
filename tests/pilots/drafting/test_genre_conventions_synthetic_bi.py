"""Conventions of whole plans that the synthetic_bi set (SYNTHETIC_BI.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft`` from text, a Word file or a PDF. Each failed on the importer before
its rule unless marked as a control."""

from pilots.drafting import document_read
from tests.pilots.drafting.conftest import chromium_pdf, docx_bytes
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A plan whose body prints its chapters as headings with prose only (（一）筑牢算力底座 …) and
#    divides them into tasks in an annex table 序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 |
#    完成时限, its 重点任务 cell merged down over each chapter's rows and naming the chapter: the
#    cells are the body's parts, each row one task in the part its cell names. Before, a 重点任务
#    column followed by 具体举措 was always read as one task over its measures (a 工作任务 cell
#    merged over its 具体举措 rows, synthetic_m's 南宁 form): the chapters became two tasks of
#    clauses, matched the body's headings and the annex was dropped — no task, no agency.

_BODY = [
    "某市推进“人工智能+”行动方案（2026—2028年）",
    "一、总体要求",
    "到2028年，全市智能算力规模达到80P。",
    "二、重点任务",
    "围绕两个方面实施5项重点任务，各项任务的牵头单位、配合单位和完成时限详见附件。",
    "（一）筑牢算力底座",
    "依托现有数据中心扩容算力，推动算力设施集约发展，为各行业应用提供支撑。",
    "（二）实施“人工智能+农业”行动",
    "推动农业生产经营智能化，促进农民持续增收。",
    "三、保障措施",
    "（一）加强组织领导。建立工作推进机制，定期调度任务进展。",
    "附件",
    "某市推进“人工智能+”行动重点任务分工表",
]
_HEADER = ["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"]
_ROWS = [
    [
        "1",
        "筑牢算力底座",
        "建设城市智算中心，新增智能算力50P，建立算力统一调度机制。",
        "市发展改革委、市数据局",
        "市工信局",
        "2027年12月底前",
    ],
    [
        "2",
        "筑牢算力底座",
        "建设行业高质量数据集，建成数据集20个，推进公共数据授权运营。",
        "市数据局",
        "市农业农村局、林业局",
        "2026年12月底前",
    ],
    [
        "3",
        "筑牢算力底座",
        "完善城乡网络设施，新建5G基站200个，提升偏远乡村网络覆盖水平。",
        "市数据局",
        "各县（区）人民政府",
        "2028年12月底前",
    ],
    [
        "4",
        "实施“人工智能+农业”行动",
        "推广智能农机装备，为种植大户配备智能农机1000台。",
        "市农业农村局",
        "各县（区）人民政府",
        "持续推进",
    ],
    [
        "5",
        "实施“人工智能+农业”行动",
        "建设农产品质量追溯平台，支持企业开展网络营销。",
        "市农业农村局",
        "市市场监管局",
        "2027年12月底前",
    ],
]
_TITLES = [
    "建设城市智算中心", "建设行业高质量数据集", "完善城乡网络设施", "推广智能农机装备",
    "建设农产品质量追溯平台", "加强组织领导",
]  # fmt: skip
_ROLES = [
    {"lead": ["市发展改革委", "市数据局"], "supporting": ["市工信局"]},
    {"lead": ["市数据局"], "supporting": ["市农业农村局", "林业局"]},
    {"lead": ["市数据局"], "supporting": ["各县(区)人民政府"]},
    {"lead": ["市农业农村局"], "supporting": ["各县(区)人民政府"]},
    {"lead": ["市农业农村局"], "supporting": ["市市场监管局"]},
    {},
]


def _check(data: dict) -> None:
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == _TITLES
    assert [_roles(data, t) for t in tasks] == _ROLES
    assert [t.get("due") for t in tasks[:5]] == [
        "2027-12-31",
        "2026-12-31",
        "2028-12-31",
        None,
        "2027-12-31",
    ]
    parts = [s["title"] for s in data["sections"] for s in [s, *s.get("sections", [])]]
    assert "筑牢算力底座" in parts and "实施“人工智能+农业”行动" in parts
    names = {a["name"] for a in data["agencies"]}
    assert "某市林业局" in names  # 林业局 after 市农业农村局: the shared 市 prefix


def test_an_annex_dividing_the_body_s_chapters_into_tasks_printed_as_text():
    table = [" | ".join(row) + " |" for row in [_HEADER, *_ROWS]]
    _check(_draft("\n".join([*_BODY, *table]) + "\n"))


def test_an_annex_dividing_the_body_s_chapters_into_tasks_in_a_word_table(tmp_path):
    rows = [[r[0], r[1] if r[0] in ("1", "4") else "", *r[2:]] for r in _ROWS]
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes(_BODY, [_HEADER, *rows], merged_down=[(1, 1, 3), (1, 4, 5)]))
    _check(_draft(document_read(path).text))


def test_an_annex_on_landscape_pages_its_header_repeated_its_cells_merged_over_the_page_break(
    tmp_path, chromium
):
    """The body on portrait pages, the annex on landscape ones, as a word processor prints a
    wide table: its header row printed again at the top of each page, the 重点任务 and 牵头单位
    cells merged down over rows that a page break parts."""
    paragraphs = "".join(f"<p>{line}</p>" for line in _BODY[:-2])
    spans = {(0, 1): 3, (1, 3): 2, (3, 1): 2, (3, 3): 2}  # (row, column) → rows merged down
    covered = {(row + n, column) for (row, column), rows in spans.items() for n in range(1, rows)}
    body_rows = [
        "<tr style='height:60mm'>"
        + "".join(
            f"<td rowspan='{spans.get((r, c), 1)}'>{value}</td>"
            for c, value in enumerate(row)
            if (r, c) not in covered
        )
        + "</tr>"
        for r, row in enumerate(_ROWS)
    ]
    head = "".join(f"<th>{cell}</th>" for cell in _HEADER)
    page_html = (
        "<html><head><meta charset='utf-8'><style>"
        "@page{size:A4 portrait}@page wide{size:A4 landscape}"
        "body{font-family:'Noto Serif CJK SC',serif;font-size:15pt;line-height:1.6}"
        "p{text-indent:2em;margin:0}.annex{page:wide;break-before:page}"
        "table{border-collapse:collapse}td,th{border:1px solid #000;padding:2mm;vertical-align:top}"
        "</style></head><body>"
        f"{paragraphs}<div class='annex'><p>{_BODY[-2]}</p><p>{_BODY[-1]}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body_rows)}</tbody></table>"
        "</div></body></html>"
    )
    path = tmp_path / "plan.pdf"
    path.write_bytes(chromium_pdf(chromium, page_html, right="26mm"))
    _check(_draft(document_read(path).text))


# Controls (pass before and after): a 工作任务 cell merged over its 具体举措 rows that names no part
# of the body is one task, each row one of its clauses with its own units (synthetic_m's form).


_CONTROL_BODY = [
    "某市2026年人工智能工作要点",
    "一、重点任务",
    "（一）筑牢算力底座",
    "推进算力和数据建设，详见下表。",
]
_CONTROL_ROWS = [
    ["1", "建设智能算力设施", "扩容城市智算中心。", "市发展改革委", "市数据局", "2026年12月底"],
    ["2", "建设智能算力设施", "推广算力券。", "市工信局", "市财政局", "全年"],
    ["3", "推进数据开放", "开放高质量数据集。", "市数据局", "市财政局", "2026年9月底"],
    ["4", "推进数据开放", "开展数据授权运营。", "市数据局", "市国资委", "全年"],
]


def _control_tasks(task_label: str, rows: list[list[str]]) -> list[dict]:
    header = ["序号", task_label, "具体举措", "牵头单位", "配合单位", "完成时限"]
    table = [" | ".join(row) + " |" for row in [header, *rows]]
    return _tasks(_draft("\n".join([*_CONTROL_BODY, *table]) + "\n"))


def test_control_a_task_cell_naming_no_part_is_one_task_over_its_measures():
    tasks = _control_tasks("工作任务", _CONTROL_ROWS)
    assert [t["title"] for t in tasks] == ["建设智能算力设施", "推进数据开放"]
    assert [len(t.get("clauses", [])) for t in tasks] == [2, 2]


def test_control_cells_of_which_only_some_title_parts_stay_tasks_over_measures():
    rows = [
        [r[0], "筑牢算力底座" if r[1] == "建设智能算力设施" else r[1], *r[2:]]
        for r in _CONTROL_ROWS
    ]
    tasks = _control_tasks("重点任务", rows)
    assert [t["title"] for t in tasks] == ["筑牢算力底座", "推进数据开放"]
    assert [len(t.get("clauses", [])) for t in tasks] == [2, 2]


# 2. Measures in force "自印发之日起施行，有效期至2028年12月31日" (their closing article)
#    run to 2028 from the day they are signed: the plan's period ends in 2028, and a yearly
#    figure of an article with no year of its own (每年遴选示范项目不少于10个) is due then, not
#    in the year of the one goal sentence (力争到2027年). Before, only a dated start
#    (自2026年4月1日起施行) was read.

_MEASURES = (
    "某市支持智能制造发展若干措施\n"
    "为加快推动智能制造发展，力争到2027年，全市智能工厂达到20家。结合实际，制定以下措施。\n"
    "第一条支持智能化改造。对企业智能化改造项目按照投资额的10%给予补助，最高不超过200万元。"
    "每年遴选智能化改造示范项目不少于10个。（责任单位：市工信局）\n"
    "第二条本措施{force}，有效期至2028年12月31日。\n"
    "某市人民政府\n2026年4月20日\n"
)


def _per_year_due(text: str) -> tuple[int, list]:
    data = _draft(text)
    targets = [t for g in data["goals"] for t in g["targets"]]
    return data["plan"]["period_end"], [t["deadline"] for t in targets if t.get("per_year")]


def test_measures_in_force_from_their_issue_run_to_the_end_of_their_validity():
    assert _per_year_due(_MEASURES.format(force="自印发之日起施行")) == (2028, [2028])


def test_control_measures_in_force_from_a_date_run_to_the_end_of_their_validity():
    assert _per_year_due(_MEASURES.format(force="自2026年5月1日起施行")) == (2028, [2028])


# 3. A share of a grant paid out in its first year (补助资金分两年拨付，首年拨付50%，
#    次年拨付余款) is a term of the support, not a figure to reach. Before, 拨付 was no word
#    of support.


def test_a_share_of_a_grant_paid_out_in_a_year_is_no_target():
    text = _MEASURES.format(force="自印发之日起施行").replace(
        "最高不超过200万元。", "最高不超过200万元。补助资金分两年拨付，首年拨付50%，次年拨付余款。"
    )
    phrases = [t["source_phrase"] for g in _draft(text)["goals"] for t in g["targets"]]
    assert not any("拨付" in phrase for phrase in phrases)
    assert any("智能工厂" in phrase for phrase in phrases)  # the goal sentence keeps its figure


# 4. Measures whose closing articles (附则) name the bodies of some articles by number, after
#    them: "第三条至第四条所列人才政策，由X牵头，Y、Z配合落实" gives those articles (which print
#    no body of their own) X as lead and Y, Z as supporting. Before, the 附则 was no part of any
#    task and the articles had no agency.

_NAMED_LATER = (
    "某市支持数字经济发展若干措施\n"
    "一、支持企业发展\n"
    "第一条支持企业上云。对企业上云按照费用的20%给予补助。（责任单位：市工信局）\n"
    "第二条支持平台建设。对新建工业互联网平台给予一次性奖励。（责任单位：市工信局、市财政局）\n"
    "二、加强人才支撑\n"
    "第三条引进数字人才。对全职引进的数字经济领域高层次人才给予安家补助。\n"
    "第四条培养技能人才。支持企业与职业院校共建实训基地，给予一次性补助。\n"
    "三、附则\n"
    "第五条第三条至第四条所列人才政策，由市委人才办牵头，市人力资源社会保障局、市财政局配合落实。"
    "对符合第一条、第二条规定的企业，由市数据局审核。\n"
    "第六条本措施由市工信局负责解释。\n"
)


def test_articles_named_by_number_in_the_closing_articles_take_their_roles():
    data = _draft(_NAMED_LATER)
    roles = [_roles(data, t) for t in _tasks(data)]
    assert (
        roles[2]
        == roles[3]
        == {
            "lead": ["市委人才办"],
            "supporting": ["市人力资源社会保障局", "市财政局"],
        }
    )


def test_control_articles_with_their_own_bodies_keep_them():
    data = _draft(_NAMED_LATER)
    roles = [_roles(data, t) for t in _tasks(data)]
    assert roles[:2] == [
        {"responsible": ["市工信局"]},
        {"responsible": ["市工信局", "市财政局"]},
    ]


# 5. Figures of an item's work and of the rule it keeps: "对隐患点…实施智能监测，监测覆盖隐患点
#    200处以上" — a 对-clause whose verb is the work done to what 对 names (实施, as 开展 / 实现)
#    marks an object, no condition, so the figure after it is a target; "在…核心区半径5公里范围内
#    不建设…的前提下" is a premise kept, its figure no target, while the work after it
#    (新建5G基站120个) is.

_WORK_AND_RULE = (
    "某县推进智慧应急建设实施方案（2026—2027年）\n"
    "一、重点任务\n"
    "1.推进灾害监测智能化。建设自然灾害智能监测平台，对滑坡隐患点和重点河段实施智能监测，"
    "监测覆盖滑坡隐患点300处以上。（牵头单位：县应急管理局）\n"
    "2.完善通信网络。在严格落实射电观测保护要求、核心区半径3公里范围内不新建无线基站的前提下，"
    "有序推进保护区以外5G网络建设，新建5G基站80个。（牵头单位：县工业和信息化局）\n"
)


def _phrases(text: str) -> list[str]:
    return [t["source_phrase"] for g in _draft(text)["goals"] for t in g["targets"]]


def test_a_figure_after_work_done_to_what_dui_names_is_a_target():
    assert any("300处" in phrase for phrase in _phrases(_WORK_AND_RULE))


def test_a_figure_in_a_premise_kept_is_no_target():
    phrases = _phrases(_WORK_AND_RULE)
    assert not any("3公里" in phrase for phrase in phrases)


def test_control_the_work_after_a_premise_keeps_its_figure():
    assert any("80个" in phrase for phrase in _phrases(_WORK_AND_RULE))


# 6. A group's intro sentence stating a role once for its own items: "本行动各项任务，各镇人民政府
#    均为配合单位，以下不再列出" — the towns support every item of that 行动 beside the bodies each
#    item names, and no item of the next group. Before, 本行动 was no scope of a part and "均为配合
#    单位" no role said once.

_GROUP_RULE = (
    "某县推进数字乡村建设实施方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）实施智慧农业行动\n"
    "推进农业生产智能化。本行动各项任务，各镇人民政府均为配合单位，以下不再列出。\n"
    "1.推广智能农机。为种植大户配备智能农机装备。（牵头单位：县农业农村局；配合单位：县财政局）\n"
    "2.建设农产品追溯平台。推动农产品全程质量追溯。（牵头单位：县农业农村局）\n"
    "（二）实施数字治理行动\n"
    "1.建设基层治理平台。整合网格数据资源。（牵头单位：县委政法委；配合单位：县公安局）\n"
)


def test_a_group_intro_stating_a_role_once_covers_that_group_s_items():
    data = _draft(_GROUP_RULE)
    roles = [_roles(data, t) for t in _tasks(data)]
    assert roles == [
        {"lead": ["县农业农村局"], "supporting": ["县财政局", "各镇人民政府"]},
        {"lead": ["县农业农村局"], "supporting": ["各镇人民政府"]},
        {"lead": ["县委政法委"], "supporting": ["县公安局"]},
    ]
