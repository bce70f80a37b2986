"""Article search from memory: every search entry's sort key and words, kept up to date by id.

A search asks for every article having all its words, newest first. Asked of the store, that
is a scan of the ``search`` collection for the page and another for the count: mongomock scans
in Python, and FerretDB reads and decodes every entry (about 130 ms each at 500 articles). An
ingest adds an entry, so a cache of pages would be emptied by every ingest.

Instead the document cache (resolvers.cache) holds the entries themselves, read whole once.
When the generation log names search entries written since, only those are read again (by id)
before the next search, or rather taken from what this process's writer made of the articles it
wrote (seed.writer.written_lately): with the server the only writer, none is read back. On
FerretDB at 64 connections those reads had been 690 lookups a minute, waiting 0.5-0.7 s each. A
write that does not say what it wrote drops the index, which is read whole again. Each update
makes a new snapshot, so a page and its count, taken from one snapshot, agree with each other.
Searches share the reads (SearchIndex).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from entente import documents as d
from entente.store import find_by_ids
from resolvers.pagination import Page, page_list
from seed.writer import written_lately

Doc = dict[str, Any]
FIELDS = ["sortKey", "_id"]
_READ = {"sortKey": 1, "terms": 1}  # what an entry is read for
# Entries read whole are made compact a batch at a time: decoded all at once, 2,501 entries (a soak's store)
# took 8.5 MB before they were made compact into 1.6 MB, and a server started on that store kept about 4 MB
# more after its warm-up (bench.soak's fresh server).
_READ_BATCH = 500


@dataclass(frozen=True)
class Snapshot:
    """The entries, newest first, each ``{_id, sortKey, words}``: ``words`` is its terms as one string,
    each between spaces (a term is a run of letters and digits, entente.text.search_terms).

    An entry takes 590 B with its 46 words (a generated article; ``tracemalloc``, 3,000 entries), where
    a set of the words took 2.5 KB (a hash table of 128 slots): the index had grown by 4.8 MB over a
    64-connection soak that added 2,000 articles. Looking for `` term `` in the string costs more than
    a set's lookup: a page and its count at 3,000 entries take 1.0 ms for one word (0.9 ms with sets),
    and 4.0-4.6 ms for two words every entry has (1.0 ms), the worst case: the second is looked for only
    in the entries having the first."""

    ordered: list[Doc] = field(default_factory=list)

    @classmethod
    def of(cls, entries: Iterable[Doc]) -> Snapshot:
        return cls(_newest_first({entry["_id"]: _kept(entry) for entry in entries}))

    @classmethod
    async def read(cls, db: Any) -> Snapshot:
        """Every entry in the store, each made compact as it arrives."""
        kept = {}
        async for entry in db[d.SEARCH].find({}, _READ).batch_size(_READ_BATCH):
            kept[entry["_id"]] = _kept(entry)
        return cls(_newest_first(kept))

    def changed(self, ids: set[str], found: list[Doc]) -> Snapshot:
        """This snapshot with the entries of ``ids`` replaced by those ``found`` (an id not found is gone).

        The entries kept are this snapshot's own, shared rather than copied: an ingest changes a few
        entries among thousands, and building every one again per update churned the allocator."""
        ordered = [doc for doc in self.ordered if doc["_id"] not in ids]
        for entry in found:
            _insert(ordered, _kept(entry))
        return Snapshot(ordered)

    def page(self, terms: tuple[str, ...], first: int | None, after: str | None) -> Page:
        return page_list(self.ordered, FIELDS, first, after, descending=True, keep=_having(terms))


def _kept(entry: Doc) -> Doc:
    return {"_id": entry["_id"], "sortKey": entry["sortKey"], "words": f" {' '.join(entry['terms'])} "}


def _key(doc: Doc) -> tuple[str, str]:
    return doc["sortKey"], doc["_id"]


def _newest_first(kept: dict[str, Doc]) -> list[Doc]:
    return sorted(kept.values(), key=_key, reverse=True)


def _having(terms: tuple[str, ...]) -> Callable[[Doc], bool] | None:
    """Whether an entry has every term; None for no term. The longest term is looked for first, as
    the likeliest to be missing, and the rest only in entries that have it."""
    needles = sorted({f" {term} " for term in terms}, key=len, reverse=True)
    if not needles:
        return None
    first, rest = needles[0], needles[1:]
    if not rest:
        return lambda doc: first in doc["words"]
    return lambda doc: first in (words := doc["words"]) and all(map(words.__contains__, rest))


def _insert(ordered: list[Doc], doc: Doc) -> None:
    """Put ``doc`` into ``ordered``, kept newest first by (sortKey, _id)."""
    key = _key(doc)
    low, high = 0, len(ordered)
    while low < high:
        middle = (low + high) // 2
        if _key(ordered[middle]) > key:
            low = middle + 1
        else:
            high = middle
    ordered.insert(low, doc)


class SearchIndex:
    """The search entries of one database, read whole once, then again only by the ids written since.

    Reads are tasks of their own, one at a time, shared by every search that waits for them, and
    not cancelled with the search that began them. Each write the cache learns of (``written``)
    is numbered, and a search waits for a snapshot covering the writes numbered before it came:
    the read under way if it covers them, or else the next, which covers every write numbered by
    then. So a search waits for two reads at most, however many writes come while it waits; when
    each waiting search read what was written since the last one itself, in turn, a search could
    wait for a read per search ahead of it (searches past the timeout on FerretDB at 64
    connections, where reading 40-100 entries by id takes a second or more)."""

    def __init__(self) -> None:
        self._snapshot: Snapshot | None = None
        self._stale: set[str] = set()  # written since the last read began
        self._writes = 0  # writes learnt of, numbered from 1, and resets
        self._covers = 0  # the last of them the snapshot covers
        self._epoch = 0  # counts resets, so that a read begun before one is not kept
        # The read under way, if any, with the last write it covers.
        self._read: asyncio.Future[tuple[Snapshot, int]] | None = None

    @property
    def loaded(self) -> bool:
        """Whether it holds entries or is reading them (so that the writes since must be learnt of)."""
        return self._snapshot is not None or self._read is not None

    def reset(self) -> None:
        """Forget every entry (a write that did not say what it wrote)."""
        self._snapshot, self._stale, self._read = None, set(), None
        self._writes += 1
        self._epoch += 1

    def written(self, ids: Iterable[str]) -> None:
        """Entries with these ids were written: read them again before the next search."""
        ids = set(ids)
        if ids and self.loaded:
            self._stale |= ids
            self._writes += 1

    async def current(self, db: Any) -> Snapshot:
        """The entries as of the cache's generation or later, reading what changed first."""
        needed = self._writes
        while self._snapshot is None or self._covers < needed:
            if self._read is None:
                self._begin(db)
            assert self._read is not None
            snapshot, covers = await asyncio.shield(self._read)
            if covers >= needed:  # kept, unless a reset came meanwhile: good for this search all the same
                return snapshot
        return self._snapshot

    def _begin(self, db: Any) -> None:
        """Read what the snapshot lacks: every entry, or the entries written since the last read."""
        base, asked, covers, epoch = self._snapshot, self._stale, self._writes, self._epoch
        self._stale = set()

        async def read() -> tuple[Snapshot, int]:
            try:
                if base is None:
                    snapshot = await Snapshot.read(db)
                else:
                    lately = written_lately(db)  # the entries this process wrote, taken rather than read back
                    known = [lately[i] for i in asked if i in lately]
                    read = await find_by_ids(db[d.SEARCH], [i for i in asked if i not in lately], _READ)
                    snapshot = base.changed(asked, known + read)
            except BaseException:
                if epoch == self._epoch:
                    self._stale |= asked  # read again by the next
                raise
            if epoch == self._epoch:
                self._snapshot, self._covers = snapshot, covers
            return snapshot, covers

        self._read = asyncio.ensure_future(read())
        self._read.add_done_callback(self._ended)

    def _ended(self, read: asyncio.Future[tuple[Snapshot, int]]) -> None:
        if self._read is read:
            self._read = None
        if not read.cancelled():
            read.exception()  # a failure reaches the searches waiting; none may be left to see it

    async def page(self, db: Any, terms: tuple[str, ...], first: int | None, after: str | None) -> Page:
        return (await self.current(db)).page(terms, first, after)
