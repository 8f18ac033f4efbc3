"""What the three synthetic_bs documents share: agencies from a printed-form table, targets, and
the usual layout of a plan (items closing on an annotation) turned into blocks and the model."""

from synthetic_model import Agency, Goal, Section, Target, Task

DAYS = {3: 31, 6: 30, 9: 30, 10: 31, 11: 30, 12: 31}


def agencies(table):
    return [Agency(code, name, [printed], cat) for printed, (code, name, cat) in table.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def note(lead, sup, resp):
    """The annotation as printed: （牵头单位：X；配合单位：Y） or （责任单位：X、Y）."""
    if lead:
        out = f"牵头单位：{'、'.join(lead)}"
        if sup:
            out += f"；配合单位：{'、'.join(sup)}"
        return f"（{out}）"
    return f"（责任单位：{'、'.join(resp)}）"


def items(table, blocks, numbering, title, rest, lead, sup, resp, targets, goals, due=None):
    """One task printed "N.标题。正文（annotation）" as one paragraph: its Task (and its Goal)."""
    code = {p: table[p][0] for p in table}
    text = f"{title}。{rest}{note(lead, sup, resp)}"
    blocks.append(("item", f"{numbering}{text}"))
    for t in targets:
        assert t.phrase in rest, t.phrase
    if targets:
        goals.append(Goal(title, f"{title}。{rest}", targets, numbering=numbering))
    return Task(
        numbering,
        title,
        text,
        lead=[code[x] for x in lead],
        supporting=[code[x] for x in sup],
        responsible=[code[x] for x in resp],
        due=due,
    )


def safeguards(blocks, heading, numbered):
    blocks.append(("h1", heading))
    out = []
    for numbering, title, rest in numbered:
        blocks.append(("item", f"{numbering}{title}。{rest}"))
        out.append(Task(numbering, title, f"{title}。{rest}"))
    return out


__all__ = ["Agency", "Goal", "Section", "T", "Target", "Task", "agencies", "items", "safeguards"]
