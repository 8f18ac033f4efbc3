# ruff: noqa: E501  (page text as the account prints it)
"""What the three synthetic_cz documents share: a task written once as data (its printed item, its
annotation, its roles) and the WeChat article page (mp.weixin.qq.com's structure) the two .html
files are printed in."""

from synthetic_model import Goal, Task

ROLE_WORDS = {"lead": "牵头单位", "resp": "责任单位", "sup": "配合单位"}


def annotation(lead=(), sup=(), resp=(), form="label"):
    """The annotation as printed: "（牵头单位：X；配合单位：Y）" (label), "（X牵头，Y配合）" (run)."""
    if form == "run":
        parts = []
        if lead:
            parts.append("、".join(lead) + "牵头")
        if sup:
            parts.append("、".join(sup) + "配合")
        if resp:
            parts.append("、".join(resp) + "负责")
        return "（" + "，".join(parts) + "）"
    parts = []
    for role, names in (("lead", lead), ("resp", resp), ("sup", sup)):
        if names:
            parts.append(f"{ROLE_WORDS[role]}：" + "、".join(names))
    return "（" + "；".join(parts) + "）"


class Item:
    """One task as printed: numbering, title (ends before "。"), body, its annotation and roles
    (printed names), targets held in it (→ also a goal titled like it)."""

    def __init__(
        self, numbering, title, body, lead=(), sup=(), resp=(), targets=(), form="label", annot=None
    ):
        self.numbering, self.title, self.body = numbering, title, body
        self.lead, self.sup, self.resp = list(lead), list(sup), list(resp)
        self.targets = list(targets)
        self.annot = (
            annot
            if annot is not None
            else (annotation(lead, sup, resp, form) if (lead or sup or resp) else "")
        )

    @property
    def text(self):
        return f"{self.title}。{self.body}{self.annot}"

    def task(self, code):
        c = lambda names: [code[n] for n in names]  # noqa: E731
        return Task(self.numbering, self.title, self.text, c(self.lead), c(self.resp), c(self.sup))

    def goal(self):
        return Goal(self.title, self.text, self.targets) if self.targets else None


def spans(text, width=9, style="font-size: 15px;letter-spacing: 1px;"):
    """WeChat's editor splits a paragraph's words over many <span>s (here every `width` characters)."""
    chunks = [text[i : i + width] for i in range(0, len(text), width)]
    return "".join(f'<span style="{style}">{c}</span>' for c in chunks)


def p(text, width=9, extra=""):
    return f'<section style="margin-bottom: 12px;line-height: 1.75em;text-indent: 2em;{extra}"><span leaf="">{spans(text, width)}</span></section>'


def page(
    *, title, account, account_en, published, place, body, footer_lines, recommended, read_original
):
    """The whole page as saved from a browser: head, rich_media_area, #js_content, bottom bar."""
    recs = "".join(
        f'<section style="margin: 6px 0;"><a href="https://mp.weixin.qq.com/s/{code}" data-linktype="2"><span style="font-size: 14px;color: rgb(87, 107, 149);">{t}</span></a></section>'
        for code, t in recommended
    )
    foot = "".join(
        f'<section style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">{line}</span></section>'
        for line in footer_lines
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{title}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA{account_en}==&amp;mid=2650{published[:4]}1&amp;idx=1">
<title>{title}</title>
<style>.rich_media_content{{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;text-align:justify}} .wx_tap_link{{color:#576b95}}</style>
<script>var biz = "MzA{account_en}=="; var ct = "1773900000"; var appmsg_type = "9";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp" id="img-content">
<h1 class="rich_media_title" id="activity-name">
{title}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{account}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{published}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">{place}</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
{body}
{foot}
<section style="margin-top: 24px;"><section style="text-align: center;"><span style="font-size: 15px;font-weight: bold;color: rgb(0, 82, 155);">往期推荐</span></section>{recs}</section>
<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/qrcode0{account_en}/0?wx_fmt=gif" alt="二维码" style="width: 160px;"></section>
</div>
<div class="rich_media_tool" id="js_toobar3">
<a class="media_tool_meta tips_global_primary meta_primary" id="js_view_source" href="{read_original}">阅读原文</a>
</div>
</div>
<div id="js_bottom_bar" class="wx_bottom_bar">
<span class="wx_share">分享</span> <span class="wx_collect">收藏</span> <span class="wx_like">点赞</span> <span class="wx_looking">在看</span>
</div>
<div id="js_cmt_area" class="discuss_container"><span>写留言</span></div>
</body>
</html>
"""


def agencies_of(table):
    """{printed: (code, full name, category)} → (Agency list, {printed: code})."""
    from synthetic_model import Agency

    return [Agency(code, name, [printed], cat) for printed, (code, name, cat) in table.items()], {
        printed: v[0] for printed, v in table.items()
    }


def sections_of(parts, code):
    """parts: [(code, numbering, title, kind, [Item])] → Sections; goals of the items holding figures."""
    from synthetic_model import Section

    sections, goals = [], []
    for scode, numbering, title, kind, items in parts:
        sections.append(Section(scode, numbering, title, kind, [i.task(code) for i in items]))
        goals.extend(g for g in (i.goal() for i in items) if g)
    return sections, goals
