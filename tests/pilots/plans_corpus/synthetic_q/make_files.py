# ruff: noqa: E501
"""Builds the three synthetic_q documents (SYNTHETIC_Q.md) — plan texts as users deliver them after a CONVERSION or a
COPY — and their expected extractions from the same items:

- xiangyang-ai-plus-2026-synthetic.txt — select-all in a PDF viewer of the city's 政府公报 and paste: a hard line break
  at every printed line end (28 full-width characters, mid-word, mid-number, inside annotations), the running head
  and "— N —" where the pages turned, the indicator table one cell a line (a wrapped cell on two lines);
- wuzhong-ai-plus-2026-synthetic.docx — a "PDF 转 Word" converter's .docx of the district's printed 公文 (python-docx
  and raw XML): printed lines as paragraphs or joined by soft breaks, framed headings, text boxes, a rebuilt table
  cut in two at a page end, spaces between the characters of justified lines, page numbers as paragraphs;
- hainan-ai-plus-2026-synthetic.txt — the province portal's page selected in a browser and pasted into a text editor,
  with its annex task list pasted from an HTML table whose multi-line cells break their rows.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_q/make_files.py
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_hainan as HN  # noqa: E402
import doc_wuzhong as WZ  # noqa: E402
import doc_xiangyang as XY  # noqa: E402
from common import all_tasks, goals_yaml, sections_yaml, task_goals, wrap, write_yaml  # noqa: E402


def agencies_yaml(ag: dict) -> list[dict]:
    return [{"code": c, "name": n, "aliases": a, "category": k} for c, (n, a, k) in ag.items()]


def block_lines(kind: str, text: str) -> list[str]:
    if kind == "para":  # first line indented two characters in print; the indent is no text
        first = wrap(text, 52)[0]
        return [first, *wrap(text[len(first) :], 56)]
    return wrap(text, 56)


# ---------------------------------------------------------------- 1. 襄阳: PDF select-all, pasted


def xiangyang():
    printed = []  # printed lines in order; a table row's cells become several pasted lines
    for kind, text in XY.blocks():
        if kind == "table":
            printed.append([XY.TABLE_CAPTION])
            printed.append(list(XY.TABLE_HEADER))
            for n, (parts, unit, base, target, attr) in enumerate(XY.TABLE_ROWS, 1):
                printed.append([str(n), *parts, unit, base, target, attr])
                if len(parts) > 1:
                    printed.append([])  # the wrapped cell takes a second printed line
        else:
            printed.extend([line] for line in block_lines(kind, text))
    out, restorations, page, count = [XY.HEAD], [], XY.FIRST_PAGE, 0
    for i, pasted in enumerate(printed):
        if count == XY.LINES_PER_PAGE:
            turn = f"— {page} —\n{XY.HEAD}\n"
            out.append(f"— {page} —")
            out.append(XY.HEAD)
            restorations.append({"find": turn, "replace": ""})
            page, count = page + 1, 0
        # some viewers leave a space at a line's end
        out.extend(line + (" " if i % 11 == 5 and line else "") for line in pasted)
        count += 1
    out.append(f"— {page} —")
    text = "\n".join(out) + "\n"
    (HERE / f"{XY.SLUG}.txt").write_text(text, encoding="utf-8")

    goals = [
        {"code": "G1", "title": "到2027年", "text": XY.GOAL_TEXT, "targets": XY.G1},
        {"code": "G2", "title": XY.TABLE_CAPTION.split("\u3000")[1], "targets": XY.table_targets()},
        *task_goals(XY.PARTS, 3),
    ]
    data = {
        "format": 1,
        "zone": {
            "slug": "xiangyang-city",
            "name": "襄阳市",
            "name_en": "Xiangyang",
            "level": "city",
        },
        "plan": {
            "code": XY.SLUG,
            "title": "襄阳市“人工智能+”行动方案（2026—2027年）",
            "title_en": 'Xiangyang "AI+" action plan (2026–2027) — synthetic',
            "issuer": "襄阳市人民政府办公室",
            "doc_number": "襄政办发〔2026〕7号",
            "issued_on": "2026-03-20",
            "period_start": 2026,
            "period_end": 2027,
            "milestone_years": [2027],
            "source_file": f"{XY.SLUG}.txt",
        },
        "agencies": agencies_yaml(XY.AG),
        "goals": goals_yaml(goals),
        "sections": sections_yaml(XY.PARTS),
        "source_cleaning": {"restorations": restorations},
    }
    write_yaml(HERE / f"{XY.SLUG}.yaml", XY_HEADER, data)
    return text


XY_HEADER = """
襄阳市“人工智能+”行动方案（2026—2027年） (襄阳市人民政府办公室, 襄政办发〔2026〕7号, 2026-03-20) — SYNTHETIC (synthetic_q): WRITTEN by the
collector (helper hsynthQ, 2026-12-03) imitating a city office's plan as the city's 政府公报 prints it; not copied from any page, no such
document is claimed to exist (number, date, figures, projects and some bodies' exact names are made up). Built with its text by
make_files.py / doc_xiangyang.py from the same items; roles, targets and judgements by hand, BEFORE the collector read any importer code.
Delivery: the .txt a user gets by SELECTING ALL in a PDF viewer and pasting — a HARD LINE BREAK after every printed line (28 full-width
characters, 56 half-width: lines break mid-word, mid-number ("…典型应用场景10" / "0个以上…"), inside annotations); paragraph indents lost (a
paragraph shows only by its short last line); the gazette's running head "襄阳市人民政府公报　2026年第4期" and the page number "— N —"
where the pages turned (inside paragraphs); a space left at some line ends; the 主要指标 table pasted ONE CELL A LINE (序号, name, unit,
2025 base, 2027 value, 属性), its first name cell wrapped in its narrow column onto two lines.
source_cleaning: one restoration per page turn removes "— N —" and the running head between two lines (the text the plan prints).
Outline: notice, title, preamble; 一、总体要求 (guiding paragraph; a basis paragraph with 2025 figures — baselines, no targets;
  principles); 二、主要目标 one paragraph "到2027年，…主要指标如下表。", the
  table with its caption "表1　襄阳市“人工智能+”行动主要指标" and a note; 三、重点任务 four （N） chapters of items 1.–18. numbered
  continuously, each closing with an annotation; 四、保障措施 （一）–（五） unannotated (safeguard tasks without roles).
Goals: G1 "到2027年" (the paragraph's date phrase): 突破 gt, 以上 gte, 左右 approx, bare eq. G2 titled by the caption (without "表1"):
  each row one target, its 2027 value (eq, stock, deadline 2027); the 2025 column is the base, no target and not recorded;
  source_phrase = the row's name, unit, base and 2027 cells, one a line as pasted (the wrapped name cell joined). 指标属性 not recorded.
  Items with figures are goals titled like the item (SOURCES): 3000PFLOPS eq; 每年新增…100个以上 per_year flow; 30家以上 gte;
  每年培训…3000人次以上 per_year flow.
Roles: "（责任单位：A、B，C）" → all responsible (a comma before a park or a collective changes nothing); "（牵头单位：X；配合单位：Y、Z）" →
  X lead, Y Z supporting; "（X牵头，Y、Z配合）" likewise. "各县（市、区）人民政府" is one collective agency. The safeguard "专班办公室设在
  市经信局" assigns nothing. The notice's addressees assign nothing.
Period 2026–2027 (the title's).
"""


# ---------------------------------------------------------------- 2. 吴中: PDF → Word converter


def spaced(line: str) -> str:
    """A justified line as the converter writes it: a space between every two characters, a run of
    half-width characters kept together."""
    tokens, run = [], ""
    for ch in line:
        if ch.isascii() and ch not in " ":
            run += ch
            continue
        if run:
            tokens.append(run)
            run = ""
        tokens.append(ch)
    if run:
        tokens.append(run)
    return " ".join(tokens)


def text_box(
    paragraph,
    lines: list[str],
    left_pt: int,
    top_pt: int,
    width_pt: int,
    size: int = 16,
    red: bool = False,
):
    colour = '<w:color w:val="FF0000"/>' if red else ""
    runs = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{colour}<w:sz w:val="{size * 2}"/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
        for line in lines
    )
    height = (size + 8) * len(lines) + 10
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape type="#_x0000_t202" style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;height:{height}pt;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" stroked="f">'
        f"<v:textbox><w:txbxContent>{runs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(xml))


def framed(paragraph, x: int, y: int):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(
            f'<w:framePr {nsdecls("w")} w:w="8800" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="{x}" w:y="{y}"/>'
        ),
    )


def wuzhong():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(16)
    style.paragraph_format.space_after = Pt(0)
    state = {"page": WZ.FIRST_PAGE, "count": 0, "restorations": []}

    def page_turn():
        p = doc.add_paragraph(f"— {state['page']} —")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_break(WD_BREAK.PAGE)
        state["restorations"].append({"find": f"\n— {state['page']} —\n", "replace": "\n"})
        state["page"] += 1
        state["count"] = 0

    def emit(kind: str, text: str):
        lines = block_lines(kind, text) if kind not in ("center", "heading") else [text]
        full = [i < len(lines) - 1 for i in range(len(lines))]
        chunk = []

        def flush_chunk():
            if not chunk:
                return
            soft = state["page"] % 2 == 0  # even pages: one paragraph, printed lines joined by w:br
            if soft or kind in ("center", "heading"):
                p = doc.add_paragraph()
                for j, line in enumerate(chunk):
                    if j:
                        p.add_run().add_break()
                    p.add_run(line)
                if kind == "center":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if kind == "heading" and text.startswith("（"):
                    framed(p, 1588, 1440 + 620 * state["count"])
            else:
                for line in chunk:
                    doc.add_paragraph(line)
            chunk.clear()

        for i, line in enumerate(lines):
            if state["count"] == WZ.LINES_PER_PAGE:
                flush_chunk()
                page_turn()
            has_half = any(ch.isascii() and ch.isalnum() for ch in line)
            chunk.append(spaced(line) if full[i] and has_half else line)
            state["count"] += 1
        flush_chunk()

    first = doc.add_paragraph()
    text_box(first, [WZ.RED_HEAD], 90, 100, 420, size=26, red=True)
    no = doc.add_paragraph(WZ.DOC_NO)
    framed(no, 4400, 3300)
    state["count"] = 6
    for kind, text in WZ.NOTICE:
        if kind == "signature":
            p = doc.add_paragraph()
            text_box(p, WZ.SIGNATURE, 300, 560, 220)
            state["count"] += 3
            continue
        emit(kind, text)
    emit("para", WZ.GOAL_TEXT)
    emit("center", WZ.TABLE_CAPTION)
    if state["count"] > WZ.LINES_PER_PAGE - 5:
        page_turn()

    def table(rows):
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        for row in rows:
            cells = t.add_row().cells
            for cell, value in zip(cells, [*row, ""], strict=False):
                parts = value if isinstance(value, list) else [value]
                cell.paragraphs[0].text = parts[0]
                for part in parts[1:]:
                    cell.add_paragraph(part)
        return t

    table(
        [list(WZ.TABLE_HEADER)]
        + [[n, parts, unit, base, target] for n, parts, unit, base, target in WZ.TABLE_ROWS[:3]]
    )
    state["count"] = WZ.LINES_PER_PAGE
    page_turn()
    table([[n, parts, unit, base, target] for n, parts, unit, base, target in WZ.TABLE_ROWS[3:]])
    state["count"] += 3
    for part in WZ.PARTS:
        emit("heading", part["numbering"] + part["title"])
        for ch in part.get("chapters", []):
            emit("heading", ch["numbering"] + ch["title"])
            for t in ch["tasks"]:
                emit("para", t["numbering"] + t["title"] + "。" + t["body"] + t["note"])
        for t in part.get("tasks", []):
            emit("para", t["numbering"] + t["title"] + "。" + t["body"])
    page_turn()
    doc.save(HERE / f"{WZ.SLUG}.docx")

    goals = [
        {"code": "G1", "title": "到2027年", "text": WZ.GOAL_TEXT, "targets": WZ.G1},
        {"code": "G2", "title": WZ.TABLE_CAPTION, "targets": WZ.table_targets()},
        *task_goals(WZ.PARTS, 3),
    ]
    data = {
        "format": 1,
        "zone": {
            "slug": "wuzhong-district",
            "name": "吴中区",
            "name_en": "Wuzhong District",
            "level": "district",
        },
        "plan": {
            "code": WZ.SLUG,
            "title": "吴中区推进“人工智能+”行动实施方案（2026—2027年）",
            "title_en": 'Wuzhong District "AI+" action implementation plan (2026–2027) — synthetic',
            "issuer": "苏州市吴中区人民政府办公室",
            "doc_number": WZ.DOC_NO,
            "issued_on": "2026-04-09",
            "period_start": 2026,
            "period_end": 2027,
            "milestone_years": [2027],
            "source_file": f"{WZ.SLUG}.docx",
        },
        "agencies": agencies_yaml(WZ.AG),
        "goals": goals_yaml(goals),
        "sections": sections_yaml(WZ.PARTS),
        "source_cleaning": {"restorations": state["restorations"], "remove_spaces": True},
    }
    write_yaml(HERE / f"{WZ.SLUG}.yaml", WZ_HEADER, data)


WZ_HEADER = """
吴中区推进“人工智能+”行动实施方案（2026—2027年） (苏州市吴中区人民政府办公室, 吴政办〔2026〕21号, 2026-04-09) — SYNTHETIC (synthetic_q):
WRITTEN by the collector (helper hsynthQ, 2026-12-03) imitating a district office's 公文; not copied from any page, no such document is
claimed to exist (number, date, figures and some bodies' exact names are made up). Built with its file by make_files.py / doc_wuzhong.py
from the same items; roles, targets and judgements by hand, BEFORE the collector read any importer code.
Delivery: the .docx a "PDF 转 Word" converter writes from the printed 公文 (python-docx + raw XML): on odd pages EVERY PRINTED LINE IS ITS
OWN PARAGRAPH (28 full-width characters, mid-word, mid-number, inside annotations); on even pages one paragraph per printed block, its
lines joined by SOFT LINE BREAKS (w:br); chapter headings "（一）…" in POSITIONED FRAMES (w:framePr); the red 红头 "苏州市吴中区人民政府
办公室文件" and the signature block in VML TEXT BOXES (w:txbxContent: nothing quoted from them); the 文号 in a frame; full lines holding a
digit or Latin letter JUSTIFIED by spaces between the characters ("推 进 吴 中 智 算 中 心 …"); the main-indicator table rebuilt cell by
cell (each printed line of a cell a paragraph of its own, an empty sixth column) and CUT IN TWO at the page end (rows 1–3, the page
number, rows 4–5 without header); page numbers "— N —" as paragraphs, each followed by a page break.
source_cleaning: remove_spaces (the converter's justification spaces), and one restoration per page number paragraph removing it.
Outline: notice (addressees, text; signature in a text box), title, preamble, a basis paragraph (2025 figures: baselines, no targets), a
  principles paragraph; 一、总体目标 one paragraph "到2027年，…主要指标如下：", the caption,
  the table; 二、重点任务 four （N） chapters of items 1.–17. numbered continuously, each closing with "（责任单位：…）"; 三、保障措施 （一）–（四）
  unannotated (safeguard tasks without roles).
Goals: G1 "到2027年": 达到 eq, 超过 gt, 以上 gte, 左右 approx. G2 titled by the caption: each row its 2027 value (eq, stock, deadline 2027),
  the 2025 column a base not recorded; source_phrase = name, unit, base, 2027 cells one a line (the wrapped name cell joined).
  Items with figures are goals titled like the item: 新增智能算力800P以上 (gte, flow: 新增), 每年新增省级智能工厂5家以上 (per_year flow),
  机器人产业规模达到600亿元 (eq), 引育…高层次人才200名 (eq, flow).
Roles: every annotation is "（责任单位：…）" with no lead named: every body listed responsible; a comma before 各镇（街道） or a park
  管委会 changes nothing. "各镇（街道）" is one collective agency. The safeguard "办公室设在区工信局" and the notice's addressees assign nothing.
Period 2026–2027.
"""


# ---------------------------------------------------------------- 3. 海南: portal page, select-all, pasted


def hainan():
    body = [HN.TOP, HN.GOAL_TEXT, HN.PRINCIPLES, "二、重点任务"]
    tasks = []
    for n, title, text, lead, sup, _due_printed, due, targets in HN.TASKS:
        body.append(f"（{n}）{title}。{text}")
        task = dict(
            n=len(tasks) + 1,
            numbering=f"（{n}）",
            title=title,
            body=text,
            lead=lead,
            supporting=sup,
        )
        if due:
            task["due"] = due
        if targets:
            task["targets"] = targets
        tasks.append(task)
    body.append("三、保障措施")
    safeguards = []
    for n, title, text in HN.SAFEGUARDS:
        body.append(f"（{n}）{title}。{text}")
        safeguards.append(dict(n=len(safeguards) + 1, numbering=f"（{n}）", title=title, body=text))
    body.append("附件")
    body.append(HN.ANNEX_TITLE)
    body.append("序号\t重点任务\t牵头单位\t配合单位\t完成时限")
    for i, (_n, title, _text, lead, sup, due_printed, _due, _targets) in enumerate(HN.TASKS, 1):
        lead_cell = "、".join(HN.AG[c][1][0] for c in lead)
        sup_cell = "\n".join(HN.AG[c][1][0] for c in sup)  # one body a line in the cell (<br>)
        body.append(f"{i}\t{title}\t{lead_cell}\t{sup_cell}\t{due_printed}")
    text = "\n".join(body) + "\n" + HN.TAIL
    (HERE / f"{HN.SLUG}.txt").write_text(text, encoding="utf-8")

    parts = [
        dict(code="二", numbering="二、", title="重点任务", kind="key_task", tasks=tasks),
        dict(code="三", numbering="三、", title="保障措施", kind="safeguard", tasks=safeguards),
    ]
    goal_text = HN.GOAL_TEXT[len("（二）") :]
    goals = [
        {
            "code": "G1",
            "numbering": "（二）",
            "title": "主要目标",
            "text": goal_text,
            "targets": HN.G1,
        },
        *task_goals(parts, 2),
    ]
    data = {
        "format": 1,
        "zone": {
            "slug": "hainan-province",
            "name": "海南省",
            "name_en": "Hainan Province",
            "level": "municipality",
        },
        "plan": {
            "code": HN.SLUG,
            "title": "海南省“人工智能+”行动方案（2026—2028年）",
            "title_en": 'Hainan Province "AI+" action plan (2026–2028) — synthetic',
            "issuer": "海南省人民政府办公厅",
            "doc_number": "琼府办〔2026〕15号",
            "issued_on": "2026-04-15",
            "period_start": 2026,
            "period_end": 2028,
            "milestone_years": [2028],
            "source_file": f"{HN.SLUG}.txt",
        },
        "agencies": agencies_yaml(HN.AG),
        "goals": goals_yaml(goals),
        "sections": sections_yaml(parts),
    }
    write_yaml(HERE / f"{HN.SLUG}.yaml", HN_HEADER, data)
    return text


HN_HEADER = """
海南省“人工智能+”行动方案（2026—2028年） (海南省人民政府办公厅, 琼府办〔2026〕15号, 2026-04-15) — SYNTHETIC (synthetic_q): WRITTEN by the
collector (helper hsynthQ, 2026-12-03) imitating a province office's plan as the provincial portal publishes it; not copied from any page,
no such document is claimed to exist (number, dates, index number, figures, view count and some bodies' exact names are made up). Built
with its text by make_files.py / doc_hainan.py from the same items; roles, targets and judgements by hand, BEFORE the collector read any
importer code.
Delivery: the .txt a user gets by selecting the portal's page in a browser (Ctrl+A) and pasting into a text editor: accessibility bar,
site name, nav items one a line, search box, breadcrumb "当前位置：首页 > 政务公开 > 政策文件 > 琼府办", the METADATA TABLE pasted as
TAB-separated label/value lines (索引号, 分类, 发布机构, 发文日期, 名称, 文号, 发布日期, 主题词), the page title, a 来源/发布时间/【字体：大 中
小】/【打印】/浏览次数 line; the notice and the plan one paragraph a line; the annex "附件 / 海南省“人工智能+”行动重点任务清单" pasted from
its HTML table — cells by TABS, rows by line breaks, and the 配合单位 cell holding one body a line (<br>), so that a row with several
supporting bodies is BROKEN over several lines (the line after the break holds the next body, and the last one the 完成时限 after a
tab); then 相关解读 links ("【政策解读】省工业和信息化厅负责人就…答记者问"), the QR-code line, 【打印本页】【关闭窗口】, footer (主办/承办,
网站标识码, ICP/公安备案号): page furniture, no roles or targets (the 解读's "超200亿元" restates a goal).
Outline: 一、总体要求 （一）指导思想 （二）主要目标 （三）基本原则; 二、重点任务 （一）–（十三） one paragraph each, NO annotation in the body; 三、保障措施
  （一）–（五） (safeguard tasks without roles; "领导小组办公室设在省工业和信息化厅" assigns nothing); the annex list repeats each task's title.
Roles and dues from the annex row repeating the task's title (as synthetic_h / synthetic_k's annex 分工表): 牵头单位 → lead, 配合单位 → supporting;
  完成时限 "2027年12月" → due 2027-12-31, "2027年6月" → 2027-06-30, "持续推进" → no due. The annex rows are NOT tasks of their own.
  "各市县人民政府" is one collective agency. 省旅文厅 is the 旅游和文化广电体育厅 (culture_tourism); 省海洋厅 natural_resources.
Goals: G1 "主要目标" (numbered （二）: its own heading word, no date phrase is needed): 超过 gt, 以上 gte, bare eq, "5—8个" range,
  "1万人" 10000 人 (flow: 培养引进 over the period). Items with figures are goals titled like the item: 10EFLOPS eq (deadline 2028, though
  the task is due 2027-12); 每年推出…20个以上 per_year flow; 50家以上 gte. NOT targets: the preamble's 2025 figure (约为85亿元,
  a baseline), the metadata's numbers, the view count.
Period 2026–2028.
"""


if __name__ == "__main__":
    t1 = xiangyang()
    wuzhong()
    t3 = hainan()
    for name, tasks in (("xiangyang", XY.PARTS),):
        print(name, sum(1 for _ in all_tasks(tasks)), "tasks")
    print("ok")
