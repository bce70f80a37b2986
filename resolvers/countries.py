"""Resolvers for countries: lookup by code, the country list, a country's relations and its partners ranked."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from entente import documents as d
from entente.countries import by_code
from entente.errors import BadUserInput
from resolvers import aggregates as agg
from resolvers import queries as q
from resolvers.criteria import EventCriteria
from resolvers.loaders import Context
from resolvers.pagination import Page, check, page_list, page_ranked


async def country(ctx: Context, code: str) -> dict[str, Any] | None:
    ref = by_code(code)
    return None if ref is None else await ctx.loaders.one(d.COUNTRIES, ref.code)


async def countries(ctx: Context, first: int | None, after: str | None, with_relations: bool | None) -> Page:
    check(first, after, 1)
    return await ctx.reads.one(
        "country_page", (first, after, with_relations), lambda: q.country_page(ctx.db, first, after, with_relations)
    )


async def country_relations(ctx: Context, pairs: list[str], first: int | None, after: str | None) -> Page:
    """A page of a country's relations, given their ids as its document lists them (sorted): the page is
    cut from the list, and only its relations are loaded."""
    page = page_list([{"_id": pair} for pair in pairs], ["_id"], first, after, descending=False)
    found = {doc["_id"]: doc for doc in await ctx.loaders.many(d.RELATIONS, [doc["_id"] for doc in page.docs])}
    # Should a listed relation be missing all the same (read while a derivation removed it), it is left out.
    kept = [
        (found[doc["_id"]], cursor) for doc, cursor in zip(page.docs, page.cursors, strict=True) if doc["_id"] in found
    ]
    return replace(page, docs=[doc for doc, _ in kept], cursors=[cursor for _, cursor in kept])


_CURRENCY = re.compile(r"[A-Z]{3}")


async def partners_by_trade(ctx: Context, code: str, currency: str, first: int | None, after: str | None) -> Page:
    check(first, after, 2)
    currency = currency.strip().upper()
    if not _CURRENCY.fullmatch(currency):
        raise BadUserInput(f"currency: {currency!r} is not an ISO 4217 code such as USD or EUR")
    ranking = await ctx.reads.one(
        "partners_by_trade", (code, currency), lambda: agg.partners_by_trade(ctx.db, code, currency)
    )
    return page_ranked(ranking, lambda p: Decimal(p.turnover.value), lambda p: p.pair, first, after)


async def partners_by_events(
    ctx: Context, code: str, criteria: EventCriteria, first: int | None, after: str | None
) -> Page:
    check(first, after, 2)
    ranking = await ctx.reads.one(
        "partners_by_events", (code, criteria), lambda: agg.partners_by_events(ctx.db, code, criteria)
    )
    return page_ranked(ranking, lambda p: Decimal(p.count), lambda p: p.pair, first, after)
