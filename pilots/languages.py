"""The UI's language, and names in it, for code that is not a template (charts, documents)."""

from django.utils.translation import get_language


def english_ui() -> bool:
    """Whether the request is served in English (Chinese is the site's language)."""
    return (get_language() or "").startswith("en")


def in_language(chinese: str, english: str = "") -> str:
    """The English name in English where the fixtures give one, else the Chinese name."""
    return english if english and english_ui() else chinese
