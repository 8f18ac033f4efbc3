# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bu documents (SYNTHETIC_BU.md) — INVENTED 2026 "人工智能+" JOINT documents, issued by several
bodies at once, of INVENTED places (湄江省, 岫川省, 栖梧市) — and their expected extractions (.yaml beside each), from doc_*.py:

- meijiang-ai-plus-opinions-2026-synthetic.pdf — a province's 实施意见 of the party committee and the government together
  (湄委发〔2026〕9号) built as .docx and printed to PDF by LibreOffice, paragraphs （一）… closing on the bodies without a label
  "（省委网信办、省发展改革委、省科技厅按职责分工负责）";
- xiuchuan-ai-plus-manufacturing-2026-synthetic.docx — a notice of SIX province departments (six numbers, six signatures with
  dates) as a Word file, the plan's tasks without annotations and an annex 重点任务分工表 (序号 | 重点任务 | 牵头单位 | 参与单位);
- qiwu-ai-plus-implementation-2026-synthetic.html — a city plan issued jointly by 市委办公室 and 市政府办公室 (栖委办发〔2026〕7号)
  as its portal page, tasks closing on "（责任单位：X、Y，各区县（市）党委和政府；列第一位的为牵头单位）", the rule stated once for
  the later groups.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bu/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_meijiang as MJ  # noqa: E402
import doc_qiwu as QW  # noqa: E402
import doc_xiuchuan as XC  # noqa: E402
import synthetic_office as office  # noqa: E402


def plain(doc, text):
    """A line standing on its own, not indented."""
    office.para(doc, text, indent=False)


def annex_widths(n):
    return [1.4, 4.6, 4.2, 5.4]


RENDER = office.renderer(
    {"rule": office.rule, "plain": plain},
    widths=annex_widths,
    size=12,
    centre=lambda c, n: c == 0,
)


if __name__ == "__main__":
    office.build(HERE, (MJ, XC, QW), RENDER)
