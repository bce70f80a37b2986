"""The aggregates (resolvers/aggregates.py), on both stores: trade timelines with their choice between
conflicting reports, partners ranked by trade and by events, and events counted by type and year. Each
answer is checked against the same computation written plainly in Python over the stored documents."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest

from bench.data import Scale, generate, load
from entente import documents as d
from entente.write.build import article_document
from entente.write.merge import derive_articles
from resolvers.aggregates import TRADE_METRICS
from seed.model import SeedFile
from tests.conftest import data, run

POINT = "period { start { iso } end { iso } cumulative } asOf value qualifier figureIds conflicting resolution"
TIMELINE = f"""query($a: String!, $b: String!) {{
  relation(a: $a, b: $b) {{ tradeTimeline {{ metric unit origin {{ code }} destination {{ code }} points {{ {POINT} }} }} }}
}}"""


# The same computations, written plainly over the stored documents.


def _choice_order(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Exact before hedged, then the latest reported, then by id: three stable sorts, last key first."""
    ordered = sorted(figures, key=lambda f: f["_id"])
    ordered.sort(key=lambda f: f["lastReported"], reverse=True)
    ordered.sort(key=lambda f: not f["exact"])
    return ordered


def _expected_point(figures: list[dict[str, Any]]) -> dict[str, Any]:
    chosen, *others = _choice_order(figures)
    rivals = [f for f in others if Decimal(f["value"]) != Decimal(chosen["value"])]
    if not others:
        resolution = "ONLY_ONE"
    elif not rivals:
        resolution = "AGREE"
    elif chosen["exact"] and not rivals[0]["exact"]:
        resolution = "EXACT_OVER_HEDGED"
    elif chosen["lastReported"] > rivals[0]["lastReported"]:
        resolution = "LATEST_REPORT"
    else:
        resolution = "TIE"
    period = chosen["period"]
    return {
        "period": period and {
            "start": period["start"] and {"iso": period["start"]},
            "end": period["end"] and {"iso": period["end"]},
            "cumulative": period["cumulative"],
        },
        "asOf": chosen["asOf"],
        "value": str(Decimal(chosen["value"])),
        "qualifier": chosen["qualifier"],
        "figureIds": [f"Figure:{f['_id']}" for f in [chosen, *others]],
        "conflicting": bool(rivals),
        "resolution": resolution,
        "_when": max(f["when"] for f in figures),
    }  # fmt: skip


def _points(figures: list[dict[str, Any]], key: Any) -> dict[Any, list[dict[str, Any]]]:
    groups: dict[Any, list[dict[str, Any]]] = {}
    for figure in figures:
        groups.setdefault((key(figure), json.dumps(figure["period"], sort_keys=True), figure["asOf"]), []).append(
            figure
        )
    return groups


def expected_timeline(figures: list[dict[str, Any]], pair: str) -> list[dict[str, Any]]:
    mine = [f for f in figures if pair in f["relations"] and f["metric"] in TRADE_METRICS and f["when"]]
    series: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for (key, _, _), group in _points(mine, lambda f: (f["metric"], f["unit"], f["origin"], f["destination"])).items():
        series.setdefault(key, []).append(_expected_point(group))
    answer = []
    for (metric, unit, origin, destination), points in sorted(
        series.items(), key=lambda item: (TRADE_METRICS.index(item[0][0]), *map(str, item[0][1:]))
    ):
        points.sort(key=lambda p: (p["_when"], (p["period"] or {}).get("start", {}).get("iso") or p["asOf"] or "",
                                   bool(p["period"] and p["period"]["cumulative"])))  # fmt: skip
        answer.append({
            "metric": metric, "unit": unit,
            "origin": origin and {"code": origin}, "destination": destination and {"code": destination},
            "points": [{k: v for k, v in p.items() if k != "_when"} for p in points],
        })  # fmt: skip
    return answer


def expected_partners_by_trade(figures: list[dict[str, Any]], code: str, currency: str) -> list[tuple[str, str]]:
    mine = [
        f for f in figures
        if code in f["countries"] and f["metric"] == "TRADE_TURNOVER" and f["unit"] == currency and f["when"]
    ]  # fmt: skip
    latest: dict[str, dict[str, Any]] = {}
    for pair in {p for f in mine for p in f["relations"] if code in p.split("-")}:
        points = [
            _expected_point(g) for g in _points([f for f in mine if pair in f["relations"]], lambda f: 0).values()
        ]
        latest[pair] = min(points, key=lambda p: (_desc(p["_when"]), p["figureIds"][0]))
    ranked = sorted(latest.items(), key=lambda item: (-Decimal(item[1]["value"]), item[0]))
    return [(pair, point["value"]) for pair, point in ranked]


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in text) + (1,)


def expected_partners_by_events(events: list[dict[str, Any]], code: str) -> list[tuple[str, int]]:
    counts = Counter(
        pair for e in events if code in e["countries"] for pair in e["relations"] if code in pair.split("-")
    )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def expected_event_counts(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter((e["type"], int(e["dateFirst"][:4]) if e["dateFirst"] else None) for e in events)
    order = list(d.EventType)
    return [
        {"type": t, "year": y, "count": n}
        for (t, y), n in sorted(counts.items(), key=lambda i: (i[0][1] is None, i[0][1] or 0, order.index(i[0][0])))
    ]


async def _all(db: Any, name: str) -> list[dict[str, Any]]:
    return await db[name].find({}).to_list(None)


# The seed articles.


async def test_the_seeded_kazakhstan_turkiye_timeline(seeded: Any) -> None:
    series = (await data(seeded, TIMELINE, {"a": "TUR", "b": "KZ"}))["relation"]["tradeTimeline"]
    assert [(s["metric"], s["unit"]) for s in series][0] == ("TRADE_TURNOVER", "USD")
    points = series[0]["points"]
    # $30 million three decades ago (1992), and "the current $5 billion" of an article of 10 May 2022.
    assert [(p["period"] and p["period"]["start"]["iso"], p["asOf"], p["value"]) for p in points] == [
        ("1992", None, "30000000"),
        (None, "2022-05-10", "5000000000"),
    ]
    assert {p["resolution"] for p in points} == {"ONLY_ONE"}
    assert series == expected_timeline(await _all(seeded, d.FIGURES), "KAZ-TUR")


async def test_a_timeline_asks_for_its_metrics(seeded: Any) -> None:
    query = '{ relation(a: "KAZ", b: "TUR") { tradeTimeline(metrics: [TRADE_TARGET, TRADE_TARGET]) { metric points { value qualifier } } } }'  # noqa: E501
    series = (await data(seeded, query))["relation"]["tradeTimeline"]
    assert series == [{"metric": "TRADE_TARGET", "points": [{"value": "10000000000", "qualifier": "TARGET"}]}]


async def test_kazakhstans_partners_ranked(seeded: Any) -> None:
    query = """{ country(code: "KAZ") {
      partnersByTrade { totalCount edges { node { country { code } relation { id } turnover { value } } } }
      partnersByEvents(first: 100) { totalCount edges { node { country { code } eventCount } } }
    } }"""
    country = (await data(seeded, query))["country"]
    trade = [(e["node"]["relation"]["id"], e["node"]["turnover"]["value"]) for e in country["partnersByTrade"]["edges"]]
    assert [pair for pair, _ in trade] == ["Relation:KAZ-TUR", "Relation:GBR-KAZ", "Relation:KAZ-KEN"]
    figures, events = await _all(seeded, d.FIGURES), await _all(seeded, d.EVENTS)
    assert [(p.removeprefix("Relation:"), v) for p, v in trade] == expected_partners_by_trade(figures, "KAZ", "USD")
    by_events = [(e["node"]["country"]["code"], e["node"]["eventCount"]) for e in country["partnersByEvents"]["edges"]]
    expected = expected_partners_by_events(events, "KAZ")
    assert by_events == [(pair.replace("KAZ", "").strip("-"), n) for pair, n in expected]
    assert country["partnersByEvents"]["totalCount"] == len(expected) > 5


async def test_event_counts_by_type_and_year(seeded: Any) -> None:
    events = await _all(seeded, d.EVENTS)
    answer = await data(seeded, "{ eventCounts { type year count } }")
    assert answer["eventCounts"] == expected_event_counts(events)
    assert sum(c["count"] for c in answer["eventCounts"]) == len(events)
    kaz_tur = await data(seeded, '{ relation(a: "KAZ", b: "TUR") { eventCounts { type year count } } }')
    assert kaz_tur["relation"]["eventCounts"] == expected_event_counts(
        [e for e in events if "KAZ-TUR" in e["relations"]]
    )


async def test_event_counts_and_partners_follow_the_filter(seeded: Any) -> None:
    events = await _all(seeded, d.EVENTS)
    in_range = [
        e for e in events if e["dateFirst"] and e["dateLast"] >= "2022-01-01" and e["dateFirst"] <= "2023-12-31"
    ]
    visits = [e for e in in_range if e["type"] in ("VISIT", "MEETING")]
    query = """{
      eventCounts(filter: {from: "2022-01-01", to: "2023-12-31", types: [VISIT, MEETING], country: "kz"}) { type year count }
      country(code: "KAZ") { partnersByEvents(from: "2022-01-01", to: "2023-12-31", types: [VISIT, MEETING]) {
        edges { node { country { code } eventCount } } } }
    }"""  # noqa: E501
    answer = await data(seeded, query)
    assert answer["eventCounts"] == expected_event_counts([e for e in visits if "KAZ" in e["countries"]])
    ranked = [
        (e["node"]["country"]["code"], e["node"]["eventCount"]) for e in answer["country"]["partnersByEvents"]["edges"]
    ]
    expected = expected_partners_by_events(visits, "KAZ")
    assert ranked == [(pair.replace("KAZ", "").strip("-"), n) for pair, n in expected] != []


# Conflicting reports of one period.


def _turnover_article(
    text: str, published: str | None, value: str, qualifier: str, period: str | None
) -> dict[str, Any]:
    seed = {
        "article": {"text": text, "publishedOn": published},
        "countries": ["KAZ", "UZB"],
        "figures": [{
            "metric": "TRADE_TURNOVER", "value": value, "unit": "USD", "qualifier": qualifier,
            "period": period and {"start": period, "end": period}, "countries": ["KAZ", "UZB"], "quotes": [text[:20]],
        }],
    }  # fmt: skip
    return article_document(SeedFile.model_validate(seed))


async def _ingest(db: Any, documents: list[dict[str, Any]]) -> None:
    await db[d.ARTICLES].insert_many(documents)
    await derive_articles(db, documents)


async def test_conflicting_reports_of_one_period_are_resolved_by_rule(seeded: Any) -> None:
    await _ingest(seeded, [
        # 2021: one figure.   2022: an exact value beats a hedged one published later.
        _turnover_article("Trade reached $3 billion in 2021, officials said.", "2022-02-01", "3000000000", "EXACT", "2021"),
        _turnover_article("Trade was about $4.4 billion in 2022, an envoy said.", "2023-06-01", "4400000000", "ABOUT", "2022"),
        _turnover_article("Trade came to $4.2 billion in 2022, customs said.", "2023-01-15", "4200000000", "EXACT", "2022"),
        # 2023: two exact values; the later article's revision wins. Another article repeats the first.
        _turnover_article("Trade totalled $5.1 billion in 2023, the ministry said.", "2024-01-20", "5100000000", "EXACT", "2023"),
        _turnover_article("Revised data put 2023 trade at $5.3 billion, it said.", "2024-04-02", "5300000000", "EXACT", "2023"),
        _turnover_article("In 2023 trade totalled $5.1 billion, a paper wrote.", "2024-02-11", "5100000000", "EXACT", "2023"),
        # 2024: the same value, exact and hedged: they agree.  No period: as of publication.
        _turnover_article("Trade hit $6 billion in 2024, the president said.", "2025-01-10", "6000000000", "EXACT", "2024"),
        _turnover_article("Trade of some $6 billion in 2024 was hailed by both.", "2025-01-12", "6000000000", "ABOUT", "2024"),
        _turnover_article("Current trade stands at $6.5 billion, a minister said.", "2025-06-01", "6500000000", "EXACT", None),
        # The same day, two exact values: nothing separates them.
        _turnover_article("Trade in 2020 was $2.5 billion, one agency said.", "2021-03-01", "2500000000", "EXACT", "2020"),
        _turnover_article("Trade in 2020 was $2.6 billion, another agency said.", "2021-03-01", "2600000000", "EXACT", "2020"),
    ])  # fmt: skip
    series = (await data(seeded, TIMELINE, {"a": "KAZ", "b": "UZB"}))["relation"]["tradeTimeline"]
    assert series == expected_timeline(await _all(seeded, d.FIGURES), "KAZ-UZB")
    [turnover] = series
    got = [(p["period"] and p["period"]["start"]["iso"], p["asOf"], p["value"], p["resolution"], p["conflicting"],
            len(p["figureIds"])) for p in turnover["points"]]  # fmt: skip
    assert got == [
        ("2020", None, "2500000000" if got[0][2] == "2500000000" else "2600000000", "TIE", True, 2),
        ("2021", None, "3000000000", "ONLY_ONE", False, 1),
        ("2022", None, "4200000000", "EXACT_OVER_HEDGED", True, 2),
        ("2023", None, "5300000000", "LATEST_REPORT", True, 2),
        ("2024", None, "6000000000", "AGREE", False, 2),
        (None, "2025-06-01", "6500000000", "ONLY_ONE", False, 1),
    ]
    # The 2023 figure of $5.1 billion is one figure reported by two articles, first on 20 January 2024.
    figure = await seeded[d.FIGURES].find_one({"value": "5100000000"})
    assert (figure["firstReported"], figure["lastReported"]) == ("2024-01-20", "2024-02-11")
    partners = await data(
        seeded, '{ country(code: "UZB") { partnersByTrade { edges { node { turnover { asOf value } } } } } }'
    )
    assert partners["country"]["partnersByTrade"]["edges"] == [
        {"node": {"turnover": {"asOf": "2025-06-01", "value": "6500000000"}}}
    ]


# Generated data: many relations, and figures of one period reported several times.


@pytest.fixture
async def generated(db: Any) -> Any:
    await load(db, generate(Scale("tiny", relations=60, events=400, figures=1_100, articles=150, people=40)))
    return db


async def test_the_aggregates_agree_with_python_on_generated_data(generated: Any) -> None:
    figures, events = await _all(generated, d.FIGURES), await _all(generated, d.EVENTS)
    pairs = sorted({p for f in figures for p in f["relations"]})
    conflicting = 0
    for pair in pairs[:25]:
        a, b = pair.split("-")
        series = (await data(generated, TIMELINE, {"a": a, "b": b}))["relation"]["tradeTimeline"]
        assert series == expected_timeline(figures, pair), pair
        conflicting += sum(p["conflicting"] for s in series for p in s["points"])
    assert conflicting  # the generated figures do report one period with different values
    codes = sorted({c for pair in pairs[:25] for c in pair.split("-")})[:12]
    query = """query($code: String!) { country(code: $code) {
      partnersByTrade(first: 100) { edges { node { relation { id } turnover { value } } } }
      partnersByEvents(first: 100) { edges { node { relation { id } eventCount } } }
    } }"""
    for code in codes:
        country = (await data(generated, query, {"code": code}))["country"]
        trade = [(e["node"]["relation"]["id"].removeprefix("Relation:"), e["node"]["turnover"]["value"])
                 for e in country["partnersByTrade"]["edges"]]  # fmt: skip
        assert trade == expected_partners_by_trade(figures, code, "USD"), code
        by_events = [(e["node"]["relation"]["id"].removeprefix("Relation:"), e["node"]["eventCount"])
                     for e in country["partnersByEvents"]["edges"]]  # fmt: skip
        assert by_events == expected_partners_by_events(events, code), code
    counts = await data(generated, "{ eventCounts { type year count } }")
    assert counts["eventCounts"] == expected_event_counts(events)


async def test_partners_page_by_cursor(generated: Any) -> None:
    figures = await _all(generated, d.FIGURES)
    turnover = {
        (c, p) for f in figures if f["metric"] == "TRADE_TURNOVER" for p in f["relations"] for c in p.split("-")
    }
    hub = Counter(c for c, _ in turnover).most_common(1)[0][0]
    query = """query($code: String!, $after: String) { country(code: $code) {
      partnersByTrade(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { node { relation { id } } } } } }"""
    seen, after = [], None
    while True:
        page = (await data(generated, query, {"code": hub, "after": after}))["country"]["partnersByTrade"]
        seen += [e["node"]["relation"]["id"].removeprefix("Relation:") for e in page["edges"]]
        assert page["pageInfo"]["hasPreviousPage"] == (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [pair for pair, _ in expected_partners_by_trade(figures, hub, "USD")]
    assert page["totalCount"] == len(seen) > 1


# Bad input.


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('{ country(code: "KAZ") { partnersByTrade(currency: "dollars") { totalCount } } }', "ISO 4217"),
        ('{ country(code: "KAZ") { partnersByTrade(first: 101) { totalCount } } }', "first must be"),
        ('{ country(code: "KAZ") { partnersByEvents(after: "garbage") { totalCount } } }', "not a cursor"),
        (
            '{ country(code: "KAZ") { partnersByEvents(after: "WyJOYU4iLCJLQVotVFVSIl0=") { totalCount } } }',
            "not a cursor",
        ),
        ('{ country(code: "KAZ") { partnersByEvents(from: "2024-01-01", to: "2023-01-01") { totalCount } } }', "after"),
        ('{ eventCounts(filter: {country: "XX"}) { count } }', "unknown country"),
    ],
)
async def test_bad_arguments_are_refused_clearly(seeded: Any, query: str, message: str) -> None:
    result = await run(seeded, query)
    assert result.errors and message in result.errors[0].message, result.errors
    assert result.errors[0].extensions["code"] == "BAD_USER_INPUT"
