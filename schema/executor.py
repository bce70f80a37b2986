"""A compiled fast path for queries, with graphql-core's executor as the fallback.

graphql-core spends about 12 µs on every field of every object: it builds a resolve info,
looks the field up, checks the result and completes it one value at a time. For the nested
queries frontends send (countries → relations → events → figures) that is most of the time.

Here a validated query is compiled once per (operation, variable values) into a plan: for
every selection set, its response keys, each field's resolver with its arguments already
converted, and a completer for its type. Running a plan works a column at a time: a field is
fetched for all the objects at its level in one list comprehension, its async resolvers
(loaders) are awaited together so DataLoaders batch them, and each level's child objects are
completed in one call. Errors are not handled here at all: any exception, and any null where
the schema promises a value, abandons the fast path and the standard executor runs the query
from the start, so errors, null propagation and their paths are exactly graphql-core's.
Queries the compiler does not cover (mutations, introspection, abstract types, fields with
extensions) go to the standard executor directly.
"""

from __future__ import annotations

import asyncio
import builtins
import inspect
import logging
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from graphql import (
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLID,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLString,
    OperationType,
    Undefined,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet, collect_subfields
from graphql.execution.values import get_argument_values
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.arguments import convert_arguments

log = logging.getLogger("entente")

# How often each way was taken, for benchmarks and tests: "compiled", "fallback", "unsupported".
paths: Counter[str] = Counter()

PLAN_CACHE_SIZE = 512
# Plans for variables longer than this (as text) are not remembered: 512 plans of 1.5 MB variables kept 1.5 GB.
_LARGE_VARIABLES = 10_000


class Unsupported(Exception):
    """The operation uses something the compiler does not cover."""


class Fallback(Exception):
    """A null where the schema promises a value: the standard executor reports it."""


class FastInfo:
    """What resolvers read from ``info`` on the fast path: the request context only."""

    __slots__ = ("context",)

    def __init__(self, context: Any):
        self.context = context


Column = list[Any]
Rows = list[dict[str, Any]]
Sink = Callable[[Rows], None]


@dataclass(slots=True)
class Pending:
    """Objects whose selection set runs at the next level; ``rebuild`` puts their rows back in shape."""

    plan: ObjectPlan
    sources: Column
    rebuild: Callable[[Rows], Column]


# A completer turns the resolved values of one field, for every object at a level, into
# either the response values (scalars, enums and lists of them) or the objects to run next.
Complete = Callable[[Column], "tuple[Column | None, Pending | None]"]


@dataclass(slots=True)
class FieldPlan:
    fetch: Callable[[Column, FastInfo], Column]
    may_await: bool  # resolver fields: some values may be awaitables (loads, counts)
    complete: Complete


@dataclass(slots=True)
class ObjectPlan:
    keys: tuple[str, ...]
    fields: tuple[FieldPlan, ...]
    rows: Callable[[list[Column]], Rows]  # the columns of a level zipped into response objects


def _row_builder(keys: tuple[str, ...]) -> Callable[[list[Column]], Rows]:
    """A function building the response objects from columns with a dict display, compiled for
    these keys: about twice as fast as ``dict(zip(keys, row))``. Keys are GraphQL names
    (``[_A-Za-z][_0-9A-Za-z]*``, checked by the parser), written with ``repr`` all the same."""
    if not keys:
        return lambda columns: []
    names = [f"c{i}" for i in range(len(keys))]
    display = ", ".join(f"{key!r}: {name}" for key, name in zip(keys, names, strict=True))
    source = f"lambda columns: [{{{display}}} for {', '.join(names)}, in zip(*columns, strict=True)]"
    return eval(source, {"__builtins__": builtins, "zip": zip})  # noqa: S307 - validated GraphQL names only


async def run(plan: ObjectPlan, root: Any, info: FastInfo) -> dict[str, Any]:
    """Run the plan level by level: every resolver of a level, across all branches, is
    called before anything is awaited, so each DataLoader makes one batch per level."""
    result: Rows = []
    level: list[tuple[ObjectPlan, Column, Sink]] = [(plan, [root], result.extend)]
    while level:
        level = [_distinct(plan, sources, sink) for plan, sources, sink in level]
        fetched = _fetch(level, info)
        waiting = [
            (column, i)
            for (plan, _, _), columns in zip(level, fetched, strict=True)
            for field, column in zip(plan.fields, columns, strict=True)
            if field.may_await
            for i, value in enumerate(column)
            if inspect.isawaitable(value)
        ]
        if waiting:
            # Every load runs to its end before a failure is raised: the standard executor,
            # taking over, then finds the request's loaders settled, none of them cancelled.
            values = await asyncio.gather(*(column[i] for column, i in waiting), return_exceptions=True)
            for (column, i), value in zip(waiting, values, strict=True):
                if isinstance(value, BaseException):
                    raise value
                column[i] = value
        following: list[tuple[ObjectPlan, Column, Sink]] = []
        for (plan, sources, sink), columns in zip(level, fetched, strict=True):
            done: list[Column] = []
            pending: list[tuple[str, Pending]] = []
            for key, field, column in zip(plan.keys, plan.fields, columns, strict=True):
                values, later = field.complete(column)
                done.append([None] * len(sources) if values is None else values)
                if later is not None:
                    pending.append((key, later))
            # Every field skipped (@skip, @include): still one empty object per source, as graphql-core gives.
            rows = plan.rows(done) if plan.keys else [{} for _ in sources]
            for key, later in pending:
                following.append((later.plan, later.sources, _fill(rows, key, later.rebuild)))
            sink(rows)
        level = following
    return result[0]


def _fetch(level: list[tuple[ObjectPlan, Column, Sink]], info: FastInfo) -> list[list[Column]]:
    """Every field of the level for all its objects; async resolvers give coroutines to await.
    When a resolver raises, the coroutines made so far are closed, never left unawaited."""
    fetched: list[list[Column]] = []
    try:
        for plan, sources, _ in level:
            columns: list[Column] = []
            fetched.append(columns)
            for field in plan.fields:
                columns.append(field.fetch(sources, info))
    except BaseException:
        for column in (column for columns in fetched for column in columns):
            for value in column:
                if inspect.iscoroutine(value):
                    value.close()
        raise
    return fetched


def _distinct(plan: ObjectPlan, sources: Column, sink: Sink) -> tuple[ObjectPlan, Column, Sink]:
    """The job with each source object once: one object reached many times (a memoized date,
    a period) is completed once, and its response object is shared where it recurs.

    Within a request a field's value depends only on its object and arguments, so the shared
    response object is equal to the ones graphql-core would build; nothing edits data after
    execution, and JSON encoders write shared objects out in full at each place."""
    if len(set(map(id, sources))) == len(sources):
        return plan, sources, sink
    first: dict[int, int] = {}
    unique: Column = []
    positions = []
    for source in sources:
        position = first.setdefault(id(source), len(unique))
        if position == len(unique):
            unique.append(source)
        positions.append(position)
    return plan, unique, lambda rows: sink([rows[position] for position in positions])


def _fill(rows: Rows, key: str, rebuild: Callable[[Rows], Column]) -> Sink:
    def sink(children: Rows) -> None:
        for row, value in zip(rows, rebuild(children), strict=True):
            row[key] = value

    return sink


class Compiler:
    """Compiles one operation, for one set of variable values, against a Strawberry schema."""

    def __init__(self, executor: StrawberryGraphQLCoreExecutionContext):
        self.executor = executor
        strawberry_schema = executor.schema._strawberry_schema  # type: ignore[attr-defined]
        self.scalars = strawberry_schema.schema_converter.scalar_registry
        self.config = strawberry_schema.config

    def object_plan(self, parent: GraphQLObjectType, fields: GroupedFieldSet) -> ObjectPlan:
        plans = [self.field_plan(parent, details) for details in fields.values()]
        return ObjectPlan(tuple(fields), tuple(plans), _row_builder(tuple(fields)))

    def field_plan(self, parent: GraphQLObjectType, details: FieldDetailsList) -> FieldPlan:
        node = details[0].node
        name = node.name.value
        if name == "__typename":
            type_name = parent.name
            return FieldPlan(lambda sources, _: [type_name] * len(sources), False, _identity)
        field = self.executor.schema.get_field(parent, name)
        if field is None or name.startswith("__"):
            raise Unsupported(f"{parent.name}.{name}")
        definition = field.extensions.get("strawberry-definition")
        if definition is None or definition.extensions:
            raise Unsupported(f"{parent.name}.{name} has extensions")
        complete = self.completer(field.type, details)
        resolver = definition.base_resolver
        if resolver is None:
            return FieldPlan(_attribute(definition.python_name), False, complete)
        raw = get_argument_values(field, node, self.executor.variable_values, details[0].fragment_variable_values)
        kwargs = convert_arguments(raw, definition.arguments, scalar_registry=self.scalars, config=self.config)
        if resolver.parent_parameter or resolver.root_parameter:
            raise Unsupported(f"{parent.name}.{name} asks for its parent")
        return FieldPlan(_call(resolver, kwargs), True, complete)

    def completer(self, type_: GraphQLOutputType, details: FieldDetailsList) -> Complete:
        if is_non_null_type(type_):
            return _non_null(self.completer(type_.of_type, details))
        if is_list_type(type_):
            return _list(self.completer(type_.of_type, details))
        if is_leaf_type(type_):
            return _leaf(type_)
        if is_object_type(type_):
            collected = collect_subfields(
                self.executor.schema,
                self.executor.fragments,
                self.executor.variable_values,
                self.executor.operation,
                type_,
                details,
            )
            return _object(self.object_plan(type_, collected.grouped_field_set))
        raise Unsupported(f"abstract type {type_}")


def _identity(values: Column) -> tuple[Column, None]:
    return values, None


def _attribute(name: str) -> Callable[[Column, FastInfo], Column]:
    get = attrgetter(name)
    return lambda sources, _: list(map(get, sources))


def _call(resolver: Any, kwargs: dict[str, Any]) -> Callable[[Column, FastInfo], Column]:
    func = resolver.wrapped_func
    info_parameter = resolver.info_parameter
    takes_self = resolver.self_parameter is not None

    def fetch(sources: Column, info: FastInfo) -> Column:
        extra = {info_parameter.name: info} if info_parameter else {}
        if takes_self:
            return [func(source, **kwargs, **extra) for source in sources]
        return [func(**kwargs, **extra) for _ in sources]

    return fetch


def _coercion(type_: GraphQLLeafType) -> Callable[[Any], Any]:
    """The type's output coercion; for Strawberry's enums, a table from member to name in
    place of its scan of every value (the same answer: the first name whose value matches)."""
    general = type_.coerce_output_value
    members = getattr(type_, "wrapped_cls", None)
    if not isinstance(type_, GraphQLEnumType) or members is None:
        return general
    names = {}
    for member in members:
        names[member] = next((name for name, value in type_.values.items() if member.value == value.value), None)

    def coerce(value: Any) -> Any:
        if isinstance(value, members):
            name = names.get(value)
            if name is not None:
                return name
        return general(value)

    return coerce


def _non_null(inner: Complete) -> Complete:
    def complete(values: Column) -> tuple[Column | None, Pending | None]:
        for value in values:
            if value is None:
                raise Fallback
        return inner(values)

    return complete


# Values these scalars give back unchanged (graphql-core's coerce_output_string, _id and
# _boolean return a str, str and bool as they are), so completing them needs no call.
_UNCHANGED = {GraphQLString: str, GraphQLID: str, GraphQLBoolean: bool}


def _leaf(type_: GraphQLLeafType) -> Complete:
    coerce = _coercion(type_)
    unchanged = _UNCHANGED.get(type_)  # type: ignore[call-overload]

    def coerced(value: Any) -> Any:
        if value is None:
            return None
        result = coerce(value)
        if result is None or result is Undefined:
            raise Fallback  # graphql-core reports a value its type cannot coerce
        return result

    if unchanged is None:
        return lambda values: ([coerced(value) for value in values], None)
    return lambda values: ([value if value.__class__ is unchanged else coerced(value) for value in values], None)


def _list(inner: Complete) -> Complete:
    def complete(values: Column) -> tuple[Column | None, Pending | None]:
        flat: Column = []
        sizes = []
        for value in values:
            if value is None:
                sizes.append(-1)
            elif isinstance(value, list | tuple):
                sizes.append(len(value))
                flat.extend(value)
            else:
                raise Fallback  # graphql-core reports what is not a list

        def regroup(done: Column) -> Column:
            out: Column = []
            start = 0
            for size in sizes:
                if size < 0:
                    out.append(None)
                else:
                    out.append(done[start : start + size])
                    start += size
            return out

        done, later = inner(flat)
        if later is None:
            return regroup(done), None  # type: ignore[arg-type]
        rebuild = later.rebuild
        return None, Pending(later.plan, later.sources, lambda rows: regroup(rebuild(rows)))

    return complete


def _object(plan: ObjectPlan) -> Complete:
    def complete(values: Column) -> tuple[Column | None, Pending | None]:
        present = [value for value in values if value is not None]
        if len(present) == len(values):
            return None, Pending(plan, present, _same)

        def rebuild(rows: Rows) -> Column:
            found = iter(rows)
            return [None if value is None else next(found) for value in values]

        return None, Pending(plan, present, rebuild)

    return complete


def _same(rows: Rows) -> Column:
    return rows


class _Plans:
    """Compiled plans by (operation, variable values), least recently used dropped first."""

    def __init__(self, size: int):
        self.size = size
        self._plans: OrderedDict[tuple[int, str], tuple[Any, ObjectPlan | None]] = OrderedDict()

    def get(self, executor: StrawberryGraphQLCoreExecutionContext, root: GraphQLObjectType, fields: GroupedFieldSet):
        operation = executor.operation
        key = (id(operation), repr(executor.variable_values.coerced))
        cached = self._plans.get(key)
        if cached is not None and cached[0] is operation:
            self._plans.move_to_end(key)
            return cached[1]
        try:
            plan: ObjectPlan | None = Compiler(executor).object_plan(root, fields)
        except Unsupported:
            plan = None
        except Exception:  # an argument the standard executor will report, or a compiler gap
            log.debug("query not compiled", exc_info=True)
            plan = None
        if len(key[1]) > _LARGE_VARIABLES:
            return plan  # a plan holds its arguments' values: a request's megabytes of variables are not kept
        self._plans[key] = (operation, plan)  # the operation is kept, so its id is not reused
        if len(self._plans) > self.size:
            self._plans.popitem(last=False)
        return plan


plans = _Plans(PLAN_CACHE_SIZE)


class CompiledExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor, trying the compiled plan of a query before executing it field by field."""

    def execute_collected_root_fields(  # type: ignore[override]
        self,
        root_type: GraphQLObjectType,
        root_value: Any,
        grouped_field_set: GroupedFieldSet,
        serially: bool,
        new_defer_usages: Any,
    ) -> Any:
        standard = super().execute_collected_root_fields
        wrapped = self.middleware_manager is not None and self.middleware_manager.middlewares
        if self.operation.operation != OperationType.QUERY or wrapped:
            return standard(root_type, root_value, grouped_field_set, serially, new_defer_usages)
        plan = plans.get(self, root_type, grouped_field_set)
        if plan is None:
            paths["unsupported"] += 1
            return standard(root_type, root_value, grouped_field_set, serially, new_defer_usages)

        async def compiled_or_standard() -> dict[str, Any]:
            try:
                data = await run(plan, root_value, FastInfo(self.context_value))
            except Exception:
                paths["fallback"] += 1
                result = standard(root_type, root_value, grouped_field_set, serially, new_defer_usages)
                return await result if self.is_awaitable(result) else result
            paths["compiled"] += 1
            return data

        return compiled_or_standard()
