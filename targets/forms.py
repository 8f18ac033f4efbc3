import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pilots.models import Agency, PilotZone
from pilots.plan_period import outside_period, plan_period
from pilots.validators import PlainTextField
from pilots.widgets import NamesSelect
from targets.models import Observation, Target
from targets.plan_dates import figure_date_ahead
from targets.units import unit_shown


class ObservationForm(forms.Form):
    """A value of a target as of a date, or for a whole year (dated 31 December).

    The date lies within the plan's period, and is not after today: a figure is a count made,
    not a forecast. A date after the plan's end stays refused even when reported late: an ended
    plan is judged at its end (its last year's figure, dated 31 December of its last year, is
    the one to report late). The current year's whole-year figure is accepted before the year
    ends (a 预计全年 figure reported in its last weeks, corrected with a reason once counted);
    a later year is not.
    """

    value = forms.DecimalField(label=_("数值"), min_value=0, max_digits=18, decimal_places=4)
    year = forms.IntegerField(label=_("年度"), required=False, help_text=_("全年数据填年度"))
    as_of = forms.DateField(
        label=_("或统计截止日期"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    source = PlainTextField(label=_("数据来源"), max_length=200, required=False)
    note = PlainTextField(label=_("备注"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    reason = PlainTextField(
        label=_("更正原因"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=_("更正已填报日期的数值时必填；原数值保留在更正记录中。"),
    )

    def __init__(self, *args, target, **kwargs):
        super().__init__(*args, **kwargs)
        self.target = target
        self.fields["value"].label = _("数值（%(unit)s）") % {"unit": unit_shown(target.unit)}
        # A year outside the plan is refused here, before it could become a date.
        plan = target.plan
        period = _("日期须在规划期内（%(start)s 至 %(end)s）。") % {
            "start": plan.period_start, "end": plan.period_end}  # fmt: skip
        year = self.fields["year"]
        year.min_value, year.max_value = plan.period_start, plan.period_end
        year.validators += [MinValueValidator(plan.period_start, period),
                            MaxValueValidator(plan.period_end, period)]  # fmt: skip
        year.widget.attrs.update(min=plan.period_start, max=plan.period_end)

    def clean(self):
        data = super().clean()
        year, as_of = data.get("year"), data.get("as_of")
        if year and as_of:
            raise ValidationError(_("年度与统计截止日期只填一项。"))
        if year:
            as_of = datetime.date(year, 12, 31)
        if not as_of:
            if not self.has_error("year") and not self.has_error("as_of"):
                raise ValidationError(_("请填写年度或统计截止日期。"))
            return data
        plan = self.target.plan
        start, end = plan_period(plan)
        if self.has_error("year"):
            return data
        field = "year" if year else "as_of"
        today = timezone.localdate()
        if not start <= as_of <= end:
            self.add_error(field, outside_period(plan))
        elif figure_date_ahead(as_of, today):
            self.add_error(
                field,
                _("日期不能晚于今天（%(today)s）：请填报已统计的数值，不填预测值。")
                % {"today": today.isoformat()},
            )
        data["as_of"] = as_of
        if not data.get("reason") and self._corrects(as_of, data):
            self.add_error("reason", _("该日期已有填报数值，更正须说明原因。"))
        return data

    def _corrects(self, as_of: datetime.date, data: dict) -> bool:
        """Whether the figure replaces a different one already reported for the date."""
        earlier = Observation.objects.filter(target=self.target, as_of=as_of).first()
        if earlier is None or data.get("value") is None:
            return False
        return (earlier.value, earlier.source, earlier.note) != (
            data["value"],
            data.get("source", ""),
            data.get("note", ""),
        )


class TargetOwnerForm(forms.Form):
    target = forms.ModelChoiceField(
        label=_("指标"), queryset=Target.objects.none(), widget=NamesSelect
    )
    owner = forms.ModelChoiceField(
        label=_("责任单位"), queryset=Agency.objects.none(), widget=NamesSelect
    )

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = Target.objects.filter(
            plan__zone=zone, archived_at__isnull=True
        ).order_by("plan__code", "order")
        self.fields["owner"].queryset = Agency.objects.filter(zone=zone, archived_at__isnull=True)


class OverviewFilter(forms.Form):
    """The all-zones dashboard's filters, sort and page (an invalid value is simply ignored)."""

    q = PlainTextField(label=_("搜索试验区"), max_length=100, required=False)
    level = forms.ChoiceField(
        label=_("层级"), choices=[("", _("全部")), *PilotZone.Level.choices], required=False
    )
    sort = forms.ChoiceField(
        label=_("排序"),
        choices=[
            ("zone", _("试验区")),
            ("progress", _("任务平均进度")),
            ("red_tasks", _("红灯任务")),
            ("red_targets", _("红灯指标")),
            ("stale", _("久未更新占比")),
            ("completed", _("已完成占比")),
        ],
        required=False,
    )
    desc = forms.BooleanField(label=_("从高到低"), required=False)
    page = forms.IntegerField(min_value=1, max_value=100_000, required=False)

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        return {
            "query": data.get("q") or "",
            "level": data.get("level") or "",
            "sort": data.get("sort") or "zone",
            "descending": bool(data.get("desc")),
            "page": data.get("page") or 1,
        }
