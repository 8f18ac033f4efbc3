"""Target figures in from XLSX/CSV: one row per target per period, every row checked first,
then all rows saved in one transaction — or none, with a report of each problem by row and
column. The layout is the export's target-figures table (Chinese or English headers)."""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import openpyxl
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from pilots.changes import plan_changes_batched
from pilots.exports import observation_columns
from targets.models import Target
from targets.services import observation_record

REQUIRED = ("plan", "target", "as_of", "value")


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    problem: str

    def __str__(self):
        row = _("第 %(row)d 行") % {"row": self.row}
        return f"{row} · {self.column}: {self.problem}"


class ObservationImportInvalid(Exception):
    def __init__(self, problems: list[RowProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _header_keys() -> dict[str, str]:
    """Header text → column key, in every language the app speaks."""
    keys = {}
    for language in ("zh-hans", "en"):
        with translation.override(language):
            keys.update({header.strip().lower(): key for key, header in observation_columns()})
    return keys


def read_rows(*, name: str, content: bytes) -> list[list]:
    if name.lower().endswith(".xlsx"):
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        titles = {_("指标数据"), "指标数据", "Target figures"}
        sheet = next((book[t] for t in book.sheetnames if t in titles), book.active)
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    text = content.decode("utf-8-sig")
    return [row for row in csv.reader(io.StringIO(text))]


def _as_of(raw) -> datetime.date:
    if isinstance(raw, datetime.datetime):
        return raw.date()
    if isinstance(raw, datetime.date):
        return raw
    text = str(raw).strip()
    if text.isdigit() and len(text) == 4:
        return datetime.date(int(text), 12, 31)
    if isinstance(raw, float) and raw.is_integer() and 2000 <= raw <= 2100:
        return datetime.date(int(raw), 12, 31)
    return datetime.date.fromisoformat(text)


def observations_validate(rows: list[list]) -> tuple[list[dict], list[RowProblem]]:
    if not rows:
        return [], [RowProblem(1, "-", _("文件为空"))]
    keys = _header_keys()
    header = [keys.get(str(h or "").strip().lower()) for h in rows[0]]
    labels = dict(observation_columns())
    missing = [labels[k] for k in REQUIRED if k not in header]
    if missing:
        return [], [RowProblem(1, "、".join(missing), _("缺少必需的列"))]
    targets = {
        (t.plan.code, t.code): t
        for t in Target.objects.filter(archived_at__isnull=True).select_related("plan")
    }
    clean, problems, seen = [], [], {}
    for number, raw in enumerate(rows[1:], start=2):
        cells = {key: raw[i] if i < len(raw) else None for i, key in enumerate(header) if key}
        if all(v in (None, "") for v in cells.values()):
            continue
        row_problems = []

        def problem(key, text, _number=number, _row_problems=row_problems):
            _row_problems.append(RowProblem(_number, labels[key], text))

        target = targets.get(
            (str(cells.get("plan") or "").strip(), str(cells.get("target") or "").strip())
        )
        if target is None:
            problem("target", _("没有这个指标(规划代码 + 指标代码)"))
        try:
            value = Decimal(str(cells.get("value")).strip())
            if value < 0:
                problem("value", _("数值不能为负"))
            elif not value.is_finite():
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            problem("value", _("不是数字:%(raw)s") % {"raw": cells.get("value")})
        try:
            as_of = _as_of(cells.get("as_of"))
        except (TypeError, ValueError):
            problem("as_of", _("不是日期(YYYY-MM-DD)或年度:%(raw)s") % {"raw": cells.get("as_of")})
            as_of = None
        if target and as_of:
            plan = target.plan
            if not plan.period_start <= as_of.year <= plan.period_end:
                problem("as_of", _("不在规划期内(%(start)d–%(end)d)") % {
                    "start": plan.period_start, "end": plan.period_end})  # fmt: skip
            key = (target.pk, as_of)
            if key in seen:
                problem("as_of", _("与第 %(row)d 行重复") % {"row": seen[key]})
            seen.setdefault(key, number)
        if row_problems:
            problems.extend(row_problems)
            continue
        clean.append(
            {
                "target": target,
                "as_of": as_of,
                "value": value,
                "source": str(cells.get("source") or "").strip(),
                "note": str(cells.get("note") or "").strip(),
            }
        )
    return clean, problems


def observations_import(*, name: str, content: bytes, reporter=None) -> int:
    """Check every row; save all of them in one transaction, or none and say why."""
    try:
        rows = read_rows(name=name, content=content)
    except Exception as exc:
        raise ObservationImportInvalid(
            [RowProblem(1, "-", _("无法读取文件:%(e)s") % {"e": exc})]
        ) from exc
    clean, problems = observations_validate(rows)
    if problems:
        raise ObservationImportInvalid(problems)
    with transaction.atomic(), plan_changes_batched():
        for row in clean:
            observation_record(reporter=reporter, agency=row["target"].owner, **row)
    return len(clean)
