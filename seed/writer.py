"""Ingest writes, one at a time per process, and the rebuilds of the derived collections after them, in batches.

An ingest reconciles its article against what the store knows and writes it while holding
the writer's lock, so the ingests of a process take effect one after another. Rebuilding the
derived collections reads every article and every derived document (half a second on FerretDB
with a few dozen articles, more as the store grows), so it is not done once per article: an
ingest waits for a rebuild begun after its article was written, and one rebuild serves every
article written before it began (a group commit). Rebuilds never overlap, so one from an older
set of articles never overwrites a newer one. Articles written and not yet rebuilt are
``pending``; ingests reconcile against them too.

Crash safety: the marker {"_id": "unfinished"} in META is set before an article is written,
and cleared (under the lock) by a rebuild after which nothing else was written. Found later
(entente.app.prepare at startup, or an ingest of a text already stored), it asks for a
rebuild, so an article whose rebuild a crash or an outage cut short is never left half-visible.

One writer per event loop and database name: several processes writing one database are not
coordinated (each batches its own ingests; the marker still repairs after a crash).
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

from entente import documents as d
from entente.store import changing
from seed.build import Doc
from seed.load import Report, rebuild_derived

_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, Writer]] = weakref.WeakKeyDictionary()


class Writer:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.changes = 0  # articles written and rebuilds asked for, numbered from 1
        self.rebuilt = 0  # the last of them a finished rebuild covers
        self.pending: list[tuple[int, Doc]] = []  # articles written, by number, not yet rebuilt
        self._rebuild: asyncio.Future[None] | None = None
        self._clearing: set[asyncio.Future[None]] = set()  # referenced until done (the loop holds tasks weakly)

    def change(self, article: Doc | None = None) -> int:
        """Number a change, an article written (or maybe written) or a rebuild asked for; hold the lock."""
        self.changes += 1
        if article is not None:
            self.pending.append((self.changes, article))
        return self.changes

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
            async with changing(db):
                await rebuild_derived(db, Report())
            self.rebuilt = max(self.rebuilt, covers)
            self.pending = [(n, article) for n, article in self.pending if n > covers]
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


async def mark_unfinished(db: Any) -> None:
    await db[d.META].replace_one({"_id": d.UNFINISHED}, {"_id": d.UNFINISHED}, upsert=True)


async def is_unfinished(db: Any) -> bool:
    return await db[d.META].find_one({"_id": d.UNFINISHED}) is not None
