"""Mojibake in a page: Chinese text whose bytes were read in the wrong encoding, repaired where
the bytes survive.

Two forms met in reposts of the genre:
- GBK read one byte off: a page decoding GBK lost one byte before a run, so each character is
  read from the second byte of one and the first of the next. The signature is characters of
  GBK's rows A8/A9 (pinyin letters ǘ, bopomofo ㄒ, box drawing ┚) in running text, and often a
  "?" where the lost byte was: " ?。ㄒ唬┚o扣" is the bytes of "（一）緊扣" one byte off. Re-encoded
  and read from the next byte, the run decodes strictly to ideographs and CJK punctuation.
- UTF-8 read as GBK ("鏁板瓧" for 数字): the run re-encoded as GBK decodes strictly as UTF-8.
ftfy, the well-kept mojibake fixer, handles UTF-8 read as Latin-1/Windows-1252 only, not the
multi-byte Chinese encodings (its issue #34), so these attempts are made here. A repair is kept
only when the bytes decode strictly and every character is text of the genre (ideographs, CJK
punctuation, ASCII); where bytes were lost the run is left as printed.
"""

from __future__ import annotations

import re

_MOST_GAP = 3  # signature characters at most this far apart belong to one run
_MOST_REACH = 8  # characters tried after the last signature character: a strict decode ends only
# where the page fell back into step (an ASCII byte), so a longer reach finds no false end
_LOST_BYTE = "?\ufffd"
_GENRE_CHAR = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e\u2014\u2026\u201c\u201d!-~]")
_NON_ASCII_RUN = re.compile(
    r"[^\x00-\x7f\s，。、；：（）“”《》]{2,}"
)  # genuine punctuation ends a run


def _gbk(text: str) -> bytes | None:
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        return None


def _signature(char: str) -> bool:
    """A character of GBK's rows A8 (pinyin, bopomofo) or A9 (box drawing), or 0x80."""
    encoded = _gbk(char)
    return encoded is not None and (
        (len(encoded) == 1 and encoded[0] >= 0x80)
        or (len(encoded) == 2 and encoded[0] in (0xA8, 0xA9))
    )


def _genre_text(text: str) -> bool:
    return (
        bool(text)
        and all(_GENRE_CHAR.match(c) for c in text)
        and not any(_signature(c) for c in text)
    )


def mojibake_repairs(text: str) -> list[tuple[str, str]]:
    """(mojibake as printed, its repair) for each run that decodes to text of the genre."""
    repairs = _one_byte_off(text) + _utf8_read_as_gbk(text)
    return list(dict.fromkeys(repairs))


def _one_byte_off(text: str) -> list[tuple[str, str]]:
    found = []
    for start, end in _signature_runs(text):
        for reach in range(_MOST_REACH + 1):
            run = text[start - 1 : end + reach]  # the char before holds the first byte
            encoded = _gbk(run)
            if start < 1 or encoded is None or end + reach > len(text):
                break
            try:
                repaired = encoded[1:].decode("gbk")
            except UnicodeDecodeError:
                continue
            if _genre_text(repaired):
                lost = text[start - 2] if start >= 2 and text[start - 2] in _LOST_BYTE else ""
                found.append((lost + run, repaired))
                break
    return found


def _signature_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cluster of two or more signature characters close together."""
    at = [i for i, char in enumerate(text) if ord(char) > 0x7F and _signature(char)]
    runs, cluster = [], at[:1]
    for index in at[1:]:
        if index - cluster[-1] <= _MOST_GAP:
            cluster.append(index)
            continue
        runs.append(cluster)
        cluster = [index]
    runs.append(cluster)
    return [(c[0], c[-1] + 1) for c in runs if len(c) >= 2]


def _utf8_read_as_gbk(text: str) -> list[tuple[str, str]]:
    found = []
    for match in _NON_ASCII_RUN.finditer(text):
        encoded = _gbk(match[0])
        try:
            repaired = encoded.decode("utf-8") if encoded else ""
        except UnicodeDecodeError:
            continue
        if _genre_text(repaired) and re.search(r"[\u4e00-\u9fff]", repaired):
            found.append((match[0], repaired))
    return found
