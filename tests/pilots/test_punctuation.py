"""Punctuation joining a page's pieces is the page language's: full-width on a Chinese page."""

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
        assert render("{{ name|in_brackets }}", name="<i>") == (
            " (&lt;i&gt;)" if language == "en" else "（&lt;i&gt;）"
        )


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
