"""Conventions of the genre that the synthetic_z set (SYNTHETIC_Z.md, measurement 2) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import _draft, _labels

CITY = {"slug": "some-city", "name": "某市", "level": "city"}
DISTRICT = {"slug": "some-district", "name": "某区", "level": "district"}


def _tasks(sections: list[dict]) -> list[dict]:
    found = []
    for section in sections:
        found += section.get("tasks", []) + _tasks(section.get("sections", []))
    return found


def _roles(data: dict) -> dict[str, dict[str, list[str]]]:
    """task title → role → the names the text prints, in order."""
    labels = _labels(data)
    return {
        t["title"]: {role: [labels[c] for c in t[role]] for role in ROLES if t.get(role)}
        for t in _tasks(data["sections"])
    }


ROLES = ("lead", "responsible", "supporting")


def _figures(data: dict) -> set[tuple]:
    return {
        (t["value"], t["unit"], t["comparator"], t["deadline"])
        for goal in data["goals"]
        for t in goal["targets"]
    }


# 1. A 若干措施 whose articles name nobody and whose annex lists each article's bodies, one line
#    per article with no brackets ("第一条　标题　X、Y、Z" — the copy may lose the space between
#    the title and the names — "第三条：X、Y", "一、标题：X（牵头）、Y"), under a rule stated once
#    ("排在第一位的为牵头单位"): each article takes its line's bodies, the first as the lead.

MEASURES = (
    "某市促进低空经济发展若干措施\n"
    "　　为加快低空经济发展，力争到2027年全市低空经济规模突破50亿元，制定以下措施。\n"
    "　　第一条　完善起降设施网络。新建通用机场2个，对新建起降点给予补助。\n"
    "　　第二条　拓展低空应用场景。每年发布应用场景清单，对首次应用的项目给予奖励。\n"
    "　　第三条　壮大市场主体。对新落户企业给予一次性奖励。\n"
    "　　本措施自2026年5月1日起施行。各条款责任单位见附件。\n"
    "\n"
    "附件：某市促进低空经济发展若干措施责任分工\n"
    "\n"
    "某市促进低空经济发展若干措施责任分工\n"
    "（排在第一位的为牵头单位）\n"
)


@pytest.mark.parametrize("gap", ["　", ""], ids=["spaced", "run-together"])
def test_an_annex_line_per_article_gives_it_its_bodies_the_first_the_lead(gap):
    text = MEASURES + (
        f"第一条{gap}完善起降设施网络{gap}市交通运输局、市发展改革委、市自然资源局\n"
        f"第二条{gap}拓展低空应用场景{gap}市发展改革委、市公安局\n"
        f"第三条{gap}壮大市场主体{gap}市投资促进局、市财政局，各区（县）人民政府\n"
    )
    roles = _roles(_draft(text, CITY))
    assert roles["完善起降设施网络"] == {
        "lead": ["市交通运输局"],
        "responsible": ["市发展改革委", "市自然资源局"],
    }
    assert roles["拓展低空应用场景"] == {"lead": ["市发展改革委"], "responsible": ["市公安局"]}
    assert roles["壮大市场主体"]["lead"] == ["市投资促进局"]
    assert len(roles["壮大市场主体"]["responsible"]) == 2


def test_an_annex_line_of_names_only_gives_them_to_the_article_it_numbers():
    text = MEASURES + (
        "第一条：市交通运输局、市发展改革委\n"
        "第二条：市发展改革委、市公安局\n"
        "第三条：市投资促进局、市财政局\n"
    )
    roles = _roles(_draft(text, CITY))
    assert roles["完善起降设施网络"] == {
        "lead": ["市交通运输局"],
        "responsible": ["市发展改革委"],
    }
    assert roles["壮大市场主体"] == {"lead": ["市投资促进局"], "responsible": ["市财政局"]}


def test_an_annex_line_with_a_title_and_a_colon_and_a_lead_mark():
    """一、标题：X（牵头）、Y with no rule stated: the mark makes the lead, the rest carry it out;
    a line may print the title shorter than the article."""
    text = MEASURES.replace("（排在第一位的为牵头单位）\n", "") + (
        "一、起降设施网络：市发展改革委、市交通运输局（牵头）\n"
        "二、拓展低空应用场景：市公安局（牵头）、市发展改革委\n"
        "三、壮大市场主体：市投资促进局（牵头）\n"
    )
    roles = _roles(_draft(text, CITY))
    assert roles["完善起降设施网络"] == {
        "lead": ["市交通运输局"],
        "responsible": ["市发展改革委"],
    }
    assert roles["拓展低空应用场景"] == {"lead": ["市公安局"], "responsible": ["市发展改革委"]}
    assert roles["壮大市场主体"] == {"lead": ["市投资促进局"]}


def test_an_annex_list_of_projects_gives_no_article_bodies():
    """Control: an annex whose lines are projects, not the articles' bodies, names nobody for
    them (its lines end in no list of bodies)."""
    text = MEASURES + (
        "第一条　完善起降设施网络　新建通用机场2个\n第二条　拓展低空应用场景　开通低空物流航线5条\n"
    )
    roles = _roles(_draft(text, CITY))
    assert roles["完善起降设施网络"] == {}
    assert roles["拓展低空应用场景"] == {}


# 2. The sentence after the last article saying who interprets the measures ("以上措施由X会同Y、
#    Z负责解释") is no line of roles for the articles above it: interpreting is no role.


def test_a_closing_line_saying_who_interprets_the_measures_assigns_no_role():
    text = MEASURES.split("\n\n附件")[0].replace(
        "各条款责任单位见附件。", "\n　　以上措施由市发展改革委会同市交通运输局、市财政局负责解释。"
    )
    data = _draft(text, CITY)
    assert all(not roles for roles in _roles(data).values())
    assert data["agencies"] == []


def test_a_closing_line_giving_the_measures_to_bodies_still_assigns_them():
    """Control: "以上措施由X牵头，Y配合落实。" is the group's roles (group_lines)."""
    text = MEASURES.split("\n\n附件")[0].replace(
        "各条款责任单位见附件。", "\n　　以上措施由市发展改革委牵头，市财政局配合落实。"
    )
    roles = _roles(_draft(text, CITY))
    assert roles["壮大市场主体"]["lead"] == ["市发展改革委"]


# 3. An article titled 支持标准制定… (supporting the setting of standards) is a measure like
#    the others, with its figures; only a part titled 支持标准 (a policy's rates and caps) is no
#    task.


def test_an_article_supporting_standards_is_a_task():
    text = (
        "某市促进软件产业发展若干措施\n"
        "　　第一条　培育软件企业。对新认定的企业给予奖励。（责任单位：市经信局）\n"
        "　　第二条　支持标准研制和专利布局。对主导制定国家标准的企业给予奖励。"
        "到2027年，全市软件领域有效发明专利达到800件。（责任单位：市市场监管局）\n"
        "　　第三条　加强人才培养。每年培训软件人才500人次。（责任单位：市人社局）\n"
    )
    data = _draft(text, CITY)
    titles = [t["title"] for t in _tasks(data["sections"])]
    assert "支持标准研制和专利布局" in titles
    assert (800, "件", "eq", 2027) in _figures(data)


def test_a_part_titled_with_a_policys_support_standards_holds_no_task():
    """Control: 三、支持标准 of a policy (its rates) is context, as before."""
    text = (
        "某市软件产业扶持办法\n"
        "一、支持对象\n在本市注册的软件企业。\n"
        "二、重点任务\n（一）培育软件企业。对新认定的企业给予奖励。（责任单位：市经信局）\n"
        "三、支持标准\n（一）对新认定的企业给予一次性奖励50万元。\n"
    )
    titles = [t["title"] for t in _tasks(_draft(text, CITY)["sections"])]
    assert "培育软件企业" in titles
    assert not [t for t in titles if "一次性奖励" in t]


# 4. 路 counts video channels where the words before the figure say so (新增接入视频监控2000路):
#    a target in 路; elsewhere (3路公交) it is a road or a line, no unit.


def test_video_channels_counted_in_lu_are_a_target():
    text = (
        "某区2026年智慧城市建设工作要点\n"
        "一、重点任务\n"
        "1.提升城市感知能力。新增接入公共视频监控资源2000路，建成智能感知节点50个。"
        "（责任单位：区数据局）\n"
    )
    figures = _figures(_draft(text, DISTRICT))
    assert (2000, "路", "eq", 2026) in figures
    assert (50, "个", "eq", 2026) in figures


def test_lu_without_video_words_before_it_is_no_unit():
    """Control: 开通3路公交 counts no channels."""
    text = (
        "某区2026年智慧城市建设工作要点\n"
        "一、重点任务\n"
        "1.优化公共交通。开通智能网联公交3路示范线，建成智能站台20个。（责任单位：区交通局）\n"
    )
    figures = _figures(_draft(text, DISTRICT))
    assert (20, "个", "eq", 2026) in figures
    assert not [f for f in figures if f[1] == "路"]
