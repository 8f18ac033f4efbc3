"""Reading and validating plan fixtures (fixtures/plans/*.yaml) before anything is written.

A fixture is checked in three layers, and every problem is reported with the file, the path
inside it (``sections[2].tasks[4].lead[0]``) and what is wrong:
1. YAML syntax (with line and column), duplicate keys;
2. the JSON Schema in ``pilots/schema/plan.schema.json`` (shape, types, enumerations);
3. references and uniqueness inside the file and across the files loaded together
   (agency keys, codes, parent targets, parent zones and plans).

The YAML reader is safe for files from a browser: at most MAX_TEXT characters, no Python
objects, nesting at most
MAX_DEPTH deep, at most MAX_ALIASES aliases expanding to at most MAX_ALIAS_NODES nodes (nested
anchors are how a few kilobytes become gigabytes), at most MAX_ERRORS problems reported, each
message cut to MAX_MESSAGE characters, no integer longer than MAX_INT_CHARS. The schema bounds
every text and list to what the database columns hold.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator, FormatChecker

from pilots.roles import ROLES
from pilots.trees import chain_text, loops_in
from pilots.validators import UNSTORABLE, undecodable_line
from pilots.yaml_problems import OwnProblem, yaml_problem

SCHEMA_PATH = Path(__file__).parent / "schema" / "plan.schema.json"
MAX_TEXT = 2 * 1024 * 1024  # characters of one file
# What PyYAML's scanner and constructors raise on a value they cannot read, besides YAMLError.
_VALUE_SLIPS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)
MAX_DEPTH = 32
MAX_ALIASES = 20
MAX_ALIAS_NODES = 10_000
# Characters of one integer as written: a figure has at most 18 digits; Python refuses to read
# over 4,300, and a sexagesimal one ("1:59:59…", YAML 1.1) takes time quadratic in its length.
MAX_INT_CHARS = 40
MAX_ERRORS = 100
MAX_MESSAGE = 300


@dataclass(frozen=True)
class FixtureError:
    file: str
    path: str
    message: str
    line: int | None = None  # of a YAML syntax error, whose path is "line N, column M" in words

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class PlanFixtureInvalid(Exception):
    def __init__(self, errors: list[FixtureError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


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


class _FixtureLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text (the schema checks them), refuses duplicate keys, and
    bounds nesting and aliases (see the module docstring)."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = self._nodes = self._aliases = self._alias_nodes = 0
        self._anchor_sizes: dict[str, int] = {}

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            return self._compose_alias(parent, index, event)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise OwnProblem(_("嵌套超过 %(n)s 层") % {"n": MAX_DEPTH}, event.start_mark)
        before = self._nodes
        self._nodes += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if event.anchor is not None:
            self._anchor_sizes[event.anchor] = self._nodes - before
        return node

    def _compose_alias(self, parent, index, event):
        if event.anchor in self.anchors and event.anchor not in self._anchor_sizes:
            # a node holding itself: endless to walk
            raise OwnProblem(_("别名位于它所指的节点之内（循环）"), event.start_mark)
        size = self._anchor_sizes.get(event.anchor, 1)
        self._aliases += 1
        self._alias_nodes += size
        self._nodes += size
        if self._aliases > MAX_ALIASES or self._alias_nodes > MAX_ALIAS_NODES:
            raise OwnProblem(
                _("别名过多（最多 %(aliases)s 个，展开后最多 %(nodes)s 个节点）")
                % {"aliases": MAX_ALIASES, "nodes": MAX_ALIAS_NODES},
                event.start_mark,
            )
        return super().compose_node(parent, index)

    def construct_object(self, node, deep=False):
        # PyYAML's constructors fail with Python's own errors on a value their tag or form
        # promises but it does not hold (!!int abc, 0x_, !!bool maybe, !!timestamp soon).
        try:
            return super().construct_object(node, deep=deep)
        except _VALUE_SLIPS:
            raise OwnProblem(_("这个值无法按其写法读取"), node.start_mark) from None


_FixtureLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, str | int | float | bool | type(None)):
            raise OwnProblem(_("映射的键须是简单值"), key_node.start_mark)
        if key in seen:
            raise OwnProblem(_("键 %(key)s 重复") % {"key": repr(key)}, key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_FixtureLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _construct_int(loader, node):
    if len(node.value) > MAX_INT_CHARS:
        raise OwnProblem(_("整数超过 %(n)s 个字符") % {"n": MAX_INT_CHARS}, node.start_mark)
    return yaml.SafeLoader.construct_yaml_int(loader, node)


_FixtureLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)

_validator = Draft202012Validator(
    json.loads(SCHEMA_PATH.read_text(encoding="utf-8")), format_checker=FormatChecker()
)


def format_path(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def plan_document_parse(*, name: str, text: str) -> PlanDocument:
    """Parse one fixture's text; raise PlanFixtureInvalid with every problem found in it."""
    data = _yaml(name, text)
    if not isinstance(data, dict):
        raise PlanFixtureInvalid(
            [FixtureError(name, "", _("规划文件须是一个 YAML 映射（键: 值）。"))]
        )
    errors = _unstorable(name, data)
    if not errors:
        found = itertools.islice(_validator.iter_errors(data), MAX_ERRORS)
        errors = [
            FixtureError(name, path, message)
            for e in sorted(found, key=_error_order)
            for path, message in _schema_problems(e)
        ]
    if not errors:
        errors = _check_references(name, data)
    if errors:
        raise PlanFixtureInvalid(errors[:MAX_ERRORS])
    return PlanDocument(name=name, data=data)


def _yaml(name: str, text: str):
    if len(text) > MAX_TEXT:
        too_long = _("超过 %(n)s 个字符") % {"n": MAX_TEXT}
        raise PlanFixtureInvalid([FixtureError(name, "", too_long)])
    loader = None
    try:
        loader = _FixtureLoader(text)  # refuses control characters at once
        node = loader.get_single_node()
        if node is None:
            raise PlanFixtureInvalid(
                [FixtureError(name, "", _("文件是空的（没有任何 YAML 内容）"))]
            )
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _yaml_invalid(name, yaml_problem(exc, text)) from exc
    except _VALUE_SLIPS as exc:
        # The scanner's own slips (a "\U" escape past Unicode): said where the reading stopped.
        problem = OwnProblem(_("这个值无法按其写法读取"), loader and loader.get_mark())
        raise _yaml_invalid(name, yaml_problem(problem, text)) from exc
    finally:
        if loader is not None:
            loader.dispose()


def _yaml_invalid(name: str, problem) -> PlanFixtureInvalid:
    message = _cut(_("YAML 格式错误：%(problem)s") % {"problem": problem.message})
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
            errors.append(
                FixtureError(name, _cut(format_path(path)), _("含有空字符或孤立代理码位"))
            )
        elif isinstance(value, float) and not math.isfinite(value):
            problem = _("%(value)s 不是数字") % {"value": repr(value)}
            errors.append(FixtureError(name, _cut(format_path(path)), problem))

    walk(data, ())
    return errors


def _error_order(error) -> list:
    return [(0, p, "") if type(p) is int else (1, 0, str(p)) for p in error.absolute_path]


def _cut(message: str) -> str:
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…"


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


def _schema_problems(error) -> list[tuple[str, str]]:
    """(path, message) of a schema error; a key the schema does not allow is named by its own
    path, so the reader is taken to it rather than to the mapping holding it."""
    path = format_path(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        extra = [key for key in error.instance if key not in allowed]
        return [(format_path([*error.absolute_path, key]), _("此处不允许有此项")) for key in extra]
    return [(path or _("（顶层）"), _cut(_schema_text(error)))]


def _type_names(expected) -> str:
    names = {
        "string": _("文本"),
        "integer": _("整数"),
        "number": _("数字"),
        "array": _("列表"),
        "object": _("映射"),
        "boolean": _("是非值（true/false）"),
        "null": _("空值"),
    }
    expected = expected if isinstance(expected, list) else [expected]
    return _("或").join(names.get(t, t) for t in expected)


def _schema_text(error) -> str:
    """The schema's verdict in the reader's language, for the checks a plan file meets most."""
    value, instance = error.validator_value, error.instance
    match error.validator:
        case "maxLength":
            return _("超过 %(n)s 个字") % {"n": value}
        case "maxItems":
            return _("超过 %(n)s 项") % {"n": value}
        case "minLength" | "minItems" if value == 1:
            return _("不能为空")
        case "minLength":
            return _("少于 %(n)s 个字") % {"n": value}
        case "minItems":
            return _("少于 %(n)s 项") % {"n": value}
        case "enum":
            allowed = ", ".join(str(v) for v in value)
            return _("%(value)s 不是以下之一：%(allowed)s") % {
                "value": repr(instance),
                "allowed": allowed,
            }
        case "type":
            return _("%(value)s 不是%(type)s") % {
                "value": repr(instance),
                "type": _type_names(value),
            }
        case "format":
            return _("%(value)s 不是有效的 %(format)s") % {"value": repr(instance), "format": value}
        case "not" if "value_max" in instance:
            return _("只有 comparator 为 'range' 时才写 value_max")
        case "required":  # one error per missing key, named only in jsonschema's message
            named = re.match(r"(.+) is a required property$", error.message)
            return _("缺少必填项 %(key)s") % {"key": named[1] if named else value}
        case "pattern":
            return _("%(value)s 不符合格式 %(pattern)s") % {
                "value": repr(instance),
                "pattern": value,
            }
        case "minimum":
            return _("%(value)s 小于 %(n)s") % {"value": instance, "n": value}
        case "maximum":
            return _("%(value)s 大于 %(n)s") % {"value": instance, "n": value}
        case "const":
            return _("%(value)s 应为 %(const)s") % {"value": repr(instance), "const": repr(value)}
        case "uniqueItems":
            return _("有重复的项")
        case "oneOf" | "anyOf":
            return _("%(value)s 不是允许的写法") % {"value": repr(instance)}
    return error.message


def _check_references(name: str, data: dict) -> list[FixtureError]:
    errors: list[FixtureError] = []

    def err(path, message):
        errors.append(FixtureError(name, path, message))

    plan = data["plan"]
    if plan["period_end"] < plan["period_start"]:
        err("plan.period_end", _("早于 plan.period_start"))
    agency_codes = _check_agencies(err, data["agencies"])
    _check_goals(err, data["goals"], agency_codes)
    _check_sections(err, data["sections"], agency_codes)
    return errors


def _check_agencies(err, agencies: list[dict]) -> set[str]:
    """Unique codes, and no name or alias naming two agencies; returns the codes."""
    agency_codes: set[str] = set()
    names_seen: dict[str, str] = {}
    for i, agency in enumerate(agencies):
        if agency["code"] in agency_codes:
            err(f"agencies[{i}].code", _("单位代码 %(code)s 重复") % {"code": repr(agency["code"])})
        agency_codes.add(agency["code"])
        for j, label in enumerate([agency["name"], *agency.get("aliases", [])]):
            other = names_seen.setdefault(label, agency["code"])
            if other != agency["code"]:
                where = f"agencies[{i}].name" if j == 0 else f"agencies[{i}].aliases[{j - 1}]"
                err(
                    where,
                    _("%(label)s 已是单位 %(other)s 的名称")
                    % {"label": repr(label), "other": repr(other)},
                )
    return agency_codes


def _unknown_agency(code: str) -> str:
    return _("未知的单位 %(code)s（agencies 中没有）") % {"code": repr(code)}


def _check_goals(err, goals: list[dict], agency_codes: set[str]) -> None:
    goal_codes: set[str] = set()
    for gi, goal in enumerate(goals):
        if goal["code"] in goal_codes:
            err(f"goals[{gi}].code", _("目标代码 %(code)s 重复") % {"code": repr(goal["code"])})
        goal_codes.add(goal["code"])
    target_paths = {}
    for gi, goal in enumerate(goals):
        for ti, target in enumerate(goal["targets"]):
            path = f"goals[{gi}].targets[{ti}]"
            if target["code"] in target_paths:
                err(f"{path}.code", _("指标代码 %(code)s 重复") % {"code": repr(target["code"])})
            target_paths.setdefault(target["code"], path)
            if target["comparator"] == "range" and target["value_max"] <= target["value"]:
                err(f"{path}.value_max", _("须大于 value"))
            if target.get("baseline_year", 0) > target["deadline"]:
                err(f"{path}.baseline_year", _("晚于期限年份"))
            if "owner" in target and target["owner"] not in agency_codes:
                err(f"{path}.owner", _unknown_agency(target["owner"]))
    parent_of = {}
    for gi, goal in enumerate(goals):
        for ti, target in enumerate(goal["targets"]):
            parent = target.get("parent")
            if parent is not None and (parent not in target_paths or parent == target["code"]):
                err(
                    f"goals[{gi}].targets[{ti}].parent",
                    _("未知的上级指标 %(code)s") % {"code": repr(parent)},
                )
            elif parent is not None:
                parent_of.setdefault(target["code"], parent)
    for loop in loops_in(parent_of):
        err(
            f"{target_paths[loop[0]]}.parent",
            _("上级指标首尾相连，成了循环：%(chain)s") % {"chain": chain_text(loop)},
        )


def _check_sections(err, sections: list[dict], agency_codes: set[str]) -> None:
    """Unique section and task codes; every agency a task or clause names is listed."""

    def check_refs(path: str, holder: dict):
        for role in ROLES:
            for k, code in enumerate(holder.get(role, [])):
                if code not in agency_codes:
                    err(f"{path}.{role}[{k}]", _unknown_agency(code))

    section_codes: set[str] = set()
    task_codes: set[str] = set()
    for placed in sections_walk(sections):
        code = placed.section["code"]
        if code in section_codes:
            err(f"{placed.path}.code", _("部分代码 %(code)s 重复") % {"code": repr(code)})
        section_codes.add(code)
        for ti, task in enumerate(placed.section.get("tasks", [])):
            path = f"{placed.path}.tasks[{ti}]"
            if task["code"] in task_codes:
                err(f"{path}.code", _("任务代码 %(code)s 重复") % {"code": repr(task["code"])})
            task_codes.add(task["code"])
            check_refs(path, task)
            for ci, clause in enumerate(task.get("clauses", [])):
                check_refs(f"{path}.clauses[{ci}]", clause)


@dataclass(frozen=True)
class PlacedSection:
    """A fixture section with where it stands: its path in the file and its parent's code."""

    section: dict[str, Any]
    path: str
    parent: str | None
    depth: int


def sections_walk(
    sections: list[dict[str, Any]], path: str = "sections", parent: str | None = None, depth=0
) -> Iterator[PlacedSection]:
    """Every section of a fixture, outer before inner, in the order the file lists them."""
    for index, section in enumerate(sections):
        here = f"{path}[{index}]"
        yield PlacedSection(section, here, parent, depth)
        yield from sections_walk(
            section.get("sections", []), f"{here}.sections", section["code"], depth + 1
        )


def tasks_in_print_order(sections: list[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """(section, task) for every task of a fixture in the order the document prints them."""
    ordered: list[tuple[dict, dict]] = []
    for section in sections:
        for kind, item in section_children(section):
            if kind == "task":
                ordered.append((section, item))
            else:
                ordered += tasks_in_print_order([item])
    return ordered


def section_children(section: dict[str, Any]) -> list[tuple[str, dict]]:
    """A section's tasks and sub-sections as printed: its own tasks come first, except that a task
    numbered in its sub-sections' sequence (Liuzhou 四、(一): sub-headings 1. 2. 3., then task 4.)
    stands among them by its number."""
    tasks = [("task", t) for t in section.get("tasks", [])]
    subsections = [("section", s) for s in section.get("sections", [])]
    styles = {numbering_style(s.get("numbering", "")) for _kind, s in subsections} - {None}
    if len(styles) != 1:
        return tasks + subsections
    style = styles.pop()
    in_sequence = [t for t in tasks if numbering_style(t[1].get("numbering", "")) == style]
    first = [t for t in tasks if t not in in_sequence]
    merged = sorted(
        in_sequence + subsections, key=lambda child: numbering_value(child[1]["numbering"])
    )
    return first + merged


_STYLE_PATTERNS = {
    "digit": re.compile(r"^\s*(\d+)\s*[.．、]?\s*$"),
    "paren_digit": re.compile(r"^\s*[(（](\d+)[)）]\s*$"),
    "paren_cn": re.compile(r"^\s*[(（]([一二三四五六七八九十]+)[)）]\s*$"),
    "article": re.compile(r"^\s*第([一二三四五六七八九十百零〇\d]+)条\s*$"),
    "circled": re.compile(r"^\s*([①-⑳])\s*$"),
}
_CN_VALUES = dict(zip("一二三四五六七八九", range(1, 10), strict=True))


def numbering_style(numbering: str) -> str | None:
    return next((s for s, p in _STYLE_PATTERNS.items() if p.match(numbering)), None)


def numbering_value(numbering: str) -> int:
    """1. → 1, (12) → 12, (十二) → 12, 第二十五条 → 25, ④ → 4."""
    style = numbering_style(numbering)
    number = _STYLE_PATTERNS[style].match(numbering)[1] if style else ""
    if style == "circled":
        return ord(number) - ord("①") + 1
    if number.isascii() and number.isdigit():
        return int(number)
    hundreds, _hundred, number = number.rpartition("百")
    if hundreds:
        return 100 * _CN_VALUES.get(hundreds, 1) + numbering_value(f"第{number.lstrip('零〇')}条")
    tens, _ten, ones = number.rpartition("十")
    if "十" not in number:
        return _CN_VALUES.get(number, 0)
    return 10 * (_CN_VALUES.get(tens, 1)) + _CN_VALUES.get(ones, 0)
