"""Persisted documents (documentId and Apollo's APQ), the allow-list mode, `entente persist`, and HTTP caching."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import MongoClient
from pymongo.errors import ServerSelectionTimeoutError

from entente.app import create_app
from entente.cli import main
from entente.http.persisted import COLLECTION, PersistedDocuments, document_id
from entente.settings import Settings
from entente.store.mock import AsyncMockDatabase

GRJ = "application/graphql-response+json"
QUERY = '{ country(code: "KZ") { name } }'
DOC_ID = "sha256:" + hashlib.sha256(QUERY.encode()).hexdigest()
KAZAKHSTAN = {"data": {"country": {"name": "Kazakhstan"}}}


def _apq(sha: str = DOC_ID.removeprefix("sha256:")) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha}}


@pytest.fixture
async def only(settings: Settings, seeded: Any) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the server in allow-list mode (ENTENTE_PERSISTED_ONLY=1)."""
    app = create_app(replace(settings, persisted_only=True), db=seeded)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http


def test_a_document_id_is_the_sha256_of_the_text() -> None:
    assert document_id(QUERY) == DOC_ID


async def test_documents_are_stored_by_id(seeded: Any) -> None:
    documents = PersistedDocuments(seeded)
    assert await documents.put(QUERY) == DOC_ID
    assert await documents.put(QUERY) == DOC_ID  # idempotent
    assert await seeded[COLLECTION].find_one({"_id": DOC_ID}) == {"_id": DOC_ID, "query": QUERY}
    assert await PersistedDocuments(seeded).get(DOC_ID) == QUERY  # a fresh cache reads the collection
    assert await documents.get("sha256:" + "0" * 64) is None


async def test_document_id_by_post_and_get(client: httpx.AsyncClient, seeded: Any) -> None:
    await PersistedDocuments(seeded).put(QUERY)
    posted = await client.post("/graphql", json={"documentId": DOC_ID}, headers={"Accept": GRJ})
    assert (posted.status_code, posted.json()) == (200, KAZAKHSTAN)
    got = await client.get("/graphql", params={"documentId": DOC_ID}, headers={"Accept": GRJ})
    assert (got.status_code, got.json()) == (200, KAZAKHSTAN)
    # A GET with a document id is an operation, not a request for the playground, whatever it accepts.
    anything = await client.get("/graphql", params={"documentId": DOC_ID}, headers={"Accept": "text/html, */*"})
    assert (anything.headers["content-type"], anything.json()) == ("application/json", KAZAKHSTAN)


async def test_an_unknown_document_id_is_persisted_query_not_found(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"documentId": DOC_ID}, headers={"Accept": GRJ})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "PERSISTED_QUERY_NOT_FOUND"}
    legacy = await client.post("/graphql", json={"documentId": DOC_ID}, headers={"Accept": "application/json"})
    assert legacy.status_code == 200
    assert "data" not in legacy.json()


@pytest.mark.parametrize(
    "body",
    [
        {"documentId": "md5:abc"},
        {"documentId": DOC_ID.upper()},
        {"documentId": DOC_ID, "query": QUERY},
        {"extensions": {"persistedQuery": {"version": 2, "sha256Hash": "0" * 64}}},
        {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "xyz"}}},
    ],
)
async def test_malformed_persisted_requests_are_bad_user_input(client: httpx.AsyncClient, body: dict) -> None:
    response = await client.post("/graphql", json=body, headers={"Accept": GRJ})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}


async def test_automatic_persisted_queries_register_on_retry(client: httpx.AsyncClient, seeded: Any) -> None:
    first = await client.post("/graphql", json={"extensions": _apq()}, headers={"Accept": GRJ})
    assert first.json()["errors"][0] == {
        "message": "PersistedQueryNotFound",
        "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
    }
    retry = await client.post("/graphql", json={"query": QUERY, "extensions": _apq()}, headers={"Accept": GRJ})
    assert (retry.status_code, retry.json()) == (200, KAZAKHSTAN)
    assert await seeded[COLLECTION].find_one({"_id": DOC_ID}) == {"_id": DOC_ID, "query": QUERY}
    # From now on the hash alone is enough, by POST or GET (as Apollo's useGETForHashedQueries sends it).
    again = await client.post("/graphql", json={"extensions": _apq()}, headers={"Accept": GRJ})
    assert again.json() == KAZAKHSTAN
    got = await client.get("/graphql", params={"extensions": json.dumps(_apq())}, headers={"Accept": GRJ})
    assert got.json() == KAZAKHSTAN


async def test_a_hash_that_does_not_match_the_query_is_refused(client: httpx.AsyncClient, seeded: Any) -> None:
    body = {"query": "{ __typename }", "extensions": _apq()}
    response = await client.post("/graphql", json=body, headers={"Accept": GRJ})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}
    assert await seeded[COLLECTION].find_one({"_id": DOC_ID}) is None


async def test_an_invalid_query_is_not_registered(client: httpx.AsyncClient, seeded: Any) -> None:
    invalid = "{ nothing }"
    sha = hashlib.sha256(invalid.encode()).hexdigest()
    response = await client.post("/graphql", json={"query": invalid, "extensions": _apq(sha)}, headers={"Accept": GRJ})
    assert response.status_code == 400
    assert await seeded[COLLECTION].find_one({"_id": "sha256:" + sha}) is None


async def test_the_allow_list_refuses_unregistered_documents(only: httpx.AsyncClient, seeded: Any) -> None:
    refused = await only.post("/graphql", json={"query": QUERY}, headers={"Accept": GRJ})
    assert refused.status_code == 403
    assert refused.json()["errors"][0]["extensions"] == {"code": "FORBIDDEN"}
    # Nor can a client register one by APQ: the hash is unknown, and its retry is refused.
    apq = await only.post("/graphql", json={"extensions": _apq()}, headers={"Accept": GRJ})
    assert apq.json()["errors"][0]["extensions"] == {"code": "PERSISTED_QUERY_NOT_FOUND"}
    retry = await only.post("/graphql", json={"query": QUERY, "extensions": _apq()}, headers={"Accept": GRJ})
    assert retry.json()["errors"][0]["extensions"] == {"code": "FORBIDDEN"}
    assert await seeded[COLLECTION].find_one({"_id": DOC_ID}) is None


async def test_the_allow_list_runs_registered_documents(only: httpx.AsyncClient, seeded: Any) -> None:
    await PersistedDocuments(seeded).put(QUERY)
    by_id = await only.post("/graphql", json={"documentId": DOC_ID}, headers={"Accept": GRJ})
    assert by_id.json() == KAZAKHSTAN
    by_text = await only.post("/graphql", json={"query": QUERY}, headers={"Accept": GRJ})
    assert by_text.json() == KAZAKHSTAN
    by_hash = await only.post("/graphql", json={"extensions": _apq()}, headers={"Accept": GRJ})
    assert by_hash.json() == KAZAKHSTAN


async def test_a_persisted_query_over_get_is_cacheable_with_an_etag(client: httpx.AsyncClient, seeded: Any) -> None:
    await PersistedDocuments(seeded).put(QUERY)
    params = {"documentId": DOC_ID}
    first = await client.get("/graphql", params=params, headers={"Accept": GRJ})
    assert first.status_code == 200
    assert first.headers["cache-control"] == "public, max-age=60"
    assert "accept" in first.headers["vary"].lower()
    etag = first.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")

    again = await client.get("/graphql", params=params, headers={"Accept": GRJ, "If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag

    stale = await client.get("/graphql", params=params, headers={"Accept": GRJ, "If-None-Match": '"other"'})
    assert (stale.status_code, stale.json()) == (200, KAZAKHSTAN)
    # The same data as application/json is another representation, with another tag.
    legacy = await client.get("/graphql", params=params, headers={"Accept": "application/json", "If-None-Match": etag})
    assert legacy.status_code == 200
    assert legacy.headers["etag"] != etag


async def test_what_is_not_cacheable_is_no_store(client: httpx.AsyncClient) -> None:
    posted = await client.post("/graphql", json={"query": QUERY})
    assert posted.headers["cache-control"] == "no-store"
    assert "etag" not in posted.headers
    failed = await client.get("/graphql", params={"query": "{ nothing }"}, headers={"Accept": GRJ})
    assert failed.headers["cache-control"] == "no-store"
    with_token = await client.get("/graphql", params={"query": QUERY}, headers={"Authorization": "Bearer x"})
    assert with_token.headers["cache-control"] == "private, max-age=60"


async def test_max_age_is_configurable(settings: Settings, seeded: Any) -> None:
    app = create_app(replace(settings, cache_max_age=5), db=seeded)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        response = await http.get("/graphql", params={"query": QUERY})
    assert response.headers["cache-control"] == "public, max-age=5"


def test_settings_read_the_environment() -> None:
    env = {"ENTENTE_PERSISTED_ONLY": "1", "ENTENTE_CACHE_MAX_AGE": "300"}
    settings = Settings.from_env(env)
    assert (settings.persisted_only, settings.cache_max_age) == (True, 300)
    assert Settings.from_env({}).persisted_only is False


@pytest.fixture
async def persist_db(new_db: Any, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """Point `entente persist` at a fresh database on each store; its name on a real server, else None."""
    database = await new_db()
    if isinstance(database, AsyncMockDatabase):
        monkeypatch.delenv("MONGODB_URI", raising=False)
        return None
    monkeypatch.setenv("ENTENTE_DB", database.name)
    return database.name


def test_persist_registers_documents_and_prints_their_ids(
    persist_db: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "country.graphql"
    document.write_text(QUERY, encoding="utf-8")
    manifest = tmp_path / "persisted-documents.json"
    manifest.write_text(json.dumps({DOC_ID.removeprefix("sha256:"): QUERY}), encoding="utf-8")
    assert main(["persist", str(document), str(manifest)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{DOC_ID}  {document}", f"{DOC_ID}  {manifest}"]
    if persist_db is not None:
        with MongoClient(os.environ["MONGODB_URI"], serverSelectionTimeoutMS=3000) as client:
            assert client[persist_db][COLLECTION].find_one({"_id": DOC_ID}) == {"_id": DOC_ID, "query": QUERY}


def test_persist_refuses_a_manifest_whose_hashes_do_not_match(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MONGODB_URI", raising=False)
    manifest = tmp_path / "persisted-documents.json"
    manifest.write_text(json.dumps({"0" * 64: QUERY}), encoding="utf-8")
    assert main(["persist", str(manifest)]) == 1
    assert "the hash is not the SHA-256 of its document" in capsys.readouterr().err


class _DownCollection:
    async def find_one(self, *args: Any, **kwargs: Any) -> Any:
        raise ServerSelectionTimeoutError("localhost:1: [Errno 111] Connection refused")


class _DownDatabase:
    def __getitem__(self, name: str) -> _DownCollection:
        return _DownCollection()


async def test_a_lookup_while_the_database_is_down_is_503(settings: Settings) -> None:
    app = create_app(settings, db=_DownDatabase())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        response = await http.post("/graphql", json={"documentId": DOC_ID}, headers={"Accept": GRJ})
    assert response.status_code == 503
    assert response.json()["errors"][0]["extensions"] == {"code": "SERVICE_UNAVAILABLE"}
