import copy
import datetime
import re
import time

import pytest
import yaml
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from pilots.models import Agency, PilotZone, Plan
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse
from pilots.plan_loading import plans_load
from targets.models import Target
from tasks.models import Section, StatusUpdate, Task, TaskAssignment, TaskClause, TaskStatus

PLAN = {
    "format": 1,
    "zone": {"slug": "testzone", "name": "测试市", "level": "city"},
    "plan": {
        "code": "test-ai",
        "title": "测试市人工智能实施方案",
        "period_start": 2020,
        "period_end": 2023,
        "issued_on": "2020-05-19",
    },
    "agencies": [
        {
            "code": "kjj",
            "name": "测试市科学技术局",
            "aliases": ["市科技局"],
            "category": "science_technology",
        },
        {
            "code": "fgw",
            "name": "测试市发展和改革委员会",
            "aliases": ["市发改委"],
            "category": "development_reform",
        },
    ],
    "goals": [
        {
            "code": "G1",
            "title": "产业规模",
            "targets": [
                {
                    "code": "T1",
                    "metric": "核心产业规模",
                    "unit": "亿元",
                    "comparator": "gt",
                    "value": 500,
                    "deadline": 2023,
                    "aggregation": "stock",
                    "source_phrase": "核心产业规模超过500亿元",
                },
                {
                    "code": "T2",
                    "metric": "其中软件",
                    "unit": "亿元",
                    "comparator": "range",
                    "value": 1,
                    "value_max": 2,
                    "deadline": 2023,
                    "aggregation": "flow",
                    "per_year": True,
                    "parent": "T1",
                    "source_phrase": "每年1-2亿元",
                },
            ],
        },
    ],
    "sections": [
        {
            "code": "三.(一)",
            "numbering": "三、(一)",
            "title": "研究",
            "kind": "key_task",
            "tasks": [
                {
                    "code": "三.(一).1",
                    "numbering": "1.",
                    "title": "任务甲",
                    "text": "任务甲。正文。",
                    "lead": ["kjj"],
                    "supporting": ["fgw"],
                },
                {
                    "code": "三.(一).2",
                    "numbering": "2.",
                    "title": "任务乙",
                    "text": "任务乙。甲(责任单位:市科技局)乙(责任单位:市发改委)",
                    "clauses": [
                        {"text": "甲(责任单位:市科技局)", "responsible": ["kjj"]},
                        {"text": "乙(责任单位:市发改委)", "responsible": ["fgw"]},
                    ],
                },
            ],
        },
    ],
}


def doc(data=None, name="test.yaml"):
    return plan_document_parse(name=name, text=yaml.safe_dump(data or PLAN, allow_unicode=True))


def edited(change):
    data = copy.deepcopy(PLAN)
    change(data)
    return data


def errors_of(text, name="bad.yaml"):
    with pytest.raises(PlanFixtureInvalid) as exc:
        plan_document_parse(name=name, text=text)
    return [str(e) for e in exc.value.errors]


def errors_for(change):
    return errors_of(yaml.safe_dump(edited(change), allow_unicode=True))


@pytest.fixture
def english():
    with translation.override("en"):
        yield


def test_load_creates_the_whole_plan(db):
    report = plans_load([doc()])
    plan = Plan.objects.get(code="test-ai")
    assert plan.issued_on == datetime.date(2020, 5, 19)
    assert plan.zone.slug == "testzone"
    assert Task.objects.filter(plan=plan).count() == 2
    t1, t2 = Target.objects.order_by("order")
    assert (t1.comparator, t1.value, t2.value_max, t2.parent) == ("gt", 500, 2, t1)
    task2 = Task.objects.get(code="三.(一).2")
    clause_agencies = {(a.clause.number, a.role, a.agency.code) for a in task2.assignments.all()}
    assert clause_agencies == {(1, "responsible", "kjj"), (2, "responsible", "fgw")}
    assert report.counts()["created"] == 1 + 1 + 2 + 1 + 2 + 1 + 2 + 2 + 4
    assert Plan.objects.get().loaded_at is not None


def test_second_load_changes_nothing(db):
    plans_load([doc()])
    report = plans_load([doc()])
    assert report.changes == []
    assert report.summary() == "0 created, 0 updated, 0 archived"


def test_dry_run_reports_without_writing(db):
    report = plans_load([doc()], dry_run=True)
    assert report.counts()["created"] > 0
    assert not Plan.objects.exists()
    assert not PilotZone.objects.exists()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["sections"][0]["tasks"][0].__setitem__("lead", ["nope"]),
            "bad.yaml: sections[0].tasks[0].lead[0]: unknown agency 'nope' (not in agencies)",
        ),
        (
            lambda d: d["sections"][0]["tasks"][1].__setitem__("code", "三.(一).1"),
            "bad.yaml: sections[0].tasks[1].code: duplicate task code '三.(一).1'",
        ),
        (
            lambda d: d["goals"][0]["targets"][0].__setitem__("comparator", "at least"),
            "bad.yaml: goals[0].targets[0].comparator: 'at least' is not one of: "
            "gte, gt, eq, approx, range, lte, lt",
        ),
        (
            lambda d: d["goals"][0]["targets"][0].__setitem__("value", "五百"),
            "bad.yaml: goals[0].targets[0].value: '五百' is not of type number",
        ),
        (
            lambda d: d["goals"][0]["targets"][1].pop("value_max"),
            "bad.yaml: goals[0].targets[1]: 'value_max' is a required property",
        ),
        (
            lambda d: d["goals"][0]["targets"][1].__setitem__("value_max", 1),
            "bad.yaml: goals[0].targets[1].value_max: must be greater than value",
        ),
        (
            lambda d: d["goals"][0]["targets"][1].__setitem__("parent", "T9"),
            "bad.yaml: goals[0].targets[1].parent: unknown parent target 'T9'",
        ),
        (
            lambda d: d["agencies"][1]["aliases"].append("市科技局"),
            "bad.yaml: agencies[1].aliases[1]: '市科技局' already names agency 'kjj'",
        ),
        (
            lambda d: d["plan"].__setitem__("issued_on", "2020-02-30"),
            "bad.yaml: plan.issued_on: '2020-02-30' is not a valid date",
        ),
        (
            lambda d: d["plan"].pop("title"),
            "bad.yaml: plan: 'title' is a required property",
        ),
    ],
    ids=[
        "unknown-agency",
        "duplicate-task-code",
        "bad-comparator",
        "non-numeric-value",
        "range-without-upper-bound",
        "range-upside-down",
        "unknown-parent",
        "alias-clash",
        "impossible-date",
        "missing-title",
    ],
)
@pytest.mark.usefixtures("english")
def test_validation_errors_name_file_path_and_problem(change, expected):
    assert expected in errors_for(change)


@pytest.mark.usefixtures("english")
def test_malformed_yaml_names_line_and_column():
    (error,) = errors_of("format: 1\nzone: {slug: x\nplan: [\n")
    assert error.startswith("bad.yaml: line ")
    assert "malformed YAML" in error


@pytest.mark.usefixtures("english")
def test_duplicate_yaml_keys_are_refused():
    (error,) = errors_of("format: 1\nformat: 1\n")
    assert "duplicate key 'format'" in error


def test_unknown_parent_zone_and_plan_are_refused(db):
    data = edited(
        lambda d: (
            d["zone"].__setitem__("parent", "nowhere"),
            d["plan"].__setitem__("implements", "nothing"),
        )
    )
    with pytest.raises(PlanFixtureInvalid) as exc:
        plans_load([doc(data)])
    assert [e.path for e in exc.value.errors] == ["zone.parent", "plan.implements"]
    assert not PilotZone.objects.exists()


def test_command_is_atomic_across_files(db, tmp_path, capsys):
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(PLAN, allow_unicode=True), encoding="utf-8")
    bad_plan = edited(
        lambda d: (
            d["plan"].__setitem__("code", "other"),
            d["zone"].__setitem__("slug", "other"),
            d["zone"].__setitem__("name", "另一市"),
            d["sections"][0]["tasks"][0].__setitem__("lead", ["ghost"]),
        )
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(bad_plan, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was loaded"):
        call_command("load_plans", str(good), str(bad))
    assert f"{bad}: sections[0].tasks[0].lead[0]: 未知的单位 'ghost'" in capsys.readouterr().err
    assert not Plan.objects.exists()


def test_command_reports_and_dry_run(db, tmp_path, capsys):
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(PLAN, allow_unicode=True), encoding="utf-8")
    call_command("load_plans", str(path), "--dry-run")
    assert (
        "Dry run, nothing written — would be: 16 created, 0 updated, 0 archived"
        in capsys.readouterr().out
    )
    assert not Plan.objects.exists()
    call_command("load_plans", str(path))
    assert "Loaded: 16 created, 0 updated, 0 archived" in capsys.readouterr().out
    call_command("load_plans", str(path))
    assert "Loaded: 0 created, 0 updated, 0 archived" in capsys.readouterr().out


def test_a_database_error_rolls_back_everything(db, monkeypatch):
    from pilots import plan_loading

    def explode(loading):
        raise RuntimeError("disk full")

    sections = next(s for s in plan_loading.plan_load_steps() if s.name == "sections")
    monkeypatch.setattr(sections, "load", explode)
    with pytest.raises(RuntimeError):
        plans_load([doc()])
    assert not Plan.objects.exists() and not Agency.objects.exists()


def test_revision_updates_in_place_adds_and_archives_keeping_history(db):
    plans_load([doc()])
    removed = Task.objects.get(code="三.(一).2")
    StatusUpdate.objects.create(
        task=removed,
        status=TaskStatus.IN_PROGRESS,
        percent=40,
        reported_on=datetime.date(2021, 3, 1),
        note="已启动",
    )
    kept_id = Task.objects.get(code="三.(一).1").pk

    def revise(d):
        task = d["sections"][0]["tasks"][0]
        task["title"] = "任务甲(修订)"
        task["supporting"] = []
        d["sections"][0]["tasks"][1] = {
            "code": "三.(一).3",
            "numbering": "3.",
            "title": "任务丙",
            "text": "任务丙。",
        }

    report = plans_load([doc(edited(revise))])
    actions = {(c.kind, c.key, c.action) for c in report.changes}
    assert ("task", "三.(一).1", "updated") in actions
    assert ("task", "三.(一).3", "created") in actions
    assert ("task", "三.(一).2", "archived") in actions
    assert ("assignment", "三.(一).1 supporting fgw", "archived") in actions
    assert ("clause", "三.(一).2 (1)", "archived") in actions

    kept = Task.objects.get(code="三.(一).1")
    assert kept.pk == kept_id and kept.title == "任务甲(修订)"
    removed.refresh_from_db()
    assert removed.is_archived
    assert removed.updates.get().note == "已启动"
    assert TaskClause.objects.filter(task=removed, archived_at__isnull=False).count() == 2
    assert TaskAssignment.objects.filter(task=kept, archived_at__isnull=True).count() == 1

    # Putting the task back restores it, with its history.
    report = plans_load([doc()])
    assert ("task", "三.(一).2", "updated") in {(c.kind, c.key, c.action) for c in report.changes}
    removed.refresh_from_db()
    assert not removed.is_archived and removed.updates.count() == 1


def test_reload_keeps_assignments_and_owners_made_in_the_app(db):
    plans_load([doc()])
    task = Task.objects.get(code="三.(一).2")
    agency = Agency.objects.get(code="kjj")
    TaskAssignment.objects.create(task=task, agency=agency, role="lead")
    target = Target.objects.get(code="T1")
    target.owner = agency
    target.save()
    assert plans_load([doc()]).changes == []
    assert TaskAssignment.objects.get(task=task, role="lead", clause=None).archived_at is None
    target.refresh_from_db()
    assert target.owner == agency


def _nested(d):
    """三、(一) holds sub-section 1. (with a sub-sub-section (1)) and, printed after it, task 2."""
    section = d["sections"][0]
    first, second = section["tasks"]
    second["numbering"] = "2."
    section["tasks"] = [second]
    section["sections"] = [
        {
            "code": "三.(一).1",
            "numbering": "1.",
            "title": "子标题",
            "kind": "key_task",
            "tasks": [{**first, "numbering": ""}],
            "sections": [
                {
                    "code": "三.(一).1.(1)",
                    "numbering": "(1)",
                    "title": "更深一层",
                    "kind": "key_task",
                    "tasks": [{"code": "三.(一).1.(1)-1", "title": "条目", "text": "条目。正文。"}],
                }
            ],
        }
    ]


def test_sections_nest_to_any_depth_and_reload_is_a_no_op(db):
    plans_load([doc(edited(_nested))])
    outer = Section.objects.get(code="三.(一)")
    sub = Section.objects.get(code="三.(一).1")
    deepest = Section.objects.get(code="三.(一).1.(1)")
    assert (sub.parent, deepest.parent, outer.parent) == (outer, sub, None)
    assert deepest.heading == "三、(一) 1. (1) 更深一层"
    assert Task.objects.get(code="三.(一).1").location == "三、(一) 1."
    assert Task.objects.get(code="三.(一).1.(1)-1").location == "三、(一) 1. (1)"
    # Printed order: the sub-section's tasks, then task 2. that follows it in the document.
    codes = list(Task.objects.filter(plan__code="test-ai").order_by("order").values_list("code"))
    assert [c for (c,) in codes] == ["三.(一).1", "三.(一).1.(1)-1", "三.(一).2"]
    assert not plans_load([doc(edited(_nested))]).changed


def test_flattening_a_nested_section_moves_its_tasks_and_archives_it(db):
    plans_load([doc(edited(_nested))])
    task = Task.objects.get(code="三.(一).1")
    report = plans_load([doc()])
    actions = {(c.kind, c.key, c.action) for c in report.changes}
    assert ("section", "三.(一).1", "archived") in actions
    assert ("section", "三.(一).1.(1)", "archived") in actions
    assert ("task", "三.(一).1.(1)-1", "archived") in actions
    task.refresh_from_db()
    assert task.section.code == "三.(一)" and not task.is_archived
    # And back: the archived sub-sections return under their parent.
    plans_load([doc(edited(_nested))])
    assert Section.objects.get(code="三.(一).1.(1)").archived_at is None


@pytest.mark.usefixtures("english")
def test_nested_section_codes_are_unique_across_levels():
    def clash(d):
        _nested(d)
        d["sections"][0]["sections"][0]["sections"][0]["code"] = "三.(一)"

    assert errors_for(clash) == [
        "bad.yaml: sections[0].sections[0].sections[0].code: duplicate section code '三.(一)'"
    ]


def next_period(d):
    """The plan file made the next plan's: its code, its period 2025-2027, its targets due 2027."""
    d["plan"].update(code="test-ai-plus", period_start=2025, period_end=2027)
    for target in d["goals"][0]["targets"]:
        target["deadline"] = 2027


def test_a_successor_plan_follows_an_earlier_plan_of_its_zone(db):
    successor = edited(
        lambda d: (
            next_period(d),
            d["plan"].__setitem__("follows", "test-ai"),
        )
    )
    plans_load([doc(successor, "successor.yaml"), doc(copy.deepcopy(PLAN))])  # any order
    assert Plan.objects.get(code="test-ai-plus").follows.code == "test-ai"
    assert Plan.objects.get(code="test-ai").followed_by.get().code == "test-ai-plus"


@pytest.mark.parametrize(
    ("follows", "zone", "message"),
    [
        ("nothing", "testzone", "unknown plan 'nothing'"),
        (
            "test-ai-plus",
            "testzone",
            "a plan cannot follow itself: plan.code is the plan it follows; to replace that "
            "plan, delete the follows line",
        ),
        ("test-ai", "elsewhere", "'test-ai' is a plan of another zone"),
    ],
)
@pytest.mark.usefixtures("english")
def test_follows_names_an_earlier_plan_of_the_same_zone(db, follows, zone, message):
    plans_load([doc(copy.deepcopy(PLAN))])
    successor = edited(
        lambda d: (
            next_period(d),
            d["plan"].__setitem__("follows", follows),
            d["zone"].update(slug=zone),
        )
    )
    with pytest.raises(PlanFixtureInvalid) as exc:
        plans_load([doc(successor, "successor.yaml")])
    assert [(e.path, e.message) for e in exc.value.errors] == [("plan.follows", message)]


def test_a_task_deadline_from_the_plan_wins_and_one_the_admin_set_is_kept(db):
    from tasks.services import task_due_set

    def with_due(due):
        return edited(lambda d: d["sections"][0]["tasks"][0].__setitem__("due", due))

    plans_load([doc(with_due(2022))])
    first, second = Task.objects.order_by("order")
    assert (first.due_on, first.due_source) == (datetime.date(2022, 12, 31), "plan")
    assert (second.due_on, second.due_source, second.due_date) == (
        None, "", datetime.date(2023, 12, 31)
    )  # fmt: skip
    task_due_set(task=second, due_on=datetime.date(2022, 6, 30))
    plans_load([doc(with_due("2021-09-30"))])
    first.refresh_from_db(), second.refresh_from_db()
    assert first.due_on == datetime.date(2021, 9, 30)
    assert (second.due_on, second.due_source) == (datetime.date(2022, 6, 30), "admin")
    plans_load([doc()])  # the plan no longer words a deadline: back to the plan's end
    first.refresh_from_db()
    assert (first.due_on, first.due_source) == (None, "")
    assert errors_for(lambda d: d["sections"][0]["tasks"][0].__setitem__("due", "soon"))


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (
            "2024-03-31",
            "bad.yaml: sections[0].tasks[0].due: the deadline 2024-03-31 of task 三.(一).1 is"
            " outside the plan period (2020-01-01 to 2023-12-31)",
        ),
        (
            "2019-12-31",
            "bad.yaml: sections[0].tasks[0].due: the deadline 2019-12-31 of task 三.(一).1 is"
            " outside the plan period (2020-01-01 to 2023-12-31)",
        ),
        (
            2024,
            "bad.yaml: sections[0].tasks[0].due: the deadline 2024 of task 三.(一).1 is"
            " outside the plan period (2020-01-01 to 2023-12-31)",
        ),
    ],
    ids=["date-after-end", "date-before-start", "year-after-end"],
)
@pytest.mark.usefixtures("english")
def test_a_task_due_outside_the_plan_period_is_refused_naming_the_task_and_date(due, expected):
    assert errors_for(lambda d: d["sections"][0]["tasks"][0].__setitem__("due", due)) == [expected]


def test_a_target_due_before_the_plan_starts_is_refused_one_due_after_it_ends_is_allowed(db):
    """Real plans look past their end (力争到2030年); none is due before it starts."""

    def with_deadline(year):
        return lambda d: d["goals"][0]["targets"][0].__setitem__("deadline", year)

    assert errors_for(with_deadline(2019)) == [
        "bad.yaml: goals[0].targets[0].deadline: 指标 T1 的期限 2019 年早于规划期起始（2020-01-01）"
    ]
    plans_load([doc(edited(with_deadline(2030)))])
    assert Target.objects.get(code="T1").deadline_year == 2030
    plans_load([doc(edited(lambda d: d["sections"][0]["tasks"][0].update(due="2023-12-31")))])
    assert Task.objects.get(code="三.(一).1").due_on == datetime.date(2023, 12, 31)


def test_load_plans_refuses_a_task_due_outside_the_period_and_loads_nothing(db, tmp_path, capsys):
    path = tmp_path / "late.yaml"
    late = edited(lambda d: d["sections"][0]["tasks"][0].__setitem__("due", "2026-06-30"))
    path.write_text(yaml.safe_dump(late, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was loaded"):
        call_command("load_plans", str(path))
    said = capsys.readouterr().err
    assert f"{path}: sections[0].tasks[0].due: 任务 三.(一).1 的办理时限 2026-06-30" in said
    assert not Plan.objects.exists() and not Task.objects.exists()


def test_a_successor_keeps_the_agencies_the_earlier_plan_of_its_zone_still_references(db):
    """Agencies belong to the zone; a successor that no longer lists one archives it only when no
    other plan of the zone still assigns it a task or a target (its leaders' history)."""

    def with_idle_agency(d):
        d["agencies"].append(
            {"code": "gxj", "name": "测试市工业和信息化局", "category": "industry_it"}
        )
        d["goals"][0]["targets"][0]["owner"] = "fgw"

    plans_load([doc(edited(with_idle_agency))])

    def successor(d):
        next_period(d)
        d["plan"]["follows"] = "test-ai"
        d["agencies"] = [a for a in d["agencies"] if a["code"] == "kjj"]
        for target in d["goals"][0]["targets"]:
            target.pop("owner", None)
        task, clauses_task = d["sections"][0]["tasks"]
        task["supporting"] = []
        clauses_task["clauses"] = [{"text": "甲(责任单位:市科技局)", "responsible": ["kjj"]}]

    report = plans_load([doc(edited(successor), "successor.yaml")])
    archived = {c.key for c in report.changes if c.kind == "agency" and c.action == "archived"}
    assert archived == {"gxj"}  # fgw leads tasks and owns a target of test-ai
    assert Agency.objects.get(code="fgw").archived_at is None
    assert TaskAssignment.objects.filter(agency__code="fgw", archived_at=None).count() == 2


def test_a_plan_of_one_zone_is_refused_in_a_file_of_another(db):
    """Agencies, members, history and totals belong to the zone: a plan never moves between
    zones (its tasks would stay with the old zone's agencies and its rows in the old zone's
    totals). The file is refused with the reason; nothing changes."""
    plans_load([doc(PLAN)])
    moved = edited(
        lambda d: d.__setitem__("zone", {"slug": "otherzone", "name": "他市", "level": "city"})
    )
    with pytest.raises(PlanFixtureInvalid) as exc:
        plans_load([doc(moved)])
    assert [e.path for e in exc.value.errors] == ["plan.code"]
    assert "testzone" in exc.value.errors[0].message
    assert Plan.objects.get(code="test-ai").zone.slug == "testzone"
    assert not PilotZone.objects.filter(slug="otherzone").exists()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["sections"][0]["tasks"][0].__setitem__("lead", ["nope"]),
            "bad.yaml: sections[0].tasks[0].lead[0]: 未知的单位 'nope'（agencies 中没有）",
        ),
        (
            lambda d: d["goals"][0]["targets"][0].__setitem__("value", "五百"),
            "bad.yaml: goals[0].targets[0].value: '五百' 不是数字",
        ),
        (
            lambda d: d["goals"][0]["targets"][1].pop("value_max"),
            "bad.yaml: goals[0].targets[1]: 缺少必填项 'value_max'",
        ),
        (lambda d: d["goals"][0].__setitem__("title", ""), "bad.yaml: goals[0].title: 不能为空"),
        (
            lambda d: d["plan"].__setitem__("issued_on", "2020-02-30"),
            "bad.yaml: plan.issued_on: '2020-02-30' 不是有效的 date",
        ),
        (
            lambda d: d["plan"].__setitem__("colour", "red"),
            "bad.yaml: plan.colour: 此处不允许有此项",
        ),
    ],
    ids=["unknown-agency", "non-numeric-value", "missing-key", "empty-title", "bad-date", "extra"],
)
def test_a_chinese_reader_gets_the_problems_in_chinese(change, expected):
    assert expected in errors_for(change)


def test_a_yaml_error_says_where_in_the_readers_language():
    (error,) = errors_of("format: 1\nzone: {slug: x\nplan: [\n")
    assert error.startswith("bad.yaml: 第 ")
    assert "YAML 格式错误" in error


# A malformed plan file, said in the reader's language with the place to correct -------------

# (text, (line, column) to correct, Chinese sentence, English sentence)
MALFORMED = {
    "missing-colon": (
        "format: 1\nzone:\n  slug: x\n  name\n  level: city\n",
        (4, 3),
        "缺少冒号“:”",
        "a ':' is missing",
    ),
    "tab": ("format: 1\nzone:\n\tslug: x\n", (3, 1), "不能用 Tab 缩进", "a tab cannot indent"),
    "stray-character": (
        "format: 1\nnote: `x`\n",
        (2, 7),
        "字符 '`' 不能出现在值的开头",
        "cannot start a value",
    ),
    "mapping-value-here": (
        "format: 1\nzone: slug: x\n",
        (2, 11),
        "此处不能出现“键: 值”",
        "cannot start here",
    ),
    "indentation": (
        "format: 1\nzone:\n    slug: x\n  name: y\n",
        (4, 3),
        "缩进与上文不一致",
        "the indentation does not match",
    ),
    "open-list": (
        "format: 1\nagencies: [a, b\nplan: 1\n",
        (3, 5),
        "第 2 行以“[”开始的列表在此处缺少“,”或“]”",
        "the list opened with '[' on line 2",
    ),
    "open-mapping": (
        "format: 1\nzone: {slug: x\nplan: [\n",
        (3, 5),
        "第 2 行以“{”开始的映射在此处缺少“,”或“}”",
        "the mapping opened with '{' on line 2",
    ),
    "open-quote": (
        "format: 1\nzone: 'x\nplan: 1\n",
        (2, 7),
        "从这里开始的引号没有闭合",
        "the quote opened here is never closed",
    ),
    "bad-escape": (
        'format: 1\nnote: "C:\\dir"\n',
        (2, 11),
        "双引号中的反斜杠“\\”转义无效",
        "a backslash escape in double quotes is not valid",
    ),
    "duplicate-anchor": (
        "a: &x 1\nb: &x 2\n",
        (2, 4),
        "锚点 &x 重复定义（第一次在第 1 行）",
        "the anchor &x is defined twice (first on line 1)",
    ),
    "undefined-alias": (
        "format: 1\nzone: *z\n",
        (2, 7),
        "别名 *z 之前没有对应的锚点 &z",
        "the alias *z has no anchor",
    ),
    "asterisk-text": (
        "format: 1\nnote: *重要*\n",
        (2, 7),
        "“&”或“*”后须是由字母或数字组成的名称",
        "'&' or '*' must be followed by a name",
    ),
    "python-tag": (
        "a: !!python/object:os.system x\n",
        (1, 4),
        "不支持标签 !!python/object:os.system",
        "the tag !!python/object:os.system is not supported",
    ),
    "merge-key": (
        "a: &x {b: 1}\nc: {<<: *x}\n",
        (2, 5),
        "不支持合并键“<<”",
        "the merge key '<<' is not supported",
    ),
    "two-documents": (
        "a: 1\n---\nb: 2\n",
        (2, 1),
        "文件只能含一个 YAML 文档",
        "the file must hold one YAML document",
    ),
    "control-character": (
        "format: 1\nnote: a\x07b\n",
        (2, 8),
        "含有不允许的控制字符 U+0007",
        "holds the control character U+0007",
    ),
    "recursive-alias": (
        "a: &x [*x]\n",
        (1, 8),
        "别名位于它所指的节点之内",
        "an alias inside the node",
    ),
    "unreadable-int": (
        "a: !!int abc\n",
        (1, 4),
        "这个值无法按其写法读取",
        "this value cannot be read",
    ),
    "unreadable-hex": ("a: 0x_\n", (1, 4), "这个值无法按其写法读取", "this value cannot be read"),
    "unreadable-timestamp": (
        "a: !!timestamp soon\n",
        (1, 4),
        "这个值无法按其写法读取",
        "this value cannot be read",
    ),
    "unreadable-bool": (
        "a: !!bool maybe\n",
        (1, 4),
        "这个值无法按其写法读取",
        "this value cannot be read",
    ),
    "scalar-as-mapping": (
        "a: !!map x\n",
        (1, 4),
        "这个值无法按其写法读取",
        "this value cannot be read",
    ),
    "escape-past-unicode": (
        'a: "\\U0011ffff"\n',
        (1, 7),
        "这个值无法按其写法读取",
        "this value cannot be read",
    ),
    "other-kind": ("a: !!omap 5\n", (1, 4), "无法识别这里的写法", "this cannot be read"),
}
PYYAML_WORDS = re.compile(r"\b(while|found|expected|scanning|parsing|allowed|constructor|but)\b")


@pytest.mark.parametrize(("text", "where", "chinese", "english"), MALFORMED.values(), ids=MALFORMED)
def test_a_malformed_file_is_said_in_the_readers_language_with_line_and_column(
    text, where, chinese, english
):
    (error,) = errors_of(text)
    line, column = where
    assert error.startswith(f"bad.yaml: 第 {line} 行第 {column} 列: YAML 格式错误：")
    assert chinese in error
    assert not PYYAML_WORDS.search(error), error  # none of PyYAML's English
    with translation.override("en"):
        (error,) = errors_of(text)
    assert error.startswith(f"bad.yaml: line {line}, column {column}: malformed YAML: ")
    assert english in error


def test_the_line_of_a_yaml_problem_is_kept_as_data():
    with pytest.raises(PlanFixtureInvalid) as exc:
        plan_document_parse(name="bad.yaml", text=MALFORMED["missing-colon"][0])
    assert exc.value.errors[0].line == 4


@pytest.mark.parametrize(
    ("text", "chinese", "english"),
    [
        ("", "文件是空的", "the file is empty"),
        ("# only a comment\n\n", "文件是空的", "the file is empty"),
        ("- a\n- b\n", "规划文件须是一个 YAML 映射", "must be a YAML mapping"),
    ],
    ids=["0-byte", "comment-only", "a-list"],
)
def test_an_empty_file_or_no_mapping_is_said_so(text, chinese, english):
    assert chinese in errors_of(text)[0]
    with translation.override("en"):
        assert english in errors_of(text)[0]


def test_a_bom_at_the_start_is_no_problem():
    text = "\ufeff" + yaml.safe_dump(PLAN, allow_unicode=True)
    assert plan_document_parse(name="bom.yaml", text=text).plan_code == "test-ai"


def _laughs(levels: int) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "where", "chinese"),
    [
        (_laughs(9), (4, 10), "别名过多"),  # a billion laughs: 10^9 strings once expanded
        ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", (1, 35), "嵌套超过 32 层"),
        ("a:\n" + "".join(" " * i + "- \n" for i in range(1, 200)), (33, 33), "嵌套超过 32 层"),
    ],
    ids=["billion-laughs", "deep-brackets", "deep-indentation"],
)
def test_bombs_and_deep_nesting_are_refused_quickly_with_line_and_column(text, where, chinese):
    started = time.monotonic()
    (error,) = errors_of(text)
    assert time.monotonic() - started < 2
    assert error.startswith(f"bad.yaml: 第 {where[0]} 行第 {where[1]} 列: YAML 格式错误：")
    assert chinese in error
