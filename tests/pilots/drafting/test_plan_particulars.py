"""A plan's particulars as offices print them: title, period and 文号.

A bureau's 工作总结及工作计划 report drafted as a plan (seen in the demo, 2026-12-07): its title
line ends in 的报告, so neither title form matched and the first numbered part heading
(三、2026年工作计划) was taken for the title — and the zone named 三、市 after it. The period was
dated from the summary's year once the title was right. Each test failed on 4cd046f2 but the
period's (the wrong title happened to date it right) and the control."""

from pilots.drafting.importer import plan_draft
from tests.pilots.drafting.test_genre_conventions import _draft

_REPORT = (
    "秦川市工业和信息化局\n"
    "秦工信报〔2026〕3号\n"
    "秦川市工业和信息化局关于2025年人工智能产业发展工作总结及2026年工作计划的报告\n"
    "市人民政府：\n"
    "现将我局2025年人工智能产业发展工作总结及2026年工作计划报告如下。\n"
    "一、2025年工作完成情况\n"
    "全市人工智能核心产业规模达到86.5亿元，同比增长23.6%。\n"
    "二、存在的问题\n"
    "高端人才不足，算力成本偏高。\n"
    "三、2026年工作计划\n"
    "到2026年底，全市人工智能核心产业规模达到100亿元。\n"
    "（一）建设智算中心二期。新增智能算力300P。（牵头单位：市发展改革委；配合单位：市数据局）\n"
    "（二）培育骨干企业。新培育人工智能企业30家。（牵头单位：市工业和信息化局）\n"
    "秦川市工业和信息化局\n"
    "2026年1月16日\n"
)


def test_a_report_titled_as_one_keeps_its_title_line():
    plan = _draft(_REPORT)
    assert plan["plan"]["title"] == (
        "秦川市工业和信息化局关于2025年人工智能产业发展工作总结及2026年工作计划的报告"
    )


def test_a_new_zone_is_named_by_the_report_title_place():
    draft = plan_draft(_REPORT, zone_slug="qinchuan", source_file="x.txt")
    assert draft.data["zone"]["name"] == "秦川市"


def test_the_year_a_report_looks_back_on_does_not_open_its_period():
    plan = _draft(_REPORT)
    assert (plan["plan"]["period_start"], plan["plan"]["period_end"]) == (2026, 2026)


def test_a_numbered_heading_is_never_a_title():
    text = _REPORT.replace(
        "秦川市工业和信息化局关于2025年人工智能产业发展工作总结及2026年工作计划的报告\n", ""
    )
    assert not _draft(text)["plan"]["title"].startswith("三、")


def test_control_a_work_plan_title_is_still_read():
    text = _REPORT.replace(
        "秦川市工业和信息化局关于2025年人工智能产业发展工作总结及2026年工作计划的报告",
        "秦川市2026年人工智能产业发展工作计划",
    )
    plan = _draft(text)
    assert plan["plan"]["title"] == "秦川市2026年人工智能产业发展工作计划"
    assert plan["plan"]["period_start"] == 2026


# The particulars a leader reads at the top of every plan page — its 文号, title and period — as
# offices print them (corpus survey 2026-12-07: the 文号 of 45 synthetic documents that print one
# was drafted for 16 only). Each test failed on 4cd046f2 unless marked a control.

_PLAN = (
    "一、工作目标\n"
    "到2027年，全市人工智能核心产业规模达到100亿元。\n"
    "二、重点任务\n"
    "（一）建设智算中心。新增智能算力300P。（牵头单位：市发展改革委）\n"
)

_PORTAL = """<html><head>
<title>秦川市“人工智能+”行动方案（2026—2027年）_通知公告_秦川市人民政府</title></head>
<body><div class="header"><h1 class="site-name">秦川市人民政府</h1></div>
<table class="xxgk"><tr><td>索引号：</td><td>11610000/2026-00031</td><td>文号：</td>
<td>秦政办发〔2026〕11号</td></tr><tr><td>发布日期：</td><td>2026-03-24</td></tr></table>
<h2 class="article-title">秦川市“人工智能+”行动方案（2026—2027年）</h2>
<div class="article">{body}</div>
<div class="footer">版权所有：秦川市人民政府办公室</div></body></html>"""


_LONG_PLAN = _PLAN + "".join(
    f"（{n}）推进第{n}批应用场景建设。发布应用场景{n}0个。（牵头单位：市数据局）\n"
    for n in "二三四五六七八九十"
)


def _page_draft(html: str) -> dict:
    from pilots.drafting.inputs import document_from_bytes

    text = document_from_bytes("page.html", html.encode()).text
    return plan_draft(text, zone_slug="qinchuan", source_file="page.html").data


def test_a_portal_page_gives_the_doc_number_of_its_information_table():
    body = "".join(f"<p>{line}</p>" for line in _PLAN.splitlines())
    plan = _page_draft(_PORTAL.format(body=body))["plan"]
    assert plan["doc_number"] == "秦政办发〔2026〕11号"


def test_a_portal_page_is_titled_by_the_heading_its_title_tag_names():
    body = "".join(f"<p>{line}</p>" for line in _LONG_PLAN.splitlines())
    plan = _page_draft(_PORTAL.format(body=body))["plan"]
    assert plan["title"] == "秦川市“人工智能+”行动方案（2026—2027年）"


def test_a_doc_number_run_into_the_notice_title_is_read():
    text = "关于印发秦川市2026年“人工智能+”行动工作要点的通知秦政办〔2026〕5 号\n" + _PLAN
    assert _draft(text)["plan"]["doc_number"] == "秦政办〔2026〕5号"


def test_a_red_head_number_beside_its_signer_is_read():
    text = "秦川市工业和信息化局文件\n秦工信发〔2026〕3号　　　签发人：周立衡\n" + _PLAN
    assert _draft(text)["plan"]["doc_number"] == "秦工信发〔2026〕3号"


def test_a_joint_notice_is_numbered_by_its_first_issuer():
    text = "秦卫发〔2026〕18号秦发改社会〔2026〕9号秦数发〔2026〕4号\n" + _PLAN
    assert _draft(text)["plan"]["doc_number"] == "秦卫发〔2026〕18号"


def test_control_a_document_the_preamble_cites_is_no_doc_number():
    text = (
        "秦川市“人工智能+”行动方案\n"
        "根据《国务院关于印发新一代人工智能发展规划的通知》（国发〔2017〕35号）精神，制定本方案。\n"
    ) + _PLAN
    assert "doc_number" not in _draft(text)["plan"]


def test_a_period_printed_under_the_title_belongs_to_it():
    plan = _draft("秦川市“人工智能+”行动计划\n（2026—2028年）\n" + _PLAN)["plan"]
    assert plan["title"] == "秦川市“人工智能+”行动计划（2026—2028年）"
    assert (plan["period_start"], plan["period_end"]) == (2026, 2028)


def test_a_draft_mark_printed_under_the_title_belongs_to_it():
    plan = _draft("秦川市人工智能产业发展工作方案\n（征求意见稿）\n" + _PLAN)["plan"]
    assert plan["title"] == "秦川市人工智能产业发展工作方案（征求意见稿）"


def test_control_the_signing_date_under_the_title_is_no_part_of_it():
    plan = _draft("秦川市“人工智能+”行动计划\n（2026年3月12日）\n" + _PLAN)["plan"]
    assert plan["title"] == "秦川市“人工智能+”行动计划"


def test_a_fifteenth_five_year_plan_runs_2026_to_2030():
    plan = _draft("秦川市“十五五”人工智能产业发展规划\n" + _PLAN)["plan"]
    assert (plan["period_start"], plan["period_end"]) == (2026, 2030)


def test_control_a_sentence_naming_a_five_year_plan_dates_nothing():
    text = "2025年是“十四五”规划收官之年，也是谋划“十五五”的关键之年。\n" + _PLAN
    assert _draft(text)["plan"]["period_start"] != 2021


def test_a_joint_notice_is_issued_by_every_body_signing_it():
    text = _PLAN + (
        "秦川市卫生健康委员会　　秦川市数据局\n"
        "秦川市人民政府办公厅（秦川市大数据管理局）　　秦川市医疗保障局\n"
        "2026年3月20日\n"
    )
    assert _draft(text)["plan"]["issuer"] == (
        "秦川市卫生健康委员会、秦川市数据局、秦川市人民政府办公厅（秦川市大数据管理局）、"
        "秦川市医疗保障局"
    )


def test_a_joint_heading_names_its_issuers_apart():
    text = "中共秦川市委 秦川市人民政府关于深入实施“人工智能+”行动的实施意见\n" + _PLAN
    assert _draft(text)["plan"]["issuer"] == "中共秦川市委、秦川市人民政府"


def test_control_one_body_signing_stays_one_issuer():
    text = _PLAN + "中共秦川市委网络安全和信息化委员会办公室\n2026年3月20日\n"
    assert _draft(text)["plan"]["issuer"] == "中共秦川市委网络安全和信息化委员会办公室"
