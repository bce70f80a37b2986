"""Seed and ingest throughput (articles/s) through the real paths, on fresh embedded stores."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from seed.ingest import ingest

from bench.data import article_texts, seed_files
from entente import documents as d
from entente.store import ensure_indexes
from entente.store.mock import AsyncMockClient
from seed.load import seed


async def seeding(count: int) -> dict[str, float]:
    """seed.load.seed on ``count`` generated seed files: validate, build, write, derive."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, file in enumerate(seed_files(count)):
            (Path(tmp) / f"{i:05d}.json").write_text(json.dumps(file), encoding="utf-8")
        db = AsyncMockClient()["bench_seed"]
        started = time.perf_counter()
        report = await seed(db, [Path(tmp)])
        seconds = time.perf_counter() - started
    events = report.collections[d.EVENTS].inserted
    return {"articles": count, "seconds": seconds, "per_s": count / seconds, "events": events}


async def ingesting(count: int) -> dict[str, float]:
    """seed.ingest.ingest of ``count`` generated texts one after another: extract, merge, store, derive."""
    db = AsyncMockClient()["bench_ingest"]
    await ensure_indexes(db)
    texts = article_texts(count)
    started = time.perf_counter()
    changed = 0
    for text in texts:
        new = (await ingest(db, text)).changed
        changed += new
    seconds = time.perf_counter() - started
    events = await db[d.EVENTS].count_documents({})
    return {"articles": changed, "seconds": seconds, "per_s": count / seconds, "events": events}
