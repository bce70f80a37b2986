"""The GraphQL API over the seeded store: the nested path, lookups, filters, search, nodes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import data, run

NESTED = """
query Nested($code: String!) {
  country(code: $code) {
    id code iso2 name
    relations(first: 100) {
      totalCount
      edges { node {
        id
        countries { code }
        events(first: 100) { totalCount edges { node {
          type status dateText title location
          date { iso precision year month day }
          participants { name country { code } }
          figures { metric value unit }
          sources { quote start end article { id text } }
        } } }
        figures(first: 100) { totalCount edges { node {
          metric value unit qualifier counterpart
          period { start { iso } end { iso } cumulative }
          origin { code } destination { code }
        } } }
      } }
    }
  }
}
"""

# Every event involving Kazakhstan in the five seed articles: (relation, type, status, date as stated).
# The Astana International Forum is in four relations (its guests' countries each pair with Kazakhstan).
KAZ_EVENTS = [
    ("BEN-KAZ", "VISIT", "HAPPENED", None),
    ("BFA-KAZ", "VISIT", "HAPPENED", "2025-06-03"),
    ("BFA-KAZ", "FORUM", "HAPPENED", "2025-05-29"),
    ("BFA-KAZ", "OTHER", "HAPPENED", None),
    ("BFA-KAZ", "AGREEMENT", "HAPPENED", None),
    ("BFA-KAZ", "MEETING", "HAPPENED", None),
    ("COG-KAZ", "FORUM", "HAPPENED", "2025-05-29"),
    ("COG-KAZ", "VISIT", "HAPPENED", None),
    ("GBR-KAZ", "MEETING", "HAPPENED", "2022-12"),
    ("GBR-KAZ", "ANNIVERSARY", "HAPPENED", "2022"),
    ("GBR-KAZ", "MEETING", "HAPPENED", None),
    ("GBR-KAZ", "AGREEMENT", "PLANNED", None),
    ("GNB-KAZ", "VISIT", "HAPPENED", None),
    ("KAZ-KEN", "MEETING", "HAPPENED", "2023-09-20"),
    ("KAZ-KEN", "ANNIVERSARY", "HAPPENED", "2023"),
    ("KAZ-KEN", "FORUM", "HAPPENED", "2017"),
    ("KAZ-KEN", "DIPLOMATIC_RELATIONS", "HAPPENED", "1993-11-15"),
    ("KAZ-KEN", "VISIT", "PLANNED", None),
    ("KAZ-KEN", "OTHER", "HAPPENED", None),
    ("KAZ-KEN", "OTHER", "HAPPENED", None),
    ("KAZ-KEN", "CREDENTIALS", "HAPPENED", None),
    ("KAZ-MAR", "OTHER", "HAPPENED", "2025-05"),
    ("KAZ-MAR", "VISIT", "HAPPENED", "2025-02"),
    ("KAZ-NGA", "FORUM", "HAPPENED", "2025-05-29"),
    ("KAZ-RWA", "FORUM", "HAPPENED", "2025-05-29"),
    ("KAZ-RWA", "MEETING", "HAPPENED", "2025-05-28"),
    ("KAZ-RWA", "VISIT", "HAPPENED", "2025-05"),
    ("KAZ-RWA", "VISIT", "HAPPENED", "2015"),
    ("KAZ-RWA", "AGREEMENT", "HAPPENED", None),
    ("KAZ-RWA", "VISIT", "HAPPENED", None),
    ("KAZ-SLE", "VISIT", "HAPPENED", None),
    ("KAZ-TGO", "VISIT", "HAPPENED", None),
    ("KAZ-TUR", "VISIT", "HAPPENED", "2022-05-10"),
    ("KAZ-TUR", "ANNIVERSARY", "HAPPENED", "2022"),
    ("KAZ-TUR", "OTHER", "HAPPENED", "2012"),
    ("KAZ-TUR", "AGREEMENT", "HAPPENED", "2009"),
    ("KAZ-TUR", "EMBASSY_OPENING", "HAPPENED", "1992-10"),
    ("KAZ-TUR", "DIPLOMATIC_RELATIONS", "HAPPENED", "1992-03-02"),
    ("KAZ-TUR", "RECOGNITION", "HAPPENED", "1991"),
    ("KAZ-TUR", "MEETING", "PLANNED", None),
    ("KAZ-TUR", "EMBASSY_OPENING", "HAPPENED", None),
    ("KAZ-TUR", "AGREEMENT", "PLANNED", None),
]

# Every bilateral figure: (relation, metric, value, unit, qualifier, period start, period end).
KAZ_FIGURES = {
    ("GBR-KAZ", "EXPORTS", "559000000", "USD", "EXACT", "2023-01", "2023-08"),
    ("GBR-KAZ", "TRADE_TURNOVER", "879000000", "USD", "EXACT", "2023-01", "2023-08"),
    ("GBR-KAZ", "IMPORTS", "320000000", "USD", "EXACT", "2023-01", "2023-08"),
    ("GBR-KAZ", "TRADE_TURNOVER", "1800000000", "USD", "EXACT", "2022", "2022"),
    ("GBR-KAZ", "FDI", "661000000", "USD", "EXACT", "2022", "2022"),
    ("GBR-KAZ", "FDI", "16000000000", "USD", "MORE_THAN", "2005", "2022"),
    ("GBR-KAZ", "EXPORTS", "1500000000", "USD", "EXACT", "2022", "2022"),
    ("GBR-KAZ", "GROWTH_RATE", "60", "PERCENT", "MORE_THAN", "2022", "2022"),
    ("GBR-KAZ", "IMPORTS", "384300000", "USD", "EXACT", "2022", "2022"),
    ("GBR-KAZ", "COMPANY_COUNT", "600", "COUNT", "ABOUT", None, None),
    ("KAZ-KEN", "TRADE_TURNOVER", "29000000", "USD", "EXACT", "2023-01", "2023-09"),
    ("KAZ-KEN", "TRADE_TURNOVER", "42500000", "USD", "EXACT", "2022", "2022"),
    ("KAZ-TUR", "INVESTMENT", "4000000000", "USD", "EXACT", "1992", "2022"),
    ("KAZ-TUR", "INVESTMENT", "362400000", "USD", "EXACT", "2021", "2021"),
    ("KAZ-TUR", "TRADE_TURNOVER", "30000000", "USD", "EXACT", "1992", "1992"),
    ("KAZ-TUR", "TRADE_TARGET", "10000000000", "USD", "TARGET", None, None),
    ("KAZ-TUR", "INVESTMENT", "1000000000", "USD", "MORE_THAN", None, None),
    ("KAZ-TUR", "TRADE_TURNOVER", "5000000000", "USD", "EXACT", None, None),
}


def _iso(date: dict[str, Any] | None) -> str | None:
    return date["iso"] if date else None


async def test_the_nested_query_returns_every_seed_fact_for_kazakhstan(seeded: Any) -> None:
    country = (await data(seeded, NESTED, {"code": "kz"}))["country"]
    relations = [edge["node"] for edge in country["relations"]["edges"]]
    events = [
        (r["id"].removeprefix("Relation:"), e["type"], e["status"], e["dateText"])
        for r in relations
        for e in (edge["node"] for edge in r["events"]["edges"])
    ]
    figures = {
        (r["id"].removeprefix("Relation:"), f["metric"], f["value"], f["unit"], f["qualifier"],
         _iso((f["period"] or {}).get("start")), _iso((f["period"] or {}).get("end")))
        for r in relations
        for f in (edge["node"] for edge in r["figures"]["edges"])
    }  # fmt: skip
    assert (country["id"], country["code"], country["iso2"], country["name"]) == (
        "Country:KAZ",
        "KAZ",
        "KZ",
        "Kazakhstan",
    )
    assert country["relations"]["totalCount"] == len(relations) == 12
    assert sorted(events, key=repr) == sorted(KAZ_EVENTS, key=repr)
    assert sum(r["events"]["totalCount"] for r in relations) == len(KAZ_EVENTS)
    assert figures == KAZ_FIGURES


async def test_every_source_quote_is_the_text_at_its_offsets(seeded: Any) -> None:
    country = (await data(seeded, NESTED, {"code": "KAZ"}))["country"]
    sources = [
        s for r in country["relations"]["edges"] for e in r["node"]["events"]["edges"] for s in e["node"]["sources"]
    ]
    assert len(sources) > 40
    assert all(s["article"]["text"][s["start"] : s["end"]] == s["quote"] for s in sources)


async def test_an_event_reported_twice_has_one_id_two_articles_and_the_precise_date(seeded: Any) -> None:
    result = await data(
        seeded,
        """{ relation(a: "BF", b: "KZ") { events(filter: {types: [VISIT]}) { edges { node {
            date { iso precision year month day } endDate { iso } status location
            participants { name } sources { article { publishedOn } } } } } } }""",
    )
    [visit] = [e["node"] for e in result["relation"]["events"]["edges"]]
    assert visit == {
        "date": {"iso": "2025-06-03", "precision": "DAY", "year": 2025, "month": 6, "day": 3},
        "endDate": {"iso": "2025-06-05"},
        "status": "HAPPENED",
        "location": "Astana",
        "participants": [{"name": "Karamoko Jean-Marie Traoré"}],
        "sources": [{"article": {"publishedOn": "2025-06-03"}}] * 2 + [{"article": {"publishedOn": None}}] * 3,
    }


@pytest.mark.parametrize(("a", "b"), [("KAZ", "TUR"), ("TUR", "KAZ"), ("tr", "kz"), ("Kz", "tur")])
async def test_relation_ignores_argument_order_and_code_form(seeded: Any, a: str, b: str) -> None:
    result = await data(
        seeded, "query($a: String!, $b: String!) { relation(a: $a, b: $b) { id countries { code } } }", {"a": a, "b": b}
    )
    assert result == {"relation": {"id": "Relation:KAZ-TUR", "countries": [{"code": "KAZ"}, {"code": "TUR"}]}}


async def test_lookup_misses_are_null(seeded: Any) -> None:
    result = await data(
        seeded, '{ country(code: "QQ") { id } relation(a: "FR", b: "DE") { id } article(id: "art_0") { id } }'
    )
    assert result == {"country": None, "relation": None, "article": None}


async def test_a_country_without_relations_has_an_empty_connection(seeded: Any) -> None:
    result = await data(seeded, '{ country(code: "fra") { name relations { totalCount edges { cursor } } } }')
    assert result == {"country": {"name": "France", "relations": {"totalCount": 0, "edges": []}}}


async def test_event_filters_by_type_date_range_and_country(seeded: Any) -> None:
    result = await data(
        seeded,
        """{ events(first: 50, filter: {types: [VISIT, AGREEMENT], from: "2009-01-01", to: "2022-12-31", country: "tr"}) {
            totalCount edges { node { type dateText } } } }""",
    )
    assert result == {
        "events": {
            "totalCount": 2,
            "edges": [
                {"node": {"type": "VISIT", "dateText": "2022-05-10"}},
                {"node": {"type": "AGREEMENT", "dateText": "2009"}},
            ],
        }
    }


async def test_relation_figures_filter_by_metric_and_period(seeded: Any) -> None:
    result = await data(
        seeded,
        """{ relation(a: "GB", b: "KZ") { figures(filter: {metrics: [EXPORTS, IMPORTS], from: "2023-01-01"}) {
            edges { node { metric value origin { code } destination { code } } } } } }""",
    )
    assert sorted((e["node"] for e in result["relation"]["figures"]["edges"]), key=lambda f: f["metric"]) == [
        {"metric": "EXPORTS", "value": "559000000", "origin": {"code": "KAZ"}, "destination": {"code": "GBR"}},
        {"metric": "IMPORTS", "value": "320000000", "origin": {"code": "GBR"}, "destination": {"code": "KAZ"}},
    ]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('{ events(filter: {country: "Atlantis"}) { totalCount } }', "filter.country: unknown country 'Atlantis'"),
        ('{ relation(a: "KAZ", b: "XYZ") { id } }', "b: unknown country 'XYZ'"),
        ('{ events(filter: {from: "2024-01-01", to: "2023-01-01"}) { totalCount } }', "from 2024-01-01 is after to"),
        ("{ events(first: 101) { totalCount } }", "first must be between 0 and 100"),
        ("{ events(first: -1) { totalCount } }", "first must be between 0 and 100"),
        ('{ events(after: "nonsense") { totalCount } }', "is not a cursor"),
        ('{ node(id: "Planet:Mars") { id } }', "is not an Entente id"),
    ],
    ids=["unknown-country-filter", "unknown-country-arg", "reversed-range", "first-too-big", "first-negative",
         "bad-cursor", "bad-id"],
)  # fmt: skip
async def test_bad_input_is_a_bad_user_input_error(seeded: Any, query: str, message: str) -> None:
    result = await run(seeded, query)
    [error] = result.errors
    assert message in error.message
    assert error.extensions == {"code": "BAD_USER_INPUT"}


async def test_article_search_matches_words_in_title_and_text(seeded: Any) -> None:
    query = (
        "query($s: String) { articles(search: $s) { totalCount edges { node { title titleDerived publishedOn } } } }"
    )
    uk = "Kazakhstan and the United Kingdom are deepening mutually beneficial cooperation"  # from its lead sentence
    assert await data(seeded, query, {"s": "STRATEGIC dialogue"}) == {
        "articles": {
            "totalCount": 1,
            "edges": [{"node": {"title": uk, "titleDerived": True, "publishedOn": "2023-10-03"}}],
        }
    }
    assert (await data(seeded, query, {"s": "new era"}))["articles"]["edges"] == [
        {
            "node": {
                "title": "Kazakh president's first visit to Turkey marks new era in bilateral ties",
                "titleDerived": False,
                "publishedOn": "2022-05-10",
            }
        }
    ]
    assert (await data(seeded, query, {"s": "...!?"}))["articles"] == {"totalCount": 0, "edges": []}  # no word
    assert (await data(seeded, query, {"s": "Burkinabé"}))["articles"]["totalCount"] == 1  # accents fold
    assert (await data(seeded, query, {"s": "zebra"}))["articles"]["totalCount"] == 0
    assert (await data(seeded, query, {"s": None}))["articles"]["totalCount"] == 5


async def test_articles_list_their_entities(seeded: Any) -> None:
    result = await data(
        seeded,
        """{ articles(search: "Kenya Sadykov") { edges { node {
            countries { code } relations { id } people { name country { code } } events { type } figures { value }
        } } } }""",
    )
    [article] = [e["node"] for e in result["articles"]["edges"]]
    assert article["countries"] == [{"code": "KAZ"}, {"code": "KEN"}]
    assert article["relations"] == [{"id": "Relation:KAZ-KEN"}]
    assert {(p["name"], p["country"]["code"]) for p in article["people"]} == {
        ("Barlybay Sadykov", "KAZ"),
        ("William Samoei Ruto", "KEN"),
        ("Kassym-Jomart Tokayev", "KAZ"),
    }
    assert len(article["events"]) == 8
    assert sorted(f["value"] for f in article["figures"]) == ["29000000", "42500000"]


async def test_a_relation_knows_its_latest_dated_event(seeded: Any) -> None:
    result = await data(seeded, '{ relation(a: "KZ", b: "TR") { latest { iso precision } } }')
    assert result == {"relation": {"latest": {"iso": "2022-05-10", "precision": "DAY"}}}
