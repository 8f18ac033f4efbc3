"""Signing in: five failed logins lock an account; the right password works."""

from django.urls import reverse


def test_failed_logins_lock_the_account(client, world):
    url = reverse("login")
    for _ in range(5):
        client.post(url, {"username": "lead-staff", "password": "wrong"})
    response = client.post(url, {"username": "lead-staff", "password": "pw-for-tests-only"})
    assert response.status_code == 429
    assert "锁定" in response.content.decode()


def test_login_with_the_right_password(client, world):
    response = client.post(
        reverse("login"), {"username": "lead-staff", "password": "pw-for-tests-only"}
    )
    assert response.status_code == 302
