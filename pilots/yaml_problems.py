"""What is wrong with a malformed YAML text, in the reader's language, and where.

PyYAML words its problems for programmers, in English ("while scanning a simple key … could not
find expected ':'"). The kinds a person meets when editing a plan file by hand are said here as
sentences of the reader's language; any other kind gets a general sentence. Either way the place
is the line and column PyYAML marked — for a few kinds the place where the construct opened
(the key missing its colon, the quote never closed), which is the line to correct.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import yaml
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


class OwnProblem(yaml.MarkedYAMLError):
    """A refusal worded by this app (already in the reader's language), at a place in the text."""

    def __init__(self, problem: str, mark):
        super().__init__(problem=problem, problem_mark=mark)


@dataclass(frozen=True)
class YamlProblem:
    message: str  # without the place
    line: int | None  # 1-based
    column: int | None


def _tag_shown(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


def _char_shown(char: str) -> str:
    return "Tab" if char == "\t" else repr(char)


def _marked(exc: yaml.MarkedYAMLError) -> tuple[str, object] | None:
    """(sentence, mark) for the problem kinds said in words; None for any other."""
    problem, context = exc.problem or "", exc.context or ""
    at_problem, at_context = exc.problem_mark, exc.context_mark or exc.problem_mark
    opened_on = {"line": at_context.line + 1 if at_context else "?"}
    if problem == "could not find expected ':'":
        return _("缺少冒号“:”（每一项须写成“键: 值”）"), at_context
    if found := re.fullmatch(r"found character (.+) that cannot start any token", problem):
        if found[1] == repr("\t"):
            return _("不能用 Tab 缩进或分隔，请改用空格"), at_problem
        return (
            _("字符 %(char)s 不能出现在值的开头（请给这段文字加引号）") % {"char": found[1]},
            at_problem,
        )
    if problem == "mapping values are not allowed here":
        return _("此处不能出现“键: 值”（文字中含“: ”时请加引号，或检查缩进）"), at_problem
    if problem == "sequence entries are not allowed here":
        return _("此处不能出现列表项“- ”（请检查缩进）"), at_problem
    if problem.startswith("expected <block end>"):
        return _("缩进与上文不一致，或这一行在值之后还有多余的内容"), at_problem
    if problem.startswith("expected ',' or ']'"):
        return _("第 %(line)s 行以“[”开始的列表在此处缺少“,”或“]”") % opened_on, at_problem
    if problem.startswith("expected ',' or '}'"):
        return _("第 %(line)s 行以“{”开始的映射在此处缺少“,”或“}”") % opened_on, at_problem
    if context == "while scanning a quoted scalar":
        return _("从这里开始的引号没有闭合"), at_context
    if context == "while scanning a double-quoted scalar":
        return _("双引号中的反斜杠“\\”转义无效（反斜杠请写成“\\\\”，或改用单引号）"), at_problem
    if dup := re.fullmatch(r"found duplicate anchor (.+); first occurrence", context):
        return (
            _("锚点 &%(name)s 重复定义（第一次在第 %(line)s 行）")
            % {"name": dup[1].strip("'\""), **opened_on},
            at_problem,
        )
    if undefined := re.fullmatch(r"found undefined alias (.+)", problem):
        return (
            _("别名 *%(name)s 之前没有对应的锚点 &%(name)s（如果这是文字，请加引号）")
            % {"name": undefined[1].strip("'\"")},
            at_problem,
        )
    if context in ("while scanning an anchor", "while scanning an alias"):
        return (
            _("“&”或“*”后须是由字母或数字组成的名称（如果这是文字，请加引号）"),
            at_context,
        )
    if tag := re.fullmatch(r"could not determine a constructor for the tag '(.+)'", problem):
        if tag[1] == "tag:yaml.org,2002:merge":
            return _("不支持合并键“<<”"), at_problem
        return (
            _("不支持标签 %(tag)s（规划文件只含文字、数字、列表和映射）")
            % {"tag": _tag_shown(tag[1])},
            at_problem,
        )
    if context == "expected a single document in the stream":
        return _("文件只能含一个 YAML 文档（请删除第二个“---”及其后的内容）"), at_problem
    if problem.startswith("expected the node content"):
        return _("此处缺少值"), at_problem
    if problem.startswith("expected a comment or a line break"):
        return _("这一行应在此处结束，后面却还有内容"), at_problem
    if problem.startswith("found unexpected end of stream"):
        return _("文件在此处意外结束"), at_problem
    return None


def yaml_problem(exc: yaml.YAMLError, text: str) -> YamlProblem:
    """The problem of a YAML text PyYAML could not read, said in the reader's language."""
    if isinstance(exc, yaml.reader.ReaderError):  # marked by its place in the text, not a line
        line, column = _place(text, exc.position)
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        message = _("含有不允许的控制字符 U+%(code)04X") % {"code": ord(char)}
        return YamlProblem(message, line, column)
    if isinstance(exc, OwnProblem):
        said = (exc.problem, exc.problem_mark)
    else:
        said = _marked(exc) if isinstance(exc, yaml.MarkedYAMLError) else None
    if said is None:
        logger.info("YAML problem said in general words: %s", str(exc)[:300])
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        said = (_("无法识别这里的写法（请检查此处的冒号、引号、括号和缩进）"), mark)
    message, mark = said
    if mark is None:
        return YamlProblem(message, None, None)
    return YamlProblem(message, mark.line + 1, mark.column + 1)


def _place(text: str, position: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, position) + 1
    return text.count("\n", 0, position) + 1, position - line_start + 1
