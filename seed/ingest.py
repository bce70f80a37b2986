"""Ingestion: an article's text in, its entities extracted, merged with what the store holds.

Merging across articles happens before the article is stored, by giving the new article's
entities the identities of those already known:
- an event takes the key of a stored event of the same type, between the same pair of
  countries, whose date agrees (the same partial date, or days at most three apart),
  so two outlets' reports of one visit become one event with two sources;
- a person takes the full name of a stored person of the same country whose name holds
  every word of theirs ("Karamoko Traoré" is "Karamoko Jean-Marie Traoré").
Identical text is the same article: ingesting it again changes nothing.

Ingests in a process write one batch at a time (those that waited for the writer go together)
and share the rebuilds of the derived collections that follow (seed/writer.py, which also says
how a crash between the two is repaired).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from entente import documents as d
from entente.dates import PartialDate
from entente.journal import Journal
from entente.store import find_by_ids, write_whole
from entente.text import fold
from seed.build import Doc, article_document
from seed.extract import extract
from seed.model import EventIn, PersonIn, SeedFile
from seed.writer import Writer, mark_unfinished, writer

WINDOW_DAYS = 3

log = logging.getLogger("entente")


async def finish_unfinished(db: Any) -> bool:
    """Rebuild the derived collections if an ingest stored its article but may not have rebuilt them
    (a crash or a database outage in between); returns whether it did."""
    writing = writer(db)
    async with writing.lock:
        if not await writing.check(db):
            return False
    await writing.rebuilt_through(db, writing.whole)
    await writing.settle()
    return True


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


async def reconcile(
    db: Any, article: SeedFile, pending: list[Doc] | None = None, known: Known | None = None
) -> SeedFile:
    """The extracted article with its events and people given the identities the store knows,
    counting the ``pending`` articles (written, their derived documents not rebuilt yet). ``known``
    is what the store holds that the article may report again, if already read (for a batch whose
    articles it covers: what is read for others cannot match this one's)."""
    known = known or await Known.read(db, [article])
    event_keys = _known_events(known, list(article.events), pending or [])
    names = _known_people(known, list(article.people), pending or [])
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


class Ingested(NamedTuple):
    document: Doc  # the article as stored
    changed: bool  # whether it was new to the store
    derived: bool  # whether the derived collections (merged events, relations ...) hold it yet


async def ingest(
    db: Any,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published_on: date | None = None,
    journal: Journal | None = None,
    derived_within: float | None = None,
    answer_by: float | None = None,
) -> Ingested:
    """Extract, merge and store an article, and wait until the derived collections hold it.

    With a journal, a new article is journaled once written and before it is acknowledged, so
    an acknowledged ingest survives a crash of the embedded store. With ``derived_within``
    (seconds), the wait for the derived collections ends after that long: the article is
    stored, and its derivation goes on without the caller. ``answer_by`` (the event loop's time)
    ends that wait sooner, when the write itself took long.
    """
    writing = writer(db)
    asked = Asked(text, title, url, published_on, journal)
    writing.inbox.append(asked)
    try:
        async with writing.lock:
            # The first ingest to hold the lock writes every article asked for meanwhile, in order.
            while not asked.answer.done():
                batch = writing.inbox[:WRITE_BATCH]
                del writing.inbox[:WRITE_BATCH]
                await _write_batch(writing, db, batch)
    except asyncio.CancelledError:
        if asked in writing.inbox:  # cancelled before anything was written for it
            writing.inbox.remove(asked)
        raise
    document, changed, change = asked.answer.result()
    if change is None:
        return Ingested(document, changed, True)
    derived = asyncio.ensure_future(writing.rebuilt_through(db, change))
    if answer_by is not None:
        left = max(0.0, answer_by - asyncio.get_running_loop().time())
        derived_within = left if derived_within is None else min(derived_within, left)
    await asyncio.wait([derived], timeout=derived_within)
    if derived.done():
        derived.result()  # a failed derivation fails the ingest that waited for it (the article stays pending)
        return Ingested(document, changed, True)
    going_on = asyncio.ensure_future(_derive_until_done(writing, db, change, derived))
    _background.add(going_on)
    going_on.add_done_callback(_background.discard)
    return Ingested(document, changed, False)


# Derivations whose ingest stopped waiting, kept referenced until they finish (the loop holds tasks weakly).
_background: set[asyncio.Future[None]] = set()
RETRY_S = (1, 2, 5, 10, 30)


async def _derive_until_done(writing: Writer, db: Any, change: int, first: asyncio.Future[None]) -> None:
    """See to it that ``change`` is derived once no ingest waits for it: after a failed derivation (the
    database went away) its article would otherwise wait for the next ingest, or the next start."""
    attempt: Awaitable[None] = first
    for pause in (*RETRY_S, None):
        try:
            await attempt
            return
        except Exception as exc:  # noqa: BLE001 - whatever stopped it, the marker stays set
            if pause is None:
                log.warning("gave up deriving change %d (%s): the next ingest or start will", change, exc)
                return
            log.info("the derivation of change %d failed (%s); trying again in %d s", change, exc, pause)
        await asyncio.sleep(pause)
        attempt = writing.rebuilt_through(db, change)


# At most this many ingests' articles are written together.
WRITE_BATCH = 64


@dataclass(eq=False)
class Asked:
    """An ingest waiting for the writer, and its answer: the stored article, whether it is new, and the
    change to wait for before answering, if any."""

    text: str
    title: str | None
    url: str | None
    published_on: date | None
    journal: Journal | None
    answer: asyncio.Future[tuple[Doc, bool, int | None]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


async def _write(
    writing: Writer,
    db: Any,
    text: str,
    *,
    title: str | None,
    url: str | None,
    published_on: date | None,
    journal: Journal | None,
) -> tuple[Doc, bool, int | None]:
    """Store one new article (holding the writer's lock); returns what ``Asked.answer`` holds."""
    asked = Asked(text, title, url, published_on, journal)
    await _write_batch(writing, db, [asked])
    return asked.answer.result()


async def _write_batch(writing: Writer, db: Any, batch: list[Asked]) -> None:
    """Store the new articles of a batch of ingests, in order (holding the writer's lock), and answer each.

    Each article is extracted, then reconciled against the events and people the store holds that
    the batch may report again (read once for all of them) and against the articles before it
    (pending, or earlier in the batch), and the batch inserted at once. An article whose text the
    store holds already is found by that insert, which leaves it as it is: asking first would cost
    FerretDB a read of every article per id it lacks. The new ones are then journaled, and the
    ingests answered. A failure fails every ingest of the batch; none of them is acknowledged."""
    try:
        await writing.check(db)
        ids = [d.article_id(asked.text) for asked in batch]
        extracted: dict[str, SeedFile] = {}
        for asked, i in zip(batch, ids, strict=True):
            if i not in extracted:
                extracted[i] = extract(asked.text, title=asked.title, url=asked.url, published_on=asked.published_on)
        known = await Known.read(db, list(extracted.values()))
        documents: dict[str, Doc] = {}
        for i in ids:
            if i in documents:
                continue
            article = await reconcile(db, extracted[i], [*writing.pending_articles(), *documents.values()], known)
            documents[i] = article_document(article)
        await mark_unfinished(db)
        changes: dict[str, int] = {}
        stored: dict[str, Doc] = {}
        taken: list[str] = []  # stored already: only the write can say (if it fails, any may have landed)
        try:
            # No generation change of its own: nothing reads a new article before its derivation, whose
            # write (seed.load.rederive, in ``changing``) retires whatever a reader cached meanwhile.
            taken = await write_whole(db[d.ARTICLES], list(documents.values()), [])
        except BaseException:
            writing.unsure.update(documents)
            raise
        finally:
            # Numbered even if the write failed: they may have landed.
            changes = {i: writing.change(document) for i, document in documents.items() if i not in taken}
        if taken:
            stored = {doc["_id"]: doc for doc in await find_by_ids(db[d.ARTICLES], taken)}
            if not changes and writing.rebuilt == writing.changes:
                await db[d.META].delete_one({"_id": d.UNFINISHED})  # nothing was written, and nothing waits
        new = set(changes)
        for asked, i in zip(batch, ids, strict=True):
            if i in new and asked.journal is not None:  # before any is acknowledged
                published = asked.published_on.isoformat() if asked.published_on else None
                record = {"text": asked.text, "title": asked.title, "url": asked.url, "publishedOn": published}
                asked.journal.append(record)
        for asked, i in zip(batch, ids, strict=True):
            if i in new:
                asked.answer.set_result((documents[i], True, changes[i]))
                new.discard(i)
            elif i in changes:  # the same text twice in the batch
                asked.answer.set_result((documents[i], False, changes[i]))
            else:
                asked.answer.set_result((stored[i], False, writing.pending_change(i)))
    except BaseException as exc:
        for asked in batch:
            if not asked.answer.done():
                if isinstance(exc, Exception):
                    asked.answer.set_exception(exc)
                else:
                    asked.answer.cancel()
        if not isinstance(exc, Exception):
            raise


REPLAY_BATCH = 64


async def replay(db: Any, journal: Journal) -> int:
    """Store every journaled article again, deriving in batches; returns how many were new to the store.

    Writes go one by one, as ingests do, but the derived collections are updated once per
    ``REPLAY_BATCH`` articles rather than once per record."""
    writing = writer(db)
    count, last = 0, None
    for record in journal.records():
        try:
            published = record.get("publishedOn")
            async with writing.lock:
                _, changed, change = await _write(
                    writing,
                    db,
                    record["text"],
                    title=record.get("title"),
                    url=record.get("url"),
                    published_on=date.fromisoformat(published) if published else None,
                    journal=None,
                )
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            log.error("%s: cannot replay a record: %s", journal.path, exc)
            continue
        count += changed
        last = change or last
        if last is not None and len(writing.pending) >= REPLAY_BATCH:
            await writing.rebuilt_through(db, last)
    if last is not None:
        await writing.rebuilt_through(db, last)
        await writing.settle()
    return count
