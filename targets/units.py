"""Units of measure as a reader reads them: a target keeps the unit its plan prints (Chinese);
shown, a unit of the known vocabulary below is in the UI's language (English msgstr in
locale/en), any other as printed. Counted units (项, 个, 家 …) read as what is counted in the
plans' targets; 亿元 as its amount in words, so the figure itself is never rescaled."""

from django.utils.translation import pgettext_lazy

# Each unit written out for makemessages to find it.
UNITS = {
    "项": pgettext_lazy("计量单位", "项"),
    "个": pgettext_lazy("计量单位", "个"),
    "家": pgettext_lazy("计量单位", "家"),
    "名": pgettext_lazy("计量单位", "名"),
    "人": pgettext_lazy("计量单位", "人"),
    "所": pgettext_lazy("计量单位", "所"),
    "座": pgettext_lazy("计量单位", "座"),
    "户": pgettext_lazy("计量单位", "户"),
    "件": pgettext_lazy("计量单位", "件"),
    "套": pgettext_lazy("计量单位", "套"),
    "台": pgettext_lazy("计量单位", "台"),
    "次": pgettext_lazy("计量单位", "次"),
    "人次": pgettext_lazy("计量单位", "人次"),
    "倍": pgettext_lazy("计量单位", "倍"),
    "亿元": pgettext_lazy("计量单位", "亿元"),
    "万元": pgettext_lazy("计量单位", "万元"),
    "元": pgettext_lazy("计量单位", "元"),
    "万人": pgettext_lazy("计量单位", "万人"),
    "万": pgettext_lazy("计量单位", "万"),
    "年": pgettext_lazy("计量单位", "年"),
    "天": pgettext_lazy("计量单位", "天"),
    "个百分点": pgettext_lazy("计量单位", "个百分点"),
    "平方公里": pgettext_lazy("计量单位", "平方公里"),
    "公里": pgettext_lazy("计量单位", "公里"),
    "吨": pgettext_lazy("计量单位", "吨"),
}


def unit_shown(unit: str | None) -> str:
    """The unit in the UI's language when it is a known one, else as printed."""
    if not unit:
        return ""
    return str(UNITS[unit]) if unit in UNITS else unit
