"""What the three synthetic_bv documents share: the model built from a document module's lists
(agencies printed → full name, a dated goals paragraph, goal lines, groups of annotated items,
safeguards), so the file and its expected extraction come from the same words."""

from synthetic_model import Agency, Goal, Section, Target, Task


def agencies(table):
    return [
        Agency(code, name, [printed] if printed != name else [], cat)
        for printed, (code, name, cat) in table.items()
    ]


def codes(table, names):
    return [table[n][0] for n in names if n in table]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def model(table, goal_title, goal_text, goal_targets, lines, groups, safeguards, annotate):
    """goals, sections and per item the (numbering, title, body, annotation) printed.
    lines: [(title, text, targets)] goal lines; groups: [(numbering, title, items)] with items
    [(numbering, title, body, lead, responsible, supporting, targets)]; annotate(lead, resp, supp)
    → the annotation as printed."""
    check(goal_text, goal_targets)
    goals = [Goal(goal_title, goal_text, goal_targets)]
    for title, text, targets in lines:
        check(text, targets)
        goals.append(Goal(title, text, targets))
    subs, printed = [], []
    for gno, gtitle, items in groups:
        tasks, rows = [], []
        for no, title, body, lead, resp, supp, targets in items:
            a = annotate(lead, resp, supp)
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{a}",
                    lead=codes(table, lead),
                    responsible=codes(table, resp),
                    supporting=codes(table, supp),
                )
            )
            check(body, targets)
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
            rows.append((no, title, body, a, lead, resp, supp))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
        printed.append((gno, gtitle, rows))
    sg = [Task(no, title, f"{title}。{text}") for no, title, text in safeguards]
    return goals, subs, sg, printed
