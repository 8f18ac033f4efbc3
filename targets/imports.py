"""Target figures in from XLSX/CSV: one row per target per period, every row checked first,
then all rows saved in one transaction — or none, with a report of each problem by row and
column. The layout is the export's target-figures table (Chinese or English headers)."""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import openpyxl
from django.core.exceptions import ValidationError
from django.core.validators import DecimalValidator
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from pilots.archives import zip_members_too_many
from pilots.changes import plan_changes_batched
from pilots.exports import csv_uncell
from pilots.validators import TEXT_MAX_LENGTH, UNSTORABLE, text_clean, undecodable_line
from targets.exports import observation_columns
from targets.models import Observation, Target
from targets.plan_dates import figure_date_ahead
from targets.services import observation_record

REQUIRED = ("plan", "target", "as_of", "value")
SAVED = (*REQUIRED, "source", "note")
# What one import may hold. The export of every figure of every plan is a few thousand rows.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 30
# An XLSX is a zip: its parts are checked for their size after decompression before anything
# reads them (a small file can inflate to gigabytes).
MAX_XLSX_UNCOMPRESSED_BYTES = 30 * 1024 * 1024
MAX_PROBLEMS = 200
SOURCE_MAX_LENGTH = Observation._meta.get_field("source").max_length
VALUE_FIELD = Observation._meta.get_field("value")


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
        if len(problems) > MAX_PROBLEMS:
            more = _("另有 %(n)d 个问题未列出") % {"n": len(problems) - MAX_PROBLEMS}
            problems = [*problems[:MAX_PROBLEMS], RowProblem(problems[MAX_PROBLEMS].row, "-", more)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class FileRefused(ValueError):
    """The file is refused before its rows are saved; the message says why, ``row`` where."""

    def __init__(self, message: str, row: int = 1):
        super().__init__(message)
        self.row = row


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _header_keys() -> dict[str, str]:
    """Header text → column key, in every language the app speaks."""
    keys = {}
    for language in ("zh-hans", "en"):
        with translation.override(language):
            keys.update({header.strip().lower(): key for key, header in observation_columns()})
    return keys


def read_rows(*, name: str, content: bytes) -> list[list]:
    if len(content) > MAX_UPLOAD_BYTES:
        raise FileRefused(
            _("文件过大（上限 %(limit)s）") % {"limit": filesizeformat(MAX_UPLOAD_BYTES)}
        )
    if content.startswith(_OLE):
        raise FileRefused(
            _(
                "这是旧版 Excel 文件（.xls）或加密的工作簿，不能导入："
                "请另存为 .xlsx 或“CSV UTF-8”后上传。"
            )
        )
    if name.lower().endswith(".xlsx"):
        return _xlsx_rows(content)
    if content.startswith(b"PK\x03\x04"):
        raise FileRefused(
            _("这是 Excel 工作簿（.xlsx），不是 CSV：请把文件扩展名改为 .xlsx 后上传。")
        )
    reader = csv.reader(io.StringIO(_csv_text(content), newline=""))
    rows: list[list] = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:  # the module's own limit: a huge cell or a quote never closed
            raise FileRefused(
                _("有单元格超过 %(limit)s 个字符，无法读取（文字过长，或引号没有闭合）。")
                % {"limit": csv.field_size_limit()},
                row=len(rows) + 1,
            ) from exc
        _count_row(rows)
        rows.append([csv_uncell(cell) for cell in row[:MAX_COLUMNS]])


def _csv_text(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = undecodable_line(content, exc)
        if not content[: exc.start].isascii():
            said = _("CSV 文件须为 UTF-8 编码：文件混有不同的编码，从这一行起不是 UTF-8。")
        elif _decodes(content, "gb18030"):
            said = _("CSV 文件须为 UTF-8 编码，这个文件似乎是 GBK 编码。")
        else:
            said = _("CSV 文件须为 UTF-8 编码，这个文件不是 UTF-8 编码。")
        resave = _("请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或上传 XLSX。")
        raise FileRefused(f"{said}{resave}", row=line) from exc


def _decodes(content: bytes, encoding: str) -> bool:
    try:
        content.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _count_row(rows: list) -> None:
    if len(rows) > MAX_ROWS:
        raise FileRefused(_("行数过多（上限 %(n)d 行）") % {"n": MAX_ROWS})


def _xlsx_rows(content: bytes) -> list[list]:
    if zip_members_too_many(content):
        raise FileRefused(_("不是有效的 XLSX 文件"))
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            inflated = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise FileRefused(_("不是有效的 XLSX 文件")) from exc
    if inflated > MAX_XLSX_UNCOMPRESSED_BYTES:
        raise FileRefused(
            _("XLSX 解压后过大（%(size)s，上限 %(limit)s）")
            % {"size": filesizeformat(inflated),
               "limit": filesizeformat(MAX_XLSX_UNCOMPRESSED_BYTES)}
        )  # fmt: skip
    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl: OSError, KeyError, XML errors on a damaged workbook
        raise FileRefused(_("无法读取这个 XLSX 文件：它已损坏，或不是 Excel 工作簿。")) from exc
    try:
        titles = {_("指标数据"), "指标数据", "Target figures"}
        sheet = next((book[t] for t in book.sheetnames if t in titles), book.active)
        rows = []
        for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            _count_row(rows)
            rows.append(list(row))
        return rows
    finally:
        book.close()


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


def _shown(raw) -> str:
    """A cell as a problem quotes it: short, whatever the cell held."""
    text = UNSTORABLE.sub("", text_clean(str(raw)))
    return text if len(text) <= 40 else text[:40] + "…"


def _value(raw) -> Decimal:
    """A figure as the database holds it (18 digits, 4 after the point), or ValueError."""
    try:
        value = Decimal(repr(raw) if isinstance(raw, float) else str(raw).strip())
        if not value.is_finite():
            raise ValueError(_("不是数字：%(raw)s") % {"raw": _shown(raw)})
    except InvalidOperation as exc:
        raise ValueError(_("不是数字：%(raw)s") % {"raw": _shown(raw)}) from exc
    if isinstance(raw, float):  # a spreadsheet's binary fraction: keep what the column holds
        value = value.quantize(Decimal(1).scaleb(-VALUE_FIELD.decimal_places))
    if value < 0:
        raise ValueError(_("数值不能为负"))
    try:
        DecimalValidator(VALUE_FIELD.max_digits, VALUE_FIELD.decimal_places)(value)
    except ValidationError as exc:
        raise ValueError(" ".join(exc.messages)) from exc
    return value


def _text(raw, limit: int) -> str:
    text = text_clean(str(raw if raw is not None else "")).strip()
    if len(text) > limit:
        raise ValueError(
            _("过长（%(n)d 字，上限 %(limit)d 字）") % {"n": len(text), "limit": limit}
        )
    return text


def _unstorable(raw) -> str | None:
    """What in a cell no database column can hold (NUL, a lone surrogate), in words; or None."""
    found = UNSTORABLE.search(raw) if isinstance(raw, str) else None
    if found is None:
        return None
    if found.group() == "\x00":
        return _("空字符（\\x00）")
    return _("孤立代理码位（U+%(code)04X）") % {"code": ord(found.group())}


def _row_check(number: int, cells: dict, targets: dict, seen: dict, labels: dict):
    """One row: (the values to save, []) or (None, its problems)."""
    problems, values = [], {}

    def problem(key, text):
        problems.append(RowProblem(number, labels[key], text))

    # A NUL or a lone surrogate is said as what it is, not as an unknown code or no number.
    unstorable = {key: what for key in SAVED if (what := _unstorable(cells.get(key)))}
    for key, what in unstorable.items():
        if key in ("plan", "target"):
            problem(key, _("含有无法保存的字符：%(what)s，不是有效的代码") % {"what": what})
        else:
            problem(key, _("含有无法保存的字符：%(what)s") % {"what": what})
    target = None
    if "plan" not in unstorable and "target" not in unstorable:
        target = targets.get(
            (str(cells.get("plan") or "").strip(), str(cells.get("target") or "").strip())
        )
        if target is None:
            problem("target", _("没有这个指标（规划代码 + 指标代码）"))
    for key, read in (("value", _value), ("source", lambda raw: _text(raw, SOURCE_MAX_LENGTH)),
                      ("note", lambda raw: _text(raw, TEXT_MAX_LENGTH))):  # fmt: skip
        if key in unstorable:
            continue
        try:
            values[key] = read(cells.get(key))
        except ValueError as exc:
            problem(key, str(exc))
    as_of = None
    if "as_of" not in unstorable:
        try:
            as_of = _as_of(cells.get("as_of"))
        except (TypeError, ValueError, OverflowError):
            raw = _shown(cells.get("as_of"))
            problem("as_of", _("不是日期（YYYY-MM-DD）或年度：%(raw)s") % {"raw": raw})
    if target and as_of:
        plan = target.plan
        if not plan.period_start <= as_of.year <= plan.period_end:
            problem("as_of", _("不在规划期内（%(start)d–%(end)d）") % {
                "start": plan.period_start, "end": plan.period_end})  # fmt: skip
        elif figure_date_ahead(as_of, today := timezone.localdate()):
            problem("as_of", _("晚于今天（%(today)s）：只导入已统计的数值") % {
                "today": today.isoformat()})  # fmt: skip
        key = (target.pk, as_of)
        if key in seen:
            problem("as_of", _("与第 %(row)d 行重复") % {"row": seen[key]})
        seen.setdefault(key, number)
    if problems:
        return None, problems
    return {"target": target, "as_of": as_of, **values}, []


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
        row, row_problems = _row_check(number, cells, targets, seen, labels)
        problems.extend(row_problems)
        if row:
            clean.append(row)
    return clean, problems


def observations_import(*, name: str, content: bytes, reporter=None) -> int:
    """Check every row; save all of them in one transaction, or none and say why."""
    try:
        rows = read_rows(name=name, content=content)
    except FileRefused as exc:
        raise ObservationImportInvalid([RowProblem(exc.row, "-", str(exc))]) from exc
    except Exception as exc:  # whatever a broken spreadsheet makes its reader raise
        raise ObservationImportInvalid(
            [RowProblem(1, "-", _("无法读取这个 XLSX 文件：它已损坏，或不是 Excel 工作簿。"))]
        ) from exc
    clean, problems = observations_validate(rows)
    if problems:
        raise ObservationImportInvalid(problems)
    reason = _("导入文件 %(name)s") % {"name": _shown(name)}
    with transaction.atomic(), plan_changes_batched():
        for row in clean:
            observation_record(reporter=reporter, agency=row["target"].owner, reason=reason, **row)
    return len(clean)
