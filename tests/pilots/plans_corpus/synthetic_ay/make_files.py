# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_ay documents (SYNTHETIC_AY.md) — INVENTED 2026 "人工智能+" documents of 湖南 / 安徽 /
河南 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- hengyang-ai-plus-2026-synthetic.txt — a prefecture city's 行动方案 as the city portal's page saved to text
  (来源 / 发布时间 lines, an 附件 note and the portal footer), items restarting per group, closing on
  "（牵头单位：X；配合单位：Y）";
- maanshan-etdz-ai-plus-work-plan-2026-synthetic.pdf — a 经济技术开发区's one-year 工作方案, built as .docx and
  printed to PDF by LibreOffice, a 主要指标 table, items 1.–14. numbered on across chapters, own lines
  "责任单位：…" / "完成时限：…" under a rule stated once;
- gushi-ai-plus-opinions-2026-synthetic.doc — a county's 实施意见 as a Word 97–2003 file (the .docx converted by
  LibreOffice), eight named 工程 / 行动 closing on "（X牵头，Y配合）".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_ay/make_files.py
(--extractions-only writes the .yaml files alone; the PDF and the .doc need /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_gushi as GS  # noqa: E402
import doc_hengyang as HY  # noqa: E402
import doc_maanshan as MAS  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer({"rule": office.rule}, widths=lambda n: [1.4, 8.0, 3.0, 3.2][:n], size=12)


if __name__ == "__main__":
    office.build(HERE, (HY, MAS, GS), RENDER)
