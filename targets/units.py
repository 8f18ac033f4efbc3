"""Units of measure as a reader reads them: a target keeps the unit its plan prints (Chinese);
shown, a unit of the known vocabulary below is in the UI's language (English msgstr in
locale/en), any other as printed. Counted units (项, 个, 家 …) read as what is counted in the
plans' targets; 亿元 as its amount in words, so the figure itself is never rescaled. A unit shown
beside a figure agrees with it ("1 item", "2 items"); beside no figure (a column's unit) it reads
as the plural."""

import functools

from django.utils.translation import get_language, npgettext


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
