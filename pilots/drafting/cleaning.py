"""Cleaning a plan document's text the way ``source_text_clean`` replays it, recording each step.

Traditional script is converted (OpenCC t2s) when a visible share of its characters changes, web
page furniture after a marker such as 附件下载 is cut, PDF-extraction spaces inside words are
removed. Censored characters (`*`) are never guessed: they are listed for review.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.utils.translation import gettext as _

from pilots.drafting.broken_figures import broken_figures
from pilots.drafting.chunk_numbers import chunk_numbers_in_annotations
from pilots.drafting.lexicon import numbering_styles, table
from pilots.drafting.misread_figures import misread_figures
from pilots.drafting.misread_numbering import misread_numbering
from pilots.drafting.mojibake import mojibake_repairs
from pilots.drafting.page_furniture import page_furniture
from pilots.drafting.paragraphs import paragraphs_split
from pilots.drafting.wrapped_lines import page_lines_joined
from pilots.source_text import remove_stray_spaces, to_simplified
from pilots.validators import UNSTORABLE

_CJK = re.compile(r"[\u4e00-\u9fff]")
_INNER_SPACE = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")
_CENSORED = re.compile(r"\*+")
_FULL_WIDTH_DIGIT = re.compile("[０-９]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
# A repost's pinyin gloss after a character: 縣(xiàn), 責(zé)任 — one syllable with a tone mark.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = re.compile(rf"\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")


@dataclass
class CleanedText:
    text: str
    cleaning: dict[str, Any]
    notes: list[str]


def source_text_prepare(raw: str) -> CleanedText:
    """The cleaned text, the ``source_cleaning`` entry that replays it, and what was done."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = UNSTORABLE.sub("", text)  # no plan file may hold them, not even as a restoration
    cleaning: dict[str, Any] = {}
    notes: list[str] = []
    repairs = mojibake_repairs(text)  # before OpenCC, which would change the misread characters
    cjk = len(_CJK.findall(text))
    simplified = to_simplified(text)
    changed = sum(1 for a, b in zip(text, simplified, strict=False) if a != b)
    if cjk and changed / cjk > table("documents")["traditional_share"]:
        text = simplified
        cleaning["opencc"] = "t2s"
        notes.append(
            _("繁体字：OpenCC 繁转简改动了 %(cjk)s 个汉字中的 %(changed)s 个")
            % {"changed": changed, "cjk": cjk}
        )
        repairs = [(to_simplified(find), to_simplified(repair)) for find, repair in repairs]
    cut, record = junk_cut(text), record_cut(text)
    if record is not None and (cut is None or record[1] < cut[1]):
        marker, position = record
        text = text[:position]
        cleaning["cut_after"] = marker
        notes.append(
            _("公文的版记（抄送、印发机关和日期）已删去：“%(marker)s”") % {"marker": marker}
        )
    elif cut is not None:
        marker, position, kind = cut
        text = text[:position]
        cleaning["cut_after"] = marker
        if kind == "explainer":
            notes.append(_("规划后附的解读已从“%(marker)s”一行起删去") % {"marker": marker})
        else:
            notes.append(_("网页杂项已从以“%(marker)s”开头的行起删去") % {"marker": marker})
    text = _restored(text, cleaning, notes, [(f, r) for f, r in repairs if f in text])
    text, spaced = letters_closed_up(text)
    if spaced:
        cleaning["remove_spaces"] = True
        notes.append(_("%(n)s 行字间有空格（PDF 分散对齐所致），已去掉") % {"n": spaced})
    text, joined = page_lines_joined(text)
    if joined:
        notes.append(_("段落内 %(n)s 处按 PDF 页宽折行的换行已去掉") % {"n": joined})
    text, split = paragraphs_split(text)
    if split:
        notes.append(_("挤在同一行的 %(n)s 个段落已分行") % {"n": split})
    inner_spaces = sum(stray_spaces(line) for line in text.splitlines())
    if inner_spaces:
        text = remove_stray_spaces(text)
        cleaning["remove_spaces"] = True
        notes.append(_("行内 %(n)s 处多余空格已删去（PDF 提取所致）") % {"n": inner_spaces})
    censored = censored_contexts(text)
    if censored:
        notes.append(
            _("%(n)s 处被屏蔽的“*”保持原样（未还原）：%(places)s")
            % {"n": len(censored), "places": " ".join(censored)}
        )
    return CleanedText(text=text, cleaning=cleaning, notes=notes)


def _restored(
    text: str, cleaning: dict[str, Any], notes: list[str], repairs: list[tuple[str, str]]
) -> str:
    """Literal replacements recorded as ``restorations``: mojibake whose bytes survive
    (``repairs``: " ?。ㄒ唬┚o" → "（一）緊"), a repost's pinyin glosses (縣(xiàn)), radicals a PDF
    font put for ideographs (⼈⼯智能 → 人工智能) and ― for —, full-width digits (５００家 → 500家:
    figures, years and item numbers are read in ASCII)."""
    glosses = list(dict.fromkeys(_PINYIN_GLOSS.findall(text)))
    # A radical stands for the simplified ideograph (⼾ for 户, not 戶): a traditional text was
    # converted before the radicals were restored.
    radicals = {r: to_simplified(ideograph) for r, ideograph in radical_ideographs(text).items()}
    if "\u2015" in text:  # ―: the dash (—) as PDF fonts and GB 2312 decoders give it
        radicals["\u2015"] = "\u2014"
    controls = sorted(set(_CONTROL.findall(text)))  # never text: YAML refuses them too
    digits = sorted(set(_FULL_WIDTH_DIGIT.findall(text)))
    furniture = page_furniture(text)
    years = chinese_years(text)
    numbers, figures = misread_numbering(text), misread_figures(text) + broken_figures(text)
    replacements = repairs + [(gloss, "") for gloss in glosses] + list(radicals.items())
    replacements += list(years.items()) + numbers + figures
    replacements += [(block, "") for block in furniture]
    replacements += [(char, "") for char in controls]
    replacements += [(digit, unicodedata.normalize("NFKC", digit)) for digit in digits]
    for find, replace in replacements:
        text = text.replace(find, replace)
    chunks = chunk_numbers_in_annotations(text)  # after the others: found in the text they leave
    for find, replace in chunks:
        text = text.replace(find, replace)
    replacements += chunks
    if replacements:
        cleaning["restorations"] = [{"find": f, "replace": r} for f, r in replacements]
    if repairs:
        shown = " ".join(f"{find}→{repair}" for find, repair in repairs[:3])
        notes.append(
            _("%(n)s 段乱码已按原字节重新读出：%(shown)s") % {"n": len(repairs), "shown": shown}
        )
    if glosses:
        notes.append(
            _("转载加注的 %(n)s 处拼音（如 %(example)s）已删去")
            % {"n": len(glosses), "example": glosses[0]}
        )
    if radicals:
        notes.append(_("%(n)s 个部首码位已读作对应汉字（PDF 字体所致）") % {"n": len(radicals)})
    if years:
        notes.append(_("汉字书写的年份已读作数字：%(years)s") % {"years": " ".join(years)})
    if figures:
        shown = " ".join(
            f"{find.strip()}→{read.strip()}".replace("\n", "") for find, read in figures[:3]
        )
        notes.append(
            _("扫描识别误作字母的 %(n)s 处数字已读作数字：%(shown)s")
            % {"n": len(figures), "shown": shown}
        )
    if numbers:
        notes.append(
            _("扫描识别误读的 %(n)s 处标题或条目序号已按原序号读出：%(shown)s")
            % {"n": len(numbers), "shown": " ".join(find.strip() for find, _r in numbers[:3])}
        )
    if furniture:
        notes.append(_("%(n)s 处 PDF 分页的页码与页眉已删去") % {"n": len(furniture)})
    if digits:
        notes.append(_("全角数字已读作半角数字"))
    if chunks:
        notes.append(_("注释中文档分享网站的 %(n)s 个分块编号已删去") % {"n": len(chunks)})
    return text


@cache
def _letter_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A space between two characters of a line's text, and two such characters that touch."""
    chars = table("documents")["letter_spacing"]["characters"]
    return re.compile(rf"(?<=[{chars}]) (?=[{chars}])"), re.compile(rf"[{chars}](?=[{chars}])")


def letters_closed_up(text: str) -> tuple[str, int]:
    """Lines a PDF's text layer printed with a space between every two characters (人 工 智 能,
    a justified line's spacing) closed up before paragraphs are read, and how many: most of
    their Chinese characters stand a space apart. A few spaces between words stay for the end
    of the cleaning; a table's cells a space apart hold words, not letters."""
    rule = table("documents")["letter_spacing"]
    space, touching = _letter_patterns()
    lines, spaced = text.split("\n"), 0
    for index, line in enumerate(lines):
        apart, touch = len(space.findall(line)), len(touching.findall(line))
        if apart >= rule["min_spaces"] and apart >= rule["per_touching"] * touch:
            lines[index] = space.sub("", line)
            spaced += 1
    return "\n".join(lines), spaced


def letter_spacing_closed(line: str) -> str:
    """A PDF line closed up when its spaces are the setting's (a space between every two
    characters: "一、总 体 要 求", "到2 0 2 7年", a line justified by spreading its characters):
    most of the runs between its spaces are one character long, or most of its Chinese
    characters stand apart (``letters_closed_up``). Otherwise its spaces stand between runs of
    touching characters, gaps a writer or a table left: real separators, kept ("序号 重点任务
    牵头单位"; the cleaning drops those of running text after reading the tables)."""
    runs = ideographs_restored(line).split()
    single = sum(1 for run in runs if len(run) == 1)
    if len(runs) > 2 and 2 * single >= len(runs):
        return "".join(line.split())
    return remove_stray_spaces(line) if letters_closed_up(ideographs_restored(line))[1] else line


def chinese_years(text: str) -> dict[str, str]:
    """Years written digit by digit in Chinese numerals (二〇二七) and each in digits (2027)."""
    digits = table("documents")["chinese_year_digits"]
    found = re.findall(table("documents")["chinese_year"], text)
    return {year: "".join(str(digits[d]) for d in year) for year in dict.fromkeys(found)}


def radical_ideographs(text: str) -> dict[str, str]:
    """Radicals in the text and the ideograph each stands for."""
    supplement = table("documents")["radical_ideographs"]
    found = {}
    for char in set(text):
        if "\u2f00" <= char <= "\u2fd5":
            found[char] = to_simplified(unicodedata.normalize("NFKC", char))  # ⼾ 戶: 户
        elif char in supplement:
            found[char] = supplement[char]
    return dict(sorted(found.items()))


def ideographs_restored(text: str) -> str:
    """The text with a PDF font's radicals read as ideographs (⼆、 → 二、), to be recognised."""
    for radical, ideograph in radical_ideographs(text).items():
        text = text.replace(radical, ideograph)
    return text


def stray_spaces(line: str) -> int:
    """Spaces inside a line that are not between two ASCII letters or digits ("AI Lab"), nor
    the gap after a heading's number ("一、 总体要求", Word's tab after a list number)."""
    line = _number_gap_closed(line.strip())
    return sum(
        1
        for m in _INNER_SPACE.finditer(line)
        if not (_ascii_alnum(line[m.start() - 1]) and _ascii_alnum(line[m.end()]))
    )


def _number_gap_closed(line: str) -> str:
    for style in numbering_styles():
        match = style.pattern.match(line)
        if match and match["body"]:
            return line[: match.start("body")].rstrip() + line[match.start("body") :]
    return line


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def junk_cut(text: str) -> tuple[str, int, str] | None:
    """The earliest line in the last 70% of the text starting with a junk marker, or an
    explainer's title (the whole line the marker): (marker, position, kind)."""
    found = []
    restored = ideographs_restored(text)  # a PDF font's 一 may be the radical ⼀, one for one
    for marker, kind in [(m, "junk") for m in table("documents")["junk_markers"]]:
        pattern = rf"^[ \t\u3000]*{re.escape(marker)}"
        for match in re.finditer(pattern, restored, re.MULTILINE):
            if match.start() > len(text) * 0.3:
                start = match.end() - len(marker)  # as the text prints it (【打印本⻚】)
                found.append((match.start(), text[start : match.end()], kind))
                break
    for match in re.finditer(table("documents")["explainer_title"], restored, re.MULTILINE):
        start = match.end() - len(match[0].lstrip(" \t\u3000"))
        end = text.find("\n", start)
        title = text[start : end if end >= 0 else len(text)].rstrip()
        if start > len(text) * 0.3 and text.find(title) == start:  # replayed at its first
            found.append((start, title, "explainer"))
            break
    if not found:
        return None
    position, marker, kind = min(found)
    return marker, position, kind


@cache
def _record_line() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in table("documents")["record_lines"]))


def record_line(line: str) -> bool:
    """A line of an issued document's 版记 (抄送：…, …印发), after which it prints nothing."""
    return bool(_record_line().match(line))


def record_cut(text: str) -> tuple[str, int] | None:
    """(the line, where it starts) of the first line of an issued document's 版记 in the last 70%
    of the text: its 抄送 line or its 印发 line, after which the document prints nothing."""
    found = [
        match
        for pattern in table("documents")["record_lines"]
        for match in re.finditer(pattern, text, re.MULTILINE)
        if match.start() > len(text) * 0.3
    ]
    if not found:
        return None
    first = min(found, key=lambda match: match.start())
    line = text[first.start() :].split("\n", 1)[0]
    start = first.start() + len(line) - len(line.lstrip(" \t\u3000"))
    return text[start : first.start() + len(line)], start


def censored_contexts(text: str) -> list[str]:
    contexts = []
    for match in _CENSORED.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()].split("\n")[-1]
        after = text[match.end() : match.end() + 3].split("\n")[0]
        contexts.append(f"{before}{match[0]}{after}")
    return list(dict.fromkeys(contexts))
