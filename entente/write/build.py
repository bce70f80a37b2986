"""Stored article documents and their quotes, built from validated seed files: pure, no I/O; the same
input always gives the same documents and ids."""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal

from entente import documents as d
from entente.text import fold, search_terms
from seed.evidence import locate
from seed.extract import derived_title
from seed.model import EventIn, FigureIn, PersonIn, SeedFile


def _evidence(text: str, quotes: Iterable[str]) -> list[d.Evidence]:
    spans: dict[tuple[int, int], d.Evidence] = {}
    for quote in quotes:
        span = locate(text, quote)
        spans[(span.start, span.end)] = {"start": span.start, "end": span.end, "quote": span.quote}
    return [spans[key] for key in sorted(spans)]


def _person(person: PersonIn, text: str) -> d.ArticlePerson:
    return {
        "_id": d.person_id(fold(person.name), person.country),
        "name": person.name,
        "country": person.country,
        "role": person.role,
        "aliases": list(person.aliases),
        "evidence": _evidence(text, person.quotes),
    }


def _period(figure: FigureIn) -> d.Period | None:
    if figure.period is None:
        return None
    return {"start": figure.period.start, "end": figure.period.end, "cumulative": figure.period.cumulative}


def _decimal_text(value: Decimal) -> str:
    """An exact decimal as plain digits: 4.25E+7 becomes '42500000', 1.50 becomes '1.5'."""
    return format(value.normalize(), "f")


def _figure(figure: FigureIn, text: str, event: str | None) -> d.ArticleFigure:
    facts: d.FigureFacts = {
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
    identity = json.dumps({**facts, "countries": sorted(figure.countries)}, sort_keys=True)
    return {"_id": d.figure_id(identity), **facts, "event": event, "evidence": _evidence(text, figure.quotes)}


def _event(event: EventIn, text: str, people: dict[str, str], figures: list[d.ArticleFigure]) -> d.ArticleEvent:
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


def article_document(seed: SeedFile) -> d.Article:
    """The nested article document: the article and every entity it states, with evidence."""
    text = seed.article.text
    people = {p.key: _person(p, text) for p in seed.people}
    event_ids = {e.key: d.event_id(e.key) for e in seed.events}
    figures = [_figure(f, text, event_ids[f.event] if f.event else None) for f in seed.figures]
    person_ids = {key: p["_id"] for key, p in people.items()}
    events = [_event(e, text, person_ids, [f for f in figures if f["event"] == event_ids[e.key]]) for e in seed.events]
    published = seed.article.published_on.isoformat() if seed.article.published_on else None
    pairs = sorted({pair for item in (*events, *figures) for pair in d.relation_pairs(item["countries"])})
    # Without a headline, a short title from the lead sentence, marked as derived, so that every article
    # has a title to list it by and clients can tell which ones the text did not give.
    title = seed.article.title or derived_title(text) or None
    return {
        "_id": d.article_id(text),
        "title": title,
        "titleDerived": title is not None and not seed.article.title,
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


def article_figures(article: d.Article) -> list[d.ArticleFigure]:
    """Every figure of an article: those tied to an event and the loose ones."""
    return [f for e in article["events"] for f in e["figures"]] + article["figures"]


def article_quotes(article: d.Article) -> list[d.Quote]:
    """What the article quotes of each of its events and figures, one document each (an item it states
    twice has its quotes in one; one it quotes nothing of, as tests may write, has none)."""
    quoted: dict[str, d.Quote] = {}
    for item in [*article["events"], *article_figures(article)]:
        if not item["evidence"]:
            continue
        qid = d.quote_id(item["_id"], article["_id"])
        quote = quoted.setdefault(qid, {"_id": qid, "item": item["_id"], "article": article["_id"], "evidence": []})
        quote["evidence"].extend(item["evidence"])
    return list(quoted.values())
