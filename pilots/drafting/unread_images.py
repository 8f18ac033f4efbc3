"""What a document shows only as pictures, which the draft therefore lacks: a PDF's pages that
are images with no text (an annex scanned into a typed plan: its indicator table, its division
of tasks) and a Word file's pictures (a table pasted as a screenshot). Nothing in them is read;
the person reviewing the draft is told where to look instead of finding the gap later."""

from __future__ import annotations

import re

from django.utils.translation import pgettext

# A page holding fewer ideographs than this besides its pictures is a picture of a page: a
# caption, a page number or an annex label ("附件2") is all the text such a page has.
PAGE_TEXT_MIN = 10
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
# a DrawingML picture (inline or anchored) and a VML one; Word writes a picture twice, the VML
# copy as the fallback for older readers
_DRAWING_PICTURE = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
_VML_PICTURE = "{urn:schemas-microsoft-com:vml}imagedata"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def pdf_picture_pages(page_texts: list[str], page_images: list[int]) -> str | None:
    """The review doubt for a PDF's pages that are pictures with (nearly) no text."""
    numbers = [
        number
        for number, (text, images) in enumerate(zip(page_texts, page_images, strict=True), 1)
        if images and len(_IDEOGRAPH.findall(text)) < PAGE_TEXT_MIN
    ]
    if not numbers:
        return None
    return pgettext(
        "review",
        "第 %(pages)s 页只有图像、没有文字层（扫描或截图的附件、表格？）：这些页上的内容没有"
        "读入草稿，请对照原件补充其中的任务和指标",
    ) % {"pages": "、".join(map(str, numbers))}


def docx_pictures(body) -> str | None:
    """The review doubt for the pictures in a Word file's body (``body``: its w:body element);
    a picture in a page header (a letterhead's emblem) is not in the body."""
    pictures = sum(
        1 for picture in body.iter(_DRAWING_PICTURE, _VML_PICTURE)
        if next(picture.iterancestors(_FALLBACK), None) is None
    )  # fmt: skip
    if not pictures:
        return None
    return pgettext(
        "review",
        "正文中有 %(n)d 张图片：图片里的文字（截图或扫描的表格、清单）没有读入草稿，"
        "请对照原件核对其中有无任务和指标",
    ) % {"n": pictures}
