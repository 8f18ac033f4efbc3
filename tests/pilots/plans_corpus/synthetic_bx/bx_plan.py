"""What the three synthetic_bx documents share: a plan written once as lists (goal paragraphs,
parts of annotated tasks numbered on, safeguards) gives both the printed paragraphs and the
expected extraction, through one conv() (identity, or OpenCC s2hk for the documents printed in
traditional characters)."""

from synthetic_model import Agency, Goal, Section, Target, Task

NUMERALS = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return NUMERALS[tens - 1] + "十" + (NUMERALS[ones - 1] if ones else "")


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def item(title, body, ann="", lead=(), resp=(), sup=(), targets=()):
    return {
        "title": title,
        "body": body,
        "ann": ann,
        "lead": list(lead),
        "resp": list(resp),
        "sup": list(sup),
        "targets": list(targets),
    }


def agencies(table, conv):
    return [
        Agency(code, conv(name), [conv(p) for p in printed], cat)
        for code, (name, cat, printed) in table.items()
    ]


def plan(goal_paras, parts, safeguards, conv, number, deadline):
    """goal_paras: [(title, text, targets)]; parts: [(numbering, title, [item])]; safeguards:
    (numbering, title, [(title, body)]). number(n) → the task's printed number. Returns the printed
    paragraphs [(kind, text, english-key)], goals, sections — every text through conv."""
    paras, goals, sections = [], [], []
    for title, text, targets in goal_paras:
        for t in targets:
            assert t.phrase in text, t.phrase
            t.phrase = conv(t.phrase)
            t.metric = conv(t.metric)
            t.unit = conv(t.unit)
        goals.append(Goal(conv(title), conv(text), targets))
    n = 0
    for pno, ptitle, items in parts:
        paras.append(("h1", conv(f"{pno}{ptitle}")))
        tasks = []
        for it in items:
            n += 1
            no = number(n)
            body = f"{it['title']}。{it['body']}"
            full = conv(body + it["ann"])
            paras.append(
                ("task", (conv(no), conv(it["title"] + "。"), conv(it["body"] + it["ann"])))
            )
            tasks.append(
                Task(
                    conv(no),
                    conv(it["title"]),
                    full,
                    lead=it["lead"],
                    responsible=it["resp"],
                    supporting=it["sup"],
                )
            )
            for t in it["targets"]:
                assert t.phrase in it["body"], t.phrase
                t.phrase = conv(t.phrase)
                t.metric = conv(t.metric)
                t.unit = conv(t.unit)
                t.deadline = t.deadline or deadline
            if it["targets"]:
                goals.append(Goal(conv(it["title"]), conv(body), it["targets"], numbering=conv(no)))
        sections.append(Section(pno.strip("、"), conv(pno), conv(ptitle), "key_task", tasks))
    sno, stitle, sitems = safeguards
    paras.append(("h1", conv(f"{sno}{stitle}")))
    sg = []
    for title, body in sitems:
        n += 1
        no = number(n)
        paras.append(("task", (conv(no), conv(title + "。"), conv(body))))
        sg.append(Task(conv(no), conv(title), conv(f"{title}。{body}")))
    sections.append(Section(sno.strip("、"), conv(sno), conv(stitle), "safeguard", sg))
    return paras, goals, sections
