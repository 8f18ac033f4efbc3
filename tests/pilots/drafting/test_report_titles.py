"""A bureau's 工作总结及工作计划 report drafted as a plan (seen in the demo, 2026-12-07): its title
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
