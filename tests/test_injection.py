"""Injection: no user input reaches the store as an operator, on both stores.

Every string argument (country code, relation a/b, node and article ids, search, the event filter's
country, every connection's `after` cursor) gets operator payloads, as literals and as variables; the
cursors are crafted to decode to JSON objects and lists holding operators; variables typed as strings
are sent as JSON objects. A recording wrapper around the database sees every filter the API issues:
no payload ever appears in one except as a plain string value, and no operator but those the queries
themselves use (``QUERY_OPERATORS``) ever appears. Answers are null, an empty page, or BAD_USER_INPUT.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from entente.app import create_app
from entente.settings import Settings
from entente.text import search_terms

# Every operator the API's own queries use (resolvers/queries.py, resolvers/pagination.py, the cache).
QUERY_OPERATORS = {"$in", "$and", "$or", "$lt", "$gt", "$gte", "$lte", "$ne", "$all", "$exists"}
PAYLOADS = [
    '{"$gt": ""}',
    '{"$ne": null}',
    '{"$regex": ".*"}',
    '{"$where": "sleep(100) || true"}',
    "$where",
    "$ne",
    "$gt",
    "$regex",
    "$expr",
    "$$ROOT",
    ".*",
    "^KAZ",
    "KAZ' || '1'=='1",
    "this.countries.length > 0",
    "KAZ\x00",
    "countries.0",
    "a.b.$c",
]
OBJECT_PAYLOADS: list[Any] = [
    {"$gt": ""},
    {"$ne": None},
    {"$regex": ".*"},
    {"$where": "1"},
    ["$gt", ""],
    {"$in": ["KAZ"]},
]


class _Recorder:
    """The filters, pipelines and documents every store operation was given."""

    def __init__(self) -> None:
        self.arguments: list[Any] = []


class RecordingDatabase:
    def __init__(self, db: Any, recorder: _Recorder):
        self._db = db
        self._recorder = recorder

    def __getitem__(self, name: str) -> _RecordingCollection:
        return _RecordingCollection(self._db[name], self._recorder)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


class _RecordingCollection:
    def __init__(self, collection: Any, recorder: _Recorder):
        self._collection = collection
        self._recorder = recorder

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._collection, name)
        if not callable(attr):
            return attr

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self._recorder.arguments.append((name, args, kwargs))
            return attr(*args, **kwargs)

        return recorded


def _operators(value: Any) -> set[str]:
    """Every key beginning with '$' in a filter, at any depth (pymongo write models are read through)."""
    if hasattr(value, "_filter"):  # ReplaceOne, UpdateOne ...
        return _operators(value._filter) | _operators(getattr(value, "_doc", None))
    if isinstance(value, dict):
        found = {k for k in value if isinstance(k, str) and k.startswith("$")}
        for item in value.values():
            found |= _operators(item)
        return found
    if isinstance(value, list | tuple):
        return set().union(*(_operators(v) for v in value)) if value else set()
    return set()


def _leaves_only(value: Any, payloads: set[str]) -> bool:
    """Whether payload strings appear in ``value`` only as string values, never as keys."""
    if isinstance(value, dict):
        return all(k not in payloads and _leaves_only(v, payloads) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_leaves_only(v, payloads) for v in value)
    return True


@pytest.fixture
async def spied(seeded: Any) -> AsyncIterator[tuple[httpx.AsyncClient, _Recorder]]:
    recorder = _Recorder()
    app = create_app(Settings(mongodb_uri=None, seed_on_start=False), db=RecordingDatabase(seeded, recorder))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http, recorder


async def _ask(client: httpx.AsyncClient, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    response = await client.post("/graphql", json={"query": query, "variables": variables or {}})
    assert response.status_code < 500, response.text
    return response.json()


def _codes(body: dict[str, Any]) -> set[str]:
    return {(e.get("extensions") or {}).get("code") for e in body.get("errors") or []}


def _check_store_saw_no_operator(recorder: _Recorder, payloads: set[str]) -> None:
    for name, args, kwargs in recorder.arguments:
        used = _operators([args, kwargs])
        assert used <= QUERY_OPERATORS, f"{name} was given {used - QUERY_OPERATORS}: {args} {kwargs}"
        assert _leaves_only([args, kwargs], payloads), f"{name} got a payload as a key: {args} {kwargs}"


# (label, query taking $s: String!, how the answer must look): "null" (data null at the field or no such
# object), "page" (a connection, any page), "refused" (BAD_USER_INPUT).
STRING_ARGUMENTS = [
    ("country(code)", "query($s: String!) { r: country(code: $s) { code } }", "null-or-refused"),
    ("relation(a)", 'query($s: String!) { r: relation(a: $s, b: "KZ") { id } }', "null-or-refused"),
    ("relation(b)", 'query($s: String!) { r: relation(a: "GB", b: $s) { id } }', "null-or-refused"),
    ("node(id)", "query($s: ID!) { r: node(id: $s) { id } }", "null-or-refused"),
    ("article(id)", "query($s: ID!) { r: article(id: $s) { id } }", "null-or-refused"),
    ("articles(search)", "query($s: String!) { r: articles(search: $s) { totalCount edges { node { id } } } }", "page"),
    ("events(filter.country)", "query($s: String!) { r: events(filter: {country: $s}) { totalCount } }", "refused"),
]
NODE_PREFIXES = ["", "Country:", "Relation:", "Relation:KAZ-", "Event:", "Figure:", "Person:", "Article:"]


@pytest.mark.parametrize(("label", "query", "expect"), STRING_ARGUMENTS, ids=[a[0] for a in STRING_ARGUMENTS])
async def test_operator_strings_in_string_arguments_stay_strings(
    spied: tuple[httpx.AsyncClient, _Recorder], label: str, query: str, expect: str
) -> None:
    client, recorder = spied
    prefixes = NODE_PREFIXES if label.startswith("node") else ["", "Article:"] if label.startswith("article(") else [""]
    sent = 0
    for payload in PAYLOADS:
        for prefix in prefixes:
            for as_literal in (False, True):
                value = prefix + payload
                if as_literal:  # the same value written into the document itself
                    literal = json.dumps(value)
                    body = await _ask(client, re.sub(r"query\(\$s: \w+!\) ", "", query).replace("$s", literal))
                else:
                    body = await _ask(client, query, {"s": value})
                sent += 1
                codes = _codes(body)
                if expect == "page":  # the words of the payload, as a plain search of those words finds them
                    words = " ".join(search_terms(value))
                    plain = await _ask(client, query, {"s": words}) if words else {"data": {"r": {"totalCount": 0}}}
                    assert not codes and body["data"]["r"]["totalCount"] == plain["data"]["r"]["totalCount"], body
                elif expect == "refused":
                    assert codes == {"BAD_USER_INPUT"} and body.get("data") in (None, {"r": None}), (value, body)
                else:
                    assert (not codes and body["data"]["r"] is None) or codes == {"BAD_USER_INPUT"}, (value, body)
    _check_store_saw_no_operator(recorder, set(PAYLOADS) - QUERY_OPERATORS)
    assert recorder.arguments or expect != "page"  # the search did reach the store
    print(f"\ninjection, {label}: {sent} requests")


def _cursor(value: Any, *, urlsafe: bool = True) -> str:
    raw = json.dumps(value).encode()
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


# Cursors that decode to JSON holding operators (or of the wrong shape): every one is refused.
HOSTILE_CURSORS = [
    _cursor({"$gt": ""}),
    _cursor({"_id": {"$gt": ""}}),
    _cursor([{"$gt": ""}]),
    _cursor([{"$ne": None}, {"$gt": ""}]),
    _cursor(["KAZ", {"$where": "1"}]),
    _cursor(["2024-01-01", {"$regex": ".*"}]),
    _cursor([{"$in": ["KAZ"]}, "x"]),
    _cursor([None]),
    _cursor([None, None]),
    _cursor([1]),
    _cursor([1, 2]),
    _cursor([[]]),
    _cursor([["$gt"], "x"]),
    _cursor([True, "x"]),
    _cursor("$gt"),
    _cursor(5),
    _cursor(None),
    _cursor({}),
    _cursor([]),
    _cursor(["a", "b", "c"]),
    base64.b64encode(b"\xff\xfe").decode(),
    '{"$gt": ""}',
    "$gt",
    "",
    "====",
]
# (connection, query taking $after: String): top-level ones and those embedded in documents.
CONNECTIONS = [
    ("countries", "query($after: String) { r: countries(after: $after) { totalCount edges { node { code } } } }"),
    ("events", "query($after: String) { r: events(after: $after) { totalCount edges { node { id } } } }"),
    ("articles", "query($after: String) { r: articles(after: $after) { totalCount edges { node { id } } } }"),
    (
        "country.relations",
        'query($after: String) { c: country(code: "KZ") { r: relations(after: $after) { totalCount } } }',
    ),
    (
        "relation.events",
        'query($after: String) { c: relation(a: "GB", b: "KZ") { r: events(after: $after) { totalCount } } }',
    ),
    (
        "relation.figures",
        'query($after: String) { c: relation(a: "GB", b: "KZ") { r: figures(after: $after) { totalCount } } }',
    ),
]


@pytest.mark.parametrize(("label", "query"), CONNECTIONS, ids=[c[0] for c in CONNECTIONS])
async def test_cursors_decoding_to_operators_are_refused(
    spied: tuple[httpx.AsyncClient, _Recorder], label: str, query: str
) -> None:
    client, recorder = spied
    for cursor in HOSTILE_CURSORS:
        body = await _ask(client, query, {"after": cursor})
        assert _codes(body) == {"BAD_USER_INPUT"}, (label, base64.urlsafe_b64decode(cursor + "==="), body)
        assert "is not a cursor" in body["errors"][0]["message"], body
    # A well-formed cursor whose values are operator-like strings is a position, compared as strings.
    width = 1 if label in ("countries", "country.relations") else 2
    for value in ("$gt", "$where", '{"$gt": ""}'):
        body = await _ask(client, query, {"after": _cursor([value] * width)})
        assert not _codes(body), body
    _check_store_saw_no_operator(recorder, {"$where", '{"$gt": ""}'})
    print(f"\ninjection, {label}(after): {len(HOSTILE_CURSORS) + 3} cursors")


# Variables typed as strings (or IDs, or an input object's string field) sent as JSON objects and lists.
TYPED_STRINGS = [
    ("String!", "query($v: String!) { country(code: $v) { code } }"),
    ("String! (relation)", 'query($v: String!) { relation(a: $v, b: "KZ") { id } }'),
    ("ID!", "query($v: ID!) { node(id: $v) { id } }"),
    ("ID! (article)", "query($v: ID!) { article(id: $v) { id } }"),
    ("String (search)", "query($v: String) { articles(search: $v) { totalCount } }"),
    ("String (after)", "query($v: String) { countries(after: $v) { totalCount } }"),
    ("EventFilter.country", "query($v: String) { events(filter: {country: $v}) { totalCount } }"),
]


@pytest.mark.parametrize(("label", "query"), TYPED_STRINGS, ids=[t[0] for t in TYPED_STRINGS])
async def test_objects_sent_for_string_variables_are_refused_by_coercion(
    spied: tuple[httpx.AsyncClient, _Recorder], label: str, query: str
) -> None:
    client, recorder = spied
    for value in OBJECT_PAYLOADS:
        body = await _ask(client, query, {"v": value})
        assert _codes(body) == {"BAD_USER_INPUT"}, (label, value, body)
        assert "data" not in body or body["data"] is None, body  # refused before execution
    assert recorder.arguments == []  # nothing reached the store
    print(f"\ninjection, {label} sent as objects: {len(OBJECT_PAYLOADS)} requests")


async def test_an_input_object_takes_no_operator_fields(spied: tuple[httpx.AsyncClient, _Recorder]) -> None:
    client, recorder = spied
    query = "query($f: EventFilter) { events(filter: $f) { totalCount } }"
    for extra in ({"$where": "1"}, {"country": "KZ", "$or": [{}]}, {"types": {"$ne": None}}, {"from": {"$gt": ""}}):
        body = await _ask(client, query, {"f": extra})
        assert _codes(body) == {"BAD_USER_INPUT"}, (extra, body)
    assert recorder.arguments == []


def test_no_query_builds_a_regex_or_javascript_from_input() -> None:
    """Search is by words ($all over folded terms), never $regex, $where or $expr: no source sends one."""
    root = Path(__file__).resolve().parent.parent
    sources = [p for d in ("entente", "resolvers", "schema", "seed") for p in (root / d).rglob("*.py")]
    assert len(sources) > 30
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for operator in ("$regex", "$where", "$expr", "$function", "$accumulator", "$text"):
            assert f'"{operator}"' not in text and f"'{operator}'" not in text, (path, operator)
