"""Ingestion: an article's text in, its entities extracted, merged with what the store holds.

Merging across articles happens before the article is stored, by giving the new article's
entities the identities of those already known:
- an event takes the key of a stored event of the same type, between the same pair of
  countries, whose date agrees (the same partial date, or days at most three apart),
  so two outlets' reports of one visit become one event with two sources;
- a person takes the full name of a stored person of the same country whose name holds
  every word of theirs ("Karamoko Traoré" is "Karamoko Jean-Marie Traoré").
Identical text is the same article: ingesting it again changes nothing.

Ingests in a process run one at a time (a lock per event loop), so each reconciles against
everything ingested before it and no two rebuilds of the derived collections interleave
(interleaved, a rebuild from an older set of articles could overwrite a newer one). An article
and the rebuild that follows it are separate writes: a marker (``d.UNFINISHED``) set before the
article and cleared after the rebuild tells a crash in between apart, and ``finish_unfinished``,
run at startup (entente.app.prepare) and when the same text is ingested again, rebuilds the
derived collections from the stored articles, so nothing half-written stays visible.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from datetime import date
from typing import Any

from entente import documents as d
from entente.dates import PartialDate
from entente.journal import Journal
from entente.store import changing
from entente.text import fold
from seed.build import Doc, article_document
from seed.extract import extract
from seed.load import Report, rebuild_derived
from seed.model import EventIn, PersonIn, SeedFile

WINDOW_DAYS = 3

log = logging.getLogger("entente")

_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()


def _writing() -> asyncio.Lock:
    """The lock ingests hold, one per event loop (an asyncio.Lock must not cross loops)."""
    loop = asyncio.get_running_loop()
    lock = _locks.get(loop)
    if lock is None:
        lock = _locks[loop] = asyncio.Lock()
    return lock


async def _finish(db: Any) -> bool:
    """If an ingest was cut short after writing its article, rebuild the derived collections now."""
    if await db[d.META].find_one({"_id": d.UNFINISHED}) is None:
        return False
    async with changing(db):
        await rebuild_derived(db, Report())
    await db[d.META].delete_one({"_id": d.UNFINISHED})
    return True


async def finish_unfinished(db: Any) -> bool:
    """Rebuild the derived collections if an ingest stored its article but may not have rebuilt them
    (a crash or a database outage in between); returns whether it did."""
    async with _writing():
        return await _finish(db)


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


async def _known_events(db: Any, events: list[EventIn]) -> dict[str, str]:
    """For each extracted event that a stored one reports too, the stored event's key."""
    if not events:
        return {}
    types = sorted({e.type.value for e in events})
    subjects = sorted({c for e in events for c in e.countries[:2]})
    stored = (
        await db[d.EVENTS]
        .find(
            {"type": {"$in": types}, "countries": {"$in": subjects}}, {"key": 1, "type": 1, "countries": 1, "date": 1}
        )
        .to_list(None)
    )
    stored.sort(key=lambda doc: doc["_id"])
    keys: dict[str, str] = {}
    taken: set[str] = set()
    for event in events:
        match = next((s for s in stored if s["key"] not in taken and _same_event(event, s)), None)
        if match is not None:
            keys[event.key] = match["key"]
            taken.add(match["key"])
    return keys


async def _known_people(db: Any, people: list[PersonIn]) -> dict[str, str]:
    """For each extracted person that a stored person names more fully, the stored full name."""
    countries = sorted({p.country for p in people if p.country})
    if not countries:
        return {}
    stored = await db[d.PEOPLE].find({"country": {"$in": countries}}, {"name": 1, "country": 1}).to_list(None)
    names: dict[str, str] = {}
    for person in people:
        words = _name_words(person.name)
        fuller = [s for s in stored if s["country"] == person.country and words <= _name_words(s["name"])]
        if fuller:
            names[person.key] = min(fuller, key=lambda s: (len(s["name"]), s["_id"]))["name"]
    return names


async def reconcile(db: Any, article: SeedFile) -> SeedFile:
    """The extracted article with its events and people given the identities the store knows."""
    event_keys = await _known_events(db, list(article.events))
    names = await _known_people(db, list(article.people))
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


async def ingest(
    db: Any,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published_on: date | None = None,
    journal: Journal | None = None,
) -> tuple[Doc, bool]:
    """Extract, merge and store an article; returns its document and whether anything changed.

    With a journal, a new article is journaled once extracted and before it is written, so
    an acknowledged ingest survives a crash of the embedded store.
    """
    async with _writing():
        return await _ingest(db, text, title=title, url=url, published_on=published_on, journal=journal)


async def _ingest(
    db: Any, text: str, *, title: str | None, url: str | None, published_on: date | None, journal: Journal | None
) -> tuple[Doc, bool]:
    stored = await db[d.ARTICLES].find_one({"_id": d.article_id(text)})
    if stored is not None:
        await _finish(db)  # an earlier try may have stored it and failed before its rebuild
        return stored, False
    article = await reconcile(db, extract(text, title=title, url=url, published_on=published_on))
    if journal is not None:
        journal.append(
            {
                "text": text,
                "title": title,
                "url": url,
                "publishedOn": published_on.isoformat() if published_on else None,
            }
        )
    document = article_document(article)
    await db[d.META].replace_one({"_id": d.UNFINISHED}, {"_id": d.UNFINISHED}, upsert=True)
    async with changing(db):
        await db[d.ARTICLES].replace_one({"_id": document["_id"]}, document, upsert=True)
        await rebuild_derived(db, Report(files=1))
    await db[d.META].delete_one({"_id": d.UNFINISHED})
    return document, True


async def replay(db: Any, journal: Journal) -> int:
    """Ingest every journaled article again; returns how many were new to the store."""
    count = 0
    for record in journal.records():
        published = record.get("publishedOn")
        try:
            _, changed = await ingest(
                db,
                record["text"],
                title=record.get("title"),
                url=record.get("url"),
                published_on=date.fromisoformat(published) if published else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            log.error("%s: cannot replay a record: %s", journal.path, exc)
            continue
        count += changed
    return count
