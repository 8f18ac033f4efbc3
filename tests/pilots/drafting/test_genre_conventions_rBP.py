"""Conventions of plain-text copies that the synthetic_bp set (SYNTHETIC_BP.md, measured unseen,
then SEEN) left open: each a short text written to test the form (not a copy of any plan),
drafted end to end through ``plan_draft`` or read by the goal grammar. Each failed on the importer
before its rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks


def _titles(data: dict) -> list[str]:
    return [task["title"] for task in _tasks(data)]


def _task(data: dict, title: str) -> dict:
    return next(task for task in _tasks(data) if task["title"] == title)


# 1. Safeguards printed as ONE paragraph of ordinal points ("第一，加强组织领导。…。第二，强化…"):
#    each 第N， after a sentence end that continues the 第N-1， printed before it starts an item
#    of its own, as a 第N， at a line's start does. Before, the whole paragraph was one task.

ORDINAL_PARAGRAPH = """某区推进人工智能发展工作方案
一、重点任务
（一）建设算力平台。建设区级算力服务平台，统筹调度全区算力资源（区工信局牵头）。
（二）推广智能应用。在政务、教育、医疗等领域推广智能应用（区政数局牵头，区教育局配合）。
二、保障措施
第一，加强组织领导。成立区工作专班，统筹推进全区人工智能发展重大事项。第二，强化资金保障。区财政每年安排专项资金，支持应用场景建设（区财政局牵头，区工信局配合）。第三，加强督导考核。建立工作台账，实行月调度、季通报（区政府办牵头）。
"""


def test_ordinal_points_run_on_in_one_paragraph_are_items():
    data = _draft(ORDINAL_PARAGRAPH)
    assert _titles(data)[-3:] == ["加强组织领导", "强化资金保障", "加强督导考核"]
    assert _roles(data, _task(data, "强化资金保障")) == {
        "lead": ["区财政局"],
        "supporting": ["区工信局"],
    }
    assert _roles(data, _task(data, "加强督导考核")) == {"lead": ["区政府办"]}


def test_control_an_items_own_first_and_second_stay_in_it():
    """Control: "第一，…第二，" inside one numbered item's text, with no 第一， opening a line
    before it, is the item's own enumeration: one task."""
    data = _draft(
        "某区推进人工智能发展工作方案\n一、重点任务\n"
        "（一）完善推进机制。建立联席会议制度。第一，每月调度工作进展。第二，每季度通报任务完成情况（区政府办牵头）。\n"
        "（二）推广智能应用。在政务、教育等领域推广智能应用（区政数局牵头）。\n"
    )
    assert _titles(data) == ["完善推进机制", "推广智能应用"]


# 2. A part heading run into its first item on a web copy's long line ("三、保障措施（一）加强组织
#    领导。…。（二）加大资金支持。…"): the item's （一） is printed, so the （二） after a sentence
#    end continues it. Before, the （二） was read against the last （N） of the line before and
#    stayed inside （一）.

RUN_ON_SAFEGUARDS = """某县推进人工智能发展实施方案
二、重点任务
（一）建设算力设施。建设县级智算中心（责任单位：县发改局）
（二）推广智能应用。在工业、农业等领域推广智能应用（责任单位：县科工信局）
（三）培育人才队伍。引进培养人工智能人才（责任单位：县人社局）
三、保障措施（一）加强组织领导。成立县工作领导小组，统筹推进重大事项。（二）加大资金支持。县财政每年统筹安排资金支持应用场景建设。（责任单位：县财政局、县科工信局）（三）营造良好氛围。加强政策解读和典型案例宣传。（责任单位：县委宣传部）
"""


def test_items_after_a_heading_run_into_its_first_item_are_split():
    data = _draft(RUN_ON_SAFEGUARDS)
    assert _titles(data)[-3:] == ["加强组织领导", "加大资金支持", "营造良好氛围"]
    assert _roles(data, _task(data, "加强组织领导")) == {}


def test_control_a_number_cited_mid_sentence_stays_in_its_item():
    """Control: a （二） printed inside a sentence (no sentence end before it) is a citation."""
    data = _draft(
        RUN_ON_SAFEGUARDS.replace(
            "统筹推进重大事项。（二）加大资金支持。",
            "统筹推进第二部分（二）所列事项，加大资金支持。",
        )
    )
    assert "加大资金支持" not in _titles(data)
    assert "第二部分（二）所列事项" in _task(data, "加强组织领导")["text"]


# 3. An annex run on after the plan's last paragraph ("…（责任单位：X）附件：Y场景清单一、制造领域：
#    …。二、…"): the annex label and its list title start a line, which ends the plan's outline.
#    Before, the annex's items 三、… were read as parts of the plan, each a task.


SAFEGUARD_LINES = """某县推进人工智能发展实施方案
二、重点任务
（一）建设算力设施。建设县级智算中心（责任单位：县发改局）
（二）推广智能应用。在工业、农业等领域推广智能应用（责任单位：县科工信局）
三、保障措施
（一）加强组织领导。成立县工作领导小组，统筹推进重大事项。
（二）营造良好氛围。加强政策解读和典型案例宣传。（责任单位：县委宣传部）"""


def test_an_annex_run_on_after_the_last_item_is_no_task():
    text = SAFEGUARD_LINES + (
        "附件：某县人工智能应用场景清单一、制造领域：机器视觉质检、智能排产。"
        "二、农业领域：智能养殖、病虫害识别。三、文旅领域：景区智能导览。四、政务领域：智能导办。"
        "五、民生领域：智能养老看护。六、治理领域：城市部件智能巡查。\n"
    )
    data = _draft(text)
    assert not [title for title in _titles(data) if "领域" in title]
    assert _titles(data)[-1] == "营造良好氛围"
    assert "领域" not in _task(data, "营造良好氛围")["text"]


def test_control_an_annex_mentioned_in_prose_stays_in_its_item():
    """Control: 附件 in a sentence whose list title runs on into words is no annex."""
    text = SAFEGUARD_LINES.replace(
        "加强政策解读和典型案例宣传。",
        "加强政策解读和典型案例宣传。附件：各部门任务清单要逐项落实到位。",
    )
    task = _task(_draft(text), "营造良好氛围")
    assert "逐项落实到位" in task["text"]


# 4. "新增智能算力200P，其中2026年底前一期投运80P": the year after 其中 dates the part it opens,
#    not the whole before it, which falls due at the plan's end. Before, the 200P took 2026.


def _task_figures(text: str) -> list[tuple]:
    found, _ = targets_of(text, None, 2027, commitments_only=True, period_start=2026)
    return [(f.target["value"], f.target["unit"], f.target.get("deadline")) for f in found]


def test_a_year_after_qizhong_dates_the_part_only():
    assert _task_figures("建设智算中心，新增智能算力200P，其中2026年底前一期投运智能算力80P。") == [
        (200, "P", 2027),
        (80, "P", 2026),
    ]


def test_control_a_year_closing_the_undertaking_dates_its_figure():
    """Control: a year after the figure with no 其中 between dates the one undertaking."""
    assert _task_figures("建设智算中心，新增智能算力200P，2026年底前建成投用。") == [
        (200, "P", 2026)
    ]
