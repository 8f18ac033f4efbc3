"""Units of measure as a reader reads them: a target keeps the unit its plan prints (Chinese);
shown, a unit of the known vocabulary below is in the UI's language (English msgstr in
locale/en), any other as printed. Counted units (项, 个, 家 …) read as what is counted in the
plans' targets. A unit shown beside a figure agrees with it ("1 item", "2 items"); beside no
figure (a column's unit, an input's label) it reads as the plural ("100 million yuan").

Chinese counts in 万 (10⁴) and 亿 (10⁸), English in thousands, millions and billions: in English
a figure in such a unit is written at its own size ("13.12 亿元" → "1.312 billion yuan", "45.6
万人" → "456,000 people"; ``amount_text``), and a chart's figures in one scale for the whole
chart (``chart_scale``). The stored figure, the import and the exports keep the plan's unit."""

import functools
from collections.abc import Callable, Iterable
from decimal import Decimal

from django.template.defaultfilters import floatformat
from django.utils.translation import get_language, npgettext, pgettext

from pilots.languages import english_ui

# A unit counted in 万 or 亿: its size, and the unit its figure counts at that size.
MYRIAD_UNITS = {
    "亿元": (10**8, "元"),
    "万元": (10**4, "元"),
    "万人": (10**4, "人"),
    "亿": (10**8, ""),
    "万": (10**4, ""),
}


def unit_shown(unit: str | None, count: float | None = None) -> str:
    """The unit in the UI's language when it is a known one, else as printed; in the singular
    for a count of exactly 1."""
    if not unit:
        return ""
    return _units(get_language(), 1 if count == 1 else 2).get(unit, unit)


@functools.cache
def _units(language: str | None, n: int) -> dict[str, str]:
    # Each unit written out for makemessages to find it.
    return {
        "项": npgettext("计量单位", "项", "项", n),
        "个": npgettext("计量单位", "个", "个", n),
        "家": npgettext("计量单位", "家", "家", n),
        "名": npgettext("计量单位", "名", "名", n),
        "人": npgettext("计量单位", "人", "人", n),
        "所": npgettext("计量单位", "所", "所", n),
        "座": npgettext("计量单位", "座", "座", n),
        "户": npgettext("计量单位", "户", "户", n),
        "件": npgettext("计量单位", "件", "件", n),
        "套": npgettext("计量单位", "套", "套", n),
        "台": npgettext("计量单位", "台", "台", n),
        "次": npgettext("计量单位", "次", "次", n),
        "人次": npgettext("计量单位", "人次", "人次", n),
        "倍": npgettext("计量单位", "倍", "倍", n),
        "亿元": npgettext("计量单位", "亿元", "亿元", n),
        "万元": npgettext("计量单位", "万元", "万元", n),
        "元": npgettext("计量单位", "元", "元", n),
        "万人": npgettext("计量单位", "万人", "万人", n),
        "万": npgettext("计量单位", "万", "万", n),
        "年": npgettext("计量单位", "年", "年", n),
        "天": npgettext("计量单位", "天", "天", n),
        "个百分点": npgettext("计量单位", "个百分点", "个百分点", n),
        "平方公里": npgettext("计量单位", "平方公里", "平方公里", n),
        "公里": npgettext("计量单位", "公里", "公里", n),
        "吨": npgettext("计量单位", "吨", "吨", n),
    }


def _scale(size: Decimal) -> tuple[int, str]:
    """The English scale word a figure of this size is written in, and its factor."""
    if abs(size) >= 10**9:
        return 10**9, pgettext("数量级", "十亿")
    if abs(size) >= 10**6:
        return 10**6, pgettext("数量级", "百万")
    return 1, ""


def _two_places(value) -> str:
    return str(floatformat(value, "-2"))


def amount_text(value, unit: str | None, number: Callable[[float], str] = _two_places) -> str:
    """A figure with its unit as a reader reads it: "13.12 亿元", "2 项", "2 items"; in English
    a figure in 万 or 亿 at its own size: "1.312 billion yuan", "456,000 people". ``number``
    writes the figure otherwise (Chinese pages, other units); "—" for none."""
    if value is None:
        return "—"
    if english_ui() and unit in MYRIAD_UNITS:
        return " ".join(filter(None, _english_amount(value, unit)))
    shown = unit_shown(unit, value)
    return f"{number(value)} {shown}" if shown else number(value)


def amount_number(value, unit: str | None, number: Callable[[float], str] = _two_places) -> str:
    """The figure alone as ``amount_text`` writes it, its scale word kept: "1.312 billion"."""
    if value is None:
        return "—"
    if english_ui() and unit in MYRIAD_UNITS:
        return " ".join(filter(None, _english_amount(value, unit)[:2]))
    return number(value)


def _english_amount(value, unit: str) -> tuple[str, str, str]:
    """(digits, scale word, unit words) of a figure in 万 or 亿 written at its own size."""
    size, counted = MYRIAD_UNITS[unit]
    whole = Decimal(str(value)) * size
    factor, word = _scale(whole)
    places = 3 if factor > 1 else 2
    digits = f"{whole / factor:,.{places}f}".rstrip("0").rstrip(".")
    return digits, word, unit_shown(counted, 1 if whole == 1 else 2)


def chart_scale(unit: str | None, values: Iterable[float | None]) -> tuple[float, str]:
    """What a chart's figures in ``unit`` are multiplied by and the unit its axis and hover
    text name: (1, the unit as shown) but in English for 万 or 亿, where the scale is the one
    its largest figure reads in ("billion yuan")."""
    if not (english_ui() and unit in MYRIAD_UNITS):
        return 1, unit_shown(unit)
    size, counted = MYRIAD_UNITS[unit]
    largest = max((abs(v) for v in values if v is not None), default=0)
    factor, word = _scale(Decimal(str(largest)) * size)
    return size / factor, " ".join(filter(None, [word, unit_shown(counted)]))


def scaled(value: float | None, factor: float) -> float | None:
    """A chart's figure in its scale, without binary noise (13.12 × 0.1 → 1.312)."""
    return value if value is None or factor == 1 else round(value * factor, 6)


def amount_range_text(
    low, high, unit: str | None, number: Callable[[float], str] = _two_places
) -> str:
    """A range of figures with its unit: "50–80 亿元"; in English "5–8 billion yuan"."""
    if not (english_ui() and unit in MYRIAD_UNITS):
        shown = unit_shown(unit, high)
        text = f"{number(low)}–{number(high)}"
        return f"{text} {shown}" if shown else text
    (low_digits, low_word, counted), (high_digits, high_word, _c) = (
        _english_amount(low, unit), _english_amount(high, unit)
    )  # fmt: skip
    low_text = low_digits if low_word == high_word else f"{low_digits} {low_word}".strip()
    return " ".join(filter(None, [f"{low_text}–{high_digits}", high_word, counted]))
