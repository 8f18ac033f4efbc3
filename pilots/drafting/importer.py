"""Drafting a plan fixture from a plan document's text: the steps put together.

clean the text → read its outline → find its parts, goals, sections and tasks → read every task's
agency annotations → name the agencies → write the fixture data with its review notes.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from django.utils.translation import pgettext

from pilots.drafting.agencies import AgencyDirectory
from pilots.drafting.annex_roles import annex_listed_roles
from pilots.drafting.annex_tasks import sections_with_annex_tasks, sections_with_task_list
from pilots.drafting.annotation_roles import (
    AnnotationRules,
    annotation_roles,
    rules_stated,
    subject_duty,
    unrecognised_names,
)
from pilots.drafting.annotations import annotations_in
from pilots.drafting.annotations_before import annotations_before_moved
from pilots.drafting.cited_figures import ALL_OWN, OwnFigures
from pilots.drafting.cleaning import source_text_prepare
from pilots.drafting.closing_parts import CLOSING
from pilots.drafting.contents_page import contents_left_out
from pilots.drafting.defined_names import short_forms_added, written_out
from pilots.drafting.division import division_assigned, division_table
from pilots.drafting.draft_header import draft_header
from pilots.drafting.due_dates import annotation_due, annual_year, time_line_due, year_list_at
from pilots.drafting.editor_notes import editor_note_left_out
from pilots.drafting.field_lines import field_lines_unnumbered
from pilots.drafting.fixture_data import agencies_data, section_data
from pilots.drafting.goal_readings import cut_tail
from pilots.drafting.goal_regions import (
    annex_goal_regions,
    figure_restated,
    figures_stated,
    goal_regions,
    region_unstated,
    stage_goal_regions,
    table_restated,
    undated_goal_regions,
)
from pilots.drafting.goals import GoalRegion, goals_of, region_deadlines
from pilots.drafting.group_lines import article_lines_read, group_lines_read
from pilots.drafting.handed_roles import annotation_handed, handed_in, points_covered
from pilots.drafting.indented_outline import levels_indented
from pilots.drafting.indicators import spaced_tables_as_cells
from pilots.drafting.item_goals import item_goal_regions
from pilots.drafting.item_kinds import clause_words
from pilots.drafting.joint_bodies import JointPlaces
from pilots.drafting.leading_roles import leading_roles_moved
from pilots.drafting.metadata import plan_metadata, plan_title, zone_checked, zone_guess
from pilots.drafting.opening_items import opening_tasks
from pilots.drafting.outline import outline_read, table_preamble
from pilots.drafting.output import Draft, texts_fitted
from pilots.drafting.parts import parts_of
from pilots.drafting.prose_roles import prose_roles
from pilots.drafting.referred_roles import ItemsRead, referring_annotation
from pilots.drafting.run_on_points import points_split
from pilots.drafting.section_annotations import (
    every_task_annotated,
    heading_roles_added,
    inherited_annotations,
)
from pilots.drafting.sections import SectionDraft, TaskDraft, codes_made_unique, sections_of
from pilots.drafting.signature import annex_signature
from pilots.drafting.spaced_tables import spaced_tables
from pilots.drafting.target_owners import owners_coded, owners_missing
from pilots.drafting.task_cards import cards_as_lines
from pilots.drafting.task_roles import implied_span, unlisted_covered
from pilots.drafting.text_tables import tab_cells, text_tables_as_lines
from pilots.drafting.translations import translations_left_out
from pilots.drafting.work_report import work_report_area, work_report_goals
from pilots.roles import AgencyRole

_PLAN_KEYS = ("code", "title", "issuer", "doc_number", "issued_on", "period_start", "period_end",
              "milestone_years", "source_file")  # fmt: skip


def plan_draft(
    text: str,
    *,
    zone_slug: str,
    source_file: str,
    plan_code: str | None = None,
    zone: dict[str, Any] | None = None,
) -> Draft:
    """Draft a plan fixture from a plan document's raw text.

    ``zone`` is the zone entry of a zone the system already knows (slug, name, level …); without
    it the zone is guessed from the text and marked for review.
    """
    # 目录 / 导读: not the plan's own lines (a 目录's lines are the chapters' again)
    text = editor_note_left_out(contents_left_out(levels_indented(text)))
    prepared = tab_cells(spaced_tables_as_cells(spaced_tables(text)))
    cleaned = source_text_prepare(prepared)
    chinese = translations_left_out(prepared)  # before the cleaning cuts English into lines
    reading = cleaned.text if chinese == prepared else source_text_prepare(chinese).text
    root = outline_read(
        annotations_before_moved(
            leading_roles_moved(
                text_tables_as_lines(cards_as_lines(field_lines_unnumbered(reading)))
            )
        )
    )
    preamble, parts = parts_of(root)
    draft = Draft(data={})
    lines = [n.line.raw for n in root.walk()]
    # the document is its table (the part after the table aside: its safeguards, closing_parts)
    table_only = bool(root.annex_title) and all(n.line.style == CLOSING for n in root.children)
    if table_only:
        lines.append(root.annex_title)  # the document is its table: its title is the plan's
    title, title_sure = plan_title(reading, lines)
    if zone and title_sure:
        zone_checked(zone, title, draft)
    zone_entry = dict(zone) if zone else zone_guess(zone_slug, title, reading, draft)
    sections = opening_tasks(preamble) + sections_of(parts)
    report = work_report_area(title, sections, root.annex)  # its one area: the plan
    annexed = None if report else sections_with_annex_tasks(
        sections,
        [root.annex_title, *root.annex] if table_only else root.annex,
        annual_year(title),
    )  # fmt: skip
    if annexed is None and not report:
        annexed = sections_with_task_list(sections, root.annex)  # the year's list beside them
    division, marks = ([], []) if annexed or report else division_table(root.annex)
    if report:
        sections = report[0]
    sections = annexed or sections
    points_split(sections)  # 一是…（X牵头）；二是…（Y负责）: a task each
    codes_made_unique(sections, {}, {})
    group_lines_read(sections)  # 以上任务由X牵头，Y配合。: the roles of the items above
    article_lines_read(sections, reading)  # 第十六条至第十九条…由X牵头: those articles'
    rules = rules_stated(reading)
    tasks = [t for s in sections for t in s.all_tasks()]
    numberings = [t.numbering for t in tasks]
    assigned = {  # a task's index → the annotation of the annex's row naming it (or numbered so)
        task: division[row][1]
        for task, row in division_assigned(
            [t.title for t in tasks], division, numberings, marks
        ).items()
    }
    if not annexed and not division:  # 第一条　标题　X、Y: an annex line of names per article
        assigned = report[1] if report else annex_listed_roles(root.annex, sections)
    year = annual_year(title)  # times printed without their year (6月底前) fall in it
    # roles and dues (an annex row's 完成时限) first: an item's figure with no year is due then
    listed = year_list_at(root.annex)  # one year's steps: their times date no task of more years
    steps = bool(listed) and listed[1] != year
    directory = agencies_read(sections, zone_entry["name"], rules, assigned, year, steps)
    regions = (
        work_report_goals(parts)  # the area's figure among the year's expected ones
        if report
        else goal_regions(parts, preamble + (table_preamble(root.annex) if table_only else []))
    )
    items = item_goal_regions(sections, labelled=bool(regions)) + stage_goal_regions(parts)
    if not regions:
        regions, items = undated_goal_regions(preamble, sections) + items, []
    for region in regions + items:
        region.cut_end = cut_tail(lines)  # a figure at the end of a cut copy may be cut too
    annexed_goals = annex_goal_regions(root.annex_title, root.annex, bool(assigned))
    cited = OwnFigures(year=annual_year(title))  # a year's work: not the later goals it cites
    milestones = sorted(
        {year for r in regions + items + annexed_goals for year in region_deadlines(r, cited)}
    )
    dues = sorted({int(t.due[:4]) for s in sections for t in s.all_tasks() if t.due})
    signed = lines + root.signature  # the closing signature dates an opinion issued as it is
    signed += annex_signature(root.annex)  # …附件：X表, then the issuer and the date
    plan = plan_metadata(signed, [p.line.raw for p in preamble], title, milestones, draft, dues)
    plan.update(code=plan_code or f"{zone_slug}-ai", source_file=source_file)
    if not plan_code:
        draft.review(
            "plan.code", pgettext("review", "规划代码按试验区默认生成：请确认没有与其他规划重复")
        )
    if not title_sure:
        draft.review("plan.title", pgettext("review", "未找到《…》标题或标题行：取第一行作标题"))
    own = replace(cited, issued=plan.get("issued_on"))
    period = (plan["period_start"], plan["period_end"])
    goals = _goals(regions, items, annexed_goals, period, draft, own)
    data: dict[str, Any] = {"format": 1, "zone": zone_entry}
    data["plan"] = {key: plan[key] for key in _PLAN_KEYS if key in plan}
    if cleaned.cleaning:
        data["source_cleaning"] = cleaned.cleaning
    data["agencies"] = agencies_data(directory, draft)
    owners_coded(goals, directory, draft)  # the agencies have their codes now
    owners_missing(goals, draft)
    data["goals"] = goals
    data["sections"] = [
        section_data(s, directory, draft, f"sections[{i}]") for i, s in enumerate(sections)
    ]
    draft.data = data
    texts_fitted(draft)
    written_once = len({id(s) for s in _all_sections(sections) if s.annotation})
    written_once += len(assigned)  # the annex's rows naming tasks
    draft.header = draft_header(draft, cleaned, source_file, rules, written_once)
    return draft


def _goals(
    regions: list[GoalRegion],
    items: list[GoalRegion],
    annexed: list[GoalRegion],
    period: tuple[int, int],
    draft: Draft,
    own: OwnFigures = ALL_OWN,
) -> list[dict[str, Any]]:
    """The goals of the body's regions; then the items that commit to figures of their own
    (每年新增开放数据集不少于100个) less those the goals state already (a goal paragraph that is
    also a task, 力争到2027年…); then an annex's indicator table less the figures stated before
    it (a table often repeats the goal sentences). Figures dated before the ``period`` are
    baselines."""
    start, plan_end = period
    if items or annexed:
        stated = [
            t for g in goals_of(regions, plan_end, Draft(data={}), start, own) for t in g["targets"]
        ]
        restated = partial(figure_restated, stated=figures_stated(stated))
        stated_with_date = table_restated(stated)
        items = [
            replace(r, restated=r.restated or restated)
            for r in (region_unstated(r, restated, plan_end) for r in items)
            if r
        ]
        annexed = [
            r for r in (region_unstated(r, stated_with_date, plan_end) for r in annexed) if r
        ]
    goals = goals_of(regions + items + annexed, plan_end, draft, start, own)
    if not goals:
        draft.review("goals", pgettext("review", "未找到目标部分：请补充规划的目标和指标"))
    elif not any("目标" in region.title for region in regions):
        draft.review("goals", pgettext("review", "无目标标题：以含“到YYYY年”的段落作目标，请核对"))
    return goals


def _unrecognised_notes(roles: list[tuple[str, str]]) -> list[str]:
    names = unrecognised_names(roles)
    if not names:
        return []
    return [
        pgettext("review", "名称未被识别为单位，请核对：%(names)s") % {"names": "、".join(names)}
    ]


def _unlisted_note(rules: AnnotationRules) -> str:
    if rules.unlisted_all:
        return pgettext("review", "未标注责任单位：按原文“本方案各项任务由……”一条指定，请核对")
    return pgettext("review", "未标注责任单位：按原文“未列明责任单位的任务”一条指定，请核对")


def agencies_read(
    sections: list[SectionDraft],
    zone_name: str,
    rules: AnnotationRules,
    assigned: dict[int, str] | None = None,
    year: int | None = None,
    steps: bool = False,
) -> AgencyDirectory:
    """Read every task's annotations into its roles; several annotations make one clause each.
    An actor the text names once for every task after it (or after it in its part) is responsible
    for each of them, or their lead when the rule says 牵头 (``implied_span``); a task with no
    annotation takes the annotation of the annex's division table row naming it
    (``assigned``, by the task's index among all tasks); one annotated itself takes only the row's
    完成时限 (the annex restating it dates it) — unless the rows are one year's ``steps`` of
    the tasks. A time printed without its year falls in ``year``, the one the document is for."""
    parsed: list[tuple[TaskDraft, list[tuple[str, list[tuple[str, str]]]]]] = []
    all_names: list[str] = list(rules.implied_actors)
    tasks = [t for s in sections for t in s.all_tasks()]
    inherited = inherited_annotations(sections)
    combined = every_task_annotated(sections)  # under a heading's lead, each with its own units
    unlisted = unlisted_covered(sections, rules)
    # a safeguard's bodies hold an office or receive reports ("办公室设在X，负责日常工作"): no role
    safeguards = {id(t) for s in sections if s.kind == "safeguard" for t in s.all_tasks()}
    items, defined = ItemsRead.of(sections), rules.defined_names
    for index, task in enumerate(tasks):
        pieces = []
        start = len(task.title) + 1 if task.text.startswith(task.title + "。") else 0
        written = task.group_annotation or inherited.get(id(task), "")
        annotations = annotations_in(task.text) or annotations_in(written)
        dues = [annotation_due(found.inside, year)[0] for found in annotations]
        task.due = task.due or max(filter(None, dues), default=None)  # its last clause's
        task.due = task.due or time_line_due(task.text, year)  # 时间节点：… on its own line
        referring = referring_annotation(task.text)  # （责任单位：同上）: another item's roles
        if referring:
            annotations = [a for a in annotations if a.end <= referring.start]
            annotations.append(referring)
            task.due = task.due or annotation_due(referring.own, year)[0]
        for found in annotations:
            count = 1
            if found is referring:
                own = annotation_roles(written_out(found.own, defined), rules)
                roles = items.resolved(task, found, own)
            else:  # 其中…由Y负责 hands a sub-item on; 以上两项由X负责 covers the point before
                inside, handed, count = annotation_handed(found.inside)
                roles = annotation_roles(written_out(inside, defined), rules, cut=found.cut)
                roles += handed + handed_in(task.text[start : found.start])
            task.notes += _unrecognised_notes(roles)
            piece = task.text[start : found.end].strip().lstrip("。；;").strip()  # …（X）；二是…
            pieces += [(clause_words(p), roles) for p in points_covered(piece, count)]
            all_names += [name for _, name in roles]
            start = found.end
        if pieces and id(task) in combined:
            pieces = heading_roles_added(pieces, inherited[id(task)], rules)
        elif pieces and task.group_annotation and annotations_in(task.text):
            # a line covering items that all carry their own (以上各项工作，X负责本辖区落实)
            pieces = heading_roles_added(pieces, task.group_annotation, rules)
        subject = [] if pieces else subject_duty(task.text)
        if subject:
            pieces.append(("", [(AgencyRole.RESPONSIBLE.value, name) for name in subject]))
            all_names += subject
        row = (assigned or {}).get(index)  # the annex's division row restating the task
        if row and not (pieces and steps):  # its time column dates the task
            task.due = task.due or annotation_due(row, year)[0]
        if row and not pieces:  # and its roles where the task names none
            roles = annotation_roles(row, rules)
            pieces.append(("", roles))
            all_names += [name for _, name in roles]
            task.notes.append(pgettext("review", "单位取自附件的任务分工表：请核对该行"))
        prose = [] if pieces or id(task) in safeguards else prose_roles(task.text)
        if prose:  # 由X牵头，Y配合，做好…: an annotation written in the article's words
            pieces.append(("", prose))
            all_names += [name for _, name in prose]
        if not pieces and id(task) in unlisted:  # the closing rule for tasks naming nobody
            pieces.append(("", rules.unlisted))
            all_names += [name for _, name in rules.unlisted]
            task.notes.append(_unlisted_note(rules))
        parsed.append((task, pieces))
        items.record(task, [pair for _, roles in pieces for pair in roles])
    joint = JointPlaces.of(all_names, zone_name)  # 两省X, 三市X: the body of each place
    if joint.places:
        parsed = [(t, [(p, joint.roles(roles)) for p, roles in pieces]) for t, pieces in parsed]
        named = [name for _, pieces in parsed for _, roles in pieces for _, name in roles]
        all_names = list(rules.implied_actors) + named
    directory = AgencyDirectory(zone_name, all_names)
    directory.places = joint.places
    covered = implied_span(sections, rules)
    stated_once = [(rules.implied_role, name) for name in rules.implied_actors]
    for index, (task, pieces) in enumerate(parsed):
        implied = stated_once if index in covered else []
        for piece, roles in pieces or [("", [])]:
            assigned = _assigned(directory, roles, implied)
            if len(pieces) <= 1:
                task.roles = assigned
            else:
                task.clauses.append({"text": piece, **assigned})
    short_forms_added(directory.agencies.values(), defined)
    return directory


def _assigned(
    directory: AgencyDirectory, roles: list[tuple[str, str]], implied: list[tuple[str, str]]
) -> dict[str, list[str]]:
    prefix = directory.list_prefix([name for _, name in roles])
    assigned: dict[str, list[str]] = {}
    seen: set[str] = set()  # an agency named twice keeps its first role
    for role, name in roles + implied:
        key = directory.add(name, prefix).key
        if key not in seen:
            seen.add(key)
            assigned.setdefault(role, []).append(key)
    return assigned


def _all_sections(sections: list[SectionDraft]) -> list[SectionDraft]:
    return [x for s in sections for x in [s, *_all_sections(s.sections)]]


def zone_known(slug: str, fixtures_dir: Path) -> dict[str, Any] | None:
    """The zone entry of a zone the system knows: from the database, else from a plan fixture
    (also when the database cannot be read)."""
    # Imported here so the text parsing above works without Django set up.
    from django.db import DatabaseError

    from pilots.models import PilotZone

    try:
        zone = PilotZone.objects.filter(slug=slug).select_related("parent").first()
    except DatabaseError:
        # Drafting is text work: a database not yet migrated, or down, leaves the fixtures.
        zone = None
    if zone is not None:
        entry: dict[str, Any] = {"slug": zone.slug, "name": zone.name}
        if zone.name_en:
            entry["name_en"] = zone.name_en
        entry["level"] = zone.level
        if zone.parent:
            entry["parent"] = zone.parent.slug
        return entry
    for path in sorted(Path(fixtures_dir).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("zone", {}).get("slug") == slug:
            return data["zone"]
    return None
