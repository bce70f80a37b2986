"""The aggregation pipelines: trade timelines, partners ranked, events counted by type and year.

The database groups, sorts and chooses (the same pipelines on the real server and on the embedded
store); what is left here is shaping rows into answers. Each pipeline begins with a ``$match`` that an
index serves (tests/test_indexes.py). ``$push`` keeps no order on every server, so a point's figures are
put in order here, the chosen one first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from entente import documents as d
from entente.countries import all_countries
from resolvers.criteria import EventCriteria

Doc = dict[str, Any]

# A trade timeline's metrics unless asked for others: what trade and investment amount to, not targets.
TRADE_METRICS = (d.Metric.TRADE_TURNOVER, d.Metric.EXPORTS, d.Metric.IMPORTS, d.Metric.INVESTMENT, d.Metric.FDI)

# Among the figures reported for one period, the value shown is the first in this order: an exact value
# before a hedged one, then the most recently published (statistics are revised, and later articles
# carry the revision), then the first by id, so that the choice is the same on every server.
_CHOICE = {"exact": -1, "lastReported": -1, "_id": 1}
_CANDIDATE = {
    "id": "$_id",
    "value": "$value",
    "qualifier": "$qualifier",
    "exact": "$exact",
    "reported": "$lastReported",
}
# What makes two figures points of one series, and of one period within it.
_SERIES = ("metric", "unit", "origin", "destination")


class Resolution(StrEnum):
    """How a point's value was chosen among the figures reported for its period."""

    ONLY_ONE = "ONLY_ONE"
    AGREE = "AGREE"
    EXACT_OVER_HEDGED = "EXACT_OVER_HEDGED"
    LATEST_REPORT = "LATEST_REPORT"
    TIE = "TIE"


@dataclass(frozen=True)
class Point:
    """One period of a series: the chosen figure's value, and every figure reported for the period."""

    period: d.Period | None
    as_of: str | None
    value: str
    qualifier: str
    figures: tuple[str, ...]
    conflicting: bool
    resolution: Resolution
    when: str


@dataclass(frozen=True)
class Series:
    metric: str
    unit: str
    origin: str | None
    destination: str | None
    points: tuple[Point, ...]


def _point(row: Doc) -> Point:
    """A point from a grouped row: ``chosen`` (the first figure in the order of _CHOICE) and
    ``candidates`` (every figure of the period, in no order)."""
    chosen = row["chosen"]
    others = sorted(
        (c for c in row["candidates"] if c["id"] != chosen["id"]),
        key=lambda c: (not c["exact"], _descending(c["reported"]), c["id"]),
    )
    rivals = [c for c in others if Decimal(c["value"]) != Decimal(chosen["value"])]
    if not others:
        resolution = Resolution.ONLY_ONE
    elif not rivals:
        resolution = Resolution.AGREE
    elif chosen["exact"] and not rivals[0]["exact"]:
        resolution = Resolution.EXACT_OVER_HEDGED
    elif chosen["reported"] > rivals[0]["reported"]:
        resolution = Resolution.LATEST_REPORT
    else:
        resolution = Resolution.TIE
    return Point(
        period=row["_id"]["period"],
        as_of=row["_id"]["asOf"],
        value=chosen["value"],
        qualifier=chosen["qualifier"],
        figures=(chosen["id"], *(c["id"] for c in others)),
        conflicting=bool(rivals),
        resolution=resolution,
        when=row["when"],
    )


def _descending(text: str) -> tuple[int, ...]:
    """A sort key that orders strings last first."""
    return tuple(-ord(ch) for ch in text) + (1,)


def _point_stages(by: Doc) -> list[Doc]:
    """Sort a period's figures by _CHOICE and group them into points keyed by ``by`` and the period."""
    return [
        {"$sort": _CHOICE},
        {
            "$group": {
                "_id": {**by, "period": "$period", "asOf": "$asOf"},
                "chosen": {"$first": _CANDIDATE},
                "candidates": {"$push": _CANDIDATE},
                "when": {"$max": "$when"},
            }
        },
    ]


async def trade_timeline(db: Any, pair: str, metrics: Sequence[str]) -> list[Series]:
    """A relation's figures of these metrics as series (metric, unit and direction: currencies never
    mixed), each point one period, oldest first; a figure with no period and no known publication
    date has no place on a timeline and is left out."""
    pipeline = [
        {"$match": {"relations": pair, "metric": {"$in": list(metrics)}, "when": {"$ne": ""}}},
        *_point_stages({key: f"${key}" for key in _SERIES}),
    ]
    rows = await (await db[d.FIGURES].aggregate(pipeline)).to_list(None)
    series: dict[tuple[str, str, str | None, str | None], list[Point]] = {}
    for row in rows:
        key = row["_id"]
        series.setdefault((key["metric"], key["unit"], key["origin"], key["destination"]), []).append(_point(row))
    order = {metric: i for i, metric in enumerate(metrics)}
    return [
        Series(metric, unit, origin, destination, tuple(sorted(points, key=_chronological)))
        for (metric, unit, origin, destination), points in sorted(
            series.items(), key=lambda item: (order[item[0][0]], *map(str, item[0][1:]))
        )
    ]


def _chronological(point: Point) -> tuple[str, str, bool]:
    start = (point.period["start"] if point.period else None) or point.as_of or ""
    return point.when, start, bool(point.period and point.period["cumulative"])


def _partner_of(code: str) -> Doc:
    """After ``$unwind`` of ``relations``: keep the pairs one of whose two codes is ``code`` (an event of three
    countries belongs to the pair of the other two as well). Every pair it could be in, rather than a
    pattern: no query builds a regular expression (tests/test_injection.py)."""
    return {"relations": {"$in": list(_pairs_of(code))}}


@cache
def _pairs_of(code: str) -> tuple[str, ...]:
    return tuple(d.relation_id(code, other) for other in all_countries() if other != code)


@dataclass(frozen=True)
class TradePartner:
    pair: str
    partner: str
    turnover: Point


async def partners_by_trade(db: Any, code: str, currency: str) -> list[TradePartner]:
    """A country's partners by their latest reported trade turnover in ``currency``, largest first (ties
    by pair): for each relation, the point of the turnover timeline that speaks of the latest day."""
    pipeline = [
        {"$match": {"countries": code, "metric": d.Metric.TRADE_TURNOVER, "unit": currency, "when": {"$ne": ""}}},
        {"$unwind": "$relations"},
        {"$match": _partner_of(code)},
        *_point_stages({"pair": "$relations"}),
        {"$sort": {"_id.pair": 1, "when": -1, "chosen.id": 1}},
        {"$group": {"_id": "$_id.pair", "latest": {"$first": "$$ROOT"}}},
    ]
    rows = await (await db[d.FIGURES].aggregate(pipeline)).to_list(None)
    partners = [TradePartner(row["_id"], _other(row["_id"], code), _point(row["latest"])) for row in rows]
    return sorted(partners, key=lambda p: (-Decimal(p.turnover.value), p.pair))


@dataclass(frozen=True)
class EventPartner:
    pair: str
    partner: str
    count: int


async def partners_by_events(db: Any, code: str, criteria: EventCriteria) -> list[EventPartner]:
    """A country's partners by how many events of their relation match ``criteria``, most first (ties by
    pair)."""
    pipeline = [
        {"$match": {**criteria.query(), "countries": code}},
        {"$unwind": "$relations"},
        {"$match": _partner_of(code)},
        {"$group": {"_id": "$relations", "n": {"$sum": 1}}},
        {"$sort": {"n": -1, "_id": 1}},
    ]
    rows = await (await db[d.EVENTS].aggregate(pipeline)).to_list(None)
    partners = [EventPartner(row["_id"], _other(row["_id"], code), row["n"]) for row in rows]
    return sorted(partners, key=lambda p: (-p.count, p.pair))


def _other(pair: str, code: str) -> str:
    a, b = pair.split("-")
    return b if a == code else a


@dataclass(frozen=True)
class EventCount:
    type: str
    year: int | None
    count: int


async def event_counts(db: Any, criteria: EventCriteria, pair: str | None = None) -> list[EventCount]:
    """How many events match, by type and year (None: undated), by year then type."""
    match = criteria.query() if pair is None else {**criteria.query(), "relations": pair}
    pipeline = [{"$match": match}, {"$group": {"_id": {"type": "$type", "year": "$year"}, "n": {"$sum": 1}}}]
    rows = await (await db[d.EVENTS].aggregate(pipeline)).to_list(None)
    counts = [EventCount(row["_id"]["type"], row["_id"]["year"], row["n"]) for row in rows]
    order = {t.value: i for i, t in enumerate(d.EventType)}
    return sorted(counts, key=lambda c: (c.year is None, c.year or 0, order[c.type]))
