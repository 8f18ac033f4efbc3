"""Files of the media folder that no row points to: written by a request whose worker was killed
before its transaction committed, or kept when the commit's outcome was unknown
(``config.storage.CommitOutcomeUnknown``). Removed once old enough that no transaction still
writing their rows can be open; the exports folder is ``targets.kept_jobs``'s own."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db.models import FileField

from config.storage import EXPORTS_FOLDER

logger = logging.getLogger(__name__)

# Far longer than any transaction that stores an upload with its rows.
ORPHAN_MIN_AGE_SECONDS = 3600


def _old_files(root: Path, cutoff: float) -> list[str]:
    found = []
    for folder, subfolders, files in os.walk(root):
        if Path(folder) == root and EXPORTS_FOLDER in subfolders:
            subfolders.remove(EXPORTS_FOLDER)
        for name in files:
            path = Path(folder) / name
            with contextlib.suppress(FileNotFoundError):
                if not path.is_symlink() and path.stat().st_mtime < cutoff:
                    found.append(path.relative_to(root).as_posix())
    return found


def media_names_referenced(root: Path) -> set[str]:
    """The names held by every file field of every model whose files are kept under ``root``."""
    names: set[str] = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            location = getattr(getattr(field, "storage", None), "location", None)
            if isinstance(field, FileField) and location and Path(location).resolve() == root:
                values = model._base_manager.exclude(**{field.attname: ""})
                names.update(values.values_list(field.attname, flat=True).distinct())
    return names


def media_orphans_remove(
    *, dry_run: bool = False, now: float | None = None, min_age: float = ORPHAN_MIN_AGE_SECONDS
) -> list[str]:
    """Remove the media files (names relative to MEDIA_ROOT, sorted) older than ``min_age``
    seconds that no row points to — half-written ``.partial-`` ones too — or with ``dry_run``
    only list them. The rows are read after the files are listed: a file is never removed on
    a stale reading of them, and the database away raises (nothing removed)."""
    root = Path(settings.MEDIA_ROOT).resolve()
    if not root.is_dir():
        return []
    old = _old_files(root, (now or time.time()) - min_age)
    orphans = sorted(set(old) - media_names_referenced(root)) if old else []
    if dry_run:
        return orphans
    for name in orphans:
        with contextlib.suppress(FileNotFoundError):
            os.remove(root / name)
    if orphans:
        logger.warning("removed %d media file(s) no row points to: %s", len(orphans), orphans)
    return orphans
