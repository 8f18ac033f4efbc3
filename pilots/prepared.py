"""Reads built by the ORM and compiled to SQL once per process (PostgreSQL): the rollup's, and
the header's badges every page asks for.

An incremental rollup runs a dozen small reads after every save; building each with the ORM and
compiling it to SQL took about a third of the rollup's time (~0.4 ms a read, longer than
PostgreSQL took to run most of them). A ``Prepared`` read is built once, with stand-in values;
its SQL is kept, and each call runs it with the call's values in the stand-ins' places and
reads the rows back as the queryset would (values, tuples or model instances, with their
``select_related`` objects and annotations). A list of values is one array parameter
(``among``: ``= ANY(%s)``), so the SQL is the same for any number of them.

Other databases build the queryset each time (``among`` is then ``IN``): the same query.
"""

from __future__ import annotations

import datetime
import inspect
import threading
from collections.abc import Callable, Iterable

from django.db import connection
from django.db.models import F, Lookup, Q, QuerySet
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    ValuesIterable,
    ValuesListIterable,
    get_related_populators,
)


def among(field: str, values: Iterable) -> Q:
    """``field`` is one of ``values``: one array parameter on PostgreSQL (the list itself,
    not a copy: a prepared read finds its stand-in by identity)."""
    values = values if isinstance(values, list) else list(values)
    if connection.vendor == "postgresql":
        return Q(_AnyOf(F(field), values))
    return Q(**{f"{field}__in": values})


class _AnyOf(Lookup):
    lookup_name = "any_of"
    prepare_rhs = False  # the list as it is

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*lhs_params, self.rhs]


class Prepared:
    """A read: ``build(**values)`` returns the queryset; calling the ``Prepared`` with the
    values (as ``build`` takes them) returns its rows (a list). Each value is a list (used
    through ``among``), a date or an int, each passed to the ORM as it is (the stand-ins are
    found in the compiled parameters by identity)."""

    def __init__(self, build: Callable[..., QuerySet]):
        self.build = build
        self.names = list(inspect.signature(build).parameters)
        self._compiled: _Compiled | None = None
        self._lock = threading.Lock()

    def __call__(self, *args, **values) -> list:
        values.update(zip(self.names, args, strict=False))
        if connection.vendor != "postgresql":
            return list(self.build(**values))
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = _Compiled(self.build, self.names)
        return self._compiled.rows(values)


def _stand_in(kind):
    """A value of the kind that no other parameter can be (a new object, found by identity)."""
    if kind is list:
        return []
    if kind is int:
        return int("31991")  # made at run time: not a shared small int; in range of any column
    return datetime.date.fromisoformat("1901-02-03")


class _Compiled:
    def __init__(self, build, names):
        kinds = {name: _kind_of(build, name) for name in names}
        stand_ins = {name: _stand_in(kind) for name, kind in kinds.items()}
        queryset = build(**stand_ins)
        self.iterable = queryset._iterable_class
        if self.iterable not in (ModelIterable, ValuesIterable, ValuesListIterable,
                                 FlatValuesListIterable):  # fmt: skip
            raise TypeError(f"a prepared read yields models, values or tuples, not {self.iterable}")
        if queryset._prefetch_related_lookups or queryset._known_related_objects:
            raise TypeError("a prepared read has no prefetches")
        query = queryset.query
        self.db = queryset.db
        self.compiler = query.get_compiler(using=self.db)
        self.sql, params = self.compiler.as_sql()
        self.params = list(params)
        self.slots: list[tuple[int, str]] = []
        for index, param in enumerate(self.params):
            for name, stand_in in stand_ins.items():
                if param is stand_in:
                    self.slots.append((index, name))
        missing = set(names) - {name for _i, name in self.slots}
        if missing:
            raise TypeError(f"a prepared read's values not found in its SQL: {sorted(missing)}")
        if self.iterable is ValuesIterable:
            self.names = list(query.selected) if query.selected else [
                *query.extra_select, *query.values_select, *query.annotation_select,
            ]  # fmt: skip
        fields = [s[0] for s in self.compiler.select[: self.compiler.col_count]]
        if self.compiler.has_composite_fields(fields):
            raise TypeError("a prepared read has no composite fields")
        self.converters = self.compiler.get_converters(fields)
        if self.iterable is ModelIterable:
            self._models_setup()

    def rows(self, values: dict) -> list:
        params = list(self.params)
        for index, name in self.slots:
            value = values[name]
            params[index] = list(value) if isinstance(value, list | tuple | set) else value
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            fetched = cursor.fetchall()
        rows = fetched
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        if self.iterable is ValuesListIterable:
            return [tuple(row) for row in rows]
        if self.iterable is FlatValuesListIterable:
            return [row[0] for row in rows]
        if self.iterable is ValuesIterable:
            names = self.names
            return [dict(zip(names, row, strict=True)) for row in rows]
        return self._models(rows)

    def _models_setup(self) -> None:
        select, klass_info = self.compiler.select, self.compiler.klass_info
        self.model = klass_info["model"]
        fields = klass_info["select_fields"]
        self.start, self.end = fields[0], fields[-1] + 1
        self.init_list = [f[0].target.attname for f in select[self.start : self.end]]
        self.annotations = self.compiler.annotation_col_map
        self.klass_info, self.select = klass_info, select

    def _models(self, rows) -> list:
        # As Django's ModelIterable, on rows already read.
        populators = get_related_populators(self.klass_info, self.select, self.db)
        found = []
        for row in rows:
            obj = self.model.from_db(self.db, self.init_list, row[self.start : self.end])
            for populator in populators:
                populator.populate(row, obj)
            for name, index in self.annotations.items():
                setattr(obj, name, row[index])
            found.append(obj)
        return found


def prefetched(instance, name: str, rows: list) -> None:
    """``instance.<name>.all()`` (a reverse foreign key) answers ``rows``, read by a prepared
    read, without a query, and each row's link back answers ``instance``: stored where
    ``prefetch_related(name)`` stores them."""
    manager = getattr(instance, name)
    rows = list(rows)
    for row in rows:
        manager.field.set_cached_value(row, instance)
    queryset = manager.get_queryset()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[manager.field.remote_field.cache_name] = queryset


def _kind_of(build, name: str):
    annotation = inspect.signature(build).parameters[name].annotation
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    if text.startswith(("list", "set", "tuple")):
        return list
    if text == "int":
        return int
    if text in ("datetime.date", "date"):
        return datetime.date
    raise TypeError(f"a prepared read's value {name} is a list, an int or a date, not {text}")


def models_from_json(model, rows: Iterable[list], fields=None) -> list:
    """Model instances as loaded from the database, from rows of their columns' JSON values
    (``fields``, by default every concrete field, in that order), each made its field's type."""
    fields = fields or model._meta.concrete_fields
    names = [field.attname for field in fields]
    return [
        model.from_db(
            connection.alias, names,
            [field.to_python(value) for field, value in zip(fields, row, strict=True)],
        )
        for row in rows
    ]  # fmt: skip
