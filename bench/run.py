"""The benchmark suite: one command, one table per section, both sides of each comparison, then the targets.

    python -m bench.run [--store embedded|ferretdb] [--scale small|large|both] [--quick] [--no-http]

``--store ferretdb`` runs everything on the real server: MONGODB_URI, or else the one
scripts/realstore.sh installs and starts. --quick runs the small scale with fewer repetitions
and 5 s of HTTP load (a minute or two); the full run takes both scales and 30 s of load per side.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import gc
import os
import platform
import time
from dataclasses import dataclass
from typing import Any

from bench import httpload, inprocess, pagination, queries, throughput
from bench.data import SCALES, generate, load
from bench.measure import p50, peak_rss_mb, table
from bench.realstore import start_shared
from entente.app import settle_memory
from entente.settings import Settings
from entente.store import connect
from resolvers.cache import Cache


@dataclass(frozen=True)
class Plan:
    card_runs: int
    nested_runs: int
    depths: tuple[int, ...]
    http_seconds: int
    page_events: int
    page_runs: int
    seed_files: int
    ingest_texts: int


QUICK = Plan(50, 3, (0, 200), 5, 21_000, 3, 200, 40)
FULL = Plan(200, 3, (0, 200), 30, 50_000, 5, 2_000, 300)
CARD_CODE = "KAZ"


class Targets:
    """The issue's targets, each recorded as met or not with its measured ratio to the bound."""

    def __init__(self) -> None:
        self.rows: list[list[Any]] = []

    def add(self, name: str, measured: str, met: bool | None, ratio: float | None = None) -> None:
        verdict = "not run" if met is None else "met" if met else "NOT met"
        self.rows.append([name, measured, verdict, "" if ratio is None else f"{ratio:.2f}x"])


def store_settings(store: str, database: str) -> Settings:
    """The settings of the store benchmarked: the embedded one, or the real server (started if need be)."""
    if store == "embedded":
        return Settings(mongodb_uri=None, database=database, seed_on_start=False)
    uri = os.environ.get("MONGODB_URI") or start_shared()
    return Settings(mongodb_uri=uri, database=database, seed_on_start=False, timeout_ms=60_000)


async def in_process(scale: str, plan: Plan, targets: Targets, store: str) -> None:
    started = time.perf_counter()
    dataset = generate(SCALES[scale])
    generated = time.perf_counter()
    connected = connect(store_settings(store, "entente_bench"))
    db = connected.db
    counts = dataset.counts()
    await load(db, dataset)
    hubs = dataset.hubs
    del dataset
    settle_memory()  # as the app does once its store is ready
    print(table(f"data ({scale}, {store} store)", ["collection", "documents"], [[k, v] for k, v in counts.items()]))
    print(f"generated in {generated - started:.1f} s, inserted in {time.perf_counter() - generated:.1f} s")

    trips = await inprocess.round_trips(db, hubs)
    print(
        table(
            f"round trips: nested query ({scale})",
            ["fan-out", "leaves", "db ops", "by operation"],
            [[r["fan_out"], r["leaves"], r["ops"], r["detail"]] for r in trips],
        )
    )
    ops = [r["ops"] for r in trips]
    same = len(set(ops)) == 1
    targets.add(
        f"nested db ops equal at both fan-outs, <= {queries.NESTING_LEVELS} ({scale})",
        " / ".join(map(str, ops)),
        same and max(ops) <= queries.NESTING_LEVELS,
        max(ops) / queries.NESTING_LEVELS,
    )

    results = []
    for cache in (None, Cache(Settings().cache_mb * 2**20)):  # cold, then the app's steady state
        for depth in plan.depths:
            results.append(await inprocess.card(db, CARD_CODE, plan.card_runs, depth, cache))
        for depth in plan.depths:
            results.append(await inprocess.nested(db, hubs, plan.nested_runs, depth, cache))
    print(
        table(
            f"in-process latency ({scale}; ms; {plan.card_runs} card / {plan.nested_runs} nested runs; "
            "without the cache, then with it)",
            inprocess.HEADER,
            [r.row() for r in results],
        )
    )
    card = next(r for r in results if r.name == "country card" and r.cached)
    targets.add(
        f"country card p50 <= 2 ms in-process ({scale})",
        f"{p50(card.samples['query']):.2f} ms",
        p50(card.samples["query"]) <= 2,
        p50(card.samples["query"]) / 2,
    )
    for r in results:
        if r.name.startswith("nested"):
            ratio = p50(r.samples["query"]) / p50(r.samples["execution floor"])
            cached = "cache" if r.cached else "no cache"
            targets.add(
                f"nested <= 3x json.dumps floor ({scale}, {cached}, depth {r.depth})",
                f"{ratio:.1f}x",
                ratio <= 3,
                ratio / 3,
            )
    if not connected.embedded:
        await connected.client.drop_database("entente_bench")
    await connected.close()


def http(scale: str, plan: Plan, targets: Targets, store: str) -> None:
    loads, info = httpload.compare(scale, CARD_CODE, plan.http_seconds, store_settings(store, "entente_bench_http"))
    print(
        table(
            f"HTTP on loopback ({scale}): wrk {plan.http_seconds} s, {httpload.CONNECTIONS} connections, "
            f"uvicorn, 1 process",
            ["app", "req/s", "p50 ms", "p99 ms", "errors", "RSS MB", "peak RSS MB"],
            [[x.name, x.requests_per_s, x.p50_ms, x.p99_ms, x.errors, x.rss_mb, x.peak_mb] for x in loads],
        )
    )
    card, hello = loads
    share = card.requests_per_s / hello.requests_per_s
    print(f"country card / hello-world: {share:.1%} of the ceiling's req/s")
    print(
        f"server start ({scale}, {store}): generated in {info['generate_s']:.1f} s, "
        f"inserted in {info['insert_s']:.1f} s, RSS {info['rss_mb']:.0f} MB after loading"
    )
    targets.add(f"HTTP card >= 50% of hello req/s ({scale})", f"{share:.1%}", share >= 0.5, 0.5 / share)
    targets.add(
        f"HTTP card p99 <= 25 ms ({scale})",
        f"{card.p99_ms:.1f} ms",
        card.p99_ms <= 25 and not card.errors,
        card.p99_ms / 25,
    )
    if scale == "large" and store == "embedded":
        seconds = info["generate_s"] + info["insert_s"]
        targets.add("embedded seeds the large scale in <= 60 s", f"{seconds:.1f} s", seconds <= 60, seconds / 60)
        targets.add(
            "large server peak RSS < 1.5 GB", f"{card.peak_mb:,.0f} MB", card.peak_mb < 1536, card.peak_mb / 1536
        )


async def paging(plan: Plan, targets: Targets, store_name: str) -> None:
    settings = store_settings(store_name, "entente_bench_pagination")
    store = connect(settings)
    where = f"MONGODB_URI={settings.mongodb_uri}" if settings.mongodb_uri else "embedded mongomock"
    try:
        results = await pagination.measure(store.db, plan.page_events, plan.page_runs)
    finally:
        if not store.embedded:
            await store.client.drop_database("entente_bench_pagination")
        await store.close()
    print(
        table(
            f"pagination: events, {pagination.PAGE} per page, {plan.page_events:,} events ({where})",
            ["query", "median ms", "max ms"],
            [[k, *v] for k, v in results.items()],
        )
    )
    ratio = results["keyset page 1,000"][0] / results["keyset page 1"][0]
    label = "mongomock" if store.embedded else "FerretDB/MongoDB"
    targets.add(f"page 1,000 <= 1.5x page 1 ({label})", f"{ratio:.2f}x", ratio <= 1.5, ratio / 1.5)


async def ingest_and_seed(plan: Plan, store: str) -> None:
    seeded = await throughput.seeding(store_settings(store, "entente_bench_seed"), plan.seed_files)
    ingested = await throughput.ingesting(store_settings(store, "entente_bench_ingest"), plan.ingest_texts)
    print(
        table(
            f"throughput on the {store} store (the seed and ingest paths: seed.load.seed, Writer.ingest)",
            ["path", "articles", "seconds", "articles/s", "events derived"],
            [
                [
                    "seed (validate, build, write, derive)",
                    seeded["articles"],
                    seeded["seconds"],
                    seeded["per_s"],
                    seeded["events"],
                ],
                [
                    "ingest, one by one (extract, merge, derive)",
                    plan.ingest_texts,
                    ingested["seconds"],
                    ingested["per_s"],
                    ingested["events"],
                ],
            ],
        )
    )


async def main(scales: list[str], plan: Plan, skip_http: bool, store: str) -> None:
    started = time.perf_counter()
    print(
        f"entente benchmarks, {datetime.date.today()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}; store: {store}; "
        f"scales: {', '.join(scales)}"
    )
    targets = Targets()
    for scale in scales:
        await in_process(scale, plan, targets, store)
        gc.collect()
        if not skip_http:
            http(scale, plan, targets, store)
    await paging(plan, targets, store)
    await ingest_and_seed(plan, store)
    print(f"\nbench process peak RSS: {peak_rss_mb():,.0f} MB")
    print(table("targets", ["target", "measured", "verdict", "ratio to bound"], targets.rows))
    print(f"\ntotal {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", choices=["small", "large", "both"], default="both")
    parser.add_argument("--quick", action="store_true", help="fewer runs, 5 s of HTTP load; small scale by default")
    parser.add_argument("--no-http", action="store_true", help="skip the wrk section")
    parser.add_argument("--store", choices=["embedded", "ferretdb"], default="embedded")
    args = parser.parse_args()
    chosen = ["small", "large"] if args.scale == "both" else [args.scale]
    if args.quick and args.scale == "both":
        chosen = ["small"]
    asyncio.run(main(chosen, QUICK if args.quick else FULL, args.no_http, args.store))
