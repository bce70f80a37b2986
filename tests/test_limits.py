"""Query limits: depth, aliases, tokens and estimated cost are refused before execution as QUERY_TOO_COMPLEX."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from graphql import get_introspection_query, parse
from strawberry.extensions.validation_cache import DEFAULT_MAXSIZE, _get_validate_cache

from entente.http.playground import EXAMPLE_QUERY
from entente.settings import Settings
from resolvers.loaders import Context
from schema import schema
from schema.cost import estimate
from schema.limits import rules

KAZAKHSTAN = """
query Kazakhstan($relations: Int = 100) {
  country(code: "KZ") {
    name
    relations(first: $relations) {
      totalCount
      edges { node { id countries { code name } latest { iso }
        events { totalCount edges { node { id type title date { iso }
          figures { metric value unit period { start { iso } end { iso } } } } } } } }
    }
  }
}
"""
# Every page at its largest, three connections deep: a million events.
BOMB = "{ countries(first: 100) { edges { node { relations(first: 100) { edges { node { events(first: 100) { edges { node { id } } } } } } } } } }"
BY_VARIABLE = 'query($n: Int) { country(code: "KZ") { relations(first: $n) { edges { node { events(first: 100) { edges { node { figures { id } } } } } } } } }'


class _Untouchable:
    """A database that fails the test if anything reads it: refused queries never execute."""

    def __getitem__(self, name: str) -> Any:
        raise AssertionError(f"a refused query read the collection {name}")


async def _refused(query: str, settings: Settings | None = None, variables: dict[str, Any] | None = None) -> str:
    context = Context.for_request(_Untouchable(), settings)
    result = await schema.execute(query, variable_values=variables, context_value=context)
    assert result.data is None
    [error] = [e.formatted for e in result.errors]
    assert error["extensions"] == {"code": "QUERY_TOO_COMPLEX"}, error
    return error["message"]


def _deep(levels: int) -> str:
    """A query nesting country -> relations -> edges -> node -> countries ... ``levels`` times."""
    inner = "id"
    for _ in range(levels):
        inner = f"countries {{ relations(first: 1) {{ edges {{ node {{ {inner} }} }} }} }}"
    return f'{{ country(code: "KZ") {{ relations(first: 1) {{ edges {{ node {{ {inner} }} }} }} }} }}'


@pytest.mark.parametrize(
    ("query", "settings", "variables", "expected"),
    [
        pytest.param(_deep(4), None, None, "nests 21 deep; the maximum is 15", id="depth"),
        pytest.param(_deep(1), Settings(max_depth=8), None, "nests 9 deep; the maximum is 8", id="depth-configured"),
        pytest.param(
            "{ " + " ".join(f'c{i}: country(code: "KZ") {{ name }}' for i in range(31)) + " }",
            None,
            None,
            "uses 31 aliases; the maximum is 30",
            id="aliases",
        ),
        pytest.param(
            "fragment F on Country { a: name b: code } { "
            + " ".join(f'c{i}: country(code: "KZ") {{ ...F }}' for i in range(4))
            + " }",
            Settings(max_aliases=10),
            None,
            "uses 12 aliases; the maximum is 10",
            id="aliases-in-fragments",
        ),
        pytest.param(
            '{ country(code: "KZ") { ' + "name " * 2100 + "} }",
            None,
            None,
            "longer than the maximum of 2000 tokens",
            id="tokens",
        ),
        pytest.param(
            "# " + "x" * 100_000 + "\n{ __typename }",
            None,
            None,
            "The document is 100,017 characters long; the maximum is 100,000.",
            id="characters",
        ),
        pytest.param(BOMB, None, None, "estimated cost is 1020201; the maximum is 500000", id="cost"),
        pytest.param(
            BY_VARIABLE,
            Settings(max_cost=50_000),
            {"n": 100},
            "estimated cost is 60202; the maximum is 50000",
            id="cost-first-from-variables",
        ),
        pytest.param(
            BY_VARIABLE.replace("$n: Int", "$n: Int = 100"),
            Settings(max_cost=50_000),
            None,
            "estimated cost is 60202;",
            id="cost-variable-default",
        ),
        pytest.param(
            '{ country(code: "KZ") { name } }', Settings(max_cost=0), None, "estimated cost is 1;", id="cost-configured"
        ),
    ],
)
async def test_limits_refuse_before_execution(
    query: str, settings: Settings | None, variables: dict[str, Any] | None, expected: str
) -> None:
    assert expected in await _refused(query, settings, variables)


@pytest.mark.parametrize(("n", "cost"), [(5, 3012), (None, 12042), (100, 60202)], ids=["5", "default-20", "100"])
def test_the_estimate_reads_first_from_the_variables(n: int | None, cost: int) -> None:
    variables = {} if n is None else {"n": n}
    assert estimate(schema._schema, parse(BY_VARIABLE), None, variables) == cost


def test_first_beyond_the_maximum_page_is_left_to_the_resolver() -> None:
    """A `first` over 100 is the resolver's BAD_USER_INPUT; the estimate counts it as 100."""
    assert estimate(schema._schema, parse(BY_VARIABLE), None, {"n": 10_000}) == 60202


@pytest.mark.parametrize("query", [KAZAKHSTAN, EXAMPLE_QUERY], ids=["kazakhstan", "playground-example"])
async def test_the_kazakhstan_example_is_within_the_default_limits(seeded: Any, query: str) -> None:
    """Kazakhstan -> relations (first: 100) -> events -> figures: well within the default maximum cost."""
    assert estimate(schema._schema, parse(query)) == 12503 <= Settings().max_cost
    result = await schema.execute(query, context_value=Context.for_request(seeded))
    assert result.errors is None, result.errors
    assert result.data["country"]["name"] == "Kazakhstan"
    assert result.data["country"]["relations"]["edges"]


async def test_introspection_is_not_limited() -> None:
    """GraphiQL's own introspection query: deep, but not charged."""
    query = get_introspection_query(descriptions=True, input_value_deprecation=True)
    assert estimate(schema._schema, parse(query)) == 0
    result = await schema.execute(query, context_value=Context.for_request(_Untouchable()))
    assert result.errors is None


async def test_the_limits_keep_the_validation_cache() -> None:
    """The rules are the same classes on every request, so a query is validated once."""
    assert rules(15, 30) is rules(15, 30)
    cache = _get_validate_cache(DEFAULT_MAXSIZE)
    query = '{ country(code: "KZ") { name code iso2 } }'
    await schema.execute(query, context_value=Context.for_request(_Untouchable()))  # may fail: no database
    before = cache.cache_info()
    for _ in range(3):
        await schema.execute(query, context_value=Context.for_request(_Untouchable()))
    after = cache.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (3, 0)


async def test_limits_over_http(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": BOMB})
    body = response.json()
    assert body.get("data") is None  # refused before execution, like a validation error
    assert body["errors"][0]["extensions"] == {"code": "QUERY_TOO_COMPLEX"}
    assert "estimated cost is 1020201" in body["errors"][0]["message"]


def test_max_cost_comes_from_the_environment() -> None:
    settings = Settings.from_env({"ENTENTE_MAX_COST": "5000", "ENTENTE_MAX_DEPTH": "9"})
    assert (settings.max_cost, settings.max_depth, settings.max_aliases, settings.max_tokens) == (5000, 9, 30, 2000)


@pytest.mark.parametrize(
    ("aggregate", "weight"),
    [
        ('relation(a: "KAZ", b: "TUR") { tradeTimeline { unit } }', 1 + 20),
        ('relation(a: "KAZ", b: "TUR") { eventCounts { count } }', 1 + 20),
        ('country(code: "KAZ") { partnersByTrade { totalCount } }', 1 + 1 + 100 + 1),
        ('country(code: "KAZ") { partnersByEvents { totalCount } }', 1 + 1 + 100 + 1),
        ("eventCounts { count }", 10_000),
    ],
)
def test_an_aggregate_weighs_the_documents_it_may_read(aggregate: str, weight: int) -> None:
    assert estimate(schema._schema, parse(f"{{ {aggregate} }}"), None, {}) == weight


async def test_aggregates_across_many_countries_are_refused() -> None:
    query = """{ countries(first: 100) { edges { node { partnersByTrade(first: 100) { edges { node {
      relation { tradeTimeline { points { figures { id } } } } } } } } } } }"""
    assert "estimated cost is" in await _refused(query, None, None)
