"""The UI's language, and names in it, for code that is not a template (charts, documents)."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import get_language


def english_ui() -> bool:
    """Whether the request is served in English (Chinese is the site's language)."""
    return (get_language() or "").startswith("en")


HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def unmarked_chinese(text) -> bool:
    """Whether ``text`` has Chinese in it that an English page must mark lang="zh-Hans" (a
    screen reader reads it with a Chinese voice then); on a Chinese page the page says so."""
    return english_ui() and HAN.search(str(text)) is not None


def in_language(chinese: str, english: str = "") -> str:
    """The English name in English where the fixtures give one, else the Chinese name."""
    return english if english and english_ui() else chinese


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Chinese unless the user picked English with the language switch (its cookie).

    A browser's own Accept-Language is not asked: the site is Chinese first, in the plans' language.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        supported = dict(settings.LANGUAGES)
        translation.activate(chosen if chosen in supported else settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
