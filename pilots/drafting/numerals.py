"""Numerals of goal sentences read as values: Arabic (1,000, 2.5, 5千 before a scale) and Chinese
(十, 百, 三百五十, 两千), and a percentage written in words (百分之八十 is 80%). The numeral words
are in data/quantities.yaml."""

from __future__ import annotations

import re

from pilots.drafting.lexicon import table


def chinese_number(text: str) -> int | None:
    """十 → 10, 百 → 100, 三百五十 → 350; None when the characters do not form a number."""
    data = table("quantities")
    digits, powers = data["chinese_digits"], data["chinese_powers"]
    total, digit = 0, None
    for char in text:
        if char in digits:
            if digit is not None:
                return None
            digit = digits[char]
        elif char in powers:
            total += (1 if digit is None else digit) * powers[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def number_value(text: str) -> float | int | None:
    if text == "万":
        return 10000
    powers = table("quantities")["chinese_powers"]
    if text[0].isdigit() and text[-1] in powers:
        return scaled(float(text[:-1]), powers[text[-1]])
    if text[0].isdigit():
        value = float(text.replace(",", ""))  # 1,000家: a thousands separator
        return int(value) if value.is_integer() else value
    return chinese_number(text)


def scaled(value: float | int, factor: int) -> float | int:
    product = round(value * factor, 6)
    return int(product) if float(product).is_integer() else product


def percent_words(before: str) -> str | None:
    """The words before a numeral that make it a percentage (百分之八十: 80%), if they end
    ``before``."""
    return next((w for w in table("quantities")["percent_before"] if before.endswith(w)), None)


def fraction_after(after: str) -> bool:
    """The numeral is a fraction's denominator (百分之…, 三分之一): no count of its own."""
    return after.startswith(tuple(table("quantities")["fraction_after"]))


_CHINESE_DIGITS = "〇一二三四五六七八九"


def numeral_value(number: str) -> int:
    """四 → 4, 12 → 12, ③ ⑶ ⒊ ㈢ Ⅲ ❸ or C → 3, 乙 → 2, 1-2 or 1.2 (an item's second sub-item) → 2,
    2.1.3 → 3; 0 when it is no number."""
    if number.isdecimal():  # 12, and full-width １２
        return int(number)
    sub_item = re.fullmatch(r"\d+[.．\-－—](?:\d+[.．])?(\d+)", number)  # 2.1.1 → 1 too
    if sub_item:
        return int(sub_item[1])
    if len(number) == 1:
        for characters in table("outline")["counted"].values():
            if number in characters:
                return characters.index(number) + 1
    stems = table("outline")["stems"]
    if len(number) == 1 and number in stems:  # 甲 → 1, 丙 → 3
        return stems.index(number) + 1
    return chinese_number(number) or 0


def chinese_numeral(count: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (the counts of a plan's lists)."""
    if count < 10:
        return _CHINESE_DIGITS[count]
    tens, units = divmod(count, 10)
    if tens >= 10:
        return str(count)
    return (
        ("" if tens == 1 else _CHINESE_DIGITS[tens])
        + "十"
        + (_CHINESE_DIGITS[units] if units else "")
    )
