"""Turn validated seed files into stored documents: one nested article document per file,
and the derived collections the graph view reads (countries, relations, events, figures,
people). Pure functions: no I/O, the same input always gives the same documents and ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from entente import documents as d
from entente.countries import CountryRef, all_countries
from entente.text import fold, search_terms
from seed.evidence import locate
from seed.model import EventIn, FigureIn, PersonIn, SeedFile
from seed.reports import (
    EVENT_BASE,
    FIGURE_BASE,
    Reported,
    add_new,
    embed,
    event_report,
    figure_report,
    merged_event,
    merged_figure,
    quote_documents,
)

Doc = dict[str, Any]


def _evidence(text: str, quotes: Iterable[str]) -> list[Doc]:
    spans = {}
    for quote in quotes:
        span = locate(text, quote)
        spans[(span.start, span.end)] = {"start": span.start, "end": span.end, "quote": span.quote}
    return [spans[key] for key in sorted(spans)]


def _person(person: PersonIn, text: str) -> Doc:
    return {
        "_id": d.person_id(fold(person.name), person.country),
        "name": person.name,
        "country": person.country,
        "role": person.role,
        "aliases": list(person.aliases),
        "evidence": _evidence(text, person.quotes),
    }


def _period(figure: FigureIn) -> Doc | None:
    if figure.period is None:
        return None
    return {"start": figure.period.start, "end": figure.period.end, "cumulative": figure.period.cumulative}


def _figure(figure: FigureIn, text: str, event: str | None) -> Doc:
    content = {
        "metric": figure.metric.value,
        "value": _decimal_text(figure.value),
        "unit": figure.unit,
        "qualifier": figure.qualifier.value,
        "period": _period(figure),
        "countries": list(figure.countries),
        "counterpart": figure.counterpart,
        "origin": figure.origin,
        "destination": figure.destination,
        "label": figure.label,
    }
    identity = json.dumps({**content, "countries": sorted(figure.countries)}, sort_keys=True)
    return {"_id": d.figure_id(identity), **content, "event": event, "evidence": _evidence(text, figure.quotes)}


def _decimal_text(value: Any) -> str:
    """An exact decimal as plain digits: 4.25E+7 becomes '42500000', 1.50 becomes '1.5'."""
    return format(value.normalize(), "f")


def _event(event: EventIn, text: str, people: dict[str, str], figures: list[Doc]) -> Doc:
    return {
        "_id": d.event_id(event.key),
        "key": event.key,
        "type": event.type.value,
        "title": event.title,
        "status": event.status.value,
        "date": event.date,
        "endDate": event.end_date,
        "location": event.location,
        "countries": list(event.countries),
        "participants": [people[key] for key in event.participants],
        "evidence": _evidence(text, event.quotes),
        "figures": figures,
    }


def article_document(seed: SeedFile) -> Doc:
    """The nested article document: the article and every entity it states, with evidence."""
    text = seed.article.text
    people = {p.key: _person(p, text) for p in seed.people}
    event_ids = {e.key: d.event_id(e.key) for e in seed.events}
    figures = [_figure(f, text, event_ids[f.event] if f.event else None) for f in seed.figures]
    events = [
        _event(
            e, text, {k: p["_id"] for k, p in people.items()}, [f for f in figures if f["event"] == event_ids[e.key]]
        )
        for e in seed.events
    ]
    published = seed.article.published_on.isoformat() if seed.article.published_on else None
    pairs = sorted({pair for item in (*events, *figures) for pair in d.relation_pairs(item["countries"])})
    return {
        "_id": d.article_id(text),
        "title": seed.article.title,
        "url": seed.article.url,
        "publishedOn": published,
        "sortKey": published or "",
        "text": text,
        "terms": search_terms(f"{seed.article.title or ''} {text}"),
        "countries": sorted(set(seed.countries)),
        "relations": pairs,
        "people": list(people.values()),
        "events": events,
        "figures": [f for f in figures if f["event"] is None],
    }


def search_entry(article: Doc) -> Doc:
    """What listing and searching the articles read of one (the ``search`` collection)."""
    return {"_id": article["_id"], "sortKey": article["sortKey"], "terms": article["terms"]}


def article_figures(article: Doc) -> list[Doc]:
    """Every figure of an article: those tied to an event and the loose ones."""
    return [f for e in article["events"] for f in e["figures"]] + article["figures"]


def article_quotes(article: Doc) -> list[Doc]:
    """The ``quotes`` documents of an article: what it quotes of each of its events and figures."""
    return quote_documents(article["_id"], [*article["events"], *article_figures(article)])


def person_report(person: Doc, article: Doc) -> Doc:
    """What one article says of a person."""
    return {"article": article["_id"], "name": person["name"], "role": person["role"], "aliases": person["aliases"]}


def person_document(pid: str, country: str | None, reports: Iterable[Doc], articles: Iterable[str] = ()) -> Doc:
    """A person merged from every article's report of them, taken in article id order: the first
    report's name, then each role and alias once, and the ids of the articles naming them (those
    of ``reports``, and ``articles`` besides).

    The distinct reports are kept in the document, each with the first article making it, so that
    another article's report merges in without reading the articles again: a minister named in most
    articles would otherwise cost a read of most articles per ingest. Only the distinct ones, and
    not the quotes (each article holds its own), or the document would grow with every article
    naming them: 1.8 MB for one minister at 2,720 generated articles, read and written whole by
    each ingest naming him."""
    reports = sorted(reports, key=lambda r: r["article"])
    merged: Doc = {"_id": pid, "name": reports[0]["name"], "country": country, "aliases": [], "roles": []}
    merged.update(articles=sorted({*articles, *(r["article"] for r in reports)}), reports=[])
    said: set[tuple[Any, ...]] = set()
    for report in reports:
        add_new(merged["roles"], [report["role"]] if report["role"] else [])
        add_new(merged["aliases"], report["aliases"])
        saying = (report["name"], report["role"], *report["aliases"])
        if saying not in said:  # the first article to say it is the one the merge's order counts
            said.add(saying)
            merged["reports"].append(dict(report))
    return merged


def _event_order(event: Doc) -> tuple[str, str]:
    return (event["dateFirst"], event["_id"])


def merge(articles: Iterable[Doc]) -> tuple[dict[str, Doc], dict[str, Doc], dict[str, Doc]]:
    """The merged events, figures and people the given articles report, by id, finished
    (date bounds, relation pairs, each event's figures embedded).

    A merged document is the one the whole store derives as long as every article reporting
    it (and, for an event, every article reporting one of its figures) is among ``articles``.
    """
    events: dict[str, Reported] = {}
    figures: dict[str, Reported] = {}
    people: dict[str, list[Doc]] = {}
    countries: dict[str, str | None] = {}
    for article in articles:
        add_reports(article, events, figures)
        for person in article["people"]:
            people.setdefault(person["_id"], []).append(person_report(person, article))
            countries[person["_id"]] = person["country"]
    merged_figures = {fid: merged_figure(said) for fid, said in figures.items()}
    merged_events = {eid: embed(merged_event(said), merged_figures) for eid, said in events.items()}
    return merged_events, merged_figures, {pid: person_document(pid, countries[pid], r) for pid, r in people.items()}


def add_reports(article: Doc, events: dict[str, Reported], figures: dict[str, Reported]) -> None:
    """Add what an article says of its events and figures to what is known of them, by id."""
    aid = article["_id"]
    for event in article["events"]:
        events.setdefault(event["_id"], Reported({k: event[k] for k in EVENT_BASE})).add(event_report(event, aid))
    for figure in article_figures(article):
        figures.setdefault(figure["_id"], Reported({k: figure[k] for k in FIGURE_BASE})).add(figure_report(figure, aid))


def derive(articles: Iterable[Doc]) -> dict[str, list[Doc]]:
    """The derived collections, built from every article document in the store."""
    articles = list(articles)
    events, figures, people = merge(articles)
    by_pair: dict[str, tuple[list[Doc], list[Doc]]] = {}
    for event in events.values():
        for pair in event["relations"]:
            by_pair.setdefault(pair, ([], []))[0].append(event)
    for figure in figures.values():
        for pair in figure["relations"]:
            by_pair.setdefault(pair, ([], []))[1].append(figure)
    relations = [relation_document(pair, *by_pair[pair]) for pair in sorted(by_pair)]
    return {
        d.COUNTRIES: _countries(relations, figures),
        d.RELATIONS: relations,
        d.EVENTS: sorted(events.values(), key=lambda e: e["_id"]),
        d.FIGURES: sorted(figures.values(), key=lambda f: f["_id"]),
        d.PEOPLE: sorted(people.values(), key=lambda p: p["_id"]),
        d.SEARCH: sorted((search_entry(a) for a in articles), key=lambda s: s["_id"]),
        d.QUOTES: sorted((q for a in articles for q in article_quotes(a)), key=lambda q: q["_id"]),
    }


# What a relation leaves out of the events and figures it embeds: what grows with every article reporting
# one (the ids of those articles, and the reports the merge keeps: seed.reports). Their quotes are in
# ``quotes`` (article_quotes), where Event.sources and Figure.sources read them. Without the quotes and these
# a relation is less than half the size: 60 KB instead of 135 KB for Kazakhstan and Türkiye after 600
# generated articles, read and written whole by each ingest touching it.
UNLISTED = ("articles", "reports")


def listed(item: Doc) -> Doc:
    """An event or figure as a relation embeds it (an event's own figures likewise); one embedded already is
    unchanged."""
    copy = {k: v for k, v in item.items() if k not in UNLISTED}
    if "figures" in copy:  # an event's
        copy["figures"] = [listed(figure) for figure in copy["figures"]]
    return copy


def relation_document(pair: str, events: Iterable[Doc], figures: Iterable[Doc]) -> Doc:
    """A bilateral relation: every event and figure of the pair embedded (``listed``), newest first."""
    events = sorted(map(listed, events), key=_event_order, reverse=True)
    figures = sorted(map(listed, figures), key=_figure_order, reverse=True)
    return {
        "_id": pair,
        "countries": pair.split("-"),
        "events": events,
        "figures": figures,
        # Events are newest first, so the first dated one is the latest.
        "latest": next((e["date"] for e in events if e["dateFirst"]), None),
    }


def _figure_order(figure: Doc) -> tuple[str, str]:
    return (figure["dateLast"], figure["_id"])


def country_document(ref: CountryRef, relations: Iterable[str], regional: Iterable[str]) -> Doc:
    """A country: its reference data, its relations' pairs and its regional figures' ids, sorted."""
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


def _countries(relations: list[Doc], figures: dict[str, Doc]) -> list[Doc]:
    by_country: dict[str, list[str]] = {}
    for relation in relations:
        for code in relation["countries"]:
            by_country.setdefault(code, []).append(relation["_id"])
    regional: dict[str, list[str]] = {}
    for figure in figures.values():
        if figure["counterpart"]:
            for code in figure["countries"]:
                regional.setdefault(code, []).append(figure["_id"])
    return [
        country_document(ref, by_country.get(code, []), regional.get(code, [])) for code, ref in all_countries().items()
    ]
