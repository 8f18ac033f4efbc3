# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_br documents (SYNTHETIC_BR.md) — INVENTED 2026 "人工智能+" documents of 北京 / 上海 / 江苏 places
that print few or no agency annotations and name many non-agency actors — and their expected extractions (.yaml beside each),
from doc_*.py:

- fengtai-ai-plus-action-2026-synthetic.html — a Beijing district's 行动方案 as its portal page, tasks with NO annotation at
  all, naming enterprises, universities, labs, hospitals and platforms as beneficiaries, a generic closing rule;
- jinshan-ai-plus-measures-2026-synthetic.docx — a Shanghai district's 若干措施 as a Word file, articles （一）–（十五）
  numbered on, only some naming their actor in the text ("由区X牵头，区Y配合", "由区X会同区Y负责"), subsidies and caps;
- zhenjiang-ai-plus-implementation-2026-synthetic.pdf — a Jiangsu city's 实施方案 printed by LibreOffice, annotations on the
  six 专项行动 headings only, items naming national / provincial bodies as objects ("积极争取国家发展改革委支持").

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_br/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_fengtai as FT  # noqa: E402
import doc_jinshan as JS  # noqa: E402
import doc_zhenjiang as ZJ  # noqa: E402
import synthetic_office as office  # noqa: E402

RENDER = office.renderer({"rule": office.rule}, size=12)


if __name__ == "__main__":
    office.build(HERE, (FT, JS, ZJ), RENDER)
