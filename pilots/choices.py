"""A model's ``get_<field>_display`` as Django makes it, with the labels' lookup made once:
Django's rebuilds a dict of every choice on each call (~280 function calls), and the task
lists and histories call it for every row."""

from collections.abc import Callable

from django.utils.encoding import force_str


def choice_display(field: str, choices) -> Callable:
    """The method to set as ``get_<field>_display`` (Django leaves one a model defines)."""
    labels = dict(choices)

    def display(self) -> str:
        value = getattr(self, field)
        return force_str(labels.get(value, value), strings_only=True)

    display.__name__ = f"get_{field}_display"
    return display
