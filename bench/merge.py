"""Merges on a large store: how long concurrent ingests wait for their merge, and what they ask of the store.

    python -m bench.merge [--articles 3000] [--concurrent 64 16] [--store ferretdb|embedded]

Builds a store of ``--articles`` generated articles as the soak ingests them (bench/articles.py:
64 streams whose articles of the same number report the same events), on the embedded store,
and copies every collection into a FerretDB database of its own (ferretdb store). Then, for
each ``--concurrent`` count in turn, ingests that many new articles at once, reporting events
the store holds, and prints the wall time, the median ingest and the store operations they
issued, by collection and operation.
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
from pathlib import Path
from typing import Any

from bench.articles import article_text
from bench.ferretdb import FerretDB, install
from bench.measure import table
from entente.settings import Settings
from entente.store import CountingDatabase, connect, ensure_indexes
from seed.ingest import ingest
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


async def _ingests(db: Any, count: int, round_: int) -> list[Any]:
    counting = CountingDatabase(db)
    waits: list[float] = []

    async def one(i: int) -> None:
        started = time.perf_counter()
        await ingest(counting, article_text(i % 40, tag=f"round-{round_}-{i}"))  # events the store holds
        waits.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(count)))
    wall = time.perf_counter() - started
    ops = ", ".join(f"{c}.{o} {n}" for (c, o), n in sorted(counting.counts.items()))
    print(f"merge: {count} ingests at once asked the store: {ops}", file=sys.stderr)
    return [count, f"{wall:.2f}", f"{statistics.median(waits):.2f}", counting.total]


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
        rows = [await _ingests(db, count, i) for i, count in enumerate(args.concurrent)]
    finally:
        if ferretdb is not None:
            await store.close()
            ferretdb.stop(signal.SIGTERM)
            shutil.rmtree(ferretdb.data, ignore_errors=True)
    title = f"merge: concurrent ingests on a store of {args.articles} generated articles ({args.store} store)"
    print(table(title, ["ingests at once", "wall s", "median s", "store operations"], rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--concurrent", type=int, nargs="+", default=[64, 16])
    parser.add_argument("--store", choices=["embedded", "ferretdb"], default="ferretdb")
    asyncio.run(run(parser.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
