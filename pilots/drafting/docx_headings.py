"""A Word file whose outline prints no numbers, its levels shown by type alone: the part
headings are paragraphs set wholly in bold (黑体 总体要求, 发展目标, 保障措施), the tasks
paragraphs opened by a bold lead sentence ("加快算力设施建设。…"). Read as flat text, a heading
is a short line like any other; so, where no paragraph prints a number (nor Word's list
numbering), each wholly bold, short line of no sentence, not centred (a title, a red head), is
written as a portal prints an unnumbered heading, 【总体要求】 (read as a part, numbered_lines
"bracketed"); the lead sentences need nothing: "X。…" paragraphs are named items under their part.
"""

from __future__ import annotations

from pilots.drafting.lexicon import compiled, numbering_styles, table

_MIN_HEADINGS = 2


def bold_heading(paragraph, text: str) -> bool:
    """A short line of no sentence whose every run of text is bold (its own or its style's)."""
    if not compiled("outline", "indented_heading").match(text.strip()):
        return False
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(_bold(run, paragraph) for run in runs)


def _bold(run, paragraph) -> bool:
    if run.bold is not None:
        return run.bold
    for style in (run.style, paragraph.style):
        while style is not None:
            if style.font.bold is not None:
                return style.font.bold
            style = style.base_style
    return False


def headings_bracketed(lines: list[str], headings: set[int], numbered: bool) -> list[str]:
    """``lines`` with the bold headings (their indexes) in 【】, where no line prints a number."""
    if numbered or len(headings) < _MIN_HEADINGS:
        return lines
    styles = set(table("outline")["task_styles"])
    if any(
        s.name in styles and s.pattern.match(line.strip())
        for line in lines
        for s in numbering_styles()
    ):
        return lines
    return [f"【{line.strip()}】" if i in headings else line for i, line in enumerate(lines)]
