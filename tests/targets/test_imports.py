import datetime
import io
import re
import zipfile

import openpyxl
import pytest
from django.utils import translation

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


# Hostile files: each a clear refusal in the reader's language, naming the row; nothing saved ---

HEADER = "规划代码,指标代码,统计截止日期,数值,数据来源\n"
GOOD_ROW = "qijiang-ai,T1,2021,5,区统计局\n"


def _workbook(rows) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _workbook_with(member: str, data: bytes | None) -> bytes:
    """A real workbook with one part replaced (None: left out)."""
    book = zipfile.ZipFile(io.BytesIO(_workbook([["规划代码"]])))
    parts = {name: book.read(name) for name in book.namelist()}
    parts[member] = data
    return _zip({name: part for name, part in parts.items() if part is not None})


def _refusal(name: str, content: bytes, language: str = "zh-hans") -> list[tuple[int, str]]:
    with translation.override(language), pytest.raises(ObservationImportInvalid) as exc:
        observations_import(name=name, content=content)
    assert not Observation.objects.exists()
    return [(p.row, p.problem) for p in exc.value.problems]


ENGLISH_OF_PYTHON = re.compile(r"field larger|field limit|codec|can't decode|NUL|zip file|Errno")

# name, content → (row, Chinese words, English words) of the one problem reported
HOSTILE_IMPORTS = {
    "field-over-csv-limit": (
        "figures.csv",
        (HEADER + GOOD_ROW + "qijiang-ai,T1,2022,6," + "来" * 140_000 + "\n").encode(),
        (3, "单元格超过 131072 个字符", "a cell longer than 131072 characters"),
    ),
    "quoted-field-over-csv-limit": (
        "figures.csv",
        (HEADER + GOOD_ROW + GOOD_ROW + 'qijiang-ai,T1,2022,6,"' + "x\n" * 70_000 + '"\n').encode(),
        (4, "单元格超过 131072 个字符", "a cell longer than 131072 characters"),
    ),
    "nul-bytes": (
        "figures.csv",
        (HEADER + GOOD_ROW + "qijiang-ai,T1,2022,6,区统计\x00局\n").encode(),
        (3, "含有无法保存的字符：空字符（\\x00）", "cannot be stored: NUL (\\x00)"),
    ),
    "gbk": (
        "figures.csv",
        (HEADER + GOOD_ROW).encode("gbk"),
        (1, "GBK", "GBK"),
    ),
    "utf-8-then-gbk": (
        "figures.csv",
        (HEADER + GOOD_ROW).encode() + GOOD_ROW.replace("区", "县").encode("gbk"),
        (3, "混有不同的编码", "mixes encodings"),
    ),
    "utf-16": (
        "figures.csv",
        (HEADER + GOOD_ROW).encode("utf-16"),
        (1, "不是 UTF-8 编码", "not UTF-8"),
    ),
    "xlsx-named-csv": (
        "figures.csv",
        _workbook([["规划代码", "指标代码", "统计截止日期", "数值"]]),
        (1, "这是 Excel 工作簿（.xlsx），不是 CSV", "an Excel workbook (.xlsx), not a CSV"),
    ),
    "xls-named-csv": (
        "figures.csv",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
        (1, "旧版 Excel 文件（.xls）", "an old Excel file (.xls)"),
    ),
    "xls-named-xlsx": (
        "figures.xlsx",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024),
        (1, "旧版 Excel 文件（.xls）", "an old Excel file (.xls)"),
    ),
    "xlsx-not-a-zip": (
        "figures.xlsx",
        (HEADER + GOOD_ROW).encode(),
        (1, "不是有效的 XLSX 文件", "Not a valid XLSX file"),
    ),
    "xlsx-zip-bomb": (
        "figures.xlsx",
        _zip({"xl/worksheets/sheet1.xml": bytes(200 * 1024 * 1024)}),
        (1, "XLSX 解压后过大", "too large once decompressed"),
    ),
    "xlsx-a-word-document": (
        "figures.xlsx",
        _zip({"word/document.xml": b"<w/>", "[Content_Types].xml": b"<Types/>"}),
        (1, "无法读取这个 XLSX 文件", "cannot be read"),
    ),
    "xlsx-broken-sheet": (
        "figures.xlsx",
        _workbook_with("xl/worksheets/sheet1.xml", b"<worksheet"),
        (1, "无法读取这个 XLSX 文件", "cannot be read"),
    ),
    "xlsx-without-workbook-part": (
        "figures.xlsx",
        _workbook_with("xl/workbook.xml", None),
        (1, "无法读取这个 XLSX 文件", "cannot be read"),
    ),
}


@pytest.mark.parametrize(("name", "content", "expected"), HOSTILE_IMPORTS.values(),
                         ids=HOSTILE_IMPORTS)  # fmt: skip
def test_a_hostile_file_is_refused_whole_naming_the_row_in_the_readers_language(
    all_plans, name, content, expected
):
    row, chinese, english = expected
    ((found_row, said),) = _refusal(name, content)
    assert found_row == row and chinese in said, said
    assert not ENGLISH_OF_PYTHON.search(said), said
    ((found_row, said),) = _refusal(name, content, "en")
    assert found_row == row and english in said, said


@pytest.mark.parametrize(
    "content",
    [
        b"\xef\xbb\xbf" + (HEADER + GOOD_ROW).encode(),
        (HEADER + GOOD_ROW).encode(),
        (HEADER + GOOD_ROW).replace("\n", "\r").encode(),  # old Mac line ends
        (HEADER + GOOD_ROW).replace("\n", "\r\n").encode(),
    ],
    ids=["utf-8-with-bom", "utf-8", "cr-line-ends", "crlf-line-ends"],
)
def test_a_utf8_csv_imports_with_or_without_bom_and_with_any_line_ends(all_plans, content):
    assert observations_import(name="figures.csv", content=content) == 1
    assert Observation.objects.get().source == "区统计局"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh-hans", "单元格超过 131072 个字符"),
        ("en", "a cell longer than 131072 characters"),
    ],
)
def test_the_import_page_names_the_row_of_an_oversized_field(
    all_plans, client, settings, language, said
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from tests.factories import UserFactory

    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    content = HOSTILE_IMPORTS["field-over-csv-limit"][1]
    response = client.post(
        reverse("admin:targets_observation_import"),
        {"file": SimpleUploadedFile("figures.csv", content)},
    )
    assert response.status_code == 400
    rows = re.findall(
        r"<tr><td>(\d+)</td><td>(.*?)</td><td>(.*?)</td></tr>", response.content.decode()
    )
    assert len(rows) == 1 and rows[0][0] == "3" and said in rows[0][2]
    assert not Observation.objects.exists()


# Characters no database column keeps (NUL, lone surrogates): named with the row and column,
# never taken for an unknown target or a figure that is no number; nothing saved ------------

FULL_HEADER = "规划代码,指标代码,统计截止日期,数值,数据来源,备注\n"
UNSTORABLE_CELLS = {
    "plan": ("规划代码", "qijiang\x00-ai,T1,2022,6,区统计局,\n"),
    "target": ("指标代码", "qijiang-ai,T\x001,2022,6,区统计局,\n"),
    "as_of": ("统计截止日期", "qijiang-ai,T1,2022\x00,6,区统计局,\n"),
    "value": ("数值", "qijiang-ai,T1,2022,6\x00,区统计局,\n"),
    "note": ("备注", "qijiang-ai,T1,2022,6,区统计局,核\x00实\n"),
}


@pytest.mark.parametrize(("column", "row"), UNSTORABLE_CELLS.values(), ids=UNSTORABLE_CELLS)
def test_a_nul_in_any_cell_is_named_as_a_character_that_cannot_be_stored(all_plans, column, row):
    content = (FULL_HEADER + GOOD_ROW + row).encode()
    with pytest.raises(ObservationImportInvalid) as exc:
        observations_import(name="figures.csv", content=content)
    (problem,) = exc.value.problems
    assert (problem.row, problem.column) == (3, column), str(exc.value)
    assert "空字符（\\x00）" in problem.problem and "无法保存" in problem.problem, problem.problem
    assert "没有这个指标" not in problem.problem and "不是数字" not in problem.problem
    if column in ("规划代码", "指标代码"):
        assert "不是有效的代码" in problem.problem
    with translation.override("en"), pytest.raises(ObservationImportInvalid) as exc:
        observations_import(name="figures.csv", content=content)
    said = exc.value.problems[0].problem
    assert "cannot be stored" in said and "(\\x00)" in said, said
    assert not Observation.objects.exists()


@pytest.mark.parametrize("key", ["plan", "target", "as_of", "value", "source", "note"])
def test_a_lone_surrogate_in_any_cell_is_refused_naming_row_and_column(all_plans, key):
    from targets.imports import observations_validate

    header = ["规划代码", "指标代码", "统计截止日期", "数值", "数据来源", "备注"]
    good = ["qijiang-ai", "T1", "2022", "6", "区统计局", "核实"]
    bad = [good[0], good[1], "2023", *good[3:]]
    index = ["plan", "target", "as_of", "value", "source", "note"].index(key)
    bad[index] = bad[index][:1] + "\ud800" + bad[index][1:]
    clean, problems = observations_validate([header, good, bad])
    assert [(p.row, p.column) for p in problems] == [(3, header[index])]
    assert [row["as_of"].year for row in clean] == [2022]  # the good row alone
    assert "U+D800" in problems[0].problem and "无法保存" in problems[0].problem
    str(problems[0]).encode("utf-8")  # the message itself can be shown on a page


def test_import_refuses_a_figure_dated_after_today(all_plans):
    """As the report form does (tests/targets/test_views.py): a count, not a forecast."""
    from django.utils import timezone

    from pilots.models import Plan

    today = timezone.localdate()
    Plan.objects.filter(code="qijiang-ai").update(period_end=today.year + 2)
    tomorrow = today + datetime.timedelta(days=1)
    if tomorrow == datetime.date(today.year, 12, 31):  # the year's figure, accepted
        tomorrow += datetime.timedelta(days=1)
    csv_text = "\n".join([
        "规划代码,指标代码,统计截止日期,数值,数据来源",
        f"qijiang-ai,T1,{tomorrow.isoformat()},5,区统计局",
        f"qijiang-ai,T2,{today.year + 1},5,区统计局",
    ])  # fmt: skip
    with pytest.raises(ObservationImportInvalid) as exc:
        observations_import(name="figures.csv", content=csv_text.encode("utf-8"))
    assert [(p.row, p.column) for p in exc.value.problems] == [(2, "统计截止日期"),
                                                               (3, "统计截止日期")]  # fmt: skip
    assert "晚于今天" in str(exc.value)
    assert not Observation.objects.exists()
