import pytest

from tests.tasks.conftest import World, report_data  # noqa: F401  (shared with the task tests)


@pytest.fixture
def world(db) -> World:
    return World()


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user
