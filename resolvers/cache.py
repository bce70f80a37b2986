"""Documents read by key, kept in memory across requests for as long as they are unchanged.

Every write goes through ``entente.store.changing``, which gives the store a new generation
token before its first write and after its last, and logs the ids the write changed. Each
request reads the token once (one round trip by ``_id``) before its first load. A new token
drops the loads the logged writes since the cache's token make stale, or, when the log does
not say (a write of anything, or too many since), empties the cache. Reads are then answered
from memory, which on the embedded store also skips mongomock's scan and deep copy.

Cached documents are shared by every request: resolvers read them and never change them.
Requests that want a key another request is already loading under the same token wait for
that load instead of sending their own: after a write empties the cache, 64 requests for the
same country card make one round trip per key, not 64.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from typing import Any

import bson

from entente import documents as d
from entente.store import changed_since, generation
from resolvers.pagination import Page
from resolvers.search import SearchIndex

_UNSET = object()

log = logging.getLogger("entente")

Batch = Callable[[list[Any]], Awaitable[Sequence[Any]]]


# Called when a cache drops its documents for a new generation: what was built from the old
# documents (schema.node.by_document) would otherwise keep them alive, and grow without end.
_forgetting: list[Callable[[], None]] = []


def on_new_generation(forget: Callable[[], None]) -> None:
    _forgetting.append(forget)


class SharedRead:
    """A read whose callers share one round trip begun after each of them asked.

    A caller that finds a read under way waits for it to end, then for one more read, which every
    caller that came meanwhile shares: what it returns is never older than the call. Under load this
    is one token read per round trip rather than one per request (FerretDB at 64 connections was
    answering 145 of them a second). A caller that finds none under way reads in its own task,
    which costs nothing more than the read (on the embedded store it does not even wait)."""

    def __init__(self, read: Callable[[], Awaitable[Any]]):
        self._read = read
        self._running = False
        self._next: asyncio.Future[Any] | None = None  # for the callers who came while one was running

    async def __call__(self) -> Any:
        if not self._running:
            return await self._run()
        if self._next is None:
            self._next = asyncio.get_running_loop().create_future()
            self._next.add_done_callback(_retrieved)
        return await asyncio.shield(self._next)

    async def _run(self) -> Any:
        self._running = True
        try:
            return await self._read()
        finally:
            self._running = False
            if self._next is not None:  # begun now, after each of them asked, whatever became of this one
                waiting, self._next = self._next, None
                self._running = True
                task = asyncio.ensure_future(self._run())
                task.add_done_callback(lambda read: _pass_on(read, waiting))


def _retrieved(future: asyncio.Future[Any]) -> None:
    """Mark a shared future's failure as seen: its callers may all have been cancelled."""
    if not future.cancelled():
        future.exception()


def _pass_on(source: asyncio.Future[Any], target: asyncio.Future[Any]) -> None:
    if target.done():
        return
    if source.cancelled():
        target.cancel()
    elif (exc := source.exception()) is not None:
        target.set_exception(exc)
    else:
        target.set_result(source.result())


class SharedLoad:
    """A load of some keys, shared by the requests that want any of them, and cancelled once none waits.

    A request that times out leaves the load to the others that wait for it: at full load on a
    cold server (FerretDB reading thousands of articles for an ``$in``), a load begun again by each
    request in turn would never finish. A load nobody waits for any longer is cancelled with the
    last of them, as a timed-out request's work is."""

    def __init__(self, load: Awaitable[dict[Hashable, Any]], abandoned: Callable[[], None]):
        self._task = asyncio.ensure_future(load)
        self._task.add_done_callback(_retrieved)
        self._abandoned = abandoned
        self._waiting = 0

    async def wait(self) -> dict[Hashable, Any]:
        self._waiting += 1
        try:
            return await asyncio.shield(self._task)
        finally:
            self._waiting -= 1
            if self._waiting == 0 and not self._task.done():
                self._abandoned()  # nobody may join it now
                self._task.cancel()


class DocumentCache:
    """Per kind of load (countries by code, relations by id ...), the value for each key, and the search index."""

    def __init__(self, max_entries: int = 100_000, max_bytes: int = 64 * 2**20):
        self.max_entries = max_entries
        self.max_bytes = max_bytes  # of the values' BSON: a relation can take 600 KB, a country 1 KB
        self._token: Any = _UNSET
        # By (kind, key), least recently used first; and each value's size.
        self._entries: OrderedDict[tuple[str, Hashable], Any] = OrderedDict()
        self._kinds: dict[str, set[str]] = {}  # by collection, the kinds of load kept from it
        self._sizes: dict[tuple[str, Hashable], int] = {}
        self.bytes = 0
        self._loading: dict[tuple[str, Hashable], SharedLoad] = {}
        self._moving = asyncio.Lock()
        self.search = SearchIndex()  # the search entries, moved on with the documents
        self._reads: tuple[Any, SharedRead] | None = None  # the generation token's, of the database served

    def _generation(self, db: Any) -> Awaitable[Any]:
        if self._reads is None or self._reads[0] is not db:
            self._reads = (db, SharedRead(lambda: generation(db)))
        return self._reads[1]()

    async def token(self, db: Any) -> Any:
        """The store's generation token, after dropping what the writes since the cache's token made stale.

        Requests that find a new token move the cache one at a time: a request that read the token
        before another moved the cache past it leaves the cache as it is (its own ``put``s are
        refused, and what it reads from the cache is newer than its token)."""
        token = await self._generation(db)
        if token != self._token:
            async with self._moving:
                if token != self._token:
                    await self._move(db, token)
        return token

    async def _move(self, db: Any, token: Any) -> None:
        # With nothing kept, there is nothing to drop: the cache takes the request's token.
        current, written = token, None
        if self._entries or self.search.loaded:
            # The token now, which may be newer than the request's: never move the cache back to an older one.
            current = await generation(db)
            if current == self._token:
                return
            written = await changed_since(db, self._token, current)
        if written is None:
            if self._entries or self.search.loaded:
                log.info("document cache emptied: the store's log of changes does not say what the writes since wrote")
            self._empty()
            self.search.reset()
        else:
            # Each kind of load kept (resolvers.loaders) reads by id from the collection its name begins with.
            for collection, ids in written.items():
                for kind in self._kinds.get(collection, ()):
                    for i in ids:
                        self._drop((kind, i))
            self.search.written(written.get(d.SEARCH, ()))
        self._loading = {}
        self._token = current
        for forget in _forgetting:  # cheap to build again, and it may hold documents just dropped
            forget()

    def get(self, kind: str, key: Hashable) -> Any:
        value = self._entries.get((kind, key), _UNSET)
        if value is not _UNSET:
            self._entries.move_to_end((kind, key))
        return value

    def loading(self, kind: str, key: Hashable) -> SharedLoad | None:
        """The load of this key under the current token that another request has under way, if any."""
        return self._loading.get((kind, key))

    def load(self, token: Any, kind: str, keys: list[Hashable], load: Batch) -> SharedLoad:
        """Load ``keys`` read under ``token`` and keep them, announced for other requests to wait on."""
        entries = [(kind, key) for key in keys]

        def unannounce() -> None:
            for entry in entries:
                if self._loading.get(entry) is shared:
                    del self._loading[entry]

        async def loaded() -> dict[Hashable, Any]:
            try:
                values = dict(zip(keys, await load(keys), strict=True))
            finally:
                unannounce()
            self.put(token, kind, values)
            return values

        shared = SharedLoad(loaded(), unannounce)
        if token == self._token:
            for entry in entries:
                self._loading[entry] = shared
        return shared

    def put(self, token: Any, kind: str, values: dict[Hashable, Any]) -> None:
        """Keep values read under ``token``, unless the generation has moved on since."""
        if token != self._token:
            return
        self._kinds.setdefault(kind.partition(".")[0], set()).add(kind)
        for key, value in values.items():
            entry = (kind, key)
            self._drop(entry)
            self._entries[entry] = value
            self._sizes[entry] = size = _size(value)
            self.bytes += size
        while self._entries and (len(self._entries) > self.max_entries or self.bytes > self.max_bytes):
            self._drop(next(iter(self._entries)))  # the least recently used

    def _drop(self, entry: tuple[str, Hashable]) -> None:
        if self._entries.pop(entry, _UNSET) is not _UNSET:
            self.bytes -= self._sizes.pop(entry)

    def _empty(self) -> None:
        self._entries, self._sizes, self.bytes = OrderedDict(), {}, 0

    def __len__(self) -> int:
        return len(self._entries)


def _size(value: Any) -> int:
    """What a value kept takes, as the BSON it was read from (Python holds it in a few times that)."""
    return len(bson.encode(value)) if isinstance(value, Mapping) else 16


class CachedReads:
    """One request's view of the cache: reads the generation once, then serves batch loads."""

    def __init__(self, cache: DocumentCache, db: Any):
        self.cache = cache
        self.db = db
        self._token: asyncio.Future[Any] | None = None

    async def _current(self) -> Any:
        if self._token is None:
            self._token = asyncio.ensure_future(self.cache.token(self.db))
        return await self._token

    async def search(self, terms: tuple[str, ...], first: int | None, after: str | None) -> Page:
        """A page of the search entries having every term, newest first, from the cache's search index."""
        await self._current()
        return await self.cache.search.page(self.db, terms, first, after)

    def batch(self, kind: str, load: Batch) -> Batch:
        """``load`` answering from the cache first, and loading only the keys it lacks."""

        async def cached(keys: list[Any]) -> list[Any]:
            token = await self._current()
            found = {key: self.cache.get(kind, key) for key in keys}
            missing = [key for key, value in found.items() if value is _UNSET]
            elsewhere = {key: shared for key in missing if (shared := self.cache.loading(kind, key)) is not None}
            missing = [key for key in missing if key not in elsewhere]
            for key, shared in elsewhere.items():
                try:
                    found[key] = (await shared.wait())[key]
                except Exception:  # noqa: BLE001 - that load failed: load it here
                    missing.append(key)
            if missing:
                found.update(await self.cache.load(token, kind, missing, load).wait())
            return [found[key] for key in keys]

        return cached
