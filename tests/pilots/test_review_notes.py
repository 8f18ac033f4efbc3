"""The review page's list of doubts in the page's language: a note drafted in Chinese reads in
English on an English page and the other way round, its quoted phrases and numbers as printed;
a note of no template (typed by a person, or of an older importer) is shown as it stands."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from pilots.draft_yaml import draft_reviews
from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_read
from pilots.plan_drafts import plan_draft_save
from pilots.review_notes import review_note_html
from tests.conftest import SEEDS
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text

CORPUS = Path(__file__).parent / "plans_corpus"
HAN = re.compile("[\u3400-\u9fff]+")


def listed_notes(page: str) -> list[str]:
    """The text of each note the page lists, tags taken off."""
    items = re.findall(
        r'<span class="review-note">(.*?)</span>\s*<span class="review-links">', page
    )
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in items]


def page_in(client, url: str, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_a_draft_made_in_chinese_lists_its_doubts_in_english_on_an_english_page(
    hefei, hefei_admin, hefei_text, client
):
    with translation.override("zh-hans"):
        draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode(), plan_code="")
    stored = [r.note for r in draft_reviews(draft.text)]
    assert "规划代码按试验区默认生成：请确认没有与其他规划重复" in stored
    client.force_login(hefei_admin)
    url = reverse("plan-draft", args=["hefei", draft.pk])

    english = listed_notes(page_in(client, url, "en"))
    assert len(english) == len(stored) > 10
    assert "code defaulted from the zone: check it names no other plan" in english
    # every note of a template reads in English; what stays Chinese is what the plan printed
    with translation.override("en"):
        expected = [_text(review_note_html(note)) for note in stored]
    assert english == expected
    assert not [note for note in english if re.search("请|读作|未找到|核对|：", note)]
    named = [(s, e) for s, e in zip(stored, english, strict=True) if s.startswith("全称不详：")]
    assert named and all(re.search("“(.+?)”", s)[1] in e for s, e in named)
    for s, e in zip(stored, english, strict=True):
        assert all(run in s for run in HAN.findall(e)), (s, e)  # Chinese only as printed

    chinese = listed_notes(page_in(client, url, "zh-hans"))
    assert chinese == stored


@pytest.mark.django_db
def test_an_english_page_marks_only_the_quoted_chinese_of_a_note_as_chinese(
    hefei, hefei_admin, client
):
    text = "# review: 中文数字“十五”读作 15\nformat: 1\n"
    draft = drafted(hefei, hefei_admin, "hefei.txt", "合肥市人工智能实施方案".encode())
    draft = plan_draft_save(draft=draft, text=text, expected_version=0, user=hefei_admin)
    client.force_login(hefei_admin)
    page = page_in(client, reverse("plan-draft", args=["hefei", draft.pk]), "en")
    assert '<span lang="zh-Hans">十五</span>' in page
    assert "Chinese numeral" in page or "read as 15" in page
    assert '<span lang="zh-Hans">中文数字' not in page


@pytest.mark.django_db
def test_notes_stored_by_an_older_importer_or_typed_by_hand_still_show(hefei, hefei_admin, client):
    """An old draft's notes: of a template no longer made, edited, or a person's own — each
    shows as written, in both languages, and the page does not fail."""
    notes = [
        "这是一条人工写的备注",
        "规划代码按试验区默认生成：请确认没有与其他规划重复（已与张三核对）",
        "%(phrase)s 50% <b>粗</b>",
        "“十五”读作",
        "。",
        "",
    ]
    text = "".join(f"# review: {note}\n" for note in notes) + "format: 1\n"
    draft = drafted(hefei, hefei_admin, "hefei.txt", "合肥市人工智能实施方案".encode())
    draft = plan_draft_save(draft=draft, text=text, expected_version=0, user=hefei_admin)
    client.force_login(hefei_admin)
    url = reverse("plan-draft", args=["hefei", draft.pk])
    for language in ("en", "zh-hans"):
        page = page_in(client, url, language)
        assert listed_notes(page) == notes
        assert "<b>粗</b>" not in page


def _text(shown: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", shown))


def _documents() -> list[Path]:
    synthetic = sorted(CORPUS.glob("synthetic_*/*.txt"))
    return sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("dev/*.txt")) + synthetic[::3]


@pytest.mark.django_db
@pytest.mark.parametrize("path", _documents(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_note_the_importer_writes_reads_in_the_other_language_as_drafted_there(path):
    """Drafted once in each language, each note written back from the other language's draft
    says word for word what that language's drafting wrote."""
    text = document_read(path).text  # a GB18030 one too
    written = {}
    for language in ("zh-hans", "en"):
        with translation.override(language):
            yaml = plan_draft(text, zone_slug="zone", source_file=path.name).to_yaml()
        written[language] = [r.note for r in draft_reviews(yaml)]
    assert len(written["zh-hans"]) == len(written["en"]) > 0
    for language, other in (("en", "zh-hans"), ("zh-hans", "en")):
        with translation.override(language):
            read = [_text(review_note_html(note)) for note in written[other]]
        assert read == written[language]
