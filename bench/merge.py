"""Merges on a large store: how long concurrent ingests wait for their merge, and what they ask of the store.

    python -m bench.merge [--articles 3000] [--concurrent 64 16] [--store ferretdb|embedded] [--trace-memory]

Builds a store of ``--articles`` generated articles as the soak ingests them (bench/articles.py:
64 streams whose articles of the same number report the same events), on the embedded store,
and copies every collection into a FerretDB database of its own (ferretdb store). Then, for
each ``--concurrent`` count in turn, ingests that many new articles at once, reporting events
the store holds, and prints the wall time, the median ingest and the store operations they
issued, by collection and operation; with ``--trace-memory``, also the peak of what Python
allocated while they ran and kept at once (``tracemalloc``, which slows them). Then it times
reading the quotes of events (what ``Event.sources`` reads, without the document cache): of the
event the most articles report, of one the fewest report, and of the ten most reported at once
(median of 5 reads each).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import signal
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from seed.ingest import ingest

from bench.articles import article_text
from bench.ferretdb import FerretDB, install
from bench.measure import table
from entente import documents as d
from entente.settings import Settings
from entente.store import CountingDatabase, connect, ensure_indexes
from resolvers.queries import event_sources_by_id
from seed.load import seed

STREAMS = 64


async def _build(db: Any, articles: int) -> None:
    await seed(db)

    async def stream(tag: int) -> None:
        for n in range(articles // STREAMS):
            await ingest(db, article_text(n, tag=f"build-{tag}"))

    await asyncio.gather(*(stream(tag) for tag in range(STREAMS)))


async def _copy(source: Any, target: Any) -> None:
    for name in await source.list_collection_names():
        docs = await source[name].find({}).to_list(None)
        if docs:
            await target[name].insert_many(docs)
    await ensure_indexes(target)


async def _ingests(db: Any, count: int, round_: int, trace: bool) -> list[Any]:
    counting = CountingDatabase(db)
    waits: list[float] = []

    async def one(i: int) -> None:
        started = time.perf_counter()
        await ingest(counting, article_text(i % 40, tag=f"round-{round_}-{i}"))  # events the store holds
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
    events = await db[d.EVENTS].find({}, {"articles": 1}).to_list(None)
    events.sort(key=lambda e: (-len(e["articles"]), e["_id"]))
    rows = []
    chosen_sets = (("most reported", events[:1]), ("least reported", events[-1:]), ("10 most reported", events[:10]))
    for label, chosen in chosen_sets:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            found = await event_sources_by_id(db, [e["_id"] for e in chosen])
            times.append(time.perf_counter() - started)
        articles = sum(len(e["articles"]) for e in chosen)
        quotes = sum(len(doc["sources"]) for doc in found if doc)
        rows.append([label, len(chosen), articles, quotes, f"{statistics.median(times) * 1000:.0f}"])
    return rows


async def run(args: argparse.Namespace) -> None:
    built = connect(Settings.from_env({}))  # the embedded store
    begun = time.perf_counter()
    await _build(built.db, args.articles)
    print(f"merge: built {args.articles} articles in {time.perf_counter() - begun:.0f} s", file=sys.stderr)
    ferretdb = None
    db = built.db
    if args.store == "ferretdb":
        install()
        ferretdb = FerretDB(Path(tempfile.mkdtemp(prefix="entente-merge-")))
        ferretdb.start()
        store = connect(Settings.from_env({"MONGODB_URI": ferretdb.uri, "ENTENTE_DB": "entente_merge"}))
        await _copy(built.db, store.db)
        db = store.db
    try:
        rows = [await _ingests(db, count, i, args.trace_memory) for i, count in enumerate(args.concurrent)]
        sources = await _sources(db)
    finally:
        if ferretdb is not None:
            await store.close()
            ferretdb.stop(signal.SIGTERM)
            shutil.rmtree(ferretdb.data, ignore_errors=True)
    title = f"merge: concurrent ingests on a store of {args.articles} generated articles ({args.store} store)"
    print(table(title, ["ingests at once", "wall s", "median s", "store operations", "peak MB"], rows))
    title = "merge: reading events' quotes (Event.sources without the cache)"
    print(table(title, ["events", "count", "articles reporting them", "quotes", "median ms"], sources))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--concurrent", type=int, nargs="+", default=[64, 16])
    parser.add_argument("--store", choices=["embedded", "ferretdb"], default="ferretdb")
    parser.add_argument("--trace-memory", action="store_true", help="report the ingests' peak of Python allocations")
    asyncio.run(run(parser.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
