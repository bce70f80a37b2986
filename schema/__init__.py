"""The Strawberry schema, built once: types, the Query root, and the execution caches."""

from __future__ import annotations

import strawberry
from strawberry.extensions import ParserCache, ValidationCache

from schema.query import NODE_TYPES, Query

# Extension classes, not per-request factories with fresh state: the parser and
# validation caches live at module level and are shared by every request.
schema = strawberry.Schema(query=Query, types=list(NODE_TYPES.values()), extensions=[ParserCache, ValidationCache])

__all__ = ["schema"]
