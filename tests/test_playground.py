"""The playground page: GraphiQL from the package's own static files, opening on the example query."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import AsyncIterator

import httpx
import pytest

from entente.app import create_app
from entente.http.playground import ASSETS, EXAMPLE_QUERY, page
from entente.settings import Settings
from entente.store.mock import AsyncMockClient


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """The app on an empty embedded database: the playground needs no data, nor a real server."""
    app = create_app(Settings(seed_on_start=False), db=AsyncMockClient()["playground"])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http


async def _page(client: httpx.AsyncClient) -> httpx.Response:
    return await client.get("/graphql", headers={"Accept": "text/html"})


async def test_the_page_loads_nothing_from_elsewhere(client: httpx.AsyncClient) -> None:
    response = await _page(client)
    urls = re.findall(r'(?:src|href)="([^"]*)"', response.text)
    assert sorted(urls) == [
        "/static/graphiql/graphiql.min.css",
        "/static/graphiql/graphiql.min.js",
        "/static/graphiql/react-dom.production.min.js",
        "/static/graphiql/react.production.min.js",
        "data:,",
    ]
    assert "unpkg" not in response.text and "https://" not in response.text
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy


async def test_the_page_runs_only_its_own_inline_script(client: httpx.AsyncClient) -> None:
    response = await _page(client)
    [inline] = re.findall(r"<script>(.*?)</script>", response.text, flags=re.S)
    digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
    [script_src] = [d for d in response.headers["content-security-policy"].split("; ") if d.startswith("script-src")]
    assert script_src == f"script-src 'self' 'sha256-{digest}'"


async def test_the_assets_are_served(client: httpx.AsyncClient) -> None:
    for name, kind in [
        ("graphiql.min.js", "javascript"),
        ("graphiql.min.css", "text/css"),
        ("react.production.min.js", "javascript"),
        ("react-dom.production.min.js", "javascript"),
    ]:
        response = await client.get(f"/static/graphiql/{name}")
        assert response.status_code == 200, name
        assert kind in response.headers["content-type"], name
        assert response.content == (ASSETS / name).read_bytes()


async def test_the_page_opens_on_the_example(client: httpx.AsyncClient) -> None:
    text = (await _page(client)).text
    assert json.dumps(EXAMPLE_QUERY) in text
    assert "defaultQuery: EXAMPLE_QUERY" in text


def test_the_example_cannot_close_the_script() -> None:
    assert "</script" not in page("/x").split("const EXAMPLE_QUERY = ", 1)[1].split(";\n", 1)[0]


def test_the_vendored_files_are_those_the_script_produced() -> None:
    """scripts/vendor-graphiql.sh writes SHA256SUMS; an edited or truncated asset fails here."""
    lines = (ASSETS / "SHA256SUMS").read_text().splitlines()
    assert len(lines) == 7
    for line in lines:
        digest, name = line.split()
        assert hashlib.sha256((ASSETS / name).read_bytes()).hexdigest() == digest, name
    assert {"LICENSE.graphiql", "LICENSE.react", "LICENSE.react-dom"} <= {line.split()[1] for line in lines}
