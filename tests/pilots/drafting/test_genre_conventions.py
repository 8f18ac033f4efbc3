"""Conventions of the genre met in real plans (the development corpus), each as a synthetic
snippet of the same form, drafted end to end through ``plan_draft``. Each failed on the importer
of eb557c6."""

from pilots.drafting import plan_draft

CITY = {"slug": "x", "name": "某市", "level": "city"}
PROVINCE = {"slug": "p", "name": "某省", "level": "municipality"}


def _draft(text: str, zone: dict = CITY) -> dict:
    return plan_draft(text, zone_slug=zone["slug"], source_file="x.txt", zone=zone).data


def _tasks(data: dict) -> list[dict]:
    found = []
    for section in data["sections"]:
        found += section.get("tasks", []) + _tasks({"sections": section.get("sections", [])})
    return found


def _labels(data: dict) -> dict[str, str]:
    """agency code → the form the text prints (its first alias, else its name)."""
    return {a["code"]: (a.get("aliases") or [a["name"]])[0] for a in data["agencies"]}


def _roles(data: dict, task: dict) -> dict[str, list[str]]:
    labels = _labels(data)
    roles: dict[str, list[str]] = {}
    for holder in [task, *task.get("clauses", [])]:
        for role in ("lead", "supporting", "responsible"):
            roles.setdefault(role, []).extend(labels[c] for c in holder.get(role, []))
    return {role: names for role, names in roles.items() if names}


def test_a_one_line_document_drafts_its_tasks_and_assignments():
    text = (
        "若干措施 为推动发展,制定如下措施。 一、加强创新 (一)支持研究。开展研究。"
        "(责任单位:市科技局) (二)支持平台。建设平台。(责任单位:市发改委、市财政局)"
    )
    data = _draft(text)
    assert [(t["title"], _roles(data, t)) for t in _tasks(data)] == [
        ("支持研究", {"responsible": ["市科技局"]}),
        ("支持平台", {"responsible": ["市发改委", "市财政局"]}),
    ]
