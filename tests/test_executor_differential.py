"""The compiled fast path (schema/executor.py) answers exactly as graphql-core's standard executor,
on generated queries (hypothesis) and on the benchmarks' queries, errors and null propagation included."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    get_named_type,
    is_abstract_type,
    is_composite_type,
    parse,
    print_ast,
    specified_rules,
    validate,
)
from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from strawberry.types import ExecutionResult

from bench.queries import CARD, nested
from entente.settings import Settings
from resolvers.loaders import Context
from resolvers.pagination import encode_cursor
from schema import build, schema
from schema.executor import CompiledExecutor, paths
from schema.limits import count_tokens, rules

# The same schema as schema/__init__.py, executed by graphql-core's standard executor only.
reference = build(compiled=False)

GRAPHQL = schema._schema
LIMITS = Settings()
VALIDATION_RULES = (*specified_rules, *rules(LIMITS.max_depth, LIMITS.max_aliases))

MAX_DEPTH = 6
MAX_SELECTIONS = 40  # fields, __typename and fragments per document, so documents stay under the token limit
# Generated queries per run: mongomock answers in milliseconds, a real server in tens of them.
EXAMPLES = {"mongomock": 300, "mongodb": 60}
MIN_COMPILED_SHARE = 0.5
MAX_INVALID_SHARE = 0.1

CODES = ("KAZ", "KEN", "TUR", "GBR", "BFA", "kaz", "kz", "Tr", "gb", "BF", "XXX", "ZZ", "", "KAZAKHSTAN")
FIRSTS = (0, 1, 2, 5, 100, 101, -1)
DATES = ("1991-12-16", "2009-01-01", "2022-05-10", "2023-09-01", "2024-12-31", "2030-01-01")
BAD_DATES = ("2023-13-01", "yesterday")  # only as variable values: as literals they fail validation
SEARCHES = ("strategic dialogue", "Kazakhstan", "trade turnover", "visit", "", "zzzz", "TÜRKİYE", 'a "quote" \\')
CURRENCIES = ("USD", "usd", "EUR", "KZT", "dollars", "")
BAD_CURSORS = ("", "garbage", "WyJCRU4iXQ", "bm90IGpzb24=", encode_cursor(["KAZ", "x", "y"]), encode_cursor([1]))
HANDWRITTEN_IDS = ("Country:kz", "Country:XXX", "Relation:KAZ-GBR", "Relation:tr-kz", "Relation:KAZ-KAZ")
BAD_IDS = ("Event:ev_none", "Person:", "Nope:1", "KAZ", "", "Article:art_none")
# A second operation in some documents, so that the request names the one to run.
OTHER_OPERATION = "query Other { countries(first: 1) { totalCount } }"
# Introspection runs on the standard executor; a few root selections of it check that it is sent there.
INTROSPECTION = ('__type(name: "Country") { name kind fields { name } }', "__schema { queryType { name } }")

# What the generator reads from the seeded database: cursors of every connection, and ids of every node type.
SAMPLES = """
{
  countries(first: 5, withRelations: true) { edges { cursor node { id } } }
  events(first: 5) { edges { cursor node { id participants { id } figures { id } } } }
  articles(first: 3) { edges { cursor node { id } } }
  country(code: "KAZ") {
    partnersByTrade(first: 2) { edges { cursor } }
    partnersByEvents(first: 3) { edges { cursor } }
    relations(first: 5) { edges { cursor node {
      id
      events(first: 3) { edges { cursor } }
      figures(first: 3) { edges { cursor } }
    } } }
  }
}
"""


@dataclass(frozen=True)
class Samples:
    cursors: dict[str, tuple[str, ...]]  # by connection field, "Type.field"
    ids: tuple[str, ...]  # global ids, every node type

    @property
    def all_cursors(self) -> tuple[str, ...]:
        return tuple(itertools.chain.from_iterable(self.cursors.values()))


@dataclass(frozen=True)
class Operation:
    text: str
    variables: dict[str, Any]
    name: str | None = None


def _strings(value: Any, key: str) -> list[str]:
    """Every string held under ``key`` anywhere in a response."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == key and isinstance(v, str)] + _strings(list(value.values()), key)
    if isinstance(value, list):
        return [s for item in value for s in _strings(item, key)]
    return []


async def samples_of(db: Any) -> Samples:
    result = await reference.execute(SAMPLES, context_value=Context.for_request(db))
    assert result.errors is None, result.errors
    data = result.data
    relations = data["country"]["relations"]
    cursors = {
        "Query.countries": _strings(data["countries"], "cursor"),
        "Query.events": _strings(data["events"], "cursor"),
        "Query.articles": _strings(data["articles"], "cursor"),
        "Country.relations": [edge["cursor"] for edge in relations["edges"]],
        "Country.partnersByTrade": _strings(data["country"]["partnersByTrade"], "cursor"),
        "Country.partnersByEvents": _strings(data["country"]["partnersByEvents"], "cursor"),
        "Relation.events": _strings([edge["node"]["events"] for edge in relations["edges"]], "cursor"),
        "Relation.figures": _strings([edge["node"]["figures"] for edge in relations["edges"]], "cursor"),
    }
    assert all(cursors.values()), cursors
    return Samples({k: tuple(dict.fromkeys(v)) for k, v in cursors.items()}, tuple(dict.fromkeys(_strings(data, "id"))))


def _literal(value: Any, type_: GraphQLInputType) -> str:
    """A Python value of ``type_`` written as a GraphQL literal."""
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    if value is None:
        return "null"
    if isinstance(type_, GraphQLList):
        if not isinstance(value, list):
            return _literal(value, type_.of_type)  # one item, which input coercion makes a list of one
        return "[" + ", ".join(_literal(item, type_.of_type) for item in value) + "]"
    if isinstance(type_, GraphQLInputObjectType):
        return "{" + ", ".join(f"{k}: {_literal(v, type_.fields[k].type)}" for k, v in value.items()) + "}"
    if isinstance(type_, GraphQLEnumType):
        return value
    return json.dumps(value)  # strings (JSON escapes are GraphQL escapes), ints, true and false


@dataclass
class _Fragment:
    name: str
    condition: str
    extent: int  # how much deeper than its spread its fields reach
    all_aliased: bool  # safe to spread where other types' fields may share response keys


class _Writer:
    """Writes one random, valid-by-construction operation, drawing every choice from hypothesis."""

    def __init__(self, draw: Any, samples: Samples):
        self.draw = draw
        self.samples = samples
        self.definitions: list[str] = []
        self.values: dict[str, Any] = {}
        self.fragments: list[_Fragment] = []
        self.fragment_texts: list[str] = []
        self.unaliased: dict[tuple[str, str], str] = {}  # arguments of unaliased fields, so that they merge
        self.budget = MAX_SELECTIONS
        self.ids = itertools.count()

    def chance(self, p: float) -> bool:
        """True with probability about ``p``; hypothesis favours and shrinks towards 0, which is False."""
        return self.draw(st.integers(0, 99)) >= 100 - p * 100

    # Values

    def scalar(self, type_name: str, name: str, parent: str, *, bad: bool) -> Any:
        samples = self.samples
        if name in ("code", "a", "b", "country"):
            return self.draw(st.sampled_from(CODES))
        if name == "first":
            return self.draw(st.sampled_from(FIRSTS))
        if name == "after":
            own = samples.cursors.get(parent, ())
            return self.draw(
                st.sampled_from(own or samples.all_cursors) | st.sampled_from((*samples.all_cursors, *BAD_CURSORS))
            )
        if name == "currency":
            return self.draw(st.sampled_from(CURRENCIES))
        if name == "search":
            return self.draw(st.sampled_from(SEARCHES))
        if name == "id":
            ids = samples.ids if parent == "Query.node" else [i for i in samples.ids if i.startswith("Article:")]
            ids = [*ids, *(i.removeprefix("Article:") for i in ids)] if parent == "Query.article" else ids
            return self.draw(st.sampled_from(ids) | st.sampled_from((*HANDWRITTEN_IDS, *BAD_IDS)))
        if type_name == "Boolean":
            return self.draw(st.booleans())
        if type_name == "Date":
            return self.draw(st.sampled_from(DATES + BAD_DATES if bad and self.chance(0.1) else DATES))
        raise AssertionError(f"no values for {parent}({name}: {type_name})")

    def value(self, type_: GraphQLInputType, name: str, parent: str, *, bad: bool = False) -> Any:
        """A Python value of ``type_``: variable values, and literals once written."""
        if not isinstance(type_, GraphQLNonNull) and self.chance(0.05):
            return None
        return self._non_null_value(type_, name, parent, bad=bad)

    def _non_null_value(self, type_: GraphQLInputType, name: str, parent: str, *, bad: bool) -> Any:
        if isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        if isinstance(type_, GraphQLList):
            if self.chance(0.1):
                return self._non_null_value(type_.of_type, name, parent, bad=bad)  # coerced to a list of one
            size = self.draw(st.integers(0, 3))
            return [self._non_null_value(type_.of_type, name, parent, bad=bad) for _ in range(size)]
        if isinstance(type_, GraphQLEnumType):
            return self.draw(st.sampled_from(list(type_.values)))
        if isinstance(type_, GraphQLInputObjectType):
            chosen = self.draw(st.lists(st.sampled_from(list(type_.fields)), max_size=len(type_.fields), unique=True))
            return {k: self.value(type_.fields[k].type, k, f"{type_.name}.{k}", bad=bad) for k in chosen}
        return self.scalar(type_.name, name, parent, bad=bad)

    def argument(self, type_: GraphQLInputType, name: str, parent: str) -> str:
        """An argument's value as written in the document: a literal, or a variable, also inside lists and objects."""
        if self.chance(0.3):
            return self.variable(type_, name, parent)
        inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
        if inner is type_ and self.chance(0.05):
            return "null"
        if isinstance(inner, GraphQLInputObjectType):
            chosen = self.draw(st.lists(st.sampled_from(list(inner.fields)), max_size=len(inner.fields), unique=True))
            fields = (f"{k}: {self.argument(inner.fields[k].type, k, f'{inner.name}.{k}')}" for k in chosen)
            return "{" + ", ".join(fields) + "}"
        return _literal(self._non_null_value(inner, name, parent, bad=False), inner)

    def variable(self, type_: GraphQLInputType, name: str, parent: str) -> str:
        """A new variable for a position of ``type_``: declared as it or stricter, with or without a
        default, given a value or left out (so that the default, or the argument's own default, applies)."""
        variable = f"v{len(self.definitions)}"
        declared = type_
        if not isinstance(type_, GraphQLNonNull) and self.chance(0.3):
            declared = GraphQLNonNull(type_)
        definition = f"${variable}: {declared}"
        has_default = not isinstance(declared, GraphQLNonNull) and self.chance(0.4)
        if has_default:
            default = self._non_null_value(declared, name, parent, bad=False)
            definition += f" = {_literal(default, declared)}"
        self.definitions.append(definition)
        if isinstance(declared, GraphQLNonNull) or not self.chance(0.4):
            self.values[variable] = self.value(declared, name, parent, bad=True)
        return f"${variable}"

    def directives(self) -> str:
        if not self.chance(0.15):
            return ""
        name = self.draw(st.sampled_from(("include", "skip")))
        condition = self.draw(st.sampled_from(("true", "false", "variable")))
        if condition == "variable":
            condition = self.variable(GraphQLNonNull(GRAPHQL.get_type("Boolean")), "if", f"@{name}")
        return f" @{name}(if: {condition})"

    # Selections

    def selection_set(
        self, type_: GraphQLObjectType | GraphQLInterfaceType, depth: int, *, nest: int = 0, abstract: bool = False
    ) -> tuple[str, int]:
        """A selection set on ``type_`` whose fields sit at ``depth``, and the deepest depth its fields reach.
        ``abstract``: the set is a fragment inside an interface's selection, where fields of other types may
        share response keys, so every field but ``id`` gets an alias of its own."""
        items: list[str] = []
        reached = depth
        selected: list[tuple[str, str]] = []  # (name, head) of the fields so far, to select again
        for _ in range(self.draw(st.integers(1, 4 if depth <= 2 else 2))):
            if self.budget <= 0 and items:
                break
            self.budget -= 1
            kind = self.draw(
                st.sampled_from(("field",) * 5 + ("__typename", "fragment") + (("again",) if selected else ()))
            )
            if kind == "__typename" and type_ is GRAPHQL.query_type and self.chance(0.3):
                items.append(self.draw(st.sampled_from(INTROSPECTION)))
            elif kind == "__typename" or (kind == "fragment" and nest >= 2):
                items.append(("typename: " if self.chance(0.2) else "") + "__typename" + self.directives())
            elif kind == "fragment":
                text, deepest = self.fragment(type_, depth, nest, abstract)
                items.append(text)
                reached = max(reached, deepest)
            else:
                name, head = (
                    self.draw(st.sampled_from(selected)) if kind == "again" else self.head(type_, depth, abstract)
                )
                text, deepest = self.field(type_, name, head, depth)
                items.append(text)
                selected.append((name, head))
                reached = max(reached, deepest)
        return "{ " + " ".join(items) + " }", reached

    def head(self, parent: GraphQLObjectType | GraphQLInterfaceType, depth: int, abstract: bool) -> tuple[str, str]:
        """Choose a field of ``parent`` and write its alias and arguments."""
        # Fields of an interface type (node) run on the standard executor: chosen a quarter as often,
        # and last in the list, where hypothesis draws less often.
        names = sorted(
            (
                n
                for n, f in parent.fields.items()
                if depth < MAX_DEPTH or not is_composite_type(get_named_type(f.type))
                for _ in range(1 if is_abstract_type(get_named_type(f.type)) else 4)
            ),
            key=lambda n: is_abstract_type(get_named_type(parent.fields[n].type)),
        )
        name = self.draw(st.sampled_from(names))
        field = parent.fields[name]
        alias = f"a{next(self.ids)}" if (abstract and name != "id") or self.chance(0.2) else None
        own = alias is None and self.chance(0.05)  # aliased to its own name: the same response key
        key = (parent.name, name)
        if alias is None and key in self.unaliased:
            arguments = self.unaliased[key]
        else:
            written = [
                f"{arg}: {self.argument(definition.type, arg, f'{parent.name}.{name}')}"
                for arg, definition in field.args.items()
                if isinstance(definition.type, GraphQLNonNull) or self.chance(0.5)
            ]
            arguments = f"({', '.join(written)})" if written else ""
            if alias is None:
                self.unaliased[key] = arguments
        if own:
            alias = name
        return name, f"{alias}: {name}{arguments}" if alias else f"{name}{arguments}"

    def field(
        self, parent: GraphQLObjectType | GraphQLInterfaceType, name: str, head: str, depth: int
    ) -> tuple[str, int]:
        named = get_named_type(parent.fields[name].type)
        if not is_composite_type(named):
            return head + self.directives(), depth
        selections, reached = self.selection_set(named, depth + 1)
        return f"{head}{self.directives()} {selections}", reached

    def fragment(
        self, type_: GraphQLObjectType | GraphQLInterfaceType, depth: int, nest: int, abstract: bool
    ) -> tuple[str, int]:
        """An inline fragment or a fragment spread, on ``type_`` itself, on Node, or on a type implementing Node."""
        node = GRAPHQL.get_type("Node")
        conditions: list[GraphQLObjectType | GraphQLInterfaceType | None] = [None, type_]
        if isinstance(type_, GraphQLInterfaceType):
            conditions += GRAPHQL.get_possible_types(type_)
        elif node in type_.interfaces:
            conditions.append(node)
        condition = self.draw(st.sampled_from(conditions))
        target = condition or type_
        # A concrete type's fragment inside the interface's selection meets the other types' fields.
        inner_abstract = abstract or (isinstance(type_, GraphQLInterfaceType) and isinstance(target, GraphQLObjectType))
        if condition is None or self.chance(0.5):
            selections, reached = self.selection_set(target, depth, nest=nest + 1, abstract=inner_abstract)
            on = f" on {condition.name}" if condition else ""
            return f"...{on}{self.directives()} {selections}", reached
        reusable = [
            f
            for f in self.fragments
            if f.condition == target.name and depth + f.extent <= MAX_DEPTH and (f.all_aliased or not inner_abstract)
        ]
        if reusable and self.chance(0.5):
            chosen = self.draw(st.sampled_from(reusable))
            return f"...{chosen.name}{self.directives()}", depth + chosen.extent
        name = f"F{next(self.ids)}"
        selections, reached = self.selection_set(target, depth, nest=nest + 1, abstract=inner_abstract)
        self.fragments.append(_Fragment(name, target.name, reached - depth, inner_abstract))
        self.fragment_texts.append(f"fragment {name} on {target.name} {selections}")
        return f"...{name}{self.directives()}", reached


@st.composite
def operations(draw: Any, samples: Samples, stats: Counter[str]) -> Operation:
    """Valid query operations over the whole Query root, within the app's limits."""
    writer = _Writer(draw, samples)
    body, _ = writer.selection_set(GRAPHQL.query_type, 1)
    name = " Generated" if writer.chance(0.6) else ""
    definitions = f"({', '.join(writer.definitions)})" if writer.definitions else ""
    header = f"query{name}{definitions} " if name or definitions or writer.chance(0.5) else ""
    other = [OTHER_OPERATION] if name and writer.chance(0.2) else []
    text = "\n".join([header + body, *other, *writer.fragment_texts])
    stats["generated"] += 1
    errors = validate(GRAPHQL, parse(text), VALIDATION_RULES)
    if errors:
        stats["invalid"] += 1
    elif count_tokens(text, LIMITS.max_tokens) > LIMITS.max_tokens:
        stats["too long"] += 1
    assume(not errors and count_tokens(text, LIMITS.max_tokens) <= LIMITS.max_tokens)
    return Operation(text, writer.values, "Generated" if other else None)


# Comparing the two executors


def outcome(result: ExecutionResult) -> str:
    """Data (in key order) and errors (message, locations, path, extensions) as one legible text.

    Errors are sorted: graphql-core lists them in the order fields fail, which follows the order
    their awaits finish; that varies with a real server's latencies, and after a fallback, with the
    DataLoaders the abandoned fast run already filled. The spec gives the list no order.

    When the whole data is null, a non-null root field failed and graphql-core stopped waiting for the
    others: which of two failing fields is reported then depends on which failed first (after a
    fallback, the documents the abandoned fast run read come sooner). Then only the codes are compared."""
    errors = sorted((error.formatted for error in result.errors or ()), key=json.dumps)
    if result.data is None and errors:
        errors = sorted({json.dumps(error.get("extensions")) for error in errors})  # type: ignore[misc]
    return json.dumps({"data": result.data, "errors": errors}, indent=1, ensure_ascii=False)


async def compare(
    db: Any, query: str, variables: dict[str, Any] | None = None, operation_name: str | None = None
) -> tuple[str, ExecutionResult]:
    """Run a query through the schema and the reference, each with a fresh request context, and assert both
    answer the same. Returns the way the fast path took ("none" if execution never started) and the answer."""
    before = paths.copy()
    fast = await schema.execute(query, variables, context_value=Context.for_request(db), operation_name=operation_name)
    taken = paths - before
    standard = await reference.execute(
        query, variables, context_value=Context.for_request(db), operation_name=operation_name
    )
    assert outcome(fast) == outcome(standard)
    assert sum(taken.values()) <= 1, taken
    return next(iter(taken), "none"), standard


def test_the_reference_is_the_same_schema_on_the_standard_executor() -> None:
    assert schema.execution_context_class is CompiledExecutor
    assert reference.execution_context_class is not CompiledExecutor
    assert reference.as_str() == schema.as_str()


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    return request.node.callspec.params["new_db"]


async def test_generated_queries_answer_as_the_standard_executor(seeded: Any, store: str) -> None:
    samples = await samples_of(seeded)
    loop = asyncio.get_running_loop()
    taken: Counter[str] = Counter()
    stats: Counter[str] = Counter()

    # Hypothesis drives the examples from a worker thread, and each example runs on the test's event
    # loop (where the database client lives); so the counts can be checked once every example has run.
    @settings(max_examples=EXAMPLES[store], derandomize=True, deadline=None, database=None)
    @given(operations(samples, stats))
    def example(operation: Operation) -> None:
        note(print_ast(parse(operation.text)))
        note(f"variables: {json.dumps(operation.variables, ensure_ascii=False)}")
        answer = compare(seeded, operation.text, operation.variables, operation.name)
        future = asyncio.run_coroutine_threadsafe(answer, loop)
        way, _ = future.result()
        taken[way] += 1

    await asyncio.to_thread(example)
    queries = sum(taken.values())
    print(f"\n{store}: {queries} generated queries, {dict(taken)}; generation {dict(stats)}")
    assert queries >= EXAMPLES[store] * 0.9
    assert taken["compiled"] >= MIN_COMPILED_SHARE * queries, taken
    assert taken["fallback"] and taken["unsupported"], taken  # errors and the Node interface were generated too
    assert stats["invalid"] + stats["too long"] <= MAX_INVALID_SHARE * stats["generated"], stats


# Examples: the benchmarks' queries and regressions run compiled; errors and nulls where the schema
# promises values fall back, with graphql-core's paths and null propagation.

# Every field of an object skipped: graphql-core answers an empty object for each (the fast path gave none).
SKIPPED_FIELDS = """
query($no: Boolean!) {
  country(code: "KAZ") {
    name @skip(if: true)
    relations(first: 2) { edges { cursor @include(if: $no) } pageInfo { ...Skipped } }
  }
  articles(first: 1) @skip(if: $no) { totalCount }
}
fragment Skipped on PageInfo { hasNextPage @include(if: $no) }
"""

ERRORS = """
{
  bad: relation(a: "XXX", b: "KAZ") { id }
  good: relation(a: "gb", b: "kz") { id codes events(first: 1) { totalCount } }
  country(code: "KAZ") {
    name
    relations(first: 3) { edges { node { id events(first: 101) { totalCount } } } }
  }
  tur: country(code: "TUR") { name }
  cursor: relation(a: "KAZ", b: "TUR") { id figures(after: "garbage") { totalCount } }
  range: relation(a: "KAZ", b: "GBR") { events(filter: {from: "2024-01-01", to: "2023-01-01"}) { totalCount } }
  nothing: country(code: "XXX") { name }
}
"""

EVENT_TITLES = """
{
  relation(a: "KAZ", b: "GBR") { id events { totalCount edges { node { title status } } } }
  country(code: "GBR") { name }
}
"""

PARTICIPANT_NAMES = """
{
  tur: relation(a: "KAZ", b: "TUR") { id events { edges { node { title participants { name roles } } } } }
  gbr: relation(a: "KAZ", b: "GBR") { id events(first: 1) { edges { node { participants { name } } } } }
  country(code: "KEN") { name }
}
"""

COUNTRY_NAMES = """
{
  relation(a: "KAZ", b: "GBR") { id countries { code name } }
  country(code: "KAZ") { name relations(first: 5) { edges { node { countries { name } } } } }
  tur: country(code: "TUR") { name }
}
"""

FIGURE_UNITS = """
{
  relation(a: "GBR", b: "KAZ") { id figures { edges { node { metric unit } } } }
  country(code: "GBR") { name }
}
"""

NAMED = " fragment Named on Node { ... on Country { code } ... on Relation { codes } }"

ALIASES = '{ country(code: "KAZ") { name aliases } tur: country(code: "TUR") { aliases } }'


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        pytest.param(CARD, {"code": "KAZ"}, id="bench card"),
        pytest.param(nested(["KAZ", "GBR", "TUR", "KEN", "BFA"]), {"relations": 5, "events": 5}, id="bench nested"),
        pytest.param(SKIPPED_FIELDS, {"no": False}, id="every field of an object skipped"),
        pytest.param('{ country(code: "KAZ") @skip(if: true) { name } }', None, id="every root field skipped"),
    ],
)
async def test_queries_run_compiled_as_the_standard_executor(
    seeded: Any, query: str, variables: dict[str, Any] | None
) -> None:
    way, result = await compare(seeded, query, variables)
    assert way == "compiled"
    assert result.errors is None


@pytest.mark.parametrize(
    "query",
    [
        pytest.param('{ node(id: "Country:kz") { id ... on Country { name } ...Named } }' + NAMED, id="node"),
        pytest.param('{ __type(name: "Relation") { name } country(code: "KAZ") { name } }', id="introspection"),
    ],
)
async def test_unsupported_queries_run_on_the_standard_executor(seeded: Any, query: str) -> None:
    way, result = await compare(seeded, query)
    assert way == "unsupported"
    assert result.errors is None


async def test_field_errors_fall_back_with_the_standard_paths(seeded: Any) -> None:
    way, result = await compare(seeded, ERRORS)
    assert way == "fallback"
    assert result.data["good"]["id"] == "Relation:GBR-KAZ"
    assert {(*error.path[:1], error.extensions["code"]) for error in result.errors} == {
        ("bad", "BAD_USER_INPUT"),
        ("country", "BAD_USER_INPUT"),
        ("cursor", "BAD_USER_INPUT"),
        ("range", "BAD_USER_INPUT"),
    }


@pytest.mark.parametrize(
    ("collection", "where", "change", "query"),
    [
        pytest.param("events", {"relations": "GBR-KAZ"}, {"$set": {"title": None}}, EVENT_TITLES, id="event title"),
        pytest.param("people", {}, {"$set": {"name": None}}, PARTICIPANT_NAMES, id="people's names"),
        pytest.param("countries", {"_id": "GBR"}, {"$set": {"name": None}}, COUNTRY_NAMES, id="a country's name"),
        pytest.param("countries", {"_id": "KAZ"}, {"$set": {"aliases": ["Kazakstan", None]}}, ALIASES, id="list item"),
        pytest.param("figures", {"relations": "GBR-KAZ"}, {"$unset": {"unit": ""}}, FIGURE_UNITS, id="no key"),
    ],
)
async def test_nulls_where_the_schema_promises_values_fall_back(
    seeded: Any, collection: str, where: dict[str, Any], change: dict[str, Any], query: str
) -> None:
    """Documents written past the seed's checks: a null (or a missing key, an unexpected error) where
    the schema promises a value propagates to the nearest nullable field exactly as graphql-core does."""
    await seeded[collection].update_many(where, change)
    way, result = await compare(seeded, query)
    assert way == "fallback"
    assert result.errors
    assert None in result.data.values()
