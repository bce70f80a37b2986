"""Giving an extracted article the identities the store already knows, before its document is built.

- an event takes the key of a stored event of the same type, between the same pair of
  countries, whose date agrees (the same partial date, or days at most three apart), so two
  outlets' reports of one visit become one event with two sources;
- a person takes the full name of a stored person of the same country whose name holds every
  word of theirs ("Karamoko Traoré" is "Karamoko Jean-Marie Traoré").

Articles written and not derived yet (``pending``) count as stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from entente import documents as d
from entente.dates import PartialDate
from entente.text import fold
from seed.model import EventIn, PersonIn, SeedFile

Doc = dict[str, Any]

WINDOW_DAYS = 3


def _dates_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    first, second = PartialDate.parse(a), PartialDate.parse(b)
    if first.precision == second.precision == "DAY" and first.year and second.year:
        gap = date.fromisoformat(first.iso) - date.fromisoformat(second.iso)
        return abs(gap.days) <= WINDOW_DAYS
    return first.compatible(second) and (first.refines(second) or second.refines(first))


def _same_event(event: EventIn, stored: Doc) -> bool:
    pair = set(event.countries[:2])
    return (
        event.type.value == stored["type"]
        and pair <= set(stored["countries"])
        and _dates_agree(event.date, stored["date"])
    )


def _name_words(name: str) -> set[str]:
    return set(fold(name).replace("-", " ").split())


def _unseen(stored: list[Doc], pending: list[Doc]) -> list[Doc]:
    """Stored documents, then the pending articles' versions of those not stored yet (by id)."""
    seen = {doc["_id"] for doc in stored}
    unseen = {doc["_id"]: doc for doc in pending if doc["_id"] not in seen}
    return stored + list(unseen.values())


@dataclass
class Known:
    """What the store holds that extracted articles may report again, read once for a batch of them: the
    events of the types and pairs theirs have, and the people of their people's countries."""

    events: list[Doc]
    people: list[Doc]

    @classmethod
    async def read(cls, db: Any, articles: list[SeedFile]) -> Known:
        # Only events of the same type that have both countries of the pair can be the same event.
        wanted = sorted({(e.type.value, *sorted(e.countries[:2])) for a in articles for e in a.events})
        sought = [{"type": kind, "countries": {"$all": pair}} for kind, *pair in wanted]
        fields = {"key": 1, "type": 1, "countries": 1, "date": 1}
        events = await db[d.EVENTS].find({"$or": sought}, fields).to_list(None) if sought else []
        countries = sorted({p.country for a in articles for p in a.people if p.country})
        people = (
            await db[d.PEOPLE].find({"country": {"$in": countries}}, {"name": 1, "country": 1}).to_list(None)
            if countries
            else []
        )
        return cls(events, people)


def _known_events(known: Known, events: list[EventIn], pending: list[Doc]) -> dict[str, str]:
    """For each extracted event that a stored (or pending) one reports too, the stored event's key."""
    if not events:
        return {}
    stored = _unseen(known.events, [event for article in pending for event in article["events"]])
    stored.sort(key=lambda doc: doc["_id"])
    keys: dict[str, str] = {}
    taken: set[str] = set()
    for event in events:
        match = next((s for s in stored if s["key"] not in taken and _same_event(event, s)), None)
        if match is not None:
            keys[event.key] = match["key"]
            taken.add(match["key"])
    return keys


def _known_people(known: Known, people: list[PersonIn], pending: list[Doc]) -> dict[str, str]:
    """For each extracted person that a stored (or pending) person names more fully, the stored full name."""
    if not any(p.country for p in people):
        return {}
    stored = _unseen(known.people, [person for article in pending for person in article["people"]])
    names: dict[str, str] = {}
    for person in people:
        words = _name_words(person.name)
        fuller = [s for s in stored if s["country"] == person.country and words <= _name_words(s["name"])]
        if fuller:
            names[person.key] = min(fuller, key=lambda s: (len(s["name"]), s["_id"]))["name"]
    return names


def reconcile(article: SeedFile, known: Known, pending: Sequence[Any] | None = None) -> SeedFile:
    """The extracted article with its events and people given the identities the store knows (``known``,
    read for a batch of articles including this one), counting the ``pending`` articles (written, and
    not derived yet)."""
    event_keys = _known_events(known, list(article.events), list(pending or []))
    names = _known_people(known, list(article.people), list(pending or []))
    events = [e.model_copy(update={"key": event_keys.get(e.key, e.key)}) for e in article.events]
    figures = [
        f.model_copy(update={"event": event_keys.get(f.event, f.event)}) if f.event else f for f in article.figures
    ]
    people = [
        p.model_copy(update={"name": names[p.key], "aliases": sorted({*p.aliases, p.name} - {names[p.key]})})
        if p.key in names and names[p.key] != p.name
        else p
        for p in article.people
    ]
    return article.model_copy(update={"events": events, "figures": figures, "people": people})
