"""Pages of a government PDF that are not set as the body's (an annex's table on a landscape page
saved turned onto a portrait one), and characters its fonts map otherwise than the text has them."""

import html
import io

from pilots.drafting import plan_draft
from pilots.drafting.cleaning import ideographs_restored
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import chromium_pdf

BODY = [
    "一、总体要求",
    "到2027年，全市人工智能核心产业规模达到500亿元，培育人工智能龙头企业10家。",
    "二、重点任务",
    "（一）建设算力设施。统筹全市算力资源，建设智能算力中心，提升普惠算力供给能力，"
    "推动算力资源向中小企业开放共享，降低企业用算成本。",
    "（二）培育产业集群。支持企业开展大模型研发和行业应用，打造人工智能产业集群，"
    "引进培育一批创新能力强、成长性好的人工智能企业。",
    "（三）推进场景应用。面向制造、政务、医疗、教育等领域开放一批人工智能应用场景，"
    "形成一批可复制可推广的典型案例。",
]
DIVISION = [
    ["序号", "重点任务", "牵头单位", "配合单位"],
    ["1", "建设算力设施", "市发展改革委", "市数据局、市工业和信息化局"],
    ["2", "培育产业集群", "市工业和信息化局", "市科技局"],
    ["3", "推进场景应用", "市数据局", "各区县人民政府"],
]


def _plan_with_a_landscape_annex(chromium: str) -> bytes:
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in DIVISION
    )
    page_html = (
        "<html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
        "font-size:16pt;line-height:1.6}p{text-indent:2em;margin:0}"
        "@page land{size:A4 landscape}.land{page:land;break-before:page}</style></head><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in BODY)
        + "<div class='land'><p style='text-indent:0'>附件</p><p>重点任务分工表</p>"
        f"<table border='1' style='border-collapse:collapse'>{rows}</table></div></body></html>"
    )
    return chromium_pdf(chromium, page_html, right="26mm")


def _turned_onto_portrait(content: bytes) -> bytes:
    """The last page's content turned a quarter turn onto a portrait page with no /Rotate: a
    viewer shows its text running up the page."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(content))
    page = writer.pages[-1]
    page.rotate(90)
    page.transfer_rotation_to_content()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _tasks(text: str) -> list[tuple[str, list, list]]:
    """Each task's title, lead and supporting units."""
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan.pdf")
    data = plan_document_parse(name="draft", text=draft.to_yaml()).data
    return [(task["title"], task.get("lead", []), task.get("supporting", []))
            for _, task in tasks_in_print_order(data["sections"])]  # fmt: skip


def test_an_annex_table_saved_turned_onto_a_portrait_page_reads_as_the_upright_one(chromium):
    """Its letters read as they lie, each column of the table was a line and the cells of a
    row were apart ("3|2|1|序号|"): the page is read turned upright, as a viewer turns it."""
    upright = _plan_with_a_landscape_annex(chromium)
    turned = _turned_onto_portrait(upright)
    import pdfplumber

    last = pdfplumber.open(io.BytesIO(turned)).pages[-1]
    assert last.width < last.height and not last.rotation  # portrait, no /Rotate
    text = ideographs_restored(document_from_bytes("plan.pdf", turned).text)
    for row in DIVISION[1:]:
        assert "|".join(row) + "|" in text
    tasks = _tasks(text)
    assert tasks == _tasks(document_from_bytes("plan.pdf", upright).text)
    assert len(tasks) == 3 and all(lead and supporting for _, lead, supporting in tasks)


def test_a_period_dashed_with_the_horizontal_bar_a_pdf_font_maps_the_dash_to_is_read():
    """PDF fonts (and GB 2312 decoders) give the dash of 2025—2027 as ―, U+2015: the title's
    period was not read, the plan's end taken from a later year, every target due then."""
    text = "\n".join([
        "青山市人工智能+行动方案（2025―2027年）",
        "一、总体要求", "到2030年，全市人工智能产业生态全面形成。",
        "二、重点任务",
        "（一）建设算力设施。每年新增开放数据集不少于100个。（责任单位：市数据局）",
    ])  # fmt: skip
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan.pdf").data
    assert (draft["plan"]["period_start"], draft["plan"]["period_end"]) == (2025, 2027)
    assert [t["deadline"] for g in draft["goals"] for t in g["targets"]] == [2027]


def test_a_radical_a_pdf_font_gives_in_a_traditional_text_is_read_as_the_simplified_ideograph():
    """A plan in traditional characters is converted to simplified ones, but a radical the font
    put for an ideograph (⾨, U+2FA8, for 門) was restored after the conversion, as 門: 100門課程
    gave no target, its unit no measure word of the simplified text's."""
    text = "\n".join([
        "福建省關於加快推進人工智能教育發展的實施方案（2025―2027年）",
        "一、總體要求", "到2027年，建設100⾨“人工智能+”精品課程，培育一批人工智能教育示範學校。",
        "二、重點任務",
        "（一）開設人工智能課程。推動各地各校開設人工智能相關課程。（責任單位：省教育廳）",
    ])  # fmt: skip
    draft = plan_draft(text, zone_slug="fujian", source_file="plan.pdf").data
    assert draft["source_cleaning"]["opencc"] == "t2s"
    targets = [t for g in draft["goals"] for t in g["targets"]]
    assert [(t["value"], t["unit"]) for t in targets] == [(100, "门")]


def test_a_page_number_inside_the_rules_of_a_row_open_at_the_page_s_foot_is_no_part_of_it(
    chromium,
):
    """A row broken at a page's foot whose rules run on into the margin (Chromium draws them to
    the page's edge) round the page number: its cells, closed where the rules end, held it
    (heldout16 zhejiang-ai-task-list printed by Chromium: "无—", "2026年12月13—", agencies
    named "省教育厅—")."""
    rows = [[*DIVISION[0], "完成时限"], *([*row, "2026年12月"] for row in DIVISION[1:])]
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    page_html = (
        "<html><head><meta charset='utf-8'><style>@page{size:A4;margin:0}body{margin:0;"
        "font-family:'Noto Serif CJK SC',serif;font-size:14pt}table{position:absolute;top:600pt;"
        "left:60pt;width:480pt;border-collapse:collapse}td{border:1px solid black;"
        "vertical-align:top}tr:last-child td{border-bottom:none;height:170pt}"
        ".number{position:absolute;top:790pt;left:420pt}</style></head><body>"
        f"<table>{cells}</table><div class='number'>— 13 —</div></body></html>"
    )
    text = ideographs_restored(
        document_from_bytes("plan.pdf", chromium_pdf(chromium, page_html, right="0mm")).text
    )
    assert text.splitlines() == ["|".join(row) + "|" for row in rows]


def test_a_radical_and_the_dash_a_pdf_font_gives_read_as_the_simplified_text_has_them():
    """⼾ (U+2F3E) stands for 户 in a simplified text, but was restored as its compatibility
    ideograph 戶: 200户 gave no target (synthetic_b jilin printed by Chromium: 3 targets). ―
    (U+2015) is the dash: 中国―东盟 named no agency of the text's 中国—东盟 (guangxi)."""
    text = "\n".join([
        "青山市人工智能产业发展行动方案（2025—2027年）",
        "一、总体要求", "到2027年，培育人工智能领域专精特新企业200⼾。",
        "二、重点任务",
        "（一）办好博览会。办好人工智能合作论坛。（责任单位：中国―东盟博览会秘书处）",
    ])  # fmt: skip
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan.pdf").data
    targets = [t for g in draft["goals"] for t in g["targets"]]
    assert [(t["value"], t["unit"]) for t in targets] == [(200, "户")]
    assert "中国—东盟博览会秘书处" in [agency["name"] for agency in draft["agencies"]]
