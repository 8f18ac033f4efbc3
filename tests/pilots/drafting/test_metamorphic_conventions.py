"""Conventions found by the metamorphic rewrites breaking the drafts of seen corpus documents
(``test_metamorphic_corpus.py``), each here on a few made-up lines."""

import pytest

from pilots.drafting import plan_draft
from tests.pilots.drafting.metamorphic import draft_content


def _assignments(text: str, words: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(task, the word of ``words`` its agency's name holds, role) of each assignment."""
    data = plan_draft(text, zone_slug="x", source_file="x.txt").data
    return {
        (task, next(w for w in words if w in agency), role)
        for task, agency, role in draft_content(data)["assignments"]
    }


@pytest.mark.parametrize(
    ("lead", "others", "words"),
    [
        ("旗农牧局", "旗市场监督管理局、旗数据服务中心", ("农牧", "市场", "数据")),  # a banner's
        ("数据管理局", "林业局、文旅局", ("数据", "林业", "文旅")),  # no place written
        ("青湖管委会", "市生态环境局、市文化和旅游局", ("青湖", "生态", "旅游")),
        ("市人社局", "市教育局、青州学院", ("人", "教育", "学院")),  # a college
        ("市工信局", "市财政局、青山集团", ("工业", "财政", "集团")),  # a company
    ],
)
def test_a_bare_list_with_its_lead_marked_names_any_body(lead, others, words):
    """（X（牵头）、Y、Z） ending the task: the mark is a role word, so the bracket is an annotation
    whatever bodies it names, not only bodies whose place is written (a bare list with no mark
    must name such bodies: （上半年完成）, （试行） are none)."""
    text = "\n".join(
        ["二、重点任务", f"1.建设算力平台。建设城市智能算力中心。（{lead}（牵头）、{others}）"]
    )
    found = _assignments(text, words)
    assert ("建设算力平台", words[0], "lead") in found
    assert {(w, r) for _, w, r in found} == {
        (words[0], "lead"),
        (words[1], "responsible"),
        (words[2], "responsible"),
    }


@pytest.mark.parametrize(
    "annotation",
    [
        "（责任单位：市人社局、市教体局）",
        "（责任单位：市人社局市教体局）",
        "（市人社局、教体局负责）",
    ],
)
def test_an_education_and_sports_bureau_is_a_body_of_its_own_function(annotation):
    """教体局 (教育和体育局) is the education bureau: run together after another body of its own
    function it is a second body, not that body's second nameplate; after a list's first name it
    shares its place."""
    text = f"二、重点任务\n1.培养人才。支持院校开设人工智能专业。{annotation}"
    assert _assignments(text, ("人", "教体")) == {
        ("培养人才", "人", "responsible"),
        ("培养人才", "教体", "responsible"),
    }


def test_unnumbered_items_under_a_part_heading_that_names_their_lead():
    """ "二、X（牵头部门：Y）" over paragraphs each led by its (bold) phrase, without numbers, some
    with an annotation of their own, some without: each paragraph is a task, as numbered ones are,
    the heading's lead each unannotated one's."""
    lines = [
        "一、总体要求",
        "到2027年，培育人工智能企业50家以上。",
        "二、夯实发展底座（牵头部门：经济发展局）",
        "推进智算中心建设。加快智算中心一期项目建设，形成智能算力200P。",
        "推进数据资源开发利用。建设行业数据集5个，推动数据开放。（配合部门：市数据局）",
        "完善新型基础设施。推进重点园区5G网络深度覆盖。",
        "三、优化发展环境",
        "加大政策支持。设立人工智能发展专项资金。（责任部门：财政局）",
        "加强人才引育。引进培育人工智能相关人才300人。（责任部门：人社局）",
    ]
    numbered = [
        f"{n}.{line}" if n else line
        for n, line in zip([0, 0, 0, 1, 2, 3, 0, 1, 2], lines, strict=True)
    ]
    words = ("经济", "数据", "财政", "人")
    found = _assignments("\n".join(lines), words)
    assert found == _assignments("\n".join(numbered), words)
    assert ("推进智算中心建设", "经济", "lead") in found
    assert ("完善新型基础设施", "经济", "lead") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "引进人工智能项目30个以上，总投资不低于80亿元。",  # control: read before the rule
        "引进人工智能项目不少于30个，总投资不低于80亿元。",
        "引进人工智能项目三十个以上，总投资不低于八十亿元。",
    ],
)
def test_projects_counted_with_the_comparator_first_or_in_chinese_numerals(sentence):
    """The projects' total investment after the clause counting them is their target, whether the
    count's comparator comes first (项目不少于30个) or its figure is in Chinese numerals."""
    from pilots.drafting.goal_targets import targets_of

    found = targets_of(sentence, 2027, 2027, commitments_only=True)[0]
    assert [(f.target["value"], f.target["unit"]) for f in found] == [(30, "个"), (80, "亿元")]


def test_a_bare_list_with_its_lead_marked_before_the_time_it_is_done_by():
    """（X（牵头）、Y、各镇（街道））（2027年底前完成）: the marked list is the annotation though
    the time's bracket, not it, ends the line; a marked list on a line of its own under the
    task; a list whose lead is marked names whatever bodies follow (各地（市）行署（人民政府）),
    as a labelled one does."""
    text = "\n".join(
        [
            "二、重点任务",
            "1.推进智能化改造。开展诊断服务。（区经科局（牵头）、区财政局、各镇（街道））（2027年底前完成）",
            "2.建设算力中心。建设城市智能算力中心。",
            "（区数据局（牵头）、区发改局、区科技局）",
            "3.推进智慧农牧。建设智慧牧场。（自治区农牧厅（牵头）、各地（市）行署（人民政府））",
        ]
    )
    words = ("经", "财政", "行署", "镇", "数据", "发", "科技", "农牧")
    assert _assignments(text, words) == {
        ("推进智能化改造", "经", "lead"),
        ("推进智能化改造", "财政", "responsible"),
        ("推进智能化改造", "镇", "responsible"),
        ("建设算力中心", "数据", "lead"),
        ("建设算力中心", "发", "responsible"),
        ("建设算力中心", "科技", "responsible"),
        ("推进智慧农牧", "农牧", "lead"),
        ("推进智慧农牧", "行署", "responsible"),
    }
