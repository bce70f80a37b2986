"""The explorer page's server side: its files, deep links, caching, policy and persisted documents (no browser)."""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import json
import re
import tomllib
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from entente.app import create_app
from entente.http import explorer
from entente.http.persisted import document_id, read_documents
from entente.settings import Settings
from entente.store.mock import AsyncMockClient
from tests.live_server import ROOT

SOURCE = ROOT / "explorer"
# What the build depends on: keep in step with SOURCES in explorer/vite.config.js.
SOURCES = ("index.html", "package.json", "package-lock.json", "vite.config.js", "src")
REBUILD = "npm ci --prefix explorer && npm run --prefix explorer build"

# Variables for each of the page's documents, as the page sends them for Kazakhstan and Türkiye.
VARIABLES = {
    "CountryList": {"first": 100, "after": None, "withRelations": True},
    "Country": {"code": "KAZ", "first": 20, "after": None},
    "CountryPartners": {"code": "KAZ", "currency": "USD", "first": 10, "from": None, "to": None},
    "Relation": {"a": "KAZ", "b": "TUR", "first": 20, "after": None},
    "TradeTimeline": {"a": "KAZ", "b": "TUR"},
    "Articles": {"search": "Tokayev visit", "first": 20, "after": None},
    "Article": {"id": "Article:art_78ff09250efc477d"},
}


def _manifest() -> dict[str, str]:
    """Operation name -> document text, from the build's manifest."""
    texts = read_documents(explorer.MANIFEST)
    return {re.match(r"query (\w+)", text).group(1): text for text in texts}  # type: ignore[union-attr]


@pytest.fixture
async def client(settings: Settings, seeded: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The app on the seeded database (each store in turn), with the page's documents registered as at startup."""
    await explorer.register(seeded)
    async with _client(create_app(settings, db=seeded)) as http:
        yield http


def _client(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


@pytest.fixture
async def bare() -> AsyncIterator[httpx.AsyncClient]:
    """The app on an empty embedded database: enough for the static files."""
    async with _client(create_app(Settings(seed_on_start=False), db=AsyncMockClient()["explorer"])) as http:
        yield http


def _assets() -> list[str]:
    index = (explorer.FILES / "index.html").read_text()
    return re.findall(r'(?:src|href)="/explorer/assets/([^"]+)"', index)


def sources_hash() -> str:
    """As sourcesHash() in explorer/vite.config.js: each file's path from explorer/, NUL, bytes, NUL, in path order."""
    paths = sorted(
        path.relative_to(SOURCE).as_posix()
        for name in SOURCES
        for path in ([SOURCE / name] if (SOURCE / name).is_file() else (SOURCE / name).rglob("*"))
        if path.is_file()
    )
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.encode() + b"\0" + (SOURCE / path).read_bytes() + b"\0")
    return digest.hexdigest()


def test_the_committed_build_is_current_with_its_sources() -> None:
    built = (explorer.FILES / "sources.sha256").read_text().strip()
    assert built == sources_hash(), f"entente/http/static/explorer/ is older than explorer/: run {REBUILD}"


def test_the_manifest_holds_each_document_of_the_page_once_with_its_hash() -> None:
    manifest = json.loads(explorer.MANIFEST.read_text())
    assert all(key == document_id(text) for key, text in manifest.items())  # read_documents checks them too
    sources = (SOURCE / "src" / "documents.js").read_text()
    assert sorted(_manifest()) == sorted(re.findall(r"^export const (\w+) =", sources, re.M)) == sorted(VARIABLES)
    # As urql sends them once graphcache added __typename for the normalized cache.
    assert all("__typename" in text and text.count("query ") == 1 for text in manifest.values())


@pytest.mark.parametrize(
    "path",
    [
        "/explorer",
        "/explorer/",
        "/explorer/country/KAZ",
        "/explorer/relation/KAZ-TUR",
        "/explorer/article/Article:art_78ff09250efc477d?start=175&end=347",
        "/explorer/articles?q=Tokayev",
        "/explorer/no/such/page",
    ],
    ids=["bare", "slash", "country", "relation", "article", "search", "unknown"],
)
async def test_the_page_and_its_deep_links_answer_index_html_with_a_strict_policy(
    bare: httpx.AsyncClient, path: str
) -> None:
    response = await bare.get(path)
    assert response.status_code == 200
    assert response.text == (explorer.FILES / "index.html").read_text()
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["cache-control"] == "no-cache"
    policy = response.headers["content-security-policy"]
    assert policy == explorer.CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in policy and "connect-src 'self';" in policy and "unsafe" not in policy
    again = await bare.get(path, headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


def test_the_page_loads_only_its_own_files_and_has_no_inline_script() -> None:
    index = (explorer.FILES / "index.html").read_text()
    urls = re.findall(r'(?:src|href)="([^"]*)"', index)
    assert urls and all(url.startswith("/explorer/assets/") or url == "data:," for url in urls), urls
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", index) == []
    assert "<style" not in index and " style=" not in index


async def test_assets_are_cached_for_a_year_and_sent_gzipped_to_who_accepts_it(bare: httpx.AsyncClient) -> None:
    # The entry script, its stylesheet and the chart's chunk, which the entry imports on demand.
    names = _assets()
    entry = next(name for name in names if name.endswith(".js"))
    chunks = re.findall(r"\./(chart-[\w-]+\.js)", (explorer.ASSETS / entry).read_text())
    assert {Path(name).suffix for name in names} == {".js", ".css"} and len(chunks) == 1
    for name in [*names, *chunks]:
        raw = (explorer.ASSETS / name).read_bytes()
        plain = await bare.get(f"/explorer/assets/{name}", headers={"Accept-Encoding": "identity"})
        assert plain.status_code == 200 and plain.content == raw
        assert plain.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert plain.headers["vary"] == "Accept-Encoding" and "content-encoding" not in plain.headers
        assert plain.headers["content-type"].startswith("text/javascript" if name.endswith(".js") else "text/css")
        zipped = await bare.get(f"/explorer/assets/{name}", headers={"Accept-Encoding": "gzip"})
        assert zipped.headers["content-encoding"] == "gzip"
        assert int(zipped.headers["content-length"]) < len(raw) / 2
        assert zipped.content == raw  # httpx decodes it
        assert gzip.decompress((explorer.ASSETS / f"{name}.gz").read_bytes()) == raw


@pytest.mark.parametrize("name", ["nope.js", "..%2Findex.html", "%2E%2E%2F%2E%2E%2Fapp.py"])
async def test_a_missing_asset_is_404_not_the_page(bare: httpx.AsyncClient, name: str) -> None:
    response = await bare.get(f"/explorer/assets/{name}")
    assert (response.status_code, response.text) == (404, "Not Found")
    gz = await bare.get(f"/explorer/assets/{_assets()[0]}.gz")
    assert gz.status_code == 404


async def test_every_document_of_the_page_answers_a_cacheable_get(client: httpx.AsyncClient) -> None:
    answers = {}
    for name, text in _manifest().items():
        params = {"documentId": document_id(text), "variables": json.dumps(VARIABLES[name])}
        response = await client.get("/graphql", params=params)
        body = response.json()
        assert (response.status_code, body.get("errors")) == (200, None), (name, body)
        assert response.headers["cache-control"] == "public, max-age=60"
        assert response.headers["etag"]
        again = await client.get("/graphql", params=params, headers={"If-None-Match": response.headers["etag"]})
        assert again.status_code == 304
        answers[name] = body["data"]
    assert answers["Country"]["country"]["name"] == "Kazakhstan"
    titles = [edge["node"]["title"] for edge in answers["Relation"]["relation"]["events"]["edges"]]
    assert "President Tokayev's first official visit to Türkiye" in titles
    assert (
        answers["Article"]["article"]["title"]
        == "Kazakh president's first visit to Turkey marks new era in bilateral ties"
    )
    units = {series["unit"] for series in answers["TradeTimeline"]["relation"]["tradeTimeline"]}
    assert units == {"USD"}
    partners = answers["CountryPartners"]["country"]["partnersByEvents"]["edges"]
    assert partners[0]["node"]["country"]["name"] == "Türkiye"


async def test_startup_registers_the_documents_so_the_allow_list_mode_runs_them(tmp_path: Path) -> None:
    app = create_app(Settings(seed_on_start=False, persisted_only=True, data_dir=str(tmp_path)))
    async with app.router.lifespan_context(app), _client(app) as http:
        text = _manifest()["CountryList"]
        params = {"documentId": document_id(text), "variables": json.dumps(VARIABLES["CountryList"])}
        response = await http.get("/graphql", params=params)
        assert (response.status_code, response.json()["data"]["countries"]["totalCount"]) == (200, 0)
        # A text the page does not send is still refused.
        refused = await http.get("/graphql", params={"query": "{ countries { totalCount } }"})
        assert refused.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_explorer_can_be_turned_off(bare: httpx.AsyncClient) -> None:
    assert Settings.from_env({"ENTENTE_EXPLORER": "0"}).explorer is False
    assert Settings.from_env({}).explorer is True
    async with _client(
        create_app(replace(Settings(seed_on_start=False), explorer=False), db=AsyncMockClient()["x"])
    ) as off:
        assert (await off.get("/explorer/country/KAZ")).status_code == 404
        assert (await off.get(f"/explorer/assets/{_assets()[0]}")).status_code == 404


def test_the_package_data_carries_the_built_files() -> None:
    """A non-editable install must ship every file of the build (pyproject's package-data globs)."""
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["entente"]
    package = ROOT / "entente"
    files = [p.relative_to(package).as_posix() for p in explorer.FILES.rglob("*") if p.is_file()]
    assert files and [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)] == []
