"""The JSON Schema check of a plan file (``pilots/schema/plan.schema.json``: shape, types,
enumerations, every text and list bounded by what the database columns hold), its verdicts in
the reader's language."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator, FormatChecker

from pilots.fixture_errors import MAX_ERRORS, FixtureError, cut, format_path

SCHEMA_PATH = Path(__file__).parent / "schema" / "plan.schema.json"

schema_validator = Draft202012Validator(
    json.loads(SCHEMA_PATH.read_text(encoding="utf-8")), format_checker=FormatChecker()
)


def schema_errors(name: str, data: dict) -> list[FixtureError]:
    """Every problem the schema finds in the file's data, in the order of their paths."""
    found = itertools.islice(schema_validator.iter_errors(data), MAX_ERRORS)
    return [
        FixtureError(name, path, message)
        for e in sorted(found, key=_error_order)
        for path, message in _schema_problems(e)
    ]


def _error_order(error) -> list:
    return [(0, p, "") if type(p) is int else (1, 0, str(p)) for p in error.absolute_path]


def _schema_problems(error) -> list[tuple[str, str]]:
    """(path, message) of a schema error; a key the schema does not allow is named by its own
    path, so the reader is taken to it rather than to the mapping holding it."""
    path = format_path(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        extra = [key for key in error.instance if key not in allowed]
        return [(format_path([*error.absolute_path, key]), _("此处不允许有此项")) for key in extra]
    return [(path or _("（顶层）"), cut(_schema_text(error)))]


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
