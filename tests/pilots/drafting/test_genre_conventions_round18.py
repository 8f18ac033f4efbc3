"""Conventions of the genre the eighteenth held-out collection (HELDOUT18.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 55dae7c unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A division of work that writes each measure's agencies on a line of their own after it,
#    with no bracket and no label: "市发展改革委、市科技局等按职责分工负责", "市人社局牵头，
#    市教育局等按职责分工负责". A line that holds nothing but names of bodies and their role
#    words, ending in a role word, is the annotation of the task above it — as a labelled
#    "责任单位：…" line of its own is.

_OWN_LINE = (
    "某市促进高校毕业生就业若干措施\n为促进高校毕业生就业，制定如下措施。\n"
    "一、拓宽就业渠道\n"
    "（一）扩大企业就业规模\n支持中小微企业吸纳高校毕业生就业，按规定给予社会保险补贴\n"
    "市发展改革委、市科技局、市财政局等按职责分工负责\n"
    "（二）拓宽基层就业空间\n挖掘基层就业社保、养老服务等就业机会\n"
    "市人力资源社会保障局牵头，市教育局、市民政局等按职责分工负责\n"
    "（三）稳定公共部门岗位规模\n支持高校、科研院所扩大科研助理岗位规模\n"
    "市科技局、市教育局负责。\n"
)


def test_a_line_of_names_and_role_words_after_a_task_is_its_annotation():
    tasks = _tasks(data := _draft(_OWN_LINE))
    assert [t["title"] for t in tasks] == [
        "扩大企业就业规模",
        "拓宽基层就业空间",
        "稳定公共部门岗位规模",
    ]
    assert _roles(data, tasks[0]) == {"responsible": ["市发展改革委", "市科技局", "市财政局"]}
    # the settled reading of "X牵头，Y按职责分工负责" (data/annotations.yaml)
    assert _roles(data, tasks[1]) == {
        "lead": ["市人力资源社会保障局"],
        "responsible": ["市教育局", "市民政局"],
    }
    assert _roles(data, tasks[2]) == {"responsible": ["市科技局", "市教育局"]}


def test_a_line_of_a_sentence_ending_in_a_role_word_names_nobody():
    """Control: a line of the task's own text that ends in a role word but names no body ("由市政府
    统一领导，各部门分工负责", "鼓励龙头企业牵头，高校院所协同参与") is no annotation."""
    text = (
        "某市促进就业若干措施\n一、拓宽就业渠道\n（一）扩大企业就业规模\n支持企业吸纳就业\n"
        "由市政府统一领导，各部门分工负责\n（二）推动产学研合作\n支持企业与高校合作\n"
        "鼓励龙头企业牵头，高校院所协同参与\n"
    )
    tasks = _tasks(data := _draft(text))
    assert len(tasks) == 2
    assert data["agencies"] == []
    assert all(_roles(data, task) == {} for task in tasks)


def test_a_labelled_line_of_its_own_is_unchanged():
    """Control: the labelled form ("责任单位：…" on its own line) reads as before."""
    text = _OWN_LINE.replace(
        "市发展改革委、市科技局、市财政局等按职责分工负责", "责任单位：市发展改革委、市科技局"
    )
    tasks = _tasks(data := _draft(text))
    assert _roles(data, tasks[0]) == {"responsible": ["市发展改革委", "市科技局"]}


# 2. 共青团中央 (团中央), the youth league's central body, is a body of the list like any ministry:
#    a list naming it with ministries ("教育部、共青团中央等按职责分工负责") keeps every name.


def test_the_youth_league_centre_is_a_body_in_a_list():
    text = (
        "关于做好青年就业工作的通知\n一、强化就业服务\n（一）加强就业指导\n举办职业规划大赛。"
        "（教育部、人力资源社会保障部、共青团中央等按职责分工负责）\n"
        "（二）健全青年就业服务机制\n实施青年就业启航计划。（人力资源社会保障部、团中央按职责分工负责）\n"
    )
    tasks = _tasks(data := _draft(text))
    assert _roles(data, tasks[0]) == {"responsible": ["教育部", "人力资源社会保障部", "共青团中央"]}
    assert _roles(data, tasks[1]) == {"responsible": ["人力资源社会保障部", "团中央"]}


# 3. A copy that lost the line break after a part heading runs the heading into its body: "…特制定
#    以下实施方案。一、总体要求深入贯彻…。到2027年,…" on one line. A numbered line whose words open
#    with a part's usual title (总体要求, 发展目标, 重点任务 …) and go straight on into a long
#    sentence is that heading and its body: the goals part is found, its figures are targets, and
#    the purpose line's "四部委" is none.

_HEADING_RUN_ON = (
    "某市推进城市全域数字化转型实施方案为落实国家数据局等四部委《指导意见》要求,加快建设数字城市,"
    "特制定以下实施方案。一、总体要求深入贯彻数字中国建设部署,坚持数据赋能、场景牵引、安全可控。"
    "到2027年,全市打造3个城市大模型,推广应用100个以上智能体,数字经济核心产业增加值达2000亿元。"
    "二、重点任务(一)建设公共数据平台。统一编制公共数据资源目录,实施清单化汇聚。"
)


def test_a_part_heading_run_into_its_body_opens_the_goals_part():
    from tests.pilots.drafting.test_genre_conventions import _targets

    data = _draft(_HEADING_RUN_ON)
    assert sorted(_targets(data)) == [
        (3, "个", "eq", 2027),
        (100, "个", "gte", 2027),
        (2000, "亿元", "eq", 2027),
    ]
    assert [t["title"] for t in _tasks(data)] == ["建设公共数据平台"]


def test_a_heading_that_only_begins_with_a_usual_title_stays_whole():
    """Control: "一、重点任务分工" and "一、主要目标和任务" are headings of their own, not a
    title run into a body; a heading followed by its own punctuation is unchanged."""
    from pilots.drafting.paragraphs import paragraphs_split

    for text in (
        "一、重点任务分工\n(一)建设平台。",
        "一、主要目标和任务\n到2027年,建成平台。",
        "一、总体要求。深入贯彻部署,坚持数据赋能、场景牵引、安全可控,加快建设数字城市。",
    ):
        assert paragraphs_split(text) == (text, 0)


# 4. "提升到一个新的水平", "迈上一个新台阶": 一个 before 新的 / 新台阶 / 更高 is an article of a set
#    phrase, no count of one; a count of one new-type thing ("建成1个新型数据中心") stays a target.

_NEW_LEVEL = (
    "某市数字化建设行动方案(2024—2026年)\n一、行动目标\n"
    "到2026年,数字化建设取得突破性进展,数字政府、数字社会建设提升到一个新的水平,"
    "数字经济迈上一个新台阶,建成1个新型数据中心,培育数字经济企业100家以上。\n"
)


def test_one_before_a_new_level_is_no_count():
    from tests.pilots.drafting.test_genre_conventions import _targets

    assert sorted(_targets(_draft(_NEW_LEVEL))) == [(1, "个", "eq", 2026), (100, "家", "gte", 2026)]


# 5. A count of fields closing the list of fields it counts ("面向公众、医生、医院、科研、
#    产业、政府6个领域的医疗健康重点场景") describes the list, as a count of aspects (三个环节,
#    三个方面) does: no target, while the count of the scenes before it stays one.

_FIELDS = (
    "某省人工智能医疗行动计划\n一、主要目标\n到2027年,培育50个以上专病专科模型,"
    "建设100个以上面向公众、医生、医院、科研、产业、政府6个领域的医疗健康重点场景。\n"
)


def test_a_count_of_fields_after_their_list_is_no_target():
    from tests.pilots.drafting.test_genre_conventions import _targets

    assert sorted(_targets(_draft(_FIELDS))) == [(50, "个", "gte", 2027), (100, "个", "gte", 2027)]


def test_fields_counted_without_their_list_stay_a_target():
    """Control: "拓展10个重点领域的应用场景" names no fields before its count: a target."""
    from tests.pilots.drafting.test_genre_conventions import _targets

    text = "某省人工智能行动计划\n一、主要目标\n到2027年,在10个重点领域打造应用场景100个以上。\n"
    assert (10, "个", "eq", 2027) in _targets(_draft(text))


# 6. A round figure in Chinese numerals with no unit after its scale, run straight into the name
#    of a programme or campaign ("百日千万网络招聘", "实施百万就业见习岗位募集计划"), is part of the
#    name: no target. "培育百万数字人才" (a figure of people to train) stays one.

_PROGRAMMES = (
    "某市促进青年就业行动方案(2025—2027年)\n一、主要目标\n到2027年,扩大百日千万网络招聘活动影响力,"
    "实施百万就业见习岗位募集计划,培育百万数字人才。\n"
)


def test_a_round_figure_inside_a_programme_name_is_no_target():
    from tests.pilots.drafting.test_genre_conventions import _targets

    assert _targets(_draft(_PROGRAMMES)) == [(100, "万", "eq", 2027)]


# 7. A service each person is given ("为每人免费提供1次职业指导、3次岗位推荐") is a standard of
#    service, not a figure to reach; a per-capita rate ("每万人拥有5G基站数达38个") stays a target.


def test_a_service_given_to_each_person_is_no_target():
    from tests.pilots.drafting.test_genre_conventions import _targets

    text = (
        "某市就业服务行动方案\n一、主要目标\n到2027年,与离校未就业高校毕业生普遍联系,为每人免费"
        "提供1次职业指导、3次岗位推荐、1次职业培训机会,每万人拥有5G基站数达38个。\n"
    )
    assert _targets(_draft(text)) == [(38, "个", "eq", 2027)]
