"""Conventions of the genre that the synthetic_ah set (SYNTHETIC_AH.md, measurement 2) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions_synthetic_z import (
    _draft,
    _figures,
    _roles,
    _tasks,
)

CITY = {"slug": "some-city", "name": "某市", "level": "city"}
ZONE = {"slug": "some-zone", "name": "某高新技术产业开发区", "level": "district"}


# 1. A requirements part (工作要求 / 有关要求 / 实施要求) after the safeguard part addresses the
#    departments carrying the plan out (各部门要…, 各牵头部门要…): how to work, not work items of
#    its own — no section, no task. Alone, with no safeguard part before it, such a part is the
#    plan's safeguards (组织领导, 跟踪调度 …) and keeps its tasks (a control).


def _plan(closing: str) -> str:
    return (
        "某市推进数字乡村建设行动方案\n"
        "一、重点任务\n"
        "（一）建设乡村信息基础设施。推进光纤网络进村入户。（牵头单位：市通信发展办）\n"
        "（二）发展农村电子商务。培育农村电商带头人。（牵头单位：市商务局）\n" + closing
    )


REQUIREMENTS_AFTER_SAFEGUARDS = (
    "二、保障措施\n"
    "（一）加强统筹协调。建立市级工作协调机制，定期研究解决重大问题。\n"
    "（二）强化资金保障。统筹各级涉农资金支持数字乡村项目。\n"
    "三、{title}\n"
    "（一）统一思想认识。各部门要把数字乡村建设摆上重要议事日程，主要负责同志亲自过问。\n"
    "（二）狠抓工作落实。各牵头部门要会同配合部门细化工作举措，按季度报送进展情况。\n"
)


def test_a_requirements_part_after_the_safeguards_drafts_no_task():
    for title in ("工作要求", "有关要求", "实施要求"):
        data = _draft(_plan(REQUIREMENTS_AFTER_SAFEGUARDS.format(title=title)), CITY)
        titles = [t["title"] for t in _tasks(data["sections"])]
        assert titles == [
            "建设乡村信息基础设施",
            "发展农村电子商务",
            "加强统筹协调",
            "强化资金保障",
        ], title
        assert [s["title"] for s in data["sections"]] == ["重点任务", "保障措施"], title


def test_a_requirements_part_alone_holds_the_safeguards():
    """Control: 二、工作要求 with no 保障措施 before it is the plan's safeguard part."""
    closing = (
        "二、工作要求\n"
        "（一）加强组织领导。成立工作专班，统筹推进各项任务。\n"
        "（二）强化跟踪调度。各牵头单位每季度报送工作进展。\n"
    )
    data = _draft(_plan(closing), CITY)
    safeguards = [s for s in data["sections"] if s["kind"] == "safeguard"]
    assert [t["title"] for s in safeguards for t in s["tasks"]] == ["加强组织领导", "强化跟踪调度"]


# 2. An indicator table's remark column (备注) holding a figure of its own states a target of the
#    row's indicator: a growth (较上年增长30%), what is added within the plan (新增8家), a part of
#    the row's figure (其中省级以上5个, a target under the row's). A remark with no figure (累计,
#    新开放, 预期性) states none.

INDICATOR_PLAN = [
    "某高新区2026年数字经济工作要点",
    "一、主要目标",
    "2026年，数字经济发展取得新成效，主要指标如下：",
    "序号\t指标名称\t单位\t2026年目标\t备注",
    "1\t数字经济核心产业营业收入\t亿元\t80\t较上年增长30%",
    "2\t数字经济企业\t家\t60以上\t新增8家",
    "3\t数字化应用场景\t个\t24\t新开放",
    "4\t工业互联网平台\t个\t9\t其中省级以上5个",
    "5\t上云企业\t家\t300\t累计",
    "二、重点任务",
    "（一）建设数据中心。推进园区数据中心扩容。（牵头部门：经济发展局）",
]


def test_a_figure_in_an_indicator_tables_remark_is_a_target_of_its_row():
    data = _draft("\n".join(INDICATOR_PLAN), ZONE)
    assert _figures(data) == {
        (80, "亿元", "eq", 2026),
        (30, "%", "eq", 2026),
        (60, "家", "gte", 2026),
        (8, "家", "eq", 2026),
        (24, "个", "eq", 2026),
        (9, "个", "eq", 2026),
        (5, "个", "eq", 2026),
        (300, "家", "eq", 2026),
    }
    targets = {t["source_phrase"]: t for g in data["goals"] for t in g["targets"]}
    platforms = next(t for phrase, t in targets.items() if phrase.startswith("工业互联网平台"))
    assert targets["其中省级以上5个"]["parent"] == platforms["code"]


# 3. A task restating a goal's figure is no target of its own (the figure counted once), unless
#    it brings the figure forward: a task due before the goal's year (完成时限：2026年12月底前, or
#    "2026年底前…" in its text) commits to the figure sooner — a target due then. Restated with no
#    sooner date it stays the goal's alone (a control).

SOONER_PLAN = (
    "某市推进智慧医疗发展实施方案（2026—2027年）\n"
    "一、发展目标\n"
    "到2027年，全市电子病历系统应用水平分级评价达标率达到90%以上，建成互联网医院12家。\n"
    "二、重点任务\n"
    "（一）推进电子病历建设。完善医疗机构信息系统，{restated}。"
    "（责任单位：市卫生健康委；完成时限：{due}）\n"
    "（二）发展互联网医院。支持公立医院建设互联网医院，建成互联网医院12家。"
    "（责任单位：市卫生健康委；完成时限：2027年12月底前）\n"
)


def test_a_goals_figure_restated_by_a_task_due_sooner_is_a_target_then():
    restated = "电子病历系统应用水平分级评价达标率达到90%以上"
    for form, due in ((restated, "2026年12月底前"), (f"2026年底前{restated}", "长期坚持")):
        data = _draft(SOONER_PLAN.format(restated=form, due=due), CITY)
        targets = [t for g in data["goals"] for t in g["targets"]]
        assert sorted((t["value"], t["unit"], t["deadline"]) for t in targets) == [
            (12, "家", 2027),
            (90, "%", 2026),
            (90, "%", 2027),
        ], form


def test_a_goals_figure_restated_by_a_task_due_with_it_is_counted_once():
    """Control: restated in a task due in the goal's year, the figure is the goal's alone."""
    restated = "电子病历系统应用水平分级评价达标率达到90%以上"
    data = _draft(SOONER_PLAN.format(restated=restated, due="2027年12月底前"), CITY)
    targets = [t for g in data["goals"] for t in g["targets"]]
    assert sorted((t["value"], t["unit"], t["deadline"]) for t in targets) == [
        (12, "家", 2027),
        (90, "%", 2027),
    ]


# 4. A note after a group's items giving the roles of a RANGE of them, stated once: "以上第1—3项
#    任务由X牵头，Y配合；第4、5项由Z负责", "以上（一）至（三）项…；第（四）（五）项…", or with no
#    以上, opening on the range ("（一）至（三）项由X牵头…", not an item (一) of its own): every
#    item of the range takes the roles (not only its ends), the note is no task.

RANGE_ITEMS = [
    "建设城市大脑中枢。整合各部门数据资源。",
    "推进一网统管。完善城市运行监测体系。",
    "发展智慧交通。推广信号灯智能配时。",
    "建设智慧社区。推广社区智能服务终端。",
    "推进数字档案馆建设。完善电子档案管理。",
]


def _range_plan(numbers: list[str], note: str) -> str:
    items = "".join(f"{n}{item}\n" for n, item in zip(numbers, RANGE_ITEMS, strict=True))
    return (
        "某市新型智慧城市建设实施方案\n一、重点任务\n" + items + note + "\n"
        "二、保障措施\n（一）加强统筹协调。建立工作推进机制。\n"
    )


DIGITS = ["1.", "2.", "3.", "4.", "5."]
BRACKETS = ["（一）", "（二）", "（三）", "（四）", "（五）"]
RANGE_ROLES = {
    "建设城市大脑中枢": {"lead": ["市大数据局"], "supporting": ["市公安局", "市交通运输局"]},
    "推进一网统管": {"lead": ["市大数据局"], "supporting": ["市公安局", "市交通运输局"]},
    "发展智慧交通": {"lead": ["市大数据局"], "supporting": ["市公安局", "市交通运输局"]},
    "建设智慧社区": {"responsible": ["市民政局"]},
    "推进数字档案馆建设": {"responsible": ["市民政局"]},
    "加强统筹协调": {},
}


ROLES_NOTE = "由市大数据局牵头，市公安局、市交通运输局配合；"


@pytest.mark.parametrize(
    ("numbers", "note"),
    [
        (DIGITS, f"以上第1—3项任务{ROLES_NOTE}第4、5项由市民政局负责。"),
        (BRACKETS, f"以上（一）至（三）项任务{ROLES_NOTE}第（四）（五）项由市民政局负责。"),
        (BRACKETS, f"（一）至（三）项{ROLES_NOTE}（四）至（五）项由市民政局负责。"),
        (DIGITS, f"第1至3项{ROLES_NOTE}第4—5项由市民政局负责。"),
    ],
    ids=["digits-after-yishang", "brackets-after-yishang", "brackets-alone", "digits-alone"],
)
def test_a_note_giving_the_roles_of_a_range_of_items_covers_each_of_them(numbers, note):
    data = _draft(_range_plan(numbers, note), CITY)
    assert _roles(data) == RANGE_ROLES
    assert len(_tasks(data["sections"])) == 6


# 5. Roles worded "X统筹，Y具体负责": 具体负责 is 负责. In a task's own brackets, and in a line
#    after a group's items opening "各项任务由…" as "以上任务由…" does. 统筹 beside a body doing
#    the work leads (the 牵头单位 "负责统筹协调"; settled 2026-12-07 by helper rCV, as
#    synthetic_cv's 崧岚 was extracted blind — rAH had read both responsible, as "以下各项任务
#    均由X统筹，不再列出" makes its one actor responsible, synthetic_u, which stays so).

COORDINATED = (
    "某市推进数字乡村建设行动方案\n"
    "一、重点任务\n"
    "（一）建设乡村信息基础设施。推进光纤网络进村入户。（市农业农村局统筹，各县（区）人民政府具体负责）\n"
    "（二）发展农村电子商务。培育农村电商带头人。（市商务局统筹推进，市邮政管理局配合）\n"
    "二、拓展应用\n"
    "（一）推进乡村治理数字化。推广村级事务网上办理。\n"
    "（二）发展智慧农业。建设数字农业示范基地。\n"
    "{group_line}\n"
    "三、保障措施\n"
    "（一）加强统筹协调。建立市级工作协调机制。\n"
)
COORDINATED_ROLES = {
    "建设乡村信息基础设施": {"lead": ["市农业农村局"], "responsible": ["各县(区)人民政府"]},
    "发展农村电子商务": {"lead": ["市商务局"], "supporting": ["市邮政管理局"]},
    "推进乡村治理数字化": {"lead": ["市委网信办"], "responsible": ["市民政局"]},
    "发展智慧农业": {"lead": ["市委网信办"], "responsible": ["市民政局"]},
    "加强统筹协调": {},
}


@pytest.mark.parametrize(
    "group_line",
    [
        "以上任务由市委网信办统筹、市民政局具体负责。",
        "各项任务均由市委网信办统筹，市民政局具体落实。",
    ],
    ids=["above", "each"],
)
def test_a_body_coordinating_leads_and_one_in_charge_is_responsible(group_line):
    data = _draft(COORDINATED.format(group_line=group_line), CITY)
    assert _roles(data) == COORDINATED_ROLES
    names = {n for a in data["agencies"] for n in [a["name"], *a.get("aliases", [])]}
    assert not any(word in name for name in names for word in ("统筹", "具体", "任务"))


# 6. A statement of who carries out the tasks, made once: for a part at its opening
#    ("本部分各项任务由X牵头，Y配合。", the roles of each of its items naming nobody) or for the
#    whole plan ("本方案各项任务由X统筹、Y具体负责。", after the tasks or among the safeguards:
#    each key task naming nobody; not the safeguard it is printed in). A task naming its own
#    bodies keeps them.

STATED_ONCE = (
    "某市推进数字乡村建设行动方案\n"
    "一、夯实数字基础\n"
    "本部分各项任务由市农业农村局牵头，市大数据局配合。\n"
    "（一）建设乡村信息基础设施。推进光纤网络进村入户。\n"
    "（二）建设农业农村大数据平台。汇聚涉农数据资源。\n"
    "二、拓展数字应用\n"
    "（三）发展农村电子商务。培育农村电商带头人。（责任单位：市商务局）\n"
    "（四）推进乡村治理数字化。推广村级事务网上办理。\n"
    "三、保障措施\n"
    "（一）加强组织领导。建立市级工作协调机制。本方案各项任务由市委农办统筹、各县（区）人民政府具体负责。\n"
    "（二）强化资金保障。统筹各级涉农资金。\n"
)


def test_a_statement_of_who_carries_out_a_parts_or_the_plans_tasks_covers_them():
    assert _roles(_draft(STATED_ONCE, CITY)) == {
        "建设乡村信息基础设施": {"lead": ["市农业农村局"], "supporting": ["市大数据局"]},
        "建设农业农村大数据平台": {"lead": ["市农业农村局"], "supporting": ["市大数据局"]},
        "发展农村电子商务": {"responsible": ["市商务局"]},
        "推进乡村治理数字化": {"lead": ["市委农办"], "responsible": ["各县(区)人民政府"]},
        "加强组织领导": {},
        "强化资金保障": {},
    }


# 7. A 专栏 box's bullet lines (● / ■ / ——): in a box of engineering (专栏1　X示范工程) each
#    names one 工程, a task titled by its name — the bullet is its numbering, no part of its title
#    or text (as synthetic_h's "——X工程。" items); in any other box they are the box's content, a
#    goal titled by the box, no task (a control).

BOXED = (
    "某市推进人工智能赋能制造业行动方案\n"
    "一、重点任务\n"
    "（一）建设智能工厂。推动重点企业实施智能化改造。（牵头单位：市工业和信息化局）\n"
    "（二）培育应用场景。发布应用场景清单。（牵头单位：市科技局）\n"
    "专栏1　{box_title}\n"
    "●智能工厂培育工程：每年遴选5家企业开展智能工厂建设。\n"
    "●数字化车间推广工程：推动规上企业建设数字化车间50个。\n"
    "■工业互联网平台培育工程：培育行业级平台3个。\n"
    "（三）强化标准引领。参与制定行业标准。（牵头单位：市市场监管局）\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立工作专班。\n"
)
BOX_ITEMS = ["智能工厂培育工程", "数字化车间推广工程", "工业互联网平台培育工程"]


def test_the_bullet_lines_of_an_engineering_box_are_its_tasks_titled_without_the_bullet():
    data = _draft(BOXED.format(box_title="智能制造示范工程"), CITY)
    boxed = [t for s in data["sections"] if s["kind"] == "engineering" for t in s["tasks"]]
    assert [(t["numbering"], t["title"]) for t in boxed] == [
        ("●", "智能工厂培育工程"),
        ("●", "数字化车间推广工程"),
        ("■", "工业互联网平台培育工程"),
    ]
    assert boxed[0]["text"] == "智能工厂培育工程：每年遴选5家企业开展智能工厂建设。"
    assert [g["title"] for g in data["goals"]] == BOX_ITEMS


def test_the_bullet_lines_of_another_box_are_its_content():
    """Control: 专栏1　智能制造重点方向 lists directions: no task, one goal titled by the box."""
    data = _draft(BOXED.format(box_title="智能制造重点方向"), CITY)
    titles = [t["title"] for t in _tasks(data["sections"])]
    assert titles == ["建设智能工厂", "培育应用场景", "强化标准引领", "加强组织领导"]
    assert [g["title"] for g in data["goals"]] == ["智能制造重点方向"]
