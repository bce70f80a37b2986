"""The embedded store keeps what was ingested: journaled before the answer, replayed at start."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import httpx
import pytest

from bench.articles import article_text
from entente import documents as d
from entente.app import create_app
from entente.settings import Settings
from entente.write import writer as writer_module
from entente.write.derive import derive
from entente.write.journal import Journal
from entente.write.writer import Writer
from seed.load import seed
from tests.live_server import live_server
from tests.test_ingest import INGEST, TEXT, TOKEN

ARTICLES = "{ articles { totalCount edges { node { id events { type } } } } }"


def test_records_come_back_in_order_and_a_line_cut_short_is_skipped(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.append({"text": "first"})
    with open(journal.path, "a", encoding="utf-8") as file:
        file.write('{"text": "cut sh')  # a crash in the middle of a write
    journal.append({"text": "second"})
    assert [r["text"] for r in journal.records()] == ["first", "second"]


async def _session(settings: Settings, query: str, variables: dict[str, Any] | None = None) -> Any:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            response = await http.post(
                "/graphql", json={"query": query, "variables": variables}, headers={"Authorization": f"Bearer {TOKEN}"}
            )
            return response.json()


async def test_a_restart_keeps_what_was_ingested(tmp_path: Path) -> None:
    settings = Settings(seed_on_start=False, api_token=TOKEN, data_dir=str(tmp_path))
    ingested = await _session(settings, INGEST, {"input": {"text": TEXT}})
    after_restart = await _session(settings, ARTICLES)
    article = ingested["data"]["ingestArticle"]["article"]
    assert after_restart["data"]["articles"]["totalCount"] == 1
    [edge] = after_restart["data"]["articles"]["edges"]
    assert edge["node"]["id"] == article["id"]
    assert [e["type"] for e in edge["node"]["events"]] == [e["type"] for e in article["events"]]


async def test_replay_stores_every_record_once_and_derives_in_batches(
    db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(tmp_path)
    texts = [article_text(n, tag="replayed") for n in range(writer_module.WRITE_BATCH + 6)]
    for n, text in enumerate(texts):
        journal.append({"text": text, "publishedOn": "2024-05-01" if n % 2 else None})
    journal.append({"text": texts[0]})  # the same text twice is one article
    journal.append({"publishedOn": "2024-05-01"})  # no text: logged and skipped
    journal.append(["not", "a", "record"])
    await seed(db)
    updates: list[int] = []
    real = writer_module.derive_articles

    async def counted(db: Any, articles: list[Any]) -> None:
        updates.append(len(articles))
        await real(db, articles)

    monkeypatch.setattr(writer_module, "derive_articles", counted)
    writer = Writer(db)
    assert await writer.replay(journal) == len(texts)
    assert await writer.replay(journal) == 0

    articles = await db[d.ARTICLES].find({}).to_list(None)
    expected = derive(articles)
    assert len(articles) == len(texts) + 5  # and the five seed articles
    assert updates == [writer_module.WRITE_BATCH, 6]  # a derivation per batch written
    for name in (d.COUNTRIES, d.RELATIONS, d.EVENTS, d.FIGURES, d.PEOPLE):
        assert await db[name].find({}, sort=[("_id", 1)]).to_list(None) == expected[name]


def test_a_kill_9_right_after_the_answer_loses_nothing(tmp_path: Path) -> None:
    token = {"ENTENTE_API_TOKEN": TOKEN}
    with live_server(tmp_path, env=token, args=["--no-seed"]) as first:
        answer = httpx.post(
            first.graphql, json={"query": INGEST, "variables": {"input": {"text": TEXT}}},
            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30,
        ).json()  # fmt: skip
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
    with live_server(tmp_path, port=first.port, env=token, args=["--no-seed"]) as second:
        after = httpx.post(second.graphql, json={"query": ARTICLES}, timeout=30).json()
    assert after["data"]["articles"]["edges"][0]["node"]["id"] == answer["data"]["ingestArticle"]["article"]["id"]
