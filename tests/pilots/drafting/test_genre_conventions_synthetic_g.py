"""Conventions of the genre that the synthetic_g set (SYNTHETIC_G.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

# 1. An annotation line may name, beside the bodies, the leader answerable for the task
#    ("责任领导：分管副市长", "分管领导：…"): a post or a person, no agency and no role.

_LEADER_LINES = (
    "某市人工智能产业发展行动方案（2026—2028年）\n"
    "一、重点任务\n"
    "1．建设智能工厂。推动龙头企业建设智能工厂。\n"
    "主责单位：市工信局；配合部门：市科技局、市财政局；责任领导：分管工业副市长\n"
    "2．建设算力中心。统筹建设城市智能算力中心。\n"
    "主责单位：市数据局；分管领导：市委常委、常务副市长；配合部门：市发改局\n"
)


def test_a_leader_named_beside_the_bodies_is_no_agency():
    tasks = _tasks(data := _draft(_LEADER_LINES))
    assert _roles(data, tasks[0]) == {"lead": ["市工信局"], "supporting": ["市科技局", "市财政局"]}
    assert _roles(data, tasks[1]) == {"lead": ["市数据局"], "supporting": ["市发改局"]}
    assert not [a for a in data["agencies"] if "市长" in a["name"] or "常委" in a["name"]]


# 2. A chapter may be one paragraph of points "一是…（annotation）；二是…（annotation）。", each
#    point a task with its own bodies; the chapter's heading holds them. A safeguard paragraph of
#    points with no heading ("一是…；二是…。") is as many tasks.

_POINTS_IN_ONE_PARAGRAPH = (
    "某高新区“人工智能+”行动方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）夯实算力底座。围绕算力和数据，重点抓好以下工作：一是建设智能算力中心，到2027年智能算力"
    "规模达到1000P以上（经发局牵头，科创局配合）；二是推进数据汇聚，累计建成行业数据集15个"
    "（区大数据中心牵头，经发局配合）；三是完善网络设施，推动5G网络覆盖重点园区（建设局负责）。\n"
    "（二）集聚人才。坚持引才与育才并重，一是实施人才计划，每年引进高层次人才30名以上（党群工作部牵头，科创局配合）；"
    "二是加强技能培训，每年培训数字技能人才2000人次（社会事业局负责）。\n"
    "二、保障措施\n"
    "一是加强组织领导，成立工作专班；二是加大资金支持，统筹支持算力和人才项目；三是强化督查考核，"
    "每季度通报推进情况。\n"
)


def test_points_run_on_in_one_paragraph_each_with_its_bodies_are_tasks():
    tasks = _tasks(data := _draft(_POINTS_IN_ONE_PARAGRAPH))
    titles = [t["title"] for t in tasks]
    chapters = ["建设智能算力中心", "推进数据汇聚", "完善网络设施", "实施人才计划", "加强技能培训"]
    assert titles[:5] == chapters
    assert [t.get("numbering") for t in tasks[:3]] == ["一是", "二是", "三是"]
    assert _roles(data, tasks[0]) == {"lead": ["经发局"], "supporting": ["科创局"]}
    assert _roles(data, tasks[2]) == {"responsible": ["建设局"]}
    assert tasks[1]["text"].startswith("推进数据汇聚，累计建成行业数据集15个")
    key_task = data["sections"][0]["sections"]
    assert [s["title"] for s in key_task] == ["夯实算力底座", "集聚人才"]
    goals = {g["title"]: g for g in data["goals"]}
    assert goals["推进数据汇聚"]["targets"][0]["value"] == 15
    assert goals["实施人才计划"]["targets"][0]["per_year"] is True


def test_a_safeguard_paragraph_of_points_is_as_many_tasks():
    tasks = _tasks(_draft(_POINTS_IN_ONE_PARAGRAPH))
    assert [t["title"] for t in tasks[5:]] == ["加强组织领导", "加大资金支持", "强化督查考核"]


def test_a_paragraph_of_more_than_twenty_points_is_as_many_tasks():
    """二十是, 二十一是 are the points after 十九是 (the point's counter wrote 20 as 十十)."""
    numbers = "一二三四五六七八九"
    marks = [
        *(f"{n}是" for n in numbers),
        "十是",
        *(f"十{n}是" for n in numbers),
        "二十是",
        "二十一是",
    ]
    points = "；".join(f"{mark}推进第{i}项工作" for i, mark in enumerate(marks, 1))
    text = f"某市“人工智能+”行动方案（2026—2027年）\n一、保障措施\n{points}。\n"
    tasks = _tasks(_draft(text))
    assert [t.get("numbering") for t in tasks][-3:] == ["十九是", "二十是", "二十一是"]
    assert len(tasks) == 21


def test_points_under_one_annotation_stay_one_task():
    """Control: sub-points of a task that carries one annotation for all of them."""
    text = (
        "某市“人工智能+”行动方案（2026—2027年）\n"
        "一、重点任务\n"
        "（一）建设行业大模型。支持龙头企业打造行业大模型。一是推动语料汇聚；二是开展应用试点；"
        "三是推广复制。（市工信局牵头，市科技局配合）\n"
        "（二）建设算力中心。推动算力中心扩容。（市数据局负责）\n"
    )
    tasks = _tasks(data := _draft(text))
    assert [t["title"] for t in tasks] == ["建设行业大模型", "建设算力中心"]
    assert _roles(data, tasks[0]) == {"lead": ["市工信局"], "supporting": ["市科技局"]}


# 3. The annex named after the last part with a remark in brackets ("附件：…重点项目表（略）",
#    "（另行印发）") opens the annex as "附件：…表" does: no task.


def test_an_annex_line_with_a_bracketed_remark_is_no_task():
    text = (
        "某市“人工智能+”行动方案（2026—2027年）\n"
        "一、重点任务\n"
        "（一）建设算力中心。推动算力中心扩容。（市数据局负责）\n"
        "二、保障措施\n"
        "　　加强组织领导，成立工作专班，每季度通报推进情况。\n"
        "\n"
        "　　附件：某市“人工智能+”行动重点项目表（略）\n"
        "\n"
        "某市人民政府办公室　　2026年2月10日印发\n"
    )
    titles = [t["title"] for t in _tasks(_draft(text))]
    assert titles == ["建设算力中心", "加强组织领导"]


# 4. A task list's row holds a figure and the time the row is done by (完成时限 2026年底前) in a
#    plan of several years: the figure is due that year, not at the plan's end.

_TASK_LIST_WITH_TIMES = (
    "某市“人工智能+政务服务”行动方案（2026—2027年）\n"
    "一、总体要求\n"
    "到2027年底，高频事项平均办理时长压缩50%。\n"
    "二、重点任务\n"
    "实施3项重点任务（详见附件）。\n"
    "附件\n"
    "某市“人工智能+政务服务”重点任务清单\n"
    "序号 | 重点任务 | 具体内容 | 牵头单位 | 责任单位 | 完成时限\n"
    "1 | 建设政务知识库 | 汇聚办事指南等知识1万条以上 | 市数据局 | 市政务办 | 2026年6月底前\n"
    "2 | 打造智能导办服务 | 实现90%以上政务服务事项智能导办 | 市政务办 | 市数据局 | 2026年底前\n"
    "3 | 推行智能预审 | 申报材料智能预审覆盖率达到85% | 市政务办 | 市人社局 | 2027年6月底前\n"
)


def test_a_figure_in_a_task_list_row_is_due_in_the_year_of_the_rows_time():
    data = _draft(_TASK_LIST_WITH_TIMES)
    assert sorted(_targets(data)) == [
        (50, "%", "eq", 2027),
        (85, "%", "eq", 2027),
        (90, "%", "gte", 2026),
        (10000, "条", "gte", 2026),
    ]


# 5. A doubling over a base year right before the level it reaches (规模较2025年翻一番，
#    达到160亿元) states that level a second way, as a growth multiple does (增长2倍，达到…):
#    one target, the level.


def test_a_doubling_before_the_level_it_reaches_is_one_target():
    text = (
        "某市人工智能产业发展行动方案（2026—2030年）\n"
        "一、发展目标\n"
        "到2030年，人工智能核心产业规模较2025年翻一番，达到160亿元，智能算力规模较2025年实现倍增，"
        "达到2000P以上。\n"
        "二、重点任务\n"
        "（一）建设算力中心。推动算力中心扩容。（市数据局负责）\n"
    )
    assert _targets(_draft(text)) == [(160, "亿元", "eq", 2030), (2000, "P", "gte", 2030)]


# 6. Government-service indicators name a rate with a numeral in it (一次通过率, 一次办结率): the
#    numeral counts nothing; the rate is the one target.
# 7. A share of money (政策兑现资金占比达到60%, 财政资金比重) is a measured level, no term of
#    support.

_SERVICE_RATES = (
    "某市“人工智能+政务服务”行动方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）推行智能预审。推行材料智能预审，申报材料一次通过率提升至85%。（市政务办负责）\n"
    "（二）推行智能审批。推行无人干预自动审批，高频事项一次办结率达到95%以上。（市政务办负责）\n"
    "（三）建设惠企政策平台。推动惠企政策“免申即享”，“免申即享”政策兑现资金占比达到60%。"
    "（市财政局负责）\n"
)


def test_a_rate_with_a_numeral_in_its_name_is_one_target():
    assert _targets(_draft(_SERVICE_RATES))[:2] == [(85, "%", "eq", 2027), (95, "%", "gte", 2027)]


def test_a_share_of_money_reached_is_a_target():
    assert (60, "%", "eq", 2027) in _targets(_draft(_SERVICE_RATES))


def test_points_may_follow_the_annotation_of_the_point_before_with_no_separator():
    """Rule 2 written another way: each point a sentence, the next opening right after the
    bracket that closes the annotation ("…。（X牵头，Y配合）二是…")."""
    text = (
        "某区“人工智能+”行动方案（2026—2027年）\n"
        "一、重点任务\n"
        "（一）夯实底座。一是建设算力中心，推动扩容。（区发改局牵头，区科技局配合）二是推进数据汇聚，"
        "建设数据空间。〔区数据局负责〕三是完善网络设施，推动5G覆盖。(区建设局负责)\n"
    )
    tasks = _tasks(data := _draft(text))
    assert [t["title"] for t in tasks] == ["建设算力中心", "推进数据汇聚", "完善网络设施"]
    assert _roles(data, tasks[0]) == {"lead": ["区发改局"], "supporting": ["区科技局"]}
    assert _roles(data, tasks[1]) == {"responsible": ["区数据局"]}
