"""The article of a web page saved from a government site (BeautifulSoup).

Scripts, styles, navigation, headers, footers, share bars and forms go first (by tag, and by
class or id words such as nav, menu, footer, crumb); the article is the element holding most of
the page's text outside links, as deep as it can be while holding nearly all of it. Its text comes
one line per block (p, div, li, h1–h6, br), task tables as the lines the genre prints; lines
that are page furniture (来源：, 打印, 分享到 …) are dropped. The page's <h1> or <title> leads
the text when the article does not hold it, so the plan's title is there; so does the 文号 of
the page's 信息公开 table. A web archive
(.mht, Word's 单个文件网页) is read as the page it holds.
"""

from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.dammit import EncodingDetector
from django.utils.translation import gettext as _

from pilots.drafting.inputs import WEB_ARCHIVE, text_decode
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.list_numbers import list_numbers_written
from pilots.drafting.script_articles import script_article_placed
from pilots.drafting.tables import spans_spread, table_lines
from pilots.source_text import remove_stray_spaces

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr",
          "table", "blockquote", "center", "dd", "dt", "ul", "ol", "pre", "td", "th"}  # fmt: skip
CANDIDATES = ("div", "article", "section", "td", "main", "body")
_CJK = re.compile(r"[\u4e00-\u9fff]")
NEARLY_ALL = 0.85


def html_document_text(content: bytes) -> tuple[str, list[str]]:
    content, charset = web_archive_page(content)
    # Decoded here, not by BeautifulSoup: a page's meta charset is often wrong (utf-8 on a GBK
    # page), and a charset guess garbles Chinese text that GB 18030 reads right.
    declared = EncodingDetector.find_declared_encoding(content, is_html=True) or charset
    soup = BeautifulSoup(text_decode(content, declared), "lxml")
    script_article_placed(soup)
    title = _page_title(soup)
    number = compiled("documents", "doc_number_labelled").search(soup.get_text(" "))
    _chrome_removed(soup)
    article = _article(soup)
    lines = _block_lines(article)
    chrome = [re.compile(p) for p in table("documents")["chrome_lines"]]
    kept = [line for line in lines if not (len(line) < 60 and any(p.search(line) for p in chrome))]
    notes = (
        [_("已去掉网页框架文字 %(n)s 行") % {"n": len(lines) - len(kept)}]
        if len(kept) < len(lines)
        else []
    )
    if number and not any(number["number"] in line for line in kept[:40]):
        kept.insert(0, re.sub(r"\s+", "", number["number"]))  # from the page's 信息公开 table
    if title and not any(title in line for line in kept[:10]):
        kept.insert(0, title)
    return "\n".join(kept), notes


def web_archive_page(content: bytes) -> tuple[bytes, str | None]:
    """The page of a web archive (MHTML: Word's 单个文件网页, .mht — sites post them as .doc
    too) and the charset its part declares; any other content as it is. The archive's page is
    quoted-printable or base64 in a MIME message: read as it is, the text was its codes
    ("=D2=BB") and the archive's notice the only Chinese in it."""
    if not WEB_ARCHIVE.match(content[:2048]):
        return content, None
    import email
    from email import policy

    message = email.message_from_bytes(content, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, part.get_content_charset()
    return content, None


def _page_title(soup: BeautifulSoup) -> str:
    """The heading the page's <title> names the article by (<title>X_通知公告_site</title>,
    <h1>site</h1> <h2>X</h2>); else its <h1>, else its <title>."""
    named = soup.find("title")
    named = re.split(r"\s*(?:_|\||｜| - )\s*", named.get_text().strip())[0] if named else ""
    for tag in soup.find_all(["h1", "h2", "h3"], limit=8):
        heading = " ".join(tag.get_text().split())
        if named and _CJK.search(heading) and len(heading) >= 6 and heading in named:
            return heading
    for tag in (soup.find("h1"), soup.find("title")):
        if tag is not None and _CJK.search(tag.get_text()):
            return " ".join(tag.get_text().split())
    return ""


def _chrome_removed(soup: BeautifulSoup) -> None:
    documents = table("documents")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(documents["chrome_tags"]):
        tag.decompose()
    chrome = compiled("documents", "chrome_classes")
    # Marked first, then removed: asking a tag whether it was removed (tag.decomposed) searches
    # its subtree in bs4, quadratic on a page nested thousands deep.
    doomed, inside = [], set()
    for tag in soup.find_all(True):  # parents before children
        if id(tag.parent) in inside:
            inside.add(id(tag))
            continue
        if tag.name in ("html", "body"):
            continue
        words = " ".join([*(tag.get("class") or []), tag.get("id") or ""]).lower()
        if words and chrome.search(words):
            inside.add(id(tag))
            doomed.append(tag)
    for tag in doomed:
        tag.decompose()


def _article(soup: BeautifulSoup) -> Tag:
    """The deepest block holding nearly all the page's Chinese text outside links. Counted in
    one pass from the leaves up (a count per tag of its whole subtree was quadratic on a page
    nested thousands deep)."""
    body = soup.body or soup
    tags = [body, *body.find_all(True)]  # parents before children
    depth = {id(body): 0}
    for tag in tags[1:]:
        depth[id(tag)] = depth[id(tag.parent)] + 1
    text: dict[int, int] = {}  # Chinese characters under a tag, outside links
    for tag in reversed(tags):
        text[id(tag)] = (
            0
            if tag.name == "a"
            else sum(
                text[id(child)] if isinstance(child, Tag) else len(_CJK.findall(child))
                for child in tag.children
                if isinstance(child, (Tag, NavigableString))
            )
        )
    most, best = text[id(body)], body
    for tag in tags[1:]:
        nearly_all = text[id(tag)] >= NEARLY_ALL * most
        if tag.name in CANDIDATES and nearly_all and depth[id(tag)] > depth[id(best)]:
            best = tag
    return best


def _block_lines(article: Tag) -> list[str]:
    list_numbers_written(article)
    # Innermost first, each table by its own rows and cells: a CMS that lays the article out in
    # a one-column table (every paragraph a cell) holds the plan's real tables inside it. Read
    # whole, the layout table took the nested cells for its own and printed the table twice.
    for tbl in reversed(article.find_all("table")):
        rows = spans_spread(
            [
                [(c.get_text(" "), _span(c, "rowspan"), _span(c, "colspan")) for c in cells]
                for cells in (_own(tr, ["td", "th"], "tr") for tr in _own(tbl, "tr", "table"))
            ]
        )
        if any(len(row) > 1 for row in rows):
            above = tbl.find_previous(string=lambda text: text.strip())  # the table's caption
            read = table_lines(rows, caption=str(above).strip() if above else "")
            paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in read)
            tbl.replace_with(BeautifulSoup(f"<div>{paragraphs}</div>", "html.parser").div)
    lines: list[str] = []
    current: list[str] = []
    block = None

    def flush():
        text = remove_stray_spaces(" ".join("".join(current).split()))
        if text:
            lines.append(text)
        current.clear()

    for node in article.descendants:
        if isinstance(node, NavigableString):
            owner = next((p for p in node.parents if p.name in BLOCKS or p is article), article)
            if owner is not block:
                flush()
                block = owner
            current.append(str(node))
        elif isinstance(node, Tag) and node.name == "br":
            flush()
    flush()
    return lines


def _own(tag: Tag, names, boundary: str) -> list[Tag]:
    """The tags named under tag that no nested boundary (a table, a row) holds instead."""
    return [
        found
        for found in tag.find_all(names)
        if next(p for p in found.parents if p.name == boundary or p is tag) is tag
    ]


def _span(cell: Tag, name: str) -> int:
    value = str(cell.get(name) or "1").strip()
    return min(int(value), 500) if value.isdigit() and int(value) > 0 else 1
