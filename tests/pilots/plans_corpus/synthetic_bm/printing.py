# ruff: noqa: E501  (the page script and style sheet printed into the browser as written)
"""Prints a synthetic_bm document to PDF with headless Chromium (Playwright page.pdf), laying the
pages out itself in the page (a small paginator in JavaScript): text blocks are poured into the
page's column boxes, a paragraph or a table row that does not fit is split at the character that
fills the box and continued in the next one (a table continued under "续表" and its repeated header
row), so every page is a fixed frame with its running header and its "— N —" number. The PDF's
CreationDate / ModDate are overwritten with a fixed date (same length, so the xref stays valid)."""

import json
import re
from pathlib import Path

FIXED_DATE = b"D:20260401090000+08'00'"

CSS = """
@page { size: 210mm 297mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Serif CJK SC', serif; color: #000; }
.page { width: 210mm; height: 297mm; position: relative; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.runhead { position: absolute; left: 20mm; right: 20mm; top: 12mm; height: 9mm; text-align: center;
  font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; border-bottom: 1.2pt solid #000; }
.folio { position: absolute; left: 0; right: 0; bottom: 10mm; text-align: center; font-size: 12pt; }
.body { position: absolute; left: 25mm; right: 22mm; top: 30mm; bottom: 24mm; }
.col { height: 100%; overflow: hidden; }
table.frame { position: absolute; left: 18mm; right: 18mm; top: 25mm; bottom: 22mm; width: 174mm;
  height: 250mm; border-collapse: collapse; table-layout: fixed; }
table.frame td { vertical-align: top; padding: 0 3mm; border-top: 0.8pt solid #000;
  border-bottom: 0.8pt solid #000; }
table.frame td.l { border-left: 0.8pt solid #fff; border-right: 0.6pt solid #000; }
table.frame td.r { border-right: 0.8pt solid #fff; }
table.frame td .col { height: 246mm; padding-top: 2mm; }
p { margin: 0; text-align: justify; text-indent: 2em; }
p.cont { text-align-last: justify; }
p.noindent { text-indent: 0; }
b { font-family: 'Noto Sans CJK SC', sans-serif; font-weight: normal; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.grid td, table.grid th { border: 0.8pt solid #000; padding: 1mm 1.2mm; vertical-align: middle;
  font-size: 10pt; line-height: 1.45; text-align: center; font-weight: normal; }
table.grid th { font-family: 'Noto Sans CJK SC', sans-serif; }
table.grid td.w { text-align: justify; }
"""

JS = r"""
(spec) => {
  const root = document.body;
  let pageNo = spec.first_folio, cols = [], ci = 0, table = null, tableSpec = null, pages = 0;
  function newPage() {
    const page = document.createElement('div'); page.className = 'page'; root.appendChild(page);
    pages += 1;
    if (pages === 1 && spec.first_html) page.insertAdjacentHTML('beforeend', spec.first_html);
    if (spec.runhead) { const h = document.createElement('div'); h.className = 'runhead'; h.textContent = spec.runhead; page.appendChild(h); }
    if (spec.folio && !(pages === 1 && spec.no_folio_on_first)) {
      const f = document.createElement('div'); f.className = 'folio'; f.textContent = '— ' + pageNo + ' —'; page.appendChild(f); pageNo += 1;
    }
    cols = [];
    if (spec.two_columns && !(pages === 1 && spec.first_single)) {
      const t = document.createElement('table'); t.className = 'frame';
      const tr = document.createElement('tr'); t.appendChild(tr);
      for (const side of ['l', 'r']) {
        const td = document.createElement('td'); td.className = side; tr.appendChild(td);
        const c = document.createElement('div'); c.className = 'col'; td.appendChild(c); cols.push(c);
      }
      page.appendChild(t);
    } else {
      const b = document.createElement('div'); b.className = 'body'; page.appendChild(b);
      const c = document.createElement('div'); c.className = 'col'; b.appendChild(c); cols.push(c);
      if (pages === 1 && spec.first_top) b.style.top = spec.first_top;
    }
    ci = 0;
  }
  function col() { return cols[ci]; }
  function over() { const c = col(); return c.scrollHeight > c.clientHeight + 0.5; }
  function nextCol() {
    ci += 1; if (ci >= cols.length) newPage();
    if (table) { startTable(true); }
  }
  function para(b, text, cls) {
    const p = document.createElement('p'); p.className = cls || '';
    if (b.style) p.setAttribute('style', b.style);
    if (b.lead) { const s = document.createElement('b'); s.textContent = b.lead; p.appendChild(s); }
    p.appendChild(document.createTextNode(text)); return p;
  }
  function placePara(b) {
    let text = b.text, cls = b.cls || '', lead = b.lead;
    while (true) {
      const bb = Object.assign({}, b, {lead});
      const p = para(bb, text, cls); col().appendChild(p);
      if (!over() && b.break_at == null) return;
      if (!over() && b.break_at != null) { return; }
      col().removeChild(p);
      let lo = 0, hi = text.length;
      while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); const q = para(bb, text.slice(0, mid), cls + ' cont'); col().appendChild(q); const bad = over(); col().removeChild(q); if (bad) hi = mid - 1; else lo = mid; }
      if (lo < 4 || b.keep) { nextCol(); continue; }
      col().appendChild(para(bb, text.slice(0, lo), cls + ' cont'));
      (window.__splits = window.__splits || []).push([(b.lead || '') + b.text.slice(0, 12), b.text.length - text.length + lo, b.text.length]);
      text = text.slice(lo); lead = null; cls = (b.cls || '') + ' noindent';
      nextCol();
    }
  }
  function startTable(cont) {
    if (cont && tableSpec.cont_label) { const p = document.createElement('p'); p.className = 'noindent'; p.setAttribute('style', tableSpec.cont_style || ''); p.textContent = tableSpec.cont_label; col().appendChild(p); }
    table = document.createElement('table'); table.className = 'grid';
    const cg = document.createElement('colgroup');
    for (const w of tableSpec.widths) { const c = document.createElement('col'); c.style.width = w; cg.appendChild(c); }
    table.appendChild(cg);
    const tr = document.createElement('tr');
    for (const h of tableSpec.header) { const th = document.createElement('th'); th.textContent = h; tr.appendChild(th); }
    table.appendChild(tr); col().appendChild(table);
  }
  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach((t, i) => { const td = document.createElement('td'); if (i === tableSpec.split) td.className = 'w'; td.textContent = t; tr.appendChild(td); });
    return tr;
  }
  function placeRow(cells) {
    while (true) {
      const tr = row(cells); table.appendChild(tr);
      if (!over()) return;
      table.removeChild(tr);
      const s = tableSpec.split, text = cells[s];
      let lo = 0, hi = text.length;
      while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); const c2 = cells.slice(); c2[s] = text.slice(0, mid); const q = row(c2); table.appendChild(q); const bad = over(); table.removeChild(q); if (bad) hi = mid - 1; else lo = mid; }
      if (lo < 20) { nextCol(); continue; }
      const first = cells.slice(); first[s] = text.slice(0, lo); table.appendChild(row(first));
      const rest = cells.map(() => ''); rest[s] = text.slice(lo); cells = rest;
      nextCol();
    }
  }
  newPage();
  for (const b of spec.blocks) {
    if (b.kind === 'page') { table = null; newPage(); continue; }
    if (b.kind === 'column') { nextCol(); continue; }
    if (b.kind === 'table') {
      tableSpec = b;
      const mark = col().childNodes.length;
      if (b.caption) { const c = document.createElement('p'); c.className = 'noindent'; c.setAttribute('style', b.caption_style || ''); c.textContent = b.caption; col().appendChild(c); }
      startTable(false);
      const probe = row(b.rows[0].map((t, i) => i === b.split ? t.slice(0, 20) : t)); table.appendChild(probe);
      const bad = over(); table.removeChild(probe);
      if (bad) {
        while (col().childNodes.length > mark) col().removeChild(col().lastChild);
        table = null; nextCol();
        if (b.caption) { const c = document.createElement('p'); c.className = 'noindent'; c.setAttribute('style', b.caption_style || ''); c.textContent = b.caption; col().appendChild(c); }
        startTable(false);
      }
      for (const r of b.rows) placeRow(r);
      table = null; continue;
    }
    if (b.kind === 'html') { col().insertAdjacentHTML('beforeend', b.html); if (over()) { col().removeChild(col().lastChild); nextCol(); col().insertAdjacentHTML('beforeend', b.html); } continue; }
    if (b.break_at != null) {
      const first = Object.assign({}, b, {text: b.text.slice(0, b.break_at), break_at: null});
      placePara(Object.assign(first, {cls: (b.cls || '') + ' cont'}));
      nextCol();
      placePara(Object.assign({}, b, {text: b.text.slice(b.break_at), lead: null, cls: (b.cls || '') + ' noindent', break_at: null}));
      continue;
    }
    placePara(b);
  }
  return pages;
}
"""


FONTS = {
    "BMSerif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "BMSans": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}


def font_faces(text: str) -> str:
    """The Noto CJK SC faces subset to the characters the document prints, embedded as data URLs: printed
    from the whole font, Chromium's text layer maps many ideographs back to Kangxi / supplement radicals
    (⼈, ⺠), which a subset without those code points avoids."""
    import base64
    import io

    from fontTools import subset
    from fontTools.ttLib import TTCollection

    css = []
    chars = sorted(set(text) | set("0123456789—（）〔〕“”、，。；：·- "))
    for family, path in FONTS.items():
        font = TTCollection(path).fonts[2]  # the SC face
        font.recalcTimestamp = False
        options = subset.Options()
        options.name_IDs = ["*"]
        options.layout_features = ["*"]
        sub = subset.Subsetter(options)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(font)
        out = io.BytesIO()
        font.save(out)
        data = base64.b64encode(out.getvalue()).decode("ascii")
        css.append(
            f"@font-face {{ font-family: '{family}'; src: url(data:font/otf;base64,{data}); }}"
        )
    return "\n".join(css)


def spec_text(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False)


def print_pdf(spec: dict, path: Path) -> int:
    from playwright.sync_api import sync_playwright

    css = (
        (font_faces(spec_text(spec)) + CSS)
        .replace("'Noto Serif CJK SC'", "'BMSerif'")
        .replace("'Noto Sans CJK SC'", "'BMSans'")
    )
    html = f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}{spec.get('css', '')}</style></head><body></body></html>"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.set_content(html)
        page.evaluate("document.fonts.ready")
        page.evaluate(
            'Promise.all([document.fonts.load("12pt BMSerif"), document.fonts.load("12pt BMSans")])'
        )
        pages = page.evaluate(JS, json.loads(json.dumps(spec)))
        splits = page.evaluate("() => window.__splits || []")
        if splits:
            print("split paragraphs (block, chars placed, length):", splits)
        page.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
        browser.close()
    raw = path.read_bytes()
    raw = re.sub(
        rb"\((D:\d{14}[^)]*)\)",
        lambda m: b"(" + FIXED_DATE.ljust(len(m.group(1)))[: len(m.group(1))] + b")",
        raw,
    )
    path.write_bytes(raw)
    return pages
