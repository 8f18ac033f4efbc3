"""Plans as offices typeset them (``evaluate_drafts --render``): what a Word file or the PDF printed
from it does to a plan's text that its web copy does not — a title centred over two lines, a figure
pushed to the start of a PDF line — read back as the text has it."""

import html
import io

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import chromium_pdf

TITLE = ("青山区关于支持生成式人工智能", "发展的若干措施")
# A draft for comment as a district posts it: the notice's reply channels are numbered (1、 2、)
# before its signature, date and the plan's own title, which tells them apart from the plan's items.
NOTICE = [
    "区科委起草了《青山区关于支持生成式人工智能发展的若干措施（征求意见稿）》，现公开征求意见。",
    "公众可以通过以下途径提出意见：",
    "1、电子邮件请发送至：kw@qs.gov.cn",
    "2、信件请寄至：青山区人民路1号",
    "青山区科学技术委员会",
    "2025年8月24日",
]
BODY = [
    "（征求意见稿）",
    "为推动生成式人工智能技术应用赋能和产业健康发展，特制定本措施。",
    "一、推动产业集聚发展",
    "1.鼓励优质企业落地。对新注册的大模型企业给予最高500万元落地奖励。",
    "2.鼓励企业做大做强。对营业收入首次突破1亿元的企业给予奖励。",
    "二、强化算力供给",
    "3.支持算力建设。对建设智能算力中心的企业给予补贴。",
]
EXPECTED = (  # the draft mark under the title is the title's, as the corpus's extractions read it
    "青山区关于支持生成式人工智能发展的若干措施（征求意见稿）",
    ["鼓励优质企业落地", "鼓励企业做大做强", "支持算力建设"],
)


def _title_and_tasks(text: str) -> tuple[str, list[str]]:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    data = plan_document_parse(name="draft", text=draft.to_yaml()).data
    return data["plan"]["title"], [t["title"] for _, t in tasks_in_print_order(data["sections"])]


def test_the_text_with_its_title_on_one_line_drafts_as_expected():
    assert _title_and_tasks("\n".join([*NOTICE, "".join(TITLE), *BODY])) == EXPECTED


def test_a_word_title_centred_over_two_paragraphs_is_one_line():
    """Typed over two centred paragraphs in 22 pt, the title read as two lines: the second
    ("发展的若干措施") was taken for the plan's title, the notice's reply channels for its items."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for line in NOTICE:
        document.add_paragraph(line)
    for line in TITLE:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).font.size = Pt(22)
    for line in BODY:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    text = document_from_bytes("plan.docx", buffer.getvalue()).text
    assert _title_and_tasks(text) == EXPECTED


def test_centred_headings_of_a_word_file_stay_apart():
    """A centred chapter heading under the title, a centred line ending a sentence: no title."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    for line in ["青山区人工智能产业发展规划", "第一章 总则", "第一条 为推动发展，制定本规划。",
                 "各部门要抓好落实。", "青山区人民政府办公室"]:  # fmt: skip
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    buffer = io.BytesIO()
    document.save(buffer)
    text = document_from_bytes("plan.docx", buffer.getvalue()).text
    assert text.splitlines() == [
        "青山区人工智能产业发展规划", "第一章 总则", "第一条 为推动发展，制定本规划。",
        "各部门要抓好落实。", "青山区人民政府办公室",
    ]  # fmt: skip


def _gbt9704_pdf(
    chromium: str, title_lines: list[str], lines: list[str], before: list[str]
) -> bytes:
    """An A4 PDF set as GB/T 9704 sets a 公文: 16 pt body with first lines indented two
    characters, justified; the title centred in 22 pt over its lines."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in before)
    paragraphs += "".join(f"<p class='title'>{html.escape(line)}</p>" for line in title_lines)
    paragraphs += "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page_html = (
        "<html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
        "font-size:16pt;line-height:28pt}p{text-indent:2em;margin:0;text-align:justify}"
        "p.title{text-indent:0;text-align:center;font-size:22pt;line-height:36pt}</style>"
        f"</head><body>{paragraphs}</body></html>"
    )
    return chromium_pdf(chromium, page_html, right="26mm")


def test_a_pdf_title_centred_over_two_lines_is_one_line(chromium):
    """The title's first line stops short of the margin and its second starts far in: two
    paragraphs, as in the Word file."""
    pdf = _gbt9704_pdf(chromium, list(TITLE), BODY, NOTICE)
    text = document_from_bytes("plan.pdf", pdf).text
    assert _title_and_tasks(text) == EXPECTED


@pytest.mark.parametrize(
    "filled",
    [
        "力争全市算力规模大幅提升形成多元供给新格局其中高性能算力超过",  # the line full
        "力争全市算力规模大幅提升形成多元供给新格局其中算力超过",  # short by less than the figure
    ],
)
def test_a_pdf_line_opening_with_a_decimal_figure_goes_on_with_the_sentence(chromium, filled):
    """A line filled inside a sentence ("…其中高性能算力超过"), or stopping short because the
    figure after it is too wide to fit, pushes the figure to the next line, where "4.5EFLOPS" looks
    like a sub-item's number 4.5: the figure was cut from its sentence and its target lost."""
    from tests.pilots.drafting.test_pdf_layout import PER_LINE, _paragraphs, _typeset

    assert PER_LINE - 3 <= len(filled) <= PER_LINE
    goal = filled + "4.5EFLOPS，超算算力达到0.4EFLOPS。"
    lines = ["青山市算力基础设施发展行动方案", "一、发展目标", goal, "二、重点任务",
             "（一）建设智算中心。统筹建设城市智算中心（责任单位：市发改委）。"]  # fmt: skip
    text = document_from_bytes("plan.pdf", _typeset(chromium, _paragraphs(lines))).text
    assert "超过4.5EFLOPS" in text  # one paragraph (its ideographs are the PDF font's radicals: ⼒)
    data = plan_draft(text, zone_slug="qingshan", source_file="plan").data
    values = [(t["value"], t["unit"]) for g in data["goals"] for t in g["targets"]]
    assert values == [(4.5, "EFLOPS"), (0.4, "EFLOPS")]


# Word's defaults as many offices leave them: no first-line indent, ragged right, 6 pt after each
# paragraph. A paragraph ending at the margin, the next opening with a plain sentence (no number,
# no named item), were one paragraph: the measures of a task, each with its annotation, ran
# together.
SPACED = [
    "青山市促进人工智能产业高质量发展若干措施",
    "一、坚持创新引领",
    "（一）加强源头创新。支持企业、高校、科研院所开展科技攻关，突破核心算法、人工智能芯片、多模态大模型、具身智能等关键技术。",
    "对国家级人工智能领域揭榜攻关项目按照研发投入总额给予最高不超过百分之五十的补助，单项最高一千万元。（责任单位：市工信局）",
    "对市级揭榜挂帅科技项目按照研发投入总额给予补助。（责任单位：市科技局）",
    "（二）鼓励协同创新。支持各类创新主体组建创新联合体。（责任单位：市工信局）",
]


def test_pdf_paragraphs_parted_only_by_the_space_after_them(chromium):
    from tests.pilots.drafting.test_pdf_layout import PER_LINE, _paragraphs, _typeset

    assert [len(line) for line in SPACED[2:4]] == [2 * PER_LINE] * 2  # each ends at the margin
    body = _paragraphs(SPACED).replace("<p>", "<p style='margin-bottom:6pt'>")
    text = document_from_bytes("plan.pdf", _typeset(chromium, body)).text
    assert len(text.splitlines()) == len(SPACED)
    from_pdf = plan_draft(text, zone_slug="qingshan", source_file="plan").data
    from_text = plan_draft("\n".join(SPACED), zone_slug="qingshan", source_file="plan").data
    assert from_pdf["sections"] == from_text["sections"]


def test_a_word_list_restarted_by_its_own_numbering_instance_counts_from_its_start():
    """Word's "restart at 1": the items under the second heading are a new instance (w:num) of
    the same list with a w:startOverride — Word prints 1. 2. again, where they were read as 3. 4.
    (one counter per abstract list)."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        "</w:abstractNum>"
    ))  # fmt: skip
    for num, override in (("91", ""), ("92", '<w:lvlOverride w:ilvl="0"><w:startOverride '
                                            'w:val="1"/></w:lvlOverride>')):  # fmt: skip
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num}"><w:abstractNumId w:val="91"/>{override}</w:num>'
        ))  # fmt: skip
    lines = [
        (None, "青山市人工智能行动方案"), (None, "一、重点任务"), (None, "（一）夯实算力基础"),
        ("91", "建设智算中心。（责任单位：市发改委）"), ("91", "开放数据。（责任单位：市数据局）"),
        (None, "（二）推动产业发展"), ("92", "培育企业。（责任单位：市工信局）"),
        ("92", "建设场景。（责任单位：市科技局）"),
    ]  # fmt: skip
    for num, text in lines:
        paragraph = document.add_paragraph(text)
        if num:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
            ))  # fmt: skip
    buffer = io.BytesIO()
    document.save(buffer)
    text = document_from_bytes("plan.docx", buffer.getvalue()).text
    assert [line.split("。")[0] for line in text.splitlines()[3:]] == [  # a gap: w:suff's tab
        "1. 建设智算中心", "2. 开放数据", "（二）推动产业发展", "1. 培育企业", "2. 建设场景",
    ]  # fmt: skip
