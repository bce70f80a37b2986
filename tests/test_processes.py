"""Two server processes on one database: what one writes, the other reads at once (nothing is kept in
a process's memory across requests), and their reports of one event merge."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from pymongo import MongoClient

from bench.articles import article_text
from tests.conftest import _unavailable
from tests.live_server import live_server

TOKEN = "two-processes"
INGEST = "mutation($t: String!) { ingestArticle(input: {text: $t}) { derived article { id events { id } } } }"
ARTICLE = "query($id: ID!) { article(id: $id) { id events { id sources { article { id } } } } }"
RELATION = '{ relation(a: "KAZ", b: "UZB") { events { totalCount } figures { totalCount } } }'


@pytest.fixture
def database() -> str:
    uri = os.environ.get("MONGODB_URI")
    if not uri:
        _unavailable("MONGODB_URI is not set: two processes share a real server's database")
    name = f"entente_processes_{os.getpid()}"
    with MongoClient(uri) as client:
        client.drop_database(name)
    yield name
    with MongoClient(uri) as client:
        client.drop_database(name)


def _ask(url: str, query: str, variables: dict[str, str] | None = None) -> dict:
    body = httpx.post(url, json={"query": query, "variables": variables}, timeout=30,
                      headers={"Authorization": f"Bearer {TOKEN}"}).json()  # fmt: skip
    assert "errors" not in body, body
    return body["data"]


def test_each_process_reads_what_the_other_wrote_at_once(tmp_path: Path, database: str) -> None:
    env = {"MONGODB_URI": os.environ["MONGODB_URI"], "ENTENTE_DB": database, "ENTENTE_API_TOKEN": TOKEN,
           "ENTENTE_INGEST_WAIT_MS": "0"}  # fmt: skip
    with live_server(tmp_path / "a", env=env) as a, live_server(tmp_path / "b", env=env) as b:
        before = _ask(b.graphql, RELATION)["relation"]
        # Uzbekistan (article_text(0, ...)): the same talks and memorandum, told by two outlets.
        first = _ask(a.graphql, INGEST, {"t": article_text(0, tag="outlet-a")})["ingestArticle"]
        seen = _ask(b.graphql, ARTICLE, {"id": first["article"]["id"]})["article"]
        assert first["derived"] and seen["id"] == first["article"]["id"]
        assert [e["id"] for e in seen["events"]] == [e["id"] for e in first["article"]["events"]]
        after_one = _ask(b.graphql, RELATION)["relation"]
        assert before is None and after_one["events"]["totalCount"] == 2

        second = _ask(b.graphql, INGEST, {"t": article_text(0, tag="outlet-b")})["ingestArticle"]
        assert second["derived"]
        merged = _ask(a.graphql, ARTICLE, {"id": first["article"]["id"]})["article"]
        for event in merged["events"]:
            sources = {s["article"]["id"] for s in event["sources"]}
            assert sources == {first["article"]["id"], second["article"]["id"]}, event
        assert _ask(a.graphql, RELATION)["relation"] == after_one  # the same two events, now with two sources
