"""Admin-area pages of targets: the import of target figures from a spreadsheet."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _, gettext_lazy

from pilots.admin_views import require_superuser
from pilots.models import Plan
from pilots.uploads import UploadField
from targets.imports import (
    MAX_UPLOAD_BYTES as IMPORT_MAX_BYTES,
    ObservationImportInvalid,
    observations_import,
)


class SpreadsheetForm(forms.Form):
    file = UploadField(label=gettext_lazy("数据文件（XLSX 或 CSV）"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                gettext_lazy("文件过大（上限 %(limit)s）。"),
                params={"limit": filesizeformat(IMPORT_MAX_BYTES)},
            )
        return upload


def observation_import(request):
    require_superuser(request)
    form = SpreadsheetForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            count = observations_import(
                name=upload.name, content=upload.read(), reporter=request.user
            )
        except ObservationImportInvalid as exc:
            problems = exc.problems
        else:
            messages.success(request, _("已导入 %(count)d 行指标数据。") % {"count": count})
            return redirect("admin:targets_observation_changelist")
    context = {
        **admin.site.each_context(request),
        "form": form,
        "problems": problems,
        "plans": Plan.objects.order_by("code"),
        "title": _("导入指标数据"),
    }
    return render(
        request, "admin/targets/observation_import.html", context, status=400 if problems else 200
    )
