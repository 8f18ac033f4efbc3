"""The targets app's pages: reporting a target's figure."""

import datetime

from django.urls import reverse
from django.utils import timezone

from targets.models import Observation
from tasks.models import Instruction


def test_report_a_target_value_with_clear_errors(world, login):
    client = login(world.users["lead_staff"])
    url = reverse("target-report", args=[world.target.pk])
    cases = [
        ({"value": "-3", "year": "2023"}, "不能小于 0。"),  # no negative counts
        ({"value": "三十", "year": "2023"}, "请填写数字。"),
        ({"value": "30", "year": "2031"}, "日期须在规划期内"),
        ({"value": "30", "as_of": "2019-06-30"}, "日期须在规划期内"),
        ({"value": "30"}, "请填写年度或统计截止日期"),
    ]
    for data, message in cases:
        response = client.post(url, data)
        assert response.status_code == 400 and message in response.content.decode(), data
    assert not Observation.objects.exists()
    assert (
        client.post(url, {"value": "30", "year": "2023", "source": "统计年报"}).status_code == 302
    )
    assert Observation.objects.get().as_of == datetime.date(2023, 12, 31)
    assert "30 家" in client.get(reverse("my-targets")).content.decode()


def test_a_correction_needs_a_reason_and_the_earlier_value_stays_visible(world, login):
    client = login(world.users["lead_staff"])
    url = reverse("target-report", args=[world.target.pk])
    assert client.post(url, {"value": "81", "year": "2022", "source": "年报"}).status_code == 302
    refused = client.post(url, {"value": "105", "year": "2022", "source": "年报"})
    assert refused.status_code == 400 and "更正须说明原因" in refused.content.decode()
    assert Observation.objects.get().value == 81
    saved = client.post(
        url, {"value": "105", "year": "2022", "source": "年报", "reason": "年报修订"}
    )
    assert saved.status_code == 302
    page = client.get(url).content.decode()
    assert "已更正" in page and "<del>81</del>" in page and "<ins>105</ins>" in page
    assert "年报修订" in page and "lead-staff" in page
    mine = client.get(reverse("my-targets")).content.decode()
    assert "105 家" in mine and "<del>81</del>" in mine and "年报修订" in mine


def test_a_leader_issues_an_instruction_on_a_target_to_its_owner(world, login):
    url = reverse("target-instruction-new", args=[world.target.pk])
    reply_by = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    data = {"text": "请说明指标进度", "agencies": [world.agencies["lead"].pk], "level": "key",
            "reply_by": reply_by}  # fmt: skip
    for key in ("lead_staff", "zone_admin"):
        assert login(world.users[key]).post(url, data).status_code == 403
    assert login(world.users["other_zone_admin"]).get(url).status_code == 404
    leader = login(world.users["leadership"])
    page = leader.get(reverse("target-comments", args=[world.target.pk])).content.decode()
    assert url in page
    assert leader.get(url).context["form"].initial["agencies"] == [world.agencies["lead"].pk]
    assert leader.post(url, data).status_code == 302
    instruction = Instruction.objects.get()
    assert (instruction.subject, instruction.target_id) == ("target", world.target.pk)
    detail = leader.get(instruction.get_absolute_url()).content.decode()
    assert reverse("target-comments", args=[world.target.pk]) in detail


def test_a_plan_links_the_plan_it_implements_only_for_who_may_open_it(world, login):
    """A district's plan implements its city's: a district's admin does not see the city's
    zone, so the city plan's title is shown without a link to a page that answers 404."""
    from pilots.models import Plan

    city_plan = Plan.objects.get(zone=world.other_zone)
    Plan.objects.filter(pk=world.plan.pk).update(implements=city_plan)
    url = reverse("plan-detail", args=[world.plan.code])
    link = f'href="{city_plan.get_absolute_url()}"'

    page = login(world.users["zone_admin"]).get(url).content.decode()
    assert city_plan.title in page and link not in page
    assert login(world.users["zone_admin"]).get(city_plan.get_absolute_url()).status_code == 404
    assert link in login(world.users["leadership_all"]).get(url).content.decode()


def goal_headings(page: str) -> list[str]:
    import re

    goals = page[page.index("<h2>目标与指标</h2>") :].split("<h2>", 2)[1]
    headings = re.findall(r'<section class="card">\s*<h3>(.*?)</h3>', goals, flags=re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", h)).strip() for h in headings]


def test_goal_items_under_a_part_do_not_print_the_parts_number_as_their_own(all_plans, client):
    """Regression: Qijiang's goals are a part (二、总体目标) and its unnumbered items
    (创新体制初步建立。…), which stand at 二、: each item printed as "二、 创新体制初步建立", as if
    numbered 二、, five times over. A number is printed where the document prints it: once."""
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True))
    page = client.get(reverse("plan-detail", args=["qijiang-ai"])).content.decode()
    assert goal_headings(page) == [
        "二、 总体目标", "创新体制初步建立", "产业体系初具雏形", "应用场景成效明显",
        "创新生态不断优化", "三、(一)2. 布局人工智能科技计划项目",
    ]  # fmt: skip
    hefei = goal_headings(client.get(reverse("plan-detail", args=["hefei-ai"])).content.decode())
    assert [h.split(" ")[0] for h in hefei] == ["二、", "(一)", "(二)", "(三)", "(四)"]


def test_a_plans_pages_are_titled_in_english_on_an_english_page(all_plans, client):
    """Regression: the plan page's and the final evaluation's <title> (the browser tab, what a
    screen reader announces first) gave the plan's Chinese title on English pages."""
    import re

    from tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True))
    client.cookies["django_language"] = "en"
    english = "Implementation Plan of Qijiang District for Building a New-Generation AI"
    for name in ("plan-detail", "evaluation"):
        page = client.get(reverse(name, args=["qijiang-ai"])).content.decode()
        title = re.search(r"<title>(.*?)</title>", page, flags=re.S).group(1)
        assert title.startswith(english) and "綦江" not in title, title


def test_the_plan_pages_lists_are_named_in_the_plural_in_english(all_plans, client):
    """Regression: the English plan page headed its tasks "Task" and linked its exports as
    "CSV: Task · Status updates · Target · Target figures"."""
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True))
    client.cookies["django_language"] = "en"
    page = client.get(reverse("plan-detail", args=["qijiang-ai"])).content.decode()
    assert "<h2>Tasks</h2>" in page and "<h2>Task</h2>" not in page
    assert 'table=tasks">Tasks</a>' in page and 'table=targets">Targets</a>' in page


def test_a_figure_dated_in_the_future_is_refused_with_a_clear_error(world, login):
    """Within a running plan's period a date after today was accepted: a forecast saved as a
    count, judged on the dashboards once that day came."""
    from pilots.models import Plan

    today = timezone.localdate()
    Plan.objects.filter(pk=world.plan.pk).update(period_end=today.year + 2)
    client = login(world.users["lead_staff"])
    url = reverse("target-report", args=[world.target.pk])
    tomorrow = today + datetime.timedelta(days=1)
    if tomorrow == datetime.date(today.year, 12, 31):  # the year's figure, accepted
        tomorrow += datetime.timedelta(days=1)
    for data in ({"value": "30", "as_of": tomorrow.isoformat()},
                 {"value": "30", "year": str(today.year + 1)}):  # fmt: skip
        response = client.post(url, data)
        page = response.content.decode()
        assert response.status_code == 400 and "日期不能晚于今天" in page, data
        assert today.isoformat() in page
    assert not Observation.objects.exists()
    assert client.post(url, {"value": "30", "as_of": today.isoformat()}).status_code == 302
    # The current year's whole-year figure may come in its last weeks (预计全年).
    assert client.post(url, {"value": "31", "year": str(today.year)}).status_code == 302
    assert Observation.objects.count() == 2


def test_an_ended_plans_figure_may_come_late_but_not_dated_after_its_end(world, login):
    """world.plan ended in 2025: its 2025 figure is accepted today, a 2026 date is not."""
    client = login(world.users["lead_staff"])
    url = reverse("target-report", args=[world.target.pk])
    response = client.post(url, {"value": "30", "as_of": "2026-01-31"})
    assert response.status_code == 400 and "日期须在规划期内" in response.content.decode()
    assert client.post(url, {"value": "30", "year": "2025"}).status_code == 302


def test_the_help_page_says_an_ended_plans_silence_is_counted_to_its_end(world, login):
    client = login(world.users["lead_staff"])
    page = client.get(reverse("help")).content.decode()
    assert "已结束的规划：任务的未更新天数计至规划期末" in page and "30天未更新”筛选" in page
    client.cookies["django_language"] = "en"
    page = client.get(reverse("help")).content.decode()
    assert "counted to the plan's last day" in page
    assert "“not updated in 30 days” filter of My tasks" in page
