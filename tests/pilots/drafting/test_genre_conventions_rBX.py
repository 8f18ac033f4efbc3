# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bx set (SYNTHETIC_BX.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _targets, _tasks

# 1. A bilingual plan prints each Chinese paragraph followed by its English translation. The
#    Chinese text is the plan; the English paragraph (Latin script, right after a Chinese one)
#    translates it and adds nothing: no goal, target or task of its own. Before, the English
#    goal paragraph's figures were drafted as targets beside the Chinese ones.

_BILINGUAL = (
    "某市推进人工智能发展行动方案\n"
    "Action Plan of a City for Advancing Artificial Intelligence\n"
    "一、总体目标\n"
    "I. Overall Goals\n"
    "到2027年，全市建成智能算力中心2个，人工智能核心产业规模达到60亿元。\n"
    "By 2027, the city will have built 2 intelligent computing centres, and the core AI industry will reach 6 billion yuan.\n"
    "二、重点任务\n"
    "II. Key Tasks\n"
    "（一）建设算力设施。统筹布局智算中心，新增智能算力30P。（牵头单位：市发展改革局）\n"
    "(1) Building computing facilities. Plan intelligent computing centres, adding 30P of intelligent computing power. (Lead: Municipal Development and Reform Bureau)\n"
    "（二）推广智能应用。开展应用试点，培育典型场景15个。（责任单位：市工业和信息化局）\n"
    "(2) Promoting smart applications. Carry out pilots and foster 15 typical scenarios. (Responsible: Municipal Bureau of Industry and IT)\n"
)


def test_an_english_translation_paragraph_adds_no_target():
    data = _draft(_BILINGUAL)
    assert sorted(_targets(data)) == sorted(
        [
            (2, "个", "eq", 2027),
            (60, "亿元", "eq", 2027),
            (30, "P", "eq", 2027),
            (15, "个", "eq", 2027),
        ]
    )
    assert [t["title"] for t in _tasks(data)] == ["建设算力设施", "推广智能应用"]


_LATIN_IN_PLAN = (
    "某市推进人工智能发展行动方案\n"
    "一、总体目标\n"
    "到2027年，全市建成智能算力中心2个。\n"
    "二、重点任务\n"
    "（一）建设算力设施。统筹布局智算中心，新增智能算力30P。（牵头单位：市发展改革局）\n"
    "（二）推广AI应用。支持企业接入DeepSeek、Qwen等开源大模型，培育典型场景15个。（责任单位：市工业和信息化局）\n"
)


def test_control_latin_words_inside_a_chinese_paragraph_are_read():
    """Control: a Chinese paragraph naming models in Latin letters (AI, DeepSeek, Qwen) is the
    plan's own text: its task and target stay."""
    data = _draft(_LATIN_IN_PLAN)
    assert (15, "个", "eq", 2027) in _targets(data)
    assert [t["title"] for t in _tasks(data)] == ["建设算力设施", "推广AI应用"]


# 2. A parallel corpus is counted in sentence pairs (句对): 800万句对 is 8000000 句对 (万 multiplied
#    out, as for any count not of money). Before, 句对 was no unit: the figure read as 800 万.

_CORPUS = (
    "某市推进人工智能发展行动方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）建设行业语料库。汇聚政务和产业数据，入库平行语料800万句对，标注行业数据集12个。（牵头单位：市数据局）\n"
)


def test_sentence_pairs_of_a_corpus_are_a_unit():
    assert (8000000, "句对", "eq", 2027) in _targets(_draft(_CORPUS))


def test_control_a_count_in_a_known_unit_stays():
    """Control: 12个 beside it reads as before."""
    assert (12, "个", "eq", 2027) in _targets(_draft(_CORPUS))


# 3. A text copied from a PDF keeps the PDF's lines; the cleaning reads full-width digits as ASCII
#    ones before the lines are joined, so a numbered item's first line (２２．标题。…) measures up to
#    its numbering's ASCII characters short of the page's width. Such a line runs on into the next.
#    Before, "　　22.…不少于" / "5000万元，…" stayed two lines: the budget's 不少于 was cut from
#    its figure, and the second line's head read as text of its own.

_WIDTH = "　　一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四"  # 34 wide


def _wrapped(lines):
    return "某区推进人工智能发展实施方案\n一、重点任务\n" + "\n".join(lines) + "\n"


def test_a_numbered_items_first_line_short_by_its_ascii_number_runs_on():
    from pilots.drafting.wrapped_lines import page_lines_joined

    lines = [
        "　　1.推进算力建设。统筹布局智算中心和边缘算力节点，推动公共算力资源向",
        "企业开放，支持企业开展模型训练和推理应用，提升全区智能算力供给能力，",
        "降低企业用算成本。（責任單位：區發展改革局）",
        "　　2.推广智能应用。围绕制造、交通、医疗、教育等领域开放应用场景，推动",
        "人工智能技术与实体经济深度融合，培育一批可复制可推广的典型应用案例，",
        "打造区域应用标杆。（責任單位：區工業和信息化局）",
        "　　12.加大资金支持。区财政每年统筹安排人工智能发展专项资金不少于",
        "3000万元，支持平台建设、场景开放和人才引育，引导社会资本加大投入力度",
        "，形成多元投入格局。",
    ]
    text, _ = page_lines_joined(_wrapped(lines))
    assert "专项资金不少于3000万元，支持平台建设" in text


def test_control_a_numbered_heading_short_of_the_width_stays_whole():
    """Control: a numbered heading four characters short of the width is a heading line; the
    paragraph below it starts a new line."""
    from pilots.drafting.wrapped_lines import page_lines_joined

    lines = [
        "　　1.推进算力建设。统筹布局智算中心和边缘算力节点，推动公共算力资源向",
        "企业开放，支持企业开展模型训练和推理应用，提升全区智能算力供给能力，",
        "降低企业用算成本。（責任單位：區發展改革局）",
        "　　2.推广智能应用。围绕制造、交通、医疗、教育等领域开放应用场景，推动",
        "人工智能技术与实体经济深度融合，培育一批可复制可推广的典型应用案例，",
        "打造区域应用标杆。（責任單位：區工業和信息化局）",
        "　　12.加大资金支持",
        "区财政每年统筹安排人工智能发展专项资金不少于3000万元，支持平台建设、",
        "场景开放和人才引育。",
        "　　13.强化统筹协调。建立区人工智能工作联席会议制度，由区政府分管领",
        "导召集，统筹推进方案实施、协调解决重大问题，确保各项任务按期完成。",
    ]
    text, _ = page_lines_joined(_wrapped(lines))
    assert "　　12.加大资金支持\n区财政" in text


# 4. A grant to those 对 names, its object qualified with 的 (对新引进的高层次人才给予…补贴): the
#    clause is itself the grant, as 对园区平台建设给予补助 is; after it, only money and rates are its
#    terms, and the body's own undertaking in the next clause (与职业院校共建实训基地3个) is a target.
#    Before, the 的 made the clause a condition governing the rest of the sentence.

_GRANT_THEN_WORK = (
    "某市推进人工智能发展行动方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）加强人才引育。对新引进的高层次人才给予最高50万元生活补贴，与职业院校共建实训基地3个。（牵头单位：市人力资源社会保障局）\n"
    "（二）支持项目建设。对投资额在1000万元以上的项目，给予补助，单个项目补助不超过200万元。（牵头单位：市工业和信息化局）\n"
)


def test_work_after_a_grant_to_a_qualified_object_is_a_target():
    assert (3, "个", "eq", 2027) in _targets(_draft(_GRANT_THEN_WORK))


def test_control_the_grants_sum_and_a_conditions_figures_stay_terms():
    """Control: the grant's own 50万元, the condition's 1000万元 and the cap after it stay no
    targets."""
    values = [t[0] for t in _targets(_draft(_GRANT_THEN_WORK))]
    assert 500000 not in values and 50 not in values
    assert 1000 not in values and 200 not in values
