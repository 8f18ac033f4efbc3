"""Plan documents as files: .txt (UTF-8 or GB 18030), .docx, a PDF with a text layer, a scanned
PDF, .html saved from a government site, and the files the importer refuses with a message."""

import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pilots.drafting import DocumentUnreadable, document_read, plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import DOCUMENTS, docx_bytes, pdf_bytes, scanned_pdf_bytes

PLAN = (DOCUMENTS / "qingshan_city_conventions.txt").read_text(encoding="utf-8")
LINES = [line for line in PLAN.splitlines() if line.strip()]


def _drafted(text: str) -> dict:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    return plan_document_parse(name="draft", text=draft.to_yaml()).data


def _task_titles(data: dict) -> list[str]:
    return [task["title"] for _, task in tasks_in_print_order(data["sections"])]


def test_txt_in_utf8_and_gb18030(tmp_path):
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        path = tmp_path / f"plan-{encoding}.txt"
        path.write_bytes(PLAN.encode(encoding))
        assert document_read(path).text.lstrip("\ufeff") == PLAN


def test_docx_paragraphs_and_a_task_table(tmp_path):
    table = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "建设城市算力网", "市发改委", "市大数据局、市通信管理局"],
        ["2", "开放应用场景", "市工信局", ""],
    ]
    lines = [*LINES, "五、重点任务分工"]
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes(lines, table))
    document = document_read(path)
    assert document.kind == "docx"
    assert document.text.splitlines()[: len(lines)] == lines
    assert document.text.splitlines()[-2:] == [
        "1.建设城市算力网。（牵头单位：市发改委；配合单位：市大数据局、市通信管理局）",
        "2.开放应用场景。（牵头单位：市工信局）",
    ]
    data = _drafted(document.text)
    assert _task_titles(data)[-2:] == ["建设城市算力网", "开放应用场景"]
    assert _task_titles(_drafted(PLAN)) == _task_titles(data)[:-2]


def test_pdf_with_a_text_layer_reads_like_the_text(tmp_path, chromium):
    """Typeset by headless Chromium (page.pdf()) with a running head and page numbers: lines
    are joined into paragraphs, the head and numbers dropped, radicals read as ideographs."""
    long_task = (
        "3、发展具身智能。"
        + "支持人形机器人整机和关键零部件研发，" * 12
        + "打造产业集群。（责任单位：市工信局）"
    )
    lines = [*LINES[:9], long_task, *LINES[9:]]
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf_bytes(chromium, lines, running_head="青山市人民政府文件"))
    document = document_read(path)
    assert document.kind == "pdf"
    assert "青山市人民政府文件" not in document.text and "— 1 —" not in document.text
    assert any("页眉、页脚和页码" in note for note in document.notes)
    data = _drafted(document.text)
    assert _task_titles(data) == _task_titles(_drafted("\n".join(lines)))
    assert "发展具身智能" in _task_titles(data)
    assert data["source_cleaning"]["restorations"]  # ⼈⼯ → 人工: the font's radicals
    texts = [t["text"] for _, t in tasks_in_print_order(data["sections"])]
    assert any(text.endswith("打造产业集群。（责任单位：市工信局）") for text in texts)


def test_a_scanned_pdf_is_refused_with_a_message(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf_bytes())
    with pytest.raises(DocumentUnreadable) as refused:
        document_read(path)
    assert "扫描件" in refused.value.message and "OCR" in refused.value.message


def test_html_from_a_government_site_keeps_the_article(tmp_path):
    paragraphs = "".join(f"<p style='text-indent:2em'>{line}</p>" for line in LINES)
    page = f"""<!DOCTYPE html><html><head><meta charset="gb2312"><title>青山市人民政府</title>
    <script>var nav = "首页";</script></head><body>
    <div class="header"><a href="/">首页</a> <a href="/zwgk">政务公开</a>
      <a href="/bsfw">办事服务</a></div>
    <div class="nav-bar"><ul><li><a href="/">首页</a></li>
      <li><a href="/xxgk">信息公开</a></li></ul></div>
    <div class="location">当前位置：首页 &gt; 政策文件</div>
    <div class="main"><h1>青山市人工智能+行动方案（2025—2027年）</h1>
      <div class="info">发布时间：2025-06-30　来源：市政府办公室　【字体：大 中 小】</div>
      <div id="zoom" class="TRS_Editor">{paragraphs}</div>
      <div class="share">分享到：微信 微博</div></div>
    <div class="footer">版权所有：青山市人民政府　网站地图　联系我们</div></body></html>"""
    path = tmp_path / "plan.html"
    path.write_bytes(page.encode("gb18030"))
    document = document_read(path)
    assert document.kind == "html"
    for chrome in ("政务公开", "当前位置", "发布时间", "分享到", "版权所有", "var nav"):
        assert chrome not in document.text
    assert _task_titles(_drafted(document.text)) == _task_titles(_drafted(PLAN))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.txt", b"  \n\n ", "是空的"),
        ("plan.pdf", b"", "是空的"),
        ("plan.xlsx", b"PK\x03\x04", "不是有效的 Excel"),
        ("plan.pptx", b"PK\x03\x04", "不支持的文件类型"),
        ("plan.doc", b"\xd0\xcf\x11\xe0", "不是有效的 Word（.doc）"),
        ("plan.docx", b"not a zip file", "不是有效的 Word"),
        ("plan.pdf", b"%PDF-1.4 broken", "无法读取 PDF"),
        ("plan.txt", b"Just English text.", "没有中文正文"),
    ],
)
def test_files_the_importer_refuses(name, content, message):
    with pytest.raises(DocumentUnreadable) as refused:
        document_from_bytes(name, content)
    assert message in refused.value.message


def test_draft_plan_takes_every_kind_and_says_why_it_refuses(tmp_path, db):
    source = tmp_path / "plan.docx"
    source.write_bytes(docx_bytes(LINES))
    out = io.StringIO()
    call_command("draft_plan", str(source), zone="qingshan", stdout=out)
    data = plan_document_parse(name="draft", text=out.getvalue()).data
    assert data["plan"]["source_file"] == "plan.docx"
    assert _task_titles(data) == _task_titles(_drafted(PLAN))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf_bytes())
    with pytest.raises(CommandError, match="扫描件"):
        call_command("draft_plan", str(scan), zone="qingshan", stdout=io.StringIO())


def test_ruled_tables_of_a_pdf_keep_their_cells_apart(tmp_path, chromium):
    """pdfplumber prints a table's row as one line with its cells run together
    ("1人工智能核心产业规模亿元120 300"): the tables are read as tables, their rows as cells."""
    lines = [
        "某市人工智能产业发展行动计划",
        "一、发展目标",
        "到2027年，产业生态基本形成。主要指标如下：",
        "二、重点任务",
        "重点任务分工如下：",
        "三、保障措施",
        "（一）加强组织领导。建立工作机制。",
    ]
    indicators = [
        ["序号", "指标", "单位", "2024年", "2027年"],
        ["1", "人工智能核心产业规模", "亿元", "120", "300"],
        ["2", "智能算力规模", "EFLOPS", "2", "≥10"],
    ]
    tasks = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "建设智能算力中心", "市发展改革委", "市数据局"],
        ["2", "开放应用场景", "市工信局", "市科技局、市商务局"],
    ]
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf_bytes(chromium, lines, "某市人民政府文件", {3: indicators, 5: tasks}))
    data = _drafted(document_read(path).text)
    targets = [(t["value"], t["unit"], t["comparator"], t.get("baseline"))
               for g in data["goals"] for t in g["targets"]]  # fmt: skip
    assert targets == [(300, "亿元", "eq", 120), (10, "EFLOPS", "gte", None)]
    assert _task_titles(data)[:2] == ["建设智能算力中心", "开放应用场景"]


def test_a_word_97_doc_reads_like_its_text():
    """qingshan_city_conventions.doc: the .txt beside it with a division table as its annex,
    written by python-docx and saved as Word 97 (.doc) by LibreOffice."""
    document = document_read(DOCUMENTS / "qingshan_city_conventions.doc")
    assert document.kind == "doc"
    assert document.text.startswith(PLAN.strip())
    data = _drafted(document.text)
    assert _task_titles(data) == _task_titles(_drafted(PLAN))
    labels = {a["code"]: (a.get("aliases") or [a["name"]])[0] for a in data["agencies"]}
    organisation = next(t for _, t in tasks_in_print_order(data["sections"])
                        if t["title"] == "强化组织保障")  # fmt: skip
    assert [labels[c] for c in organisation["lead"]] == ["市政府办公室"]  # from the annex's table


def test_a_word_97_table_row_with_empty_cells_stays_one_row():
    """county_task_list_empty_cells.doc (a python-docx table with empty 配合单位 and 完成时限 cells,
    saved as Word 97 by LibreOffice): an empty cell ends in 0x07 right after the cell before it,
    the same two bytes as a row's end; the row's end is the mark whose paragraph is a table row's
    end (its TTP flag), so the row stays whole and the rows after it keep their columns."""
    lines = document_read(DOCUMENTS / "county_task_list_empty_cells.doc").text.splitlines()
    assert lines[1:] == [
        "序号 | 任务名称 | 牵头单位 | 配合单位 | 完成时限 |",
        "1 | 建设智算中心 | 县发展改革局 | 县数据局 | 2026年12月底 |",
        "2 | 推进政务服务智能化 | 县政务办 |  | 2026年12月底 |",
        "3 | 建设智慧医院 | 县卫健局 |  |  |",
        "4 | 推进智慧农业 | 县农业农村局 | 各乡镇 | 持续推进 |",
    ]


def test_headings_a_pdf_prints_in_fake_bold_read_once(tmp_path, chromium):
    """Bold faked by printing a line twice, a hair apart: pdfplumber reads every character twice
    ("一一、、发发展展目目标标") unless the duplicates are dropped."""
    headings = frozenset(i for i, line in enumerate(LINES) if re.match(r"[一二三四]、", line))
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf_bytes(chromium, LINES, "青山市人民政府文件", overprinted=headings))
    data = _drafted(document_read(path).text)
    assert _task_titles(data) == _task_titles(_drafted("\n".join(LINES)))


def _auto_numbered_docx(lines: list[tuple[int | None, str]]) -> bytes:
    """A .docx whose headings and items are numbered by Word's list numbering (一、 / （一） / 1.
    at levels 0 / 1 / 2 of one list), not typed: (level or None, text) per paragraph."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    numbering = document.part.numbering_part.element
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    numbering.insert(0, parse_xml(
        f"<w:abstractNum {nsdecls('w')} w:abstractNumId=\"90\">"
        + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                  f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
        + "</w:abstractNum>"
    ))  # fmt: skip
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
    ))  # fmt: skip
    for level, text in lines:
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            ))  # fmt: skip
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_list_numbering_is_printed_before_its_paragraphs(tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(_auto_numbered_docx([
        (None, "某市人工智能行动方案"), (0, "发展目标"), (None, "到2027年，培育企业100家。"),
        (0, "重点任务"), (1, "夯实算力基础"), (2, "建设智算中心。建设平台。（责任单位：市发改委）"),
        (2, "开放数据。开放数据。（责任单位：市数据局）"), (1, "推动产业发展"),
        (2, "培育企业。支持企业。（责任单位：市工信局）"), (0, "保障措施"), (1, "加强组织领导。"),
    ]))  # fmt: skip
    text = document_read(path).text
    assert text.splitlines()[1:6] == [  # a gap after the number: Word's default w:suff, a tab
        "一、 发展目标", "到2027年，培育企业100家。", "二、 重点任务", "（一） 夯实算力基础",
        "1. 建设智算中心。建设平台。（责任单位：市发改委）",
    ]  # fmt: skip
    assert "（二） 推动产业发展" in text and "1. 培育企业" in text and "三、 保障措施" in text
    assert _task_titles(_drafted(text))[:3] == ["建设智算中心", "开放数据", "培育企业"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_reads_as_its_text(encoding):
    """Invented lines: one digit-free line of 一 (U+4E00, a NUL low byte) among the rest."""
    text = "乙县人工智能实施方案\n一、总体要求\n到2024年，建成5个应用场景。\n一一落实\n"
    document = document_from_bytes("方案.txt", text.encode(encoding))
    assert document.text == text
    from pilots.drafting.inputs import text_decode, utf16_unmarked

    assert utf16_unmarked(text.encode(encoding)) == encoding
    assert utf16_unmarked(text.encode("utf-8")) is None
    assert utf16_unmarked(text.encode("gb18030")) is None
    assert utf16_unmarked(text.encode(encoding)[:-1]) is None  # odd length: no UTF-16
    assert text_decode(text.encode(encoding)) == text
