"""Property-based tests (hypothesis): any input to a form, the plan loader, the plan upload's
preview or the observation import ends in a clear error or a correct save — never a 500, never
a partial write. Example counts are bounded so the suite stays fast; run with
``HYPOTHESIS_PROFILE=thorough`` for many more."""

from __future__ import annotations

import copy
import datetime
import os
import re
from decimal import Decimal

import pytest
import yaml
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, given, settings, strategies as st

from pilots.models import Agency, Membership, Plan, PlanUpload
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse
from pilots.plan_loading import plans_load
from pilots.validators import CONTROL_CHARACTERS, TEXT_MAX_LENGTH
from targets.imports import ObservationImportInvalid, observations_import
from targets.models import Observation, Target
from tasks.models import Milestone, StatusUpdate, Task
from tests.factories import UserFactory
from tests.world import World

settings.register_profile(
    "pilot", max_examples=25, deadline=None, database=None, derandomize=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)  # fmt: skip
settings.register_profile("thorough", parent=settings.get_profile("pilot"), max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "pilot"))

WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl cannot write

# What a hostile or careless person types into a field.
FIELD = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), max_size=8),
    st.builds(
        lambda piece, n: piece * n,
        st.sampled_from(["长", "a", "=", "\x00", "\x01", "<b>", " ", "9"]),
        st.integers(0, 6_000),
    ),
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.dates(min_value=datetime.date(1, 1, 1)).map(datetime.date.isoformat),
    st.sampled_from(["", " ", "NaN", "1e308", "-1", "0", "100", "101", "2023", "99999",
                     "2023-12-31", "9999-99-99", "=HYPERLINK(\"http://evil.example\")",
                     "completed", "in_progress", "staff", "manager", "lead", "other"]),
)  # fmt: skip


def form_data(fields: dict) -> st.SearchStrategy:
    """Each field either left out or filled with anything; ids from the given choices."""
    return st.fixed_dictionaries(
        {},
        optional={
            name: (choice if choice is not None else FIELD) for name, choice in fields.items()
        },
    )


def writes_during(call):
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        result = call()
    return result, [q["sql"] for q in queries.captured_queries if WRITE.match(q["sql"])]


def post_and_check(client, url, data, *, saved_rows):
    """POST inside a rolled-back transaction; a refusal writes nothing, a save is sound."""
    with transaction.atomic():
        response, writes = writes_during(lambda: client.post(url, data))
        assert response.status_code < 500, response.content[:500]
        if response.status_code in (302,):
            for row in saved_rows():
                assert_sound(row)
        else:
            assert writes == [], (response.status_code, writes)
        transaction.set_rollback(True)
    return response


def assert_sound(row):
    """What any saved row must satisfy, whatever was typed."""
    for name, value in vars(row).items():
        if isinstance(value, str) and not name.startswith("_") and name != "password":
            assert not CONTROL_CHARACTERS.search(value), (name, value[:50])
            assert "\x00" not in value
            assert len(value) <= TEXT_MAX_LENGTH, name
    if isinstance(row, StatusUpdate):
        assert 0 <= row.percent <= 100
        assert (
            datetime.date(2000, 1, 1)
            <= row.reported_on
            <= datetime.date.today() + (datetime.timedelta(days=1))
        )
    if isinstance(row, Observation):
        assert Decimal(0) <= row.value < Decimal(10) ** 14
        assert 2020 <= row.as_of.year <= 2025


@pytest.fixture
def world(db):
    return World()


def client_of(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


# Forms -----------------------------------------------------------------------------------------


@given(data=st.data())
def test_task_forms_take_any_input(world, data):
    task = world.task
    lead = client_of(world.users["lead_staff"])
    latest = lambda: list(StatusUpdate.objects.filter(task=task).order_by("-id")[:1])  # noqa: E731
    report = data.draw(form_data({
        "status": None, "percent": None, "reported_on": None, "note": None,
        "version": st.sampled_from([str(task.version), "0", "-1", str(2**40), "x"]),
        "evidence_doc_number": None, "evidence_url": None,
    }))  # fmt: skip
    post_and_check(lead, reverse("task-report", args=[task.pk]), report, saved_rows=latest)
    support = client_of(world.users["supporting_staff"])
    feedback = data.draw(form_data(
        {"note": None, "part_percent": None, "reported_on": None, "evidence_url": None}
    ))  # fmt: skip
    post_and_check(support, reverse("task-feedback", args=[task.pk]), feedback, saved_rows=latest)
    milestone = data.draw(form_data({"title": None, "due_on": None}))
    post_and_check(
        lead, reverse("milestone-add", args=[task.pk]), milestone,
        saved_rows=lambda: list(Milestone.objects.filter(task=task)),
    )  # fmt: skip


@given(data=st.data())
def test_supervisor_forms_take_any_input(world, data):
    admin = client_of(world.users["zone_admin"])
    task, zone = world.task, world.zone.slug
    agencies = st.sampled_from([str(a.pk) for a in world.agencies.values()] + ["x", "-1", "0"])
    posts = [
        (reverse("task-return", args=[task.pk]), {"reason": None}),
        (reverse("assignment-add", args=[task.pk]), {"agency": agencies, "role": None}),
        (reverse("agency-create", args=[zone]),
         {"name": None, "aliases": None, "category": None}),
        (reverse("membership-add", args=[zone]),
         {"username": None, "full_name": None, "password": None, "agency": agencies,
          "role": None}),
        (reverse("target-owner", args=[zone]),
         {"target": st.sampled_from([str(world.target.pk), "x"]), "owner": agencies}),
    ]  # fmt: skip
    for url, fields in posts:
        post_and_check(
            admin, url, data.draw(form_data(fields)),
            saved_rows=lambda: [*Agency.objects.all(), *Membership.objects.select_related("user")],
        )  # fmt: skip
    for membership in Membership.objects.select_related("user"):
        assert len(membership.user.username) <= 150


@given(data=st.data())
def test_figure_and_filter_forms_take_any_input(world, data):
    lead = client_of(world.users["lead_staff"])
    figure = data.draw(form_data({"value": None, "year": None, "as_of": None, "source": None,
                                  "note": None}))  # fmt: skip
    post_and_check(
        lead, reverse("target-report", args=[world.target.pk]), figure,
        saved_rows=lambda: list(Observation.objects.all()),
    )  # fmt: skip
    query = data.draw(form_data({"q": None, "status": None, "role": None, "zone": None,
                                 "stale": None}))  # fmt: skip
    assert lead.get(reverse("my-tasks"), query).status_code == 200
    as_of = data.draw(FIELD)
    assert lead.get(reverse("dashboard"), {"as_of": as_of}).status_code == 200
    export = lead.get(reverse("export"), {"plan": data.draw(FIELD)})
    assert export.status_code in (200, 400, 403, 404)  # 403: every plan, for a staff member


@given(data=st.data())
def test_sign_in_and_password_reset_take_any_input(world, data):
    client = Client(raise_request_exception=False)
    sign_in = data.draw(form_data({"username": None, "password": None}))
    for url in (reverse("login"), reverse("admin:login")):
        with transaction.atomic():
            assert client.post(url, sign_in).status_code in (200, 302, 429)
            transaction.set_rollback(True)
    reset = data.draw(form_data({"email": None}))
    with transaction.atomic():
        assert client.post(reverse("password_reset"), reset).status_code in (200, 302, 429)
        transaction.set_rollback(True)


# The plan loader -------------------------------------------------------------------------------

SMALL_PLAN = {
    "format": 1,
    "zone": {"slug": "testzone", "name": "测试市", "level": "city"},
    "plan": {"code": "test-plan", "title": "测试市实施方案", "period_start": 2020,
             "period_end": 2025, "issued_on": "2020-05-19", "milestone_years": [2022]},
    "agencies": [{"code": "kjj", "name": "测试市科学技术局", "aliases": ["市科技局"],
                  "category": "science_technology"}],
    "goals": [{"code": "G1", "title": "发展目标", "targets": [
        {"code": "T1", "metric": "企业", "unit": "家", "comparator": "gte", "value": 100,
         "deadline": 2025, "aggregation": "stock", "source_phrase": "企业100家以上",
         "owner": "kjj"},
        {"code": "T2", "metric": "产值", "unit": "亿元", "comparator": "range", "value": 10,
         "value_max": 20, "deadline": 2022, "aggregation": "flow", "per_year": True,
         "source_phrase": "产值10-20亿元", "parent": "T1", "baseline": 1.5},
    ]}],
    "sections": [{"code": "三.(一)", "title": "重点任务", "kind": "key_task", "tasks": [
        {"code": "三.(一).1", "title": "建设平台", "text": "建设平台。(市科技局牵头)",
         "lead": ["kjj"]},
        {"code": "三.(一).2", "title": "培育企业", "text": "培育企业。",
         "clauses": [{"text": "条款一", "responsible": ["kjj"]}]},
    ]}, {"code": "四", "numbering": "四、", "title": "工程", "kind": "engineering", "tasks": [
        {"code": "四.3", "numbering": "3.", "title": "第三项", "text": "第三项。", "lead": ["kjj"]},
    ], "sections": [
        {"code": "四.1", "numbering": "1.", "title": "小标题一", "kind": "engineering",
         "tasks": [{"code": "四.1.1", "title": "子项一", "text": "子项一。"}]},
        {"code": "四.2", "numbering": "2.", "title": "小标题二", "kind": "engineering",
         "tasks": [{"code": "四.2.1", "title": "子项二", "text": "子项二。"}]},
    ]}],
}  # fmt: skip

ANY_VALUE = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(-(10**20), 10**20),
        st.floats(allow_nan=True, allow_infinity=True), FIELD,
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)  # fmt: skip


def leaf_paths(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaf_paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaf_paths(item, (*path, i))
    yield path


def mutated(plan: dict, path, replacement, delete: bool) -> dict:
    data = copy.deepcopy(plan)
    if not path:
        return replacement
    holder = data
    for part in path[:-1]:
        holder = holder[part]
    if delete:
        del holder[path[-1]]
    else:
        holder[path[-1]] = replacement
    return data


PATHS = list(leaf_paths(SMALL_PLAN))


def load_or_refuse(text: str):
    """The loader's contract: a document loads whole, or PlanFixtureInvalid and nothing."""
    plans_before = Plan.objects.count()
    try:
        document = plan_document_parse(name="fuzz.yaml", text=text)
        with transaction.atomic():
            plans_load([document])
            transaction.set_rollback(True)
    except PlanFixtureInvalid as exc:
        assert 1 <= len(exc.errors) <= 100
        assert all(len(e.message) <= 300 for e in exc.errors)
    assert Plan.objects.count() == plans_before


def test_the_unmutated_plan_loads(db):
    plans_load([plan_document_parse(name="ok.yaml", text=yaml.safe_dump(SMALL_PLAN))])
    assert Plan.objects.filter(code="test-plan").exists()


@given(path=st.sampled_from(PATHS), replacement=ANY_VALUE, delete=st.booleans())
def test_the_plan_loader_takes_any_change_to_a_plan(db, path, replacement, delete):
    data = mutated(SMALL_PLAN, path, replacement, delete and bool(path))
    load_or_refuse(yaml.safe_dump(data, allow_unicode=True))


@given(text=st.text(max_size=300))
def test_the_plan_loader_takes_any_text(db, text):
    load_or_refuse(text)


# The plan upload's preview --------------------------------------------------------------------


@given(content=st.one_of(
    st.binary(max_size=400),
    st.builds(lambda p, r, d: yaml.safe_dump(mutated(SMALL_PLAN, p, r, d and bool(p)),
                                             allow_unicode=True).encode(),
              st.sampled_from(PATHS), ANY_VALUE, st.booleans()),
), name=st.text(max_size=300))  # fmt: skip
def test_the_upload_preview_takes_any_file(db, content, name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    client = client_of(superuser)
    plan_data = lambda: [m.objects.count() for m in (Plan, Agency, Task, Target)]  # noqa: E731
    before = plan_data()
    with transaction.atomic():
        upload = SimpleUploadedFile("f" + name.replace("/", "_").replace("\\", "_"), content)
        response = client.post(reverse("admin:pilots_plan_upload"), {"file": upload})
        assert response.status_code in (200, 302, 400)
        assert plan_data() == before  # a preview writes nothing but the upload's record
        assert PlanUpload.objects.count() == (1 if response.status_code == 302 else 0)
        for stored in PlanUpload.objects.all():
            page = client.get(reverse("admin:pilots_plan_upload_preview", args=[stored.pk]))
            assert page.status_code == 200
            assert len(stored.errors) <= 100
        transaction.set_rollback(True)


# The observation import -----------------------------------------------------------------------

CELL = st.one_of(FIELD, st.integers(2018, 2027).map(str), st.just("T1"))


@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=7), max_size=6), xlsx=st.booleans())
def test_the_observation_import_takes_any_rows(world, rows, xlsx):
    import csv
    import io

    import openpyxl

    header = [
        "规划代码",
        "指标代码",
        "指标",
        "统计截止日期",
        "数值",
        "计量单位",
        "数据来源",
        "备注",
    ]
    rows = [[world.plan.code, *r] if i % 2 else r for i, r in enumerate(rows)]
    if xlsx:
        book = openpyxl.Workbook()
        for row in [header, *rows]:
            book.active.append([XLSX_ILLEGAL.sub("", c) for c in row])
        out = io.BytesIO()
        book.save(out)
        name, content = "figures.xlsx", out.getvalue()
    else:
        out = io.StringIO()
        csv.writer(out).writerows([header, *rows])
        name, content = "figures.csv", out.getvalue().encode()
    before = Observation.objects.count()
    with transaction.atomic():
        try:
            saved = observations_import(name=name, content=content)
        except ObservationImportInvalid as exc:
            assert exc.problems and Observation.objects.count() == before
        else:
            assert Observation.objects.count() <= before + saved
            for row in Observation.objects.all():
                assert_sound(row)
        transaction.set_rollback(True)
