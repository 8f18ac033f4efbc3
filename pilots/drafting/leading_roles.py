"""The lead printed in a bracket OPENING a numbered item, before its number, and the supporting
bodies closing its line without a bracket (synthetic_bz's 恩阳):

    【区发展改革局牵头】1.建设算力中心。正文……。配合：区数据局、区财政局

The item is read as the genre prints it far more often: its number first, the annotation after
its text — "1.建设算力中心。正文……。（牵头单位：区发展改革局；配合单位：区数据局、区财政局）".
A bracket holding no role word ("〖区数据局〗2.…") is the lead where another item's bracket says
牵头 (the plan's rule line says so: 括注的单位为牵头单位), else the responsible body. Only a
bracket whose every name is a body's is read so: 【（一）筑牢底座】 and 【专栏】 are not."""

from __future__ import annotations

from pilots.drafting.lexicon import compiled
from pilots.drafting.names import agency_names_split, looks_like_agency


def _bodies(text: str) -> bool:
    """Every name a body's: a department's ending, or a government, committee or collective."""
    names = agency_names_split(text)
    body = compiled("annotations", "bare_list_body")
    return bool(names) and all(looks_like_agency(n) or body.search(n) for n in names)


def _opening(line: str):
    match = compiled("annotations", "opening_lead").match(line)
    if not match:
        return None
    return match if _bodies(match["names"]) else None


def leading_roles_moved(text: str) -> str:
    """Each line opening on a bracket of bodies before its item number, rewritten with the
    bracket's bodies (and a closing 配合：… list) as a trailing labelled annotation."""
    lines = text.split("\n")
    openings = [_opening(line) for line in lines]
    if not any(openings):
        return text
    marked = any(match and match["lead"] for match in openings)
    for index, match in enumerate(openings):
        if not match:
            continue
        line = lines[index]
        rest = line[match.end() :].rstrip()
        label = "牵头单位" if match["lead"] or marked else "责任单位"
        parts = [f"{label}：{match['names'].strip()}"]
        tail = compiled("annotations", "closing_supporting").search(rest)
        if tail and _bodies(tail["names"]):
            parts.append(f"配合单位：{tail['names'].strip()}")
            rest = rest[: tail.start()].rstrip()
        lines[index] = f"{line[: match.start()]}{rest}（{'；'.join(parts)}）"
    return "\n".join(lines)
