"""Reading and validating plan fixtures (fixtures/plans/*.yaml) before anything is written.

A fixture is checked in three layers, and every problem is reported with the file, the path
inside it (``sections[2].tasks[4].lead[0]``) and what is wrong (``fixture_errors``):
1. YAML syntax (with line and column), duplicate keys, read safely (``fixture_yaml``);
2. the JSON Schema in ``pilots/schema/plan.schema.json`` (shape, types, enumerations;
   ``fixture_schema``);
3. references and uniqueness inside the file and across the files loaded together
   (agency keys, codes, parent targets, parent zones and plans; ``fixture_references``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from django.utils.translation import gettext as _

from pilots.fixture_errors import MAX_ERRORS, FixtureError, PlanFixtureInvalid, cut, format_path
from pilots.fixture_references import reference_errors
from pilots.fixture_schema import schema_errors
from pilots.fixture_yaml import MAX_TEXT, VALUE_SLIPS, FixtureLoader
from pilots.validators import UNSTORABLE, undecodable_line
from pilots.yaml_problems import OwnProblem, yaml_problem


@dataclass
class PlanDocument:
    name: str
    data: dict[str, Any] = field(repr=False)

    @property
    def zone_slug(self) -> str:
        return self.data["zone"]["slug"]

    @property
    def plan_code(self) -> str:
        return self.data["plan"]["code"]


def plan_document_parse(*, name: str, text: str) -> PlanDocument:
    """Parse one fixture's text; raise PlanFixtureInvalid with every problem found in it."""
    data = _yaml(name, text)
    if not isinstance(data, dict):
        raise PlanFixtureInvalid(
            [FixtureError(name, "", _("规划文件须是一个 YAML 映射（键: 值）。"))]
        )
    errors = _unstorable(name, data) or schema_errors(name, data) or reference_errors(name, data)
    if errors:
        raise PlanFixtureInvalid(errors[:MAX_ERRORS])
    return PlanDocument(name=name, data=data)


def _yaml(name: str, text: str):
    if len(text) > MAX_TEXT:
        too_long = _("超过 %(n)s 个字符") % {"n": MAX_TEXT}
        raise PlanFixtureInvalid([FixtureError(name, "", too_long)])
    loader = None
    try:
        loader = FixtureLoader(text)  # refuses control characters at once
        node = loader.get_single_node()
        if node is None:
            raise PlanFixtureInvalid(
                [FixtureError(name, "", _("文件是空的（没有任何 YAML 内容）"))]
            )
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _yaml_invalid(name, yaml_problem(exc, text)) from exc
    except VALUE_SLIPS as exc:
        # The scanner's own slips (a "\U" escape past Unicode): said where the reading stopped.
        problem = OwnProblem(_("这个值无法按其写法读取"), loader and loader.get_mark())
        raise _yaml_invalid(name, yaml_problem(problem, text)) from exc
    finally:
        if loader is not None:
            loader.dispose()


def _yaml_invalid(name: str, problem) -> PlanFixtureInvalid:
    message = cut(_("YAML 格式错误：%(problem)s") % {"problem": problem.message})
    if problem.line is None:
        return PlanFixtureInvalid([FixtureError(name, "", message)])
    where = _("第 %(line)s 行第 %(column)s 列") % {"line": problem.line, "column": problem.column}
    return PlanFixtureInvalid([FixtureError(name, where, message, problem.line)])


def _unstorable(name: str, data) -> list[FixtureError]:
    """Texts no database column can hold (NUL, lone surrogates) and numbers that are no number."""
    errors = []

    def walk(value, path):
        if len(errors) >= MAX_ERRORS:
            return
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*path, i))
        elif isinstance(value, str) and UNSTORABLE.search(value):
            errors.append(FixtureError(name, cut(format_path(path)), _("含有空字符或孤立代理码位")))
        elif isinstance(value, float) and not math.isfinite(value):
            problem = _("%(value)s 不是数字") % {"value": repr(value)}
            errors.append(FixtureError(name, cut(format_path(path)), problem))

    walk(data, ())
    return errors


def plan_document_read(path: str | Path) -> PlanDocument:
    path = Path(path)
    try:
        content = path.read_bytes()
        text = content.decode("utf-8")
    except OSError as exc:
        problem = _("无法读取：%(reason)s") % {"reason": exc}
        raise PlanFixtureInvalid([FixtureError(str(path), "", problem)]) from exc
    except UnicodeDecodeError as exc:
        problem = _(
            "文件须为 UTF-8 编码的 YAML 文本（第 %(line)s 行有不是 UTF-8 编码的字节）。"
        ) % {"line": undecodable_line(content, exc)}
        raise PlanFixtureInvalid([FixtureError(str(path), "", problem)]) from exc
    return plan_document_parse(name=str(path), text=text)
