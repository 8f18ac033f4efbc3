"""PDF layouts of real government plans the text layer reader must see through: paragraphs with no
first-line indent (Word exports, LibreOffice conversions), whose only break is a line stopping
short of the margin — or, when a paragraph ends exactly at the margin, the named item or heading
number the next line starts with."""

import html

from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse, tasks_in_print_order

PER_LINE = 30  # characters of a line: the text block is 30em wide, each ideograph 1em


def _typeset(chromium: str, body: str, *, header: str = "", footer: str = "") -> bytes:
    """An A4 PDF from headless Chromium: ``body`` (HTML) in a 30em block of 16pt serif CJK, no
    first-line indent, ragged right; ``header``/``footer`` are Chromium's page templates."""
    from playwright.sync_api import sync_playwright

    page_html = (
        "<html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
        f"font-size:16pt;line-height:1.6;width:{PER_LINE}em;margin:0}}"
        "p{margin:0;text-indent:0;text-align:left}</style>"
        f"</head><body>{body}</body></html>"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.set_content(page_html)
        content = page.pdf(
            format="A4",
            margin={"top": "25mm", "bottom": "25mm", "left": "28mm", "right": "20mm"},
            display_header_footer=bool(header or footer),
            header_template=header or "<span></span>",
            footer_template=footer or "<span></span>",
        )
        browser.close()
    return content


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def _full_lines(text: str, lines: int = 2) -> str:
    """``text`` checked to fill exactly ``lines`` lines, so its last character sits at the
    right margin."""
    assert len(text) == lines * PER_LINE, len(text)
    return text


def _task_titles(text: str) -> list[str]:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    data = plan_document_parse(name="draft", text=draft.to_yaml()).data
    return [task["title"] for _, task in tasks_in_print_order(data["sections"])]


# Named items ("名称。") one to a paragraph, as the Liuzhou plan writes them; two paragraphs end
# exactly at the margin, one of them on a sentence ("建立多元算力协同体系。") that starts a line
# inside the paragraph and must stay joined.
UNINDENTED = [
    "青山市人工智能产业发展规划",
    "一、重点任务",
    "（一）建设人工智能研发载体",
    _full_lines(
        "新型研发机构。依托高等院校科研院所企业等创新主体在制造业建设新型研发"
        "机构围绕智能产品开发开展技术研究加速科技成果产业化。"
    ),
    "重点实验室。布局一批重点实验室和技术创新中心，支持其围绕人工智能开展跨学科创新攻关。",
    _full_lines(
        "高层次创新平台。支持企业建设产业技术研究院促进人工智能技术与多行业快速深度结合"
        "推动相关算法模型和数据资源的开放应用共享。"
    )
    + "建立多元算力协同体系。引导中小企业参与协同创新。",
    "（二）培育人工智能企业",
    _full_lines(
        "龙头企业。支持龙头企业牵头组建创新联合体带动产业链上下游协同发展形成有竞争力"
        "的产业集群推动全市智能产业规模持续发展壮大。"
    ),
    "科技型中小企业：实施科技型中小企业培育工程，建立梯度培育库。",
    "二、保障措施",
    "（一）加强组织领导。建立工作机制。",
]


def test_unindented_paragraphs_ending_at_the_margin_part_before_a_named_item(chromium):
    content = _typeset(chromium, _paragraphs(UNINDENTED))
    text = document_from_bytes("plan.pdf", content).text
    running = next(line for line in text.splitlines() if "多元算" in line)
    assert running.startswith("⾼层次创新平台。")  # the sentence at a line's start stays joined
    assert _task_titles(text) == _task_titles("\n".join(UNINDENTED))
