"""Uploads as a browser sends them, read so that a person learns what went wrong with a file.

Django's multipart parser drops a file part whose name is '..', '.' or nothing once it has
taken away a path before it and unprintable characters: the form then sees no file at all, and a
report with evidence was saved without it. Here such a part comes through as a
``RefusedUpload``, which ``UploadField`` names as the problem (any other ``FileField`` refuses
it too: it has no name). A part header longer than the parser reads (1,024 bytes: a very long
file name) is ``FileNameTooLong``, a 400 whose page says so (``config.errors.bad_request``).
"""

from __future__ import annotations

from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.utils.datastructures import ImmutableList
from django.utils.translation import gettext

from pilots.security import RefusedRequest

# What the parser says when a part's header does not fit in what it reads (Django 5.2).
HEADER_TOO_LONG = "Request max total header size exceeded."
# Put where the parser would drop a part, and never in a name it keeps (it drops unprintables).
REFUSED_MARK = "\x00refused-"
NAME_SHOWN_MAX = 60


class FileNameTooLong(MultiPartParserError, RefusedRequest):
    """A part's header (its field and file names) is longer than the parser reads."""


class RefusedUpload(UploadedFile):
    """A file part the parser would have dropped for its name: sent, but never stored."""

    def __init__(self, *, sent_name: str, size: int):
        super().__init__(file=None, name=None, size=size)
        self.sent_name = sent_name

    def __bool__(self):  # it was sent: never taken for an empty file input
        return True

    @property
    def message(self) -> str:
        shown = "".join(c for c in self.sent_name if c.isprintable())[:NAME_SHOWN_MAX]
        if shown:
            return gettext("文件名“%(name)s”不能用作文件名：请把文件改名后重新选择。") % {
                "name": shown
            }
        return gettext("所选文件没有可用的文件名：请把文件改名后重新选择。")


class UploadField(forms.FileField):
    """A file field that names a file the parser refused for its name."""

    def to_python(self, data):
        if isinstance(data, RefusedUpload):
            raise ValidationError(data.message, code="file_name")
        return super().to_python(data)


class UploadParser(MultiPartParser):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._refused_names: list[str] = []

    def sanitize_file_name(self, file_name):
        kept = super().sanitize_file_name(file_name)
        if kept is not None:
            return kept
        self._refused_names.append(file_name)
        return f"{REFUSED_MARK}{len(self._refused_names) - 1}"

    def parse(self):
        try:
            post, files = super().parse()
        except MultiPartParserError as exc:
            if str(exc) == HEADER_TOO_LONG:
                raise FileNameTooLong(_too_long_reason()) from exc
            raise
        for field, uploads in list(files.lists()):
            if any(upload.name.startswith(REFUSED_MARK) for upload in uploads):
                files.setlist(field, [self._refused(upload) for upload in uploads])
        return post, files

    def _refused(self, upload):
        if not upload.name.startswith(REFUSED_MARK):
            return upload
        upload.close()  # a temporary file goes with it
        sent = self._refused_names[int(upload.name.removeprefix(REFUSED_MARK))]
        return RefusedUpload(sent_name=sent, size=upload.size)


def _too_long_reason() -> str:
    return gettext(
        "文件名过长：所选文件的名称连同表单信息超过 1024 字节（约 300 个汉字），服务器无法接收。"
        "请把文件改为较短的名称后重新上传。"
    )


def _parse_file_upload(request, meta, post_data):
    """``HttpRequest.parse_file_upload`` with ``UploadParser``."""
    request.upload_handlers = ImmutableList(
        request.upload_handlers,
        warning="You cannot alter upload handlers after the upload has been processed.",
    )
    return UploadParser(meta, post_data, request.upload_handlers, request.encoding).parse()


class UploadParserMiddleware:
    """Reads every multipart request with ``UploadParser`` (before anything reads POST)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.parse_file_upload = partial(_parse_file_upload, request)
        return self.get_response(request)
