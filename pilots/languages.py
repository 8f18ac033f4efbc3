"""Names in the UI's language, for text that is not a template (charts, documents)."""

from django.utils.translation import get_language


def in_language(chinese: str, english: str = "") -> str:
    """The English name in English where the fixtures give one, else the Chinese name."""
    return english if english and (get_language() or "").startswith("en") else chinese
