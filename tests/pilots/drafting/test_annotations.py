"""Agency annotations: every convention of the genre the issue lists, one snippet each."""

import pytest

from pilots.drafting.annotation_roles import annotation_roles, rules_stated
from pilots.drafting.annotations import annotations_in
from pilots.drafting.names import agency_names_split


@pytest.mark.parametrize(
    ("inside", "expected"),
    [
        (  # （牵头单位：…；配合单位：…）
            "牵头单位：省科技厅；配合单位：省发展改革委、省工业和信息化厅",
            [
                ("lead", "省科技厅"),
                ("supporting", "省发展改革委"),
                ("supporting", "省工业和信息化厅"),
            ],
        ),
        (  # （牵头单位：…，责任单位：…）: a comma between the labelled groups
            "牵头单位：市科技局，责任单位：市发改委、市财政局",
            [("lead", "市科技局"), ("responsible", "市发改委"), ("responsible", "市财政局")],
        ),
        ("责任单位：市科技局", [("responsible", "市科技局")]),  # （责任单位：…）
        ("市科技局牵头，市发改委配合", [("lead", "市科技局"), ("supporting", "市发改委")]),
        (  # （X牵头负责，Y按职责分工负责）
            "市科技局牵头负责，市发改委、市财政局按职责分工负责",
            [("lead", "市科技局"), ("responsible", "市发改委"), ("responsible", "市财政局")],
        ),
        (  # a bracket inside a name: 市政府办（金融）
            "牵头单位：市政府办（金融）；配合单位：市财政局",
            [("lead", "市政府办（金融）"), ("supporting", "市财政局")],
        ),
        (  # names run together with no separator
            "责任单位：省发展改革委省科技厅省工业和信息化厅",
            [
                ("responsible", "省发展改革委"),
                ("responsible", "省科技厅"),
                ("responsible", "省工业和信息化厅"),
            ],
        ),
        ("市科技局、市教育局负责", [("responsible", "市科技局"), ("responsible", "市教育局")]),
        (  # 市委网信办 and 市场监管局 start with 市 but are whole names
            "市委网信办、市市场监管局牵头，各区县政府配合",
            [("lead", "市委网信办"), ("lead", "市市场监管局"), ("supporting", "各区县政府")],
        ),
        ("牵头单位:市经信局 配合单位:市科技局", [("lead", "市经信局"), ("supporting", "市科技局")]),
        (
            "责任单位：市科技局（牵头）、市发改委",
            [("lead", "市科技局"), ("responsible", "市发改委")],
        ),
    ],
)
def test_annotation_conventions(inside, expected):
    assert annotation_roles(inside) == expected


def test_generic_actors_are_dropped_and_collective_ones_kept():
    """有关部门 names nobody; 各区县政府 is the actor the annotation makes responsible."""
    assert annotation_roles("责任单位：各区县政府、有关部门") == [("responsible", "各区县政府")]
    assert annotation_roles("市科技局牵头，相关单位配合") == [("lead", "市科技局")]
    assert annotation_roles("责任单位：各牵头单位") == []  # Hefei: "各牵头单位" is no agency
    assert agency_names_split("市科技局、市发改委等部门") == ["市科技局", "市发改委"]


@pytest.mark.parametrize(
    ("text", "insides"),
    [
        ("推进X。（责任单位：市科技局）", ["责任单位：市科技局"]),
        ("推进X。\n责任单位：市科技局、市发改委", ["责任单位：市科技局、市发改委"]),  # own line
        (  # own line, its last name ending in a bracket of its own
            "推进X。\n责任单位：市科技局、各县区政府(新区管委会)",
            ["责任单位：市科技局、各县区政府(新区管委会)"],
        ),
        (
            "推进X。\n牵头单位：市科技局\n配合单位：市发改委",
            ["牵头单位：市科技局；配合单位：市发改委"],
        ),
        ("〔责任单位：各县区政府(新区管委会)〕", ["责任单位：各县区政府(新区管委会)"]),
        ("[牵头单位：市科技局]", ["牵头单位：市科技局"]),
        ("【责任单位：市科技局】", ["责任单位：市科技局"]),
        (  # a name holding the annotation's own bracket
            "推进。〔牵头单位：市科技局；配合单位：各区县〔自治县〕政府〕",
            ["牵头单位：市科技局；配合单位：各区县〔自治县〕政府"],
        ),
        ("甲(责任单位:市科技局)乙(责任单位:市发改委)", ["责任单位:市科技局", "责任单位:市发改委"]),
        ("依据国发〔2017〕35号文件", []),  # a document number holds no role word
        ("（以下简称“试验区”）", []),
        ("鼓励社会资本参与建设（企业参与）", []),  # role word, but no agency before it
    ],
)
def test_annotations_found_in_text(text, insides):
    assert [found.inside for found in annotations_in(text)] == insides


def test_star_marked_lead_stated_once():
    rules = rules_stated("说明：标☆的为牵头单位。")
    assert rules.lead_marks == "☆"
    assert annotation_roles("责任单位：市工信局☆、市科技局、市发改委", rules) == [
        ("lead", "市工信局"),
        ("responsible", "市科技局"),
        ("responsible", "市发改委"),
    ]


def test_first_listed_is_lead_stated_once():
    rules = rules_stated("各项任务中排在第一位的为牵头单位，其他为配合单位。")
    assert (rules.first_is_lead, rules.others_supporting) == (True, True)
    assert annotation_roles("责任单位：市科技局、市发改委", rules) == [
        ("lead", "市科技局"),
        ("supporting", "市发改委"),
    ]
    # An annotation that names its lead itself keeps it.
    assert annotation_roles("市发改委牵头，市科技局配合", rules) == [
        ("lead", "市发改委"),
        ("supporting", "市科技局"),
    ]
    only_lead = rules_stated("所列第一个单位为牵头单位。")
    assert annotation_roles("责任单位：市科技局、市发改委", only_lead) == [
        ("lead", "市科技局"),
        ("responsible", "市发改委"),
    ]


def test_an_actor_named_once_for_every_task():
    """The rule names the actors; the importer makes them responsible for every task from the
    one that states it on (test_genre_conventions)."""
    rules = rules_stated("以下任务均需各区县人民政府落实，不再列出。")
    assert rules.implied_actors == ["各区县人民政府"]
    listed = rules_stated("以下均需各县(区)人民政府、开发区管委会按职责分工落实,不再列出")
    assert listed.implied_actors == ["各县(区)人民政府", "开发区管委会"]
    involved = rules_stated("除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复")
    assert involved.implied_actors == ["各市〔州〕、贵安新区数据管理部门"]
    assert rules_stated("一、总体要求").implied_actors == []


@pytest.mark.parametrize("duty", ["统筹", "统筹推进", "统筹协调"])
def test_an_actor_named_once_with_its_duty_worded_out(duty):
    """ "以下各项任务均由X统筹，不再列出": the duty after the actor (统筹, 统筹推进) is no part of
    its name (a county's work points named its leading group's office so)."""
    rules = rules_stated(f"以下各项任务均由区数字经济发展工作专班办公室{duty}，不再列出。")
    assert rules.implied_actors == ["区数字经济发展工作专班办公室"]


@pytest.mark.parametrize(
    ("text", "inside", "roles"),
    [
        (  # the rule stated inside the first annotation, after its list
            "责任单位：省科技厅、省发展改革委、省教育厅。列第一位的为牵头单位，下同",
            None,
            [("lead", "省科技厅"), ("responsible", "省发展改革委"), ("responsible", "省教育厅")],
        ),
        (  # the rule after a comma, the others' role with it
            "责任单位：省科技厅、省教育厅，列第一位的为牵头单位，其余为配合单位，下同",
            None,
            [("lead", "省科技厅"), ("supporting", "省教育厅")],
        ),
        (  # a ☆ before the name, the rule after the list
            "责任单位:☆经信局、科技局。标☆的为牵头单位,下同。",
            None,
            [("lead", "经信局"), ("responsible", "科技局")],
        ),
        (  # an actor named once after the list: not a name of this list
            "牵头单位:市发改委;责任单位:市工信局。以下均需各县人民政府落实,不再列出",
            None,
            [("lead", "市发改委"), ("responsible", "市工信局")],
        ),
    ],
)
def test_a_remark_after_the_list_states_a_rule_and_names_nobody(text, inside, roles):
    assert annotation_roles(text, rules_stated(text)) == roles


def test_shared_duty_is_responsible_beside_a_lead_and_without_one():
    assert annotation_roles("省工信厅、省发展改革委等按职责分工负责") == [
        ("responsible", "省工信厅"),
        ("responsible", "省发展改革委"),
    ]
    assert annotation_roles("省科技厅牵头，省财政厅按职责分工负责") == [
        ("lead", "省科技厅"),
        ("responsible", "省财政厅"),
    ]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # cut after a separator: every name before it is whole
            "推进。(牵头单位:市科技局;责任单位:市发改委、市税务局、",
            [("lead", "市科技局"), ("responsible", "市发改委"), ("responsible", "市税务局")],
        ),
        (  # cut inside a name: that name is left out
            "推进。〔责任单位:市数据局,某数据集团、某市大数据运营公",
            [("responsible", "市数据局"), ("responsible", "某数据集团")],
        ),
        ("推进。(责任单位:市科", []),
        ("推进。(责任单位:省大数据局、省工业和", [("responsible", "省大数据局")]),
        ("推进。(牵头单位:市科技局;责任", [("lead", "市科技局")]),
        ("推进。(市科技局牵头,市发", [("lead", "市科技局")]),  # role words after the names
    ],
)
def test_an_annotation_cut_by_the_end_of_a_truncated_copy(text, roles):
    found = annotations_in(text)
    assert [f.cut for f in found] == [True]
    assert text[found[0].start] in "(〔"
    assert annotation_roles(found[0].inside) == roles


def test_an_unclosed_bracket_without_a_label_is_no_annotation():
    assert annotations_in("推进(以下简称“试验区") == []
    assert annotations_in("推进。(责任单位:市科技局)再推进(")[-1].cut is False


@pytest.mark.parametrize(
    ("inside", "names"),
    [
        # two bodies of different functions run together: two agencies
        ("省发展改革委省科技厅", ["省发展改革委", "省科技厅"]),
        # a body's second nameplate run on (no function known for it): one agency
        ("市经信局市新经济委", ["市经信局市新经济委"]),
        # two bodies the tables know, of one category (health): two agencies
        ("市医保局市卫健委", ["市医保局", "市卫健委"]),
        ("市科技局市科协", ["市科技局", "市科协"]),
        # three or more run together: a list (a body has no third nameplate)
        (
            "市发改委市政府合作交流办市商务局",
            ["市发改委", "市政府合作交流办", "市商务局"],
        ),
        # a list of places shares the name after it: one collective
        (
            "省大数据局,各市〔州〕、贵安新区数据管理部门",
            ["省大数据局", "各市〔州〕、贵安新区数据管理部门"],
        ),
        ("各县(区)人民政府、开发区(投资区)管委会", ["各县(区)人民政府", "开发区(投资区)管委会"]),
        ("市科技局,各县（市、区）、市直有关部门", ["市科技局", "各县（市、区）"]),
        # generic words name nobody; a collective of governments does
        ("省财政厅,相关市人民政府、相关部门", ["省财政厅", "相关市人民政府"]),
        # a party office, a task force and an enterprise among bureaus
        (
            "市委金融办、省人工智能产业推进组工作专班、某数据集团",
            ["市委金融办", "省人工智能产业推进组工作专班", "某数据集团"],
        ),
    ],
)
def test_names_of_a_list(inside, names):
    assert agency_names_split(inside) == names


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (  # a people's organisation by its short name (市科协), in a list after role words
            "推进。（市经济信息委牵头，市科技局、市科协配合）",
            [("lead", "市经济信息委"), ("supporting", "市科技局"), ("supporting", "市科协")],
        ),
        (
            "推进。（市委宣传部牵头负责，市侨联、市工商联按职责分工负责）",
            [("lead", "市委宣传部"), ("responsible", "市侨联"), ("responsible", "市工商联")],
        ),
        (  # a censored copy's 区* (区政府) is a body all the same
            "推进。(市经信局、包河区*按职责分工负责)",
            [("responsible", "市经信局"), ("responsible", "包河区*")],
        ),
    ],
)
def test_role_words_after_names_of_every_kind_of_body(text, roles):
    (found,) = annotations_in(text)
    assert annotation_roles(found.inside) == roles
