"""The briefing's part on instructions (督办): for each agency of the zone that was sent one, how
many it was sent in the period, how many answers it gave in the period, and how many of its
parts stood overdue (past the reply date, not answered) at the period's end. Read from each
instruction's append-only timeline, so a past period reads as it stood then."""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict

from django.utils import timezone
from django.utils.translation import gettext as _

from targets.briefings.briefing import Briefing
from targets.briefings.documents import Heading, Paragraph, Table
from tasks.models import InstructionEvent, InstructionRecipient

Kind = InstructionEvent.Kind


def instructions_part(briefing: Briefing) -> list:
    start, end = briefing.period.start, briefing.as_of
    parts = list(
        InstructionRecipient.objects.filter(
            instruction__zone=briefing.zone, instruction__issued_at__lt=_end_of(end)
        ).select_related("agency", "instruction")
    )
    if not parts:
        return [Heading(_("督办落实")), Paragraph(_("截至期末没有督办事项。"), muted=True)]
    answers = _answers_until(briefing, end)
    opened, answered, overdue = Counter(), Counter(), Counter()
    for part in parts:
        key = (part.instruction_id, part.agency_id)
        if start <= timezone.localdate(part.instruction.issued_at) <= end:
            opened[part.agency] += 1
        answered[part.agency] += sum(start <= day <= end for day, _kind in answers[key])
        last = answers[key][-1][1] if answers[key] else None
        if part.instruction.reply_by < end and last in (None, Kind.RETURNED):
            overdue[part.agency] += 1
    agencies = sorted({p.agency for p in parts}, key=lambda a: (-overdue[a], a.name))
    rows = [[a.name, str(opened[a]), str(answered[a]), str(overdue[a])] for a in agencies]
    columns = [_("单位"), _("本期下达"), _("本期答复"), _("期末逾期未答复")]
    return [Heading(_("督办落实")), Table(columns=columns, rows=rows)]


def _answers_until(briefing: Briefing, end: datetime.date) -> defaultdict:
    """Each (instruction, agency)'s replies and returns up to ``end``, oldest first."""
    found = defaultdict(list)
    events = InstructionEvent.objects.filter(
        instruction__zone=briefing.zone,
        kind__in=[Kind.REPLIED, Kind.RETURNED],
        created_at__lt=_end_of(end),
    ).order_by("created_at", "id")
    for event in events.values("instruction_id", "agency_id", "kind", "created_at"):
        day = timezone.localdate(event["created_at"])
        found[(event["instruction_id"], event["agency_id"])].append((day, event["kind"]))
    return found


def _end_of(day: datetime.date) -> datetime.datetime:
    after = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(after)
