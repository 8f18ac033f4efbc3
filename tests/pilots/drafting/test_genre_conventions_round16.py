"""Conventions of the genre the sixteenth held-out collection (HELDOUT16.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 3e039cc unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A division of work printed as a ruled table, a row a line with " | " between its cells
#    ("2 | … | 完善调度平台。 | 市市场监管局（市知识产权局） | 市数据局（市政务服务中心） | …"): its
#    cells end in sentence ends and closing brackets, and a long row with three of them before a
#    cell rule was read as paragraphs run together with spaces, every cell a line of its own — the
#    row and every row after it were lost.

_TABLE = (
    "某市人工智能产业发展2026年重点任务清单\n"
    "序号 | 重点任务 | 具体任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "1 | 夯实算力基础 | 建设城市智算中心，提升智能算力供给能力。 | 市发改委 | 市工信局 | "
    "2026年6月 |\n"
    "2 | 夯实算力基础 | 推动算力统一调度（含边缘算力节点），完善全市算力调度平台。"
    "鼓励企业上云用算，降低中小企业用算成本。 | 市市场监管局（市知识产权局） | "
    "市财政局、市数据局（市政务服务中心） | 2026年12月 |\n"
    "3 | 培育应用场景 | 开放一批人工智能应用场景，组织供需对接活动。 | 市工信局 | 市商务局 | "
    "持续推进 |\n"
)


def test_a_ruled_table_row_ending_its_cells_in_brackets_stays_one_row():
    tasks = _tasks(data := _draft(_TABLE))
    assert len(tasks) == 3
    assert _roles(data, tasks[1]) == {
        "lead": ["市市场监管局(市知识产权局)"],
        "supporting": ["市财政局", "市数据局(市政务服务中心)"],
    }
    assert _roles(data, tasks[2]) == {"lead": ["市工信局"], "supporting": ["市商务局"]}


def test_paragraphs_joined_by_spaces_are_still_split():
    """Control: a repost's paragraphs joined by single spaces are still lines of their own."""
    text = (
        "某市推进人工智能发展若干措施 为加快发展，制定如下措施。 一、加强创新 （一）支持研究。"
        "开展关键技术研究。（责任单位：市科技局） （二）支持平台。建设创新平台。"
        "（责任单位：市发改委） 二、扩大应用 （三）开放场景。发布应用场景清单。"
        "（责任单位：市工信局）"
    )
    assert [t["title"] for t in _tasks(_draft(text))] == ["支持研究", "支持平台", "开放场景"]


# 2. A task list that prints no year but in its 完成时限 column (the province's list of the year's
#    tasks: "… | 2026年12月 |"), its first line a category: the plan's period is the years its
#    tasks are due, and a figure in a row is due within it — not in the year 2000 of a plan with
#    no date at all.

_UNDATED_LIST = (
    "序号 | 重点任务 | 具体任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "1 | 夯实算力基础 | 建设城市智算中心，新增智能算力500P以上。 | 市发改委 | 市工信局 | "
    "2026年6月 |\n"
    "2 | 培育应用场景 | 遴选人工智能典型应用场景30个。 | 市工信局 | 市商务局 | 2026年12月 |\n"
    "3 | 培育应用场景 | 组织供需对接活动。 | 市工信局 | 市商务局 | 持续推进 |\n"
    "4 | 夯实算力基础 | 完善算力调度平台。 | 市数据局 | 市发改委 | 2027年3月 |\n"
)


def test_a_task_list_dated_only_by_its_due_dates_has_their_period():
    data = _draft(_UNDATED_LIST)
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2026, 2027)
    targets = [t for g in data["goals"] for t in g["targets"]]
    assert targets and all(2026 <= t["deadline"] <= 2027 for t in targets)


def test_a_dated_plan_keeps_its_own_period():
    """Control: a plan whose title dates it keeps that period, whatever its tasks' due dates."""
    text = "某市人工智能行动方案（2025—2027年）\n" + _UNDATED_LIST
    data = _draft(text)
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2025, 2027)


# 3. A long division of work numbers its rows past 99 ("100 | …", "100.…"): item 100 was no
#    number of the outline, so rows 100 on ran into row 99's text and were lost as tasks.


def test_rows_numbered_past_99_are_tasks_of_their_own():
    rows = "".join(
        f"{n} | 强化要素保障 | 推进第{n}项重点工作，按期完成。 | 市发改委 | 市财政局 | "
        "2026年12月 |\n"
        for n in range(97, 103)
    )
    text = (
        "某市2026年重点工作任务分工表\n"
        "序号 | 重点任务 | 具体任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    )
    tasks = _tasks(data := _draft(text + rows))
    assert [t["title"] for t in tasks] == [f"推进第{n}项重点工作" for n in range(97, 103)]
    assert _roles(data, tasks[-1]) == {"lead": ["市发改委"], "supporting": ["市财政局"]}


def test_a_figure_opening_a_line_is_no_item_number():
    """Control: a line opening with a figure and a decimal point is text, not item 100."""
    text = (
        "某市人工智能行动方案（2025—2027年）\n一、重点任务\n（一）壮大产业。培育企业。\n"
        "100.5亿元专项资金统筹使用。\n"
    )
    tasks = _tasks(_draft(text))
    assert [t["title"] for t in tasks] == ["壮大产业"]
    assert "100.5亿元" in tasks[0]["text"]


# 4. A task table's role cell that names nobody prints "无" (配合单位: 无): no agency "无", and the
#    row has its lead only.


def test_a_role_cell_reading_none_names_no_agency():
    text = (
        "某市2026年重点工作任务分工表\n"
        "序号 | 重点任务 | 具体任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "1 | 夯实算力基础 | 建设城市智算中心。 | 市发改委 | 无 | 2026年6月 |\n"
        "2 | 培育应用场景 | 开放应用场景。 | 市工信局 | 市商务局 | 2026年12月 |\n"
    )
    tasks = _tasks(data := _draft(text))
    assert _roles(data, tasks[0]) == {"lead": ["市发改委"]}
    assert "无" not in {a["name"] for a in data["agencies"]}


# 5. A task list's rows printed one a line, each "N.heading。text（牵头单位：…）", where a row's
#    heading names a safeguard ("23.加强电力配套保障。推动算电协同…"): the row was read as a
#    safeguard part and, holding no numbered line or paragraph under it, drafted no task.

_ROWS = (
    "某市2026年人工智能重点任务\n"
    "1.夯实算力基础。建设城市智算中心。（牵头单位：市发改委；配合单位：市工信局）\n"
    "2.加强电力配套保障。推动算电协同，保障算力中心用电。（牵头单位：市能源局；配合单位：市发改委）\n"
    "3.培育应用场景。开放应用场景。（牵头单位：市工信局）\n"
)


def test_an_annotated_row_headed_by_a_safeguard_word_is_a_task():
    tasks = _tasks(data := _draft(_ROWS))
    assert len(tasks) == 3
    assert _roles(data, tasks[1]) == {"lead": ["市能源局"], "supporting": ["市发改委"]}


def test_a_safeguard_part_with_paragraphs_keeps_them_as_its_tasks():
    """Control: a 保障措施 part's own paragraphs are still its tasks, its heading none."""
    text = (
        "某市人工智能行动方案（2025—2027年）\n一、重点任务\n（一）壮大产业。培育企业。\n"
        "二、保障措施\n加强组织领导，建立工作专班。\n强化资金保障，统筹专项资金。\n"
    )
    titles = [t["title"] for t in _tasks(_draft(text))]
    assert titles[0] == "壮大产业" and len(titles) == 3 and "保障措施" not in titles


# 6. Measures that end with their assignment run on after the last sentence, no brackets and no
#    line break ("…最高给予100万元资助。责任单位：市委组织部、市科技局。"): no annotation was read,
#    so the measures were no tasks at all.

_RUN_ON = (
    "关于支持招商引才的若干意见。为促进招商引资，结合本市实际，现提出以下意见。"
    "1.对新引进的高层次创新团队，给予最高100万元资助。责任单位：市委组织部、市科技局。"
    "2.对新落户的总部企业，按规定给予奖励。牵头单位：市商务局；配合单位：市财政局。"
)


def test_an_assignment_run_on_after_the_last_sentence_is_read():
    tasks = _tasks(data := _draft(_RUN_ON))
    assert len(tasks) == 2
    assert _roles(data, tasks[0]) == {"responsible": ["市委组织部", "市科技局"]}
    assert _roles(data, tasks[1]) == {"lead": ["市商务局"], "supporting": ["市财政局"]}


def test_a_sentence_naming_a_role_word_is_no_annotation():
    """Control: a closing sentence that speaks of 责任单位 without naming bodies assigns no one."""
    text = (
        "某市人工智能行动方案（2025—2027年）\n一、重点任务\n"
        "（一）壮大产业。培育企业。责任单位：要加强统筹协调。\n"
    )
    data = _draft(text)
    assert [_roles(data, t) for t in _tasks(data)] == [{}]


def test_a_copy_cut_inside_a_bracketed_annotation_keeps_its_lead():
    """Control: "(牵头单位:X;责任单位:Y、Z、" cut at the text's end is a bracket left open, not a
    run-on list: X still leads, Y and Z are still responsible."""
    text = (
        "某市人工智能行动方案（2025—2027年）\n一、重点任务\n"
        "(一)强化规划引领。编制发展规划。(牵头单位:市发改委;责任单位:市科技局)\n"
        "(二)强化政策激励。制定扶持政策。(牵头单位:市科技局;责任单位:市发改委、市财政局、"
    )
    data = _draft(text)
    assert _roles(data, _tasks(data)[1]) == {
        "lead": ["市科技局"],
        "responsible": ["市发改委", "市财政局"],
    }


# 7. A lead cell naming two bodies that share it ("牵头单位：市经信局、市科技局按职责分工负责；
#    配合单位：市发改委"): the shared-duty words made both SUPPORTING beside the real supporting
#    body, and the task had no lead. Under a label they name no role of their own: the label's
#    role stands.


def test_shared_duty_words_under_a_lead_label_keep_the_lead():
    text = (
        "某市2026年重点工作任务分工表\n"
        "序号 | 重点任务 | 具体任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "1 | 夯实算力基础 | 建设中试平台。 | 市经信局、市科技局按职责分工负责 | 市发改委 | "
        "持续推进 |\n"
        "2 | 培育应用场景 | 开放应用场景。 | 市工信局 | 市商务局 | 2026年12月 |\n"
    )
    data = _draft(text)
    assert _roles(data, _tasks(data)[0]) == {
        "lead": ["市经信局", "市科技局"],
        "supporting": ["市发改委"],
    }


def test_shared_duty_words_without_a_label_still_name_the_implementers():
    """Control: "（X、Y按职责分工负责）" with no label and no lead: X and Y are responsible."""
    text = (
        "某市人工智能行动方案（2025—2027年）\n一、重点任务\n"
        "（一）壮大产业。培育企业。（市经信局、市科技局按职责分工负责）\n"
    )
    data = _draft(text)
    assert _roles(data, _tasks(data)[0]) == {"responsible": ["市经信局", "市科技局"]}
