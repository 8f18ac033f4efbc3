"""Scoring a draft's particulars (title, 文号, issuer, dates, period, zone): right or wrong."""

import io
import json

import yaml
from django.core.management import call_command

from pilots.drafting.evaluation_particulars import particulars_compared

EXPECTED_PLAN = {
    "title": "青山市数据工作方案（2026—2027年）",
    "doc_number": "青府办发〔2026〕3号",
    "issuer": "青山市数据局、青山市财政局",
    "issued_on": "2026-03-05",
    "period_start": 2026,
    "period_end": 2027,
}


def _data(plan: dict, zone: str = "青山市") -> dict:
    return {"zone": {"slug": "qingshan", "name": zone, "level": "city"}, "plan": plan}


def test_a_particular_is_right_in_another_width_and_wrong_when_its_words_differ():
    drafted = {
        "title": "青山市数据工作方案 (2026-2027年)",  # half-width brackets, a hyphen, a space
        "doc_number": "青府办发[2026]3号",  # square brackets for 〔〕
        "issuer": "青山市财政局、青山市数据局",  # the same bodies in another order
        "issued_on": "2026-03-05",
        "period_start": 2026,
        "period_end": 2026,  # wrong
    }
    compared = particulars_compared(_data(drafted), _data(EXPECTED_PLAN))
    assert {name: c["right"] for name, c in compared.items()} == {
        "title": True, "doc_number": True, "issuer": True, "issued_on": True,
        "period_start": True, "period_end": False, "zone_name": True,
    }  # fmt: skip
    assert compared["period_end"] == {"drafted": 2026, "expected": 2027, "right": False}


def test_an_issuer_is_right_only_with_every_body_and_a_number_only_with_its_own_figures():
    drafted = {**EXPECTED_PLAN, "issuer": "青山市数据局", "doc_number": "青府办发〔2026〕8号"}
    compared = particulars_compared(_data(drafted), _data(EXPECTED_PLAN))
    assert not compared["issuer"]["right"]  # one of two bodies
    assert not compared["doc_number"]["right"]
    assert compared["title"]["right"]
    spaced = {**EXPECTED_PLAN, "issuer": "青山市数据局\u3000青山市财政局"}  # a list, by a space
    assert particulars_compared(_data(EXPECTED_PLAN), _data(spaced))["issuer"]["right"]
    one = {**EXPECTED_PLAN, "issuer": "青 山 市 数 据 局"}  # one name spaced out
    assert not particulars_compared(_data(EXPECTED_PLAN), _data(one))["issuer"]["right"]


def test_a_particular_the_extraction_does_not_record_is_not_counted():
    expected = {**EXPECTED_PLAN, "doc_number": None, "issued_on": ""}
    drafted = {key: value for key, value in EXPECTED_PLAN.items() if key != "issuer"}
    compared = particulars_compared(_data(drafted), _data(expected))
    assert "doc_number" not in compared and "issued_on" not in compared
    assert compared["issuer"] == {
        "drafted": None, "expected": "青山市数据局、青山市财政局", "right": False,
    }  # fmt: skip


NOTICE = """关于印发《青山市数据工作方案（2026—2027年）》的通知
青府办发〔2026〕3号
各区人民政府，市直各单位：
现将《青山市数据工作方案（2026—2027年）》印发给你们，请认真贯彻落实。
青山市人民政府办公室
2026年3月5日
青山市数据工作方案（2026—2027年）
一、重点任务
（一）建设数据平台。到2027年，建成数据平台1个。（市数据局负责）
"""


def test_evaluate_drafts_prints_each_particular_right_of_recorded_and_the_wrong_ones(tmp_path):
    (tmp_path / "qingshan.txt").write_text(NOTICE, encoding="utf-8")
    expected = {
        "format": 1,
        "zone": {"slug": "qingshan", "name": "青山市", "level": "city"},
        "plan": {
            **EXPECTED_PLAN,
            "issuer": "青山市人民政府办公室",
            "doc_number": "青府办发〔2026〕4号",  # not the document's: the draft's is counted wrong
        },
        "agencies": [], "goals": [], "sections": [],
    }  # fmt: skip
    (tmp_path / "qingshan.yaml").write_text(yaml.safe_dump(expected, allow_unicode=True))
    out = io.StringIO()
    call_command(
        "evaluate_drafts", corpus=[str(tmp_path)], particulars=True, misses=True, stdout=out
    )
    lines = out.getvalue().splitlines()
    assert "title         |      1 / 1        | 100.0%" in lines
    assert "doc_number    |      0 / 1        |   0.0%" in lines
    assert "issuer        |      1 / 1        | 100.0%" in lines
    assert (
        "qingshan: particular doc_number drafted 青府办发〔2026〕3号 expected 青府办发〔2026〕4号"
        in lines
    )
    assert not any("particular title" in line for line in lines)

    out = io.StringIO()
    call_command("evaluate_drafts", corpus=[str(tmp_path)], json=True, stdout=out)
    report = json.loads(out.getvalue())
    assert report["particulars"]["doc_number"] == {"right": 0, "recorded": 1}
    assert report["documents"][0]["particulars"]["title"]["right"] is True
