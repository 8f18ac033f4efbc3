"""Forms a plan text takes when it comes from the web or from copying, as synthetic_n showed the
importer missing them (SYNTHETIC_N.md, measurement 1): a WeChat public account's repost copied
to text (chapter marks "01" on a line of their own, headings in 【】, emoji before headings), an
autonomous region's collective 各盟行政公署、市人民政府, a figure of a year before the plan.
Each is a short text written to test the form, drafted end to end; each failed on the importer
of main 5d52f0f."""

from pilots.drafting.agencies import agency_category
from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft, _roles, _tasks

REGION = {"slug": "r", "name": "某自治区", "level": "municipality"}


# 1. An autonomous region addresses its prefecture-level governments as 各盟行政公署、市人民政府
#    (each league's administrative office and each city's government): one collective, as
#    各县、市、区人民政府 is, never 各盟行政公署 and a bare 市人民政府.


def test_the_leagues_and_cities_of_an_autonomous_region_are_one_collective():
    data = _draft(
        "某自治区人工智能行动方案\n一、重点任务\n"
        "1.推进政务服务。建设政务大模型。（牵头单位：自治区数据局；责任单位：各盟行政公署、市人民政府）\n"
        "2.推进特色发展。打造特色场景。\n责任单位：各盟行政公署、市人民政府\n",
        REGION,
    )
    first, second = _tasks(data)
    assert _roles(data, first) == {
        "lead": ["自治区数据局"],
        "responsible": ["各盟行政公署、市人民政府"],
    }
    assert _roles(data, second) == {"responsible": ["各盟行政公署、市人民政府"]}
    categories = {a["name"]: a["category"] for a in data["agencies"]}
    assert categories["各盟行政公署、市人民政府"] == "local_government"


# 2. 人民政府 holds the letters 民政: a city's government is no civil-affairs bureau.


def test_a_people_s_government_is_no_civil_affairs_bureau():
    assert agency_category("包头市人民政府") != "civil_affairs"
    assert agency_category("市民政局") == "civil_affairs"  # control
    data = _draft(
        "某省人工智能行动方案\n一、重点任务\n"
        "1.建设产业带。建设产业园。（牵头单位：省发展改革委；责任单位：甲市、乙市人民政府）\n",
        PROVINCE,
    )
    codes = {a["code"] for a in data["agencies"]}
    assert not any("civil" in code for code in codes)


# 3. A goals part may open with a paragraph reviewing where things stand ("近年来，…2025年全市
#    …企业超过380家，…为…打下了坚实基础。"): its figures are baselines, not the plan's targets.


def test_a_review_paragraph_in_the_goals_part_states_no_targets():
    data = _draft(
        "某市人工智能行动方案\n一、总体目标\n"
        "近年来，我市出台多项支持政策，2025年全市人工智能企业超过380家，为实施本方案打下了坚实基础。\n"
        "到2027年，全市人工智能核心产业规模突破300亿元，集聚人工智能企业500家以上。\n"
        "二、重点任务\n1.建设智算中心。推进建设。（责任单位：市发展改革委）\n"
    )
    phrases = [t["source_phrase"] for g in data["goals"] for t in g["targets"]]
    assert not [p for p in phrases if "380" in p]
    assert [p for p in phrases if "500家" in p]  # control: the goal's own figures stay


# 4. A WeChat public account's repost, copied to text: the parts' numbers as chapter marks on a
#    line of their own ("01" then "总体要求"), sections in 【】, unnumbered headings in 【】 or led
#    by an emoji ("📌加强组织领导"), goal lines led by one ("👉到2028年，…"), the account's
#    furniture at the end (编辑/审核, 往期推荐 with figures of other news).

REPOST = (
    "点击蓝字\n关注我们\n\n某区人工智能行动方案\n\n"
    "　　为推动发展，制定本方案。\n\n"
    "01\n总体要求\n\n【发展基础】\n"
    "　　2025年，全区人工智能核心产业营收约56亿元，\n　　集聚相关企业78家。\n\n"
    "【发展目标】\n👉到2028年，全区人工智能核心产业营收突破150亿元，集聚人工智能企业200家以上。\n\n"
    "02\n重点任务\n\n【（一）筑牢底座】\n"
    "▲智算中心（资料图）\n"
    "　　1.建设智算中心。\n　　推进二期建设。\n　　（牵头单位：区发展改革局；责任单位：区财政局）\n"
    "【（二）深化应用】\n"
    "　　2.推进智慧文旅。\n　　推广智能导览。\n　　（责任单位：区文化和旅游局）\n\n"
    "03\n保障措施\n\n"
    "📌加强组织领导\n　　成立工作专班。\n　　定期调度进展。\n\n"
    "📌加大政策支持\n　　统筹专项资金。\n\n"
    "编辑：张三　审核：李四\n\n往期推荐\n某区2026年将新建5G基站800个\n阅读原文\n"
)


def test_a_wechat_repost_s_chapter_marks_and_bracketed_headings_are_its_outline():
    data = _draft(REPOST, {"slug": "d", "name": "某区", "level": "district"})
    sections = data["sections"]
    assert [(s.get("part"), s["title"], s["kind"]) for s in sections] == [
        ("重点任务", "筑牢底座", "key_task"),
        ("重点任务", "深化应用", "key_task"),
        ("保障措施", "保障措施", "safeguard"),
    ]
    assert [s["numbering"] for s in sections] == ["02(一)", "02(二)", "03"]
    assert [t["title"] for t in sections[2]["tasks"]] == ["加强组织领导", "加大政策支持"]
    first, second = (t for s in sections[:2] for t in s["tasks"])
    assert _roles(data, first) == {"lead": ["区发展改革局"], "responsible": ["区财政局"]}
    assert _roles(data, second) == {"responsible": ["区文化和旅游局"]}


def test_a_wechat_repost_s_goals_are_its_plan_s_and_its_furniture_none():
    data = _draft(REPOST, {"slug": "d", "name": "某区", "level": "district"})
    phrases = [t["source_phrase"] for g in data["goals"] for t in g["targets"]]
    assert phrases == ["全区人工智能核心产业营收突破150亿元", "集聚人工智能企业200家以上"]
    assert not any(g["title"].startswith("👉") for g in data["goals"])
    last = [t for s in data["sections"] for t in s.get("tasks", [])][-1]
    assert "往期推荐" not in last["text"] and "5G" not in last["text"]


# 5. An item committing to form an industry of a stated size ("到2030年形成营收超过300亿元的人工智能
#    产业集群", "打造规模超千亿元的产业集群"): the size is the goal, though a 的 follows it — unlike
#    a figure qualifying whom a measure supports (支持营收5000万元以上的企业), which is a condition.


def test_a_cluster_formed_at_a_stated_size_is_a_target():
    data = _draft(
        "某省人工智能行动方案\n一、主要目标\n到2027年，全省人工智能核心产业规模达到500亿元。\n"
        "二、重点任务\n1.打造产业带。支持甲市、乙市协同发展，到2030年形成营收超过300亿元的人工智能产业集群。"
        "（责任单位：省发展改革委）\n"
        "2.支持企业壮大。对营收超过5000万元的企业给予奖励。（责任单位：省工信厅）\n",
        PROVINCE,
    )
    found = {
        (t["source_phrase"], t["value"], t["comparator"], t["deadline"])
        for g in data["goals"]
        for t in g["targets"]
    }
    assert ("到2030年形成营收超过300亿元的人工智能产业集群", 300, "gt", 2030) in found
    assert not [f for f in found if f[1] == 5000]  # control: a condition stays no target
