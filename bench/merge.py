"""Merges on a large store: how long concurrent ingests wait for their merge, and what they ask of the store.

    python -m bench.merge [--articles 3000] [--concurrent 1 16 64] [--store ferretdb|embedded] [--trace-memory]

Builds a store of ``--articles`` generated articles as the soak ingests them (bench/articles.py:
64 streams whose articles of the same number report the same events), on the embedded store,
and copies every collection into a database of the real server (ferretdb store: MONGODB_URI, or
the one scripts/realstore.sh starts). Then, for
each ``--concurrent`` count in turn, ingests that many new articles at once, reporting events
the store holds, and prints the wall time, the median ingest and the store operations they
issued, by collection and operation; with ``--trace-memory``, also the peak of what Python
allocated while they ran and kept at once (``tracemalloc``, which slows them). Then it times
reading the quotes of events (what ``Event.sources`` reads): of the
event the most articles report, of one the fewest report, and of the ten most reported at once
(median of 5 reads each).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
import tracemalloc
from typing import Any

from bench.articles import article_text
from bench.measure import table
from bench.realstore import start_shared
from entente import documents as d
from entente.settings import Settings
from entente.store import CountingDatabase, connect, ensure_indexes
from entente.write.writer import Writer
from resolvers.queries import quotes_by_item
from seed.load import seed

STREAMS = 64


async def _build(db: Any, articles: int) -> None:
    await seed(db)
    writer = Writer(db)

    async def stream(tag: int) -> None:
        for n in range(articles // STREAMS):
            await writer.ingest(article_text(n, tag=f"build-{tag}"))

    await asyncio.gather(*(stream(tag) for tag in range(STREAMS)))


async def _copy(source: Any, target: Any) -> None:
    for name in await source.list_collection_names():
        docs = await source[name].find({}).to_list(None)
        if docs:
            await target[name].insert_many(docs)
    await ensure_indexes(target)


async def _ingests(db: Any, count: int, round_: int, trace: bool) -> list[Any]:
    counting = CountingDatabase(db)
    writer = Writer(counting)
    waits: list[float] = []

    async def one(i: int) -> None:
        started = time.perf_counter()
        await writer.ingest(article_text(i % 40, tag=f"round-{round_}-{i}"))  # events the store holds
        waits.append(time.perf_counter() - started)

    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(count)))
    wall = time.perf_counter() - started
    peak = ""
    if trace:
        peak = f"{tracemalloc.get_traced_memory()[1] / 1e6:.2f}"
        tracemalloc.stop()
    ops = ", ".join(f"{c}.{o} {n}" for (c, o), n in sorted(counting.counts.items()))
    print(f"merge: {count} ingests at once asked the store: {ops}", file=sys.stderr)
    return [count, f"{wall:.2f}", f"{statistics.median(waits):.2f}", counting.total, peak]


async def _sources(db: Any) -> list[list[Any]]:
    quoted = await (
        await db[d.QUOTES].aggregate([{"$group": {"_id": "$item", "n": {"$sum": 1}}}, {"$sort": {"n": -1, "_id": 1}}])
    ).to_list(None)
    events = [row for row in quoted if row["_id"].startswith("ev_")]
    rows = []
    chosen_sets = (("most reported", events[:1]), ("least reported", events[-1:]), ("10 most reported", events[:10]))
    for label, chosen in chosen_sets:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            found = await quotes_by_item(db, [e["_id"] for e in chosen])
            times.append(time.perf_counter() - started)
        articles = sum(e["n"] for e in chosen)
        quotes = sum(len(sources) for sources in found)
        rows.append([label, len(chosen), articles, quotes, f"{statistics.median(times) * 1000:.0f}"])
    return rows


async def run(args: argparse.Namespace) -> None:
    built = connect(Settings.from_env({}))  # the embedded store
    begun = time.perf_counter()
    await _build(built.db, args.articles)
    print(f"merge: built {args.articles} articles in {time.perf_counter() - begun:.0f} s", file=sys.stderr)
    store = None
    db = built.db
    if args.store == "ferretdb":
        uri = os.environ.get("MONGODB_URI") or start_shared()
        store = connect(Settings.from_env({"MONGODB_URI": uri, "ENTENTE_DB": "entente_merge"}))
        await store.client.drop_database("entente_merge")
        await _copy(built.db, store.db)
        db = store.db
    try:
        rows = [await _ingests(db, count, i, args.trace_memory) for i, count in enumerate(args.concurrent)]
        sources = await _sources(db)
    finally:
        if store is not None:
            await store.client.drop_database("entente_merge")
            await store.close()
    title = f"merge: concurrent ingests on a store of {args.articles} generated articles ({args.store} store)"
    print(table(title, ["ingests at once", "wall s", "median s", "store operations", "peak MB"], rows))
    title = "merge: reading events' quotes (Event.sources)"
    print(table(title, ["events", "count", "articles reporting them", "quotes", "median ms"], sources))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--concurrent", type=int, nargs="+", default=[1, 16, 64])
    parser.add_argument("--store", choices=["embedded", "ferretdb"], default="ferretdb")
    parser.add_argument("--trace-memory", action="store_true", help="report the ingests' peak of Python allocations")
    asyncio.run(run(parser.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
