# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_cg documents (SYNTHETIC_CG.md) — INVENTED 2026 "人工智能+" documents of invented 东北 / 西北
places whose targets stand in tables of unusual shapes — and their expected extractions (.yaml beside each), from doc_*.py:

- lingxiu-ai-plus-action-2026-synthetic.docx — a city's 行动方案 as a Word file whose 主要指标 table is TRANSPOSED (rows
  are the years, columns the indicators with units in the header cells) beside a goal sentence pairing years with figures
  ("到2026年、2027年，…分别达到30家、50家");
- hanchuan-ai-plus-action-2026-synthetic.pdf — a province's 行动计划 built as .docx and printed to PDF by LibreOffice, the
  body's targets the province totals and an annex 主要目标任务分解表 whose rows are the province's cities, each cell a city's
  share;
- luming-ai-plus-implementation-2026-synthetic.html — a district's 实施方案 as its portal page, the indicator table with a
  two-row header of merged cells (rowspan / colspan: 2026年 {目标值, 责任单位} | 2027年 {目标值, 责任单位}), cells "≥10",
  "10以上", "100%", "—".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_cg/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_hanchuan as HC  # noqa: E402
import doc_lingxiu as LX  # noqa: E402
import doc_luming as LM  # noqa: E402
import synthetic_office as office  # noqa: E402
from synthetic_model import extraction  # noqa: E402


def grid(doc, rows):
    """An indicator table: every column as wide as the others, all cells centred, the first row the header."""
    office.table(doc, rows, widths=lambda n: [15.6 / n] * n, size=10.5, centre=lambda c, n: True)


RENDER = office.renderer({"grid": grid}, size=12)


def with_owners(module):
    """The extraction again, each target of module.OWNERS (target code → agency code) given its owner: the body
    a table names responsible for that figure (synthetic_model's Target has no owner)."""
    data = extraction(**module.EXTRACTION)
    for goal in data["goals"]:
        for target in goal["targets"]:
            owner = module.OWNERS.get(target["code"])
            if owner:
                phrase = target.pop("source_phrase")
                target["owner"] = owner
                target["source_phrase"] = phrase
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(module.HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    office.build(HERE, (LX, HC, LM), RENDER)
    with_owners(LM)
