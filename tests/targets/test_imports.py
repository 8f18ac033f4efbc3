import datetime
import io

import openpyxl
import pytest

from targets.exports import export_file
from targets.imports import ObservationImportInvalid, observations_import
from targets.models import Observation, Target
from targets.services import observation_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures(all_plans):
    for code, year, value in [("T1", 2021, 4), ("T1", 2022, 7), ("T3", 2022, "12.5")]:
        observation_record(
            target=Target.objects.get(plan__code="qijiang-ai", code=code),
            as_of=datetime.date(year, 12, 31), value=value, source="区统计局",
        )  # fmt: skip
    return sorted(Observation.objects.values_list("target__code", "as_of", "value", "source"))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_round_trips_the_figures(figures, fmt):
    content, _type, name = export_file(plan_code="qijiang-ai", fmt=fmt, table="observations")
    Observation.objects.all().delete()
    assert observations_import(name=name, content=content) == 3
    assert (
        sorted(Observation.objects.values_list("target__code", "as_of", "value", "source"))
        == figures
    )


def test_xlsx_export_has_every_table_with_chinese_headers(figures):
    content, _type, _name = export_file(plan_code="qijiang-ai", fmt="xlsx")
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["任务", "进展记录", "指标", "指标数据"]
    assert [c.value for c in book["任务"][1]][:6] == [
        "规划代码",
        "试验区",
        "章节",
        "原文位置",
        "任务代码",
        "任务",
    ]
    assert book["任务"].max_row == 1 + 19


def test_import_reports_every_problem_by_row_and_column_and_saves_nothing(all_plans):
    csv_text = "\n".join(
        [
            "规划代码,指标代码,统计截止日期,数值,数据来源",
            "qijiang-ai,T1,2021,5,区统计局",  # fine on its own
            "qijiang-ai,T9,2021,5,",  # no such target
            "qijiang-ai,T2,2021,-1,",  # negative
            "qijiang-ai,T2,2022,十二,",  # not a number
            "qijiang-ai,T3,2021-13-01,3,",  # not a date
            "qijiang-ai,T3,2031,3,",  # outside the plan period
            "qijiang-ai,T1,2021-12-31,6,",  # same target and date as row 2
        ]
    )
    with pytest.raises(ObservationImportInvalid) as exc:
        observations_import(name="figures.csv", content=csv_text.encode("utf-8"))
    found = [(p.row, p.column) for p in exc.value.problems]
    assert found == [(3, "指标代码"), (4, "数值"), (5, "数值"), (6, "统计截止日期"),
                     (7, "统计截止日期"), (8, "统计截止日期")]  # fmt: skip
    assert "不在规划期内" in str(exc.value) and "与第 2 行重复" in str(exc.value)
    assert not Observation.objects.exists()


def test_import_needs_its_columns(all_plans):
    with pytest.raises(ObservationImportInvalid) as exc:
        observations_import(name="x.csv", content="规划代码,数值\nqijiang-ai,3\n".encode())
    assert exc.value.problems[0].problem == "缺少必需的列"


def test_import_reads_english_headers(all_plans):
    from django.utils import translation

    with translation.override("en"):
        content, _type, name = export_file(plan_code="qijiang-ai", fmt="csv", table="observations")
    header = content.decode("utf-8-sig").splitlines()[0]
    rows = f"{header}\nqijiang-ai,T1,,2023-06-30,8,,,\n"
    assert observations_import(name=name, content=rows.encode()) == 1
