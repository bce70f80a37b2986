"""Resolvers for what spans relations: events, their counts by type and year, and articles (with their search)."""

from __future__ import annotations

from resolvers import aggregates as agg
from resolvers import queries as q
from resolvers.criteria import EventCriteria
from resolvers.loaders import Context
from resolvers.pagination import Page, check


async def events(ctx: Context, first: int | None, after: str | None, criteria: EventCriteria) -> Page:
    check(first, after, len(q.EVENT_ORDER))
    return await ctx.reads.one(
        "event_page", (criteria, first, after), lambda: q.event_page(ctx.db, criteria, first, after)
    )


async def articles(ctx: Context, search: str | None, first: int | None, after: str | None) -> Page:
    check(first, after, 2)  # (sortKey, _id)
    q.search_words(search)
    return await ctx.reads.one(
        "article_page", (search, first, after), lambda: q.article_page(ctx.db, search, first, after)
    )


async def event_counts(ctx: Context, criteria: EventCriteria) -> list[agg.EventCount]:
    return await ctx.reads.one(  # type: ignore[no-any-return]
        "event_counts", (criteria, None), lambda: agg.event_counts(ctx.db, criteria)
    )
