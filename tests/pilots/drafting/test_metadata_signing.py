"""Particulars the layout of a PDF or a page spoils: the date beside a note or its issuer, bodies
each dating their signature, bodies parted by spaces or run together, a 文号 in traditional
characters, a title broken over two lines. Each with a near form that must stay as it is read."""

from pilots.drafting import plan_draft
from pilots.drafting.metadata import _bodies_apart

PLAN = [
    "江南省数据工作方案（2026—2027年）",
    "一、重点任务",
    "（一）建设平台。到2027年，建成平台1个。",
]


def _plan(*lines: str) -> dict:
    text = "\n".join([*lines, *PLAN]) if lines[-1:] != ("",) else "\n".join(lines)
    return plan_draft(text, zone_slug="jiangnan", source_file="n.txt").data["plan"]


NOTICE = ["江政办发〔2026〕3号", "各市人民政府：", "现将方案印发给你们。"]


def test_a_date_with_its_note_on_the_same_line_dates_the_plan():
    plan = _plan(*NOTICE, "江南省人民政府办公厅", "2026年3月20日（此件公开发布）")
    assert (plan["issued_on"], plan["issuer"]) == ("2026-03-20", "江南省人民政府办公厅")
    misread = _plan(*NOTICE, "江南省人民政府", "2026年4月2曰")  # 日 read as 曰 from a scan
    assert misread["issued_on"] == "2026-04-02"


def test_the_issuer_and_the_date_run_into_one_line():
    plan = _plan(*NOTICE, "江南省人民政府办公厅 2026年4月28日")
    assert (plan["issued_on"], plan["issuer"]) == ("2026-04-28", "江南省人民政府办公厅")
    sentence = _plan(*NOTICE[:2], "请于2026年4月28日前报送省数据局，2026年4月28日")
    assert "issued_on" not in sentence  # a sentence, not a signature


def test_a_date_line_of_the_usual_form_outranks_a_row_with_a_date():
    plan = _plan(*NOTICE, "江南省数据局 2026年6月30日", "江南省人民政府办公厅", "2026年3月5日", "")
    assert plan["issued_on"] == "2026-03-05"


def test_bodies_each_dating_their_signature_all_issue_it_on_the_last_date():
    plan = _plan(*NOTICE, "江南省工业和信息化厅", "2026年5月8日", "江南省财政厅", "2026年5月11日")
    assert (plan["issued_on"], plan["issuer"]) == (
        "2026-05-11",
        "江南省工业和信息化厅、江南省财政厅",
    )
    alone = _plan(*NOTICE, "江南省工业和信息化厅", "2026年5月8日")
    assert (alone["issued_on"], alone["issuer"]) == ("2026-05-08", "江南省工业和信息化厅")


def test_bodies_parted_by_spaces_or_run_together_and_a_name_spaced_out():
    assert _bodies_apart("珂川省人民政府办公厅\u3000\u3000洄岳省人民政府办公厅") == [
        "珂川省人民政府办公厅",
        "洄岳省人民政府办公厅",
    ]
    assert _bodies_apart("珂川省人民政府办公厅洄岳省人民政府办公厅") == [
        "珂川省人民政府办公厅",
        "洄岳省人民政府办公厅",
    ]
    assert _bodies_apart("滹 阳 市 人 民 政 府") == ["滹阳市人民政府"]
    assert _bodies_apart("滹阳市人民政府 滹阳市人民政府") == ["滹阳市人民政府"]  # and its seal
    assert _bodies_apart("福州市人民政府办公厅（福州市大数据管理局）") == [
        "福州市人民政府办公厅（福州市大数据管理局）"
    ]
    assert _bodies_apart("天津市人民政府国有资产监督管理委员会") == [
        "天津市人民政府国有资产监督管理委员会"
    ]


def test_a_doc_number_in_traditional_characters_is_read_in_simplified_ones():
    heading = "香洲区人民政府办公室关于印发香洲区数据工作方案（2026—2027年）的通知"
    issued = "现将《香洲区数据工作方案（2026—2027年）》印发给你们，请认真贯彻落实。"
    notice = [heading, "各镇人民政府，区直各单位：", issued, "香洲区人民政府办公室", "2026年3月2日"]
    plan = _plan("香府辦〔2026〕5號", *notice)  # in a text of simplified characters
    assert plan["doc_number"] == "香府办〔2026〕5号"
    assert _plan(*NOTICE, "江南省人民政府办公厅", "2026年3月2日")["doc_number"] == (
        "江政办发〔2026〕3号"
    )


def test_a_title_broken_over_two_lines_is_read_whole():
    plan = _plan(
        "金华市推动低空经济高质量发展",
        "实施方案（2024—2027年）",
        "（征求意见稿）",
        "为贯彻落实党中央、国务院战略部署，结合我市实际，制订本实施方案。",
        "一、重点任务",
        "（一）建设平台。到2027年，建成平台1个。",
        "",
    )
    assert plan["title"] == "金华市推动低空经济高质量发展实施方案（2024—2027年）（征求意见稿）"
    notice = ["滹阳市人民政府", "2026年4月2日"]
    broken = _plan(*NOTICE, *notice, "滹阳市“人工智能+”行动计划（2026—2027", "年）", "")
    assert broken["title"] == "滹阳市“人工智能+”行动计划（2026—2027年）"
    signed = _plan(*NOTICE, *notice, "实施方案（2026—2027年）", "")  # after the signature: no title
    assert signed["title"] == "实施方案（2026—2027年）"


def test_a_page_with_no_signature_is_issued_on_its_tables_date():
    """The portal's 信息公开 table: 成文日期 with its date on the line or the next (the page reader
    sets the table's cells on lines of their own)."""
    assert _plan("索引号：113207/2026-00012", "成文日期：2026-01-15")["issued_on"] == "2026-01-15"
    split = _plan("发布机构：江南省数据局", "成文日期:", "    2026-01-15")
    assert split["issued_on"] == "2026-01-15"


def test_a_pages_posting_date_is_no_issue_date_nor_outranks_the_signature():
    """Controls: 发布时间 is when the page went up; a signing date line is the document's own."""
    assert "issued_on" not in _plan("发布时间：2026-02-01 10:00")
    signed = _plan("成文日期：2026-01-15", *NOTICE, "江南省人民政府办公厅", "2026年1月12日")
    assert signed["issued_on"] == "2026-01-12"
