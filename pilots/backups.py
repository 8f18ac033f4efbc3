"""Backup and restore of a whole installation: the PostgreSQL database and the uploaded files.

A backup is a folder:
- ``database.dump``: ``pg_dump --format=custom`` (every table: plans, history, figures,
  snapshots, accounts), restorable into an empty or an existing database with ``pg_restore``;
- ``media.tar.gz``: every file under MEDIA_ROOT (evidence files, plan sources), paths relative
  to it — but not finished exports (kept an hour, built again on request) nor uploads still
  being written (hidden ``.partial-*`` files);
- ``manifest.json``: when, from which database, and a SHA-256 of each part and of every file.

A restore checks the manifest first, replaces the database's contents in one transaction and
writes the files back; afterwards every file is checked against its recorded digest.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connection

from config.storage import EXPORTS_FOLDER, PARTIAL_PREFIX

DUMP, MEDIA, MANIFEST = "database.dump", "media.tar.gz", "manifest.json"


class BackupError(Exception):
    pass


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _libpq_env() -> dict:
    """Connection settings for pg_dump/pg_restore through the environment (no password in ps)."""
    if connection.vendor != "postgresql":
        raise BackupError("backup and restore need PostgreSQL (DATABASE_URL=postgres://…)")
    db = settings.DATABASES["default"]
    values = {
        "PGHOST": db.get("HOST") or "",
        "PGPORT": str(db.get("PORT") or ""),
        "PGUSER": db.get("USER") or "",
        "PGPASSWORD": db.get("PASSWORD") or "",
        "PGDATABASE": db["NAME"],
    }
    return {**os.environ, **{k: v for k, v in values.items() if v}}


def _run(tool: str, *args: str) -> None:
    binary = shutil.which(tool)
    if binary is None:
        raise BackupError(f"{tool} not found (apt-get install postgresql-client)")
    result = subprocess.run([binary, *args], env=_libpq_env(), capture_output=True, text=True)
    if result.returncode:
        raise BackupError(f"{tool} failed: {result.stderr.strip()[-2000:]}")


def _kept(relative: Path) -> bool:
    return relative.parts[0] != EXPORTS_FOLDER and not relative.name.startswith(PARTIAL_PREFIX)


def _media_files(root: Path) -> dict[str, str]:
    if not root.is_dir():
        return {}
    return {
        str(p.relative_to(root)): _sha256(p)
        for p in sorted(root.rglob("*"))
        if p.is_file() and _kept(p.relative_to(root))
    }


def backup_create(*, folder: Path) -> dict:
    """Write a backup of the database and the media files into ``folder`` (created, empty)."""
    folder.mkdir(parents=True, exist_ok=False)
    _run("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={folder / DUMP}")
    media_root = Path(settings.MEDIA_ROOT)
    files = _media_files(media_root)
    with tarfile.open(folder / MEDIA, "w:gz") as archive:
        for name in files:
            archive.add(media_root / name, arcname=name)
    manifest = {
        "format": 1,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "database": settings.DATABASES["default"]["NAME"],
        "parts": {DUMP: _sha256(folder / DUMP), MEDIA: _sha256(folder / MEDIA)},
        "media_files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


def backup_check(*, folder: Path) -> dict:
    """The manifest of a complete, undamaged backup; raises BackupError otherwise."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(f"{folder}: no readable {MANIFEST}: {exc}") from exc
    for part, digest in manifest["parts"].items():
        if not (folder / part).is_file() or _sha256(folder / part) != digest:
            raise BackupError(f"{folder / part} is missing or damaged (checksum)")
    return manifest


def backup_restore(*, folder: Path) -> dict:
    """Replace the database's contents and write the media files back from a backup."""
    manifest = backup_check(folder=folder)
    _run("pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
         "--single-transaction", f"--dbname={settings.DATABASES['default']['NAME']}",
         str(folder / DUMP))  # fmt: skip
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA, "r:gz") as archive:
        archive.extractall(media_root, filter="data")
    restored = _media_files(media_root)
    damaged = [n for n, digest in manifest["media_files"].items() if restored.get(n) != digest]
    if damaged:
        raise BackupError(f"media files not restored intact: {damaged[:10]}")
    return manifest
