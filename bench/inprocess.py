"""In-process measurements: database operations per request, and latency beside the store and execution floors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench import queries
from bench.measure import Action, encode, interleaved, p50, p95, send
from entente import documents as d
from entente.store import CountingDatabase
from resolvers import queries as q
from resolvers.cache import Cache
from resolvers.criteria import EventCriteria, FigureCriteria
from resolvers.loaders import Context
from schema import schema

FAN_OUTS = {"low (2x2x2)": (2, 2, 2), "high (20x10x10)": (20, 10, 10)}


async def execute(db: Any, query: str, variables: dict[str, Any], cache: Cache | None = None) -> dict[str, Any]:
    """The response data of a query that must succeed, with a fresh request context over the app's cache."""
    context = Context.for_request(db, cache=cache)
    result = await schema.execute(query, variable_values=variables, context_value=context)
    assert result.errors is None, result.errors
    return result.data


async def round_trips(db: Any, hubs: list[str]) -> list[dict[str, Any]]:
    """Operations per request of the nested query at each fan-out, by (collection, operation)."""
    rows = []
    for label, (countries, relations, events) in FAN_OUTS.items():
        counting = CountingDatabase(db)
        variables = {"relations": relations, "events": events}
        data = await execute(counting, queries.nested(hubs[:countries]), variables)
        ops = ", ".join(f"{c}.{o}={n}" for (c, o), n in sorted(counting.counts.items()))
        rows.append({"fan_out": label, "leaves": queries.leaves(data), "ops": counting.total, "detail": ops})
    return rows


@dataclass
class Latency:
    name: str
    depth: int
    samples: dict[str, list[float]]
    leaves: int
    cached: bool

    def row(self) -> list[Any]:
        query, store, floor = (self.samples[k] for k in ("query", "store floor", "execution floor"))
        return [self.name, "yes" if self.cached else "no", self.depth, self.leaves, p50(query), p95(query), p50(store),
                p95(store), p50(floor), p95(floor), p50(query) / p50(floor)]  # fmt: skip


HEADER = ["query", "cache", "depth", "leaves", "p50 ms", "p95 ms", "store p50", "store p95", "exec p50", "exec p95",
          "x exec"]  # fmt: skip


def _sides(
    db: Any, query: str, variables: dict[str, Any], fetch: Action, data: dict[str, Any], cache: Cache | None
) -> dict[str, Action]:
    async def end_to_end() -> str:
        return send(await execute(db, query, variables, cache))

    async def store_floor() -> str:
        return encode(await fetch())

    async def execution_floor() -> str:
        return encode(data)

    return {"query": end_to_end, "store floor": store_floor, "execution floor": execution_floor}


async def card(db: Any, code: str, runs: int, depth: int, cache: Cache | None) -> Latency:
    """The country card, beside fetching its documents (country, its relations, partners, each relation's
    latest trade figure) and encoding them."""
    variables = {"code": code}
    data = await execute(db, queries.CARD, variables)

    async def fetch() -> Any:
        [country] = await q.by_ids(db, d.COUNTRIES, [code])
        relations = [r for r in await q.by_ids(db, d.RELATIONS, country["relations"][:10]) if r]
        partners = sorted({c for r in relations for c in r["countries"]})
        trade = FigureCriteria(metrics=("TRADE_TURNOVER",))
        figures = await q.relation_figures(db, [(r["_id"], trade, 1, None) for r in relations])
        return [country, relations, await q.by_ids(db, d.COUNTRIES, partners), [page.docs for page in figures]]

    samples = await interleaved(_sides(db, queries.CARD, variables, fetch, data, cache), runs, depth)
    return Latency("country card", depth, samples, queries.leaves(data), cache is not None)


async def nested(db: Any, hubs: list[str], runs: int, depth: int, cache: Cache | None) -> Latency:
    """The nested query (20 x 10 x 10 x 5), beside fetching its documents (the 20 countries, their relations,
    their events and the events' figures) and encoding them."""
    query, variables = queries.nested(hubs), {"relations": 10, "events": 10}
    data = await execute(db, query, variables)

    async def fetch() -> Any:
        countries = await q.by_ids(db, d.COUNTRIES, hubs)
        pairs = sorted({pair for country in countries if country for pair in country["relations"][:10]})
        pages = await q.relation_events(db, [(pair, EventCriteria(), 10, None) for pair in pairs])
        events = [event for page in pages for event in page.docs]
        figures = await q.by_ids(db, d.FIGURES, [f for event in events for f in event["figures"]])
        return [countries, await q.by_ids(db, d.RELATIONS, pairs), events, figures]

    samples = await interleaved(_sides(db, query, variables, fetch, data, cache), runs, depth, warm=1)
    return Latency("nested 20x10x10x5", depth, samples, queries.leaves(data), cache is not None)
