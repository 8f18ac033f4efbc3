"""The media folder's storage: a file is written whole or not at all."""

import contextlib
import logging
import os
import tempfile
import threading
from collections.abc import Iterator

from django.core.files import File
from django.core.files.storage import FileSystemStorage
from django.db import Error, OperationalError, transaction

logger = logging.getLogger(__name__)

# A file still being written is hidden under this prefix; the files of finished jobs (exports,
# briefing and evaluation documents: targets/kept_jobs.py) live in EXPORTS_FOLDER
# for an hour. Neither belongs in a backup.
PARTIAL_PREFIX, EXPORTS_FOLDER = ".partial-", "exports"


# The files written inside ``stored_with_their_rows`` blocks of this thread (innermost last).
_written_in = threading.local()


class CommitOutcomeUnknown(OperationalError):
    """The connection failed while the transaction was committing: PostgreSQL may have stored
    it (the answer lost on the wire) or not. Its files are kept; ``media_orphans_remove``
    removes them later if no row points to them."""


@contextlib.contextmanager
def stored_with_their_rows(using: str | None = None) -> Iterator[None]:
    """A transaction that stores uploads with its rows: when it fails before its commit (a row
    refused, the connection lost), the files it wrote go too, leaving no file in the media
    folder that no row points to. A failure at the commit keeps them: the rows may be stored.
    Nested blocks hand theirs to the one around them."""
    outer = getattr(_written_in, "files", None)
    _written_in.files = written = []
    commits = not transaction.get_connection(using).in_atomic_block
    committing = False
    try:
        with transaction.atomic(using=using):
            yield
            committing = commits
    except BaseException as exc:
        if not committing:
            for storage, name in written:
                with contextlib.suppress(OSError):
                    storage.delete(name)
            raise
        logger.warning("commit outcome unknown, files kept: %s (%r)", written, exc)
        if isinstance(exc, Error):
            raise CommitOutcomeUnknown(str(exc)) from exc
        raise
    finally:
        _written_in.files = outer
        if outer is not None:
            outer.extend(written)


class _Written(File):
    """A file already written in the media folder, moved into place by renaming it."""

    def temporary_file_path(self) -> str:
        return self.name


class MediaStorage(FileSystemStorage):
    """Django's file system storage, but an upload is first written to a hidden file beside
    its place and renamed into it once whole: a disk that fills up (or fails) midway leaves no
    half file under a name no row points to — the hidden one is removed."""

    def _save(self, name, content):
        directory = os.path.dirname(self.path(name))
        os.makedirs(directory, exist_ok=True)
        descriptor, written = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=directory)
        try:
            with os.fdopen(descriptor, "wb") as out:
                for chunk in content.chunks():
                    out.write(chunk if isinstance(chunk, bytes) else chunk.encode())
            name = super()._save(name, _Written(None, name=written))
            if (files := getattr(_written_in, "files", None)) is not None:
                files.append((self, name))
            return name
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(written)
