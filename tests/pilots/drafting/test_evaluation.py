"""Scoring drafts: a folder of (document, expected .yaml) pairs, as a table and as JSON."""

import io
import json
import shutil

import pytest
import yaml
from django.core.management import call_command

from pilots.drafting import corpus_evaluate, draft_evaluate, evaluation_json, evaluation_table
from tests.pilots.drafting.conftest import CORPUS_DEV, docx_bytes

DEV = sorted(p.stem for p in CORPUS_DEV.glob("*.yaml"))


def test_agency_names_are_scored_by_any_of_their_labels():
    expected = {
        "agencies": [{"code": "a", "name": "湖东省科学技术厅", "aliases": ["省科技厅"]},
                     {"code": "b", "name": "湖东省教育厅"}],
        "goals": [], "sections": [],
    }  # fmt: skip
    drafted = {
        "agencies": [{"code": "x", "name": "省科技厅"}, {"code": "y", "name": "湖东省财政厅"}],
        "goals": [], "sections": [],
    }  # fmt: skip
    score = draft_evaluate("demo", drafted, expected).agencies
    assert (score.matched_draft, score.drafted, score.matched_curated, score.curated) == (
        1,
        2,
        1,
        2,
    )


def test_a_folder_of_documents_of_every_kind_with_their_expected_extraction(tmp_path):
    for stem in DEV[:2]:
        shutil.copy(CORPUS_DEV / f"{stem}.yaml", tmp_path)
    first, second = DEV[:2]
    shutil.copy(CORPUS_DEV / f"{first}.txt", tmp_path)
    lines = (CORPUS_DEV / f"{second}.txt").read_text(encoding="utf-8").splitlines()
    (tmp_path / f"{second}.docx").write_bytes(docx_bytes(lines))
    # A document that cannot be read is scored as finding nothing, with its reason.
    (tmp_path / "broken.yaml").write_text(
        (CORPUS_DEV / f"{first}.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    evaluations = corpus_evaluate(tmp_path)
    assert [e.name for e in evaluations] == sorted(["broken", first, second])
    broken = next(e for e in evaluations if e.name == "broken")
    assert broken.error and "PDF" in broken.error and broken.tasks.recall == 0
    table = evaluation_table(evaluations)
    assert "FAILED" in table and "agency names" in table
    report = json.loads(evaluation_json(evaluations))
    assert {d["name"] for d in report["documents"]} == {"broken", first, second}
    assert set(report["overall"]) == {"tasks", "targets", "agencies", "assignments", "owners"}
    assert report["overall"]["tasks"]["expected"] == sum(
        d["tasks"]["expected"] for d in report["documents"]
    )


def test_evaluate_drafts_command_on_a_corpus_as_json():
    out = io.StringIO()
    call_command("evaluate_drafts", corpus=[str(CORPUS_DEV)], json=True, stdout=out)
    report = json.loads(out.getvalue())
    assert [d["name"] for d in report["documents"]] == DEV
    expected = sum(
        len(
            [
                t
                for g in yaml.safe_load(p.read_text(encoding="utf-8"))["goals"]
                for t in g["targets"]
            ]
        )
        for p in sorted(CORPUS_DEV.glob("*.yaml"))
    )
    assert report["overall"]["targets"]["expected"] == expected


def test_evaluate_drafts_says_a_pdf_rendering_needs_libreoffice_where_it_is_missing(
    tmp_path, monkeypatch
):
    """``--render pdf`` (pdf-numbered, pdf-plain) prints the Word file with LibreOffice: where no
    ``soffice`` is on the PATH (CI, a fresh machine) every document was scored as failed, the
    runs' table a column of zeros; now the command stops first and says what to install.
    Renderings needing no LibreOffice still run."""
    from django.core.management.base import CommandError

    from pilots.drafting import rendering

    for suffix in (".txt", ".yaml"):
        name = f"tianjin-ai-work-2020{suffix}"
        (tmp_path / name).write_bytes((CORPUS_DEV / name).read_bytes())
    monkeypatch.setattr(rendering, "SOFFICE", "soffice-not-installed-here")
    for kind in ("pdf", "pdf-plain"):
        with pytest.raises(CommandError, match="LibreOffice"):
            call_command("evaluate_drafts", corpus=[str(tmp_path)], render=[kind])
    out = io.StringIO()
    call_command("evaluate_drafts", corpus=[str(tmp_path)], render=["docx"], stdout=out)
    assert "== docx" in out.getvalue() and "failed" not in out.getvalue()
