"""Metamorphic rewrites of whole plans into conventions of the genre the seeds do not print
(``metamorphic.py`` holds those they do, and the helpers both use): the other words plans use for
the roles (牵头部门, 参与单位, 主责单位 …), a duty said with 负责, an annotation written once for a
section, enumerations inside a paragraph (一是…；二是…), figures written as words (百分之八十),
the deadline's other wordings (至2022年, 2022年前), a PDF's pages with their running heads and
page numbers, and the whole document in Traditional script.

Each is a plain function ``text -> text`` over a seed's cleaned text, like those of
``metamorphic.py``; one that finds nothing of its convention returns the text unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.pilots.drafting.metamorphic import (
    _SECOND,
    _THIRD,
    _TOP,
    Annotation,
    _annotations_rewritten,
    _names,
    annotations_moved_below,
    annotations_of,
    chinese_number,
    lines_broken_at_page_width,
    numerals_in_chinese,
)

# ---------------------------------------------------------------------------------------------
# Role words


def _labels(lead: str, supporting: str, responsible: str, colon: str = "：") -> Callable:
    def render(a: Annotation) -> str:
        if not a.lead:
            return f"{responsible}{colon}{_names(a.responsible)}"
        rest = f"；{supporting}{colon}{_names(a.supporting)}" if a.supporting else ""
        rest += f"；{responsible}{colon}{_names(a.responsible)}" if a.responsible else ""
        return f"{lead}{colon}{_names(a.lead)}{rest}"

    return render


def _roles_after(lead: str, supporting: str, responsible: str, before_lead: str = "") -> Callable:
    """A render of an annotation as names each followed by its role words: （X牵头，Y配合）."""

    def render(a: Annotation) -> str:
        if not a.lead:
            return f"{_names(a.responsible)}{responsible}"
        rest = f"，{_names(a.supporting)}{supporting}" if a.supporting else ""
        rest += f"，{_names(a.responsible)}{responsible}" if a.responsible else ""
        return f"{before_lead}{_names(a.lead)}{lead}{rest}"

    return render


def labels_as_departments(text: str) -> str:
    """（牵头单位：X；配合单位：Y） → （牵头部门：X；配合部门：Y）, 责任单位 → 责任部门."""
    return _annotations_rewritten(text, _labels("牵头部门", "配合部门", "责任部门"))


def labels_as_participants(text: str) -> str:
    """→ （牵头单位：X；参与单位：Y）."""
    return _annotations_rewritten(text, _labels("牵头单位", "参与单位", "责任单位"))


def labels_as_principal_and_assisting(text: str) -> str:
    """→ （主责单位：X；协办单位：Y）."""
    return _annotations_rewritten(text, _labels("主责单位", "协办单位", "责任单位"))


def labels_as_cooperating(text: str) -> str:
    """→ （牵头部门：X；协同单位：Y）."""
    return _annotations_rewritten(text, _labels("牵头部门", "协同单位", "责任单位"))


def labels_with_half_width_colon(text: str) -> str:
    """→ （牵头单位: X；配合单位: Y）: an ASCII colon and a space (a Western keyboard's)."""
    return _annotations_rewritten(text, _labels("牵头单位", "配合单位", "责任单位", ": "))


def labels_spaced_from_colon(text: str) -> str:
    """→ （牵头单位 ：X；配合单位 ：Y）: a space before the colon."""
    return _annotations_rewritten(text, _labels("牵头单位", "配合单位", "责任单位", " ："))


def duty_said_with_fuze(text: str) -> str:
    """（责任单位：X、Y） → （X、Y负责）; a lead alone → （由X牵头负责）; a lead with partners →
    （由X牵头负责，Y配合）."""
    return _annotations_rewritten(text, _roles_after("牵头负责", "配合", "负责", before_lead="由"))


def annotations_on_own_line_relabelled(text: str) -> str:
    """An annotation ending its task's line → a line of its own, without brackets, in other
    words: 主责单位：X；协办单位：Y / 责任部门：X."""
    return annotations_moved_below(text, _labels("主责单位", "协办单位", "责任部门"))


def annotations_on_own_line_half_width(text: str) -> str:
    """→ a line of its own "牵头部门: X; 配合部门: Y"."""
    render = _labels("牵头部门", "配合部门", "责任部门", ": ")
    return annotations_moved_below(text, lambda a: render(a).replace("；", "; "))


def label_groups_apart_by_space(text: str) -> str:
    """→ （牵头单位：X 配合单位：Y）: the groups a space apart, as a table's cell prints them."""
    return _annotations_rewritten(
        text, lambda a: _labels("牵头单位", "配合单位", "责任单位")(a).replace("；", " ")
    )


def label_groups_apart_by_comma(text: str) -> str:
    """→ （牵头单位：X，配合单位：Y）."""
    return _annotations_rewritten(
        text, lambda a: _labels("牵头单位", "配合单位", "责任单位")(a).replace("；", "，")
    )


def roles_said_with_wei(text: str) -> str:
    """→ （X为牵头单位，Y为配合单位）; a list with no lead: （X、Y为责任单位）."""
    return _annotations_rewritten(text, _roles_after("为牵头单位", "为配合单位", "为责任单位"))


def roles_said_with_zhuze(text: str) -> str:
    """→ （X主责，Y协同）; a list with no lead: （X、Y负责）."""
    return _annotations_rewritten(text, _roles_after("主责", "协同", "负责"))


def labels_short(text: str) -> str:
    """→ （主办：X；协办：Y）; a list with no lead: （承办：X、Y）."""
    return _annotations_rewritten(text, _labels("主办", "协办", "承办"))


def lead_marked_in_list(text: str) -> str:
    """（牵头单位：X；配合单位：Y、Z） → （责任单位：X（牵头）、Y、Z）: one list, the lead marked
    after its name. Only for one lead."""

    def render(a: Annotation) -> str:
        if not a.lead or len(a.lead) > 1:
            return _labels("牵头单位", "配合单位", "责任单位")(a)
        return f"责任单位：{_names([a.lead[0] + '（牵头）', *a.supporting, *a.responsible])}"

    return _annotations_rewritten(text, render)


def lead_marked_in_bare_list(text: str) -> str:
    """→ （X（牵头）、Y、Z）: the same with no label."""

    def render(a: Annotation) -> str:
        if not a.lead or len(a.lead) > 1:
            return _labels("牵头单位", "配合单位", "责任单位")(a)
        return _names([a.lead[0] + "（牵头）", *a.supporting, *a.responsible])

    return _annotations_rewritten(text, render)


# The rewrites whose convention words a role otherwise (``metamorphic.ROLES_REWORDED``): the names
# after a marked lead in one list of 责任单位 are responsible, as after 牵头单位：X，责任单位：Y.
ROLES_REWORDED: dict[str, dict[str, str]] = {
    "lead_marked_in_list": {"supporting": "responsible"},
    "lead_marked_in_bare_list": {"supporting": "responsible"},
}


# ---------------------------------------------------------------------------------------------
# An annotation written once for a section


def _sections_sharing_one_annotation(lines: list[str]) -> dict[int, list[int]]:
    """Each (一)-level heading whose numbered tasks (two or more) all end in the same one
    annotation, and no other line under it holds one: heading index → its tasks' indexes."""
    shared, heading, tasks, clean = {}, None, [], True

    def close() -> None:
        if heading is None or len(tasks) < 2 or not clean:
            return
        found = [(lines[i], annotations_of(lines[i])) for i in tasks]
        ending = all(len(f) == 1 and not line[f[0].end :].strip(" 。.;；") for line, f in found)
        if ending and len({line[f[0].start : f[0].end] for line, f in found}) == 1:
            shared[heading] = list(tasks)

    for index, line in enumerate(lines):
        if _TOP.match(line) or _SECOND.match(line):
            close()
            heading, tasks, clean = (index if _SECOND.match(line) else None), [], True
            clean = not annotations_of(line)
        elif _THIRD.match(line):
            tasks.append(index)
        elif annotations_of(line):
            clean = False
    close()
    return shared


def _annotation_for_section(text: str, own_line: bool) -> str:
    lines = text.split("\n")
    for heading, tasks in _sections_sharing_one_annotation(lines).items():
        a = annotations_of(lines[tasks[0]])[0]
        written = lines[tasks[0]][a.start : a.end]
        for i in tasks:
            found = annotations_of(lines[i])[0]
            lines[i] = (lines[i][: found.start] + lines[i][found.end :]).rstrip()
        if own_line:
            lines[heading] += "\n" + written
        else:
            lines[heading] = lines[heading].rstrip().rstrip("。") + written
    return "\n".join(lines)


def annotation_for_section_in_heading(text: str) -> str:
    """The tasks of a (一) section all annotated alike → the annotation once, ending the section's
    heading: (一)强化前沿基础理论研究（责任单位：市科技局、市发改委）."""
    return _annotation_for_section(text, own_line=False)


def annotation_for_section_under_heading(text: str) -> str:
    """… → the annotation once, on the line after the section's heading."""
    return _annotation_for_section(text, own_line=True)


# ---------------------------------------------------------------------------------------------
# Paragraphs: enumerations inside them, tasks without numbers

_ORDINALS = "一二三四五六七八九十"


def sentences_enumerated(text: str) -> str:
    """A paragraph of three sentences or more after its first → its first sentence, then the others
    as "一是…；二是…；三是…。" (an annotation ending the line stays where it is), the first
    sentence (a task's heading phrase) kept. Sentences with quotes or brackets are left alone."""
    lines = []
    for line in text.split("\n"):
        found = annotations_of(line)
        ends = found and not line[found[-1].end :].strip(" 。.;；")
        tail_at = found[-1].start if ends else len(line)
        body, tail = line[:tail_at], line[tail_at:]
        sentences = [s for s in re.split(r"(?<=。)", body) if s.strip()]
        rest = sentences[1:]
        plain = all(
            s.endswith("。") and not re.search(r"[“”\"（(]|^\s*[一二三四五六七八九十]是", s)
            for s in rest
        )
        if len(rest) >= 3 and len(rest) <= len(_ORDINALS) and plain:
            enumerated = "；".join(
                f"{_ORDINALS[k]}是{s.strip().rstrip('。')}" for k, s in enumerate(rest)
            )
            line = sentences[0] + enumerated + "。" + tail
        lines.append(line)
    return "\n".join(lines)


_PHRASE = re.compile(r"^([^。，,；;：:（(“\s]{2,30})。(?=\S)")


def tasks_unnumbered(text: str) -> str:
    """1.超前布局基础研究。布局… → 超前布局基础研究。布局…: the tasks of a (一) section printed as
    paragraphs led by their (bold) heading phrase, without numbers — where every task of the
    section is one line with its phrase (a task with paragraphs of its own would take them in as
    tasks: its named points are then ambiguous)."""
    lines = text.split("\n")
    groups: list[list[int]] = []
    for index, line in enumerate(lines):
        if _TOP.match(line) or _SECOND.match(line):
            groups.append([])
        elif _THIRD.match(line) and groups:
            groups[-1].append(index)
        elif groups and groups[-1] and line.strip():
            groups[-1].append(-1)  # a paragraph of the task above: its named points would merge
    for group in groups:
        if group and all(
            i >= 0 and _PHRASE.match(lines[i][_THIRD.match(lines[i]).end() :]) for i in group
        ):
            for i in group:
                head = _THIRD.match(lines[i])
                lines[i] = head[1] + lines[i][head.end() :]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Figures and dates in other words

_PLAIN = r"(?<![\d.．\-—~～至到〔年])"


def percent_in_chinese(text: str) -> str:
    """80% → 百分之八十 (whole percentages; not in ranges)."""
    return re.sub(
        rf"{_PLAIN}(?<![A-Za-z])([1-9]\d?|100)\s*[%％](?![\d\-—~～])",
        lambda m: "百分之" + chinese_number(int(m[1])),
        text,
    )


def percent_at_least_before(text: str) -> str:
    """80%以上 → 不低于80%."""
    return re.sub(rf"{_PLAIN}(\d+(?:\.\d+)?\s*[%％])以上", r"不低于\1", text)


def counts_in_ten_thousands(text: str) -> str:
    """20000人, 15000家 → 2万人, 1.5万家: counts of whole thousands written on the 万 scale."""
    return re.sub(
        rf"{_PLAIN}([1-9]\d*)000(?=\s*(?:个|家|项|名|人|所|套|户|座))",
        lambda m: f"{int(m[1]) / 10:g}万" if int(m[1]) >= 10 else m[0],
        text,
    )


def deadline_with_zhi(text: str) -> str:
    """到2022年， → 至2022年，"""
    return re.sub(r"到(\d{4})年(?=[底末]?[，,])", r"至\1年", text)


def deadline_before_year(text: str) -> str:
    """到2022年， → 2022年前，"""
    return re.sub(r"到(\d{4})年[底末]?(?=[，,])", r"\1年前", text)


def deadline_year_close(text: str) -> str:
    """到2022年， → 到2022年末，"""
    return re.sub(r"到(\d{4})年(?=[，,])", r"到\1年末", text)


def years_in_chinese_digits(text: str) -> str:
    """到2022年 → 到二〇二二年: every year written digit by digit in Chinese numerals, as a formal
    document dates itself (not in a document number 〔2020〕 or a range 2020-2023年)."""
    digits = "〇一二三四五六七八九"
    return re.sub(
        r"(?<![\d〔\-—－~～至])(20\d\d)(?=年)(?<!\d{5})",
        lambda m: "".join(digits[int(d)] for d in m[1]),
        text,
    )


def goals_dated_in_heading(text: str) -> str:
    """三、建设目标 + "到2025年，…" → 三、2025年建设目标 + "…": the goals' one deadline stated only
    in the heading of the goals part (where the part states one year, once)."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _TOP.match(line) and "目标" in line), None)
    if start is None:
        return text
    end = next((i for i in range(start + 1, len(lines)) if _TOP.match(lines[i])), len(lines))
    dated = [i for i in range(start + 1, end) if re.search(r"到\d{4}年", lines[i])]
    years = {y for i in dated for y in re.findall(r"到(\d{4})年", lines[i])}
    if len(dated) != 1 or len(years) != 1 or not re.match(r"^\s*到\d{4}年[，,]", lines[dated[0]]):
        return text
    (year,) = years
    head = _TOP.match(lines[start])
    lines[start] = lines[start][: head.end()] + f"{year}年" + lines[start][head.end() :].lstrip()
    lines[dated[0]] = re.sub(r"^(\s*)到\d{4}年[，,]", r"\1", lines[dated[0]])
    return "\n".join(lines)


def characters_spaced(text: str) -> str:
    """A space between every two characters of Chinese text (人 工 智 能), as some PDFs' text layer
    spaces a justified line's characters."""
    return re.sub(r"(?<=[\u4e00-\u9fff，。、；：（）])(?=[\u4e00-\u9fff，。、；：（）])", " ", text)


# ---------------------------------------------------------------------------------------------
# Print: pages of a PDF, Traditional script

_PAGE_LINES = 22


def pages_with_running_heads(text: str) -> str:
    """The text broken at an official page's width (``lines_broken_at_page_width``), then every
    22 lines a page's foot "— N —" and the next page's running head (the document's first
    line): a PDF's text as its pages print it."""
    broken = lines_broken_at_page_width(text).split("\n")
    head = next(line.strip() for line in broken if line.strip())
    out = []
    for index, line in enumerate(broken):
        if index and index % _PAGE_LINES == 0:
            out += [f"— {index // _PAGE_LINES} —", head]
        out.append(line)
    return "\n".join(out)


def traditional_script(text: str) -> str:
    """The whole document in Traditional script (OpenCC s2t), as a Hong Kong or Taiwan copy, or a
    site's 繁體 view, prints it."""
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


# ---------------------------------------------------------------------------------------------
# Conventions that come together in one document


def pages_in_traditional_script(text: str) -> str:
    """A PDF of a Traditional-script copy, saved as text: both at once."""
    return pages_with_running_heads(traditional_script(text))


def tasks_unnumbered_annotated_below(text: str) -> str:
    """Tasks led by their phrase, no numbers, each with 主责单位：… on the line below it."""
    return annotations_on_own_line_relabelled(tasks_unnumbered(text))


def years_and_figures_in_chinese(text: str) -> str:
    """二〇二五年 and 五百家 in one document."""
    return numerals_in_chinese(years_in_chinese_digits(text))


REWRITES: dict[str, Callable[[str], str]] = {
    "labels_as_departments": labels_as_departments,
    "labels_as_participants": labels_as_participants,
    "labels_as_principal_and_assisting": labels_as_principal_and_assisting,
    "labels_as_cooperating": labels_as_cooperating,
    "labels_with_half_width_colon": labels_with_half_width_colon,
    "labels_spaced_from_colon": labels_spaced_from_colon,
    "duty_said_with_fuze": duty_said_with_fuze,
    "annotations_on_own_line_half_width": annotations_on_own_line_half_width,
    "annotations_on_own_line_relabelled": annotations_on_own_line_relabelled,
    "annotation_for_section_in_heading": annotation_for_section_in_heading,
    "annotation_for_section_under_heading": annotation_for_section_under_heading,
    "sentences_enumerated": sentences_enumerated,
    "tasks_unnumbered": tasks_unnumbered,
    "deadline_with_zhi": deadline_with_zhi,
    "deadline_before_year": deadline_before_year,
    "deadline_year_close": deadline_year_close,
    "traditional_script": traditional_script,
    "pages_with_running_heads": pages_with_running_heads,
    "label_groups_apart_by_space": label_groups_apart_by_space,
    "label_groups_apart_by_comma": label_groups_apart_by_comma,
    "roles_said_with_wei": roles_said_with_wei,
    "roles_said_with_zhuze": roles_said_with_zhuze,
    "labels_short": labels_short,
    "lead_marked_in_list": lead_marked_in_list,
    "lead_marked_in_bare_list": lead_marked_in_bare_list,
    "goals_dated_in_heading": goals_dated_in_heading,
    "years_in_chinese_digits": years_in_chinese_digits,
    "pages_in_traditional_script": pages_in_traditional_script,
    "tasks_unnumbered_annotated_below": tasks_unnumbered_annotated_below,
    "years_and_figures_in_chinese": years_and_figures_in_chinese,
    "characters_spaced": characters_spaced,
}
