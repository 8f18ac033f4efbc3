"""Punctuation joining a page's pieces is the page language's: full-width on a Chinese page."""

import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation


def render(source, **context):
    return Template("{% load i18n punctuation %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "count", "label"),
    [("zh-hans", "留言（3）", "佐证：<b>"), ("en", "Comments (3)", "Evidence: <b>")],
)
def test_a_count_and_a_label_are_joined_in_the_pages_language(language, count, label):
    with translation.override(language):
        assert render('{% translate "留言" %}{{ n|in_brackets }}', n=3) == count
        assert render('{% translate "佐证" %}{% colon %}<b>') == label
        assert render("甲{% semicolon %}乙") == ("甲; 乙" if language == "en" else "甲；乙")
        assert render("{{ name|in_brackets }}", name="<i>") == (
            " (&lt;i&gt;)" if language == "en" else "（&lt;i&gt;）"
        )
        held = render("{% bracketed %}{{ n }} / {{ name }}{% endbracketed %}", n=2, name="<i>")
        assert held == (" (2 / &lt;i&gt;)" if language == "en" else "（2 / &lt;i&gt;）")


@pytest.mark.django_db
def test_a_task_pages_headings_count_in_full_width_brackets_on_a_chinese_page(world, login):
    """Regression: the Chinese task page said "留言 (0)", half-width brackets after a Chinese
    word; the English page still says "Comments (0)"."""
    client = login(world.users["leadership"])
    page = client.get(reverse("task-detail", args=[world.task.pk])).content.decode()
    assert "留言（0）" in page and "留言 (" not in page
    client.cookies["django_language"] = "en"
    page = client.get(reverse("task-detail", args=[world.task.pk])).content.decode()
    assert "Comments (0)" in page


def test_templates_bracket_and_label_in_the_pages_language():
    """Regression: templates printed "留言 (0)", "佐证:", "<small>(2025-06-30)</small>",
    "科技局(已答复)" and "未达成; 更正后" on Chinese pages: such joins go through the tags of
    pilots/templatetags/punctuation.py."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    half_width = re.compile(
        r"""\{% translate ("|')[^"']*[\u4e00-\u9fff][^"']*\1 %\}(?: ?\(\{\{|:)"""
        r"|\}\} ?\(\{\{|<small[^>]*>\(\{\{[^{}]*\}\}\)</small>|\(\{% translate|%\}; \{%"
    )
    found = [
        f"{path.relative_to(root)}: {m[0]}"
        for path in sorted(root.rglob("*.html"))
        for m in half_width.finditer(path.read_text())
    ]
    assert found == []
