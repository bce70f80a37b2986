"""Browser protections: CORS for an explicit allow-list of origins, and CSRF prevention."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import httpx
import pytest

from entente.settings import Settings, SettingsError
from tests.http_embedded import embedded_client

FRONTEND = "https://app.example.org"
QUERY = '{ country(code: "KZ") { name } }'
CSRF_BODY = '{"query": "{ __typename }"}'


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with embedded_client(replace(settings, cors_origins=(FRONTEND, "http://localhost:5173"))) as http:
        yield http


def _preflight(origin: str, method: str = "POST", headers: str = "content-type") -> dict[str, str]:
    return {"Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers}


async def test_a_preflight_from_an_allowed_origin_is_approved(client: httpx.AsyncClient) -> None:
    headers = _preflight(FRONTEND, headers="content-type, authorization, apollo-require-preflight")
    response = await client.options("/graphql", headers=headers)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == FRONTEND
    methods = {m.strip() for m in response.headers["access-control-allow-methods"].split(",")}
    assert methods == {"GET", "POST", "OPTIONS"}
    allowed = {h.strip().lower() for h in response.headers["access-control-allow-headers"].split(",")}
    assert {"content-type", "authorization", "apollo-require-preflight", "graphql-preflight"} <= allowed
    assert "access-control-allow-credentials" not in response.headers


async def test_a_preflight_from_another_origin_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.options("/graphql", headers=_preflight("https://evil.example"))
    assert response.status_code == 403
    assert "access-control-allow-origin" not in response.headers
    assert response.json()["errors"][0]["extensions"] == {"code": "FORBIDDEN"}


async def test_a_preflight_for_a_header_not_allowed_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.options("/graphql", headers=_preflight(FRONTEND, headers="x-secret"))
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "FORBIDDEN"}


async def test_allowed_origins_may_read_answers_and_etags(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": QUERY}, headers={"Origin": FRONTEND})
    assert response.headers["access-control-allow-origin"] == FRONTEND
    assert "etag" in response.headers["access-control-expose-headers"].lower()
    assert "origin" in response.headers["vary"].lower()


async def test_other_origins_get_no_cors_headers(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": QUERY}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 200  # answered, but the browser keeps it from the page
    assert "access-control-allow-origin" not in response.headers


async def test_without_origins_there_are_no_cors_headers(settings: Settings) -> None:
    async with embedded_client(settings) as http:
        preflight = await http.options("/graphql", headers=_preflight(FRONTEND))
        answer = await http.post("/graphql", json={"query": QUERY}, headers={"Origin": FRONTEND})
    assert preflight.status_code == 405
    assert not any(name.startswith("access-control-") for name in preflight.headers)
    assert not any(name.startswith("access-control-") for name in answer.headers)


def test_origins_are_read_from_the_environment() -> None:
    settings = Settings.from_env({"ENTENTE_CORS_ORIGINS": " https://a.example , http://localhost:5173/ ,"})
    assert settings.cors_origins == ("https://a.example", "http://localhost:5173")
    assert Settings.from_env({}).cors_origins == ()
    for bad in ("*", "a.example", "https://a.example/path", "ftp://a.example"):
        with pytest.raises(SettingsError, match="ENTENTE_CORS_ORIGINS"):
            Settings.from_env({"ENTENTE_CORS_ORIGINS": bad})


@pytest.mark.parametrize(
    "content_type",
    [
        None,
        "text/plain",
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
    ],
)
async def test_csrf_simple_posts_are_refused(client: httpx.AsyncClient, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = await client.post("/graphql", content=CSRF_BODY, headers=headers)
    assert response.request.headers.get("content-type") == content_type
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT"}
    assert "cross-site request forgery" in error["message"]


async def test_csrf_a_mutation_by_form_post_never_runs(client: httpx.AsyncClient) -> None:
    form = {"query": 'mutation { ingestArticle(input: {text: "x"}) { article { id } } }'}
    response = await client.post("/graphql", data=form)
    assert response.status_code == 400
    assert "cross-site request forgery" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize("header", ["x-apollo-operation-name", "apollo-require-preflight", "graphql-preflight"])
async def test_csrf_a_preflight_header_lifts_the_check(client: httpx.AsyncClient, header: str) -> None:
    response = await client.post("/graphql", content=CSRF_BODY, headers={"Content-Type": "text/plain", header: "1"})
    # Past the CSRF check; the body is still not JSON by content type, so 415.
    assert response.status_code == 415
    assert response.json()["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}


async def test_csrf_an_empty_preflight_header_does_not(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", content=CSRF_BODY, headers={"Content-Type": "text/plain", "graphql-preflight": ""}
    )
    assert response.status_code == 400


async def test_csrf_json_posts_and_get_queries_pass(client: httpx.AsyncClient) -> None:
    posted = await client.post("/graphql", json={"query": QUERY})
    got = await client.get("/graphql", params={"query": QUERY})
    assert posted.json() == got.json() == {"data": {"country": {"name": "Kazakhstan"}}}
