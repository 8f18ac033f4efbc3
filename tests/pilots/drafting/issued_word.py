"""A plan's text as the .docx a government office issues (公文, GB/T 9704), built for the tests.

``issued_docx`` wraps the plan in its issuing frame — the red 版头 "XX市人民政府办公厅文件" over a
red rule, the 文号, the notice's title, addressees and transmission paragraph, the 附件 marker,
signature, date and （此件公开发布） — and ends it with the 版记 (抄送 …, "XX办公厅 2025年3月1日
印发") in a table of two rows ruled above and below, as the offices' templates have it. The
first page has a header of its own (empty); the others print "— N —" at the foot with a PAGE
field. Headings are styled Heading 1 / Heading 2 and numbered, as the body's 1. and （1）, by
Word's list numbering linked to those styles (no number in the text), unless typed.

``division``: the body's annotations are taken out of its tasks and set in the annex's
division-of-work table (序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限) on a landscape
section of its own, a row of one merged cell for each part, a lead unit repeated in consecutive
rows merged down. ``revisions`` leaves tracked changes in (an insertion, a deletion, a paragraph
inserted whole); ``comments`` and ``footnotes`` add reviewers' comments and footnotes.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from pilots.drafting.annotations import annotations_in

RED = "FF0000"
LEVELS = (  # (typed number, format, Word's text, style)
    (r"([一二三四五六七八九十]+)、", "chineseCounting", "%1、", "Heading 1"),
    (r"[（(]([一二三四五六七八九十]+)[）)]", "chineseCounting", "（%2）", "Heading 2"),
    (r"(\d{1,2})[.．](?!\d)", "decimal", "%3.", None),
    (r"[（(](\d{1,2})[）)]", "decimal", "（%4）", None),
)
COPIES_TO = "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市高法院，市检察院。"


@dataclass
class Frame:
    issuer: str = "青山市人民政府办公厅"
    number: str = "青府办发〔2025〕12号"
    addressees: str = "各区县（自治县）人民政府，市政府各部门，有关单位："
    date: str = "2025年3月1日"


@dataclass
class Options:
    frame: Frame | None = field(default_factory=Frame)
    word_numbers: bool = True
    division: bool = False
    division_only: bool = False  # the body's tasks left out: they stand only in the table
    revisions: bool = False
    comments: bool = False
    footnotes: bool = False


def issued_docx(text: str, options: Options | None = None) -> bytes:
    from docx import Document

    from pilots.drafting.rendering import office_blocks

    options = options or Options()
    blocks = office_blocks(text)
    titles = (
        [i for i, b in enumerate(blocks) if b.kind == "title"]
        or [
            i  # a title ending in its period: 规划(2020-2025年)
            for i, b in enumerate(blocks[:5])
            if b.kind == "body"
            and re.search(r"(规划|方案|意见|措施)[(（]", b.text)
            and "。" not in b.text
        ][:1]
    )
    for i in titles[:1]:
        blocks[i].kind = "title"
    if options.frame and titles:
        blocks = blocks[titles[0] :]  # the frame is the notice: the copy's own is dropped
    title = blocks[0].text if blocks and blocks[0].kind == "title" else "行动方案"
    rows: list[list[str]] = []
    if options.division or options.division_only:
        blocks, rows = _division_taken(blocks, options.division_only)
    document = Document()
    writer = _Writer(document, options)
    if options.frame:
        writer.frame_head(options.frame, title)
    for block in blocks:
        writer.block(block)
    if rows:
        writer.division_annex(rows)
    if options.frame:
        writer.record(options.frame)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# The division table


def _division_taken(blocks, only: bool) -> tuple[list, list[list[str]]]:
    """(the blocks with each task's annotation taken out, the table's rows: a part's heading as
    a row of one cell across, then one row per task with its units in their roles' columns)."""
    from pilots.drafting.annotation_roles import annotation_roles
    from pilots.drafting.due_dates import annotation_due

    columns = {"lead": "牵头单位", "responsible": "责任单位", "supporting": "配合单位"}
    tasks = []
    kept = []
    titled = None  # a heading line of its own (（一）打造算力生态。) over the task's paragraph
    for block in blocks:
        found = annotations_in(block.text) if block.kind != "table" else []
        if block.kind == "heading1" and not found:
            tasks.append((block.text, None))
        if block.kind in ("heading1", "heading2") and not found and "。" not in block.text[:-1]:
            titled = re.sub(r"^[（(]?[一二三四五六七八九十]+[、）)]", "", block.text).rstrip("。")
        elif block.kind != "body":
            titled = None
        if len(found) != 1 or found[0].standalone:
            kept.append(block)
            continue
        annotation = found[0]
        task = (block.text[: annotation.start] + block.text[annotation.end :]).strip()
        units: dict[str, list[str]] = {}
        for role, name in annotation_roles(annotation.inside):
            units.setdefault(columns[role], []).append(name)
        due = annotation_due(annotation.inside)[0] or ""
        body = re.sub(r"^(\d{1,2}[.．]|[（(]?[一二三四五六七八九十\d]+[、）)])", "", task)
        heading, _, measures = body.partition("。")
        if titled and block.kind == "body" and not re.match(r"\d{1,2}[.．]", task):
            heading, measures = titled, body
            if tasks and tasks[-1][1] is None and titled in tasks[-1][0]:
                tasks.pop()  # the part is the task: no row of its own above it
        elif not measures or len(heading) > 30:
            heading, measures = body[:20], body
        titled = None
        tasks.append((heading, (measures[:60], units, due[:4] + "年" if due else "")))
        if not only:
            block.text = task
            kept.append(block)
    roles = [c for c in columns.values() if any(t[1] and c in t[1][1] for t in tasks)]
    rows = [["序号", "重点任务", "具体举措", *roles, "完成时限"]]
    number = 0
    for heading, row in tasks:
        if row is None:
            rows.append([heading] * len(rows[0]))
            continue
        number += 1
        measures, units, due = row
        rows.append(
            [str(number), heading, measures, *("、".join(units.get(r, [])) for r in roles), due]
        )
    return kept, rows


# WordprocessingML


class _Writer:
    def __init__(self, document, options: Options):
        from docx.shared import Mm

        self.document = document
        self.options = options
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = ""
        self._page_field(section.footer.paragraphs[0])
        self._fonts()
        self.numbers = _StyleNumbering(document) if options.word_numbers else None
        self.revision = 0
        self.notes = 0

    def _fonts(self) -> None:
        from docx.shared import Pt, RGBColor

        normal = self.document.styles["Normal"]
        _east_asian(normal.element, "仿宋_GB2312")
        normal.font.size = Pt(16)
        for name, font in (("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312")):
            style = self.document.styles[name]
            _east_asian(style.element, font)
            style.font.size, style.font.bold = Pt(16), False
            style.font.color.rgb = RGBColor(0, 0, 0)

    def _page_field(self, paragraph) -> None:
        """— PAGE — as Word writes a field: begin, instruction, separator, result, end."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("— ")
        for xml in (
            '<w:fldChar w:fldCharType="begin"/>',
            '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
            '<w:fldChar w:fldCharType="separate"/>',
            "<w:t>2</w:t>",
            '<w:fldChar w:fldCharType="end"/>',
        ):
            paragraph._p.append(_xml(f"<w:r>{xml}</w:r>"))
        paragraph.add_run(" —")

    def paragraph(self, text: str, align=None, size=None, font=None, color=None, style=None):
        from docx.shared import Pt, RGBColor

        paragraph = self.document.add_paragraph(style=style)
        if align is not None:
            paragraph.alignment = align
        run = paragraph.add_run(text)
        if size:
            run.font.size = Pt(size)
        if font:
            _east_asian(run._r, font)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        return paragraph

    def frame_head(self, frame: Frame, title: str) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH as A

        self.paragraph(f"{frame.issuer}文件", A.CENTER, 36, "方正小标宋简体", RED)
        self.paragraph("")
        rule = self.paragraph(frame.number, A.CENTER)
        rule._p.get_or_add_pPr().append(_xml(
            f'<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="8" w:color="{RED}"/></w:pBdr>'
        ))  # fmt: skip
        self.paragraph("")
        self.paragraph(f"{frame.issuer}关于印发{title}的通知", A.CENTER, 22, "方正小标宋简体")
        self.paragraph(frame.addressees)
        self.paragraph(f"《{title}》已经市政府同意，现印发给你们，请认真贯彻执行。")
        self.paragraph(frame.issuer, A.RIGHT)
        self.paragraph(frame.date, A.RIGHT)
        self.paragraph("（此件公开发布）")
        self.paragraph("").add_run().add_break(_page_break())

    def block(self, block) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH as A

        if block.kind == "table":
            self._table(block.rows)
            return
        if block.kind == "title":
            self.paragraph(block.text, A.CENTER, 22, "方正小标宋简体")
            return
        if block.kind == "annex":
            self.paragraph("").add_run().add_break(_page_break())
            self.paragraph(block.text, font="黑体")
            return
        text, style, level = block.text, None, None
        if self.numbers:
            text, level = self.numbers.untyped(text)
            style = LEVELS[level][3] if level is not None else None
        paragraph = self.paragraph(text, A.JUSTIFY if not style else None, style=style)
        if level is not None and style is None:
            paragraph._p.get_or_add_pPr().append(_xml(
                f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))  # fmt: skip
        if block.kind == "body" and not style:
            paragraph.paragraph_format.first_line_indent = None if level is not None else 406400
        self._marks(paragraph)

    def _marks(self, paragraph) -> None:
        """Revisions, comments and footnotes left in every fifth body paragraph."""
        self.revision += 1
        if self.revision % 5:
            return
        p = paragraph._p
        n = self.revision
        if self.options.revisions:
            self._revised(p, n)
        if self.options.comments:
            runs = p.findall(_q("w:r"))
            if runs:
                runs[0].addprevious(_xml(f'<w:commentRangeStart w:id="{n}"/>'))
                runs[-1].addnext(_xml(f'<w:commentRangeEnd w:id="{n}"/>'))
                p.append(_xml(
                    f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                    f'<w:commentReference w:id="{n}"/></w:r>'))  # fmt: skip
                self._comment(n, "请市发展改革委核实此项表述。")
        if self.options.footnotes:
            self.notes += 1
            p.append(_xml(
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{self.notes}"/></w:r>'))  # fmt: skip
            self._footnote(self.notes, "数据来源：市统计局，2024年统计公报。")

    @staticmethod
    def _revised(p, n: int) -> None:
        """The paragraph's second half as a reviser's insertion after a deletion (Word's tracked
        changes left in): the text accepted is the paragraph's."""
        run = p.find(_q("w:r"))
        text = run.find(_q("w:t")) if run is not None else None
        if text is None or len(text.text or "") < 4:
            return
        kept, inserted = text.text[: len(text.text) // 2], text.text[len(text.text) // 2 :]
        text.text = kept
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        stamp = 'w:author="张三" w:date="2025-02-20T10:00:00Z"'
        run.addnext(_xml(f'<w:ins w:id="{n}" {stamp}><w:r><w:t>{inserted}</w:t></w:r></w:ins>'))
        run.addnext(_xml(
            f'<w:del w:id="{n + 100000}" {stamp}><w:r><w:delText>原稿文字</w:delText></w:r></w:del>'
        ))  # fmt: skip

    def _comment(self, n: int, text: str) -> None:
        comments = self._part("comments", "<w:comments/>")
        comments.append(_xml(
            f'<w:comment w:id="{n}" w:author="李四" w:date="2025-02-21T09:00:00Z" w:initials="LS">'
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>"))  # fmt: skip

    def _footnote(self, n: int, text: str) -> None:
        notes = self._part("footnotes", "<w:footnotes/>")
        notes.append(_xml(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign '
                          f'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space='
                          f'"preserve"> {text}</w:t></w:r></w:p></w:footnote>'))  # fmt: skip

    def _part(self, name: str, root: str):
        """The comments or footnotes part, made and related to the document once."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart

        cache = getattr(self, "_parts", {})
        self._parts = cache
        if name not in cache:
            content = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{name}+xml"
            element = _xml(root)
            part = XmlPart(
                PackURI(f"/word/{name}.xml"), content, element, self.document.part.package
            )
            self.document.part.relate_to(part, RT.COMMENTS if name == "comments" else RT.FOOTNOTES)
            cache[name] = element
        return cache[name]

    def _table(self, rows: list[list[str]], widths=None) -> None:
        width = max(len(row) for row in rows)
        grid = self.document.add_table(rows=0, cols=width)
        grid.style = "Table Grid"
        for row in rows:
            cells = grid.add_row().cells
            if len(set(row)) == 1 and len(row) == width and row[0]:
                cells[0].merge(cells[-1]).text = row[0]  # a part's row: one cell across
                continue
            for cell, value in zip(cells, row + [""] * (width - len(row)), strict=True):
                cell.text = value
        self._merge_down(grid, rows)

    @staticmethod
    def _merge_down(grid, rows) -> None:
        """The lead unit repeated in consecutive task rows: one cell merged down (vMerge)."""
        column = 3 if rows and len(rows[0]) > 3 and rows[0][3] in ("牵头单位", "责任单位") else None
        if column is None:
            return
        first = None
        for r in range(1, len(rows) + 1):
            value = rows[r][column] if r < len(rows) and len(set(rows[r])) > 1 else None
            if first is not None and value and value == rows[first][column]:
                continue
            if first is not None and r - 1 > first:
                grid.cell(first, column).merge(grid.cell(r - 1, column)).text = rows[first][column]
            first = r if value else None

    def division_annex(self, rows: list[list[str]]) -> None:
        """附件 on a landscape section of its own (a section break, the page turned)."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        self.paragraph("附件", font="黑体")
        from docx.enum.text import WD_ALIGN_PARAGRAPH as A

        self.paragraph("重点任务分工表", A.CENTER, 22, "方正小标宋简体")
        self._table(rows)
        back = self.document.add_section(WD_SECTION.NEW_PAGE)
        back.orientation = WD_ORIENT.PORTRAIT
        back.page_width, back.page_height = back.page_height, back.page_width

    def record(self, frame: Frame) -> None:
        """The 版记: 抄送 and the 印发 line in a table ruled above and below only."""
        grid = self.document.add_table(rows=2, cols=1)
        grid.cell(0, 0).text = COPIES_TO
        grid.cell(1, 0).text = f"{frame.issuer}\t{frame.date}印发"
        grid._tbl.tblPr.append(_xml(
            '<w:tblBorders><w:top w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="8"/>'
            '<w:insideH w:val="single" w:sz="4"/></w:tblBorders>'))  # fmt: skip


class _StyleNumbering:
    """One list of four levels (一、 / （一） / 1. / （1）), its first two linked to the Heading 1
    and Heading 2 styles (the style's numPr names the list, the level names the style), the others
    set on each paragraph. A typed number Word would count next is taken out of the text."""

    def __init__(self, document):
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:pStyle w:val="{style.replace(" ", "")}"/>' if style else "")
            + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>'
            for i, (_, fmt, text, style) in enumerate(LEVELS)
        )
        numbering = document.part.numbering_part.element
        numbering.insert(0, _xml(
            f'<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            f"{levels}</w:abstractNum>"))  # fmt: skip
        numbering.append(_xml('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
        for i, (_, _, _, name) in enumerate(LEVELS):
            if name:
                ppr = document.styles[name].element.get_or_add_pPr()
                ilvl = f'<w:ilvl w:val="{i}"/>' if i else ""  # Word omits level 0
                ppr.insert(0, _xml(f'<w:numPr>{ilvl}<w:numId w:val="90"/></w:numPr>'))
        self.counts = [0] * len(LEVELS)

    def untyped(self, text: str) -> tuple[str, int | None]:
        from pilots.drafting.numerals import chinese_number

        for level, (pattern, *_) in enumerate(LEVELS):
            match = re.match(pattern, text)
            if not match:
                continue
            value = int(match[1]) if match[1].isdecimal() else chinese_number(match[1])
            if value != self.counts[level] + 1:
                return text, None
            self.counts[level] = value
            self.counts[level + 1 :] = [0] * (len(LEVELS) - level - 1)
            return text[match.end() :], level
        return text, None


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml(fragment: str):
    from docx.oxml import parse_xml

    tag = re.match(r"<([\w:]+)", fragment)[1]
    opened = fragment.replace(f"<{tag}", f'<{tag} xmlns:w="{W_NS}"', 1)
    return parse_xml(opened)


def _q(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(name)


def _east_asian(element, font: str) -> None:
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(_q("w:rFonts"))
    if fonts is None:
        fonts = _xml("<w:rFonts/>")
        rpr.insert(0, fonts)
    fonts.set(_q("w:eastAsia"), font)
    fonts.set(_q("w:hint"), "eastAsia")


def _page_break():
    from docx.enum.text import WD_BREAK

    return WD_BREAK.PAGE
