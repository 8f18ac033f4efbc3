# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_br set (SYNTHETIC_BR.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

DISTRICT = {"slug": "d", "name": "某区", "level": "district"}


# 1. A city's own counties and districts written 各辖市、区人民政府 (辖市: the county-level cities
#    under it) are one collective, as 各县、市、区人民政府 is. Before, the list was split into
#    各辖市 and 区人民政府, two names of nobody.

_JURISDICTIONS = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "（一）建设算力设施。统筹布局智算中心。（牵头单位：市发展改革委；配合单位：市数据局、各辖市、区人民政府）\n"
    "（二）推广智能应用。开展应用试点。（责任单位：各辖市人民政府、市财政局）\n"
)


def test_a_citys_counties_and_districts_written_xiashi_qu_are_one_collective():
    data = _draft(_JURISDICTIONS)
    tasks = _tasks(data)
    assert _roles(data, tasks[0]) == {
        "lead": ["市发展改革委"],
        "supporting": ["市数据局", "各辖市、区人民政府"],
    }


def test_control_a_collective_beside_a_citys_bureau_stays_two():
    """Control: 各辖市人民政府、市财政局 are two actors, the second the city's bureau."""
    data = _draft(_JURISDICTIONS)
    assert _roles(data, _tasks(data)[1]) == {"responsible": ["各辖市人民政府", "市财政局"]}


# 2. Measures close on paragraphs that administer them, printed in the safeguard part with no
#    number: what a word of the measures means ("本措施所称X，是指…") and when they take effect and
#    who interprets them ("本措施自…起施行…由X负责解释"). Like a numbered item saying so (附则),
#    they are no task. Before, each was drafted as a safeguard task titled by its first clause.

_CLOSING = (
    "某区关于支持人工智能产业发展的若干措施\n"
    "一、支持措施\n"
    "（一）支持算力建设。对新建智算中心给予补贴。（责任单位：区发展改革委）\n"
    "二、保障措施\n"
    "加强组织领导。建立工作专班，统筹推进政策落实。\n"
    "加强资金保障。区财政每年安排专项资金。\n"
    "本措施所称人工智能企业，是指在本区登记注册、从事人工智能产品研发的企业。\n"
    "本措施自2026年5月1日起施行，有效期至2028年12月31日。本措施由区科委负责解释。\n"
)


def test_closing_paragraphs_administering_measures_are_no_tasks():
    data = _draft(_CLOSING, DISTRICT)
    safeguard = next(s for s in data["sections"] if s["kind"] == "safeguard")
    assert [t["title"] for t in safeguard["tasks"]] == ["加强组织领导", "加强资金保障"]


def test_control_a_headed_safeguard_paragraph_on_the_measures_is_a_task():
    """Control: a paragraph led by its name about applying the measures is a safeguard task."""
    data = _draft(
        _CLOSING.replace("本措施所称", "加强政策解读。做好本措施宣传，明确本措施所称"), DISTRICT
    )
    safeguard = next(s for s in data["sections"] if s["kind"] == "safeguard")
    assert "加强政策解读" in [t["title"] for t in safeguard["tasks"]]


# 3. An article with no annotation may name the bodies carrying it out in its own words, as the
#    subject of a role word opening a sentence or after 由: "由X牵头，Y、Z配合，做好…" (lead,
#    supporting), "X牵头组织…" (lead), "…工作由X会同Y负责" (both responsible: 会同 joins them in the one
#    负责), "X、Y按职责分工负责…" and "X负责…" (responsible) — the annotation written in prose, as
#    SOURCES.md reads a task's closing "X牵头，Y按职责分工负责。" and an item opening "X负责…". Before,
#    only those two places were read: an article naming its actors mid-text had no roles.

_PROSE_ACTORS = (
    "某区关于支持人工智能产业发展的若干措施\n"
    "一、支持措施\n"
    "（一）支持智算中心建设。对新建智算中心给予补贴。由区发展改革委牵头，区科委、区财政局配合，做好项目认定工作。鼓励企业开放算力。\n"
    "（二）发放算力券。对中小企业租用算力给予补贴。算力券申报和兑付由区科委会同区财政局负责。\n"
    "（三）推动智能化改造。对改造项目给予支持。区经委牵头组织诊断服务，每年诊断100家次。\n"
    "（四）保障产业空间。建设产业集聚区。区规划资源局、区投资促进办按职责分工负责用地保障。\n"
    "（五）加强安全保障。支持企业开展安全评估。区委网信办负责指导企业落实有关要求。\n"
)


def test_an_article_naming_its_actors_in_its_words_assigns_them():
    data = _draft(_PROSE_ACTORS, DISTRICT)
    tasks = _tasks(data)
    assert _roles(data, tasks[0]) == {
        "lead": ["区发展改革委"],
        "supporting": ["区科委", "区财政局"],
    }
    assert _roles(data, tasks[1]) == {"responsible": ["区科委", "区财政局"]}
    assert _roles(data, tasks[2]) == {"lead": ["区经委"]}
    assert _roles(data, tasks[3]) == {"responsible": ["区规划资源局", "区投资促进办"]}
    assert _roles(data, tasks[4]) == {"responsible": ["区委网信办"]}


# 4. (Controls of 3.) A body the article's words act on is no actor and no agency of the plan: the
#    object of 争取…支持, 配合…开展, 向…推荐, 对接 (a city's plan naming the province's and the state's
#    bodies it works with). Nor are a mechanism some body leads ("建立由X牵头、Y参与的工作机制"), an
#    enterprise leading a project, an office's daily duty in a safeguard ("办公室设在X，X负责日常工作")
#    or the body interpreting the measures.

_OBJECTS = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "（一）争取重大项目。积极争取国家发展改革委、工业和信息化部支持，向工业和信息化部推荐优秀案例。\n"
    "（二）推广智能工厂。配合省工业和信息化厅开展智能工厂梯度培育，对接省数据局推动数据共享。\n"
    "（三）健全推进机制。建立由市数据局牵头、各相关部门参与的工作机制。由市科技局牵头的专班定期会商。\n"
    "（四）培育龙头企业。某某智能科技有限公司牵头组建创新联合体。\n"
    "二、保障措施\n"
    "加强组织领导。成立工作专班，办公室设在市工业和信息化局，市工业和信息化局负责日常工作。本方案由市工业和信息化局负责解释。\n"
)


def test_control_bodies_acted_on_or_holding_an_office_are_no_actors():
    data = _draft(_OBJECTS)
    assert data["agencies"] == []
    assert all(_roles(data, task) == {} for task in _tasks(data))


def test_control_an_annotated_article_keeps_its_annotation_alone():
    """Control: an article with its own annotation is read by it, not by its prose."""
    text = _PROSE_ACTORS.replace("做好项目认定工作。", "做好项目认定工作（责任单位：区数据局）。")
    data = _draft(text, DISTRICT)
    assert _roles(data, _tasks(data)[0]) == {"responsible": ["区数据局"]}
