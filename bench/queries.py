"""The GraphQL documents the benchmarks send: the country card, the nested query, hello-world."""

from __future__ import annotations

from typing import Any

CARD = """
query Card($code: String!) {
  country(code: $code) {
    name code iso2
    relations(first: 10) { edges { node {
      id
      countries { code name }
      figures(first: 1, filter: {metrics: [TRADE_TURNOVER]}) { edges { node {
        value unit period { end { iso } }
      } } }
    } } }
  }
}
"""

_NESTED_FRAGMENT = """
fragment Nest on Country {
  code name
  relations(first: $relations) { edges { node {
    id latest { iso }
    events(first: $events) { edges { node {
      type title date { iso }
      figures { metric value unit qualifier period { end { iso } } }
    } } }
  } } }
}
"""

HELLO = "{ hello }"

# Country -> relation -> event -> figure.
NESTING_LEVELS = 4


def nested(codes: list[str]) -> str:
    """The 4-level nested query over these countries (one alias each, batched by the country loader)."""
    roots = "\n".join(f'  c{i}: country(code: "{code}") {{ ...Nest }}' for i, code in enumerate(codes))
    return f"query Nested($relations: Int!, $events: Int!) {{\n{roots}\n}}\n{_NESTED_FRAGMENT}"


def leaves(value: Any) -> int:
    """How many leaf values (scalars, nulls included) a response holds."""
    if isinstance(value, dict):
        return sum(leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(leaves(v) for v in value)
    return 1
