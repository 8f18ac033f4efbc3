"""What the three synthetic_cb documents share: the agency table read into Agency objects, a
target maker, and the task list of a part printed as "（N）标题。正文（annotation）" paragraphs."""

from synthetic_model import Agency, Goal, Target, Task

ROLE_WORDS = {"lead": "牵头单位", "supporting": "配合单位", "responsible": "责任单位"}


def agencies(table):
    return [Agency(code, name, [printed], cat) for printed, (code, name, cat) in table.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def annotation(roles):
    """（牵头单位：X；配合单位：Y、Z） / （责任单位：X、Y）: lead, supporting, responsible."""
    parts = [
        f"{ROLE_WORDS[r]}：{'、'.join(roles[r])}"
        for r in ("lead", "supporting", "responsible")
        if roles.get(r)
    ]
    return "（" + "；".join(parts) + "）" if parts else ""


def task_of(table, numbering, title, rest, roles, due=None):
    code = {p: table[p][0] for p in table}
    return Task(
        numbering,
        title,
        f"{title}。{rest}",
        lead=[code[x] for x in roles.get("lead", [])],
        supporting=[code[x] for x in roles.get("supporting", [])],
        responsible=[code[x] for x in roles.get("responsible", [])],
        due=due,
    )


def item_goal(numbering, title, rest, targets):
    for t in targets:
        assert t.phrase in rest, t.phrase
    return Goal(title, f"{title}。{rest}", targets, numbering=numbering)
