# ruff: noqa: E501  (plan text as the offices write it)
"""Points run on in one paragraph and counts of the things just named (SOURCES.md, conventions
"Points run on in one paragraph" and "A count of the things just named"; synthetic_ba's 青铜峡 and
synthetic_g's 株洲 read the run-on form two ways). Each a short text written to test the form, not a
copy of any plan, drafted end to end through ``plan_draft``. Each failed on the importer before its
rule unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _labels, _tasks

COUNTY = {"slug": "c", "name": "某县", "level": "city"}

_HEAD = "某县“人工智能+”实施意见\n一、发展目标\n到2027年，全县人工智能核心产业规模达到20亿元。\n"
_RUN_ON = (
    "推进智慧文旅。一是推动景区应用智能导览，建成智慧景区3个（责任单位：县文旅局）；"
    "二是推动文旅数据与交通数据融合（责任单位：县文旅局、县数据局）；"
    "三是开展文化数字化展示（责任单位：县文旅局、县文化馆）。"
)
_ONCE = "推进智慧农业。一是推广智能农机；二是建设智慧农场2个。（责任单位：县农业农村局）"


def _task(data: dict, title: str) -> dict:
    return next(t for t in _tasks(data) if t["title"] == title)


def _clause_roles(data: dict, task: dict) -> list[tuple[str, dict]]:
    labels = _labels(data)
    return [
        (
            c["text"][:3],
            {
                role: [labels[a] for a in c.get(role, [])]
                for role in ("lead", "responsible", "supporting")
                if c.get(role)
            },
        )
        for c in task["clauses"]
    ]


_CLAUSES = [
    ("一是推", {"responsible": ["县文旅局"]}),
    ("二是推", {"responsible": ["县文旅局", "县数据局"]}),
    ("三是开", {"responsible": ["县文旅局", "县文化馆"]}),
]


# 1. Items numbered on across the parts (二、（一）（二） 三、（三）…): the plan's tasks. An item whose
#    一是/二是 points each close on their own annotation is ONE task of clauses, each clause with its
#    own roles and no "；" left at its start. Before, every such item became a section of point tasks.


def test_points_of_an_item_numbered_on_across_parts_are_its_clauses():
    text = _HEAD + (
        "二、夯实发展基础\n"
        "（一）建设算力设施。一是建设县级算力节点（责任单位：县工信局）；二是推进边缘计算部署（责任单位：县数据局）。\n"
        "（二）汇聚数据资源。一是建设公共数据平台（责任单位：县数据局）；二是开放公共数据（责任单位：县数据局、县工信局）。\n"
        "三、深化融合应用\n"
        f"（三）{_RUN_ON}\n"
        "（四）推进智慧政务。一是上线智能客服（责任单位：县政务服务中心）；二是推广智能预审（责任单位：县数据局）。\n"
    )
    data = _draft(text, COUNTY)
    titles = [t["title"] for t in _tasks(data)]
    assert titles == ["建设算力设施", "汇聚数据资源", "推进智慧文旅", "推进智慧政务"]
    task = _task(data, "推进智慧文旅")
    assert not task.get("responsible") and not task.get("lead")
    assert _clause_roles(data, task) == _CLAUSES


def test_points_beside_tasks_annotated_once_are_clauses():
    """In one part whose other items close on one annotation for all their points, an item of
    annotated points is a task too: its points are clauses."""
    text = _HEAD + f"二、重点任务\n（一）{_ONCE}\n（二）{_RUN_ON}\n"
    data = _draft(text, COUNTY)
    assert [t["title"] for t in _tasks(data)] == ["推进智慧农业", "推进智慧文旅"]
    task = _task(data, "推进智慧文旅")
    assert _clause_roles(data, task) == _CLAUSES
    assert not any(c["text"].startswith(("；", ";")) for c in task["clauses"])


_CHAPTERS = _HEAD + (
    "二、重点任务\n"
    f"（一）{_RUN_ON}\n"
    "（二）推进智慧政务。一是上线智能客服（县政务服务中心负责）；二是推广智能预审（县数据局负责）。\n"
)


def test_control_chapters_of_annotated_points_are_sections_of_tasks():
    """Control (passed before): every item of the part is a chapter of annotated points
    (synthetic_g's 株洲): the level holds sections, each point a task."""
    data = _draft(_CHAPTERS, COUNTY)
    chapters = data["sections"][0]["sections"]
    assert [[t["code"] for t in s["tasks"]] for s in chapters] == [
        ["二.(一).1", "二.(一).2", "二.(一).3"],
        ["二.(二).1", "二.(二).2"],
    ]


def test_a_point_task_is_titled_without_its_annotation():
    """A point with no comma before its annotation (二是推动…融合（责任单位：X）) is titled by its
    words alone. Before, the title ran into the annotation."""
    data = _draft(_CHAPTERS, COUNTY)
    assert [t["title"] for t in _tasks(data)] == [
        "推动景区应用智能导览",
        "推动文旅数据与交通数据融合",
        "开展文化数字化展示",
        "上线智能客服",
        "推广智能预审",
    ]


# 2. A heading that is its own section among sections (a run-on paragraph beside a chapter of
#    numbered items) takes its points as its own tasks. Before, it held a section of the same code
#    holding them (a fixture the checks refuse: the code printed twice).


def test_a_heading_that_is_its_own_section_takes_its_points_as_tasks():
    text = _HEAD + (
        "二、重点任务\n"
        "（一）夯实发展基础\n"
        "1.建设县级算力节点。推进智能算力节点建设。（县工信局牵头）\n"
        "2.推进数据资源汇聚。建设公共数据平台。（县数据局牵头）\n"
        f"（二）{_RUN_ON}\n"
    )
    data = _draft(text, COUNTY)
    sections = data["sections"]
    own = next(s for s in sections if s["title"].startswith("推进智慧文旅"))
    assert not own.get("sections")
    assert [t["code"] for t in own["tasks"]] == ["二.(二).1", "二.(二).2", "二.(二).3"]
    assert own["tasks"][1]["title"] == "推动文旅数据与交通数据融合"


# 3. A count of the things just named after a verb of making (建设A、B、C三个行业数据集) is what the
#    plan commits to make: a target, dated or not (undated: due at the plan's end). Before, only a
#    dated goal kept it.


def _targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["value"], t["unit"], t["deadline"])
        for g in data["goals"]
        for t in g["targets"]
    ]


def _listing(sentence: str) -> str:
    return (
        "某县“人工智能+”行动方案（2026—2027年）\n"
        "一、发展目标\n到2027年，全县人工智能核心产业规模达到20亿元。\n"
        f"二、重点任务\n（一）推进数据资源开发。{sentence}（县数据局牵头）\n"
        "（二）推进智慧政务。上线智能客服。（县政务服务中心牵头）\n"
    )


def test_an_undated_count_of_things_named_to_be_made_is_a_target():
    data = _draft(_listing("建设铝材、葡萄酒、粮食三个行业数据集，推动数据共享。"), COUNTY)
    assert ("行业数据集", 3, "个", 2027) in _targets(data)


def test_control_a_count_of_things_relied_on_is_no_target():
    """Control (passed before): 依托/立足 A、B、C三个X counts what exists."""
    data = _draft(_listing("依托甲园、乙园、丙园三个产业园，推动数据共享。"), COUNTY)
    assert not any(t[2] == "个" and t[1] == 3 for t in _targets(data))
