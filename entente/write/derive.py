"""Derived documents: the events, figures and people merged from every article reporting them, and the
relations and countries they make. Pure: the same articles give the same documents in whatever order
they arrived, because reports are merged in article id order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from entente import documents as d
from entente.countries import CountryRef, all_countries
from entente.dates import PartialDate, PartialDateError, combine
from entente.write.build import article_figures, article_quotes

# What every report of a figure says alike: what its id is a digest of, but for its countries' order.
FIGURE_FACTS = ("metric", "value", "unit", "qualifier", "period", "counterpart", "origin", "destination", "label")
# What an article's report of each says (beside an event's figures, by id): all it states but its evidence.
EVENT_SAYS = ("key", "type", "title", "status", "date", "endDate", "location", "countries", "participants")
FIGURE_SAYS = (*FIGURE_FACTS, "countries", "event")
PERSON_SAYS = ("name", "country", "role", "aliases")


@dataclass
class Merged:
    """The events, figures and people some articles report, by id, each merged from every report of
    it among those articles (and the reports its stored document keeps, when merging into the store)."""

    events: dict[str, d.Event] = field(default_factory=dict)
    figures: dict[str, d.Figure] = field(default_factory=dict)
    people: dict[str, d.Person] = field(default_factory=dict)


Reports = dict[str, list[dict[str, Any]]]


@dataclass
class Said:
    """What some articles say of each event, figure and person they report, by id: each article's report
    of it (what it states but its evidence), with the article's id."""

    events: Reports = field(default_factory=dict)
    figures: Reports = field(default_factory=dict)
    people: Reports = field(default_factory=dict)

    @classmethod
    def of(cls, articles: Iterable[d.Article]) -> Said:
        said = cls()
        for article in articles:
            aid = article["_id"]
            for event in article["events"]:
                figures = [f["_id"] for f in event["figures"]]
                said.events.setdefault(event["_id"], []).append(_report(aid, event, EVENT_SAYS) | {"figures": figures})
            # When it was said, as first and last publication dates: what the trade timeline's choice between
            # reports of one period rests on, kept without a report for every article that says it.
            published = [article["publishedOn"]] * 2 if article["publishedOn"] else None
            for figure in article_figures(article):
                report = _report(aid, figure, FIGURE_SAYS) | {"published": published}
                said.figures.setdefault(figure["_id"], []).append(report)
            for person in article["people"]:
                said.people.setdefault(person["_id"], []).append(_report(aid, person, PERSON_SAYS))
        return said

    def merged(self) -> Merged:
        return Merged(
            {i: merged_event(i, reports) for i, reports in self.events.items()},
            {i: merged_figure(i, reports) for i, reports in self.figures.items()},
            {i: merged_person(i, reports) for i, reports in self.people.items()},
        )


def _report(article: str, item: Mapping[str, Any], says: Iterable[str]) -> dict[str, Any]:
    return {"article": article, **{key: item[key] for key in says}}


def merge(articles: Iterable[d.Article]) -> Merged:
    return Said.of(articles).merged()


def distinct(reports: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reports that differ, each with the first article (by id) making it, in article order.

    Merging a report again changes nothing (a date only gains parts, lists only gain values, the
    first of anything stays), so these merge as every report does: a document keeps them, and a new
    article's report merges into it without the articles before it being read again. They grow with
    what is said, not with how many articles say it."""
    kept: dict[str, dict[str, Any]] = {}
    for report in sorted(reports, key=lambda r: r["article"]):
        key = json.dumps({k: v for k, v in report.items() if k not in _NOT_SAID}, sort_keys=True)
        first = kept.setdefault(key, report)
        if first is not report and "published" in report:
            # A figure's reports that say the same are one, published from the first day any of them was
            # to the last: min and max, which merge in any order and again without change.
            kept[key] = first | {"published": _span(first["published"], report["published"])}
    return list(kept.values())


# What a report carries beside what it says: who said it, and when.
_NOT_SAID = frozenset({"article", "published"})


def _span(*spans: list[str] | None) -> list[str] | None:
    """The first and last of some [first, last] publication dates (None: unknown)."""
    days = [day for span in spans if span for day in span]
    return [min(days), max(days)] if days else None


def merged_event(eid: str, reports: Iterable[dict[str, Any]]) -> d.Event:
    """One event from its reports, in article order: the first report's type, title, status, date and
    place; each later report adds the parts of the date it knows (a date the first contradicts stays
    the first's), a place if none was given, and HAPPENED over PLANNED; countries, participants and
    figures are the union in order of first mention."""
    said = distinct(reports)
    first = said[0]
    merged: dict[str, Any] = {
        "_id": eid,
        **{k: first[k] for k in ("key", "type", "title", "status", "date", "endDate")},
    }
    merged.update(location=first["location"], countries=[], participants=[], figures=[])
    for report in said:
        if report is not first:
            merged["date"] = _merge_dates(merged["date"], report["date"])
            merged["endDate"] = _merge_dates(merged["endDate"], report["endDate"])
            merged["location"] = merged["location"] or report["location"]
            if report["status"] == d.EventStatus.HAPPENED:
                merged["status"] = report["status"]
        _add_new(merged["countries"], report["countries"])
        _add_new(merged["participants"], report["participants"])
        _add_new(merged["figures"], report["figures"])
    merged["dateFirst"], merged["dateLast"] = _date_bounds(merged["date"], merged["endDate"])
    merged["year"] = int(merged["dateFirst"][:4]) if merged["dateFirst"] else None
    merged["relations"] = d.relation_pairs(merged["countries"])
    merged["reports"] = said
    return merged  # type: ignore[return-value]


def merged_figure(fid: str, reports: Iterable[dict[str, Any]]) -> d.Figure:
    """One figure from its reports: what they all state, the first report's countries (the same set in
    another order is the same figure), and the first event a report ties it to."""
    said = distinct(reports)
    merged: dict[str, Any] = {"_id": fid, **{k: said[0][k] for k in FIGURE_FACTS}}
    merged["countries"] = said[0]["countries"]
    merged["event"] = next((r["event"] for r in said if r["event"]), None)
    period = merged["period"] or {}
    merged["dateFirst"], merged["dateLast"] = _date_bounds(period.get("start") or period.get("end"), period.get("end"))
    merged["relations"] = d.relation_pairs(merged["countries"])
    merged.update(timeline_fields(merged, said))
    merged["reports"] = said
    return merged  # type: ignore[return-value]


def timeline_fields(figure: Mapping[str, Any], reports: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """What the aggregates sort and group a figure on (entente.documents.Figure), from what it states and
    its distinct reports."""
    first, last = _span(*(r.get("published") for r in reports)) or ("", "")
    # A figure that states no period speaks of the time it was reported: "the current $5 billion".
    as_of = None if figure["period"] or not first else first
    return {
        "amount": float(figure["value"]),
        "exact": figure["qualifier"] == d.Qualifier.EXACT,
        "firstReported": first,
        "lastReported": last,
        "asOf": as_of,
        "when": figure["dateLast"] or as_of or "",
    }


def merged_person(pid: str, reports: Iterable[dict[str, Any]]) -> d.Person:
    """One person: the first report's name, then every role and alias once, in order of first mention."""
    said = distinct(reports)
    first = said[0]
    merged: d.Person = {
        "_id": pid,
        "name": first["name"],
        "country": first["country"],
        "roles": [],
        "aliases": [],
        "reports": [],
    }
    for report in said:
        _add_new(merged["roles"], [report["role"]] if report["role"] else [])
        _add_new(merged["aliases"], report["aliases"])
    merged["reports"] = said
    return merged


def relation_document(pair: str, events: Iterable[d.Event], figures: Iterable[d.Figure]) -> d.Relation:
    """A bilateral relation: its two countries, how many events and figures it holds, and the date of its
    latest dated event, as stated (events are ordered by first day, then id; undated ones have none)."""
    events = list(events)
    dated = [e for e in events if e["dateFirst"]]
    latest = max(dated, key=lambda e: (e["dateFirst"], e["_id"]))["date"] if dated else None
    return {
        "_id": pair,
        "countries": pair.split("-"),
        "latest": latest,
        "events": len(events),
        "figures": len(list(figures)),
    }


def relations(events: Iterable[d.Event], figures: Iterable[d.Figure]) -> dict[str, d.Relation]:
    """Every relation these events and figures make, by id."""
    by_pair: dict[str, tuple[list[d.Event], list[d.Figure]]] = {}
    for event in events:
        for pair in event["relations"]:
            by_pair.setdefault(pair, ([], []))[0].append(event)
    for figure in figures:
        for pair in figure["relations"]:
            by_pair.setdefault(pair, ([], []))[1].append(figure)
    return {pair: relation_document(pair, *by_pair[pair]) for pair in sorted(by_pair)}


def country_document(ref: CountryRef, relations: Iterable[str], regional: Iterable[str]) -> d.Country:
    """A country: its reference data, its relations' ids and its regional figures' ids, sorted."""
    return {
        "_id": ref.code,
        "iso2": ref.iso2,
        "name": ref.name,
        "officialName": ref.official_name,
        "aliases": list(ref.aliases),
        "demonyms": list(ref.demonyms),
        "capital": ref.capital,
        "region": ref.region,
        "subregion": ref.subregion,
        "relations": sorted(relations),
        "regionalFigures": sorted(regional),
    }


def countries(relation_ids: Iterable[str], regional: Iterable[d.Figure]) -> list[d.Country]:
    """Every country of ISO 3166-1, with these relations and regional figures (those with a counterpart)."""
    pairs: dict[str, list[str]] = {}
    for pair in relation_ids:
        for code in pair.split("-"):
            pairs.setdefault(code, []).append(pair)
    figures: dict[str, list[str]] = {}
    for figure in regional:
        for code in figure["countries"]:
            figures.setdefault(code, []).append(figure["_id"])
    return [country_document(ref, pairs.get(code, []), figures.get(code, [])) for code, ref in all_countries().items()]


def derive(articles: Iterable[d.Article]) -> dict[str, list[Any]]:
    """Every derived collection, and the quotes, built from every article in the store, each sorted by id."""
    articles = list(articles)
    merged = merge(articles)
    made = relations(merged.events.values(), merged.figures.values())
    regional = [f for f in merged.figures.values() if f["counterpart"]]
    return {
        d.EVENTS: sorted(merged.events.values(), key=lambda e: e["_id"]),
        d.FIGURES: sorted(merged.figures.values(), key=lambda f: f["_id"]),
        d.PEOPLE: sorted(merged.people.values(), key=lambda p: p["_id"]),
        d.RELATIONS: list(made.values()),
        d.COUNTRIES: countries(made, regional),
        d.QUOTES: sorted((q for a in articles for q in article_quotes(a)), key=lambda q: q["_id"]),
    }


def _date_bounds(date: str | None, end: str | None) -> tuple[str, str]:
    """Sortable first and last day an item covers; empty strings when the year is unknown."""
    if not date:
        return "", ""
    start = PartialDate.parse(date)
    last = PartialDate.parse(end) if end else start
    return start.first_day or "", last.last_day or ""


def _merge_dates(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    try:
        return combine(PartialDate.parse(a), PartialDate.parse(b)).iso
    except PartialDateError:
        return a  # the reports disagree; keep the first article's date


def _add_new(target: list[Any], values: Iterable[Any]) -> None:
    """Append each of ``values`` that ``target`` lacks: a union keeping the order of first mention."""
    for value in values:
        if value not in target:
            target.append(value)
