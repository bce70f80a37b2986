"""Article search from memory: every search entry's sort key and words, kept up to date by id.

A search asks for every article having all its words, newest first. Asked of the store, that
is a scan of the ``search`` collection for the page and another for the count: mongomock scans
in Python, and FerretDB reads and decodes every entry (about 130 ms each at 500 articles). An
ingest adds an entry, so a cache of pages would be emptied by every ingest.

Instead the document cache (resolvers.cache) holds the entries themselves, read whole once.
When the generation log names search entries written since, only those are read again (by id)
before the next search; a write that does not say what it wrote drops the index, which is read
whole again. Each update makes a new snapshot, so a page and its count, taken from one
snapshot, agree with each other.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from entente import documents as d
from entente.store import find_by_ids
from resolvers.pagination import Page, page_list

Doc = dict[str, Any]
FIELDS = ["sortKey", "_id"]


@dataclass(frozen=True)
class Snapshot:
    """The entries, newest first (``{_id, sortKey}``), and each one's words by id."""

    ordered: list[Doc] = field(default_factory=list)
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, entries: Iterable[Doc]) -> Snapshot:
        kept = {entry["_id"]: entry for entry in entries}
        ordered = sorted(
            ({"_id": i, "sortKey": entry["sortKey"]} for i, entry in kept.items()),
            key=lambda doc: (doc["sortKey"], doc["_id"]),
            reverse=True,
        )
        return cls(ordered, {i: _words(entry) for i, entry in kept.items()})

    def changed(self, ids: set[str], found: list[Doc]) -> Snapshot:
        """This snapshot with the entries of ``ids`` replaced by those ``found`` (an id not found is gone).

        The entries kept are this snapshot's own, shared rather than copied: an ingest changes a few
        entries among thousands, and building every one again per update churned the allocator."""
        ordered = [doc for doc in self.ordered if doc["_id"] not in ids]
        words = dict(self.words)
        for i in ids:
            words.pop(i, None)
        for entry in found:
            _insert(ordered, {"_id": entry["_id"], "sortKey": entry["sortKey"]})
            words[entry["_id"]] = _words(entry)
        return Snapshot(ordered, words)

    def page(self, terms: tuple[str, ...], first: int | None, after: str | None) -> Page:
        wanted = frozenset(terms)
        keep = (lambda doc: wanted <= self.words[doc["_id"]]) if wanted else None
        return page_list(self.ordered, FIELDS, first, after, descending=True, keep=keep)


def _words(entry: Doc) -> frozenset[str]:
    """An entry's words, each the one copy of itself every entry shares (``sys.intern``): a few thousand
    articles use a vocabulary of a few thousand words, and each decoded entry brings copies of its
    own: about 50 per generated article, and an entry took 5.2 KB rather than 2.7 KB."""
    return frozenset(map(sys.intern, entry["terms"]))


def _insert(ordered: list[Doc], doc: Doc) -> None:
    """Put ``doc`` into ``ordered``, kept newest first by (sortKey, _id)."""
    key = (doc["sortKey"], doc["_id"])
    low, high = 0, len(ordered)
    while low < high:
        middle = (low + high) // 2
        if (ordered[middle]["sortKey"], ordered[middle]["_id"]) > key:
            low = middle + 1
        else:
            high = middle
    ordered.insert(low, doc)


class SearchIndex:
    """The search entries of one database, read whole once, then again only by the ids written since."""

    def __init__(self) -> None:
        self._snapshot: Snapshot | None = None
        self._stale: set[str] = set()
        self._epoch = 0  # counts resets, so that a read begun before one is not kept
        self._reading = asyncio.Lock()
        # The read of every entry under way, if any: a task of its own, which the searches waiting on it share.
        self._whole: asyncio.Future[Snapshot] | None = None

    @property
    def loaded(self) -> bool:
        return self._snapshot is not None

    def reset(self) -> None:
        """Forget every entry (a write that did not say what it wrote)."""
        self._snapshot, self._stale, self._whole = None, set(), None
        self._epoch += 1

    def written(self, ids: Iterable[str]) -> None:
        """Entries with these ids were written: read them again before the next search."""
        if self._snapshot is not None:
            self._stale.update(ids)

    async def current(self, db: Any) -> Snapshot:
        """The entries as of the cache's generation or later, reading what changed first."""
        if self._snapshot is not None and not self._stale:
            return self._snapshot
        if self._snapshot is None:
            if self._whole is None:
                self._whole = asyncio.ensure_future(self._read_whole(db, self._epoch))
                self._whole.add_done_callback(self._read)
            return await asyncio.shield(self._whole)
        async with self._reading:
            if self._snapshot is None:  # a reset came while this search waited
                return await self.current(db)
            if self._stale:
                epoch, base, asked, self._stale = self._epoch, self._snapshot, self._stale, set()
                try:
                    found = await find_by_ids(db[d.SEARCH], asked, {"sortKey": 1, "terms": 1})
                except BaseException:
                    if epoch == self._epoch:
                        self._stale |= asked
                    raise
                snapshot = base.changed(asked, found)
                if epoch == self._epoch:
                    self._snapshot = snapshot
                return snapshot
            return self._snapshot

    async def _read_whole(self, db: Any, epoch: int) -> Snapshot:
        """Every entry, kept unless a reset came meanwhile (then good for the searches waiting, not kept).

        Not cancelled with the search that began it: at a few thousand articles FerretDB takes a second
        for it when idle, and under load it can take longer than a request may, so that read again by each
        search in turn it would never finish."""
        snapshot = Snapshot.of(await db[d.SEARCH].find({}, {"sortKey": 1, "terms": 1}).to_list(None))
        if epoch == self._epoch:
            self._snapshot = snapshot
        return snapshot

    def _read(self, whole: asyncio.Future[Snapshot]) -> None:
        if self._whole is whole:
            self._whole = None
        if not whole.cancelled():
            whole.exception()  # a failure reaches the searches waiting; none may be left to see it

    async def page(self, db: Any, terms: tuple[str, ...], first: int | None, after: str | None) -> Page:
        return (await self.current(db)).page(terms, first, after)
