"""Seed and ingest throughput (articles/s) through the real paths, on fresh stores."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from bench.data import article_texts, seed_files
from entente import documents as d
from entente.settings import Settings
from entente.store import Store, connect, ensure_indexes
from entente.write.writer import Writer
from seed.load import seed


async def _fresh(settings: Settings) -> Store:
    store = connect(settings)
    if not store.embedded:
        await store.client.drop_database(settings.database)
    return store


async def _done(store: Store, settings: Settings) -> None:
    if not store.embedded:
        await store.client.drop_database(settings.database)
    await store.close()


async def seeding(settings: Settings, count: int) -> dict[str, float]:
    """seed.load.seed on ``count`` generated seed files: validate, build, write, derive."""
    store = await _fresh(settings)
    with tempfile.TemporaryDirectory() as tmp:
        for i, file in enumerate(seed_files(count)):
            (Path(tmp) / f"{i:05d}.json").write_text(json.dumps(file), encoding="utf-8")
        started = time.perf_counter()
        report = await seed(store.db, [Path(tmp)])
        seconds = time.perf_counter() - started
    await _done(store, settings)
    events = report.collections[d.EVENTS].inserted
    return {"articles": count, "seconds": seconds, "per_s": count / seconds, "events": events}


async def ingesting(settings: Settings, count: int) -> dict[str, float]:
    """Writer.ingest of ``count`` generated texts one after another: extract, reconcile, store, derive."""
    store = await _fresh(settings)
    await ensure_indexes(store.db)
    writer = Writer(store.db)
    texts = article_texts(count)
    started = time.perf_counter()
    changed = 0
    for text in texts:
        changed += (await writer.ingest(text)).changed
    seconds = time.perf_counter() - started
    events = await store.db[d.EVENTS].count_documents({})
    await _done(store, settings)
    return {"articles": changed, "seconds": seconds, "per_s": count / seconds, "events": events}
