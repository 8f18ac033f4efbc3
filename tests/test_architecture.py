"""The apps depend one way: pilots ← tasks ← targets. A lower app never imports a higher one —
not at the top of a module, not inside a function, not through a string (``apps.get_model``,
``import_module``, a dotted path in a setting) and not through a template it includes.

The import-linter contract in pyproject.toml is the rule (``make lint`` runs it too); the tests
here run it on the code, and on a small tree with a backward import to show it does fail.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
LOWER = {"pilots": ("tasks", "targets"), "tasks": ("targets",)}


def lint_imports(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", *args],
        cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_apps_keep_the_contract():
    run = lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 kept, 0 broken" in run.stdout


def test_the_contract_fails_on_a_backward_import_even_inside_a_function(tmp_path):
    """The same contract, on a tree where pilots imports targets inside a function."""
    pyproject = (ROOT / "pyproject.toml").read_text()
    section = re.search(
        r"^\[tool\.importlinter\].*?(?=^\[tool\.(?!importlinter))", pyproject, re.M | re.S
    )
    (tmp_path / "pyproject.toml").write_text(section.group(0))
    for app in ("pilots", "tasks", "targets"):
        (tmp_path / app).mkdir()
        (tmp_path / app / "__init__.py").write_text("")
    (tmp_path / "targets" / "rollup.py").write_text("from tasks import models\n")
    (tmp_path / "tasks" / "models.py").write_text("import pilots\n")
    assert lint_imports(tmp_path).returncode == 0
    (tmp_path / "pilots" / "views.py").write_text(
        "def home():\n    from targets import rollup\n    return rollup\n"
    )
    run = lint_imports(tmp_path)
    assert run.returncode == 1 and "pilots.views -> targets.rollup" in run.stdout, run.stdout


def _sources(app: str):
    for path in (ROOT / app).rglob("*.py"):
        if "migrations" not in path.parts:
            yield path


def test_no_lower_app_names_a_higher_one_in_a_string():
    """A dotted path in a string ("targets.services.x", get_model("tasks", …)) is an import that
    the contract cannot see."""
    problems = []
    for app, higher in LOWER.items():
        names = "|".join(higher)
        pattern = re.compile(
            rf"""["']({names})\.[a-z_]+\.|get_model\(\s*["']({names})["']|["']({names})\.urls["']"""
        )
        for path in _sources(app):
            text = path.read_text()
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(ROOT)}:{line}: {match.group(0)}")
    assert not problems, problems


def test_no_lower_app_template_includes_a_higher_apps_template():
    problems = []
    for app, higher in LOWER.items():
        pattern = re.compile(rf"""{{%\s*(include|extends)\s+["']({"|".join(higher)})/""")
        for path in (ROOT / "templates" / app).rglob("*.html"):
            if pattern.search(path.read_text()):
                problems.append(str(path.relative_to(ROOT)))
    assert not problems, problems
