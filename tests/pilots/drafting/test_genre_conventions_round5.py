"""Conventions of the genre that the fifth held-out collection (HELDOUT5.md) showed the importer
missing, each as a short text written to test the form (not a copy of a real plan), drafted end
to end through ``plan_draft``. Each failed on the importer of 4e4b2b0."""

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft_of as _draft,
    _named_targets as _targets,
    _roles,
    _tasks,
)

POINTS = "某市2025年数字经济工作要点\n一、夯实数字底座\n{}"


def test_a_generic_tail_after_等_names_nobody_and_leaves_the_name_before_it():
    data = _draft(
        "某省2025年数字经济工作要点\n一、夯实数字底座\n"
        "（一）建设算力网络。建设算力网络。（责任单位：省发改委、数据管理局等省直有关单位）\n"
        "（二）开放公共数据。开放数据。（牵头责任单位：省数据局；相关责任单位：省工信厅等省直相关部门，"
        "省大数据集团）",
        PROVINCE,
    ).data
    first, second = _tasks(data)
    assert _roles(data, first) == {"responsible": ["省发改委", "数据管理局"]}
    assert _roles(data, second) == {
        "lead": ["省数据局"],
        "responsible": ["省工信厅", "省大数据集团"],
    }
    assert not [a["name"] for a in data["agencies"] if "有关" in a["name"] or "相关" in a["name"]]


def test_a_collective_named_by_a_list_of_levels_is_one_actor():
    data = _draft(POINTS.format(
        "（一）建设网络。建设网络。（各县、市、区人民政府，市工信局负责）\n"
        "（二）建设平台。建设平台。（责任单位：市数据局、各区、县政府）"
    )).data  # fmt: skip
    first, second = _tasks(data)
    assert _roles(data, first) == {"responsible": ["各县、市、区人民政府", "市工信局"]}
    assert _roles(data, second) == {"responsible": ["市数据局", "各区、县政府"]}


def test_a_rule_stated_once_gives_its_actor_to_the_tasks_after_it_not_to_its_own():
    data = _draft(POINTS.format(
        "（一）建设网络。建设网络。（市委网信办、市工信局按职责分工负责。以下均需各县、市、区人民政府负责，"
        "不再单独列出）\n（二）建设平台。建设平台。（市数据局负责）\n（三）开放数据。开放数据。"
    )).data  # fmt: skip
    first, second, third = _tasks(data)
    collective = "各县、市、区人民政府"
    assert _roles(data, first) == {"responsible": ["市委网信办", "市工信局"]}
    assert _roles(data, second) == {"responsible": ["市数据局", collective]}
    assert _roles(data, third) == {"responsible": [collective]}


def test_a_part_heading_cut_at_the_end_of_a_copy_with_nothing_under_it_is_no_task():
    data = _draft(
        "某市数据局2025年重点任务\n一、增强数字经济引领力\n1.推动数字经济发展。完善重点项目库。\n"
        "2.积极争取项目。紧盯国家投资重点。\n3.探索数字\n二、著力增强"
    ).data
    assert [t["title"] for t in _tasks(data)] == ["推动数字经济发展", "积极争取项目", "探索数字"]
    assert [s["title"] for s in data["sections"]] == ["增强数字经济引领力"]


def test_numbered_lines_of_a_covering_notice_do_not_open_the_outline():
    data = _draft(
        "某区关于支持大模型发展的若干措施(征求意见稿)\n现公开征求意见。公众可以通过以下途径提出意见：\n"
        "1、电子邮件请发送至：ai@example.cn\n2、信件请寄至：某区某路1号\n欢迎提出宝贵意见。\n"
        "某区科学技术委员会\n2023年8月24日\n某区关于支持大模型发展的若干措施\n为推动发展，特制定本措施。\n"
        "一、推动产业集聚\n1.鼓励企业落户。给予落户奖励。\n2.支持企业研发。给予研发补贴。\n"
        "二、优化发展环境\n3.建设算力平台。建设公共算力平台。"
    ).data
    assert [t["title"] for t in _tasks(data)] == ["鼓励企业落户", "支持企业研发", "建设算力平台"]
    assert [s["title"] for s in data["sections"]] == ["推动产业集聚", "优化发展环境"]


def test_a_threshold_qualifying_whom_a_measure_supports_is_a_condition_not_a_target():
    data = _draft(
        "某区推动机器人产业发展若干措施\n第一章 总则\n第一条 为推动产业发展，制定本措施。\n"
        "第二章 支持措施\n第二条 支持企业做大做强。"
        "支持营收5000万元以上且正增长的企业，给予一次性奖励。\n"
        "第三条 培育创新平台。每年新建创新平台10个以上。"
    ).data
    assert [t[:4] for t in _targets(data)] == [("创新平台", "gte", 10, "个")]


def test_an_item_whose_heading_names_the_goals_is_a_goal_not_a_task_wherever_it_stands():
    data = _draft(
        "某省人工智能赋能教育行动方案\n为推动教育发展，特制定本方案。\n一、整体规划一体推进，打造教育新格局\n"
        "（一）科学确立三年行动目标。到2027年，建成60个左右人工智能实验校，建设15个人工智能学院。\n"
        "（二）系统推进重点工作。加强整体规划。\n（三）建设教学资源。开发人工智能课程。",
        PROVINCE,
    ).data
    assert [t["title"] for t in _tasks(data)] == ["系统推进重点工作", "建设教学资源"]
    assert [g["title"] for g in data["goals"]] == ["科学确立三年行动目标"]
    assert [(t[2], t[4]) for t in _targets(data)] == [(60, 2027), (15, 2027)]


def test_measures_headed_by_a_sentence_line_are_tasks_and_their_figures_goals_too():
    draft = _draft(
        "某省教育厅制定推进“人工智能+教育”十条措施\n"
        "为落实教育数字化战略，省教育厅日前发布推进“人工智能+教育”十条措施，推动深度融合。\n\n"
        "一、推进人工智能全学段教育。\n\n普及中小学人工智能教育，开设通识课程。到2027年，基本普及人工智能教育。\n\n"
        "二、丰富人工智能教学资源。\n\n开设人工智能教育专栏，汇聚优质资源。到2027年，建设100门精品课程、"
        "10个虚拟仿真实验室。",
        PROVINCE,
    )
    data = draft.data
    assert [t["title"] for t in _tasks(data)] == ["推进人工智能全学段教育", "丰富人工智能教学资源"]
    assert [(t[2], t[3], t[4]) for t in _targets(data)] == [(100, "门", 2027), (10, "个", 2027)]


def test_a_count_of_awards_set_up_each_year_and_funds_secured_are_targets_a_budget_is_not():
    data = _draft(
        "某区2025年人工智能工作要点\n一、支持场景营造\n（一）设立专项资金。每年设立1亿元场景营造专项资金，支持企业先试先行。\n"
        "（二）支持揭榜攻关。每年设立3个关键技术研发专项奖励，给予揭榜单位研发经费的50%、最高500万元支持。\n"
        "（三）积极争资争项。指导企业做好项目申报，争取中央预算内资金、专项债等资金1亿元以上。"
    ).data
    assert [t[1:4] for t in _targets(data)] == [("eq", 3, "个"), ("gte", 1, "亿元")]


def test_a_city_and_the_related_cities_joined_by_及_are_two_actors():
    data = _draft(
        "某省2025年数字经济工作要点\n一、夯实数字底座\n"
        "（一）建设算力网络。建设算力网络。（责任单位：省发改委、省数据局，福州及相关设区市）\n"
        "（二）开放公共数据。开放数据。（责任单位：省数据局，有关区县）",
        PROVINCE,
    ).data
    first, second = _tasks(data)
    assert _roles(data, first) == {"responsible": ["省发改委", "省数据局", "福州", "相关设区市"]}
    assert _roles(data, second) == {"responsible": ["省数据局", "有关区县"]}
