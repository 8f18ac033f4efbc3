"""A typed plan whose annex was scanned in, a Word file with a table pasted as a picture: the
draft lacks what the pictures hold, and the review list says where to look (it said nothing)."""

import base64
import io

from PIL import Image

from pilots.draft_yaml import draft_reviews
from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_from_bytes
from tests.pilots.drafting.conftest import chromium_pdf

PLAN = [
    "某市推进“人工智能+”行动方案",
    "一、主要目标",
    "到2027年，建成智能算力中心3个，培育人工智能企业200家。",
    "二、重点任务",
    "（一）建设算力平台。统筹布局智能算力设施。（牵头单位：市数据局；配合单位：市发展改革委）",
]


def _png(width=600, height=800) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def _pdf(chromium, second_page: str, logo: bool = False) -> bytes:
    emblem = f"<img src='data:image/png;base64,{_png(40, 40)}' width='40'>" if logo else ""
    body = "".join(f"<p>{line}</p>" for line in PLAN)
    page_html = (
        "<html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
        "font-size:16pt}</style></head><body>"
        f"{emblem}{body}<div style='break-before:page'>{second_page}</div></body></html>"
    )
    foot = "<div style='font-size:10pt;width:100%;text-align:center'>— <span class='pageNumber'></span> —</div>"  # noqa: E501
    return chromium_pdf(chromium, page_html, right="26mm", footer=foot)


def _docx(picture_in: str | None) -> bytes:
    from docx import Document

    document = Document()
    for line in PLAN:
        document.add_paragraph(line)
    picture = io.BytesIO(base64.b64decode(_png()))
    if picture_in == "body":
        document.add_paragraph("附件：重点任务分工表")
        document.add_picture(picture)
    elif picture_in == "header":  # a letterhead's emblem
        document.sections[0].header.paragraphs[0].add_run().add_picture(picture)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_pdf_page_that_is_only_a_picture_is_a_review_doubt(chromium):
    scanned_annex = f"<p>附件2</p><img src='data:image/png;base64,{_png()}' width='500'>"
    document = document_from_bytes("plan.pdf", _pdf(chromium, scanned_annex))
    assert len(document.doubts) == 1 and "第 2 页只有图像" in document.doubts[0]
    draft = plan_draft(document.text, zone_slug="any", source_file="plan.pdf")
    draft.header += document.reading_notes()
    says = [review.note for review in draft_reviews(draft.to_yaml())]
    assert any("第 2 页只有图像" in said for said in says)


def test_a_pdf_whose_pages_all_hold_text_has_no_such_doubt_beside_a_small_emblem(chromium):
    typed = "<p>三、保障措施</p><p>（一）加强组织领导。建立工作专班，统筹推进各项任务。</p>"
    assert document_from_bytes("plan.pdf", _pdf(chromium, typed, logo=True)).doubts == []


def test_a_picture_in_a_word_files_body_is_a_review_doubt_one_in_its_header_is_not():
    assert "正文中有 1 张图片" in document_from_bytes("plan.docx", _docx("body")).doubts[0]
    assert document_from_bytes("plan.docx", _docx("header")).doubts == []
    assert document_from_bytes("plan.docx", _docx(None)).doubts == []
