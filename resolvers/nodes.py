"""Refetching any Node by its global id."""

from __future__ import annotations

from typing import Any

from entente import documents as d
from entente.countries import by_code
from entente.errors import BadUserInput
from resolvers.loaders import Context

# The collection that holds each Node type's documents.
_COLLECTIONS = {
    "Country": d.COUNTRIES,
    "Relation": d.RELATIONS,
    "Event": d.EVENTS,
    "Figure": d.FIGURES,
    "Person": d.PEOPLE,
    "Article": d.ARTICLES,
}


def parse_global_id(global_id: str) -> tuple[str, str]:
    type_name, _, key = global_id.partition(":")
    if type_name not in _COLLECTIONS or not key:
        raise BadUserInput(f"id: {global_id!r} is not an Entente id; ids look like 'Country:KAZ'")
    return type_name, key


def _canonical(type_name: str, key: str) -> str:
    """Ids of countries and relations are written by hand too: accept 'kz' and 'KAZ-GBR'."""
    if type_name == "Country":
        ref = by_code(key)
        return ref.code if ref else key
    if type_name == "Relation":
        a, _, b = key.partition("-")
        first, second = by_code(a), by_code(b)
        return d.relation_id(first.code, second.code) if first and second else key
    return key


async def node(ctx: Context, global_id: str) -> tuple[str, dict[str, Any] | None]:
    """The type name and document for a global id; the document is None when nothing has that id."""
    type_name, key = parse_global_id(global_id)
    key = _canonical(type_name, key)
    return type_name, await ctx.loaders.one(_COLLECTIONS[type_name], key)
