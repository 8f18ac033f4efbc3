"""The date an issued document is signed with, and the bodies signing it, from its lines.

The date stands on a line of its own under the issuer (GB/T 9704). Only where no such line is
found are the forms text taken from a PDF or a web page gives it read: the date with its 印发 or
a bracketed note on the same line (2026年3月20日（此件公开发布）), the issuer and the date run into
one line (霁川市人民政府办公室 2026年4月28日), 日 misread as 曰 — looser forms, which a table's row
(市数据局 2026年6月30日) could also take, so they never outrank a date line of the usual form. A
joint notice whose bodies each date their own signature (甲厅 / 2026年5月8日 / 乙委 /
2026年5月11日) is issued on its last date, by all of them. A page printing no signature is
issued on the date its 信息公开 table gives (成文日期：2026-01-15), the label's line or the next.
"""

from __future__ import annotations

import re

from pilots.drafting.lexicon import compiled, table

_DATE = r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日曰]"


def _loose_date() -> re.Pattern:
    issuer_end = table("documents")["issuer_end"]
    issuer = rf"(?P<issuer>[^\s，,。：:；;、]{{4,30}}?{issuer_end}[)）]?)"
    note = r"[（(][^()（）]{1,12}[)）]"
    return re.compile(rf"^(?:{issuer}\s*)?[（(]?\s*{_DATE}\s*[)）]?\s*(?:印发)?\s*(?:{note})?$")


def _iso(date: re.Match) -> str:
    named = "year" in date.re.groupindex  # the loose form's groups are named, after its issuer
    year, month, day = (date["year"], date["month"], date["day"]) if named else date.groups()[:3]
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _signer(line: str) -> bool:
    named = re.search(rf"{table('documents')['issuer_end']}[)）]?$", line)
    return bool(named) and len(line) <= 60 and not re.search(r"[，,。：:；;]", line)


def signing_read(lines: list[str]) -> tuple[str | None, list[str]]:
    """(the date signed, as 2026-03-20, or None; the lines naming the bodies signing above it)."""
    strict, loose = compiled("documents", "date_line"), _loose_date()
    found = next(((i, m) for i, line in enumerate(lines) if (m := strict.match(line))), None)
    found = found or next(
        ((i, m) for i, line in enumerate(lines) if (m := loose.match(line))), None
    )
    if found is None:
        return _table_date(lines), []
    index, date = found
    own = date.groupdict().get("issuer")
    signers = [own] if own else []
    for signer in [] if own else reversed(lines[max(0, index - 6) : index]):
        if not _signer(signer):  # a joint notice's bodies sign above its date, often two a line
            break
        signers.insert(0, signer)
    issued, at = _iso(date), index + 1
    while at + 1 < len(lines) and _signer(lines[at]) and (later := strict.match(lines[at + 1])):
        signers.append(lines[at])  # the next body's signature, dated as its own
        issued, at = max(issued, _iso(later)), at + 2
    return issued, signers


def _table_date(lines: list[str]) -> str | None:
    """成文日期：2026-01-15 (or the date on the line after the label), as 2026-01-15."""
    label, value = (
        compiled("documents", "issue_date_label"),
        compiled("documents", "issue_date_value"),
    )
    for index, line in enumerate(lines):
        if found := label.search(line):
            rest = line[found.end() :]
            if not rest.strip() and index + 1 < len(lines):
                rest = lines[index + 1]
            if date := value.match(rest):
                return f"{date['year']}-{int(date['month']):02d}-{int(date['day']):02d}"
    return None
