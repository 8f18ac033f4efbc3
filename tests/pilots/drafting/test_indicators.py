"""A table of main indicators (主要指标) read as goal sentences: in Word, in a page, as text."""

import pytest

from pilots.drafting import document_read, plan_draft
from pilots.drafting.indicators import indicator_lines
from tests.pilots.drafting.conftest import docx_bytes, pdf_bytes


@pytest.mark.parametrize(
    ("rows", "line"),
    [
        (  # a base year, then the target year; the unit in the indicator's brackets
            [["序号", "指标", "2024年", "2027年"], ["1", "核心产业规模（亿元）", "100", "300"]],
            "到2027年，核心产业规模从100亿元提高到300亿元。",
        ),
        (  # a unit column, a base named as such, two target years, a value with its symbol
            [
                ["指标名称", "单位", "2024年基数", "2025年", "2027年"],
                ["智能算力规模", "EFLOPS", "—", "≥5", "≥10"],
            ],
            "到2025年，智能算力规模不少于5EFLOPS；到2027年，智能算力规模不少于10EFLOPS。",
        ),
        (  # a target value with no year, a percentage written in the cell
            [["主要指标", "目标值"], ["智能终端普及率", ">70%"], ["一、创新能力", ""]],
            "智能终端普及率超过70%。",
        ),
        (  # a category column before the indicator's own, an attribute column after
            [
                ["序号", "一级指标", "二级指标", "单位", "2024年", "2027年", "指标属性"],
                ["1", "创新能力", "人工智能专利授权量", "件", "500", "1000", "预期性"],
            ],
            "到2027年，人工智能专利授权量从500件提高到1000件。",
        ),
        ([["序号", "重点任务", "牵头单位"], ["1", "建设平台", "市发改委"]], None),  # tasks
        ([["指标", "说明"], ["算力", "每年评估"]], None),  # no value column
    ],
)
def test_indicator_rows_as_goal_sentences(rows, line):
    found = indicator_lines(rows)
    assert (found[0] if found else None) == line


PLAN = [
    "某市人工智能产业发展行动计划（2025—2027年）",
    "一、发展目标",
    "到2027年，基本建成人工智能创新高地。主要指标如下：",
]
TASKS = ["二、重点任务", "（一）夯实算力基础。建设智算中心。（责任单位：市发改委）"]


def _targets(text: str) -> list[tuple]:
    data = plan_draft(text, zone_slug="demo", source_file="demo").data
    return [
        (t["value"], t["unit"], t["comparator"], t["deadline"], t.get("baseline"))
        for g in data["goals"]
        for t in g["targets"]
    ]


EXPECTED = [(300, "亿元", "eq", 2027, 100), (200, "家", "eq", 2027, 80)]


def test_an_indicator_table_in_a_word_document_gives_the_plans_targets(tmp_path):
    table = [
        ["序号", "指标", "2024年", "2027年"],
        ["1", "人工智能核心产业规模（亿元）", "100", "300"],
        ["2", "人工智能企业数量（家）", "80", "200"],
    ]
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes(PLAN, table))
    text = document_read(path).text
    # the table follows the paragraphs: the tasks come after it in the document
    assert _targets(text + "\n" + "\n".join(TASKS)) == EXPECTED


def test_an_indicator_table_copied_as_text_with_tabs():
    rows = ["序号\t指标\t2024年\t2027年", "1\t人工智能核心产业规模（亿元）\t100\t300",
            "2\t人工智能企业数量（家）\t80\t200"]  # fmt: skip
    assert _targets("\n".join([*PLAN, *rows, *TASKS])) == EXPECTED


# A plan printing its targets only in an annex table (附件：主要指标), after its body: the body's
# goal says where they are ("主要指标见附件") and states one figure the table repeats.
ANNEX_BODY = [
    "某市人工智能产业发展行动计划（2025—2027年）",
    "一、发展目标",
    "到2027年，人工智能企业数量达到200家，基本建成人工智能创新高地，主要指标见附件。",
    *TASKS,
    "三、保障措施",
    "（一）加强组织领导。建立工作推进机制。",
    "附件：主要指标",
]
ANNEX_TABLE = [
    ["序号", "指标", "单位", "2024年", "2027年目标"],
    ["1", "人工智能核心产业规模", "亿元", "100", "300"],
    ["2", "人工智能企业数量", "家", "80", "200"],
    ["3", "智能算力规模", "EFLOPS", "2", "10"],
]
ANNEX_EXPECTED = [(200, "家", "eq", 2027, None), (300, "亿元", "eq", 2027, 100),
                  (10, "EFLOPS", "eq", 2027, 2)]  # fmt: skip


def _annex_table_text(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(row) + " |" for row in rows)


def test_an_annex_table_of_indicators_gives_the_targets_the_body_does_not_state():
    assert _targets("\n".join(ANNEX_BODY) + "\n" + _annex_table_text(ANNEX_TABLE)) == ANNEX_EXPECTED
    # the annex's number on a line of its own, the table's title under it
    annex = [*ANNEX_BODY[:-1], "附件", "某市人工智能产业发展主要指标表"]
    assert _targets("\n".join(annex) + "\n" + _annex_table_text(ANNEX_TABLE)) == ANNEX_EXPECTED
    # the annex ends the tasks: the table is no text of the last one
    data = plan_draft(
        "\n".join(ANNEX_BODY) + "\n" + _annex_table_text(ANNEX_TABLE),
        zone_slug="demo", source_file="demo",
    ).data  # fmt: skip
    assert "核心产业规模" not in data["sections"][-1]["tasks"][-1]["text"]


def test_an_annex_table_of_indicators_in_a_word_file_and_a_pdf(tmp_path, chromium):
    word = tmp_path / "plan.docx"
    word.write_bytes(docx_bytes(ANNEX_BODY, ANNEX_TABLE))
    assert _targets(document_read(word).text) == ANNEX_EXPECTED
    pdf = tmp_path / "plan.pdf"
    lines = [*ANNEX_BODY, "抄送：市委各部门。"]
    pdf.write_bytes(pdf_bytes(chromium, lines, "某市人民政府文件", {len(lines) - 1: ANNEX_TABLE}))
    assert _targets(document_read(pdf).text) == ANNEX_EXPECTED


def test_the_review_finds_each_indicators_target_at_its_row():
    """A row becomes a sentence the document does not print (从100亿元提高到300亿元): the review
    marks the row's indicator, the part of the sentence the document prints."""
    from pilots.drafting.passages import passages_locate

    rows = ["序号\t指标\t2024年\t2027年", "1\t人工智能核心产业规模（亿元）\t100\t300",
            "2\t人工智能企业数量（家）\t80\t200"]  # fmt: skip
    text = "\n".join([*PLAN, *rows, *TASKS])
    data = plan_draft(text, zone_slug="demo", source_file="demo").data
    marked = [text[p.start : p.end] for p in passages_locate(text, data) if p.kind == "target"]
    assert marked == ["人工智能核心产业规模", "人工智能企业数量"]


def test_the_review_finds_each_indicators_target_in_a_table_copied_a_cell_a_line():
    """A page's table copied one cell a line: the indicator's cell, a line of its own, is where
    the review marks the target (it was marked nowhere: no tab or bar on the line)."""
    from pilots.drafting.passages import passages_locate

    cells = ["序号", "指标名称", "单位", "2024年", "2027年", "属性",
             "1", "人工智能核心产业规模", "亿元", "100", "300", "预期性",
             "2", "人工智能企业数量", "家", "80", "200", "预期性"]  # fmt: skip
    text = "\n".join([*PLAN, "表1　某市主要指标", *cells, *TASKS])
    data = plan_draft(text, zone_slug="demo", source_file="demo").data
    assert len(data["goals"][-1]["targets"]) == 2
    marked = [text[p.start : p.end] for p in passages_locate(text, data) if p.kind == "target"]
    assert marked == ["人工智能核心产业规模", "人工智能企业数量"]


def test_an_indicator_tables_caption_titles_the_goal_of_its_rows():
    """表1 主要指标 printed above the table titles the goal its rows become; it was a goal of its
    own with no target, shown as an empty card before the rows' goal."""
    rows = [
        "表1　某市人工智能发展主要指标",
        "序号\t指标\t2024年\t2027年",
        "1\t人工智能核心产业规模（亿元）\t100\t300",
        "2\t人工智能企业数量（家）\t80\t200",
    ]
    text = "\n".join([*PLAN, *rows, *TASKS])
    goals = plan_draft(text, zone_slug="demo", source_file="d").data["goals"]
    assert [(g["title"], len(g["targets"])) for g in goals] == [
        ("发展目标", 0),
        ("某市人工智能发展主要指标", 2),
    ]


def test_an_indicator_table_pasted_a_cell_a_line_with_names_wrapped_in_their_column():
    """A PDF's table selected and pasted: one cell a line, and a name too long for its narrow
    column printed on two lines, so that its row has one line more than the header has cells.
    No row was read (the unit fell in the base column); the wrapped name is one cell again."""
    cells = ["序号", "指标名称", "单位", "2024年", "2027年", "指标属性",
             "1", "规模以上企业智能制造能力", "成熟度达标率", "%", "40", "65", "预期性",
             "2", "人工智能企业数量", "家", "80", "200", "预期性",
             "3", "重点领域公共数据开放", "数据集数量", "个", "150", "600", "约束性"]  # fmt: skip
    text = "\n".join([*PLAN, "表1　某市主要指标", *cells, "注：2024年数据为基期值。", *TASKS])
    assert _targets(text) == [(65, "%", "eq", 2027, 40), (200, "家", "eq", 2027, 80),
                              (600, "个", "eq", 2027, 150)]  # fmt: skip
    goals = plan_draft(text, zone_slug="demo", source_file="demo").data["goals"]
    assert [t["metric"] for g in goals for t in g["targets"]] == [
        "规模以上企业智能制造能力成熟度达标率",
        "人工智能企业数量",
        "重点领域公共数据开放数据集数量",
    ]


def test_the_note_under_an_indicator_table_is_no_goal():
    """注：… under the table says how to read it (the base year, the attribute): it was a goal of
    its own titled 注, with no target."""
    rows = [
        "表1　某市主要指标",
        "序号\t指标\t2024年\t2027年",
        "1\t人工智能核心产业规模（亿元）\t100\t300",
        "注：2024年数据为基期值，2027年为目标值。",
    ]
    data = plan_draft("\n".join([*PLAN, *rows, *TASKS]), zone_slug="d", source_file="d").data
    assert [g["title"] for g in data["goals"]] == ["发展目标", "某市主要指标"]
