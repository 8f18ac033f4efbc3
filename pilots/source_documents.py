"""A plan's source document as uploaded: what kind of file it is, from its content (its name is
not trusted), and keeping it under that kind's extension with its SHA-256."""

from __future__ import annotations

import contextlib
import hashlib
import re
import zipfile
from io import BytesIO
from pathlib import PurePath

import filetype
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from config.storage import stored_with_their_rows
from pilots.archives import zip_members_too_many
from pilots.drafting.inputs import OLE, text_decode, unicode_encoding, web_page
from pilots.models import PilotZone, PlanSource

PLAN_SOURCE_MAX_BYTES = 20 * 1024 * 1024


class SourceRefused(Exception):
    """A file that cannot be a plan's source document, with a message for the person."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def source_kind(content: bytes) -> str:
    """pdf, docx, doc, xlsx, html or txt, from the file's content (its name is not trusted)."""
    if not content.strip():
        raise SourceRefused(_("文件是空的。"))
    if content.startswith(b"%PDF-"):
        return PlanSource.Kind.PDF
    if content.startswith(b"PK\x03\x04"):
        return _zip_kind(content)
    if unicode_encoding(content):  # UTF-16 text (Notepad's "Unicode") holds NULs: still text
        head = text_decode(content[:8192]).encode("utf-8")
        return PlanSource.Kind.HTML if web_page(head) else PlanSource.Kind.TXT
    if content.startswith(OLE):
        return _ole_kind(content)
    guessed = filetype.guess(content[:8192])
    if guessed is not None and guessed.mime.startswith("image/"):
        raise SourceRefused(
            _("这是一张图片（%(mime)s）：请上传带文字层的 PDF、Word 或文本文件。")
            % {"mime": guessed.mime}
        )
    if guessed is not None or b"\x00" in content[:8192]:
        found = f"({guessed.mime})" if guessed else ""
        raise SourceRefused(
            _(
                "不支持的文件类型%(found)s：请上传 PDF、Word（.docx）、Excel（.xlsx）、"
                "网页（.html）或文本文件。"
            )
            % {"found": found}
        )
    return PlanSource.Kind.HTML if web_page(content) else PlanSource.Kind.TXT


def _ole_kind(content: bytes) -> str:
    """An OLE2 compound file: Word 97–2003 when it holds a WordDocument stream (.xls and .ppt
    share the container)."""
    import olefile

    try:
        with olefile.OleFileIO(BytesIO(content)) as ole:
            word, excel = ole.exists("WordDocument"), ole.exists("Workbook") or ole.exists("Book")
    except Exception as exc:  # olefile: OSError and struct errors on a damaged container
        raise SourceRefused(_("这个旧版 Office 文件已损坏或不是 Word 文档（.doc）。")) from exc
    if excel and not word:
        raise SourceRefused(
            _(
                "这是旧版 Excel 表格（.xls）：请在 Excel、WPS 或 LibreOffice 中"
                "另存为 .xlsx 后再上传。"
            )
        )
    if not word:
        raise SourceRefused(
            _("这个旧版 Office 文件不是 Word 文档（.doc）：请上传 PDF、Word、网页或文本文件。")
        )
    return PlanSource.Kind.DOC


def _zip_kind(content: bytes) -> str:
    if zip_members_too_many(content):
        raise SourceRefused(
            _("这个压缩文件不是 Word（.docx）文档：请上传 PDF、Word、网页或文本文件。")
        )
    try:
        names = set(zipfile.ZipFile(BytesIO(content)).namelist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise SourceRefused(_("文件已损坏：不是有效的 Word（.docx）文档。")) from exc
    if "word/document.xml" not in names:
        if "xl/workbook.xml" in names:  # a task list or indicator table kept as a workbook
            if not any(name.startswith("xl/worksheets/") for name in names):
                raise SourceRefused(_("这个 Excel 表格已损坏或没有工作表：请检查后再上传。"))
            return PlanSource.Kind.XLSX
        if any(name.startswith("ppt/") for name in names):
            raise SourceRefused(
                _("这是 PowerPoint 演示文稿，不是 Word 文档：请上传 PDF、Word、网页或文本文件。")
            )
        raise SourceRefused(
            _("这个压缩文件不是 Word（.docx）文档：请上传 PDF、Word、网页或文本文件。")
        )
    return PlanSource.Kind.DOCX


def plan_source_store(*, zone: PilotZone, file_name: str, content: bytes, user) -> PlanSource:
    """Keep a source document under the extension of what its content is, with its SHA-256."""
    if len(content) > PLAN_SOURCE_MAX_BYTES:
        raise SourceRefused(_("文件过大：上限为 20 MB。"))
    kind = source_kind(content)
    stem = re.sub(r"[^\w\u4e00-\u9fff.-]+", "_", PurePath(file_name).stem)[:60] or "plan"
    source = PlanSource(
        zone=zone,
        file_name=PurePath(file_name).name[:200] or f"{stem}.{kind}",
        kind=kind,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=user,
    )
    with stored_with_their_rows():
        source.file.save(f"{stem}.{kind}", ContentFile(content), save=False)
        source.save()
    return source


def plan_source_file_remove(source: PlanSource) -> None:
    """Remove the stored file of a source whose row is deleted (once that is committed)."""
    with contextlib.suppress(OSError):
        source.file.storage.delete(source.file.name)
