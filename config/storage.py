"""The media folder's storage: a file is written whole or not at all."""

import contextlib
import os
import tempfile

from django.core.files import File
from django.core.files.storage import FileSystemStorage

# A file still being written is hidden under this prefix; the files of finished jobs (exports,
# briefing and evaluation documents: targets/kept_jobs.py) live in EXPORTS_FOLDER
# for an hour. Neither belongs in a backup.
PARTIAL_PREFIX, EXPORTS_FOLDER = ".partial-", "exports"


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
            return super()._save(name, _Written(None, name=written))
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(written)
