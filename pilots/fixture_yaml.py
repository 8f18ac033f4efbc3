"""The YAML reader of plan files, safe for files from a browser: at most MAX_TEXT characters, no
Python objects, nesting at most MAX_DEPTH deep, at most MAX_ALIASES aliases expanding to at most
MAX_ALIAS_NODES nodes (nested anchors are how a few kilobytes become gigabytes), no integer longer
than MAX_INT_CHARS, no duplicate key; dates are kept as text (the schema checks them)."""

from __future__ import annotations

import yaml
from django.utils.translation import gettext as _

from pilots.yaml_problems import OwnProblem

MAX_TEXT = 2 * 1024 * 1024  # characters of one file
# What PyYAML's scanner and constructors raise on a value they cannot read, besides YAMLError.
VALUE_SLIPS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)
MAX_DEPTH = 32
MAX_ALIASES = 20
MAX_ALIAS_NODES = 10_000
# Characters of one integer as written: a figure has at most 18 digits; Python refuses to read
# over 4,300, and a sexagesimal one ("1:59:59…", YAML 1.1) takes time quadratic in its length.
MAX_INT_CHARS = 40


class FixtureLoader(yaml.SafeLoader):
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
        except VALUE_SLIPS:
            raise OwnProblem(_("这个值无法按其写法读取"), node.start_mark) from None


FixtureLoader.yaml_implicit_resolvers = {
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


FixtureLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _construct_int(loader, node):
    if len(node.value) > MAX_INT_CHARS:
        raise OwnProblem(_("整数超过 %(n)s 个字符") % {"n": MAX_INT_CHARS}, node.start_mark)
    return yaml.SafeLoader.construct_yaml_int(loader, node)


FixtureLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
