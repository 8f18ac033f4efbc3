"""Builds synthetic_cc's three INVENTED documents and their expected extractions
(helper blindCC, 2026-12-07): 鹭门市's decimal-numbered 行动方案 (.docx), 沧澜省's 行动计划
in 第一部分/第二部分 parts (.docx printed to PDF by LibreOffice), 槐川区's 工作要点 of
run-on points and lettered tasks (.txt). `python make_files.py` writes all six files;
`--extractions-only` writes the .yaml files alone (the PDF needs /usr/bin/soffice)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_canglan as CL  # noqa: E402
import doc_huaichuan as HC  # noqa: E402
import doc_lumen as LM  # noqa: E402
import synthetic_office as office  # noqa: E402


def box(doc, rows):
    """A 专栏 box: a one-column bordered table, its title row first."""
    office.table(
        doc, [[r] for r in rows], widths=lambda n: [15.6], size=12, centre=lambda c, n: False
    )


RENDER = office.renderer({"rule": office.rule, "box": box}, size=12)


if __name__ == "__main__":
    office.build(HERE, (LM, CL, HC), RENDER)
