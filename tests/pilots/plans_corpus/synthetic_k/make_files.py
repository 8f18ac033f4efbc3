# ruff: noqa: E501  (page text is kept as the producers lay it out)
"""Builds the three synthetic_k documents as PDF files made by three producers other than
LibreOffice-from-.docx, and their expected extractions (SYNTHETIC_K.md):

- zhanjiang-ai-plus-2026-synthetic.pdf — the city portal's page of the notice, served over HTTP
  under the portal's host name and printed by headless Chromium (--print-to-pdf): Chromium's own
  header (date, page title) and footer (URL, "N/M") on every page, CSS page size A4;
- heilongjiang-ai-plus-2026-synthetic.pdf — a province office's 公文 laid out by WeasyPrint: red
  header 红头 with the office's name in large type, 文号 line and red rule, a two-column 主要指标
  table, page numbers "- N -" at alternating corners, a 抄送/印发 block at the end;
- weifang-hitech-ai-plus-2026-synthetic.pdf — a development zone's plan written as an .html file
  and printed by LibreOffice (Writer/Web), whose annex 分工表 is a table with NO ruling lines.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_k/make_files.py
(needs /usr/bin/chromium and /usr/bin/soffice; --extractions-only writes the .yaml files alone).
"""

import functools
import html
import http.server
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_heilongjiang as HLJ  # noqa: E402
import doc_weifang as WF  # noqa: E402
import doc_zhanjiang as ZJ  # noqa: E402

E = html.escape


# ---------------------------------------------------------------- plan text as paragraphs


DOC_OF_TASK: dict[int, object] = {}


def task_text(task, doc=None) -> str:
    numbering, title, body, *rest = task
    annotation = rest[0] if isinstance(rest[0], str) else ""
    more = doc.MORE.get(numbering, "") + doc.MORE2.get(numbering, "") if doc else ""
    return f"{title}。{body}{more}{annotation}"


def safeguards(doc):
    return doc.SAFEGUARDS + doc.SAFEGUARDS_MORE


def body_paragraphs(doc):
    """(kind, text) of the plan after its title: kinds h1 (part), h2 (chapter), p."""
    out = [
        ("p", doc.PREAMBLE),
        ("h1", "一、总体要求"),
        ("p", doc.BASIS),
        ("p", doc.GUIDE),
        ("p", doc.PRINCIPLES),
        ("h1", "".join(doc.GOAL_PART)),
    ]
    if hasattr(doc, "GOALS"):
        out += [("p", text) for text, _ in doc.GOALS]
    else:
        out += [("p", doc.GOAL_LEAD), ("indicators", None)]
    out.append(("h1", "".join(doc.TASK_PART)))
    for numbering, title, tasks in doc.CHAPTERS:
        out.append(("h2", f"{numbering}{title}"))
        out += [("p", f"{t[0]}{task_text(t, doc)}") for t in tasks]
    out.append(("h1", "".join(doc.SAFEGUARD_PART)))
    out += [("p", f"{n}{t}。{b}") for n, t, b in safeguards(doc)]
    return out


def paragraphs_html(doc, indicator_table="") -> str:
    parts = []
    for kind, text in body_paragraphs(doc):
        if kind == "indicators":
            parts.append(indicator_table)
        elif kind == "h1":
            parts.append(f'<p class="h1">{E(text)}</p>')
        elif kind == "h2":
            parts.append(f'<p class="h2">{E(text)}</p>')
        else:
            parts.append(f"<p>{E(text)}</p>")
    return "\n".join(parts)


# ---------------------------------------------------------------- 1. Chromium: the portal's page

PORTAL = "www.zhanjiang.gov.cn"
PORTAL_PATH = "/zwgk/zcwj/szfbwj/content/post_2026031816.html"


def zhanjiang_html() -> str:
    meta = "".join(f"<tr><th>{E(k)}：</th><td>{E(v)}</td></tr>" for k, v in ZJ.META)
    notice = "\n".join(f"<p>{E(p)}</p>" for p in ZJ.NOTICE)
    signature = "\n".join(f'<p class="sign">{E(p)}</p>' for p in ZJ.SIGNATURE)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{E(ZJ.PAGE_TITLE)}</title>
<style>
@page {{ size: A4; }}
body {{ font-family: "Noto Sans CJK SC", sans-serif; font-size: 15px; color: #333; margin: 0; }}
.top {{ background: #0b5aa8; color: #fff; padding: 6px 24px; font-size: 13px; }}
.banner {{ font-family: "Noto Serif CJK SC", serif; font-size: 30px; color: #0b5aa8; padding: 14px 24px; }}
.nav {{ background: #e8f0f8; padding: 6px 24px; font-size: 14px; }}
.nav span {{ margin-right: 22px; }}
.crumb {{ font-size: 13px; color: #666; padding: 8px 24px; }}
table.meta {{ margin: 6px 24px; border: 1px solid #c9d6e3; border-collapse: collapse; font-size: 13px; width: 90%; }}
table.meta th, table.meta td {{ border: 1px solid #c9d6e3; padding: 3px 6px; text-align: left; }}
h1 {{ font-size: 22px; text-align: center; color: #222; margin: 18px 40px 6px; }}
.info {{ text-align: center; font-size: 12px; color: #888; margin-bottom: 12px; }}
.article {{ padding: 0 36px; line-height: 1.9; }}
.article p {{ text-indent: 2em; margin: 4px 0; }}
.article p.sign {{ text-align: right; }}
.article p.title {{ text-align: center; font-size: 19px; font-weight: bold; text-indent: 0; margin-top: 18px; }}
.article p.h1 {{ font-family: "Noto Sans CJK SC"; font-weight: bold; }}
.article p.h2 {{ font-family: "Noto Serif CJK SC"; font-weight: bold; }}
.share {{ padding: 12px 36px; font-size: 12px; color: #888; }}
.foot {{ background: #f0f0f0; text-align: center; font-size: 12px; color: #666; padding: 10px; margin-top: 12px; }}
</style></head>
<body>
<div class="top">湛江市人民政府门户网站　　无障碍　长者模式　　English　　登录　注册</div>
<div class="banner">湛江市人民政府门户网站</div>
<div class="nav"><span>首页</span><span>要闻动态</span><span>政务公开</span><span>政务服务</span><span>互动交流</span><span>走进湛江</span></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 市府办文件</div>
<table class="meta">{meta}</table>
<h1>{E(ZJ.PAGE_TITLE.split("_")[0])}</h1>
<div class="info">来源：湛江市人民政府办公室　　发布时间：2026-03-20 16:05:12　　字号：[ 大 中 小 ]　　打印</div>
<div class="article">
{notice}
{signature}
<p class="title">{E(ZJ.PLAN["title"])}</p>
{paragraphs_html(ZJ)}
</div>
<div class="share">分享到：微信　微博　QQ空间　　【打印本页】【关闭窗口】</div>
<div class="foot">主办：湛江市人民政府办公室　　承办：湛江市政务服务和数据管理局<br>
网站标识码：4408000002　　粤ICP备05065322号　　粤公网安备 44080202000101号</div>
</body></html>"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def print_with_chromium(page: str, out: Path):
    with tempfile.TemporaryDirectory() as root:
        target = Path(root) / PORTAL_PATH.lstrip("/")
        target.parent.mkdir(parents=True)
        target.write_text(page, encoding="utf-8")
        port = free_port()
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=root)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            subprocess.run(
                [
                    "/usr/bin/chromium",
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    f"--host-resolver-rules=MAP {PORTAL} 127.0.0.1:{port}",
                    f"--user-data-dir={root}/profile",
                    f"--print-to-pdf={out}",
                    f"http://{PORTAL}{PORTAL_PATH}",
                ],
                check=True,
                capture_output=True,
                timeout=120,
            )
        finally:
            server.shutdown()


# ---------------------------------------------------------------- 2. WeasyPrint: a 公文


def heilongjiang_html() -> str:
    rows = "".join(
        f"<tr><td>{E(name)}</td><td>{E(value)}</td></tr>" for name, value, _ in HLJ.INDICATORS
    )
    table = f'<table class="ind"><tr><th>指　　标</th><th>2028年目标值</th></tr>{rows}</table>'
    notice = "\n".join(f"<p>{E(p)}</p>" for p in HLJ.NOTICE)
    signature = "\n".join(f'<p class="sign">{E(p)}</p>' for p in HLJ.SIGNATURE)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-right {{ content: "- " counter(page) " -"; font-family: "Noto Serif CJK SC"; font-size: 14pt; }} }}
@page :left {{ @bottom-right {{ content: none; }}
  @bottom-left {{ content: "- " counter(page) " -"; font-family: "Noto Serif CJK SC"; font-size: 14pt; }} }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; }}
.redhead {{ color: #d00; font-size: 34pt; text-align: center; letter-spacing: 2pt; font-weight: bold; margin: 20mm 0 14mm; line-height: 40pt; }}
.docno {{ text-align: center; font-size: 16pt; }}
.rule {{ border-bottom: 2pt solid #d00; margin: 4mm 0 12mm; }}
.ntitle {{ font-family: "Noto Sans CJK SC"; font-size: 20pt; text-align: center; line-height: 30pt; margin-bottom: 8mm; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
p.sign {{ text-align: right; padding-right: 2em; }}
p.title {{ font-family: "Noto Sans CJK SC"; font-size: 20pt; text-align: center; text-indent: 0; margin: 6mm 0; page-break-before: always; line-height: 30pt; }}
p.h1 {{ font-family: "Noto Sans CJK SC"; }}
p.h2 {{ font-family: "Noto Serif CJK SC"; font-weight: bold; }}
table.ind {{ border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 14pt; line-height: 22pt; }}
table.ind th, table.ind td {{ border: 1pt solid #000; padding: 2mm 3mm; }}
table.ind td:last-child {{ text-align: center; width: 30%; }}
.copy {{ margin-top: 20mm; border-top: 1pt solid #000; border-bottom: 1pt solid #000; font-size: 14pt; line-height: 24pt; page-break-inside: avoid; }}
.copy p {{ text-indent: 0; padding: 1mm 1em; }}
.copy p.printed {{ border-top: 0.5pt solid #000; }}
.copy span {{ float: right; }}
</style></head><body>
<div class="redhead">{E(HLJ.RED_HEAD)}</div>
<div class="docno">{E(HLJ.DOC_NUMBER)}</div>
<div class="rule"></div>
<div class="ntitle">{E(HLJ.NOTICE_TITLE)}</div>
{notice}
{signature}
<p class="sign">{E(HLJ.NOTE)}</p>
<p class="title">{E(HLJ.TITLE)}</p>
{paragraphs_html(HLJ, table)}
<div class="copy"><p>{E(HLJ.COPY_TO)}</p>
<p class="printed">{E(HLJ.PRINTED[0])}<span>{E(HLJ.PRINTED[1])}</span></p></div>
</body></html>"""


def print_with_weasyprint(page: str, out: Path):
    from weasyprint import HTML

    HTML(string=page).write_pdf(out)


# ---------------------------------------------------------------- 3. LibreOffice: an .html file


def weifang_html() -> str:
    head = "\n".join(f'<p class="c">{E(p)}</p>' for p in WF.HEAD)
    notice = "\n".join(f"<p>{E(p)}</p>" for p in WF.NOTICE)
    signature = "\n".join(f'<p class="r">{E(p)}</p>' for p in WF.SIGNATURE)
    names = {code: alias for code, _, alias, _ in WF.AGENCIES}
    rows = []
    number = 0
    for _, _, tasks in WF.CHAPTERS:
        for _numbering, title, _, roles, due, _ in tasks:
            number += 1
            lead = "、".join(names[c] for c in roles.get("lead", []))
            support = "、".join(names[c] for c in roles.get("supporting", []))
            rows.append(
                f"<tr><td>{number}</td><td>{E(title)}</td><td>{E(lead)}</td><td>{E(support)}</td><td>{E(due)}</td></tr>"
            )
    table = (
        '<table border="0" cellspacing="0" cellpadding="4" width="100%">'
        "<tr><td><b>序号</b></td><td><b>重点任务</b></td><td><b>牵头部门</b></td><td><b>配合部门</b></td><td><b>完成时限</b></td></tr>"
        + "".join(rows)
        + "</table>"
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{E(WF.TITLE)}</title><style>
body {{ font-family: "Noto Serif CJK SC"; font-size: 15pt; }}
p {{ text-indent: 2em; margin: 0; line-height: 160%; }}
p.c {{ text-align: center; text-indent: 0; }}
p.r {{ text-align: right; }}
p.t {{ text-align: center; text-indent: 0; font-size: 20pt; font-family: "Noto Sans CJK SC"; }}
p.h1 {{ font-family: "Noto Sans CJK SC"; }}
td {{ font-size: 11pt; font-family: "Noto Sans CJK SC"; vertical-align: top; }}
</style></head><body>
{head}
{notice}
{signature}
<p class="t" style="page-break-before: always">{E(WF.TITLE)}</p>
{paragraphs_html(WF)}
<p style="page-break-before: always; text-indent: 0">{E(WF.ANNEX_TITLE)}</p>
<p class="t">{E(WF.ANNEX_CAPTION)}</p>
{table}
</body></html>"""


def print_with_libreoffice(page: str, out: Path):
    with tempfile.TemporaryDirectory() as root:
        source = Path(root) / f"{out.stem}.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                "/usr/bin/soffice",
                f"-env:UserInstallation=file://{root}/profile",
                "--headless",
                "--convert-to",
                "pdf:writer_web_pdf_Export",
                "--outdir",
                root,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(Path(root) / f"{out.stem}.pdf", out)


# ---------------------------------------------------------------- expected extractions


def target(code, row, deadline=None, phrase=None):
    metric, unit, comparator, value, *rest = row
    if deadline is None:
        deadline, aggregation, kind, phrase, *per_year = rest
    else:
        aggregation, kind = rest
        per_year = []
    out = {
        "code": code,
        "metric": metric,
        "unit": unit,
        "comparator": comparator,
        "value": value,
        "deadline": deadline,
    }
    if per_year and per_year[0]:
        out["per_year"] = True
    out["aggregation"] = aggregation
    if kind:
        out["kind"] = kind
    out["source_phrase"] = phrase
    return out


def goal_title(paragraph: str) -> str:
    return paragraph.split("，")[0]


def extraction(doc, source_file: str, roles_of, due_of=None) -> dict:
    agencies = [
        {"code": c, "name": n, "aliases": [a], "category": k} for c, n, a, k in doc.AGENCIES
    ]
    goals, count = [], 0

    def next_code():
        nonlocal count
        count += 1
        return f"T{count}"

    if hasattr(doc, "GOALS"):
        for text, rows in doc.GOALS:
            goals.append(
                {
                    "code": f"G{len(goals) + 1}",
                    "title": goal_title(text),
                    "text": text,
                    "targets": [target(next_code(), r) for r in rows],
                }
            )
    else:
        goals.append(
            {
                "code": "G1",
                "title": goal_title(doc.GOAL_LEAD),
                "text": doc.GOAL_LEAD,
                "targets": [
                    target(next_code(), row, doc.PLAN["period_end"], f"{name}{value}")
                    for name, value, row in doc.INDICATORS
                ],
            }
        )
    chapters = []
    part, safeguard_part = doc.TASK_PART[0].rstrip("、"), doc.SAFEGUARD_PART[0].rstrip("、")
    for numbering, title, tasks in doc.CHAPTERS:
        items = []
        for task in tasks:
            code = f"{part}.{numbering.strip('（）').join('()')}.{task[0].rstrip('.')}"
            item = {
                "code": code,
                "numbering": task[0],
                "title": task[1],
                "text": task_text(task, doc),
            }
            if due_of:
                due = due_of(task)
                if due:
                    item["due"] = due
            item.update(roles_of(task))
            items.append(item)
            if task[-1]:
                goals.append(
                    {
                        "code": f"G{len(goals) + 1}",
                        "numbering": task[0],
                        "title": task[1],
                        "text": item["text"],
                        "targets": [target(next_code(), r) for r in task[-1]],
                    }
                )
        chapters.append(
            {
                "code": f"{part}.{numbering.strip('（）').join('()')}",
                "numbering": numbering,
                "title": title,
                "kind": "key_task",
                "tasks": items,
            }
        )
    sections = [
        {
            "code": part,
            "numbering": doc.TASK_PART[0],
            "title": doc.TASK_PART[1],
            "kind": "key_task",
            "sections": chapters,
        },
        {
            "code": safeguard_part,
            "numbering": doc.SAFEGUARD_PART[0],
            "title": doc.SAFEGUARD_PART[1],
            "kind": "safeguard",
            "tasks": [
                {"code": f"{safeguard_part}.{i}", "numbering": n, "title": t, "text": f"{t}。{b}"}
                for i, (n, t, b) in enumerate(safeguards(doc), 1)
            ],
        },
    ]
    plan = dict(doc.PLAN, source_file=source_file)
    out = {"format": 1, "zone": doc.ZONE, "plan": plan}
    if getattr(doc, "RESTORATIONS", None):
        out["source_cleaning"] = {
            "restorations": [{"find": f, "replace": r} for f, r in doc.RESTORATIONS]
        }
    return out | {"agencies": agencies, "goals": goals, "sections": sections}


def annotated_roles(task) -> dict:
    return task[4]


def table_roles(task) -> dict:
    return task[3]


def table_due(task) -> str | None:
    due = task[4]
    if due.endswith("月"):
        year, month = due.rstrip("月").split("年")
        last = {"6": "30", "12": "31"}[month]
        return f"{year}-{int(month):02d}-{last}"
    return None


def write_yaml(path: Path, header: str, data: dict):
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    path.write_text(header + body, encoding="utf-8")


DOCS = [
    (
        ZJ,
        "zhanjiang-ai-plus-2026-synthetic",
        zhanjiang_html,
        print_with_chromium,
        annotated_roles,
        None,
    ),
    (
        HLJ,
        "heilongjiang-ai-plus-2026-synthetic",
        heilongjiang_html,
        print_with_weasyprint,
        annotated_roles,
        None,
    ),
    (
        WF,
        "weifang-hitech-ai-plus-2026-synthetic",
        weifang_html,
        print_with_libreoffice,
        table_roles,
        table_due,
    ),
]


def main():
    only_yaml = "--extractions-only" in sys.argv
    for doc, slug, page, printer, roles_of, due_of in DOCS:
        pdf = HERE / f"{slug}.pdf"
        if not only_yaml:
            printer(page(), pdf)
        header = (HERE / f"{slug}.header").read_text(encoding="utf-8")
        write_yaml(HERE / f"{slug}.yaml", header, extraction(doc, pdf.name, roles_of, due_of))
        print(
            slug,
            "plan text characters:",
            sum(len(t or "") for _, t in body_paragraphs(doc))
            + sum(len(n) + len(v) for n, v, _ in getattr(doc, "INDICATORS", [])),
        )


if __name__ == "__main__":
    main()
