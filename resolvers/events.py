"""Resolvers for the event list across relations."""

from __future__ import annotations

from resolvers import queries as q
from resolvers.criteria import EventCriteria
from resolvers.loaders import Context
from resolvers.pagination import Page


async def events(ctx: Context, first: int | None, after: str | None, criteria: EventCriteria) -> Page:
    return await q.event_page(ctx.db, criteria, first, after)
