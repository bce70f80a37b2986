"""The Strawberry schema, built once: types, the Query root, and the execution caches."""

from __future__ import annotations

import strawberry
from strawberry.extensions import ParserCache, ValidationCache

from entente.errors import ErrorCodes
from schema.query import NODE_TYPES, Query

# The parser and validation caches live at module level, so the per-request instances
# Strawberry makes of these classes all share them; the validation rules are the default
# tuple, built once, so cached validations match.
schema = strawberry.Schema(
    query=Query, types=list(NODE_TYPES.values()), extensions=[ParserCache, ValidationCache, ErrorCodes]
)

__all__ = ["schema"]
