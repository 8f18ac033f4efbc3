"""Conventions of the genre that the sixth held-out collection (HELDOUT6.md, measurement 1) showed
the importer missing, each as a short text written to test the form (not a copy of a real plan),
drafted end to end through ``plan_draft``. Each failed on the importer of e342483."""

from tests.pilots.drafting.test_genre_conventions import PROVINCE, _tasks
from tests.pilots.drafting.test_genre_conventions_round5 import _draft, _targets


def test_session_ordinals_words_with_一_and_scope_counts_after_紧扣_are_no_targets():
    data = _draft(
        "某市2026年数字政府建设工作要点\n"
        "为贯彻市委八届六次全会精神，按照全市数字政府一体化建设的统一部署，紧扣省数字政府27项考核指标，"
        "制定本要点。到2026年，全市政务服务事项网上可办率达到95%以上。\n"
        "一、夯实数字底座\n（一）建设政务云。建设政务云平台。"
    ).data
    assert _targets(data) == [("政务服务事项网上可办率", "gte", 95, "%", 2026)]


def test_a_news_lead_repeating_the_goals_before_the_plan_s_own_title_is_not_plan_text():
    data = _draft(
        "某省印发数字经济行动方案\n"
        "记者3月2日获悉，某省印发《某省数字经济高质量发展行动方案》。其中提到，到2027年，"
        "全省数字经济核心产业增加值达到3000亿元，培育50家以上数字经济领军企业。\n"
        "某省数字经济高质量发展行动方案\n"
        "为推动数字经济高质量发展，制定本方案。\n"
        "一、总体要求\n"
        "坚持创新驱动。到2027年，全省数字经济核心产业增加值达到3000亿元，培育40家以上"
        "数字经济领军企业。\n"
        "二、重点任务\n（一）建设算力网络。建设算力网络。",
        PROVINCE,
    ).data
    assert sorted(_targets(data)) == [
        ("数字经济核心产业增加值", "eq", 3000, "亿元", 2027),
        ("数字经济领军企业", "gte", 40, "家", 2027),
    ]


def test_a_report_site_s_chunk_markers_are_not_the_document_s_numbering():
    data = _draft(
        "《某市数据要素市场化配置改革三年行动方案(2024-2026年).docx》由会员分享，可在线阅读。\n"
        "1、某市数据要素市场化配置改革三年行动方案(2024-2026年)为激活数据要素潜能，结合我市实际，"
        "制定本方案。一、指导思想坚持系统谋划，在数据基础设施、数据资源体系、数据流通交易、数据赋能产业"
        "发展等领域开展引领示范，加快构建全市一体化的数据要素市场体系，充分释放公共数\n"
        "2、据价值，激发社会数据活力，为打造数字经济样板贡献力量。二、发展目标到2025年底，培育数据"
        "服务商20家以上。"
    ).data
    assert _tasks(data) == []
    assert _targets(data) == [("数据服务商", "gte", 20, "家", 2025)]


def test_a_digest_of_numbered_headings_each_with_its_annotation_run_together_on_one_line():
    # a web copy of measures: headings and annotations only, one line, numbering with gaps, stray
    # ",," / ",、" between names, a part heading "二,、" with no 一、 before, the copy cut in a list
    data = _draft(
        "某市支持智能制造发展若干措施\n"
        "(责任单位:市商务局)(二)支持企业数字化改造,,(责任单位:市工业和信息化局,、市财政局)"
        "(四)强化龙头企业培育,(责任单位:市发展改革委,、市商务局)二,、鼓励技术创新"
        "(六)支持关键技术攻关,,(责任单位:市科技局、市财政局)(九)拓展应用场景,,(责任单位:市交通运输局,、市"
    ).data
    tasks = {t["title"]: t.get("responsible", []) for t in _tasks(data)}
    assert tasks == {
        "支持企业数字化改造": ["industry-it", "finance"],
        "强化龙头企业培育": ["development-reform", "commerce"],
        "支持关键技术攻关": ["science-tech", "finance"],
        "拓展应用场景": ["transport"],
    }
    assert [s["numbering"] for s in data["sections"]][-1] == "二、"
    assert sorted(a["code"] for a in data["agencies"]) == [
        "commerce",
        "development-reform",
        "finance",
        "industry-it",
        "science-tech",
        "transport",
    ]
