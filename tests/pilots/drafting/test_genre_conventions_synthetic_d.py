"""Conventions of the genre's near neighbours that the synthetic_d set (SYNTHETIC_D.md, measurement
1) left open: each a short text written to test the form (not a copy of any plan), drafted end to
end through ``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

# 1. An annexed division-of-work table printed as text rows (cells apart by tabs or spaces) ends
#    where the issued document's 版记 begins: the 抄送 line lists bodies, but they are the bodies
#    the document is copied to, not the last row's supporting units.

_ANNEX_THEN_RECORD = (
    "某市“人工智能+”三年行动计划\n二、重点任务\n"
    "1.建设智能算力中心。统筹全市算力资源布局。\n"
    "2.加强安全治理。加强人工智能安全风险监测。\n"
    "附件\n某市“人工智能+”三年行动计划重点任务分工表\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t建设智能算力中心\t市发展改革委\t市大数据局、市财政局\t2027年底前\n"
    "2\t加强安全治理\t市委网信办\t市公安局、市大数据局\t持续推进\n"
    "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，某市警备区。\n"
    "某市人民政府办公室　　　　2026年2月10日印发\n"
)


def test_the_record_of_an_issued_document_ends_an_annexed_table():
    tasks = _tasks(data := _draft(_ANNEX_THEN_RECORD))
    assert [t["title"] for t in tasks] == ["建设智能算力中心", "加强安全治理"]
    assert _roles(data, tasks[1]) == {
        "lead": ["市委网信办"],
        "supporting": ["市公安局", "市大数据局"],
    }
    assert not [a for a in data["agencies"] if "警备区" in a["name"] or "法院" in a["name"]]
    # control: a row that is not the last was read before the rule
    assert _roles(data, tasks[0]) == {
        "lead": ["市发展改革委"],
        "supporting": ["市大数据局", "市财政局"],
    }


def test_the_time_column_of_an_annexed_table_is_the_tasks_due_date():
    """The row that names a body task gives its due date as it gives its roles (完成时限
    2027年底前 → 2027-12-31; 持续推进 → none), as a task's own annotation does."""
    tasks = _tasks(_draft(_ANNEX_THEN_RECORD))
    assert tasks[0]["due"] == "2027-12-31"
    assert "due" not in tasks[1]


# 2. Annual work points state the year's figures in a paragraph opened by a goals label, the year
#    after it ("主要目标：2026年，全市…突破900亿元…"): the year dates the figures as it does when it
#    opens the sentence ("2026年，全市…").

_LABELLED_YEAR = (
    "某市人工智能试验区2026年工作要点\n"
    "2026年是关键之年。为扎实推进试验区建设，现制定工作要点如下。\n"
    "主要目标：2026年，全市人工智能核心产业规模突破900亿元，新增人工智能企业150家以上。\n"
    "一、夯实基础\n"
    "1.建设算力调度平台。整合全市算力资源。（牵头单位：市数据局；完成时限：2026年6月底前）\n"
    "2.推动数据开放。更新公共数据开放目录。（牵头单位：市数据局；完成时限：2026年12月底前）\n"
)


def test_a_goals_label_before_the_year_opening_the_goal_paragraph():
    data = _draft(_LABELLED_YEAR)
    assert sorted(_targets(data)) == [(150, "家", "gte", 2026), (900, "亿元", "gt", 2026)]
    assert len(_tasks(data)) == 2


# 3. A cadence (每季度召开一次会议, 每月调度一次): how often the office meets or reports, once per
#    period, no count to reach; a per-year count the plan commits to (每年举办活动3次以上) stays.

_CADENCE = (
    "某市人工智能试验区2026年工作要点\n"
    "一、强化保障\n"
    "1.健全推进机制。每季度召开一次领导小组办公室会议，每月调度一次重点项目进展。"
    "（牵头单位：市试验区办；完成时限：全年持续推进）\n"
    "2.开展供需对接。全年举办人工智能供需对接活动12场以上。"
    "（牵头单位：市科技局；完成时限：2026年12月底前）\n"
)


def test_a_cadence_of_once_per_period_is_no_target():
    data = _draft(_CADENCE)
    # control: the count of events the office commits to was a target before the rule
    assert _targets(data) == [(12, "场", "gte", 2026)]


# 4. The stages of a plan's 实施步骤 carry their year in the heading's brackets
#    ("（一）启动实施阶段（2026年）。…新增人工智能企业80家"): figures whose own sentence names
#    no year fall due then, not at the plan's end, as the items of a part titled by its year do.

_STAGES = (
    "某市“人工智能+”三年行动计划（2026—2028年）\n"
    "一、主要目标\n到2028年，全市人工智能核心产业规模突破400亿元。\n"
    "二、重点任务\n1.建设算力中心。统筹全市算力资源布局。\n"
    "三、实施步骤\n"
    "（一）启动实施阶段（2026年）。出台配套政策，新增人工智能企业80家，建成市级创新平台10个。\n"
    "（二）全面推进阶段（2027年）。重点任务全面铺开，新增省级以上智能工厂20家。\n"
    "（三）巩固提升阶段（2028年）。系统总结行动实施成效。\n"
)


def test_a_stage_dated_in_its_heading_dates_its_figures():
    data = _draft(_STAGES)
    assert sorted(_targets(data)) == [
        (10, "个", "eq", 2026),
        (20, "家", "eq", 2027),
        (80, "家", "eq", 2026),
        (400, "亿元", "gt", 2028),
    ]


# 5. A usual part title (组织实施, 重点任务) that opens an item's run-in heading
#    ("7.组织实施人工智能重大科技专项。聚焦…"): the words before the item's first 。 are its
#    heading; the title is no part heading run into a body ("四、组织实施加强组织领导，…" is one).

_VERB_TITLE = (
    "某市人工智能试验区2026年工作要点\n"
    "一、强化创新策源\n"
    "1.组织实施人工智能重大科技专项。聚焦大模型、智能芯片等方向，采取“揭榜挂帅”等方式组织实施市级专项。"
    "（牵头单位：市科技局；完成时限：2026年6月底前）\n"
    "2.建设人工智能创新平台。支持高校建设重点实验室。（牵头单位：市科技局；完成时限：2026年12月底前）\n"
)


def test_a_part_title_opening_an_items_heading_is_part_of_it():
    tasks = _tasks(_draft(_VERB_TITLE))
    assert [t["title"] for t in tasks] == ["组织实施人工智能重大科技专项", "建设人工智能创新平台"]
    assert tasks[0]["due"] == "2026-06-30"


# 6. (A defect found while comparing drafts before and after rule 5.) A body printed with its
#    second name in brackets takes the forms of the same body printed otherwise; their order came
#    from a set, so the same text drafted the aliases in another order from one run to the next.

_SECOND_NAMES = (
    "某区推动人工智能发展行动方案\n一、重点任务\n"
    "1.加强宣传。营造良好氛围。（牵头单位：区委宣传部（区委网信办）；配合单位：区科技局）\n"
    "2.加强安全。防范数据风险。（牵头单位：区委网信办；配合单位：区公安局）\n"
    "3.加强解读。解读政策。（牵头单位：区委宣传部；配合单位：区科技局）\n"
)

_ALIASES_OF_A_DRAFT = """
import json, os, sys
import django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()
from pilots.drafting.importer import plan_draft
zone = {"slug": "some-district", "name": "某区", "level": "district"}
data = plan_draft(sys.stdin.read(), zone_slug=zone["slug"], source_file="x.txt", zone=zone).data
print(json.dumps([a.get("aliases", []) for a in data["agencies"]], ensure_ascii=False))
"""


def test_a_draft_is_the_same_in_every_run():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _ALIASES_OF_A_DRAFT],
            input=_SECOND_NAMES, capture_output=True, text=True, cwd=root, env=env, check=True,
        )  # fmt: skip
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert "区委网信办" in next(iter(outputs))


# 7. (Probing the set's forms written other ways.) The time cell of a division table printed as
#    text may give a span of years ("2026—2028年"): a time, due at its end — not a body's name.

_SPAN_TIME = (
    "某市“人工智能+”三年行动计划（2026—2028年）\n二、重点任务\n"
    "1.建设城市智能算力中心。统筹全市算力资源布局。\n"
    "2.推进公共数据开放利用。完善公共数据资源目录。\n"
    "附件\n重点任务分工表\n"
    "序号 重点任务 责任单位 完成时限\n"
    "1 建设城市智能算力中心 市发展改革委、市大数据局 2027年12月\n"
    "2 推进公共数据开放利用 市大数据局 2026—2028年\n"
)


def test_a_span_of_years_in_a_tables_time_cell_is_a_time():
    tasks = _tasks(data := _draft(_SPAN_TIME))
    assert _roles(data, tasks[1]) == {"responsible": ["市大数据局"]}
    assert tasks[1]["due"] == "2028-12-31"
    # control: a single month was read before the rule
    assert _roles(data, tasks[0]) == {"responsible": ["市发展改革委", "市大数据局"]}
    assert tasks[0]["due"] == "2027-12-31"


# 8. (Probing.) A 若干措施 of measures 一、二、… numbered straight under the title may number its
#    closing clause too ("四、本措施自2026年2月1日起施行，有效期至…，由市科技局负责解释。"): when it
#    takes effect and who interprets it — the document's administration, no task (as 附则).

_NUMBERED_EFFECT = (
    "某市加快人工智能产业发展的若干政策措施\n"
    "为加快人工智能产业发展，制定以下措施。\n"
    "一、支持大模型研发。对通过国家备案的大模型给予一次性奖励100万元。（责任单位：市科技局）\n"
    "二、开放应用场景。每年发布场景机会清单。（责任单位：市数据局）\n"
    "三、本措施自2026年2月1日起施行，有效期至2027年12月31日，由市科技局负责解释。\n"
)


def test_a_numbered_clause_saying_when_the_measures_take_effect_is_no_task():
    tasks = _tasks(_draft(_NUMBERED_EFFECT))
    assert [t["title"] for t in tasks] == ["支持大模型研发", "开放应用场景"]


# 9. (Probing.) The goals label may follow the year ("2026年工作目标：全市…突破900亿元…"), as it
#    may precede it (rule 2).

_YEAR_THEN_LABEL = _LABELLED_YEAR.replace("主要目标：2026年，", "2026年工作目标：")


def test_a_year_then_a_goals_label_opening_the_goal_paragraph():
    assert "2026年工作目标：全市" in _YEAR_THEN_LABEL
    data = _draft(_YEAR_THEN_LABEL)
    assert sorted(_targets(data)) == [(150, "家", "gte", 2026), (900, "亿元", "gt", 2026)]


# 10. (Probing.) An annotation without labels may end with when the task is done
#     ("（市数据局牵头，市交通局配合，2026年9月底前完成）"): its due date, as 完成时限 gives it.

_UNLABELLED_TIME = (
    "某市人工智能试验区2026年工作要点\n一、夯实基础\n"
    "1.推动数据开放。更新公共数据开放目录。（市数据局牵头，市政务服务局、市交通局配合，"
    "2026年9月底前完成）\n"
    "2.建设数据集。建设行业高质量数据集。（市数据局牵头，市工信局配合，年底前完成）\n"
)


def test_the_time_an_unlabelled_annotation_gives_is_the_tasks_due_date():
    tasks = _tasks(data := _draft(_UNLABELLED_TIME))
    assert tasks[0]["due"] == "2026-09-30"
    assert _roles(data, tasks[0]) == {
        "lead": ["市数据局"],
        "supporting": ["市政务服务局", "市交通局"],
    }
    # a time without its year falls in the year of the document (a 2026年工作要点), as a labelled
    # one does (rule 13; synthetic_f's rule 1 read it for unlabelled times too)
    assert tasks[1]["due"] == "2026-12-31"


# 11. (Probing.) Labels on lines of their own after the task may put the time on a line of its own
#     too ("责任单位：X、Y" then "完成时限：2026年12月底前"): one annotation, the time its due date.

_TIME_ON_ITS_OWN_LINE = (
    "某市人工智能试验区2026年工作要点\n一、强化创新策源\n"
    "1.实施重大科技专项。组织实施市级人工智能重大科技专项。\n"
    "牵头单位：市科技局；责任单位：市财政局；完成时限：2026年6月底前\n"
    "2.建设创新平台。支持高校建设重点实验室。\n"
    "责任单位：市科技局、市发改委\n"
    "完成时限：2026年12月底前\n"
)


def test_a_time_on_a_line_of_its_own_after_the_labels_is_the_tasks_due_date():
    tasks = _tasks(data := _draft(_TIME_ON_ITS_OWN_LINE))
    assert [t["title"] for t in tasks] == ["实施重大科技专项", "建设创新平台"]
    assert tasks[1]["due"] == "2026-12-31"
    assert _roles(data, tasks[1]) == {"responsible": ["市科技局", "市发改委"]}
    # control: the time in the labels' line was read before the rule
    assert tasks[0]["due"] == "2026-06-30"


# 12. (Probing.) Annual work points often print the time without the year (完成时限：6月底前,
#     三季度, 年底前): the year is the one the document is for (某市…2026年工作要点). A plan of
#     several years gives no year to such a time.

_YEARLESS_TIMES = (
    "某市人工智能试验区2026年工作要点\n"
    "2026年，全市人工智能核心产业规模突破900亿元。\n一、夯实算力基础\n"
    "1.建设算力调度平台。整合全市算力资源。"
    "（牵头单位：市数据局；责任单位：市发改委；完成时限：6月底前）\n"
    "2.落实算力券政策。修订算力券管理办法。（牵头单位：市数据局；完成时限：三季度）\n"
    "3.推动数据开放。更新公共数据开放目录。（牵头单位：市数据局；完成时限：年底前）\n"
    "4.开展供需对接。举办供需对接活动。（牵头单位：市科技局；完成时限：全年持续推进）\n"
)


def test_a_time_without_its_year_in_annual_work_points_is_in_the_documents_year():
    tasks = _tasks(_draft(_YEARLESS_TIMES))
    assert [t.get("due") for t in tasks] == ["2026-06-30", "2026-09-30", "2026-12-31", None]
    several_years = _YEARLESS_TIMES.replace("2026年工作要点", "三年行动计划（2026—2028年）")
    # control: a plan of several years gives such a time no year (before the rule and after)
    assert [t.get("due") for t in _tasks(_draft(several_years))] == [None] * 4
