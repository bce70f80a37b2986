"""Resolvers for relations and the events and figures embedded in them."""

from __future__ import annotations

from typing import Any

from entente.documents import relation_id
from resolvers.countries import country_code
from resolvers.events import EventCriteria, FigureCriteria
from resolvers.loaders import Context
from resolvers.pagination import Page, page_list


async def relation(ctx: Context, a: str, b: str) -> dict[str, Any] | None:
    first, second = country_code(a, argument="a"), country_code(b, argument="b")
    if first == second:
        return None
    return await ctx.loaders.relations.load(relation_id(first, second))


def relation_events(doc: dict[str, Any], first: int | None, after: str | None, criteria: EventCriteria) -> Page:
    # Events are embedded in the relation, newest first, so no query is needed.
    keep = criteria.matches if criteria else None
    return page_list(doc["events"], ["dateFirst", "_id"], first, after, descending=True, keep=keep)


def relation_figures(doc: dict[str, Any], first: int | None, after: str | None, criteria: FigureCriteria) -> Page:
    keep = criteria.matches if criteria else None
    return page_list(doc["figures"], ["dateLast", "_id"], first, after, descending=True, keep=keep)
