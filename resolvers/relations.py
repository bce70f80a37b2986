"""Resolvers for relations: lookup by pair, a relation's events and figures page by page, and its aggregates."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from entente import documents as d
from entente.documents import relation_id
from resolvers import aggregates as agg
from resolvers import queries as q
from resolvers.criteria import EventCriteria, FigureCriteria, country_code
from resolvers.loaders import Context
from resolvers.pagination import Page, check


async def relation(ctx: Context, a: str, b: str) -> dict[str, Any] | None:
    first, second = country_code(a, argument="a"), country_code(b, argument="b")
    if first == second:
        return None
    return await ctx.loaders.one(d.RELATIONS, relation_id(first, second))


async def relation_events(
    ctx: Context, doc: dict[str, Any], first: int | None, after: str | None, criteria: EventCriteria
) -> Page:
    check(first, after, len(q.EVENT_ORDER))
    page = await ctx.loaders.relation_events.load((doc["_id"], criteria, first, after))
    if not criteria:  # the relation counts its events
        return replace(page, total=doc["events"])
    return replace(page, count=lambda: ctx.loaders.event_counts.load((doc["_id"], criteria)))


async def relation_figures(
    ctx: Context, doc: dict[str, Any], first: int | None, after: str | None, criteria: FigureCriteria
) -> Page:
    check(first, after, len(q.FIGURE_ORDER))
    page = await ctx.loaders.relation_figures.load((doc["_id"], criteria, first, after))
    if not criteria:
        return replace(page, total=doc["figures"])
    return replace(page, count=lambda: ctx.loaders.figure_counts.load((doc["_id"], criteria)))


async def trade_timeline(ctx: Context, doc: dict[str, Any], metrics: tuple[str, ...]) -> list[agg.Series]:
    return await ctx.reads.one(  # type: ignore[no-any-return]
        "trade_timeline", (doc["_id"], metrics), lambda: agg.trade_timeline(ctx.db, doc["_id"], metrics)
    )


async def event_counts(ctx: Context, doc: dict[str, Any], criteria: EventCriteria) -> list[agg.EventCount]:
    return await ctx.reads.one(  # type: ignore[no-any-return]
        "event_counts", (criteria, doc["_id"]), lambda: agg.event_counts(ctx.db, criteria, doc["_id"])
    )
