"""A task list printed as a table of three levels (任务清单: 重点任务 | 主要举措 |
具体任务 | 牵头单位 | 配合单位 | 完成时限): the first column names the categories, the second
the measures under each, the third the tasks, one a row. The categories become sections, the
measures sub-sections under them, each row a task with its roles and due date; a category or a
measure printed once over the rows it spans (a merged cell) carries down. The document may be
the table alone, with or without a title line. The tables here are invented to test the form (no
real plan's words)."""

from itertools import pairwise

from pilots.drafting import document_read, plan_draft
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.conftest import docx_bytes
from tests.pilots.drafting.test_genre_conventions import CITY, _roles, _tasks

HEADER = ["序号", "重点任务", "主要举措", "具体任务", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "夯实智能底座", "建设公共算力平台。", "统筹建设城市智算中心，提供普惠算力服务。",
     "市发展改革委", "市数据局", "2026年6月"],
    ["2", "", "", "发放算力券，降低中小企业用算成本。", "市数据局", "市财政局", "2026年12月"],
    ["3", "", "汇聚行业数据资源。", "建设行业语料库，开放高质量数据集。", "市数据局", "无",
     "持续推进"],
    ["4", "拓展应用场景", "推进智能制造。", "支持龙头企业建设智能工厂，推广工业大模型。",
     "市工信局", "市科技局、市商务局", "2026年9月"],
    ["5", "", "", "遴选典型应用案例，组织供需对接活动。", "市工信局", "各区县政府",
     "2026年12月"],
    ["6", "", "深化民生服务。", "推动智能辅助诊疗在基层医院应用。", "市卫生健康委", "市医保局",
     "持续推进"],
]  # fmt: skip
TITLES = [
    "统筹建设城市智算中心",
    "发放算力券",
    "建设行业语料库",
    "支持龙头企业建设智能工厂",
    "遴选典型应用案例",
    "推动智能辅助诊疗在基层医院应用",
]
ROLES = [
    {"lead": ["市发展改革委"], "supporting": ["市数据局"]},
    {"lead": ["市数据局"], "supporting": ["市财政局"]},
    {"lead": ["市数据局"]},  # 无: nobody supports
    {"lead": ["市工信局"], "supporting": ["市科技局", "市商务局"]},
    {"lead": ["市工信局"], "supporting": ["各区县政府"]},
    {"lead": ["市卫生健康委"], "supporting": ["市医保局"]},
]
DUES = ["2026-06-30", "2026-12-31", None, "2026-09-30", "2026-12-31", None]


def _draft(text: str) -> dict:
    draft = plan_draft(text, zone_slug=CITY["slug"], source_file="x.txt", zone=CITY)
    plan_document_parse(name="x.txt", text=draft.to_yaml())
    return draft.data


def _check(data: dict) -> None:
    sections = data["sections"]
    assert [s["title"] for s in sections] == ["夯实智能底座", "拓展应用场景"]
    assert [[m["title"] for m in s.get("sections", [])] for s in sections] == [
        ["建设公共算力平台", "汇聚行业数据资源"],
        ["推进智能制造", "深化民生服务"],
    ]
    assert all(s["kind"] == "key_task" and not s.get("tasks") for s in sections)
    measures = [m for s in sections for m in s["sections"]]
    assert [len(m["tasks"]) for m in measures] == [2, 1, 2, 1]
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == TITLES
    assert [_roles(data, t) for t in tasks] == ROLES
    assert [t.get("due") for t in tasks] == DUES
    # the task's text is its own cell: neither its measure nor its category is repeated in it
    assert tasks[1]["text"].startswith("发放算力券，降低中小企业用算成本。")
    assert not any("建设公共算力平台" in t["text"] or "夯实智能底座" in t["text"] for t in tasks)


def _ruled(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(row) + " |" for row in rows)


def test_a_document_that_is_a_ruled_task_list_of_three_levels_and_no_title():
    _check(_draft(_ruled([HEADER, *ROWS]) + "\n"))


def test_a_task_list_copied_with_tabs_between_its_cells_under_its_title():
    text = "某市人工智能重点任务清单（2026年）\n" + "\n".join(
        "\t".join(row) for row in [HEADER, *ROWS]
    )
    _check(_draft(text))


def test_a_word_task_list_whose_category_and_measure_cells_are_merged_down(tmp_path):
    full = [list(row) for row in ROWS]
    for above, row in pairwise(full):  # Word repeats a merged cell's text
        row[1] = row[1] or above[1]
        row[2] = row[2] or above[2]
    merged = [(1, 1, 3), (2, 1, 2), (1, 4, 6), (2, 4, 5)]  # (column, first row, last row)
    path = tmp_path / "list.docx"
    path.write_bytes(docx_bytes(["某市人工智能重点任务清单"], [HEADER, *full], merged_down=merged))
    _check(_draft(document_read(path).text))


def test_a_task_list_of_two_levels_and_no_title_keeps_its_rows_under_their_categories():
    """No measure column (重点任务 | 具体任务): the categories hold the rows directly (each
    category was read as the end of the row before it)."""
    header = [cell for cell in HEADER if cell != "主要举措"]
    rows = [[cell for k, cell in enumerate(row) if k != 2] for row in ROWS]
    data = _draft(_ruled([header, *rows]) + "\n")
    assert [s["title"] for s in data["sections"]] == ["夯实智能底座", "拓展应用场景"]
    assert [len(s.get("tasks", [])) for s in data["sections"]] == [3, 3]
    assert [t["title"] for t in _tasks(data)] == TITLES


def test_a_short_list_whose_header_names_the_three_levels_in_other_words():
    """主要任务 | 工作措施 | 任务名称, 责任单位 | 配合单位 | 时间节点: three categories over five
    rows are too many to read as merged cells; the header's words say which column groups which."""
    header = ["序号", "主要任务", "工作措施", "任务名称", "责任单位", "配合单位", "时间节点"]
    rows = [
        ["1", "壮大核心产业", "招引龙头企业。", "引进智能芯片企业。", "市商务局", "市工信局",
         "2026年3月"],
        ["2", "", "", "培育本地独角兽企业。", "市工信局", "市科技局", "2026年12月"],
        ["3", "优化创新环境", "建设孵化载体。", "新建人工智能孵化器。", "市科技局", "",
         "2026年6月"],
        ["4", "加强人才支撑", "引育高端人才。", "举办人工智能人才专场招聘。", "市人社局", "",
         "2026年5月"],
        ["5", "", "", "实施青年人才安居计划。", "市住建局", "市人社局", "2026年10月"],
    ]  # fmt: skip
    data = _draft(_ruled([header, *rows]) + "\n")
    sections = data["sections"]
    assert [s["title"] for s in sections] == ["壮大核心产业", "优化创新环境", "加强人才支撑"]
    assert [[m["title"] for m in s["sections"]] for s in sections] == [
        ["招引龙头企业"],
        ["建设孵化载体"],
        ["引育高端人才"],
    ]
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == [
        "引进智能芯片企业",
        "培育本地独角兽企业",
        "新建人工智能孵化器",
        "举办人工智能人才专场招聘",
        "实施青年人才安居计划",
    ]
    assert _roles(data, tasks[4]) == {"responsible": ["市住建局"], "supporting": ["市人社局"]}
    assert tasks[0]["due"] == "2026-03-31"
