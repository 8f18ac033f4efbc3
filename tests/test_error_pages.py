"""The error pages a person meets (404, 400, 500, an expired form's 403) are the app's own, in the
reader's language, saying what happened and what to do next: not Django's bare English pages."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

HAN = re.compile(r"[\u3400-\u9fff]")


def visible_text(html: str) -> str:
    """The page's text outside tags, scripts and elements marked as Chinese (the language
    switch's "简体中文", which stays in its own language)."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    html = re.sub(r"<(\w+)[^>]*\blang=\"zh[^\"]*\"[^>]*>.*?</\1>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def in_english(client: Client) -> Client:
    client.cookies["django_language"] = "en"
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("english", [False, True])
def test_a_page_that_does_not_exist_is_the_apps_404_in_the_readers_language(english):
    client = Client()
    client.force_login(UserFactory())
    if english:
        in_english(client)
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert '<main id="main"' in page and reverse("home") in page and reverse("dashboard") in page
    if english:
        assert "<h1>Page not found</h1>" in page
        assert not HAN.search(visible_text(page)), HAN.findall(visible_text(page))
    else:
        assert "<h1>页面不存在</h1>" in page
        assert "Not Found" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("english", [False, True])
def test_a_bad_request_is_the_apps_400_in_the_readers_language(english):
    client = Client(HTTP_HOST="evil.example")  # not an allowed host: DisallowedHost, a 400
    if english:
        in_english(client)
    response = client.get(reverse("login"))
    assert response.status_code == 400
    page = response.content.decode()
    assert '<main id="main"' in page and "Bad Request" not in page
    if english:
        assert "<h1>Bad request</h1>" in page
        assert not HAN.search(visible_text(page)), HAN.findall(visible_text(page))
    else:
        assert "<h1>请求无效</h1>" in page


@pytest.mark.django_db
@pytest.mark.parametrize("english", [False, True])
def test_an_expired_form_says_nothing_was_saved_and_what_to_do(english):
    client = Client(enforce_csrf_checks=True)
    if english:
        in_english(client)
    response = client.post(reverse("login"), {"username": "someone", "password": "x"})
    assert response.status_code == 403
    page = response.content.decode()
    assert '<main id="main"' in page and "CSRF" not in page
    if english:
        assert "<h1>This page has expired</h1>" in page
        assert "not saved" in page
        assert not HAN.search(visible_text(page)), HAN.findall(visible_text(page))
    else:
        assert "<h1>页面已过期</h1>" in page and "没有保存" in page


@pytest.mark.django_db
def test_an_unexpected_error_is_the_apps_500_in_the_readers_language():
    from django.test import RequestFactory
    from django.utils import translation
    from django.views.defaults import server_error

    request = RequestFactory().get("/")
    with translation.override("en"):
        page = server_error(request).content.decode()
    assert "<h1>Server error</h1>" in page and "Server Error (500)" not in page
    assert not HAN.search(visible_text(page)), HAN.findall(visible_text(page))
    with translation.override("zh-hans"):
        page = server_error(request).content.decode()
    assert "<h1>服务器出错</h1>" in page


@pytest.mark.django_db
@pytest.mark.parametrize("english", [False, True])
def test_a_nul_in_an_admin_query_is_the_apps_400_saying_why(english):
    """The admin's NUL guard (pilots.security.AdminNulQueryMiddleware) answered a bare
    text/plain line; it is the same 400 page as every other bad request, with its reason."""
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    if english:
        in_english(client)
    response = client.get(reverse("admin:tasks_task_changelist") + "?q=%00")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    assert '<main id="main"' in page and reverse("home") in page
    if english:
        assert "<h1>Bad request</h1>" in page and "invalid character (NUL)" in page
        assert not HAN.search(visible_text(page)), HAN.findall(visible_text(page))
    else:
        assert "<h1>请求无效</h1>" in page and "请求含有无效字符（NUL）" in page


@pytest.mark.django_db
@pytest.mark.parametrize("english", [False, True])
def test_a_submit_only_address_opened_directly_is_the_apps_405_with_a_way_back(world, english):
    """Django's require_POST answers a bare 405: an empty page in the browser."""
    client = Client()
    client.force_login(world.users["lead_staff"])
    if english:
        in_english(client)
    task_page = reverse("task-detail", args=[world.task.pk])
    response = client.get(
        reverse("task-report", args=[world.task.pk]), HTTP_REFERER=f"http://testserver{task_page}"
    )
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    page = response.content.decode()
    assert '<main id="main"' in page and 'role="alert"' in page
    assert f'href="http://testserver{task_page}"' in page and f'href="{reverse("home")}"' in page
    if english:
        assert "<h1>This address only receives submissions</h1>" in page
        assert "Nothing was changed" in page
        assert not HAN.search(visible_text(page)), HAN.findall(visible_text(page))
    else:
        assert "<h1>此地址只用于提交</h1>" in page and "什么都没有改动" in page


@pytest.mark.django_db
def test_a_class_based_views_405_is_the_apps_page_too(world):
    """Django's LogoutView accepts posts only (http_method_not_allowed); a foreign Referer is
    not offered as the way back."""
    client = Client()
    client.force_login(world.users["lead_staff"])
    response = client.get(reverse("logout"), HTTP_REFERER="https://evil.example/")
    assert response.status_code == 405 and "POST" in response["Allow"]
    page = response.content.decode()
    assert "<h1>此地址只用于提交</h1>" in page and "evil.example" not in page
    assert client.get(reverse("home")).status_code == 200  # still signed in
