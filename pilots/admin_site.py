"""The admin site every model registers with: Django's, with the selection of a bulk action
and the ``_to_field`` of a change or delete page checked before they reach the database."""

from django.contrib import admin, messages
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils.translation import gettext


class PilotAdminConfig(AdminConfig):
    default_site = "pilots.admin_site.PilotAdminSite"


class PilotAdminSite(admin.AdminSite):
    """Each ModelAdmin registered here (the app's, auth's, axes') gets ``CheckedSelection``
    and ``CheckedToField`` in front of its own class: the admin has no other hook for the ids
    a bulk action posts or the field a page is asked to look its object up by."""

    def register(self, model_or_iterable, admin_class=None, **options):
        base = admin_class or admin.ModelAdmin
        if not issubclass(base, CheckedSelection):
            mixins = (CheckedSelection, CheckedToField)
            base = type(base.__name__, (*mixins, base), {"__module__": base.__module__})
        super().register(model_or_iterable, base, **options)


class CheckedToField:
    """An empty ``?_to_field=`` looks the object up by its primary key, as no ``_to_field``.

    Django checks the field only when the name is not empty and then looks up the field ''
    (FieldDoesNotExist: a 500 on every change and delete page)."""

    def get_object(self, request, object_id, from_field=None):
        return super().get_object(request, object_id, from_field or None)


class CheckedSelection:
    """A bulk action whose selection holds something that is not an id of the model (NaN, a
    NUL, a number beyond the column) is refused with a message on the change list.

    Django filters ``pk__in`` with the posted strings as they come: "NaN" raised ValueError and
    a NUL was refused by PostgreSQL, a 500 on every change list.
    """

    def response_action(self, request, queryset):
        selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
        if not all(_is_id_of(self.model, value) for value in selected):
            self.message_user(
                request, gettext("所选对象的编号无效，未执行任何操作。"), messages.ERROR
            )
            return None  # the change list is shown again, with the message
        return super().response_action(request, queryset)


def _is_id_of(model, value: str) -> bool:
    if "\x00" in value:
        return False
    pk = model._meta.pk
    try:
        value = pk.to_python(value)
    except ValidationError:
        return False
    if value is None:
        return False
    if isinstance(value, int):
        low, high = connection.ops.integer_field_range(pk.get_internal_type())
        return (low is None or value >= low) and (high is None or value <= high)
    return True
