"""Resolvers for the lists across relations: events, and articles (with their search)."""

from __future__ import annotations

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
