"""Builds synthetic_j's three documents and their extractions from the items in doc_*.py (run
from the repository root: .venv/bin/python tests/pilots/plans_corpus/synthetic_j/make_files.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import doc_liuyang
import doc_luoyang
import doc_weifang

if __name__ == "__main__":
    doc_luoyang.write()
    doc_liuyang.write()
    doc_weifang.build_docx()
    doc_weifang.extraction()
