"""The writer: the one way articles enter the store after seeding, one per app (``create_app`` builds it).

Ingests wait in an inbox. One task of the writer's own takes them a batch at a time, in the
order they came: it extracts each article, gives its events and people the identities the store
knows (entente.write.reconcile), and inserts the batch at once, each article marked ``pending``;
an article whose text is stored already is left as it is. Each new article is journaled (the
embedded store) before its ingest is answered. Then the task derives every pending article in
one go (entente.write.merge.derive_articles), which clears their marks, and takes the next batch:
ingests arriving meanwhile share the next write and the next derivation.

An ingest waits for its article's derivation for a while (``wait``), then answers ``derived:
false`` and leaves it to the writer. When the database goes away, the write fails the ingests of
its batch; a failed derivation is tried again after a pause, its articles staying pending. The
marks are in the store, so a process that stopped before deriving its articles leaves them for
the next start (``finish_pending``), and a write that failed part way is followed by a look for
pending articles this writer does not know of.

One writing process per database: two writers deriving the same event at the same moment can
each write it from the articles it saw. Reads need no such care.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from pymongo import UpdateOne

from entente import documents as d
from entente.store import find_by_ids
from entente.write.build import article_document
from entente.write.journal import Journal
from entente.write.merge import derive_articles
from entente.write.reconcile import Known, reconcile
from seed.extract import extract

log = logging.getLogger("entente")

# At most this many ingests' articles are written together.
WRITE_BATCH = 64
# Pauses between attempts at a derivation that failed (the database went away), the last repeated.
RETRY_S = (1, 2, 5, 10, 30)


class Ingested(NamedTuple):
    document: d.Article  # the article as stored
    changed: bool  # whether it was new to the store
    derived: bool  # whether the derived collections (merged events, relations ...) hold it yet


@dataclass(eq=False)
class _Job:
    """An ingest waiting for the writer: its article once written (and whether it was new), then its derivation."""

    text: str
    title: str | None
    url: str | None
    published_on: date | None
    journaled: bool
    written: asyncio.Future[tuple[d.Article, bool]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    derived: asyncio.Future[None] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


class Writer:
    def __init__(self, db: Any, journal: Journal | None = None):
        self.db = db
        self.journal = journal
        self._inbox: list[_Job] = []
        # Written and not derived yet, by article id, in the order written, with the ingests waiting for them.
        self._pending: dict[str, tuple[d.Article, list[_Job]]] = {}
        self._recheck = False  # the store may hold pending articles this writer does not know of
        self._arrived = asyncio.Event()
        self._deriving = asyncio.Lock()  # the worker's, and finish_pending's at startup, never at once
        self._worker: asyncio.Task[None] | None = None

    def backlog(self) -> int:
        """Ingested articles waiting on this writer: to be written, or written and not derived yet."""
        return len(self._inbox) + len(self._pending)

    async def ingest(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published_on: date | None = None,
        wait: float | None = None,
    ) -> Ingested:
        """Extract, reconcile and store an article, then wait up to ``wait`` seconds (None: for as long as it
        takes) for the derived collections to hold it. Being cancelled stops neither the write nor its
        derivation; ingesting the same text again is harmless."""
        job = self._submit(text, title, url, published_on, journaled=True)
        document, changed = await asyncio.shield(job.written)
        try:
            async with asyncio.timeout(wait):
                await asyncio.shield(job.derived)
        except Exception:  # noqa: BLE001 - not derived yet (TimeoutError), or the derivation failed and is retried
            return Ingested(document, changed, False)
        return Ingested(document, changed, True)

    def _submit(
        self, text: str, title: str | None, url: str | None, published_on: date | None, *, journaled: bool
    ) -> _Job:
        job = _Job(text, title, url, published_on, journaled)
        job.derived.add_done_callback(_seen)
        job.written.add_done_callback(_seen)
        self._inbox.append(job)
        self._arrived.set()
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._work())
        return job

    async def finish_pending(self) -> int:
        """Derive the articles a stopped process wrote and never derived; returns how many there were."""
        self._recheck = True
        return await self._derive()

    async def replay(self, journal: Journal) -> int:
        """Ingest every journaled article again (the embedded store starts empty); returns how many were new."""
        jobs = []
        for record in journal.records():
            try:
                published = record.get("publishedOn")
                when = date.fromisoformat(published) if published else None
                jobs.append(self._submit(record["text"], record.get("title"), record.get("url"), when, journaled=False))
            except (AttributeError, KeyError, TypeError, ValueError) as exc:
                log.error("%s: cannot replay a record: %s", journal.path, exc)
        new = 0
        for job in jobs:
            _, changed = await job.written
            new += changed
            await job.derived
        return new

    async def drained(self) -> None:
        """Return once every ingest submitted so far is written and derived, or has failed."""
        while self._worker is not None and not self._worker.done():
            await asyncio.shield(self._worker)

    async def close(self, timeout: float = 10) -> None:
        """Let the work under way finish for a while, then stop: what is left pending is derived at the next start."""
        if self._worker is not None and not self._worker.done():
            try:
                async with asyncio.timeout(timeout):
                    await asyncio.shield(self._worker)
            except Exception:  # noqa: BLE001 - out of time (TimeoutError), or a failure the worker logged
                self._worker.cancel()

    async def _work(self) -> None:
        failures = 0
        while self._inbox or self._pending or self._recheck:
            self._arrived.clear()
            if self._inbox:
                batch = self._inbox[:WRITE_BATCH]
                del self._inbox[:WRITE_BATCH]
                await self._write(batch)
            try:
                await self._derive()
                failures = 0
            except Exception as exc:  # noqa: BLE001 - the articles stay pending and are derived later
                pause = RETRY_S[min(failures, len(RETRY_S) - 1)]
                failures += 1
                log.warning("deriving %d article(s) failed (%s); trying again in %d s", len(self._pending), exc, pause)
                for _, jobs in self._pending.values():
                    for job in jobs:
                        if not job.derived.done():
                            job.derived.set_exception(exc)
                try:  # sooner if an ingest comes: it may find the database back
                    async with asyncio.timeout(pause):
                        await self._arrived.wait()
                except TimeoutError:
                    pass

    async def _write(self, batch: list[_Job]) -> None:
        """Store the new articles of a batch of ingests, in order, and answer each with its stored article."""
        try:
            ids = [d.article_id(job.text) for job in batch]
            extracted = {}
            for job, i in zip(batch, ids, strict=True):
                if i not in extracted:
                    extracted[i] = extract(job.text, title=job.title, url=job.url, published_on=job.published_on)
            known = await Known.read(self.db, list(extracted.values()))
            documents: dict[str, d.Article] = {}
            for i, article in extracted.items():
                pending = [doc for doc, _ in self._pending.values()] + list(documents.values())
                documents[i] = {**article_document(reconcile(article, known, pending)), "pending": True}  # type: ignore[typeddict-item]
            requests = [UpdateOne({"_id": i}, {"$setOnInsert": doc}, upsert=True) for i, doc in documents.items()]
            result = await self.db[d.ARTICLES].bulk_write(requests, ordered=False)
        except Exception as exc:
            self._recheck = True  # some of them may have landed
            for job in batch:
                job.written.set_exception(exc)
            return
        new = set(result.upserted_ids.values())
        stored = {doc["_id"]: doc for doc in await _stored(self.db, [i for i in documents if i not in new])}
        first: dict[str, _Job] = {}  # the same text twice in a batch is new once
        for job, i in zip(batch, ids, strict=True):
            first.setdefault(i, job)
        for i, job in first.items():
            if i in new and job.journaled and self.journal is not None:
                self.journal.append(_record(job))  # before any ingest of the batch is answered
        for job, i in zip(batch, ids, strict=True):
            if i in new:
                self._pending.setdefault(i, (documents[i], []))[1].append(job)
                job.written.set_result((documents[i], first[i] is job))
            elif i in stored:
                self._wait_if_pending(stored[i], job)
                job.written.set_result((stored[i], False))
            else:  # read back while it was being removed: it cannot be, articles are never deleted
                job.written.set_exception(LookupError(f"article {i} vanished after its write"))

    def _wait_if_pending(self, article: d.Article, job: _Job) -> None:
        """An article stored already: its ingest waits for its derivation if it is pending (here, or left
        so by a process that stopped), and not otherwise."""
        if article["_id"] in self._pending:
            self._pending[article["_id"]][1].append(job)
        elif article.get("pending"):
            self._pending[article["_id"]] = (article, [job])
        else:
            job.derived.set_result(None)

    async def _derive(self) -> int:
        """Derive every pending article; returns how many."""
        async with self._deriving:
            return await self._derive_pending()

    async def _derive_pending(self) -> int:
        if self._recheck:
            for article in await self.db[d.ARTICLES].find({"pending": True}).to_list(None):
                self._pending.setdefault(article["_id"], (article, []))
            self._recheck = False
        if not self._pending:
            return 0
        covered = dict(self._pending)
        await derive_articles(self.db, [article for article, _ in covered.values()])
        for i in covered:
            _, jobs = self._pending.pop(i, (None, []))
            for job in jobs:
                if not job.derived.done():
                    job.derived.set_result(None)
        return len(covered)


async def _stored(db: Any, ids: list[str]) -> list[d.Article]:
    return await find_by_ids(db[d.ARTICLES], ids) if ids else []


def _record(job: _Job) -> dict[str, Any]:
    published = job.published_on.isoformat() if job.published_on else None
    return {"text": job.text, "title": job.title, "url": job.url, "publishedOn": published}


def _seen(future: asyncio.Future[Any]) -> None:
    """Mark a failure as retrieved: the ingest waiting for it may have been cancelled or answered already."""
    if not future.cancelled():
        future.exception()
