"""An article a page's own script writes in (a CMS's saved page): the body holds an empty
<div id="content">, the article is a JSON object assigned to a variable in an inline script —
`var articleData = {"title": "…", "content": "<p>…<\\/p>"}` — and the page's script puts it there
(`$("#content").html(articleData.content)`, `getElementById("content").innerHTML = …`).

Nothing is executed: the object literal is read as JSON (json's own decoder, so `<\\/p>`, `\\u201c`
and `\\n` decode as the browser would), and its string values that hold HTML go into the empty
element the script names, or else the empty element whose id is the value's key. A script that is
not such an object, or not JSON, is left as it was; the strings are parsed as HTML, never run.
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, Tag

_ASSIGNED = re.compile(r"(?:\bvar|\blet|\bconst|\bwindow\.)\s*([A-Za-z_$][\w$]*)\s*=\s*(?=\{)")
# $("#content").html(articleData.content);
# document.getElementById("content").innerHTML = articleData.content
_WRITES = (
    re.compile(
        r"""\$\(\s*["']#([\w-]+)["']\s*\)\s*\.\s*(?:html|text)\(\s*([A-Za-z_$][\w$]*)\s*\.\s*(\w+)"""
    ),
    re.compile(
        r"""getElementById\(\s*["']([\w-]+)["']\s*\)\s*\.\s*(?:innerHTML|innerText|textContent)\s*=\s*"""
        r"""([A-Za-z_$][\w$]*)\s*\.\s*(\w+)"""
    ),
)
_HTML = re.compile(r"<(?:p|div|br|span|table|h[1-6]|section)\b", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_SCRIPT = 2_000_000


def script_article_placed(soup: BeautifulSoup) -> bool:
    """Fill the page's empty holders with the article its inline scripts assign; True when any."""
    objects: dict[str, dict] = {}
    writes: list[tuple[str, str, str]] = []
    for script in soup.find_all("script"):
        if script.get("src"):
            continue
        code = script.string or ""
        if not code or len(code) > MAX_SCRIPT:
            continue
        for found in _ASSIGNED.finditer(code):
            try:
                value, _end = json.JSONDecoder().raw_decode(code, found.end())
            except (ValueError, RecursionError):
                continue
            if isinstance(value, dict):
                objects[found.group(1)] = value
        for pattern in _WRITES:
            writes.extend(m.groups() for m in pattern.finditer(code))
    if not objects:
        return False
    placed = False
    named = [(holder, objects[name].get(key)) for holder, name, key in writes if name in objects]
    keyed = [(key, value) for data in objects.values() for key, value in data.items()]
    for holder_id, value in named or keyed:
        if not isinstance(value, str) or not _CJK.search(value):
            continue
        holder = soup.find(id=holder_id)
        if not isinstance(holder, Tag) or holder.name in ("script", "style"):
            continue
        if _CJK.search(holder.get_text()):  # a holder with text of its own is left as it is
            continue
        if _HTML.search(value):
            holder.append(BeautifulSoup(value, "html.parser"))
        else:
            holder.append(value)
        placed = True
    return placed
