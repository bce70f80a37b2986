"""The Strawberry schema, built once: types, the Query root, and the execution caches."""

from __future__ import annotations

import strawberry
from graphql import GraphQLError
from strawberry.extensions import ParserCache, ValidationCache
from strawberry.types import ExecutionContext

from entente.errors import ErrorCodes
from entente.metrics import OperationMetrics
from schema.executor import CompiledExecutor
from schema.limits import QueryLimits
from schema.mutation import Mutation
from schema.query import NODE_TYPES, Query

# The parser and validation caches live at module level, so the per-request instances
# Strawberry makes of these classes all share them; the validation rules are the default
# tuple, built once, so cached validations match. QueryLimits adds its rules as classes
# built once per limit value, for the same reason, and comes first: it counts tokens before parsing.


class EntenteSchema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        """Log nothing here: ErrorCodes logs unexpected errors with their tracebacks, and the
        rest (bad input, an unreachable database) are the client's answer, not the server's fault."""


def build(*, compiled: bool = True) -> EntenteSchema:
    """The schema. Queries run from a compiled plan when they can (schema/executor.py), field
    by field otherwise; ``compiled=False`` gives the standard executor alone, which tests and
    benchmarks compare the fast path with."""
    return EntenteSchema(
        query=Query,
        mutation=Mutation,
        types=list(NODE_TYPES.values()),
        extensions=[QueryLimits, ParserCache, ValidationCache, ErrorCodes, OperationMetrics],
        execution_context_class=CompiledExecutor if compiled else None,
    )


schema = build()

__all__ = ["build", "schema"]
