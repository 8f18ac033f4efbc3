"""Small helpers the three synthetic_bp documents share: a task printed and modelled from one
call, and the printed width of a line (CJK 2, ASCII 1) for the PDF-viewer copy's hard wraps."""

from synthetic_model import Goal, Task


def task(numbering, title, body, ann, lead=(), resp=(), sup=(), sep="。"):
    """(printed paragraph without its numbering, Task): text = title + body + annotation."""
    text = f"{title}{sep}{body}{ann}"
    return text, Task(numbering, title, text, list(lead), list(resp), list(sup))


def goal_of(t: Task, ann: str, targets) -> Goal:
    """A task holding figures is also a goal titled like it (text without its annotation)."""
    return Goal(t.title, t.text[: len(t.text) - len(ann)] if ann else t.text, targets, t.numbering)


def width(ch: str) -> int:
    return 1 if ord(ch) < 0x2E80 and ch not in "“”—…·" else 2


NO_LINE_START = "，。、；：？！）》”"


def wrap(text: str, units: int) -> list[str]:
    """Hard line breaks every `units` width, wherever they fall (mid-word, mid-number); closing
    punctuation hangs at the line's end as typesetters keep it off a line's start."""
    lines, line, used = [], "", 0
    for ch in text:
        if used + width(ch) > units and ch not in NO_LINE_START:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += width(ch)
    if line:
        lines.append(line)
    return lines


FLOW_WORDS = ("新增", "新建", "引进", "引育", "培训", "实施", "举办", "完成诊断", "遴选")


def mark_flows(goals) -> None:
    """Counts of things done within the plan (新增 / 新建 / 引进 / 培训 / 举办 …) are flows;
    things built or reached stay stock."""
    for g in goals:
        for t in g.targets:
            if any(w in t.phrase for w in FLOW_WORDS):
                t.aggregation = "flow"
