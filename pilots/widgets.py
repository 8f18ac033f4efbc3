"""Form widgets that say which language their words are in."""

from django import forms

from pilots.languages import unmarked_chinese


class NamesSelect(forms.Select):
    """A choice of things named in Chinese (agencies, zones, targets): on an English page each
    option with Chinese in its label is marked lang="zh-Hans"."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if unmarked_chinese(label):
            option["attrs"] = {**option["attrs"], "lang": "zh-Hans"}
        return option
