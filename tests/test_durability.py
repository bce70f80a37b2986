"""kill -9 in the middle of concurrent ingests: every acknowledged ingest is there once after a restart,
and nothing half-written shows (the derived collections are what a rebuild from the articles gives).

Each store gets ROUNDS rounds: CLIENTS threads send distinct generated articles until a random
number of them are acknowledged, the server is killed a random moment later (others are in
flight), then restarted on the same data and checked. Set DURABILITY_SEED to replay a run.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient, MongoClient

from bench.articles import EVENTS_PER_TEXT, FIGURES_PER_TEXT, article_text
from bench.realstore import FerretDB
from entente import documents as d
from entente.app import prepare
from entente.settings import Settings
from entente.store import Store
from entente.write import writer as writer_module
from entente.write.build import article_document
from entente.write.derive import derive
from entente.write.writer import Writer
from seed.extract import extract
from seed.load import seed
from tests.live_server import LiveServer, free_port, live_server

TOKEN = "durability-token"
ROUNDS, CLIENTS = 3, 4
DERIVED = (d.COUNTRIES, d.RELATIONS, d.EVENTS, d.FIGURES, d.PEOPLE)
# The rate limiter must not be what the kill test measures.
ENV = {"ENTENTE_API_TOKEN": TOKEN, "ENTENTE_RATE_MUTATIONS": "0", "ENTENTE_RATE_EXPENSIVE": "0"}

INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }"
ARTICLE = """
query($id: ID!) {
  article(id: $id) { id events { id sources { article { id } } } figures { id } }
}
"""
ARTICLES = "query($after: String) { articles(first: 100, after: $after) { edges { cursor node { id } } } }"
EVENTS = """
query($after: String) {
  events(first: 100, after: $after) { edges { cursor node { id sources { article { id } } } } }
}
"""


@dataclass
class Round:
    acked: dict[str, str]  # global article id -> text, for every ingest answered with success
    unanswered: list[str]  # the texts in flight when the server was killed
    kill_after: int
    stored_unanswered: int = 0  # how many of those were stored all the same (allowed either way)


def _stream_then_kill(server: LiveServer, number: int, rng: random.Random) -> Round:
    """CLIENTS threads ingest distinct texts; after ``kill_after`` acks and a random pause, SIGKILL."""
    kill_after = rng.randint(3, 8)
    acked: dict[str, str] = {}
    failures: list[Any] = []
    unanswered: list[str] = []
    lock = threading.Lock()
    enough = threading.Event()

    def client(index: int) -> None:
        with httpx.Client(timeout=60, headers={"Authorization": f"Bearer {TOKEN}"}) as http:
            for n in range(1000):
                # Clients send the same n with different tags: distinct articles reporting the same events.
                text = article_text(n, tag=f"round{number}-client{index}")
                try:
                    response = http.post(server.graphql, json={"query": INGEST, "variables": {"in": {"text": text}}})
                except httpx.TransportError:
                    with lock:
                        unanswered.append(text)  # killed while this one was in flight
                    return
                body = response.json()
                if response.status_code != 200 or body.get("errors"):
                    failures.append(body)
                    enough.set()
                    return
                with lock:
                    acked[body["data"]["ingestArticle"]["article"]["id"]] = text
                    if len(acked) >= kill_after:
                        enough.set()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    assert enough.wait(60), f"round {number}: fewer than {kill_after} ingests acknowledged within 60 s"
    time.sleep(rng.uniform(0, 0.2))
    server.process.send_signal(signal.SIGKILL)
    server.process.wait()
    for thread in threads:
        thread.join(30)
    assert not failures, failures
    with lock:
        return Round(dict(acked), list(unanswered), kill_after)


def _pages(http: httpx.Client, url: str, query: str, field: str) -> list[dict[str, Any]]:
    nodes, after = [], None
    while True:
        body = http.post(url, json={"query": query, "variables": {"after": after}}).json()
        assert not body.get("errors"), body
        edges = body["data"][field]["edges"]
        nodes += [edge["node"] for edge in edges]
        if not edges:
            return nodes
        after = edges[-1]["cursor"]


def _check_served(server: LiveServer, acked: dict[str, str]) -> set[str]:
    """Through the API: each acknowledged article once, whole, and every event's sources are stored articles;
    returns the ids of the articles served."""
    with httpx.Client(timeout=60) as http:
        articles = [a["id"] for a in _pages(http, server.graphql, ARTICLES, "articles")]
        assert len(articles) == len(set(articles))
        assert set(acked) <= set(articles)
        for article_id in acked:
            body = http.post(server.graphql, json={"query": ARTICLE, "variables": {"id": article_id}}).json()
            article = body["data"]["article"]
            assert article is not None, f"acknowledged article {article_id} is missing"
            assert len(article["figures"]) == FIGURES_PER_TEXT, article
            assert len(article["events"]) == EVENTS_PER_TEXT, article
            for event in article["events"]:
                assert article["id"] in [s["article"]["id"] for s in event["sources"]], event
        for event in _pages(http, server.graphql, EVENTS, "events"):
            assert {s["article"]["id"] for s in event["sources"]} <= set(articles), event
    return set(articles)


def _check_stored(uri: str, database: str, acked: dict[str, str]) -> None:
    """In the store: each acknowledged article exactly once, and the derived collections equal a rebuild."""
    with MongoClient(uri, serverSelectionTimeoutMS=5000) as client:
        db = client[database]
        for article_id in acked:
            assert db[d.ARTICLES].count_documents({"_id": article_id.removeprefix("Article:")}) == 1, article_id
        expected = derive(db[d.ARTICLES].find({}))
        for name in DERIVED:
            stored = list(db[name].find({}, sort=[("_id", 1)]))
            assert [doc["_id"] for doc in stored] == [doc["_id"] for doc in expected[name]], name
            assert stored == expected[name], f"{name} differs from a rebuild from the stored articles"


def _kill_rounds(data_dir: Path, env: dict[str, str], stored: tuple[str, str] | None) -> list[Round]:
    rng = random.Random(int(os.environ.get("DURABILITY_SEED") or random.randrange(1 << 30)))
    port, acked, rounds = free_port(), {}, []
    for number in range(ROUNDS + 1):
        with live_server(data_dir, port=port, env=env) as server:
            served = _check_served(server, acked)
            if rounds:
                last = rounds[-1]
                last.stored_unanswered = sum(f"Article:{d.article_id(text)}" in served for text in last.unanswered)
            if stored:
                _check_stored(*stored, acked)
            if number == ROUNDS:
                break
            result = _stream_then_kill(server, number, rng)
        rounds.append(result)
        acked.update(result.acked)
    return rounds


def _report(store: str, rounds: list[Round]) -> None:
    for number, r in enumerate(rounds):
        print(f"{store} round {number}: killed after {r.kill_after}+ acks: {len(r.acked)} acknowledged, all found "
              f"once after the restart; {len(r.unanswered)} in flight, {r.stored_unanswered} of them stored")  # fmt: skip


def test_acknowledged_ingests_survive_kill_9_on_the_embedded_store(tmp_path: Path) -> None:
    rounds = _kill_rounds(tmp_path / "data", ENV, stored=None)
    _report("embedded", rounds)


async def _seed(uri: str, database: str) -> None:
    client: AsyncMongoClient[Any] = AsyncMongoClient(uri)
    try:
        await seed(client[database])
    finally:
        await client.close()


def test_acknowledged_ingests_survive_kill_9_on_a_real_server(tmp_path: Path, ferretdb: FerretDB) -> None:
    asyncio.run(_seed(ferretdb.uri, "durability"))
    env = {**ENV, "MONGODB_URI": ferretdb.uri, "ENTENTE_DB": "durability"}
    rounds = _kill_rounds(tmp_path / "data", env, stored=(ferretdb.uri, "durability"))
    _report("ferretdb", rounds)


async def _derived(db: Any) -> dict[str, list[dict[str, Any]]]:
    return {name: await db[name].find({}, sort=[("_id", 1)]).to_list(None) for name in DERIVED}


async def test_startup_finishes_an_ingest_cut_short_before_its_derivation(seeded: Any) -> None:
    before = await _derived(seeded)
    document = article_document(extract(article_text(1, tag="cut-short")))
    # What a crash leaves: the article written, marked pending, and nothing derived from it.
    await seeded[d.ARTICLES].insert_one({**document, "pending": True})
    assert await _derived(seeded) == before

    await prepare(Store(client=None, db=seeded, embedded=False), Settings(seed_on_start=False), Writer(seeded))
    expected = derive(await seeded[d.ARTICLES].find({}).to_list(None))
    assert await _derived(seeded) == {name: expected[name] for name in DERIVED}
    assert await seeded[d.ARTICLES].count_documents({"pending": True}) == 0


async def test_ingesting_again_finishes_an_ingest_cut_short(seeded: Any) -> None:
    text = article_text(2, tag="retried")
    document = article_document(extract(text))
    await seeded[d.ARTICLES].insert_one({**document, "pending": True})

    stored, changed, derived = await Writer(seeded).ingest(text)
    expected = derive(await seeded[d.ARTICLES].find({}).to_list(None))
    assert (stored["_id"], changed, derived) == (document["_id"], False, True)
    assert await _derived(seeded) == {name: expected[name] for name in DERIVED}
    assert await seeded[d.ARTICLES].count_documents({"pending": True}) == 0


async def test_concurrent_ingests_share_derivations_and_merge_their_reports(
    seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    derivations: list[int] = []
    real = writer_module.derive_articles

    async def counted(db: Any, articles: list[Any]) -> None:
        derivations.append(len(articles))
        await real(db, articles)

    monkeypatch.setattr(writer_module, "derive_articles", counted)
    texts = [article_text(3, tag=f"outlet{i}") for i in range(6)]  # six reports of the same two events
    writer = Writer(seeded)
    results = await asyncio.gather(*(writer.ingest(text) for text in texts))

    articles = await seeded[d.ARTICLES].find({}).to_list(None)
    expected = derive(articles)
    assert [(result.changed, result.derived) for result in results] == [(True, True)] * 6
    assert {result.document["_id"] for result in results} <= {a["_id"] for a in articles}
    assert await _derived(seeded) == {name: expected[name] for name in DERIVED}
    for event in results[0][0]["events"]:
        assert await seeded[d.ARTICLES].count_documents({"events._id": event["_id"]}) == 6
    assert 0 < len(derivations) < len(texts)
    assert sum(derivations) == len(texts)  # each article derived once, only what they touch
    assert await seeded[d.ARTICLES].count_documents({"pending": True}) == 0
