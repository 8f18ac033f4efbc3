"""Plans as government sites publish them in PDF, printed by headless Chromium from the HTML and
CSS an office's layout would have: the issuing frame (red head 文件, 文号, seal over the date, the
版记 of 抄送 and 印发 at the end, "— N —" alternating left and right), landscape annexes, letter-
spaced text, a leaflet of two columns appended. Each drafts as its text does."""

import html

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.cleaning import ideographs_restored
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import chromium_pdf, pdf_bytes
from tests.pilots.drafting.test_genre_conventions import _roles, _tasks
from tests.pilots.drafting.test_task_tables import CATEGORIES, DUES, ROLES, TITLES, _draft, _spaced

SEAL = (  # the office's name set round the rim, a star in the middle, drawn over the date
    "<svg style='position:absolute;right:0;top:-36pt' width='130' height='130'>"
    "<circle cx='65' cy='65' r='60' fill='none' stroke='red' stroke-width='4'/>"
    "<defs><path id='rim' d='M 20 70 A 45 45 0 1 1 110 70'/></defs>"
    "<text fill='red' font-size='15'><textPath href='#rim' startOffset='50%' text-anchor='middle'>"
    "青山市人民政府</textPath></text>"
    "<text x='65' y='82' fill='red' font-size='30' text-anchor='middle'>★</text></svg>"
)
CSS = """
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font-size: 14pt; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-size: 14pt; } }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 16pt; line-height: 28pt; margin: 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.red { color: red; font-size: 40pt; line-height: 1.3; text-align: center; text-indent: 0;
  margin-top: 16mm; font-weight: bold; }
.number { text-align: center; text-indent: 0; margin-top: 16pt; }
.rule { border: 0; border-top: 2pt solid red; margin: 4pt 0 24pt; }
h1 { font-size: 22pt; line-height: 1.5; text-align: center; font-weight: normal; margin: 0 0 24pt; }
.signature { text-align: right; padding-right: 2em; margin-top: 36pt; position: relative; }
.plan { break-before: page; }
.record { text-indent: 0; border-bottom: 1pt solid black; padding: 3pt 1em; }
.record.first { border-top: 1pt solid black; break-before: page; }  /* the last page's foot */
"""
TITLE = "青山市人工智能产业发展行动方案"


def _page(body: str, css: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<style>{CSS}{css}</style></head><body>{body}</body></html>"
    )


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def _issued(plan: str, record: bool = True) -> str:
    """The plan in its issuing notice: red head, 文号, the notice over the seal and date, the plan
    on a page of its own, and at the end the 版记 (抄送, 印发) between rules."""
    head = (
        "<p class='red'>青山市人民政府文件</p><p class='number'>青府发〔2025〕12号</p>"
        "<hr class='rule'>"
        f"<h1>青山市人民政府<br>关于印发{TITLE}的通知</h1>"
        "<p style='text-indent:0'>各区县人民政府，市政府各部门：</p>"
        f"<p>现将《{TITLE}》印发给你们，请认真组织实施。</p>"
        f"<p class='signature'>青山市人民政府<br>2025年3月12日{SEAL}</p>"
        "<p>（此件公开发布）</p>"
    )
    tail = (
        "<p class='record first'>抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，"
        "市法院，市检察院，各民主党派市委。</p>"
        "<p class='record'>青山市人民政府办公室　　　　　　2025年3月13日印发</p>"
    )
    return head + f"<div class='plan'><h1>{TITLE}</h1>{plan}</div>" + (tail if record else "")


def _drafted_plan(text: str) -> dict:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    return plan_document_parse(name="draft", text=draft.to_yaml()).data


def _assignments(data: dict) -> list[tuple[str, str, str]]:
    names = {agency["code"]: agency["name"] for agency in data["agencies"]}
    return [
        (task["title"], role, names[code])
        for _, task in tasks_in_print_order(data["sections"])
        for role in ("lead", "responsible", "supporting")
        for code in task.get(role, []) or []
    ]


PLAN = [
    "一、发展目标",
    "到2027年，全市人工智能核心产业规模达到300亿元，培育人工智能企业200家以上。",
    "二、重点任务",
    "（一）夯实算力基础。建设城市智能算力中心，统筹全市算力资源调度。（责任单位：市发展改革委）",
    "（二）开放应用场景。每年发布人工智能应用场景清单，推动场景开放。（牵头单位：市工信局；"
    "配合单位：市科技局、市数据局）",
]


@pytest.mark.parametrize("last", ["closed", "cut", "cut, set to the margin"])
def test_the_record_of_copies_at_the_end_of_an_issued_plan_names_no_agency(chromium, last):
    """The 版记 closing an issued document — 抄送 the bodies a copy goes to, the office that
    printed it and the day — is no part of the plan: its bodies are no agencies of its tasks,
    whether the last task's annotation is closed or cut by the end of a page copied, and also
    when that last line runs to the margin (a line set 分散对齐) and the 抄送 line, indented by
    one character as GB/T 9704 sets it, opens the next page."""
    plan = PLAN if last == "closed" else [*PLAN[:-1], PLAN[-1].removesuffix("、市数据局）")]
    body = _paragraphs(plan)
    if last.endswith("margin"):
        body = body.replace("<p>（二）", "<p style='text-align-last:justify'>（二）")
    content = chromium_pdf(chromium, _page(_issued(body)), right="26mm")
    text = document_from_bytes("plan.pdf", content).text
    assert "抄送" in text  # the reader keeps it; drafting leaves it out
    bare = chromium_pdf(chromium, _page(_issued(body, False)), right="26mm")
    drafted, expected = _drafted_plan(text), _drafted_plan(document_from_bytes("p.pdf", bare).text)
    assert _assignments(drafted) == _assignments(expected)
    assert {a["name"] for a in drafted["agencies"]} == {a["name"] for a in expected["agencies"]}


def test_a_division_table_copied_as_text_and_printed_as_paragraphs_keeps_its_cells(chromium):
    """A district's division of work copied from its page as lines whose cells stand a space
    apart ("序号 重点任务 牵头单位 …"), printed as paragraphs: the spaces are gaps between runs of
    touching characters, real separators, not the even spacing of a letter-spaced line. Before:
    every space between two ideographs was dropped, "序号重点任务牵头单位" was no header and the
    table drafted no task; nor did a category row in the font's radical (⼀、) part the rows
    (heldout10 qiaocheng printed by Chromium). Not covered: the first row, too long for its line,
    is wrapped by the browser at the space between its two role cells, which a line's end keeps
    no sign of (its lead cell reads both)."""
    content = pdf_bytes(chromium, _spaced(" ").splitlines(), "某区人民政府办公室")
    text = document_from_bytes("table.pdf", content).text
    assert "序号 重点任务 牵头单位 配合单位 完成时限" in text
    data = _draft(text)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == TITLES
    assert [_roles(data, t) for t in tasks][1:] == ROLES[1:]
    assert [t.get("due") for t in tasks] == DUES
    assert [s["title"] for s in data["sections"]] == [c[2:] for c in CATEGORIES]


def test_letter_spaced_lines_and_headings_are_closed_up(chromium):
    """Lines set with a space between every two characters (a heading "一、总 体 要 求", a
    paragraph justified by spreading its characters) are read closed up: the spaces are the
    setting's, not separators."""
    plan = [
        "一、总 体 要 求",
        " ".join("到2027年，全市人工智能核心产业规模达到300亿元。"),
        "二、重 点 任 务",
        "（一）夯实算力基础。建设城市智能算力中心。（责任单位：市发展改革委）",
    ]
    content = chromium_pdf(chromium, _page(_paragraphs(plan)), right="26mm")
    text = document_from_bytes("plan.pdf", content).text
    assert "总体要求" in text.replace("⼀", "一") and "重点任务" in text
    assert " " not in text.replace("— ", "").replace(" —", "")


LEAFLET_CSS = (
    ".leaflet{break-before:page;column-count:2;column-gap:12mm;font-size:12pt;line-height:20pt}"
    ".leaflet h1{column-span:all}"
)
POINT = "市政府印发了该方案，明确了今后三年的发展目标和重点任务。现就有关内容解读如下。"


def test_a_leaflet_in_two_columns_after_the_plan_garbles_nothing(chromium):
    """An explainer (一图读懂…政策解读) a site appends after the plan, set in two columns: read
    across the page its lines at the same height ran together ("…解读如下。四、市政府…") and its
    points were drafted as more tasks. Its columns are read one after the other, and the
    explainer, from its title on, is no part of the plan."""
    leaflet = (
        f"<div class='leaflet'><h1>一图读懂《{TITLE}》政策解读</h1>"
        + "".join(f"<p>{n}、{POINT * 3}</p>" for n in "一二三四五六")
        + "</div>"
    )
    content = chromium_pdf(
        chromium, _page(_issued(_paragraphs(PLAN), False) + leaflet, LEAFLET_CSS), right="26mm"
    )
    text = document_from_bytes("plan.pdf", content).text
    points = [line for line in ideographs_restored(text).splitlines() if POINT[:10] in line]
    assert [p[:2] for p in points] == [f"{n}、" for n in "一二三四五六"]
    assert all(p.endswith(POINT) for p in points)
    bare = chromium_pdf(chromium, _page(_issued(_paragraphs(PLAN), False)), right="26mm")
    drafted, expected = _drafted_plan(text), _drafted_plan(document_from_bytes("p.pdf", bare).text)
    assert _assignments(drafted) == _assignments(expected)
    titles = [t["title"] for _, t in tasks_in_print_order(drafted["sections"])]
    assert titles == [t["title"] for _, t in tasks_in_print_order(expected["sections"])]


def test_the_seal_over_the_date_leaves_no_letters_in_the_text(chromium):
    """A seal drawn as text set round a circle over the signature and date: its letters, each
    turned along the rim, were read as lines of their own ("市人民", "政", "府") or run into the
    date. Letters set askew (neither upright nor turned a quarter) are no text of the page."""
    content = chromium_pdf(chromium, _page(_issued(_paragraphs(PLAN))), right="26mm")
    lines = ideographs_restored(document_from_bytes("plan.pdf", content).text).splitlines()
    signed = lines.index("2025年3月12日")
    assert lines[signed - 1] == "青山市人民政府"
    assert not [line for line in lines if len(line) <= 3 and line != "★"]


def _merged_table(rows: list[list[str]]) -> str:
    """A ruled table, its header repeated on each page (<thead>), a cell repeating the one above
    merged with it over the rows (rowspan), as an office sets a division of tasks."""
    spans = [[1] * len(rows[0]) for _ in rows]
    for column in range(len(rows[0])):
        first = 1
        for r in range(2, len(rows)):
            if column and rows[r][column] == rows[first][column]:
                spans[first][column] += 1
                spans[r][column] = 0
            else:
                first = r
    head = "".join(f"<th>{html.escape(cell)}</th>" for cell in rows[0])
    body = "".join(
        "<tr>"
        + "".join(
            f"<td rowspan='{spans[r][c]}'>{html.escape(cell)}</td>"
            for c, cell in enumerate(row)
            if spans[r][c]
        )
        + "</tr>"
        for r, row in enumerate(rows)
        if r
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


TABLE_CSS = (
    "@page annex{size:A4 landscape;margin:26mm 30mm}.annex{page:annex;break-before:page}"
    "table{border-collapse:collapse;width:100%;font-size:12pt;line-height:1.4}"
    "td,th{border:0.75pt solid black;padding:2pt 4pt;vertical-align:middle}"
)


def test_cells_merged_over_a_page_break_are_read_in_every_row_they_cover(chromium):
    """A landscape annex 重点任务分工表 over several pages, its header repeated, the category,
    lead and supporting cells merged over the rows they cover: a merged cell broken by a page
    break left the rows on the next page blank in its column (their lead and supporting bodies
    lost) and, its text broken too, gave them the second half of it ("利用")."""
    supporting = ["市数据局", "市财政局、市科技局", "市商务局"]
    rows = [["序号", "重点任务", "具体任务", "牵头单位", "配合单位"]] + [
        [
            str(n),
            "加大数据开发利用" if n <= 24 else "强化算力设施保障",
            f"建设第{n}个行业高质量数据集，" + "推动数据资源在重点行业的开发利用和流通交易，" * 2
            + "形成示范。",
            "市经信局" if (n - 1) // 4 % 2 == 0 else "市发展改革委",
            supporting[(n - 1) // 4 % 3],
        ]
        for n in range(1, 33)
    ]  # fmt: skip
    plan = [*PLAN, "附件", "重点任务分工表"]
    body = _paragraphs(plan[:-2]) + (
        f"<div class='annex'>{_paragraphs(plan[-2:])}{_merged_table(rows)}</div>"
    )
    content = chromium_pdf(chromium, _page(body, TABLE_CSS), right="26mm")
    text = ideographs_restored(document_from_bytes("plan.pdf", content).text)
    printed = ["|".join(row) + "|" for row in rows]
    assert [line for line in text.splitlines() if "|" in line] == printed
