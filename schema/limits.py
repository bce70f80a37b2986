"""Query limits (tokens, depth, aliases, estimated cost), refused before execution as QUERY_TOO_COMPLEX.

Strawberry's QueryDepthLimiter and MaxAliasesLimiter build a new rule class in every
instance; as per-request factories they would give ValidationCache a new key each time
and fill it with copies of one query. Here a rule class is built once per limit value
(``rules``), so a query validated once is served from the cache on every request.
The token count runs before parsing; the cost, which depends on variables, after
validation and before execution. The limits come from Settings (``ENTENTE_MAX_*``).

Two more checks ride on the same hooks, for the same reason: with introspection off
(production), graphql-core's NoSchemaIntrospectionCustomRule joins the same cached tuple
of rules; and once the cost is known, the rate limits of the app serving the request
(entente/http/ratelimit.py) admit the operation or refuse it, before anything executes.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSyntaxError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    Source,
    TokenKind,
    ValidationContext,
    ValidationRule,
)
from graphql.language import Lexer
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import SchemaExtension

from entente.errors import QueryTooComplex
from entente.http import ratelimit
from entente.settings import Settings
from schema.cost import estimate

Fragments = dict[str, FragmentDefinitionNode]


def depth(
    selection_set: SelectionSetNode | None,
    fragments: Fragments,
    seen: frozenset[str] = frozenset(),
    memo: dict[str, int] | None = None,
) -> int:
    """How deep fields nest; introspection fields (``__schema`` ...) do not count.

    Each fragment is measured once (``memo``): fragments that each spread the one before twice
    would otherwise cost 2 ** their number, a few hundred bytes of query hanging the server.
    (A fragment cycle is cut where it closes; NoFragmentCycles refuses the document anyway.)"""
    memo = {} if memo is None else memo
    deepest = 0
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            if not selection.name.value.startswith("__"):
                deepest = max(deepest, 1 + depth(selection.selection_set, fragments, seen, memo))
        elif isinstance(selection, InlineFragmentNode):
            deepest = max(deepest, depth(selection.selection_set, fragments, seen, memo))
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in fragments and name not in seen:
                if name not in memo:
                    memo[name] = depth(fragments[name].selection_set, fragments, seen | {name}, memo)
                deepest = max(deepest, memo[name])
    return deepest


def aliases(
    selection_set: SelectionSetNode | None,
    fragments: Fragments,
    seen: frozenset[str] = frozenset(),
    memo: dict[str, int] | None = None,
) -> int:
    """How many aliased fields the selection holds, a fragment counting each time it is spread
    (and counted once, as in ``depth``)."""
    memo = {} if memo is None else memo
    count = 0
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            count += (selection.alias is not None) + aliases(selection.selection_set, fragments, seen, memo)
        elif isinstance(selection, InlineFragmentNode):
            count += aliases(selection.selection_set, fragments, seen, memo)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in fragments and name not in seen:
                if name not in memo:
                    memo[name] = aliases(fragments[name].selection_set, fragments, seen | {name}, memo)
                count += memo[name]
    return count


def _fragments(context: ValidationContext) -> Fragments:
    return {d.name.value: d for d in context.document.definitions if isinstance(d, FragmentDefinitionNode)}


@cache
def depth_rule(max_depth: int) -> type[ValidationRule]:
    """The validation rule refusing operations nested deeper than ``max_depth``: one class per value."""

    class MaxDepth(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: object) -> None:
            found = depth(node.selection_set, _fragments(self.context))
            if found > max_depth:
                name = f"Operation {node.name.value!r}" if node.name else "The operation"
                self.report_error(QueryTooComplex(f"{name} nests {found} deep; the maximum is {max_depth}.", node))

    return MaxDepth


@cache
def alias_rule(max_aliases: int) -> type[ValidationRule]:
    """The validation rule refusing operations with more than ``max_aliases`` aliases: one class per value."""

    class MaxAliases(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: object) -> None:
            found = aliases(node.selection_set, _fragments(self.context))
            if found > max_aliases:
                message = f"The operation uses {found} aliases; the maximum is {max_aliases}."
                self.report_error(QueryTooComplex(message, node))

    return MaxAliases


@cache
def rules(max_depth: int, max_aliases: int, introspection: bool = True) -> tuple[type[ValidationRule], ...]:
    """The same tuple of the same classes for the same limits, so ValidationCache keys match."""
    limits = depth_rule(max_depth), alias_rule(max_aliases)
    return limits if introspection else (*limits, NoSchemaIntrospectionCustomRule)


@lru_cache(maxsize=256)
def count_tokens(query: str, stop_after: int) -> int:
    """The lexical tokens of ``query`` (punctuators, names, values; not comments), counting no
    further than ``stop_after`` + 1. Syntax errors are left for the parser to report."""
    lexer = Lexer(Source(query))
    count = 0
    try:
        while lexer.advance().kind != TokenKind.EOF:
            count += 1
            if count > stop_after:
                break
    except GraphQLSyntaxError:
        pass
    return count


class QueryLimits(SchemaExtension):
    """Applies the limits of the request's Settings; list it before ParserCache, so that tokens
    are counted before the document is parsed."""

    def _settings(self) -> Settings:
        return getattr(self.execution_context.context, "settings", None) or Settings()

    def on_operation(self) -> Iterator[None]:
        settings = self._settings()
        context = self.execution_context
        limits = rules(settings.max_depth, settings.max_aliases, settings.allows_introspection)
        context.validation_rules = context.validation_rules + limits
        yield

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        settings = self._settings()
        if context.graphql_document is None and context.query:
            length, most = len(context.query), settings.max_query_chars
            if length > most:
                raise QueryTooComplex(f"The document is {length:,} characters long; the maximum is {most:,}.")
            limit = settings.max_tokens
            found = count_tokens(context.query, limit)
            if found > limit:
                raise QueryTooComplex(f"The document is longer than the maximum of {limit} tokens.")
        yield

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        limit = self._settings().max_cost
        if context.graphql_document is not None:
            cost = estimate(context.schema._schema, context.graphql_document, context.operation_name, context.variables)
            if cost > limit:
                raise QueryTooComplex(
                    f"The query's estimated cost is {cost}; the maximum is {limit}. "
                    "Ask for smaller pages (first) or fewer nested lists."
                )
            request = getattr(context.context, "request", None)
            if request is not None:  # served over HTTP, by an app that may rate-limit
                ratelimit.admit(request, context.operation_type, cost)
        yield
