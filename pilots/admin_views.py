"""Admin-area pages of pilots: plan upload with preview (the observation import is targets')."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _, gettext_lazy

from pilots.models import PlanUpload
from pilots.plan_uploads import (
    MAX_UPLOAD_BYTES,
    PreviewOutdated,
    UploadNotApplicable,
    plan_upload_apply,
    plan_upload_preview,
    preview_by_section,
)
from pilots.uploads import UploadField
from pilots.validators import undecodable_line


class PlanFileForm(forms.Form):
    file = UploadField(label=gettext_lazy("规划文件（YAML）"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(gettext_lazy("文件过大（上限 2 MB）。"))
        content = upload.read()
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(
                gettext_lazy(
                    "文件须为 UTF-8 编码的 YAML 文本（第 %(line)s 行有不是 UTF-8 编码的字节）。"
                ),
                params={"line": undecodable_line(content, exc)},
            ) from exc
        if "\x00" in text:
            raise forms.ValidationError(gettext_lazy("文件含有空字符（\\x00），不是 YAML 文本。"))
        return upload.name, text


def require_superuser(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def plan_upload(request):
    require_superuser(request)
    form = PlanFileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        name, text = form.cleaned_data["file"]
        upload = plan_upload_preview(file_name=name, text=text, user=request.user)
        return redirect("admin:pilots_plan_upload_preview", upload.pk)
    context = {**admin.site.each_context(request), "form": form, "title": _("上传规划文件")}
    context["uploads"] = PlanUpload.objects.select_related("uploaded_by", "applied_by")[:10]
    return render(request, "admin/pilots/plan_upload.html", context)


def plan_upload_preview_page(request, pk):
    require_superuser(request)
    upload = get_object_or_404(PlanUpload, pk=pk)
    if request.method == "POST":
        try:
            report = plan_upload_apply(upload=upload, user=request.user)
        except PreviewOutdated:
            messages.error(
                request,
                _(
                    "规划在您预览之后已被修改（例如另一位管理员已确认）。未做任何更改，请重新上传预览。"
                ),
            )
        except UploadNotApplicable:
            messages.error(request, _("此上传有错误或已应用，不能再次应用。"))
        else:
            messages.success(
                request, _("已应用：%(summary)s") % {"summary": report.summary_shown()}
            )
            return redirect("admin:pilots_plan_changelist")
        return redirect("admin:pilots_plan_upload_preview", upload.pk)
    context = {
        **admin.site.each_context(request),
        "upload": upload,
        "groups": preview_by_section(upload),
        "title": _("预览：%(name)s") % {"name": upload.file_name},
    }
    return render(request, "admin/pilots/plan_upload_preview.html", context)
