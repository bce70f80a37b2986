"""The cost estimate of an operation: the objects it may fetch, multiplying page sizes along the nesting.

A field weighs 1 each time it may be resolved when it fetches: an entity (a country, relation,
event ...), a page of a connection, or ``totalCount`` (a count query). Values that come with
their object (scalars, enums, dates, periods, edges, page info) weigh nothing. A connection's ``edges``
are multiplied by its ``first`` (the default page when absent, capped at the maximum page, and
read from the variables when given as one); other lists by their known or assumed size. Fragments
on different types of an interface are all counted, so the estimate errs on the high side.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_operation_ast,
    is_composite_type,
)

from resolvers.pagination import DEFAULT_PAGE, MAX_PAGE

# Lists whose length is known, or bounded in the data: a relation has exactly two countries.
LIST_SIZES: Mapping[tuple[str, str], int] = {
    ("Relation", "countries"): 2,
    ("Event", "countries"): 3,
    ("Figure", "countries"): 2,
    # A timeline's points are years and parts of years; a point's figures are the reports of one period.
    ("TradeSeries", "points"): 30,
    ("TradePoint", "figures"): 2,
}
# Any other list (an event's figures, an article's events ...) is assumed to hold this many.
DEFAULT_LIST_SIZE = 5
# Object types that are part of the document holding them (or of the aggregate answering them), and fetch
# nothing of their own.
FREE_TYPES = frozenset(
    {"PartialDate", "Period", "Evidence", "PageInfo", "IngestPayload", "TradeSeries", "TradePoint", "TradePartner",
     "EventPartner", "EventCount"}
)  # fmt: skip
# Fields answered by an aggregation pipeline, weighed by the documents one may read, as many as a page of
# objects would weigh: a relation's figures or events (a page's worth), a country's (a full page of its
# partners' worth), or every event (the knowledge base's, tens of thousands).
AGGREGATES: Mapping[tuple[str, str], int] = {
    ("Relation", "tradeTimeline"): DEFAULT_PAGE,
    ("Relation", "eventCounts"): DEFAULT_PAGE,
    ("Country", "partnersByTrade"): MAX_PAGE,
    ("Country", "partnersByEvents"): MAX_PAGE,
    ("Query", "eventCounts"): 10_000,
}
# Scalar fields that fetch: totalCount is a count query of its own.
COUNTED_FIELDS = frozenset({"totalCount"})


def estimate(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation_name: str | None = None,
    variables: Mapping[str, Any] | None = None,
) -> int:
    """The estimated cost of the operation ``operation_name`` (or the only one) in a valid document.

    Remembered per (schema, document, operation, variables): the parser cache hands back the
    same document for the same text, so a query a frontend repeats is estimated once."""
    # The variables by a digest: as text, a key would keep every request's variables (an ingested
    # article's text, or 2 MB of padding) for as long as the estimate is remembered.
    given = hashlib.blake2b(repr(sorted((variables or {}).items())).encode(), digest_size=16).digest()
    key = (id(schema), id(document), operation_name, given)
    known = _ESTIMATES.get(key)
    if known is not None and known[0] is document:
        _ESTIMATES.move_to_end(key)
        return known[1]
    cost = _estimate(schema, document, operation_name, variables)
    _ESTIMATES[key] = (document, cost)  # the document is kept, so its id is not reused
    if len(_ESTIMATES) > _REMEMBERED:
        _ESTIMATES.popitem(last=False)
    return cost


# As many as Strawberry's parser cache holds documents (128): the documents remembered here stay alive,
# and a document of a 2 MB query weighs several MB.
_REMEMBERED = 128
_ESTIMATES: OrderedDict[tuple[int, int, str | None, bytes], tuple[DocumentNode, int]] = OrderedDict()


def _estimate(
    schema: GraphQLSchema, document: DocumentNode, operation_name: str | None, variables: Mapping[str, Any] | None
) -> int:
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    if root is None:
        return 0
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    return _Estimator(schema, fragments, operation, variables or {}).selections(operation.selection_set, root, 1, None)


class _Estimator:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        operation: OperationDefinitionNode,
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = dict(variables)
        # A fragment's cost per unit of multiplier, by (fragment, type, page): every cost is proportional
        # to the multiplier, so each fragment is walked once, not once per spread (2 ** n spreads when each
        # of n fragments spreads the one before twice).
        self.memo: dict[tuple[str, str, int | None], int] = {}
        for definition in operation.variable_definitions or ():
            name = definition.variable.name.value
            if name not in self.variables and isinstance(definition.default_value, IntValueNode):
                self.variables[name] = int(definition.default_value.value)

    def selections(self, selection_set: SelectionSetNode, parent: GraphQLNamedType, mult: int, page: int | None) -> int:
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, mult, page)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                typ = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selections(selection.selection_set, typ or parent, mult, page)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None:
                    typ = self.schema.get_type(fragment.type_condition.name.value) or parent
                    key = (fragment.name.value, typ.name, page)
                    if key not in self.memo:
                        self.memo[key] = self.selections(fragment.selection_set, typ, 1, page)
                    total += mult * self.memo[key]
        return total

    def field(self, node: FieldNode, parent: GraphQLNamedType, mult: int, page: int | None) -> int:
        name = node.name.value
        if name.startswith("__") or not isinstance(parent, GraphQLObjectType | GraphQLInterfaceType):
            return 0  # introspection is not charged
        definition = parent.fields.get(name)
        if definition is None:
            return 0
        named = get_named_type(definition.type)
        if not is_composite_type(named):
            return mult if name in COUNTED_FIELDS else 0
        child_mult, child_page = mult, None
        if "first" in definition.args:
            child_page = self.first(node)  # a connection: one page query, whose edges are a page
        elif name == "edges" and page is not None:
            child_mult = mult * page
        elif _is_list(definition):
            child_mult = mult * LIST_SIZES.get((parent.name, name), DEFAULT_LIST_SIZE)
        # What it fetches: a page query per parent, else every object it resolves to, else an aggregate per parent.
        cost = 0 if named.name in FREE_TYPES or named.name.endswith("Edge") else child_mult
        cost += mult * AGGREGATES.get((parent.name, name), 0)
        if node.selection_set is None:
            return cost
        return cost + self.selections(node.selection_set, named, child_mult, child_page)

    def first(self, node: FieldNode) -> int:
        value: Any = None
        for argument in node.arguments or ():
            if argument.name.value != "first":
                continue
            if isinstance(argument.value, IntValueNode):
                value = int(argument.value.value)
            elif isinstance(argument.value, VariableNode):
                value = self.variables.get(argument.value.name.value)
        if not isinstance(value, int) or isinstance(value, bool):
            return DEFAULT_PAGE
        # Beyond the maximum page the resolver refuses `first` itself, with BAD_USER_INPUT.
        return min(max(value, 0), MAX_PAGE)


def _is_list(definition: GraphQLField) -> bool:
    typ = definition.type
    if isinstance(typ, GraphQLNonNull):
        typ = typ.of_type
    return isinstance(typ, GraphQLList)
