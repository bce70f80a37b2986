"""Refetching any Node by its global id."""

from __future__ import annotations

from typing import Any

from entente.countries import by_code
from entente.documents import relation_id
from entente.errors import BadUserInput
from resolvers.loaders import Context

# The loader that holds each Node type's documents.
_LOADERS = {
    "Country": "countries",
    "Relation": "relations",
    "Event": "events",
    "Figure": "figures",
    "Person": "people",
    "Article": "articles",
}


def parse_global_id(global_id: str) -> tuple[str, str]:
    type_name, _, key = global_id.partition(":")
    if type_name not in _LOADERS or not key:
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
        return relation_id(first.code, second.code) if first and second else key
    return key


async def node(ctx: Context, global_id: str) -> tuple[str, dict[str, Any] | None]:
    """The type name and document for a global id; the document is None when nothing has that id."""
    type_name, key = parse_global_id(global_id)
    key = _canonical(type_name, key)
    loader = getattr(ctx.loaders, _LOADERS[type_name])
    return type_name, await loader.load(key)
