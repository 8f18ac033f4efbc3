"""The final evaluation (终期评估) as a printable document: DOCX and PDF read from this."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _

from pilots.models import Plan
from targets import palette
from targets.briefings import charts
from targets.briefings.documents import Document, Figure, Heading, Paragraph, Table
from targets.briefings.evaluation import FinalEvaluation, final_evaluation
from targets.briefings.wording import (
    day_text,
    figure_text,
    goal_text,
    number,
    percent,
    plan_title,
    value_text,
    zone_name,
)
from targets.dashboards.charts import STATUS_ORDER, VERDICT_ORDER
from targets.figures import TargetFigures, status_labels, verdict_labels
from targets.target_wording import why_text
from tasks.models import TaskAssignment


def evaluation_document_for(spec) -> Document:
    plan = Plan.objects.select_related("zone").get(pk=spec.plan_id)
    today = datetime.date.fromisoformat(spec.today)
    return evaluation_document(final_evaluation(plan=plan, today=today), language=spec.language)


def evaluation_document(evaluation: FinalEvaluation, *, language: str) -> Document:
    plan = evaluation.plan
    document = Document(
        title=_("%(plan)s · 终期评估") % {"plan": plan_title(plan)},
        subtitle=_(
            "%(zone)s · 规划期 %(start)s–%(end)s · 期末数据截至 %(day)s · 当前数据截至 %(now)s"
        )
        % {
            "zone": zone_name(plan.zone),
            "start": plan.period_start,
            "end": plan.period_end,
            "day": day_text(evaluation.end_day_shown),
            "now": day_text(evaluation.now_day_shown),
        },
        language=language,
    )
    if evaluation.at_end is None:
        document.add(Paragraph(_("规划期内尚无汇总数据。")))
        return document
    document.add(*_summary(evaluation))
    document.add(*_targets(evaluation))
    document.add(*_agencies(evaluation))
    document.add(*_tasks(evaluation))
    return document


def _summary(evaluation: FinalEvaluation) -> list:
    end = evaluation.at_end
    verdicts = verdict_labels()
    at_deadline, now = evaluation.verdicts_at_deadline, evaluation.verdicts_now
    shown = [v for v in VERDICT_ORDER if at_deadline.get(v) or now.get(v)]
    statuses = evaluation.tasks_by_status
    blocks = [
        Heading(_("总体情况")),
        Table(
            columns=[_("项目"), _("规划期末")],
            rows=[
                [_("任务平均进度"), percent(end.progress)],
                [_("已完成任务"), f"{end.completed} / {end.tasks}"],
                [_("其中已核验"), str(end.verified)],
                [_("红灯任务"), str(len(end.red_tasks))],
                [_("量化指标"), str(end.targets)],
            ],
        ),
    ]
    if shown:
        blocks.append(
            Figure(
                png=charts.paired_bar_chart(
                    title=_("指标结论：截止时与当前"),
                    labels=[verdicts[v] for v in shown],
                    before=[at_deadline.get(v, 0) for v in shown],
                    after=[now.get(v, 0) for v in shown],
                    legend=(_("截止时"), _("当前")),
                    colours=[palette.verdict_colour(v) for v in shown],
                ),
                caption=_("各结论的指标个数（截止时：截止后判定的结论；当前：最近一次汇总）"),
            )
        )
    labels = status_labels()
    blocks.append(
        Figure(
            png=charts.bar_chart(
                title=_("规划期末的任务状态"),
                bars=[(labels[s], statuses.get(s, 0), palette.STATUS[s]) for s in STATUS_ORDER],
            ),
            caption=_("各状态的任务个数（规划期末的汇总）"),
        )
    )
    return blocks


def _targets(evaluation: FinalEvaluation) -> list:
    rows = []
    for outcome in evaluation.targets:
        f, judged, now = outcome.figures, outcome.at_deadline, outcome.now
        value, day = outcome.deadline_figure
        rows.append(
            [
                f.metric,
                goal_text(f),
                str(f.deadline_year),
                figure_text(value, f.unit, day, of=judged) if judged else _("未到截止时间"),
                _verdict_text(judged, None),
                value_text(now),
                _verdict_text(now, judged),
                f.owner or "—",
            ]
        )
    return [
        Heading(_("指标：截止时与当前")),
        Table(
            columns=[
                _("指标"),
                _("目标"),
                _("截止年份"),
                _("截止时数值"),
                _("截止时结论"),
                _("当前数值"),
                _("当前结论"),
                _("责任单位"),
            ],
            rows=rows,
        )
        if rows
        else Paragraph(_("本规划没有量化指标。")),
    ]


def _verdict_text(f: TargetFigures | None, shown: TargetFigures | None) -> str:
    """The verdict and why, unless the same why is shown beside it (``shown``)."""
    if f is None:
        return "—"
    why = why_text(f)
    if not why or (shown is not None and why_text(shown) == why):
        return f.verdict_label
    return _("%(verdict)s（%(why)s）") % {"verdict": f.verdict_label, "why": why}


def _agencies(evaluation: FinalEvaluation) -> list:
    rows = []
    for record in evaluation.agencies:
        f = record.figures
        rows.append(
            [
                f.name,
                str(record.tasks),
                str(record.completed),
                percent(record.progress) if record.tasks else "—",
                str(f.supporting.tasks if f.supporting else 0),
                number(f.score.score) if f.score else "—",
                "、".join(f"{verdict_labels().get(v, v)} {n}" for v, n in f.targets.items()) or "—",
            ]
        )
    return [
        Heading(_("各单位：规划期末")),
        Table(
            columns=[
                _("单位"),
                _("牵头/责任任务"),
                _("已完成"),
                _("平均进度"),
                _("配合任务"),
                _("考核得分"),
                _("所负责指标"),
            ],
            rows=rows,
        )
        if rows
        else Paragraph(_("无")),
    ]


def _tasks(evaluation: FinalEvaluation) -> list:
    names = {record.id: record.figures.short_name for record in evaluation.agencies}
    rows = [
        [
            task.code,
            task.title,
            task.status_label,
            percent(task.percent),
            _("是") if task.verified else "",
            "、".join(
                names.get(a, "")
                for a, role in task.assignments
                if role != TaskAssignment.Role.SUPPORTING
            )
            or "—",
        ]
        for task in evaluation.tasks
    ]
    return [
        Heading(_("任务：规划期末的状态")),
        Table(
            columns=[_("编号"), _("任务"), _("状态"), _("进度"), _("已核验"), _("牵头/责任单位")],
            rows=rows,
        ),
    ]
