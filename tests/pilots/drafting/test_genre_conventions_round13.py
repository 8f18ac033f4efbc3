"""Conventions of the genre the thirteenth held-out collection (HELDOUT13.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 989c0af unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft, _roles, _tasks


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


# 1. A figure right after 前 is a rank among other places (跃居全省前30位, 达到全市前5水平), as one
#    after 第 is an ordinal: no target. The other figures of the sentence stay targets.


def test_a_rank_among_other_places_is_no_target():
    data = _draft(
        "某区科技创新实施方案(2023-2027年)\n一、总体要求\n"
        "到2027年，全区研发经费支出占地区生产总值比重达到3.5%以上，科技进步综合评价跃居全省前30位。\n"
        "——创新平台加快完善。建成市级重点实验室2家，每万人研发人员达到全市前5水平。\n"
        "二、重点任务\n（一）培育创新主体。实施企业培育工程。\n"
    )
    assert sorted(t["value"] for t in _targets(data)) == [2, 3.5]


def test_a_count_after_a_place_word_is_still_a_target():
    """Control: 前 only as the word right before the figure; 2027年前 dates the sentence."""
    data = _draft(
        "某区科技创新实施方案(2023-2027年)\n一、总体要求\n"
        "到2027年，全区高新技术企业达到60家以上，2027年前建成新型研发机构3家。\n"
        "二、重点任务\n（一）培育创新主体。实施企业培育工程。\n"
    )
    assert sorted(t["value"] for t in _targets(data)) == [3, 60]


# 2. A part that reviews where things stand (第一章 发展基础, 一、发展现状, 现实基础) holds no
#    goals: its dated figures (截至2020年底，全省累计建成充换电站4200座) are baselines.


def test_the_figures_of_a_review_part_are_no_goals():
    data = _draft(
        "某省充电基础设施“十四五”发展规划\n规划期限为2021年-2025年。\n"
        "总体发展目标，到2025年，全省充换电站保有量达到9000座以上，充电桩达到20万台以上。\n"
        "第一章 发展基础\n一、发展现状\n"
        "一是电动汽车快速增长。截至2020年底，全省电动汽车保有量达到45.2万辆，占比70.5%。\n"
        "二是充电设施加快布局。截至2020年底，全省累计建成充换电站4200座，其中公共充电站3000座。\n",
        PROVINCE,
    )
    assert sorted((t["value"], t["deadline"]) for t in _targets(data)) == [
        (9000, 2025),
        (200000, 2025),
    ]


def test_a_dated_paragraph_of_a_general_part_is_still_a_goal():
    """Control: a context part not reviewing the present (总体要求) keeps its dated figures."""
    data = _draft(
        "某省充电基础设施发展规划\n一、总体要求\n坚持统筹推进。\n"
        "到2025年，全省充换电站达到9000座以上。\n"
        "二、重点任务\n（一）加快站点布局。建设公共充电站。\n",
        PROVINCE,
    )
    assert [(t["value"], t["deadline"]) for t in _targets(data)] == [(9000, 2025)]


# 3. A document-sharing site cuts its copy into numbered chunks ("2、", "3、") wherever its
#    preview page ends, also inside an annotation ("…市发展改革委" / "2、、市自然资源…)";
#    "市数" / "3、据局"): no item of a plan starts inside an annotation left open, so a number
#    opening the line after one is the site's — taken out, the two lines read as one (a
#    restoration of the cleaning).


_CHUNKED = (
    "加快推进算力设施建设实施方案.docx\n"
    "1、文本为Word版本,下载可任意编辑加快推进算力设施建设实施方案 (一)加快算力设施规划建设。 "
    "1.加快数据中心选址审批。各县(市、区)要明确主管部门和职责分工,做好本地区数据中心选址规划编制"
    "审批工作,将数据中心建设用地需求统筹纳入国土空间规划,列入本地土地利用年度计划。"
    "(责任单位:市数据局、市发展改革委\n"
    "2、、市自然资源和规划局) 2.全面推进智算中心建设。发挥基础电信企业的建设主体作用,按照共建共享"
    "原则,全面开展智算中心和配套设施建设工作,推动实现同步规划、同步设计、同步施工。(责任单位:市数\n"
    "3、据局、市发展改革委)\n"
)


def test_a_sites_chunk_number_inside_an_annotation_is_taken_out():
    data = _draft(_CHUNKED)
    first, second = _tasks(data)
    assert _roles(data, first) == {
        "responsible": ["市数据局", "市发展改革委", "市自然资源和规划局"]
    }
    assert _roles(data, second) == {"responsible": ["市数据局", "市发展改革委"]}


def test_a_numbered_item_after_a_closed_annotation_is_still_an_item():
    """Control: "2、" after an annotation that closes on its line opens the next item."""
    data = _draft(
        "某市算力设施建设实施方案\n一、重点任务\n"
        "1、加快数据中心选址审批。做好选址规划编制审批工作。(责任单位:市数据局、市发展改革委)\n"
        "2、全面推进智算中心建设。开展配套设施建设工作。(责任单位:市数据局)\n"
    )
    first, second = _tasks(data)
    assert _roles(data, first) == {"responsible": ["市数据局", "市发展改革委"]}
    assert _roles(data, second) == {"responsible": ["市数据局"]}


# 4. Levels run together before the list goes on (各县市、区政府管委会: the county-level cities and
#    districts, their governments and zone committees) share the body after them, as 各县、市、区
#    人民政府 does: one collective, not 各县市 and 区政府管委会.


def test_levels_run_together_share_the_body_after_them():
    data = _draft(
        "某市算力设施建设实施方案\n一、重点任务\n"
        "1.加快数据中心选址审批。做好选址规划编制审批工作。"
        "(责任单位:市数据局,各县市、区政府管委会)\n"
    )
    (task,) = _tasks(data)
    assert _roles(data, task) == {"responsible": ["市数据局", "各县市、区政府管委会"]}


def test_the_departments_of_a_level_after_a_list_stay_apart():
    """Control: 市直有关部门 after 各区县 is no level of the list (and names nobody)."""
    data = _draft(
        "某市算力设施建设实施方案\n一、重点任务\n"
        "1.加快数据中心选址审批。做好选址规划编制审批工作。(责任单位:市数据局,各区县、市直有关部门)\n"
    )
    (task,) = _tasks(data)
    assert _roles(data, task) == {"responsible": ["市数据局", "各区县"]}


# 5. An annotation the copy ends inside may go on in the last line, broken inside a name
#    ("…(责任单位:市数" / "据局、市发展改革委、各"): the whole names before the cut are read.


def test_a_cut_annotation_goes_on_in_the_last_line():
    data = _draft(
        "某市算力设施建设实施方案\n一、重点任务\n"
        "1.加快数据中心选址审批。做好选址规划编制审批工作。(责任单位:市数据局)\n"
        "2.全面推进智算中心建设。开展配套设施建设工作。(责任单位:市数\n据局、市发展改革委、各\n"
    )
    _, second = _tasks(data)
    assert _roles(data, second) == {"responsible": ["市数据局", "市发展改革委"]}


def test_a_new_sentence_after_an_open_annotation_is_no_part_of_it():
    """Control: a last line with a sentence end is text, never names of the cut annotation."""
    data = _draft(
        "某市算力设施建设实施方案\n一、重点任务\n"
        "1.加快数据中心选址审批。做好选址规划编制审批工作。(责任单位:市数据局\n"
        "全面推进智算中心建设。开展配套设施建设工作\n"
    )
    assert not [a for a in data["agencies"] if "建设" in a["name"]]
