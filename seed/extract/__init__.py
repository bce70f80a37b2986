"""Rule- and gazetteer-based extraction: article text in, a validated SeedFile out, no I/O."""

from __future__ import annotations

import datetime
import logging
import re

from entente.countries import all_countries
from entente.documents import EventType
from seed.extract.context import Context, build_mentions, main_and_partner
from seed.extract.events import Event, find_events
from seed.extract.figures import Figure, find_figures
from seed.extract.gazetteer import named_countries
from seed.extract.mentions import short_mentions
from seed.extract.nationality import (
    counterpart_nationality,
    default_nationality,
    host_country,
    known_nationality,
    met_nationality,
    met_together,
    own_side,
    senders,
)
from seed.extract.people import Person, find_people
from seed.extract.published import dateline_day, header_end, publication_date
from seed.extract.sentences import Quotes, split_sentences
from seed.extract.titles import derived_title, headline, headline_span
from seed.model import SeedFile, amount_in_range

__all__ = ["derived_title", "extract", "headline"]

log = logging.getLogger("entente")

_KEY_CLEAN = re.compile(r"[^a-z0-9]+")
_LABELS = {
    EventType.VISIT: "Visit",
    EventType.MEETING: "Meeting",
    EventType.AGREEMENT: "Agreement",
    EventType.CREDENTIALS: "Presentation of credentials",
    EventType.FORUM: "Forum",
    EventType.DIPLOMATIC_RELATIONS: "Establishment of diplomatic relations",
    EventType.ANNIVERSARY: "Anniversary",
    EventType.RECOGNITION: "Recognition",
    EventType.EMBASSY_OPENING: "Embassy opening",
    EventType.OTHER: "Event",
}


def extract(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published_on: datetime.date | None = None,
) -> SeedFile:
    """Read the countries, people, events and figures an article states. Raises ValueError only for empty text."""
    if not text:
        raise ValueError("the article text is empty")
    published = published_on or publication_date(text)
    article = {
        "text": text,
        "title": title if title is not None else headline(text),
        "url": url,
        "publishedOn": published.isoformat() if published else None,
    }
    try:
        return _extract(text, article, published)
    except Exception:  # noqa: BLE001 - a rule bug must never lose the article itself
        log.exception("extraction failed; the article is kept without entities")
        return SeedFile.model_validate({"article": article, "countries": []})


def _extract(text: str, article: dict, published: datetime.date | None) -> SeedFile:
    sentences = split_sentences(text)
    mentions = build_mentions(text)
    main, partner = main_and_partner(mentions)
    people = find_people(sentences, mentions, main, partner)
    short_mentions(text, people)
    known_nationality(people)
    counterpart_nationality(people, sentences, mentions, main, partner)
    met_together(people, sentences)
    met_nationality(people, sentences, mentions, main, partner)
    senders(text, people)
    default_nationality(people, own_side(people, (main, partner)) or host_country(text, (main, partner)) or main)
    today = None if published else dateline_day(text)
    span = headline_span(text)
    title_end = span[1] if span else 0
    ctx = Context(text, published, sentences, mentions, main, partner, people, header_end(text), today, title_end)
    events = find_events(ctx)
    figures = find_figures(ctx)
    quotes = Quotes(text, sentences)
    people_docs = _people(quotes, people)
    known = {p["key"] for p in people_docs}
    event_docs = _events(quotes, events, known)
    figure_docs = _figures(quotes, figures)
    codes = [m.code for m in named_countries(text, mentions)] + [p["country"] for p in people_docs if p["country"]]
    for doc in (*event_docs, *figure_docs):
        codes += doc["countries"]
    countries = list(dict.fromkeys(([main] if main else []) + codes))
    data = {
        "article": article,
        "countries": countries,
        "people": people_docs,
        "events": event_docs,
        "figures": figure_docs,
    }
    return SeedFile.model_validate(data)


def _people(found: Quotes, people: list[Person]) -> list[dict]:
    docs = []
    keys: set[str] = set()
    for p in people:
        quotes = found.all(p.quotes)
        if not quotes or len(p.name) < 2:
            continue
        key = _unique(p.key, keys)
        docs.append(
            {
                "key": key,
                "name": p.name,
                "country": p.country,
                "role": p.role,
                "aliases": [a for a in dict.fromkeys(p.aliases) if a != p.name],
                "quotes": quotes,
            }
        )
    return docs


def _unique(key: str, keys: set[str]) -> str:
    key = key[:100] or "x"
    candidate, n = key, 2
    while candidate in keys:
        candidate, n = f"{key}-{n}", n + 1
    keys.add(candidate)
    return candidate


def _slug(text: str, limit: int = 40) -> str:
    return _KEY_CLEAN.sub("-", text.lower()).strip("-")[:limit].strip("-")


def _events(found: Quotes, events: list[Event], known: set[str]) -> list[dict]:
    names = all_countries()
    docs = []
    keys: set[str] = set()
    for e in events:
        countries = list(dict.fromkeys(e.countries))
        if len(countries) < 2:
            continue
        quotes = found.all(e.quotes)
        if not quotes:
            continue
        participants = [p for p in e.participants if p in known]
        pair = "-".join(sorted(countries[:2])).lower()
        date = e.date.iso if e.date else None
        end = e.end_date.iso if e.end_date and date and e.end_date.iso != date else None
        subject = _slug(e.trigger or "") or "event"
        if participants:
            subject = participants[0]
        elif len(countries) == 2:
            subject = f"{subject}-{countries[1].lower()}"
        key = _unique(f"{pair}:{_slug(e.type.value)}:{date or 'undated'}:{subject}"[:110].strip("-"), keys)
        label = _LABELS[e.type]
        title = f"{label}: {' – '.join(names[c].name for c in countries)}"
        docs.append(
            {
                "key": key,
                "type": e.type.value,
                "title": title,
                "status": e.status.value,
                "date": date,
                "endDate": end,
                "location": e.location,
                "countries": countries,
                "participants": participants,
                "quotes": quotes,
            }
        )
    return docs


def _figures(found: Quotes, figures: list[Figure]) -> list[dict]:
    docs = []
    for f in figures:
        countries = list(dict.fromkeys(f.countries))
        if not countries or (len(countries) == 1 and not f.counterpart) or not amount_in_range(f.value):
            continue
        quotes = found.all(f.quotes)
        if not quotes:
            continue
        period = None
        if f.start or f.end:
            period = {"start": f.start, "end": f.end, "cumulative": f.cumulative}
        docs.append(
            {
                "metric": f.metric.value,
                "value": str(f.value),
                "unit": f.unit,
                "qualifier": f.qualifier.value,
                "period": period,
                "countries": countries,
                "counterpart": f.counterpart,
                "origin": f.origin if f.origin in countries else None,
                "destination": f.destination if f.destination in countries else None,
                "label": f.label,
                "quotes": quotes,
            }
        )
    return docs
