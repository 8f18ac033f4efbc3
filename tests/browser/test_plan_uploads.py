"""Uploading a revised plan and confirming it, in a real browser."""

import pytest
from django.urls import reverse

from tasks.models import Task
from tests.conftest import browser_login
from tests.factories import UserFactory
from tests.pilots.test_plan_uploads import revised_qijiang


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_upload_a_revised_plan_and_confirm_it_in_a_browser(browser_page, all_plans, tmp_path):
    UserFactory(username="root", is_superuser=True, is_staff=True)
    revised = tmp_path / "qijiang.yaml"
    revised.write_text(revised_qijiang(), encoding="utf-8")
    page = browser_page
    browser_login(page, "root")
    page.goto(page.base_url + reverse("admin:pilots_plan_changelist"))
    page.click("text=上传规划文件")
    page.set_input_files("input[type=file]", str(revised))
    page.click("input[type=submit]")
    page.wait_for_selector("#preview")
    assert "四.(三)" in page.inner_text("#preview")
    assert Task.objects.get(plan__code="qijiang-ai", code="三.(一).1").title.endswith("研究")
    page.click("#confirm")
    page.wait_for_selector("text=已应用")
    assert Task.objects.get(plan__code="qijiang-ai", code="三.(一).1").title.endswith("联合攻关")
    assert page.console_errors == []
