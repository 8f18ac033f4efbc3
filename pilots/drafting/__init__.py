"""The draft importer: a plan fixture drafted from a plan document, and its measurement.

``plan_draft`` reads a plan document of the genre (its outline, goals, sections, tasks and agency
annotations) and returns a ``Draft``: the data of a format-1 plan fixture plus ``# review:``
notes for every guess. ``document_read`` takes the text out of a .txt, .docx, .pdf or .html file.
``draft_evaluate`` / ``corpus_evaluate`` score drafts against hand-made extractions.

Modules: inputs (files → text), cleaning and paragraphs, numbered_lines and outline (numbering →
tree), sections, annotations and names, agencies, quantities, goals, goal_regions and dated_goals,
metadata, fixture_data and output (YAML), evaluation; the genre's word lists and name tables are
data files in ``data/``, read once by ``lexicon``.
"""

from pilots.drafting.agencies import AgencyDirectory
from pilots.drafting.annotation_roles import AnnotationRules, annotation_roles, rules_stated
from pilots.drafting.annotations import annotations_in
from pilots.drafting.evaluation import (
    DraftEvaluation,
    Score,
    corpus_evaluate,
    draft_evaluate,
    seeds_evaluate,
)
from pilots.drafting.evaluation_report import evaluation_json, evaluation_table
from pilots.drafting.importer import plan_draft, zone_known
from pilots.drafting.inputs import DocumentUnreadable, SourceDocument, document_read
from pilots.drafting.output import Draft
from pilots.drafting.quantities import quantities_in

__all__ = [
    "AgencyDirectory",
    "AnnotationRules",
    "DocumentUnreadable",
    "Draft",
    "DraftEvaluation",
    "Score",
    "SourceDocument",
    "annotation_roles",
    "annotations_in",
    "corpus_evaluate",
    "document_read",
    "draft_evaluate",
    "evaluation_json",
    "evaluation_table",
    "plan_draft",
    "quantities_in",
    "rules_stated",
    "seeds_evaluate",
    "zone_known",
]
