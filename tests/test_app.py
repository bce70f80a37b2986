"""The HTTP surface: /graphql over GET and POST, the playground, /health, and startup."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pymongo.errors import ServerSelectionTimeoutError

from entente.app import create_app
from entente.settings import Settings
from seed.extract import gazetteer

QUERY = '{ country(code: "KZ") { id name } }'
EXPECTED = {"data": {"country": {"id": "Country:KAZ", "name": "Kazakhstan"}}}


async def test_post_answers_a_query(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": QUERY})
    assert response.status_code == 200
    assert response.json() == EXPECTED


async def test_get_answers_a_query(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", params={"query": QUERY}, headers={"Accept": "application/json"})
    assert response.status_code == 200
    assert response.json() == EXPECTED


async def test_get_with_variables(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/graphql",
        params={"query": "query($c: String!) { country(code: $c) { name } }", "variables": '{"c": "tr"}'},
        headers={"Accept": "application/json"},
    )
    assert response.json() == {"data": {"country": {"name": "Türkiye"}}}


async def test_browsers_get_the_playground(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


async def test_malformed_json_body_is_a_client_error(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", content=b'{"query": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 400


async def test_health_reports_the_store(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["store"]) == ("ok", "embedded")
    assert body["pingMs"] >= 0


class _DownDatabase:
    """A database whose server cannot be selected, as pymongo reports it."""

    async def command(self, name: str) -> Any:
        raise ServerSelectionTimeoutError("localhost:1: [Errno 111] Connection refused, Timeout: 0.1s")


async def test_health_is_503_when_the_store_cannot_be_reached(settings: Settings) -> None:
    app = create_app(settings, db=_DownDatabase())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        response = await http.get("/health")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "store": "embedded",
        "error": "localhost:1: [Errno 111] Connection refused",
    }


async def _after_start(settings: Settings) -> tuple[Any, Any]:
    """Start the app as uvicorn would (lifespan included), ask /health and one query, stop it."""
    query = '{ relation(a: "KZ", b: "KE") { id events(first: 100) { edges { node { id figures { id } } } } } }'
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            health = (await http.get("/health")).json()
            return health, (await http.post("/graphql", json={"query": query})).json()


async def test_the_embedded_store_seeds_itself_at_startup_with_stable_ids() -> None:
    settings = Settings(mongodb_uri=None)
    health, first = await _after_start(settings)
    _, second = await _after_start(settings)  # a restart: a new process starts the same way
    assert health["store"] == "embedded"
    assert len(first["data"]["relation"]["events"]["edges"]) == 8
    assert first == second


async def test_without_seeding_the_embedded_store_starts_empty() -> None:
    _, result = await _after_start(Settings(mongodb_uri=None, seed_on_start=False))
    assert result == {"data": {"relation": None}}


async def test_the_gazetteer_is_built_at_startup_not_by_the_first_ingest() -> None:
    built = (gazetteer.tables, gazetteer._capital_pattern, gazetteer._city_pattern)
    for table in built:
        table.cache_clear()
    await _after_start(Settings(mongodb_uri=None, seed_on_start=False))
    assert [table.cache_info().currsize for table in built] == [1, 1, 1]


@pytest.mark.parametrize("path", ["/", "/nothing"])
async def test_unknown_paths_are_404(client: httpx.AsyncClient, path: str) -> None:
    assert (await client.get(path)).status_code == 404


async def test_every_response_carries_a_request_id(client: httpx.AsyncClient) -> None:
    first = await client.get("/health")
    second = await client.post("/graphql", json={"query": QUERY})
    assert len(first.headers["x-request-id"]) == 32
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


@pytest.mark.parametrize(("given", "kept"), [("trace-7f3a", True), ("bad id with spaces", False), ("x" * 65, False)])
async def test_a_plain_caller_request_id_is_kept(client: httpx.AsyncClient, given: str, kept: bool) -> None:
    response = await client.get("/health", headers={"X-Request-ID": given})
    assert (response.headers["x-request-id"] == given) is kept
