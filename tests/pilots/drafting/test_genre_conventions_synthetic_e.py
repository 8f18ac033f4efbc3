"""Conventions of the genre that the synthetic_e set (SYNTHETIC_E.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft, _roles, _targets, _tasks

# 1. Items numbered with the parenthesised-digit characters ⑴⑵⑶ (one character each, U+2474…, what
#    a word processor's "(1)" list prints) are the items (1)(2)(3): under a chapter with no "1."
#    level they are its tasks.

_PAREN_DIGIT_CHARS = (
    "某县“人工智能+”行动实施方案\n二、重点任务\n（一）算力筑基行动\n"
    "⑴建设县域算力中心。建设面向人工智能训练的算力中心。（责任单位：县数据局、县经信局）\n"
    "⑵推进数据开放。完善公共数据资源目录。（责任单位：县数据局）\n"
    "（二）场景拓展行动\n"
    "⑴推广政务大模型。推动高频事项智能办理。（责任单位：县行政服务中心）\n"
)


def test_items_numbered_with_parenthesised_digit_characters_are_tasks():
    tasks = _tasks(data := _draft(_PAREN_DIGIT_CHARS))
    assert [t["title"] for t in tasks] == ["建设县域算力中心", "推进数据开放", "推广政务大模型"]
    assert _roles(data, tasks[0]) == {"responsible": ["县数据局", "县经信局"]}


# 2. Items numbered by ordinals with a comma ("第一，" "第二，", restarting in each chapter) are
#    numbered items like 1. 2.: the chapter's tasks, and in a safeguard part its items, titled
#    without the ordinal.

_ORDINAL_ITEMS = (
    "某市推进“人工智能+”行动工作方案（2026—2028年）\n二、重点任务\n（一）夯实智能底座\n"
    "第一，建设智能算力中心。统筹全市算力资源布局。（牵头单位：市发改委；协同单位：市数据局）\n"
    "第二，推进数据开发利用。建成行业高质量数据集30个以上。（牵头单位：市数据局）\n"
    "（二）深化融合应用\n"
    "第一，人工智能+文化旅游。推广智能导览。（市文化和旅游局负责）\n"
    "三、保障措施\n"
    "第一，加强统筹协调。建立工作推进机制。\n"
    "第二，强化安全保障。健全安全风险评估机制。\n"
)


def test_items_numbered_by_ordinals_with_a_comma_are_tasks():
    tasks = _tasks(data := _draft(_ORDINAL_ITEMS))
    assert [t["title"] for t in tasks] == [
        "建设智能算力中心",
        "推进数据开发利用",
        "人工智能+文化旅游",
        "加强统筹协调",
        "强化安全保障",
    ]
    assert _roles(data, tasks[0]) == {"lead": ["市发改委"], "supporting": ["市数据局"]}
    assert _targets(data) == [(30, "个", "gte", 2028)]


# 3. A group heading naming the lead ("（一）算力筑基行动（牵头单位：县发改局）") over items
#    that all name units of their own but no lead ("（责任单位：X、Y）"): the heading's lead leads
#    each item, beside the units the item names itself (otherwise it would cover no item). An item
#    naming its own lead keeps only its own (control); where some items carry no annotation, the
#    heading's covers those and an annotated item keeps its own (test_unseen_conventions).

_LEAD_ON_THE_GROUP = (
    "某县“人工智能+”行动实施方案\n二、重点任务\n（一）算力筑基行动（牵头单位：县发改局）\n"
    "1.建设县域算力中心。建设面向人工智能训练的算力中心。（责任单位：县数据局、县经信局）\n"
    "2.推进数据开放。完善公共数据资源目录。（牵头单位：县数据局；责任单位：县财政局）\n"
    "3.建设时空数据底座。推动多源数据融合。（责任单位：县自然资源局）\n"
)


@pytest.mark.parametrize("numbers", [("1.", "2.", "3."), ("⑴", "⑵", "⑶")], ids=["1.", "⑴"])
def test_a_group_headings_lead_leads_the_items_naming_no_lead(numbers):
    text = _LEAD_ON_THE_GROUP
    for printed, number in zip(("1.", "2.", "3."), numbers, strict=True):
        text = text.replace(printed, number)
    tasks = _tasks(data := _draft(text))
    assert [t["title"] for t in tasks] == ["建设县域算力中心", "推进数据开放", "建设时空数据底座"]
    assert _roles(data, tasks[0]) == {"lead": ["县发改局"], "responsible": ["县数据局", "县经信局"]}
    assert _roles(data, tasks[2]) == {"lead": ["县发改局"], "responsible": ["县自然资源局"]}
    # control: an item naming its own lead
    assert _roles(data, tasks[1]) == {"lead": ["县数据局"], "responsible": ["县财政局"]}


# 3b. A county bureau printed once by its full name with the place (德清县发展和改革局) and
#     elsewhere by its short form (县发改局) is one body; 发改局 is 发展和改革局.

_FULL_AND_SHORT = (
    "德清县“人工智能+”行动实施方案\n二、重点任务\n（一）算力筑基行动（牵头单位：德清县发展和改革局）\n"
    "1.建设县域算力中心。建设算力中心。（责任单位：县数据局）\n"
    "（二）生态培育行动\n"
    "1.建设创新载体。共建联合实验室。（责任单位：县发改局、县教育局）\n"
)


def test_a_bureau_printed_by_its_full_name_and_its_short_form_is_one():
    data = _draft(_FULL_AND_SHORT, {"slug": "deqing", "name": "德清县", "level": "district"})
    bureaus = [a for a in data["agencies"] if "发" in a["name"]]
    assert [(a["name"], a.get("aliases")) for a in bureaus] == [
        ("德清县发展和改革局", ["县发改局"])
    ]


# 4. The signature closing a document — the issuer on a line, the date under it (…日, or …日印发),
#    a note such as "（此件公开发布）" — is no task and no part of the last task's text, whether the
#    last part's items are numbered or unnumbered paragraphs.

_SIGNED_AFTER_PARAGRAPHS = (
    "某省人民政府关于加快推进“人工智能+”行动的实施意见\n"
    "二、重点任务\n"
    "推进算力设施建设。统筹全省算力布局。〔省发展改革委牵头，省数据局配合〕\n"
    "推动数据集建设。建设行业高质量数据集。〔省数据局负责〕\n"
    "三、保障措施\n"
    "加强组织领导。建立工作推进机制。\n"
    "强化安全保障。健全安全风险评估机制。\n"
    "某省人民政府\n2026年1月28日\n（此件公开发布）\n"
)

_SIGNED_AFTER_ITEMS = (
    "某市“人工智能+”行动工作方案\n二、重点任务\n"
    "1.建设智能算力中心。统筹全市算力资源布局。（牵头单位：市发改委）\n"
    "三、保障措施\n"
    "1.加强统筹协调。建立工作推进机制。\n"
    "2.营造良好氛围。加强政策解读。\n"
    "某市人民政府办公室\n2026年2月26日印发\n"
)


def test_the_signature_closing_a_document_is_no_task():
    tasks = _tasks(_draft(_SIGNED_AFTER_PARAGRAPHS))
    assert [t["title"] for t in tasks] == [
        "推进算力设施建设",
        "推动数据集建设",
        "加强组织领导",
        "强化安全保障",
    ]
    assert tasks[-1]["text"] == "强化安全保障。健全安全风险评估机制。"
    tasks = _tasks(_draft(_SIGNED_AFTER_ITEMS))
    assert [t["title"] for t in tasks] == ["建设智能算力中心", "加强统筹协调", "营造良好氛围"]
    assert tasks[-1]["text"] == "营造良好氛围。加强政策解读。"


# 5. A customs district (昆明海关, X海关) is a body: an annotation naming one beside the province's
#    departments assigns them all.

_CUSTOMS_LEADS = (
    "某省人民政府关于加快推进“人工智能+”行动的实施意见\n二、重点任务\n"
    "推进智慧口岸建设。推广智能查验。〔省商务厅、某市海关牵头，省交通运输厅配合〕\n"
    "推动数据集建设。建设行业高质量数据集。〔省数据局负责〕\n"
)


def test_a_customs_district_is_a_body():
    tasks = _tasks(data := _draft(_CUSTOMS_LEADS, PROVINCE))
    assert _roles(data, tasks[0]) == {
        "lead": ["省商务厅", "某市海关"],
        "supporting": ["省交通运输厅"],
    }


# 6. A budget the treasury allocates (省级财政每年统筹安排…专项资金不少于5亿元) is a term of the
#    plan's support, not a target, though a comparator follows its 资金; a level of spending the
#    plan commits to (全社会研发经费投入年均增长10%以上) stays a target (control).

_TREASURY_BUDGET = (
    "某省人民政府关于加快推进“人工智能+”行动的实施意见\n一、总体要求\n"
    "到2027年，全社会研发经费投入年均增长10%以上，人工智能企业突破1000家。\n"
    "二、保障措施\n"
    "加大资金支持。省级财政每年统筹安排人工智能发展相关专项资金不少于5亿元，支持算力设施建设。\n"
    "强化安全保障。健全安全风险评估机制。\n"
)


def test_a_budget_the_treasury_allocates_is_no_target():
    assert sorted(_targets(_draft(_TREASURY_BUDGET, PROVINCE))) == [
        (10, "%", "gte", 2027),
        (1000, "家", "gt", 2027),
    ]


# 7. A growth multiple right before the level it reaches (智能算力规模增长2倍，达到1.5万P左右)
#    states that level a second way: one target, the level. A multiple with no level after it
#    (数据交易额增长1倍) stays a target of its own (control).

_MULTIPLE_THEN_LEVEL = (
    "某省人工智能行动方案\n一、总体要求\n"
    "到2027年，智能算力规模增长2倍，达到1.5万P左右；数据交易额增长1倍，人工智能企业突破1000家。\n"
    "二、重点任务\n"
    "推进算力设施建设。统筹全省算力布局。〔省发展改革委负责〕\n"
    "推动数据集建设。建设行业高质量数据集。〔省数据局负责〕\n"
)


def test_a_growth_multiple_restated_by_the_level_it_reaches_is_one_target():
    assert sorted(_targets(_draft(_MULTIPLE_THEN_LEVEL, PROVINCE))) == [
        (1, "倍", "eq", 2027),
        (1000, "家", "gt", 2027),
        (15000, "P", "approx", 2027),
    ]


# 8. The signature's date printed in Chinese numerals (二〇二六年二月十日, as many offices
#    still print it) closes the document as an Arabic one does.

_SIGNED_IN_CHINESE_NUMERALS = (
    "某县“人工智能+”行动实施方案\n二、重点任务\n"
    "1.建设县域算力中心。建设算力中心。（责任单位：县数据局）\n"
    "三、保障措施\n"
    "1.加强组织领导。成立工作专班。\n"
    "2.加大资金投入。县财政每年安排专项资金。\n"
    "某县人民政府办公室\n二〇二六年二月十日\n"
)


def test_a_signature_dated_in_chinese_numerals_is_no_task_text():
    tasks = _tasks(_draft(_SIGNED_IN_CHINESE_NUMERALS))
    assert [t["title"] for t in tasks] == ["建设县域算力中心", "加强组织领导", "加大资金投入"]
    assert tasks[-1]["text"] == "加大资金投入。县财政每年安排专项资金。"


# 9. A group heading carrying the lead at its end ("（一）算力筑基行动（牵头单位：县发改局）") over
#    unnumbered paragraphs, each a lead phrase, its text and an annotation of its own: each
#    paragraph is a task of the group (as under a bare heading), led by the heading's lead beside
#    its own units. A heading with its annotation over one paragraph of text stays one task.

_LEAD_OVER_PARAGRAPHS = (
    "某县“人工智能+”行动实施方案（2026—2027年）\n二、重点任务\n"
    "（一）算力筑基行动（牵头单位：县发改局）\n"
    "建设县域算力中心。建设面向人工智能训练的算力中心。（责任单位：县数据局、县经信局）\n"
    "推进数据授权运营。完善公共数据资源目录。（责任单位：县数据局）\n"
    "（二）加强组织领导（牵头单位：县数据局）\n"
    "成立工作专班，统筹推进各项任务落实。\n"
)


def test_a_group_headings_lead_over_annotated_paragraphs():
    tasks = _tasks(data := _draft(_LEAD_OVER_PARAGRAPHS))
    assert [t["title"] for t in tasks] == ["建设县域算力中心", "推进数据授权运营", "加强组织领导"]
    assert _roles(data, tasks[0]) == {"lead": ["县发改局"], "responsible": ["县数据局", "县经信局"]}
    assert _roles(data, tasks[1]) == {"lead": ["县发改局"], "responsible": ["县数据局"]}
    assert _roles(data, tasks[2]) == {"lead": ["县数据局"]}  # control


# 10. A collective printed once with 人民政府 and once with 政府 (各区县（自治县）人民政府 /
#     各区县（自治县）政府) is one collective: 政府 is the short form of 人民政府.

_COLLECTIVE_TWO_FORMS = (
    "某市“人工智能+”行动方案（2026—2027年）\n二、重点任务\n"
    "1.建设智能算力中心。统筹算力布局。（牵头单位：市发展改革委；配合单位：各区县（自治县）人民政府）\n"
    "2.推进数据开发利用。完善目录。（市大数据发展局牵头，各区县（自治县）政府负责落实）\n"
)


def test_a_collective_printed_with_and_without_renmin_is_one():
    data = _draft(_COLLECTIVE_TWO_FORMS)
    collectives = [a for a in data["agencies"] if a["name"].startswith("各")]
    assert [(a["name"], a.get("aliases")) for a in collectives] == [
        ("各区县(自治县)人民政府", ["各区县(自治县)政府"])
    ]


# 11. Ordinals with a 、 ("第一、" "第二、") number items as "第一，" does.


def test_items_numbered_by_ordinals_with_a_dun_are_tasks():
    text = _ORDINAL_ITEMS.replace("第一，", "第一、").replace("第二，", "第二、")
    tasks = _tasks(data := _draft(text))
    assert [t["title"] for t in tasks] == [
        "建设智能算力中心",
        "推进数据开发利用",
        "人工智能+文化旅游",
        "加强统筹协调",
        "强化安全保障",
    ]
    assert _roles(data, tasks[0]) == {"lead": ["市发改委"], "supporting": ["市数据局"]}


# 12. Unnumbered paragraphs each closing with an annotation of their own are items even when a
#     lead phrase is longer than a name or lists things with 、 ("推动人工智能与有色金属、绿色硅、
#     新能源电池等重点产业链深度融合发展。…〔…〕"): each a task titled by its phrase before the 。.

_LONG_LEAD_PHRASES = (
    "某省人民政府关于加快推进“人工智能+”行动的实施意见\n一、总体要求\n"
    "到2027年，全省人工智能核心产业规模突破800亿元。\n"
    "二、推进产业赋能\n"
    "推动人工智能与有色金属、绿色硅、新能源电池等重点产业链深度融合发展。推广工业大模型。"
    "〔省工业和信息化厅牵头，省发展改革委配合〕\n"
    "人工智能+绿色能源。推动智能调度。〔省能源局负责〕\n"
)


def test_annotated_paragraphs_with_long_lead_phrases_are_tasks():
    tasks = _tasks(data := _draft(_LONG_LEAD_PHRASES, PROVINCE))
    assert [t["title"] for t in tasks] == [
        "推动人工智能与有色金属、绿色硅、新能源电池等重点产业链深度融合发展",
        "人工智能+绿色能源",
    ]
    assert _roles(data, tasks[0]) == {"lead": ["省工业和信息化厅"], "supporting": ["省发展改革委"]}


# 13. ... also after an intro paragraph of the part's own words ("围绕重点产业链，推动…。"), which
#     is the section's text, no task.


def test_annotated_paragraphs_with_long_lead_phrases_after_an_intro_are_tasks():
    text = _LONG_LEAD_PHRASES.replace(
        "二、推进产业赋能\n", "二、推进产业赋能\n围绕重点产业链，推动人工智能全面赋能实体经济。\n"
    )
    tasks = _tasks(data := _draft(text, PROVINCE))
    assert [t["title"] for t in tasks] == [
        "推动人工智能与有色金属、绿色硅、新能源电池等重点产业链深度融合发展",
        "人工智能+绿色能源",
    ]
    assert _roles(data, tasks[1]) == {"responsible": ["省能源局"]}
