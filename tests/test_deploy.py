"""The production units in config/deploy/: every long-running process restarts on its own and
none takes another down; gunicorn listens on loopback only; the command lines are valid."""

import configparser
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "config" / "deploy"
SERVICES = ["web", "worker", "beat"]


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read_string((DEPLOY / name).read_text().replace("\\\n", " "))
    return parser


def environment() -> dict[str, str]:
    lines = (DEPLOY / "pilot-tracker.env.example").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


@pytest.mark.parametrize("service", SERVICES)
def test_each_process_restarts_alone(service):
    section = unit(f"pilot-tracker-{service}.service")
    assert section["Service"]["Restart"] == "always"
    assert section["Service"]["EnvironmentFile"] == "/etc/pilot-tracker/env"
    # Tied to the target for start/stop only: a crash of one never stops the others.
    assert section["Unit"]["PartOf"] == "pilot-tracker.target"
    assert not {"BindsTo", "Requires", "Requisite"} & set(section["Unit"])
    assert section["Install"]["WantedBy"] == "pilot-tracker.target"
    wanted = unit("pilot-tracker.target")["Unit"]["Wants"].split()
    assert f"pilot-tracker-{service}.service" in wanted


def test_gunicorn_listens_on_loopback_and_its_command_line_is_valid(tmp_path):
    env = environment()
    assert env["WEB_BIND"].startswith("127.0.0.1:")
    command = unit("pilot-tracker-web.service")["Service"]["ExecStart"]
    command = re.sub(r"\$\{(\w+)\}", lambda m: env[m.group(1)], command)
    argv = shlex.split(command)
    assert Path(argv[0]).name == "gunicorn"
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", *argv[1:], "--check-config"], cwd=ROOT,
        capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SECRET_KEY": "x" * 50,
             "DATABASE_URL": "postgres://u@127.0.0.1/db", "DJANGO_ALLOWED_HOSTS": "localhost"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_procfile_is_for_development_and_binds_loopback():
    procfile = (ROOT / "Procfile").read_text()
    assert "--bind 127.0.0.1:" in procfile and "0.0.0.0" not in procfile


def test_the_cache_and_the_job_queue_are_two_databases_in_the_environment_file():
    from config.redis_urls import redis_same_database

    env = environment()
    assert env["REDIS_URL"] and env["REDIS_CACHE_URL"]
    assert not redis_same_database(env["REDIS_URL"], env["REDIS_CACHE_URL"])
