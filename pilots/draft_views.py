"""Pages of a new plan's draft, in the zone-admin area: upload the source document, review the
draft beside it, edit the YAML, load it through the plan upload's preview and confirmation.
Zone admins for their own zone, superusers for any (``administered_zone``)."""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _, gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pilots import draft_review as review
from pilots.fixture_yaml import MAX_TEXT
from pilots.models import PlanDraft, PlanSource
from pilots.permissions import Access
from pilots.plan_drafts import (
    DraftChangedMeanwhile,
    DraftNotDeleted,
    draft_problems,
    plan_draft_apply,
    plan_draft_discard,
    plan_draft_is_stale,
    plan_draft_make,
    plan_draft_preview,
    plan_draft_request,
    plan_draft_save,
    plan_draft_stall,
    plan_source_receive,
)
from pilots.plan_fixtures import PlanFixtureInvalid
from pilots.plan_replacing import ReplacementUnconfirmed, plan_holdings, plan_replaced_by
from pilots.plan_uploads import PreviewOutdated, UploadNotApplicable, preview_by_section
from pilots.source_documents import PLAN_SOURCE_MAX_BYTES, SourceRefused
from pilots.uploads import UploadField
from pilots.zone_admin import administered_zone, zone_admin_tabs

TAB = "plan-drafts"
# Seconds a redraft waits for another run of the same draft to end.
REDRAFT_WAIT = 5


class PlanSourceForm(forms.Form):
    file = UploadField(
        label=gettext_lazy("规划原文文件"),
        help_text=gettext_lazy(
            "PDF（带文字层）、Word（.docx 或 .doc）、Excel 任务表（.xlsx）、网页（.html）"
            "或文本文件，不超过 20 MB"
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.docx,.doc,.wps,.xlsx,.xlsm,.html,.htm,.mht,.mhtml,.txt"}
        ),
    )
    plan_code = forms.SlugField(
        label=gettext_lazy("规划代码（可选）"), max_length=60, required=False,
        help_text=gettext_lazy("如 hefei-ai-2026；留空则按试验区生成，之后可在草稿中修改"),
    )  # fmt: skip

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > PLAN_SOURCE_MAX_BYTES:
            raise forms.ValidationError(_("文件过大：上限为 20 MB。"))
        return upload


class DraftTextForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("草稿（YAML）"), max_length=MAX_TEXT, strip=False,
        # The draft is the plan's Chinese text (under YAML's keys): read in a Chinese voice.
        widget=forms.Textarea(attrs={"rows": 30, "spellcheck": "false", "class": "yaml-editor",
                                     "autocomplete": "off", "lang": "zh-Hans"}),
    )  # fmt: skip
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def clean_text(self):
        return self.cleaned_data["text"].replace("\r\n", "\n")


def _draft(request, slug: str, draft_id: int) -> PlanDraft:
    zone = administered_zone(request, slug)
    return get_object_or_404(
        PlanDraft.objects.select_related("source__zone", "source__plan", "upload"),
        pk=draft_id, source__zone=zone,
    )  # fmt: skip


def _context(draft: PlanDraft, current: str, **more) -> dict:
    zone = draft.source.zone
    return {"zone": zone, "draft": draft, "source": draft.source, "current": current,
            "tabs": zone_admin_tabs(zone=zone, current=TAB), **more}  # fmt: skip


@require_http_methods(["GET", "POST"])
def plan_drafts(request, slug):
    """The zone's drafts, and the form to upload a new plan's source document."""
    zone = administered_zone(request, slug)
    form = PlanSourceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            draft = plan_source_receive(
                zone=zone, file_name=upload.name, content=upload.read(), user=request.user,
                plan_code=form.cleaned_data["plan_code"],
            )  # fmt: skip
        except SourceRefused as exc:
            form.add_error("file", exc.message)
        else:
            _say_if_uploaded_before(request, draft)
            plan_draft_request(draft=draft, language=request.LANGUAGE_CODE)
            return redirect("plan-draft", slug, draft.pk)
    drafts = (
        PlanDraft.objects.filter(source__zone=zone)
        .select_related("source__uploaded_by", "source__plan")
        .order_by("-source__uploaded_at")[:50]
    )
    for name in list(form.errors)[:1]:
        # The form sits below the fold on a phone: the browser scrolls to a focused field.
        if name in form.fields:
            form.fields[name].widget.attrs["autofocus"] = True
    context = {"zone": zone, "form": form, "drafts": drafts,
               "tabs": zone_admin_tabs(zone=zone, current=TAB)}  # fmt: skip
    return render(request, "pilots/plan_drafts.html", context, status=400 if form.errors else 200)


def _say_if_uploaded_before(request, draft: PlanDraft) -> None:
    """The same file again makes a new draft (the earlier one may have been edited): say so,
    with the way back to the earlier one."""
    earlier = (
        PlanDraft.objects.filter(source__zone=draft.source.zone, source__sha256=draft.source.sha256)
        .exclude(pk=draft.pk).select_related("source").order_by("-source__uploaded_at").first()
    )  # fmt: skip
    if earlier is not None:
        messages.info(request, format_html(
            _("这份文件此前已上传过（{when}）：这是一份新的草稿。如要继续修改此前的草稿，"
              "请打开<a href=\"{url}\">那份草稿</a>。"),
            when=date_format(timezone.localtime(earlier.source.uploaded_at), "Y-m-d H:i"),
            url=reverse("plan-draft", args=[draft.source.zone.slug, earlier.pk]),
        ))  # fmt: skip


@require_GET
def plan_draft(request, slug, draft_id):
    """The draft beside its source text, or its progress while it is being drafted."""
    draft = _draft(request, slug, draft_id)
    if draft.status != PlanDraft.Status.READY:
        stale = plan_draft_stall(draft)  # why no worker will draft it ("lost", …), or ""
        return render(request, "pilots/plan_draft_progress.html",
                      _context(draft, "review", stale=stale,
                               elapsed_text=_elapsed_text(draft)))  # fmt: skip
    page = review.review_page(
        name=draft.source.file_name, draft_text=draft.text, source_text=draft.source.text
    )
    context = _context(
        draft, "review", outline=page.outline, reviews=page.reviews,
        source_html=page.source_html, counts=page.counts,
        problems=draft_problems(draft=draft, user=request.user) if page.outline is None else [],
    )  # fmt: skip
    return render(request, "pilots/plan_draft.html", context)


@require_GET
def plan_draft_status(request, slug, draft_id):
    """How far the drafting is (the progress page asks every few seconds)."""
    draft = _draft(request, slug, draft_id)
    return JsonResponse({
        "status": draft.status, "status_label": draft.get_status_display(),
        "progress": draft.progress, "stale": plan_draft_is_stale(draft),
        "elapsed_text": _elapsed_text(draft),
    })  # fmt: skip


def _elapsed_text(draft: PlanDraft) -> str:
    """The time the drafting has taken so far: reading a long PDF holds one step for tens of
    seconds, and a bar that does not move looks stuck."""
    since = draft.started_at or draft.source.uploaded_at
    seconds = max(0, int((timezone.now() - since).total_seconds()))
    return _("已用 %(seconds)s 秒") % {"seconds": seconds}


@require_POST
def plan_draft_redraft(request, slug, draft_id):
    """Draft here and now a document no worker took up (or one whose job was lost)."""
    draft = _draft(request, slug, draft_id)
    if plan_draft_is_stale(draft):
        # drafted by another request meanwhile: this one shows its progress, not waiting long
        plan_draft_make(draft_id=draft.pk, language=request.LANGUAGE_CODE, wait=REDRAFT_WAIT)
    return redirect("plan-draft", slug, draft.pk)


@require_http_methods(["GET", "POST"])
def plan_draft_edit(request, slug, draft_id):
    """The YAML editor: save and check, or save and go on to the load's preview."""
    draft = _draft(request, slug, draft_id)
    if draft.status != PlanDraft.Status.READY:
        return redirect("plan-draft", slug, draft.pk)
    form = DraftTextForm(
        request.POST or None, initial={"text": draft.text, "version": draft.version}
    )
    status, problems = 200, None
    if request.method == "POST" and form.is_valid():
        try:
            draft = plan_draft_save(
                draft=draft, text=form.cleaned_data["text"],
                expected_version=form.cleaned_data["version"], user=request.user,
            )  # fmt: skip
        except DraftChangedMeanwhile:
            # Keep the edit in the editor, now against the saved version: saving it again is
            # a knowing choice to replace what was saved meanwhile.
            draft.refresh_from_db()
            form = DraftTextForm({**request.POST.dict(), "version": draft.version})
            form.is_valid()
            form.add_error(None, _(
                "未保存：在您打开编辑器之后，草稿已在别处（另一个窗口或另一位管理员）保存过。"
                "您的修改仍在下面的编辑框中；可先在“对照原文审阅”中查看已保存的版本，"
                "再次保存则以您的修改替换它。"))  # fmt: skip
            status = 409
        else:
            if request.POST.get("action") == "load":
                return _preview(request, draft)
            messages.success(request, _("草稿已保存。"))
            problems = draft_problems(draft=draft, user=request.user)
            form = DraftTextForm(initial={"text": draft.text, "version": draft.version})
    if form.errors and status == 200:
        status = 400
    if problems is None and request.method == "GET":
        problems = draft_problems(draft=draft, user=request.user)
    context = _context(draft, "edit", form=form, problems=problems or [],
                       checked=problems is not None, unsaved=bool(form.errors))  # fmt: skip
    return render(request, "pilots/plan_draft_edit.html", context, status=status)


def _preview(request, draft: PlanDraft):
    _upload, problems = plan_draft_preview(draft=draft, user=request.user)
    if problems:
        messages.error(request, _("草稿有错误，不能载入：请按下面的提示修改。"))
        form = DraftTextForm(initial={"text": draft.text, "version": draft.version})
        context = _context(draft, "edit", form=form, problems=problems, checked=True)
        return render(request, "pilots/plan_draft_edit.html", context, status=400)
    return redirect("plan-draft-load", draft.source.zone.slug, draft.pk)


@require_http_methods(["GET", "POST"])
def plan_draft_load(request, slug, draft_id):
    """The plan upload's preview of loading the draft, and its confirmation."""
    draft = _draft(request, slug, draft_id)
    upload = draft.upload
    outdated = upload is not None and not upload.applied_at and upload.text != draft.text
    if request.method == "POST":
        if upload is None or outdated:
            messages.error(request, _("草稿在预览之后又修改过：请重新预览。"))
            return redirect("plan-draft-edit", slug, draft.pk)
        if request.POST.get("upload") != str(upload.pk):
            # Another window previewed meanwhile: confirm only the changes this one showed.
            messages.error(request, _("您确认的预览已被一次新的预览（例如在另一个窗口中）取代："
                                      "未做任何更改，请查看下面的预览后再确认。"))  # fmt: skip
            return redirect("plan-draft-load", slug, draft.pk)
        try:
            report = plan_draft_apply(
                draft=draft, user=request.user, replaces=request.POST.get("replace", "")
            )
        except ReplacementUnconfirmed as exc:
            messages.error(request, _(
                "未载入：本草稿将替换已有规划 %(code)s（%(title)s）。请阅读下面的说明，勾选确认后"
                "再载入；如果这是一份新的规划，请回到编辑器改用新的规划代码。")
                % {"code": exc.plan.code, "title": exc.plan.title})  # fmt: skip
        except PreviewOutdated:
            messages.error(request, _("规划在您预览之后已被修改（例如另一位管理员已确认）。"
                                      "未做任何更改，请重新预览。"))  # fmt: skip
        except (UploadNotApplicable, PlanFixtureInvalid):
            upload.refresh_from_db()
            if upload.applied_at:  # the confirmation sent twice, or the back button
                messages.info(request, _("这份预览已载入过，未再次载入。"))
            else:
                messages.error(request, _("此预览有错误或已应用，不能再次应用。"))
        else:
            summary = report.summary_shown()
            messages.success(request, _("规划已载入：%(summary)s") % {"summary": summary})
            return redirect("plan-detail", draft.upload.plan_code)
        return redirect("plan-draft-load", slug, draft.pk)
    groups = preview_by_section(upload) if upload and not upload.errors else []
    replaced = None if outdated else plan_replaced_by(upload, loaded_as=draft.source.plan_id)
    holdings = plan_holdings(replaced, upload) if replaced else []
    context = _context(draft, "load", upload=upload, groups=groups, outdated=outdated,
                       replaced=replaced, holdings=holdings)  # fmt: skip
    return render(request, "pilots/plan_draft_load.html", context)


@require_POST
def plan_draft_delete(request, slug, draft_id):
    """Delete a draft never loaded, with its source document, once the admin confirms."""
    draft = _draft(request, slug, draft_id)
    if request.POST.get("confirm") != "1":
        messages.error(request, _("未删除：请勾选确认后再删除。"))
        return redirect("plan-draft", slug, draft.pk)
    try:
        name = plan_draft_discard(draft_id=draft.pk)
    except DraftNotDeleted as exc:
        messages.error(request, exc.message)
        return redirect("plan-draft", slug, draft.pk)
    messages.success(request, _("已删除草稿及其原文文件“%(name)s”。") % {"name": name})
    return redirect("plan-drafts", slug)


def _source_response(request, source: PlanSource) -> HttpResponse:
    """The source document as a download of the type its content was found to be, in a
    sandbox that runs nothing; a page saying so when the file is no longer in the media folder
    (restored without it, removed by hand): the record and its text stay. A web page (or web
    archive) comes as its markup in a text file: saved as .html, opening it ran its scripts."""
    try:
        file = source.file.open("rb")
    except FileNotFoundError:
        return render(request, "pilots/plan_source_missing.html", status=404)
    stem = PurePath(source.file_name).stem or "plan"
    response = FileResponse(
        file, as_attachment=True, filename=f"{stem}.{source.kind}"
        + (".txt" if source.kind == PlanSource.Kind.HTML else ""),
        content_type={"pdf": "application/pdf", "html": "text/plain; charset=utf-8",
                      "txt": "text/plain; charset=utf-8",
                      "doc": "application/msword",
                      "docx": "application/vnd.openxmlformats-officedocument."
                              "wordprocessingml.document"}[source.kind],
    )  # fmt: skip
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@require_GET
def plan_draft_source(request, slug, draft_id):
    return _source_response(request, _draft(request, slug, draft_id).source)


@require_GET
def plan_source_file(request, code):
    """A loaded plan's source document, for everyone who sees the plan."""
    source = (
        PlanSource.objects.filter(plan__code=code, loaded_at__isnull=False)
        .select_related("plan").order_by("-loaded_at").first()
    )  # fmt: skip
    if source is None:
        raise Http404
    if not Access.of(request.user).can_view_zone(source.plan.zone_id):
        raise PermissionDenied
    return _source_response(request, source)
