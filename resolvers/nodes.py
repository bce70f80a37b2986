"""Refetching any Node by its global id."""

from __future__ import annotations

from typing import Any

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


async def node(ctx: Context, global_id: str) -> tuple[str, dict[str, Any] | None]:
    """The type name and document for a global id; the document is None when nothing has that id."""
    type_name, key = parse_global_id(global_id)
    loader = getattr(ctx.loaders, _LOADERS[type_name])
    return type_name, await loader.load(key)
