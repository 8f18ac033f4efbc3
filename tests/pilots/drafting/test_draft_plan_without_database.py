"""draft_plan is text work: on a machine whose database is not migrated yet, or is down, it
still drafts (the zone then comes from the plan fixtures), in a real process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PLAN = """重庆市人工智能创新发展行动方案

一、主要目标
到2027年，建成智能算力500P。

二、重点任务
1.建设智算中心。统筹建设全市智算中心。（牵头单位：市经济信息化委；配合单位：市发展改革委）
"""


def draft_in_a_process(tmp_path: Path, database_url: str) -> subprocess.CompletedProcess:
    source = tmp_path / "plan.txt"
    source.write_text(PLAN, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "REDIS_CACHE_URL", "CI"}}
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "true",
        "DJANGO_SECRET_KEY": "local-tests-only-not-a-secret-0123456789abcdefghij",
        "DATABASE_URL": database_url,
    }
    command = [sys.executable, "manage.py", "draft_plan", str(source), "--zone", "chongqing"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_draft_plan_drafts_before_the_database_is_migrated(tmp_path):
    result = draft_in_a_process(tmp_path, f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "name: 重庆市" in result.stdout
    assert "建设智算中心" in result.stdout


def test_draft_plan_drafts_while_postgresql_cannot_be_reached(tmp_path):
    # A port nothing listens on: the connection is refused at once.
    result = draft_in_a_process(tmp_path, "postgres://postgres@127.0.0.1:9/none")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "建设智算中心" in result.stdout
