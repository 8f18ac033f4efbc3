"""Conventions of the genre's neighbours that the synthetic_f set (SYNTHETIC_F.md, measurement 1)
left open: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
    _roles,
    _targets,
    _tasks,
)

DISTRICT = {"slug": "d", "name": "某区", "level": "district"}

# 1. Work points name their bodies in a bare bracket with no role word, the time the point is
#    done by after them ("（某部门、某部门，上半年完成）"); a rule stated once says the first leads.

_BARE_LISTS_WITH_TIMES = (
    "某省2026年数字经济工作要点\n"
    "一、重点任务\n"
    "（以下各项任务，排在第一位的为牵头单位）\n"
    "1.建设算力网络。统筹全省算力资源。（省发展改革委、省数据局）\n"
    "2.开放公共数据。新增开放公共数据集。（省数据局、省委网信办，上半年完成）\n"
    "3.建设智能工厂。推动工业大模型应用。（省工业和信息化厅、省国资委，年底前完成）\n"
    "4.发展智能交通。推动车路协同试点。（省交通运输厅、省公安厅，2026年三季度完成）\n"
)


def test_a_bare_list_of_bodies_may_end_with_the_time_the_task_is_done_by():
    tasks = _tasks(data := _draft(_BARE_LISTS_WITH_TIMES, PROVINCE))
    assert _roles(data, tasks[1]) == {"lead": ["省数据局"], "responsible": ["省委网信办"]}
    assert _roles(data, tasks[2]) == {"lead": ["省工业和信息化厅"], "responsible": ["省国资委"]}
    assert _roles(data, tasks[3]) == {"lead": ["省交通运输厅"], "responsible": ["省公安厅"]}
    assert [t.get("due") for t in tasks] == [None, "2026-06-30", "2026-12-31", "2026-09-30"]
    assert not [a for a in data["agencies"] if "完成" in a["name"]]
    # control: a bare list without a time was read before the rule
    assert _roles(data, tasks[0]) == {"lead": ["省发展改革委"], "responsible": ["省数据局"]}


def test_a_time_without_its_year_names_no_date_in_a_plan_of_several_years():
    """Control: in a plan of several years "年底前完成" names no year; the bodies are still read."""
    title = "某省数字经济三年行动计划（2026—2028年）"
    text = _BARE_LISTS_WITH_TIMES.replace("某省2026年数字经济工作要点", title)
    tasks = _tasks(data := _draft(text, PROVINCE))
    assert "due" not in tasks[2]
    assert _roles(data, tasks[2]) == {"lead": ["省工业和信息化厅"], "responsible": ["省国资委"]}


# 2. A bare list may name, beside departments, bodies whose place is a name and not a level word:
#    a city's government in a province's list (北山市政府), a state utility's branch (国网某省电力
#    有限公司), the central bank's provincial branch (人民银行某省分行).

_BARE_LISTS_OF_OTHER_BODIES = (
    "某省2026年数字经济工作要点\n"
    "一、重点任务\n"
    "（以下各项任务，排在第一位的为牵头单位）\n"
    "1.保障算力用电。优化数据中心供电方案。（国网某省电力有限公司、省发展改革委）\n"
    "2.发展智能交通。推动车路协同试点。（省交通运输厅、省公安厅、北山市政府、南湖市人民政府）\n"
    "3.加大金融支持。创新科技金融产品。（省财政厅、省委金融办、人民银行某省分行）\n"
    "4.建设算力网络。统筹全省算力资源。（省发展改革委、省数据局）\n"
    "5.推广典型案例。总结推广好经验好做法。（详见附件、典型案例汇编）\n"
)


def test_a_bare_list_may_name_a_city_government_a_state_utility_and_a_bank_branch():
    tasks = _tasks(data := _draft(_BARE_LISTS_OF_OTHER_BODIES, PROVINCE))
    assert _roles(data, tasks[0]) == {
        "lead": ["国网某省电力有限公司"],
        "responsible": ["省发展改革委"],
    }
    assert _roles(data, tasks[1]) == {
        "lead": ["省交通运输厅"],
        "responsible": ["省公安厅", "北山市政府", "南湖市人民政府"],
    }
    assert _roles(data, tasks[2]) == {
        "lead": ["省财政厅"],
        "responsible": ["省委金融办", "人民银行某省分行"],
    }
    # controls: departments alone were read before the rule; a bracket of other words is none
    assert _roles(data, tasks[3]) == {"lead": ["省发展改革委"], "responsible": ["省数据局"]}
    assert _roles(data, tasks[4]) == {}


# 3. Work points may close a point with its division of work as a sentence of its own, on the
#    point's line after its last full stop, with no bracket and no label ("…试点。省数据局牵头，
#    省住房城乡建设厅、各市政府按职责分工负责。"), as a division of work prints it on a line of
#    its own.

_ROLE_SENTENCE_RUN_ON = (
    "某省2026年数字经济工作要点\n"
    "一、重点任务\n"
    "1.推进城市数字化转型。支持城市开展全域数字化转型试点。省数据局牵头，省住房城乡建设厅、各市政府按职责分工负责。\n"
    "2.推动大模型应用。支持企业研发行业大模型。省工业和信息化厅负责。\n"
    "3.健全工作机制。建立省数据局牵头、各相关部门参与的工作机制，定期研究重大问题。\n"
)


def test_a_points_division_of_work_may_be_its_last_sentence():
    tasks = _tasks(data := _draft(_ROLE_SENTENCE_RUN_ON, PROVINCE))
    assert _roles(data, tasks[0]) == {
        "lead": ["省数据局"],
        "responsible": ["省住房城乡建设厅", "各市政府"],
    }
    assert _roles(data, tasks[1]) == {"responsible": ["省工业和信息化厅"]}
    # control: a sentence about a mechanism that some body leads assigns nothing
    assert _roles(data, tasks[2]) == {}


# 4. A safeguard part may hold chapters whose numbered points carry their own annotations, as
#    the task parts do ("三、保障措施" → "（六）强化组织保障" → "22.…（X、Y）"): each point is a
#    task of the chapter, not text of one task named after the chapter.

_SAFEGUARD_CHAPTER = (
    "某省2026年数字经济工作要点\n"
    "一、重点任务\n"
    "（一）夯实数字基础设施\n"
    "1.建设算力网络。统筹全省算力资源。（责任单位：省发展改革委）\n"
    "二、保障措施\n"
    "（二）强化组织保障\n"
    "2.健全工作机制。实行季调度、年考核。（责任单位：省数据局、省统计局）\n"
    "3.筑牢安全屏障。加强安全风险评估。（责任单位：省委网信办、省公安厅）\n"
    "（三）加强宣传引导\n"
    "及时总结推广典型经验和做法，营造良好氛围。\n"
)


def test_the_annotated_points_of_a_safeguard_chapter_are_tasks():
    data = _draft(_SAFEGUARD_CHAPTER, PROVINCE)
    tasks = {t["title"]: t for t in _tasks(data)}
    assert "强化组织保障" not in tasks
    assert _roles(data, tasks["健全工作机制"]) == {"responsible": ["省数据局", "省统计局"]}
    assert _roles(data, tasks["筑牢安全屏障"]) == {"responsible": ["省委网信办", "省公安厅"]}
    safeguard = next(s for s in data["sections"] if s["kind"] == "safeguard")
    assert [s["title"] for s in safeguard.get("sections", [])] == ["强化组织保障"]
    # control: a safeguard item of prose stays one task
    assert "加强宣传引导" in tasks


# 5. A goal paragraph may state the first year's figures after the last year's, opened by 其中
#    ("到2027年，…。其中，2026年全区…达到240亿元，新增…50家。"): they are due in that year.

_PART_YEAR = (
    "某区“人工智能+”实施细则（2026—2027年）\n"
    "一、工作目标\n"
    "到2027年，全区人工智能核心产业规模突破300亿元，集聚人工智能企业300家以上。"
    "其中，2026年全区人工智能核心产业规模达到240亿元，新增人工智能企业50家。\n"
    "二、重点任务\n"
    "（一）强化算力支撑。建设公共算力服务平台。\n"
)


def test_a_year_after_其中_dates_the_figures_of_its_sentence():
    assert sorted(_targets(_draft(_PART_YEAR))) == [
        (50, "家", "eq", 2026),
        (240, "亿元", "eq", 2026),
        (300, "亿元", "gt", 2027),
        (300, "家", "gte", 2027),
    ]


# 6. A task list printed as text rows marks an empty cell with a dash ("… | 区教育和体育局 | — |
#    2027年8月底前"): the row has no supporting body, the dash is no body.

_DASH_CELL = (
    "某区“人工智能+”实施细则（2026—2027年）\n"
    "三、重点任务清单\n"
    "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
    "1 | 建设公共算力服务平台 | 区科技局 | 区财政局 | 2026年12月底前\n"
    "2 | 建设人工智能教育特色学校 | 区教育和体育局 | — | 2027年8月底前\n"
    "3 | 建立人工智能产业统计监测制度 | 区统计局 | / | 每季度\n"
    "四、保障措施\n"
    "（一）加强统筹协调。成立工作专班。\n"
)


def test_a_dash_in_a_task_lists_cell_names_no_body():
    tasks = _tasks(data := _draft(_DASH_CELL, DISTRICT))
    assert _roles(data, tasks[1]) == {"lead": ["区教育和体育局"]}
    assert _roles(data, tasks[2]) == {"lead": ["区统计局"]}
    assert tasks[1]["due"] == "2027-08-31"
    assert not [a for a in data["agencies"] if a["name"] in ("—", "/")]
    # control: a row with a body in the cell was read before the rule
    assert _roles(data, tasks[0]) == {"lead": ["区科技局"], "supporting": ["区财政局"]}


# 7. A bare list may name a body by its two names, the second in brackets (省数字经济发展领导小组
#    办公室（省数据局）), as a labelled list may.

_BARE_LIST_SECOND_NAME = (
    "某省2026年数字经济工作要点\n"
    "一、重点任务\n"
    "（以下各项任务，排在第一位的为牵头单位）\n"
    "1.健全工作机制。实行季调度、年考核。（省数字经济发展领导小组办公室（省数据局）、省统计局）\n"
    "2.加强统计监测。建立数字经济统计制度。（省统计局、省数据局）\n"
)


def test_a_bare_list_may_name_a_body_with_its_second_name_in_brackets():
    tasks = _tasks(data := _draft(_BARE_LIST_SECOND_NAME, PROVINCE))
    assert _roles(data, tasks[0]) == {
        "lead": ["省数字经济发展领导小组办公室(省数据局)"],
        "responsible": ["省统计局"],
    }
    # control: names without brackets were read before the rule; 省数据局 is the office's other
    # name, so the same body
    assert tasks[1]["responsible"] == tasks[0]["lead"]


# 8. (Probing rule 1.) The time after a bare list may be printed without 完成 ("，2026年6月底前")
#    or be no date at all ("，持续推进"): the bodies are read all the same.

_BARE_LISTS_OTHER_TIMES = (
    "某省2026年数字经济工作要点\n"
    "一、重点任务\n"
    "（以下各项任务，排在第一位的为牵头单位）\n"
    "1.开放公共数据。新增开放公共数据集。（省数据局、省委网信办，2026年6月底前）\n"
    "2.建设智能工厂。推动工业大模型应用。（省工业和信息化厅、省国资委，持续推进）\n"
    "3.发展智能交通。推动车路协同试点。（省交通运输厅、省公安厅，长期坚持）\n"
)


def test_the_time_after_a_bare_list_may_lack_完成_or_be_ongoing():
    tasks = _tasks(data := _draft(_BARE_LISTS_OTHER_TIMES, PROVINCE))
    assert _roles(data, tasks[0]) == {"lead": ["省数据局"], "responsible": ["省委网信办"]}
    assert _roles(data, tasks[1]) == {"lead": ["省工业和信息化厅"], "responsible": ["省国资委"]}
    assert _roles(data, tasks[2]) == {"lead": ["省交通运输厅"], "responsible": ["省公安厅"]}
    assert [t.get("due") for t in tasks] == ["2026-06-30", None, None]
    assert not [a for a in data["agencies"] if "推进" in a["name"] or "坚持" in a["name"]]
