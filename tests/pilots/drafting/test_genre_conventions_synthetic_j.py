"""Conventions of the genre that the synthetic_j set (SYNTHETIC_J.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A line after a group's last item gives the roles of the whole group: "以上任务由X牵头，Y、Z
#    配合。" covers every item of the group that carries no annotation of its own (an item
#    annotated itself keeps its own); "以上第1、2项由X牵头，Y配合；第3项由Z牵头。" gives each
#    named item its part; "以上任务由X、Y按职责分工负责。" makes both responsible for each. The
#    line is no part of the last item's text.

_GROUP_LINES = (
    "某县“人工智能+”行动工作方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）夯实基础\n"
    "1.建设算力中心。统筹建设县域智算中心。\n"
    "2.开放公共数据。推动公共数据有序开放。\n"
    "3.培育企业。引进培育人工智能企业。（县科技局牵头，县经开区管委会配合）\n"
    "以上任务由县发改局牵头，县数据局、县工信局配合。\n"
    "（二）拓展应用\n"
    "4.发展智慧农业。推广智能农机。\n"
    "5.推进数字治理。推广基层治理平台。\n"
    "6.发展智慧文旅。推广智慧导览。\n"
    "以上第4、5项由县农业农村局牵头，各乡镇配合；第6项由县文旅局牵头，县商务局配合。\n"
    "（三）改善民生\n"
    "7.推进智慧教育。建设智慧校园。\n"
    "8.推进智慧医疗。推广辅助诊断。\n"
    "以上任务由县教育局、县卫健局按职责分工负责。\n"
)


def test_a_line_after_a_group_gives_the_roles_of_its_items():
    data = _draft(_GROUP_LINES)
    tasks = _tasks(data)
    roles = {t["title"]: _roles(data, t) for t in tasks}
    group = {"lead": ["县发改局"], "supporting": ["县数据局", "县工信局"]}
    assert roles["建设算力中心"] == group
    assert roles["开放公共数据"] == group
    assert roles["培育企业"] == {"lead": ["县科技局"], "supporting": ["县经开区管委会"]}
    farming = {"lead": ["县农业农村局"], "supporting": ["各乡镇"]}
    assert roles["发展智慧农业"] == farming
    assert roles["推进数字治理"] == farming
    assert roles["发展智慧文旅"] == {"lead": ["县文旅局"], "supporting": ["县商务局"]}
    duties = {"responsible": ["县教育局", "县卫健局"]}
    assert roles["推进智慧教育"] == duties
    assert roles["推进智慧医疗"] == duties
    assert not any("以上" in t["text"] for t in tasks)


# 2. Accelerator cards are counted in 卡 ("智算卡部署规模达到2万卡" is 20000 卡, as 2万人次 is 20000
#    人次); "万卡级智算集群1个" stays a count of clusters.

_CARDS = (
    "某市加快“人工智能+”产业发展若干措施\n"
    "为加快发展，力争到2027年，全市智算卡部署规模达到2万卡，建成万卡级智算集群1个，"
    "结合我市实际，制定以下措施。\n"
    "一、强化算力供给\n"
    "第一条　建设智算中心。支持建设城市智算中心。（责任单位：市发展改革委）\n"
)


def test_accelerator_cards_are_counted_in_cards():
    targets = [t for g in _draft(_CARDS)["goals"] for t in g["targets"]]
    assert [(t["value"], t["unit"]) for t in targets] == [(20000, "卡"), (1, "个")]


# 3. Articles that administer the measures — how they stand beside other policies (本措施与…重叠
#    的，按照“就高不重复”原则执行), when they take effect and who interprets them — are no tasks,
#    numbered like the articles before them or not.

_CLOSING_ARTICLES = (
    "某市加快“人工智能+”产业发展若干措施\n"
    "一、强化算力供给\n"
    "第一条　建设智算中心。支持建设城市智算中心。（责任单位：市发展改革委）\n"
    "第二条　降低算力成本。发放算力券。（责任单位：市数据局（牵头）、市财政局）\n"
    "第三条　本措施与我市其他同类政策有重叠的，按照“就高不重复”原则执行。\n"
    "第四条　本措施自印发之日起施行，有效期至2027年12月31日，由市工业和信息化局负责解释。\n"
)


def test_articles_administering_the_measures_are_no_tasks():
    titles = [t["title"] for t in _tasks(_draft(_CLOSING_ARTICLES))]
    assert titles == ["建设智算中心", "降低算力成本"]


# 4. One person named for a post (各责任单位确定一名分管负责同志和一名联络员) says who answers
#    for the work: no target; a count of people to train or bring in stays one.

_NAMED_PERSON = (
    "某县“人工智能+”行动工作方案（2026—2027年）\n"
    "一、重点任务\n"
    "1.开展技能培训。每年培训人工智能技能人才1000名以上。（县人社局牵头）\n"
    "二、保障措施\n"
    "（一）加强督促考核。各责任单位确定一名分管负责同志和一名联络员，按季度报送工作进展。\n"
)


def test_one_person_named_for_a_post_is_no_target():
    targets = [t for g in _draft(_NAMED_PERSON)["goals"] for t in g["targets"]]
    assert [(t["value"], t["unit"]) for t in targets] == [(1000, "名")]


def test_articles_administering_the_measures_after_a_safeguard_chapter_are_no_tasks():
    text = _CLOSING_ARTICLES.replace(
        "第三条", "二、强化政策保障\n第三条　建立工作专班。成立工作专班。\n第四条", 1
    )
    text = text.replace("第四条　本措施自", "第五条　本措施自")
    titles = [t["title"] for t in _tasks(_draft(text))]
    assert titles == ["建设智算中心", "降低算力成本", "建立工作专班"]
