"""Prometheus metrics at /metrics: request latency, GraphQL operations and errors, database operations."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

from entente.app import create_app
from entente.settings import Settings
from tests.test_batching import BATCHES, NESTED

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def scrape(client: httpx.AsyncClient) -> Samples:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    samples: Samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def by_label(samples: Samples, name: str, *labels: str) -> dict[tuple[str, ...], float]:
    """The values of one sample name, keyed by the given labels' values."""
    return {
        tuple(dict(key)[label] for label in labels): value for (sample, key), value in samples.items() if sample == name
    }


async def test_a_nested_query_shows_its_request_operation_and_database_calls(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": NESTED})
    assert response.status_code == 200 and "errors" not in response.json()

    samples = await scrape(client)
    requests = by_label(samples, "entente_http_request_duration_seconds_count", "method", "route", "status")
    assert requests == {("POST", "/graphql", "200"): 1}
    buckets = by_label(samples, "entente_http_request_duration_seconds_bucket", "route", "le")
    assert buckets[("/graphql", "+Inf")] == 1
    assert ("/graphql", "0.001") in buckets and ("/graphql", "10.0") in buckets
    assert by_label(samples, "entente_graphql_operations_total", "operation_type") == {("query",): 1}
    assert by_label(samples, "entente_graphql_operation_duration_seconds_count", "operation_type") == {("query",): 1}
    # The same batched operations as tests/test_batching.py counts with CountingDatabase, and the
    # app's cache reading the store's generation once (tests/test_cache.py).
    operations = by_label(samples, "entente_db_operations_total", "collection", "operation")
    assert operations.pop(("meta", "find_one")) == 1
    assert operations == BATCHES
    assert by_label(samples, "entente_graphql_errors_total", "code") == {}


async def test_errors_are_counted_once_by_code(client: httpx.AsyncClient) -> None:
    # A validation error (in the executed result), a refusal, and an error raised while executing.
    bad = await client.post("/graphql", json={"query": "{ nope }"})
    assert bad.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert (await client.put("/graphql")).status_code == 405
    mutation = await client.post(
        "/graphql", json={"query": 'mutation { ingestArticle(input: {text: "x"}) { __typename } }'}
    )
    assert mutation.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    unknown = await client.post("/graphql", json={"documentId": "sha256:" + "0" * 64})
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"

    samples = await scrape(client)
    assert by_label(samples, "entente_graphql_errors_total", "code") == {
        ("BAD_USER_INPUT",): 2,
        ("FORBIDDEN",): 1,
        ("PERSISTED_QUERY_NOT_FOUND",): 1,
    }
    operations = by_label(samples, "entente_graphql_operations_total", "operation_type")
    assert operations == {("query",): 1, ("mutation",): 1}
    assert by_label(samples, "entente_db_operations_total", "collection", "operation") == {
        ("persisted_documents", "find_one"): 1
    }


async def test_refused_cors_preflights_are_counted(settings: Settings, seeded: Any) -> None:
    app = create_app(dataclasses.replace(settings, cors_origins=("https://app.example",)), db=seeded)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
        assert (await http.options("/graphql", headers=preflight)).status_code == 403
        samples = await scrape(http)
    assert by_label(samples, "entente_graphql_errors_total", "code") == {("FORBIDDEN",): 1}
    # Preflights are answered before routing.
    requests = by_label(samples, "entente_http_request_duration_seconds_count", "method", "route", "status")
    assert requests == {("OPTIONS", "unmatched", "403"): 1}


async def test_routes_are_templates_and_scrapes_are_not_counted(client: httpx.AsyncClient) -> None:
    await client.get("/health")
    await client.get("/no/such/page?x=1")
    await client.request("BREW", "/graphql")
    await scrape(client)
    samples = await scrape(client)
    requests = by_label(samples, "entente_http_request_duration_seconds_count", "method", "route", "status")
    assert requests == {("GET", "/health", "200"): 1, ("GET", "unmatched", "404"): 1, ("other", "/graphql", "405"): 1}


async def test_each_app_has_its_own_registry(settings: Settings, seeded: Any) -> None:
    first, second = create_app(settings, db=seeded), create_app(settings, db=seeded)
    assert first.state.metrics.registry is not second.state.metrics.registry
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=first), base_url="http://test") as http:
        await http.post("/graphql", json={"query": "{ __typename }"})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=second), base_url="http://test") as http:
        samples = await scrape(http)
    assert by_label(samples, "entente_graphql_operations_total", "operation_type") == {}


async def test_metrics_can_be_turned_off(seeded: Any) -> None:
    settings = Settings.from_env({"ENTENTE_METRICS": "0", "ENTENTE_SEED": "0"})
    assert settings.metrics is False and Settings.from_env({}).metrics is True
    app = create_app(settings, db=seeded)
    assert app.state.store.db is seeded
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        assert (await http.post("/graphql", json={"query": "{ __typename }"})).status_code == 200
        assert (await http.get("/metrics")).status_code == 404
