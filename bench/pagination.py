"""Keyset pagination: page 1 against page 1,000 of events, on the store MONGODB_URI names.

    MONGODB_URI=$(scripts/realstore.sh start) python -m bench.pagination [--events 50000]

Inserts synthetic events into a scratch database, then times the `events` query's store
call for the first page and for page 1,000 (20 per page), both through the resolver's
keyset query, and beside them the offset query (skip) that keyset paging replaces.
Medians over repeated runs; the scratch database is dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from typing import Any

from pymongo import AsyncMongoClient

from entente.settings import Settings
from entente.store import connect, ensure_indexes
from resolvers import queries as q
from resolvers.criteria import EventCriteria
from resolvers.pagination import encode_cursor

PAGE = 20
TYPES = ("VISIT", "MEETING", "AGREEMENT", "FORUM", "OTHER")


def synthetic_events(count: int) -> list[dict[str, Any]]:
    """Events shaped like the derived `events` collection, spread over 1990-2025."""
    events = []
    for i in range(count):
        year, month, day = 1990 + i % 36, 1 + i % 12, 1 + i % 28
        date = f"{year:04d}-{month:02d}-{day:02d}"
        events.append(
            {
                "_id": f"ev_{i:016x}",
                "type": TYPES[i % len(TYPES)],
                "title": f"Synthetic event {i}",
                "status": "HAPPENED",
                "date": date,
                "endDate": None,
                "location": None,
                "countries": ["KAZ", f"C{i % 250:02d}"],
                "participants": [],
                "figures": [],
                "dateFirst": date,
                "dateLast": date,
                "relations": [f"C{i % 250:02d}-KAZ"],
            }
        )
    return events


async def median_ms(action: Any, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


async def measure(db: Any, count: int, runs: int) -> dict[str, tuple[float, float]]:
    """Insert ``count`` synthetic events into ``db``'s events collection, then time each page query:
    (median ms, max ms) by name."""
    await db.drop_collection("events")
    await ensure_indexes(db)
    docs = synthetic_events(count)
    for i in range(0, count, 1000):
        await db["events"].insert_many(docs[i : i + 1000])

    sort = [("dateFirst", -1), ("_id", -1)]
    offset = (1000 - 1) * PAGE
    [last_of_999] = await db["events"].find({}, sort=sort, skip=offset - 1, limit=1).to_list(None)
    cursor = encode_cursor([last_of_999["dateFirst"], last_of_999["_id"]])
    page_1000 = await q.event_page(db, EventCriteria(), PAGE, cursor)
    offset_1000 = await db["events"].find({}, sort=sort, skip=offset, limit=PAGE).to_list(None)
    assert [d["_id"] for d in page_1000.docs] == [d["_id"] for d in offset_1000], "keyset and offset disagree"

    rows = [
        ("keyset page 1", lambda: q.event_page(db, EventCriteria(), PAGE, None)),
        ("keyset page 1,000", lambda: q.event_page(db, EventCriteria(), PAGE, cursor)),
        ("offset page 1", lambda: db["events"].find({}, sort=sort, limit=PAGE).to_list(None)),
        ("offset page 1,000", lambda: db["events"].find({}, sort=sort, skip=offset, limit=PAGE).to_list(None)),
    ]
    results = {}
    for name, action in rows:
        await action()  # warm
        results[name] = await median_ms(action, runs)
    return results


async def main(count: int, runs: int) -> None:
    uri = os.environ.get("MONGODB_URI")
    store = connect(Settings(mongodb_uri=uri, database="entente_bench_pagination"))
    print(f"store: {'MONGODB_URI=' + uri if uri else 'embedded (mongomock)'}; {count:,} events; {PAGE} per page")
    started = time.perf_counter()
    results = await measure(store.db, count, runs)
    print(f"inserted and measured in {time.perf_counter() - started:.1f} s")
    print(f"{'query':<20} {'median ms':>10} {'max ms':>10}")
    for name, (median, worst) in results.items():
        print(f"{name:<20} {median:>10.1f} {worst:>10.1f}")
    ratio = results["keyset page 1,000"][0] / results["keyset page 1"][0]
    print(f"keyset page 1,000 / page 1: {ratio:.2f}x (target <= 1.5x)")
    if isinstance(store.client, AsyncMongoClient):
        await store.client.drop_database("entente_bench_pagination")
    await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    asyncio.run(main(args.events, args.runs))
