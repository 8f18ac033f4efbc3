"""A plan fixture's source document kept with the plan when the fixture is loaded from the
command line (``load_plans --sources``): the same record the browser flow keeps after a draft
is loaded — the file, its cleaned text (the fixture's own ``source_cleaning`` replayed) and where
each task's passage is in it — so the task's 原文 view works for plans loaded either way.
"""

from __future__ import annotations

from hashlib import sha256
from pathlib import Path

from django.utils import timezone

from pilots.drafting import DocumentUnreadable
from pilots.drafting.inputs import document_from_bytes
from pilots.models import Plan, PlanSource
from pilots.source_documents import SourceRefused, plan_source_store, source_kind
from pilots.source_passages import task_passages
from pilots.source_text import source_text_clean


class SourceMissing(Exception):
    """A fixture's source document cannot be kept, with the reason."""


def fixture_source_text(path: Path, cleaning: dict | None) -> str:
    """The cleaned text of a fixture's source document, as its passages are located in."""
    try:
        content = path.read_bytes()
        kind = source_kind(content)
        text = document_from_bytes(path.name, content, kind=kind).text
    except OSError as exc:
        raise SourceMissing(f"{path}: {exc.strerror or exc}") from exc
    except (SourceRefused, DocumentUnreadable) as exc:
        raise SourceMissing(f"{path}: {exc.message}") from exc
    return source_text_clean(text, cleaning)


def plan_source_attach(*, plan_code: str, data: dict, path: Path, user) -> tuple[PlanSource, int]:
    """Keep ``path`` as the source of the loaded plan ``plan_code`` (its fixture ``data``) and
    locate each task's passage. The same file loaded again updates its record, not a second
    one. Returns the source and how many tasks were located."""
    plan = Plan.objects.select_related("zone").get(code=plan_code)
    content = path.read_bytes()
    text = fixture_source_text(path, data.get("source_cleaning"))
    source = PlanSource.objects.filter(plan=plan, sha256=sha256(content).hexdigest()).first()
    if source is None:
        source = plan_source_store(zone=plan.zone, file_name=path.name, content=content, user=user)
    source.plan, source.text = plan, text
    source.passages = task_passages(text, data)
    source.loaded_at = timezone.now()
    source.save(update_fields=["plan", "text", "passages", "loaded_at"])
    return source, len(source.passages)
