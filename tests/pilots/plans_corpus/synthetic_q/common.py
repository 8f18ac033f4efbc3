# ruff: noqa: E501
"""What the three synthetic_q builders share: a plan held as items (so that its text and its
hand-made extraction come from the same words), the printed-line wrap of a PDF page, and the
YAML writer. Roles, targets and every judgement are written by hand in the doc_*.py files."""

import unicodedata

import yaml


def width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def wrap(text: str, units: int = 56) -> list[str]:
    """Printed lines of a justified paragraph: a full-width character takes two units, a digit or
    a Latin letter one; the line breaks where the next character would not fit (mid-word, mid-number)."""
    lines, line, used = [], "", 0
    for ch in text:
        w = width(ch)
        if used + w > units and line:
            # the genre's typesetting keeps a closing mark on the line it closes (避头点)
            if ch in "，。、；：）”》":
                line += ch
                lines.append(line)
                line, used = "", 0
                continue
            lines.append(line)
            line, used = "", 0
        line += ch
        used += w
    if line:
        lines.append(line)
    return lines


def task_text(task: dict) -> str:
    return task["title"] + "。" + task["body"] + task.get("note", "")


def sections_yaml(parts: list[dict]) -> list[dict]:
    """parts: [{code, numbering, title, kind, chapters: [...]} or tasks: [...]]"""

    def tasks_yaml(code: str, tasks: list[dict]) -> list[dict]:
        out = []
        for t in tasks:
            item = {
                "code": f"{code}.{t['n']}",
                "numbering": t["numbering"],
                "title": t["title"],
                "text": t.get("text") or task_text(t),
            }
            for role in ("lead", "responsible", "supporting"):
                if t.get(role):
                    item[role] = list(t[role])
            if t.get("due"):
                item["due"] = t["due"]
            out.append(item)
        return out

    out = []
    for part in parts:
        sec = {
            "code": part["code"],
            "numbering": part["numbering"],
            "title": part["title"],
            "kind": part["kind"],
        }
        if part.get("chapters"):
            sec["sections"] = [
                {
                    "code": f"{part['code']}.{ch['code']}",
                    "numbering": ch["numbering"],
                    "title": ch["title"],
                    "kind": part["kind"],
                    "tasks": tasks_yaml(f"{part['code']}.{ch['code']}", ch["tasks"]),
                }
                for ch in part["chapters"]
            ]
        else:
            sec["tasks"] = tasks_yaml(part["code"], part["tasks"])
        out.append(sec)
    return out


def goals_yaml(goals: list[dict]) -> list[dict]:
    out, n = [], 0
    for g in goals:
        goal = {"code": g["code"]}
        if g.get("numbering"):
            goal["numbering"] = g["numbering"]
        goal["title"] = g["title"]
        if g.get("text"):
            goal["text"] = g["text"]
        goal["targets"] = []
        for t in g["targets"]:
            n += 1
            target = {"code": f"T{n}"}
            target.update(t)
            goal["targets"].append(target)
        out.append(goal)
    return out


def all_tasks(parts: list[dict]):
    for part in parts:
        for ch in part.get("chapters", []):
            yield from ch["tasks"]
        yield from part.get("tasks", [])


def task_goals(parts: list[dict], first_code: int) -> list[dict]:
    """A task holding figures is also a goal titled like the task (SOURCES.md)."""
    goals, n = [], first_code
    for t in all_tasks(parts):
        if t.get("targets"):
            goals.append(
                {
                    "code": f"G{n}",
                    "numbering": t["numbering"],
                    "title": t["title"],
                    "text": t.get("text") or task_text(t),
                    "targets": t["targets"],
                }
            )
            n += 1
    return goals


def write_yaml(path, header: str, data: dict) -> None:
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096)
    lines = "".join(f"# {line}\n" if line else "#\n" for line in header.strip("\n").split("\n"))
    path.write_text(lines + body, encoding="utf-8")
