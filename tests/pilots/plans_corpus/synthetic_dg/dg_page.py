# ruff: noqa: E501  (page markup as the old CMSs write it)
"""The old portal page the three synthetic_dg documents are published in (SYNTHETIC_DG.md): the whole
page laid out in nested <table>s (banner, nav, 当前位置, a 信息公开 table of 索引号 / 发布机构 / 文号 /
发文日期), the article in <div id="zoom"> or <td class="bt_content"> with its lines separated by <br>
inside one <p>, <font face="仿宋_GB2312">, &nbsp; and full-width indents, headings split over <b>
fragments; and the checks every document module makes of its own data."""

IND = "&nbsp;&nbsp;&nbsp;&nbsp;"
FW = "\u3000\u3000"


def split_b(text: str, at: int | None = None) -> str:
    """A heading as the old editor saved it: bold in two (or three) fragments."""
    at = at if at is not None else max(1, len(text) // 2)
    head, tail = text[:at], text[at:]
    return f'<b>{head}</b><b><font face="黑体">{tail}</font></b>' if tail else f"<b>{head}</b>"


def lines_p(lines: list[str], font="仿宋_GB2312", size="4") -> str:
    """Many lines in ONE <p>, separated by <br>, as the old editor pasted them."""
    body = "<br>\r\n".join(lines)
    return f'<p style="line-height:28pt;margin:0;"><font face="{font}" size="{size}" style="font-size:16pt;">{body}</font></p>'


def info_table(rows: list[tuple[str, str, str, str]], title: str) -> str:
    cells = "\n".join(
        f'<tr><td width="12%" class="xxgk_th" bgcolor="#EEF3F9">{a}</td><td width="38%">{b}</td>'
        f'<td width="12%" class="xxgk_th" bgcolor="#EEF3F9">{c}</td><td width="38%">{d}</td></tr>'
        for a, b, c, d in rows
    )
    return f"""<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#C5D6E8" style="border-collapse:collapse;font-size:12px;">
{cells}
<tr><td class="xxgk_th" bgcolor="#EEF3F9">名&nbsp;&nbsp;&nbsp;&nbsp;称</td><td colspan="3">{title}</td></tr>
</table>"""


def page(
    *,
    charset: str,
    site: str,
    title: str,
    nav: list[str],
    crumbs: list[str],
    info: str,
    article: str,
    footer: list[str],
    head_extra: str = "",
    tools: str = "",
    content_cell: str = "zoom",
) -> str:
    navs = "".join(
        f'<td align="center" class="nav"><a href="/col/col{1000 + i}/index.html">{n}</a></td>'
        for i, n in enumerate(nav)
    )
    crumb = " &gt; ".join(
        f'<a href="/col/col{2000 + i}/index.html">{c}</a>' for i, c in enumerate(crumbs)
    )
    if content_cell == "zoom":
        content = f'<div id="zoom" style="font-size:16px;">\n{article}\n</div>'
        content_td = f'<td style="padding:10px 30px;">{content}</td>'
    else:
        content_td = f'<td class="bt_content" style="padding:10px 30px;" id="{content_cell}">\n{article}\n</td>'
    foot = "<br>\r\n".join(footer)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title>
<meta name="SiteName" content="{site}">
<meta name="ArticleTitle" content="{title}">
{head_extra}</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/banner.jpg"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="60%"><img src="/images/logo.png" alt="{site}"></td><td align="right" valign="bottom"><input type="text" name="q" size="20"><input type="button" value="搜索"></td></tr></table></td></tr>
  <tr><td height="36" bgcolor="#1A5CA8"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{navs}</tr></table></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="32" style="border-bottom:1px solid #ccc;">&nbsp;当前位置：{crumb}</td></tr>
  <tr><td style="padding:10px 0;">
{info}
  </td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td align="center" height="60" style="font-size:22px;color:#C00;font-weight:bold;">{title}</td></tr>
      {tools}
      <tr>{content_td}</tr>
    </table>
  </td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#E8E8E8">
  <tr><td align="center" height="90" style="font-size:12px;line-height:22px;">{foot}</td></tr>
</table>
</body>
</html>
"""


def check(text: str, extraction: dict) -> None:
    """Every printed form and phrase the module claims is in its own text (before the page is
    written): the corpus test checks the file, this the data as it is made."""
    flat = "".join(text.split()).replace("&nbsp;", "")
    import re

    flat = re.sub(r"<[^>]+>", "", flat)
    for a in extraction["agencies"]:
        for alias in a.aliases:
            assert alias in flat, alias
    for g in extraction["goals"]:
        for t in g.targets:
            assert t.phrase in flat, t.phrase
