"""The shipped plan fixtures: faithful to their source documents and loadable together."""

import re

import pytest
from django.core.management import call_command

from pilots.models import Agency, Plan
from pilots.plan_fixtures import plan_document_read
from pilots.plan_loading import plans_load
from pilots.plan_sections import tasks_in_print_order
from targets.models import Target
from tasks.models import Section, Task, TaskAssignment
from tests.conftest import PLAN_FIXTURES
from tests.pilots import fidelity

ZONES = ["changchun", "chongqing", "hefei", "liuzhou", "qijiang"]


def test_every_zone_has_its_plan_fixture():
    assert [p.stem for p in PLAN_FIXTURES] == ZONES


@pytest.mark.parametrize("path", PLAN_FIXTURES, ids=lambda p: p.stem)
def test_fixture_is_faithful_to_its_source_document(path, seeds_dir):
    assert fidelity.check(path, seeds_dir) == []


@pytest.mark.parametrize("path", PLAN_FIXTURES, ids=lambda p: p.stem)
def test_fixture_text_is_cleaned(path):
    data = plan_document_read(path).data
    tasks = [task for _, task in tasks_in_print_order(data["sections"])]
    texts = [t["text"] for t in tasks] + [t["title"] for t in tasks]
    for text in texts:
        assert not re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", text), text  # PDF spaces
        assert "附件下载" not in text and "資料" not in text  # web-page junk
    if data["zone"]["slug"] == "chongqing":
        joined = "".join(texts)
        assert "重點" not in joined and "重点" in joined  # Traditional converted to Simplified


def test_fidelity_check_catches_a_wrong_role_and_a_missing_task(tmp_path, seeds_dir):
    text = (PLAN_FIXTURES[1]).read_text(encoding="utf-8")  # Chongqing
    wrong = text.replace(
        "    lead:\n    - science-tech\n    supporting:\n",
        "    supporting:\n    - science-tech\n",
        1,
    )
    assert wrong != text
    path = tmp_path / "chongqing.yaml"
    path.write_text(wrong, encoding="utf-8")
    assert any("annotated" in p for p in fidelity.check(path, seeds_dir))


def test_annotation_parser_reads_every_style():
    parse = fidelity.annotation_roles
    assert parse("牵头单位:市科技局;配合单位:市发展改革委、市经济信息委") == [
        ("lead", "市科技局"),
        ("supporting", "市发展改革委"),
        ("supporting", "市经济信息委"),
    ]
    assert parse("责任单位:市科技局、发展改革委") == [
        ("responsible", "市科技局"),
        ("responsible", "发展改革委"),
    ]
    assert parse("市工信局牵头,市发改委、市科技局,市金融办按职责分工负责") == [
        ("lead", "市工信局"),
        ("responsible", "市发改委"),
        ("responsible", "市科技局"),
        ("responsible", "市金融办"),
    ]
    assert parse("市科技局牵头,相关单位配合") == [("lead", "市科技局")]
    assert parse("配合单位:各区县〔自治县,以下简称区县〕政府") == [
        ("supporting", "各区县〔自治县,以下简称区县〕政府")
    ]


def test_all_five_load_together_and_reload_is_a_no_op(db, capsys):
    paths = [str(p) for p in PLAN_FIXTURES]
    call_command("load_plans", *paths)
    assert Plan.objects.count() == 5
    assert Plan.objects.get(code="qijiang-ai").implements.code == "chongqing-ai"
    assert Plan.objects.get(code="qijiang-ai").zone.parent.slug == "chongqing"
    capsys.readouterr()
    call_command("load_plans", *paths)
    assert "Loaded: 0 created, 0 updated, 0 archived" in capsys.readouterr().out


def test_qijiang_tasks_load_unassigned(all_plans):
    qijiang = Task.objects.filter(plan__code="qijiang-ai")
    assert qijiang.count() == 19
    assert not TaskAssignment.objects.filter(task__plan__code="qijiang-ai").exists()
    assert not Agency.objects.filter(zone__slug="qijiang").exists()


@pytest.mark.parametrize(
    ("plan", "code", "comparator", "value", "unit"),
    [
        ("chongqing-ai", "T4", "gt", 500, "亿元"),  # 核心产业规模超过500亿元, never ≥
        ("qijiang-ai", "T2", "approx", 10, "个"),  # 10个左右
        ("qijiang-ai", "T1", "gte", 10, "家"),  # 10家以上
    ],
)
def test_comparators_are_as_worded(all_plans, plan, code, comparator, value, unit):
    target = Target.objects.get(plan__code=plan, code=code)
    assert (target.comparator, target.value, target.unit) == (comparator, value, unit)


def test_hefei_targets_are_mostly_per_year_and_liuzhou_has_two_milestones(all_plans):
    hefei = Target.objects.filter(plan__code="hefei-ai")
    assert hefei.filter(per_year=True).count() > hefei.count() / 2
    assert hefei.filter(comparator="range").exists()
    assert hefei.filter(parent__isnull=False).exists()
    liuzhou = Target.objects.filter(plan__code="liuzhou-ai")
    assert set(liuzhou.values_list("deadline_year", flat=True)) == {2022, 2025}


def test_dry_run_of_everything_changes_nothing(db):
    documents = [plan_document_read(p) for p in PLAN_FIXTURES]
    report = plans_load(documents, dry_run=True)
    assert report.counts()["created"] > 500
    assert not Plan.objects.exists()


def test_liuzhou_engineering_sub_headings_are_sections_holding_their_named_items(all_plans):
    sub_sections = Section.objects.filter(plan__code="liuzhou-ai", parent__isnull=False)
    assert [(s.parent.code, s.numbering, s.title) for s in sub_sections.order_by("order")] == [
        ("四.(一)", "1.", "加强基础理论知识研究"),
        ("四.(一)", "2.", "掌握核心关键攻关技术"),
        ("四.(一)", "3.", "建设人工智能研发载体"),
        ("四.(二)", "1.", "发展核心基础零部件"),
        ("四.(二)", "2.", "发展人工智能产品"),
        ("四.(三)", "1.", "“AI+产业”应用示范"),
        ("四.(三)", "2.", "“AI+人居环境”营造"),
        ("四.(三)", "3.", "“AI+智慧城市”建设"),
    ]
    item = Task.objects.get(plan__code="liuzhou-ai", code="四.(二).2-3")
    assert (item.title, item.section.code, item.location) == (
        "智能电网",
        "四.(二).2",
        "四、(二) 2.",
    )
    assert item.section.heading == "四、(二) 2. 发展人工智能产品"
    # 四、(一) 4. has no named items: a task of 四.(一) itself, printed after sub-section 3.
    liuzhou = Task.objects.filter(plan__code="liuzhou-ai").order_by("order")
    codes = list(liuzhou.values_list("code", flat=True))
    assert codes.index("四.(一).4") == codes.index("四.(一).3-4") + 1
    assert Task.objects.get(plan__code="liuzhou-ai", code="四.(一).4").location == "四、(一) 4."
    assert liuzhou.count() == 67


def test_fidelity_check_counts_the_items_of_nested_sections(tmp_path, seeds_dir):
    liuzhou = next(p for p in PLAN_FIXTURES if p.stem == "liuzhou")
    text = liuzhou.read_text(encoding="utf-8")
    # Drop sub-section 四.(一).3 (and its four named items) from the fixture.
    start = text.index("  - code: 四.(一).3\n")
    end = text.index("- code: 四.(二)\n")
    path = tmp_path / "liuzhou.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    problems = fidelity.check(path, seeds_dir)
    assert "section 四.(一): 4 numbered items in the source, 3 in the fixture" in problems


def test_plan_and_task_pages_print_the_nested_sections(all_plans, client, django_user_model):
    admin = django_user_model.objects.create_superuser("nest-admin", password="pw-nest-admin-1")
    client.force_login(admin)
    page = client.get("/plans/liuzhou-ai/").content.decode()
    outer = page.index("四、(一) 智能技术研究工程")
    sub_1 = page.index("1. 加强基础理论知识研究")
    item = page.index("深度学习理论")
    sub_3 = page.index("3. 建设人工智能研发载体")
    task_4 = page.index("加强人工智能高技术人才队伍建设")
    next_section = page.index("四、(二) 智能经济发展工程")
    assert outer < sub_1 < item < sub_3 < task_4 < next_section  # as printed
    assert page.count('class="card subsection"') == 8

    task = Task.objects.get(plan__code="liuzhou-ai", code="四.(三).3-2")
    page = client.get(task.get_absolute_url()).content.decode()
    assert "四、(三) 3." in page  # where the task stands
    assert "四、(三) 人工智能产业应用工程 › 3. “AI+智慧城市”建设" in page


@pytest.mark.parametrize(
    ("sub_headings", "task"),
    [
        (["1.", "2.", "3."], "4."),
        (["第二十二条", "第二十三条", "第二十四条"], "第二十五条"),
        (["①", "②", "③"], "④"),
        (["第九十九条", "第一百条", "第一百零一条"], "第一百零二条"),
    ],
)
def test_a_task_numbered_among_its_sections_sub_headings_is_printed_in_their_sequence(
    sub_headings, task
):
    """Liuzhou 四、(一): sub-headings 1.–3., then task 4. — also numbered as articles (第X条) or
    circled (①), as a plan renumbered in another convention prints them."""
    section = {
        "tasks": [{"numbering": task, "title": "last"}],
        "sections": [
            {"numbering": n, "tasks": [{"numbering": "", "title": n}]} for n in sub_headings
        ],
    }
    titles = [t["title"] for _, t in tasks_in_print_order([section])]
    assert titles == [*sub_headings, "last"]


def test_an_unnumbered_sub_section_beside_numbered_ones_keeps_its_place():
    """A 专栏 box printed without a number after sub-headings 1. 2. (numbering is optional in the
    schema): it stays after the numbered one printed before it, the task 3. after them all — it
    crashed every reader of the fixture (loading, review, evaluation) with a KeyError."""
    section = {
        "tasks": [{"numbering": "3.", "title": "last"}],
        "sections": [
            {"numbering": "1.", "tasks": [{"title": "one"}]},
            {"title": "box", "tasks": [{"title": "boxed"}]},
            {"numbering": "2.", "tasks": [{"title": "two"}]},
        ],
    }
    titles = [t["title"] for _, t in tasks_in_print_order([section])]
    assert titles == ["one", "boxed", "two", "last"]
