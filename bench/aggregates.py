"""Time of each aggregate on generated data, without the cross-request cache (the pipeline runs every time).

    python -m bench.aggregates [--store embedded|ferretdb] [--scale small|large] [--runs N]

The relation and the country asked about are those with the most figures and events: the largest
answers the data holds. Reports p50 and p95 of the whole GraphQL request in process, and the
documents each pipeline's first stage reads.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter

from bench.data import SCALES, generate, load
from bench.inprocess import execute
from bench.measure import p50, p95, table
from bench.run import store_settings
from entente import documents as d
from entente.store import connect

QUERIES = {
    "tradeTimeline": (
        "query($a: String!, $b: String!) { relation(a: $a, b: $b) { tradeTimeline { metric unit "
        "points { period { start { iso } } asOf value resolution figureIds } } } }"
    ),
    "partnersByTrade": (
        "query($code: String!) { country(code: $code) { partnersByTrade(first: 20) { totalCount "
        "edges { node { country { name } turnover { value } } } } } }"
    ),
    "partnersByEvents": (
        "query($code: String!) { country(code: $code) { partnersByEvents(first: 20) { totalCount "
        "edges { node { country { name } eventCount } } } } }"
    ),
    "eventCounts (a country)": "query($code: String!) { eventCounts(filter: {country: $code}) { type year count } }",
    "eventCounts (all)": "{ eventCounts { type year count } }",
}


async def main(store: str, scale: str, runs: int) -> None:
    dataset = generate(SCALES[scale])
    figures, events = dataset.collections[d.FIGURES], dataset.collections[d.EVENTS]
    pair = Counter(p for f in figures for p in f["relations"]).most_common(1)[0][0]
    code = Counter(c for e in events for c in e["countries"]).most_common(1)[0][0]
    read = {
        "tradeTimeline": sum(pair in f["relations"] for f in figures),
        "partnersByTrade": sum(code in f["countries"] and f["metric"] == d.Metric.TRADE_TURNOVER for f in figures),
        "partnersByEvents": sum(code in e["countries"] for e in events),
        "eventCounts (a country)": sum(code in e["countries"] for e in events),
        "eventCounts (all)": len(events),
    }
    connected = connect(store_settings(store, "entente_bench_aggregates"))
    await load(connected.db, dataset)
    a, b = pair.split("-")
    rows = []
    for name, query in QUERIES.items():
        variables = {"a": a, "b": b, "code": code}
        await execute(connected.db, query, variables)  # warm: plans, connections
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            await execute(connected.db, query, variables)
            samples.append((time.perf_counter() - started) * 1000)
        rows.append([name, read[name], f"{p50(samples):.2f}", f"{p95(samples):.2f}"])
    if not connected.embedded:
        await connected.client.drop_database("entente_bench_aggregates")
    await connected.close()
    data = f"{scale}: {len(figures):,} figures, {len(events):,} events"
    title = f"aggregates, uncached ({data}; {store} store; {pair}, {code})"
    print(table(title, ["field", "documents matched", "p50 ms", "p95 ms"], rows))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", choices=["embedded", "ferretdb"], default="embedded")
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    asyncio.run(main(args.store, args.scale, args.runs))
