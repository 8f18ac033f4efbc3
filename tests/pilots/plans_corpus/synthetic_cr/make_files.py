# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cr documents (SYNTHETIC_CR.md) — INVENTED 2026 "人工智能+" documents of 贵州 / 广西 /
海南 places, published UNPROOFED (numbering, annotation and figure slips) — and their expected extractions (.yaml
beside each), from doc_*.py:

- qianxiu-ai-plus-action-plan-2026-synthetic.docx — a city's 行动方案 as a Word file (mixed bracket widths, a skipped
  number, an unclosed annotation bracket, half-width ":" ";", one body named two ways, 到2026年底 / 2026年末, "80 %");
- limei-ai-plus-work-points-2026-synthetic.pdf — a district's 2026年工作要点 built as .docx and printed to PDF by
  LibreOffice (3. 3., a part 三、 twice, a list restarting at 1., "牵头单位:X 配合单位:Y", a doubled label, "区 发改局",
  "３０％", "1,000家", a unit missing in one mention);
- lanyu-ai-plus-implementation-2026-synthetic.txt — a county's 实施方案 as text copied from its portal (a heading run
  into the paragraph before, an annotation and a figure split over lines, three names of one body, "," inside an
  annotation, 牵头单位：牵头单位：).

A module may define PATCH(data) -> data: codes made unique where the document prints a number twice (the printed
numbering is kept). Run from the repository root:
  .venv/bin/python tests/pilots/plans_corpus/synthetic_cr/make_files.py   (--extractions-only: the .yaml alone)
"""

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_lanyu as LY  # noqa: E402
import doc_limei as LM  # noqa: E402
import doc_qianxiu as QX  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_model import extraction  # noqa: E402


def plain(doc, text):
    """A line standing on its own under an item (牵头单位:… / 完成时限：…), not indented."""
    office.para(doc, text, indent=False)


RENDER = office.renderer({"rule": office.rule, "plain": plain}, size=12)


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    patch = getattr(module, "PATCH", None)
    if patch:
        data = patch(data)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(module.HEADER + body, encoding="utf-8")


def main():
    only = "--extractions-only" in sys.argv

    def docx(module, path):
        office.write_docx(path, module.PLAN["title"], module.BLOCKS, RENDER)

    for module in (QX, LM, LY):
        write_extraction(module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "docx":
            docx(module, target)
        elif module.KIND == "pdf":
            office.write_pdf(module, target, docx)
        else:
            target.write_text(module.TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()
