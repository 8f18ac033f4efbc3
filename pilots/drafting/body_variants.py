"""One body an unproofed document prints two ways, the place taken off both names.

Small offices write the same body's name differently from one annotation to the next: a word
left out before its ending (大数据局 / 大数据发展局) or the ending of the body's former name kept
(工信委 / 工信局, the 委员会 a 局 replaced). Neither form is the other's abbreviation (each
character of one in order in the other, three more at least: agencies._abbreviates), yet both
name one body.
"""

from __future__ import annotations

from pilots.drafting.lexicon import table


def variant_of(body: str, other: str) -> bool:
    """``body`` and ``other`` (without their place) are one body's two printings."""
    data = table("agencies")
    endings = data["variant_endings"]
    if body == other or len(body) < 3 or len(other) < 3:
        return False
    if body[:-1] == other[:-1]:
        return {body[-1], other[-1]} == set(endings)
    if body[-1] != other[-1]:
        return False
    short, full = sorted((body, other), key=len)
    return any(short[:-1] + word + short[-1] == full for word in data["variant_omitted_words"])


def variant_keys(body: str) -> set[str]:
    """Keys that two printings of one body share (``variant_of`` holds only between bodies that
    share one), so each body is compared with its few candidates, not with every agency."""
    data = table("agencies")
    keys = {body}
    if body[-1:] in data["variant_endings"]:
        keys.add(f"{body[:-1]}·")  # the stem, whatever the ending
    for word in data["variant_omitted_words"]:
        if body[:-1].endswith(word):
            keys.add(body[: -1 - len(word)] + body[-1])
    return keys
