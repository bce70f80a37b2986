"""Ingest writes, one at a time per process, and the updates of the derived collections after them, in batches.

An ingest's article is reconciled against what the store knows and written while the writer's
lock is held, so the ingests of a process take effect one after another, in the order they
came; those waiting for the lock are written as one batch by the next to hold it
(seed.ingest, ``inbox``). The derived
collections are then brought up to date for the new articles only (seed.load.rederive: it
merges their reports into those the stored events, figures and people keep, and writes the
documents they change; an article whose write failed is derived if it landed). An
ingest waits for such an update begun after its article was written, and one update serves
every article written before it began (a group commit). Updates never overlap, so one from an
older set of articles never overwrites a newer one. Articles written and not yet derived are
``pending``; ingests reconcile against them too.

Crash safety: the marker {"_id": "unfinished"} in META is set before an article is written,
and cleared (under the lock) by an update after which nothing else was written. Found by the
next process (entente.app.prepare at startup, or else before its first write), it asks for a
rebuild of everything from every article (seed.load.rebuild_derived), so an article whose
derivation a crash cut short is never left half-visible. After a failed update
(the database went away) the articles stay pending, and the next update covers them again.

One writer per event loop and database name: several processes writing one database are not
coordinated. Each batches its own ingests, and the marker still repairs after a crash, but two
updating one relation or country at the same moment can each write it without the other's new
events; `entente seed` (which rebuilds everything) puts them back. Run one writing process.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from entente import documents as d
from entente.store import Written, changing
from seed.build import Doc, search_entry
from seed.load import Report, rebuild_derived, rederive

# How many of the search entries of the articles it wrote last a writer keeps (``written_lately``): enough
# for the search index to take them before they go (the next search after a merge, which writes 20-60 at
# 64 connections), and few enough not to weigh (about 3 KB each).
RECENT_ENTRIES = 128

_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, Writer]] = weakref.WeakKeyDictionary()


class Writer:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.changes = 0  # articles written and rebuilds asked for, numbered from 1
        self.rebuilt = 0  # the last of them a finished rebuild covers
        self.pending: list[tuple[int, Doc]] = []  # articles written, by number, not yet rebuilt
        self.unsure: set[str] = set()  # pending articles whose write failed, and so may not have landed
        self.entries: OrderedDict[str, Doc] = OrderedDict()  # search entries of the articles written last
        self.inbox: list[Any] = []  # ingests waiting to be written (seed.ingest.Asked), in order
        self.whole = 0  # the last change that asked for a rebuild of everything
        self.checked = False  # whether the marker was looked at since this process began
        self._rebuild: asyncio.Future[None] | None = None
        self._clearing: set[asyncio.Future[None]] = set()  # referenced until done (the loop holds tasks weakly)

    def change(self, article: Doc | None = None) -> int:
        """Number a change: an article written (or maybe written), or without one a rebuild of everything
        asked for; hold the lock."""
        self.changes += 1
        if article is None:
            self.whole = self.changes
        else:
            self.pending.append((self.changes, article))
            self.entries[article["_id"]] = search_entry(article)
            if len(self.entries) > RECENT_ENTRIES:
                self.entries.popitem(last=False)
        return self.changes

    def backlog(self) -> int:
        """Ingested articles waiting on this writer: to be written, or written and not derived yet."""
        return len(self.inbox) + len(self.pending)

    def pending_change(self, article_id: str) -> int | None:
        """The change to wait for before this stored article is derived: the one that wrote it if it is
        pending, or a rebuild of everything asked for and not finished; None if it is derived."""
        written = next((n for n, article in self.pending if article["_id"] == article_id), None)
        return written or (self.whole if self.whole > self.rebuilt else None)

    async def check(self, db: Any) -> bool:
        """Once per process, before its first write: ask for a rebuild of everything if the marker says
        an earlier process stored an article and may not have derived it; hold the lock."""
        if self.checked:
            return False
        unfinished = await is_unfinished(db)
        self.checked = True
        if unfinished:
            self.change()
        return unfinished

    def pending_articles(self) -> list[Doc]:
        return [article for _, article in self.pending]

    async def rebuilt_through(self, db: Any, change: int) -> None:
        """Return once a rebuild covering ``change`` has finished, starting one when none is running.

        A failed rebuild (the database went away) fails every ingest waiting on it; the marker
        stays set, and the next rebuild covers their articles too.
        """
        while self.rebuilt < change:
            if self._rebuild is None:
                self._rebuild = asyncio.ensure_future(self._run(db))
                self._rebuild.add_done_callback(lambda done: done.cancelled() or done.exception())
            await asyncio.shield(self._rebuild)

    async def _run(self, db: Any) -> None:
        try:
            covers = self.changes  # every change numbered so far was written before the rebuild reads
            articles = [article for n, article in self.pending if n <= covers]
            written, report = Written(), Report()
            async with changing(db, written):
                if self.whole > self.rebuilt:
                    written.anything()
                    await rebuild_derived(db, report)
                else:
                    await rederive(db, articles, report, self.unsure)
                    # The articles were written before, outside ``changing``: a reader may have cached their absence.
                    written.add(d.ARTICLES, (article["_id"] for article in articles))
                    for name, changes in report.collections.items():
                        written.add(name, changes.ids)
            self.rebuilt = max(self.rebuilt, covers)
            self.pending = [(n, article) for n, article in self.pending if n > covers]
            self.unsure &= {article["_id"] for _, article in self.pending}
        finally:
            self._rebuild = None
        # Cleared apart, so the ingests waiting on this rebuild need not wait for the lock too.
        clearing = asyncio.ensure_future(self._clear(db, covers))
        self._clearing.add(clearing)
        clearing.add_done_callback(self._cleared)

    async def settle(self) -> None:
        """Wait until the markers the finished rebuilds may clear are cleared."""
        await asyncio.gather(*self._clearing, return_exceptions=True)

    async def _clear(self, db: Any, covers: int) -> None:
        """Clear the marker if nothing was written since the rebuild that covers ``covers`` began.

        Under the lock, so that no ingest sets the marker for a new article meanwhile."""
        async with self.lock:
            if self.changes == covers:
                await db[d.META].delete_one({"_id": d.UNFINISHED})

    def _cleared(self, clearing: asyncio.Future[None]) -> None:
        self._clearing.discard(clearing)
        if not clearing.cancelled():
            clearing.exception()  # a failure leaves the marker set: one rebuild too many later, never too few


def writer(db: Any) -> Writer:
    """The writer of this database in this event loop (an asyncio.Lock must not cross loops)."""
    writers = _writers.setdefault(asyncio.get_running_loop(), {})
    if db.name not in writers:
        writers[db.name] = Writer()
    return writers[db.name]


def written_lately(db: Any) -> Mapping[str, Doc]:
    """The search entries of the articles this process wrote last to ``db``, by id, for the search index
    to take rather than read back (resolvers.search): an entry is made from its article, which never
    changes once stored, so an entry the store's log names as written is the one made here. An
    article whose write failed is here too; the log never names its entry unless it landed."""
    writing = _writers.get(asyncio.get_running_loop(), {}).get(getattr(db, "name", None))
    return writing.entries if writing is not None else {}


async def mark_unfinished(db: Any) -> None:
    await db[d.META].replace_one({"_id": d.UNFINISHED}, {"_id": d.UNFINISHED}, upsert=True)


async def is_unfinished(db: Any) -> bool:
    return await db[d.META].find_one({"_id": d.UNFINISHED}) is not None
