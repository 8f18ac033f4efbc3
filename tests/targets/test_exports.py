"""The exports read flat: each target's latest snapshot row only (not every day ever rolled
up), values rather than model instances, and the workbook written as a stream that continues
on a further sheet past a sheet's row limit."""

import datetime
import io
from contextlib import contextmanager

import openpyxl
import pytest
import tablib
from django.db import connection

from pilots.exports import xlsx_bytes
from targets.exports import targets_table
from targets.models import Snapshot
from targets.rollup import plan_rollup
from targets.snapshots import GONE
from tests.factories import TargetFactory

pytestmark = pytest.mark.django_db
ROLLED_UP = datetime.date(2024, 1, 31)


@contextmanager
def snapshot_rows_read():
    """Counts the rows the database hands back from the snapshot table."""
    counted = {"rows": 0}

    def counting(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.lstrip().upper().startswith("SELECT") and Snapshot._meta.db_table in sql:
            counted["rows"] += max(context["cursor"].rowcount, 0)
        return result

    with connection.execute_wrapper(counting):
        yield counted


@pytest.fixture
def target():
    target = TargetFactory(
        metric="重大标志性成果", unit="项", value=100, deadline_year=2022,
        goal__plan__period_start=2020, goal__plan__period_end=2022,
    )  # fmt: skip
    plan_rollup(plan=target.plan, as_of=ROLLED_UP)
    return target


def later_rows(target, days: int, figures=None) -> None:
    first = Snapshot.objects.get(scope="target", object_id=target.id)
    for day in range(1, days + 1):
        first.pk = None
        first.as_of = ROLLED_UP + datetime.timedelta(days=day)
        first.figures = figures if figures is not None else {**first.figures, "value": 200 + day}
        first.save()


def test_the_targets_table_reads_one_row_per_target_however_many_days_it_has(target):
    with snapshot_rows_read() as one_day:
        targets_table(target.plan.code)
    later_rows(target, 40)
    with snapshot_rows_read() as many_days:
        (row,) = targets_table(target.plan.code).dict
    assert many_days["rows"] == one_day["rows"]
    assert row["当前值"] == 240  # the latest row's figures


def test_a_target_no_longer_rolled_up_shows_no_figures(target):
    later_rows(target, 1, figures=GONE)
    (row,) = targets_table(target.plan.code).dict
    assert (row["当前值"], row["结论"], row["汇总日期"]) == (None, "", "")


def test_a_table_longer_than_a_sheet_continues_on_further_sheets():
    table = tablib.Dataset(headers=["代码", "说明"], title="进展记录")
    for i in range(5):
        table.append([i, f"=1+{i}"])
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes([table], max_rows=3)))
    assert book.sheetnames == ["进展记录", "进展记录 (2)", "进展记录 (3)"]
    rows = [list(r) for sheet in book for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert rows == [[i, f"=1+{i}"] for i in range(5)]
    for sheet in book:
        assert [c.value for c in sheet[1]] == ["代码", "说明"]
        assert sheet[1][0].font.bold and sheet.freeze_panes == "A2"
    formula_looking = book["进展记录"]["B2"]
    assert (formula_looking.data_type, formula_looking.quotePrefix) == ("s", True)
