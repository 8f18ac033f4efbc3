"""Conventions of whole plans that the synthetic_az set (SYNTHETIC_AZ.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft`` or read by the goal grammar. Each failed on the importer before its
rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from pilots.drafting.outline import box_of_projects
from tests.pilots.drafting.test_genre_conventions import _draft, _tasks

CITY = {"slug": "c", "name": "某某市", "level": "city"}

# 1. A box under a title naming neither projects nor engineering (专栏2　智慧生活重点场景) whose
#    every item is a named project with its investment ("1.X项目。总投资3000万元，接入…120家。")
#    is a box of projects all the same (SOURCES.md, "专栏 boxes"): what each project builds is no
#    figure of the plan to reach — no goal, no target. Before, only the title told a box of
#    projects, and these items' figures were drafted as a goal titled by the box.


def _box_after_task(title: str, lines: str) -> str:
    return (
        "某某市“人工智能+”行动计划（2026—2028年）\n"
        "一、发展目标\n到2028年，全市人工智能核心产业规模达到30亿元。\n"
        "二、重点任务\n"
        "（一）推进智慧社区建设。推广社区智能安防、智能养老服务，建成智慧社区示范点40个。"
        "（牵头单位：市民政局；配合单位：市数据局）\n"
        f"专栏2　{title}\n{lines}"
        "（二）推进智慧交通建设。推广智能信号控制，改造智能路口60个。（市交通运输局负责）\n"
        "三、保障措施\n（一）加强组织领导。建立工作专班。\n"
    )


_PROJECT_LINES = (
    "1.“社区智能管家”平台项目。总投资3000万元，接入社区服务站120家。\n"
    "2.城市应急智能指挥项目。总投资4200万元，建设应急指挥大模型和智能调度系统。\n"
)


def _phrases(data: dict) -> set[str]:
    return {t["source_phrase"] for g in data["goals"] for t in g.get("targets", [])}


def test_a_box_whose_every_item_is_a_project_with_its_investment_states_no_target():
    phrases = _phrases(_draft(_box_after_task("智慧生活重点场景", _PROJECT_LINES), CITY))
    assert not any("120家" in phrase for phrase in phrases)
    assert {"建成智慧社区示范点40个", "改造智能路口60个"} <= phrases


def test_a_box_of_projects_whose_lines_a_pdf_wrapped_is_read_item_by_item():
    """The same box as a PDF's text layer prints it, each item wrapped onto a second line."""
    body = (
        "1.“社区智能管家”平台项目。总投资3000万元，接入\n社区服务站120家。\n"
        "2.城市应急智能指挥项目。总投资4200万元，建设应急\n指挥大模型和智能调度系统。\n"
    )
    assert box_of_projects("智慧生活重点场景", body)


def test_control_a_box_of_scenes_without_investments_stays_a_goal():
    """Control (passed before): a box listing scenes with what each reaches, no project and no
    investment, is a goal titled by the box (synthetic_x's 重点应用场景)."""
    lines = "1.智慧养老：建设智能养老服务站点25个。\n2.智慧停车：接入智能停车泊位8000个。\n"
    data = _draft(_box_after_task("智慧生活重点场景", lines), CITY)
    assert {"建设智能养老服务站点25个", "接入智能停车泊位8000个"} <= _phrases(data)


def test_control_a_box_with_one_item_naming_no_investment_is_no_box_of_projects():
    """Control of the rule's bounds: one item a scene with no investment — the box is not read as
    projects (its figures stay a goal titled by the box)."""
    body = _PROJECT_LINES + "3.智慧养老：建设智能养老服务站点25个。\n"
    assert not box_of_projects("智慧生活重点场景", body)


def test_control_a_box_of_engineering_keeps_its_projects_as_tasks():
    """Control (passed before): 专栏2　X重点工程 of the same project lines is the plan's programmes:
    each project a task, what it builds a target, its investment none."""
    data = _draft(_box_after_task("智慧生活重点工程", _PROJECT_LINES), CITY)
    titles = {task["title"] for task in _tasks(data)}
    assert "城市应急智能指挥项目" in titles
    assert any("120家" in phrase for phrase in _phrases(data))
    assert not any("3000万元" in phrase for phrase in _phrases(data))


# 2. A project's figure followed by the clause finishing it ("新增智能算力300P，2027年建成投用。",
#    "…，2028年6月建成投产") is due that year: the item is one undertaking, and the year it is
#    finished dates what it builds — as a "2027年底前…" after an item's figure already did. Before,
#    a bare "2027年建成投用" was no deadline, and the figure fell due at the plan's end.


def _item_dues(text: str) -> list[tuple[float, int | None]]:
    found, _ = targets_of(text, None, 2029, commitments_only=True)
    return [(item.target["value"], item.target.get("deadline")) for item in found]


def test_a_figure_before_the_year_its_project_is_finished_is_due_that_year():
    assert _item_dues("城市智算中心三期项目。总投资5亿元，新增智能算力300P，2027年建成投用。") == [
        (300, 2027)
    ]


def test_a_completion_year_with_its_month_dates_the_project_figures_before_it():
    text = "港口智能调度项目。总投资8000万元，改造智能岸桥12台、智能闸口6条，2028年6月建成投产。"
    assert _item_dues(text) == [(12, 2028), (6, 2028)]


def test_a_box_of_engineering_dates_its_project_figure_by_its_completion_year():
    """End to end: a 2026—2029 plan's box of 工程, the project's figure due the year it opens."""
    lines = "1.城市智算中心三期项目。总投资5亿元，新增智能算力300P，2027年建成投用。\n"
    text = _box_after_task("算力设施重点工程", lines).replace("2026—2028年", "2026—2029年")
    dated = {
        (t["source_phrase"], t["deadline"])
        for g in _draft(text, CITY)["goals"]
        for t in g["targets"]
    }
    assert ("新增智能算力300P", 2027) in dated


def test_control_a_year_naming_what_was_built_before_dates_nothing():
    """Control (passed before): 依托2024年建成的智算中心 names a base, not the figure's date."""
    assert _item_dues("依托2024年建成的智算中心，新增智能算力200P。") == [(200, 2029)]
