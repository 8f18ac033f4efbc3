# ruff: noqa: E501  (plan text as the offices write it)
"""The parts the three synthetic_da documents share: a task spec → its printed paragraph, its Task
and (when it holds figures) its Goal, so the printed text and the extraction come from one list."""

from synthetic_model import Agency, Goal, Section, Target, Task


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def agencies(table):
    """table: printed form → (code, name, category); the agency's aliases are its printed form."""
    return [Agency(code, name, [printed], cat) for printed, (code, name, cat) in table.items()]


def ann(labels, lead=(), sup=(), resp=()):
    """（牵头X：…；配合X：…；责任X：…） with the document's own labels (lead, supporting, responsible)."""
    parts = []
    for label, names in zip(labels, (lead, sup, resp), strict=True):
        if names:
            parts.append(f"{label}：" + "、".join(names))
    return "（" + "；".join(parts) + "）"


def sections(spec, code_of, labels, blocks, item_kind="item"):
    """spec: [(code, numbering, title, kind, [(numbering, title, body, lead, sup, resp, targets)])].
    Appends the printed blocks; returns (task goals, sections)."""
    goals, out = [], []
    for code, numbering, title, kind, items in spec:
        blocks.append(("h1", f"{numbering}{title}"))
        tasks = []
        for num, ttl, body, lead, sup, resp, targets in items:
            note = ann(labels, lead, sup, resp) if (lead or sup or resp) else ""
            blocks.append((item_kind, (f"{num}{ttl}。", f"{body}{note}")))
            for t in targets:
                assert t.phrase in body, t.phrase
            tasks.append(
                Task(
                    num,
                    ttl,
                    f"{ttl}。{body}{note}",
                    lead=[code_of[x] for x in lead],
                    supporting=[code_of[x] for x in sup],
                    responsible=[code_of[x] for x in resp],
                )
            )
            if targets:
                goals.append(Goal(ttl, f"{ttl}。{body}", targets, num))
        out.append(Section(code, numbering, title, kind, tasks))
    return goals, out
