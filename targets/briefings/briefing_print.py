"""A briefing (简报) as a printable document: DOCX and PDF read from this."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from pilots.models import PilotZone, Plan
from targets import palette
from targets.briefings import charts
from targets.briefings.briefing import BRIEFING_PARTS, Briefing, Period, zone_briefing
from targets.briefings.changes import Changes
from targets.briefings.documents import Document, Figure, Heading, Paragraph, Table
from targets.briefings.wording import (
    day_text,
    goal_text,
    number,
    percent,
    plan_title,
    value_text,
    zone_name,
)
from targets.dashboards.charts import VERDICT_ORDER
from targets.dashboards.labels import wrap_label
from targets.target_wording import stale_label

# A section's bar label: one line of so many columns (a CJK character takes two), cut with "…".
BAR_LABEL_COLUMNS = 48


def briefing_document_for(spec) -> Document:
    plan = Plan.objects.select_related("zone").get(pk=spec.plan_id)
    briefing = zone_briefing(
        zone=plan.zone,
        period=Period.parse(spec.period),
        today=datetime.date.fromisoformat(spec.today),
    )
    return briefing_document(briefing, language=spec.language)


def headline_rows(briefing: Briefing) -> list[list[str]]:
    """The zone dashboard's headline figures, as it shows them as of the same date."""
    f = briefing.figures
    return [
        [_("任务平均进度"), percent(f.progress)],
        [_("已完成任务"), f"{f.completed} / {f.tasks}"],
        [_("待核验"), str(f.awaiting_verification)],
        [_("红灯任务"), str(len(f.red_tasks))],
        [_("红灯指标"), str(len(f.red_targets))],
        [stale_label(briefing.ended_on), str(f.stale)],
        [_("未分配单位"), str(f.unassigned)],
    ]


def _headline_heading(briefing: Briefing) -> str:
    """A zone of several plans: the figures are the plan's (the zone's total follows them)."""
    if briefing.zone_figures is None:
        return _("主要数据")
    return _("本规划（%(plan)s）主要数据") % {
        "plan": plan_title(briefing.plan, briefing.zone_plans)
    }


def briefing_document(briefing: Briefing, *, language: str) -> Document:
    zone: PilotZone = briefing.zone
    document = Document(
        title=_("%(zone)s · 简报 · %(period)s")
        % {"zone": zone_name(zone), "period": briefing.period.label},
        subtitle=_("%(plan)s · 数据截至 %(day)s（%(start)s 至 %(end)s）")
        % {
            "plan": plan_title(briefing.plan) if briefing.plan else "—",
            "day": day_text(briefing.day_shown),
            "start": day_text(briefing.period.start),
            "end": day_text(briefing.as_of),
        },
        language=language,
    )
    if briefing.ended_on is not None:
        document.add(Paragraph(briefing.ended_text))
    if briefing.figures is None:
        document.add(Paragraph(_("该日期之前尚无汇总数据。")))
        return document
    document.add(
        Heading(_headline_heading(briefing)),
        Table(columns=[_("项目"), _("数值")], rows=headline_rows(briefing)),
    )
    if briefing.zone_figures is not None:
        document.add(Paragraph(briefing.zone_total_text))
    document.add(*_charts(briefing))
    document.add(*_targets(briefing))
    several = briefing.zone_figures is not None  # the changes are the plan's, not the zone's
    document.add(
        *changes_blocks(briefing.changes, heading=_("本规划本期变化") if several else None)
    )
    for part in BRIEFING_PARTS:
        document.add(*part(briefing))
    return document


def _charts(briefing: Briefing) -> list:
    f = briefing.figures
    blocks = []
    if briefing.progress:
        blocks.append(
            Figure(
                png=charts.line_chart(title=_("任务平均进度"), points=briefing.progress, unit="%"),
                caption=_("本期各次汇总的任务平均进度（%）"),
            )
        )
    verdicts = [v for v in VERDICT_ORDER if f.targets_by_verdict.get(v)]
    if verdicts:
        labels = {row["verdict"]: row["label"] for row in briefing.verdicts}
        blocks.append(
            Figure(
                png=charts.bar_chart(
                    title=_("指标结论"),
                    bars=[
                        (labels[v], f.targets_by_verdict[v], palette.verdict_colour(v))
                        for v in verdicts
                    ],
                ),
                caption=_("各结论的指标个数（期末汇总）"),
            )
        )
    if f.sections:
        blocks.append(
            Figure(
                png=charts.bar_chart(
                    title=_("各部分任务平均进度"),
                    bars=section_bars(f.sections),
                    unit="%",
                ),
                caption=_("规划各部分的任务平均进度（%）"),
            )
        )
    return blocks


def section_bars(sections) -> list[tuple[str, float, str]]:
    """Each top section's bar: its heading, cut where a line could break, and its progress."""
    return [
        (wrap_label(s.heading, columns=BAR_LABEL_COLUMNS, lines=1), s.progress, palette.BLUE)
        for s in sections
    ]


def _targets(briefing: Briefing) -> list:
    rows = [[t.metric, goal_text(t), value_text(t), t.verdict_label] for t in briefing.targets]
    return [
        Heading(_("指标结论")),
        _table([_("指标"), _("目标"), _("数值"), _("结论")], rows),
    ]


def changes_blocks(changes: Changes | None, *, heading: str | None = None) -> list:
    if changes is None:
        return []
    blocks = [
        Heading(heading or _("本期变化")),
        Paragraph(
            _("比较 %(before)s 与 %(after)s 的汇总。")
            % {"before": day_text(changes.since_shown), "after": day_text(changes.until_shown)},
            muted=True,
        ),
    ]
    blocks += [
        Heading(_("指标结论与数值的变化"), level=3),
        _table(
            [_("指标"), _("此前"), _("现在")],
            [
                [c.after.metric, _target_state(c.before), _target_state(c.after)]
                for c in changes.targets
            ],
        ),
        Heading(_("有进展或状态变化的任务"), level=3),
        _table(
            [_("编号"), _("任务"), _("此前"), _("现在")],
            [
                [m.after.code, m.after.title, _task_state(m.before), _task_state(m.after)]
                for m in changes.tasks
            ],
        ),
        Heading(_("新亮红灯"), level=3),
        _table(
            [_("类别"), _("名称")],
            [[_kind(x.kind), f"{x.code} {x.label}".strip()] for x in changes.new_red],
        ),
        Heading(_("红灯解除"), level=3),
        _table(
            [_("类别"), _("名称")],
            [[_kind(x.kind), f"{x.code} {x.label}".strip()] for x in changes.cleared_red],
        ),
    ]
    return blocks


def _table(columns, rows):
    return Table(columns=columns, rows=rows) if rows else Paragraph(_("无"), muted=True)


def _kind(kind: str) -> str:
    return _("任务") if kind == "task" else _("指标")


def _target_state(t) -> str:
    return f"{value_text(t)} · {t.verdict_label}" if t else "—"


def _task_state(t) -> str:
    return f"{t.status_label} {number(t.percent)}%" if t else "—"
