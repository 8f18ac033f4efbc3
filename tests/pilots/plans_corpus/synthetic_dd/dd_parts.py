# ruff: noqa: E501  (plan text as the offices write it)
"""The shared builder of synthetic_dd's three documents: a task is printed "N．标题。正文（annotation）" (or
"（N）标题。…"), recorded once as a Task (text = title + body + annotation, without the number) and, when it holds
figures, also as a Goal titled like it (text = title + body, without the annotation)."""

from synthetic_model import Goal, Section, Target, Task


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def item(no, title, body, ann="", lead=(), sup=(), resp=(), targets=()):
    return {
        "no": no,
        "title": title,
        "body": body,
        "ann": ann,
        "lead": list(lead),
        "sup": list(sup),
        "resp": list(resp),
        "targets": list(targets),
    }


def parts_to_model(parts, code_of):
    """parts: [(code, numbering, title, kind, items)] → (printed blocks, goals, sections).
    code_of maps a printed name to its agency code."""
    blocks, goals, sections = [], [], []
    for code, numbering, title, kind, items in parts:
        blocks.append(("h1", f"{numbering}{title}"))
        tasks = []
        for it in items:
            head = f"{it['no']}{it['title']}。"
            blocks.append(("item", (head, f"{it['body']}{it['ann']}")))
            task = Task(
                it["no"],
                it["title"],
                f"{it['title']}。{it['body']}{it['ann']}",
                lead=[code_of[x] for x in it["lead"]],
                supporting=[code_of[x] for x in it["sup"]],
                responsible=[code_of[x] for x in it["resp"]],
            )
            tasks.append(task)
            if it["targets"]:
                goals.append(
                    Goal(
                        it["title"],
                        f"{it['title']}。{it['body']}",
                        it["targets"],
                        numbering=it["no"],
                    )
                )
        sections.append(Section(code, numbering, title, kind, tasks))
    return blocks, goals, sections


def agencies(table):
    """table: code → (canonical name, category, [printed forms = aliases], optional [other keys used in role lists]) → [Agency], {printed form: code}."""
    from synthetic_model import Agency

    out, code_of = [], {}
    for code, (name, cat, printed, *keys) in table.items():
        out.append(Agency(code, name, list(printed), cat))
        for p in list(printed) + (keys[0] if keys else []):
            code_of[p] = code
    return out, code_of


def count(ext):
    tasks = sum(len(s["tasks"]) for s in ext["sections"])
    targets = sum(len(g["targets"]) for g in ext["goals"])
    roles = sum(
        len(t.get(r, []))
        for s in ext["sections"]
        for t in s["tasks"]
        for r in ("lead", "supporting", "responsible")
    )
    return tasks, targets, len(ext["agencies"]), roles
