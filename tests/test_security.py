"""Authentication and abuse: token rotation, request size limits, the execution timeout,
security headers and production mode, over HTTP with the in-process app."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import httpx
import pytest
from strawberry.extensions.validation_cache import DEFAULT_MAXSIZE, _get_validate_cache

from entente.app import create_app
from entente.auth import matching_token
from entente.http import playground
from entente.settings import Settings, SettingsError
from entente.store.mock import AsyncMockClient
from resolvers import ingest, queries
from resolvers.loaders import Context
from schema import schema
from schema.limits import rules

# Valid GraphQL that reaches the resolver, which checks the token before the text: a valid
# token gets BAD_USER_INPUT (empty text), a wrong one UNAUTHENTICATED; nothing is ingested.
INGEST_NOTHING = 'mutation { ingestArticle(input: {text: " "}) { article { id } } }'


@contextlib.asynccontextmanager
async def serve(settings: Settings, db: Any = None) -> AsyncIterator[httpx.AsyncClient]:
    """The app on an empty embedded database (none of these answers needs data)."""
    app = create_app(settings, db=db if db is not None else AsyncMockClient()["security"])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http


def _code(response: httpx.Response) -> str:
    return response.json()["errors"][0]["extensions"]["code"]


async def _ingest_nothing(http: httpx.AsyncClient, token: str | None) -> str:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    response = await http.post("/graphql", json={"query": INGEST_NOTHING}, headers=headers)
    assert response.status_code == 200
    return _code(response)


# Token rotation


def test_tokens_are_read_from_both_variables_and_blank_entries_ignored() -> None:
    settings = Settings.from_env({"ENTENTE_API_TOKEN": " old ", "ENTENTE_API_TOKENS": "new, ,next,,old,  "})
    assert settings.tokens == ("old", "new", "next")
    assert Settings.from_env({"ENTENTE_API_TOKENS": " , "}).tokens == ()
    assert Settings.from_env({"ENTENTE_API_TOKEN": "  "}).tokens == ()


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Bearer old", "old"),
        ("Bearer new", "new"),
        ("bearer  next ", "next"),
        ("Bearer gone", None),
        ("Bearer ", None),
        ("Basic new", None),
        ("new", None),
        (None, None),
    ],
    ids=["first", "second", "third-spaced", "unknown", "empty", "other-scheme", "no-scheme", "absent"],
)
def test_the_matching_token_is_found_among_all(header: str | None, expected: str | None) -> None:
    settings = Settings(api_token="old", api_tokens=("new", "next"))
    assert matching_token(settings, header) == expected


@pytest.mark.parametrize("token", ["old-token", "new-token", "newer-token"])
async def test_every_configured_token_is_accepted(token: str) -> None:
    settings = Settings(seed_on_start=False, api_token="old-token", api_tokens=("new-token", "newer-token"))
    async with serve(settings) as http:
        assert await _ingest_nothing(http, token) == "BAD_USER_INPUT"


async def test_a_removed_token_is_unauthenticated() -> None:
    before = Settings(seed_on_start=False, api_tokens=("old-token", "new-token"))
    after = Settings(seed_on_start=False, api_tokens=("new-token",))
    async with serve(before) as http:
        assert await _ingest_nothing(http, "old-token") == "BAD_USER_INPUT"
    async with serve(after) as http:
        assert await _ingest_nothing(http, "old-token") == "UNAUTHENTICATED"
        assert await _ingest_nothing(http, "new-token") == "BAD_USER_INPUT"
        assert await _ingest_nothing(http, None) == "UNAUTHENTICATED"


async def test_without_any_token_mutations_are_forbidden() -> None:
    async with serve(Settings(seed_on_start=False, api_tokens=(" ",))) as http:
        assert await _ingest_nothing(http, "anything") == "FORBIDDEN"


# Request size


async def _asgi(app: Any, scope: dict[str, Any], receive: Any) -> tuple[int, dict[str, str], bytes]:
    """Call the app directly, to control how the body arrives; returns status, headers and body."""
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    headers = {k.decode().lower(): v.decode() for k, v in start["headers"]}
    return start["status"], headers, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def _post_scope(headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"test"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("test", 80),
    }


async def test_a_declared_body_over_the_limit_is_refused_unread() -> None:
    app = create_app(Settings(seed_on_start=False, max_body_bytes=1000), db=AsyncMockClient()["size"])

    async def receive() -> dict[str, Any]:
        raise AssertionError("the body was read")

    status, headers, body = await _asgi(app, _post_scope([(b"content-length", b"1000000")]), receive)
    assert status == 413
    assert headers["content-type"] == "application/json"
    assert json.loads(body) == {
        "errors": [
            {
                "message": "The request body is 1,000,000 bytes; the maximum is 1,000 (ENTENTE_MAX_BODY_BYTES).",
                "extensions": {"code": "BAD_USER_INPUT"},
            }
        ]
    }


async def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit() -> None:
    app = create_app(Settings(seed_on_start=False, max_body_bytes=1000), db=AsyncMockClient()["size"])
    chunks = [b'{"query": "' + b" " * 400] * 10  # 4 KB in 10 chunks, without Content-Length
    read = 0

    async def receive() -> dict[str, Any]:
        nonlocal read
        read += 1
        return {"type": "http.request", "body": chunks[read - 1], "more_body": read < len(chunks)}

    status, _, body = await _asgi(app, _post_scope([]), receive)
    assert status == 413
    assert json.loads(body)["errors"][0]["message"].startswith("The request body is more than 1,2")
    assert read == 3  # the third chunk passed 1,000 bytes; the rest were never read


async def test_the_longest_article_fits_in_the_default_body_limit() -> None:
    """100,000 characters outside the BMP, each JSON-escaped as a surrogate pair: 1.2 MB."""
    text = "\N{GRINNING FACE}" * Settings().max_article_chars
    body = json.dumps({"query": "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }",
                       "variables": {"t": text}})  # fmt: skip
    assert 1_200_000 < len(body) < Settings().max_body_bytes
    async with serve(Settings(seed_on_start=False, api_token="right")) as http:
        response = await http.post(
            "/graphql", content=body, headers={"Content-Type": "application/json", "Authorization": "Bearer wrong"}
        )
    assert (response.status_code, _code(response)) == (200, "UNAUTHENTICATED")  # read, parsed and executed


async def test_a_long_query_string_is_414() -> None:
    async with serve(Settings(seed_on_start=False, max_query_string_bytes=100)) as http:
        response = await http.get("/graphql", params={"query": "{ __typename " + " " * 100 + "}"})
        short = await http.get("/graphql", params={"query": "{ __typename }"})
    assert response.status_code == 414
    assert _code(response) == "BAD_USER_INPUT"
    assert "ENTENTE_MAX_QUERY_STRING_BYTES" in response.json()["errors"][0]["message"]
    assert short.json() == {"data": {"__typename": "Query"}}


def test_the_size_limits_come_from_the_environment() -> None:
    env = {"ENTENTE_MAX_BODY_BYTES": "5000", "ENTENTE_MAX_QUERY_STRING_BYTES": "300", "ENTENTE_QUERY_TIMEOUT_MS": "7"}
    settings = Settings.from_env(env)
    assert (settings.max_body_bytes, settings.max_query_string_bytes, settings.query_timeout_ms) == (5000, 300, 7)
    defaults = Settings.from_env({})
    assert (defaults.max_body_bytes, defaults.max_query_string_bytes, defaults.query_timeout_ms) == (
        2 * 1024 * 1024,
        8 * 1024,
        10_000,
    )


# Execution timeout

TIMEOUT_MS = 300
TIMED_OUT = {
    "data": None,
    "errors": [
        {
            "message": "The operation took longer than 300 ms (ENTENTE_QUERY_TIMEOUT_MS) and was stopped.",
            "extensions": {"code": "TIMEOUT"},
        }
    ],
}


# The store call each query reaches: a page query, and a batched read by id.
SLOW_PATHS = {
    "page": ("country_page", "{ countries { totalCount } }"),
    "loader": ("by_ids", '{ country(code: "TR") { name } }'),
}
# Where the server's log says each was waiting: in the store's read itself, or (its read batched in a
# task of the request's reader) in the reader awaiting it.
WAITING_IN = {"page": "tests/test_security.py:", "loader": "resolvers/loaders.py:"}


@pytest.mark.parametrize("path", SLOW_PATHS)
@pytest.mark.parametrize("accept", ["application/json", "application/graphql-response+json"])
async def test_a_slow_query_is_cancelled_and_answers_timeout(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, accept: str, path: str
) -> None:
    started, cancelled = asyncio.Event(), asyncio.Event()

    async def slow_store(*args: Any, **kwargs: Any) -> Any:
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        raise AssertionError("not cancelled")

    function, query = SLOW_PATHS[path]
    async with serve(Settings(seed_on_start=False, query_timeout_ms=TIMEOUT_MS)) as http:
        # A first request of another shape warms the process up (imports, compiled plans), so that
        # the timeout is spent waiting on the store.
        assert (await http.post("/graphql", json={"query": '{ country(code: "KZ") { name } }'})).status_code == 200
        monkeypatch.setattr(queries, function, slow_store)
        response = await http.post("/graphql", json={"query": query}, headers={"Accept": accept})
    assert started.is_set()
    await asyncio.wait_for(cancelled.wait(), 1)  # a batched read is cancelled once nothing waits for it
    assert response.status_code == 200
    assert response.headers["content-type"] == accept
    assert response.headers["cache-control"] == "no-store"
    assert response.json() == TIMED_OUT
    (stopped,) = [record for record in caplog.records if "ENTENTE_QUERY_TIMEOUT_MS" in record.getMessage()]
    assert stopped.levelname == "WARNING"
    assert f"stopped after {TIMEOUT_MS} ms" in stopped.getMessage()
    assert f"waiting in {WAITING_IN[path]}" in stopped.getMessage()


async def test_a_timed_out_ingest_still_finishes_its_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    from entente.write import writer as writer_module

    release = asyncio.Event()
    read = writer_module.Known.read

    async def slow_read(*args: Any, **kwargs: Any) -> Any:
        await release.wait()
        return await read(*args, **kwargs)

    monkeypatch.setattr(writer_module.Known, "read", slow_read)
    text = "Kazakhstan and Kenya signed a memorandum."
    mutation = "mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }"
    db = AsyncMockClient()["security"]
    app = create_app(Settings(seed_on_start=False, query_timeout_ms=TIMEOUT_MS, api_token="t"), db=db)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        body = {"query": mutation, "variables": {"t": text}}
        response = await http.post("/graphql", json=body, headers={"Authorization": "Bearer t"})
    assert response.json() == TIMED_OUT
    release.set()
    await app.state.writer.drained()
    assert await db["articles"].count_documents({"pending": {"$exists": False}}) == 1


async def test_an_ingest_whose_merge_outlasts_the_deadline_answers_before_it(held_derivation: asyncio.Event) -> None:
    timeout_ms = ingest.ANSWER_MARGIN_S * 1000 + 400
    # The merge may take a minute; the request may not: it answers with the stored article, unmerged.
    settings = Settings(seed_on_start=False, query_timeout_ms=int(timeout_ms), ingest_wait_ms=60_000, api_token="t")
    mutation = 'mutation { ingestArticle(input: {text: "Kazakhstan and Kenya signed a memorandum."}) { derived } }'
    db = AsyncMockClient()["security"]
    app = create_app(settings, db=db)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        response = await http.post("/graphql", json={"query": mutation}, headers={"Authorization": "Bearer t"})
        assert response.json() == {"data": {"ingestArticle": {"derived": False}}}
        held_derivation.set()
        await app.state.writer.drained()
    assert await db["articles"].count_documents({"pending": True}) == 0


async def test_no_timeout_when_it_is_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    async def a_little_slow(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.02)
        raise LookupError("reached")

    monkeypatch.setattr(queries, "country_page", a_little_slow)
    async with serve(Settings(seed_on_start=False, query_timeout_ms=0)) as http:
        response = await http.post("/graphql", json={"query": "{ countries { totalCount } }"})
    assert response.json()["errors"][0]["extensions"]["code"] == "INTERNAL_SERVER_ERROR"  # ran to the end


# Security headers

BASELINE = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-resource-policy": "same-origin",
}
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def _security(response: httpx.Response) -> dict[str, str]:
    names = (*BASELINE, "content-security-policy", "strict-transport-security")
    return {name: response.headers[name] for name in names if name in response.headers}


async def test_every_response_carries_the_security_headers() -> None:
    settings = Settings(seed_on_start=False, cors_origins=("https://app.example.org",))
    async with serve(settings) as http:
        responses = [
            await http.post("/graphql", json={"query": "{ __typename }"}),
            await http.get("/graphql", params={"query": "{ __typename }"}),
            await http.post("/graphql", content=b"{", headers={"Content-Type": "application/json"}),
            await http.delete("/graphql"),
            await http.get("/health"),
            await http.get("/metrics"),
            await http.get("/nowhere"),
            await http.get("/static/graphiql/react.production.min.js"),
            await http.options(
                "/graphql", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
            ),
        ]
    for response in responses:
        assert _security(response) == {**BASELINE, "content-security-policy": API_POLICY}, response.request.url


async def test_the_playground_keeps_its_own_policy() -> None:
    async with serve(Settings(seed_on_start=False)) as http:
        response = await http.get("/graphql", headers={"Accept": "text/html"})
    assert _security(response) == {**BASELINE, "content-security-policy": playground.CONTENT_SECURITY_POLICY}


async def test_hsts_only_when_served_over_https() -> None:
    async with serve(Settings(seed_on_start=False, https=True)) as http:
        response = await http.get("/health")
    assert response.headers["strict-transport-security"] == "max-age=31536000"
    assert Settings.from_env({"ENTENTE_HTTPS": "1"}).https and not Settings.from_env({}).https


async def test_conditional_gets_still_get_304_with_the_headers() -> None:
    async with serve(Settings(seed_on_start=False)) as http:
        first = await http.get("/graphql", params={"query": "{ __typename }"})
        again = await http.get(
            "/graphql", params={"query": "{ __typename }"}, headers={"If-None-Match": first.headers["etag"]}
        )
    assert again.status_code == 304
    assert again.headers["etag"] == first.headers["etag"]
    assert _security(again) == {**BASELINE, "content-security-policy": API_POLICY}


# Production mode

INTROSPECTION = "{ __schema { queryType { name } } }"
PRODUCTION = Settings(seed_on_start=False, env="production")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_production_turns_introspection_playground_and_debug_off() -> None:
    settings = Settings.from_env({"ENTENTE_ENV": "Production"})
    assert (settings.production, settings.allows_introspection, settings.serves_playground) == (True, False, False)
    development = Settings.from_env({})
    assert (development.production, development.allows_introspection, development.serves_playground) == (
        False,
        True,
        True,
    )
    both = Settings.from_env({"ENTENTE_ENV": "production", "ENTENTE_PLAYGROUND": "1", "ENTENTE_INTROSPECTION": "yes"})
    assert (both.serves_playground, both.allows_introspection) == (True, True)
    with pytest.raises(SettingsError, match="ENTENTE_DEBUG=1"):
        Settings.from_env({"ENTENTE_ENV": "production", "ENTENTE_DEBUG": "1"})
    with pytest.raises(SettingsError, match="ENTENTE_ENV='staging'"):
        Settings.from_env({"ENTENTE_ENV": "staging"})


@pytest.mark.parametrize(("accept", "status"), [("application/json", 200), ("application/graphql-response+json", 400)])
async def test_introspection_is_refused_in_production(accept: str, status: int) -> None:
    async with serve(PRODUCTION) as http:
        response = await http.post("/graphql", json={"query": INTROSPECTION}, headers={"Accept": accept})
        typename = await http.post("/graphql", json={"query": "{ __typename }"})
    assert response.status_code == status
    body = response.json()
    assert "data" not in body  # a validation error: nothing ran
    assert {error["extensions"]["code"] for error in body["errors"]} == {"BAD_USER_INPUT"}
    assert body["errors"][0]["message"] == (
        "GraphQL introspection has been disabled, but the requested query contained the field '__schema'."
    )
    assert typename.json() == {"data": {"__typename": "Query"}}


async def test_introspection_still_answers_in_development() -> None:
    async with serve(Settings(seed_on_start=False)) as http:
        response = await http.post("/graphql", json={"query": INTROSPECTION})
    assert response.json() == {"data": {"__schema": {"queryType": {"name": "Query"}}}}


async def test_production_serves_no_playground_unless_asked() -> None:
    async with serve(PRODUCTION) as http:
        page = await http.get("/graphql", headers={"Accept": BROWSER})
        asset = await http.get("/static/graphiql/graphiql.min.js")
    assert (page.status_code, _code(page)) == (400, "BAD_USER_INPUT")  # a GET without a query
    assert asset.status_code == 404
    async with serve(replace(PRODUCTION, playground=True)) as http:
        page = await http.get("/graphql", headers={"Accept": BROWSER})
    assert page.headers["content-type"].startswith("text/html")


async def test_production_keeps_the_validation_cache() -> None:
    """The introspection rule joins the limit rules in one tuple built once, so a query is validated once."""
    assert rules(15, 30, False) is rules(15, 30, False)
    cache = _get_validate_cache(DEFAULT_MAXSIZE)
    context = Context.for_request(AsyncMockClient()["cache"], PRODUCTION)
    query = "{ a: __typename b: __typename production: __typename }"
    await schema.execute(query, context_value=context)
    before = cache.cache_info()
    for _ in range(3):
        result = await schema.execute(query, context_value=Context.for_request(AsyncMockClient()["cache"], PRODUCTION))
        assert result.errors is None
    after = cache.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (3, 0)


async def test_the_allow_list_applies_in_production() -> None:
    async with serve(replace(PRODUCTION, persisted_only=True)) as http:
        response = await http.post("/graphql", json={"query": "{ __typename }"})
    assert (response.status_code, _code(response)) == (200, "FORBIDDEN")
