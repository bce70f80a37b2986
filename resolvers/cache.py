"""Documents and query results kept across requests for as long as the store's generation stays the same.

Every write that changes what readers see ends by giving the store a new generation token
(entente.store.new_generation), whichever process makes it. Each request reads the token once,
before its first read through the cache; a token other than the cache's empties the cache. What a
request reads from the store it keeps under the token it read, unless the cache has moved to
another token meanwhile. An entry kept under a token was read after that token was current, so no
request is answered from documents older than the token it read, and a process never needs to know
what another wrote. A new token drops everything: under a steady stream of ingests the cache
empties with each derivation, and serves the reads between them.

Cached values are shared by every request: resolvers read them and never change them.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Mapping
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

import bson

from entente.store import generation
from resolvers.pagination import Page

_UNSET = object()
Load = Callable[[list[Any]], Awaitable[list[Any]]]
T = TypeVar("T")
# Objects built from documents kept at most, before they are all let go.
MAX_BUILT = 200_000


class Cache:
    """The values read under the current token, least recently used first, within ``max_bytes`` of BSON."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.token: Any = _UNSET
        self._reads: tuple[Any, SharedRead] | None = None  # of the generation token, of the database served
        # What the schema built from documents read under the token, by (document, builder): a response of
        # 10,000 figures builds no object that an earlier request built from the same document.
        self._built: dict[tuple[int, Callable[[Any], Any]], tuple[Any, Any]] = {}
        self._entries: OrderedDict[Hashable, Any] = OrderedDict()
        self._sizes: dict[Hashable, int] = {}
        self.bytes = 0

    async def generation(self, db: Any) -> Any:
        """The store's token, read in a round trip begun after the call, shared with the concurrent calls."""
        if self._reads is None or self._reads[0] is not db:
            self._reads = (db, SharedRead(lambda: generation(db)))
        return await self._reads[1]()

    def follow(self, token: Any) -> None:
        """Move to the store's token as a request read it, dropping everything kept under another."""
        if token != self.token:
            self._entries, self._sizes, self.bytes, self.token = OrderedDict(), {}, 0, token
            self._built = {}

    def get(self, key: Hashable) -> Any:
        value = self._entries.get(key, _UNSET)
        if value is not _UNSET:
            self._entries.move_to_end(key)
        return value

    def put(self, token: Any, key: Hashable, value: Any) -> None:
        """Keep a value read under ``token``, unless the cache has moved to another token since."""
        if token != self.token:
            return
        if key in self._entries:
            self.bytes -= self._sizes.pop(key)
            del self._entries[key]
        self._entries[key] = value
        self._sizes[key] = size = _size(value)
        self.bytes += size
        while self.bytes > self.max_bytes and self._entries:
            oldest, _ = self._entries.popitem(last=False)
            self.bytes -= self._sizes.pop(oldest)

    def build(self, make: Callable[[Any], T], document: Any) -> T:
        """``make(document)``, made once for as long as the token stays (the document is kept with it, so
        that its identity is not reused meanwhile)."""
        key = (id(document), make)
        known = self._built.get(key)
        if known is not None and known[0] is document:
            return known[1]  # type: ignore[no-any-return]
        if len(self._built) >= MAX_BUILT:
            self._built = {}
        built = make(document)
        self._built[key] = (document, built)
        return built

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries


class SharedRead:
    """A read whose callers share one round trip begun after each of them asked.

    A caller that finds no read under way starts one. One that finds a read under way waits for the
    next, which every caller that came meanwhile shares: a read begun before a caller asked may have
    missed a write acknowledged before it asked (an ingest answered by another process), and what it
    returns must be no older than the call. Under load this is a read per round trip rather than one
    per request."""

    def __init__(self, read: Callable[[], Awaitable[Any]]):
        self._read = read
        self._running: asyncio.Future[Any] | None = None
        self._next: asyncio.Future[Any] | None = None  # for the callers who came while one was running

    async def __call__(self) -> Any:
        if self._running is None:
            self._running = self._start()
            return await asyncio.shield(self._running)
        if self._next is None:
            self._next = asyncio.get_running_loop().create_future()
            self._next.add_done_callback(_retrieved)
        return await asyncio.shield(self._next)

    def _start(self) -> asyncio.Future[Any]:
        running = asyncio.ensure_future(self._read())
        running.add_done_callback(self._ended)
        return running

    def _ended(self, ended: asyncio.Future[Any]) -> None:
        _retrieved(ended)
        self._running = None
        if self._next is not None:  # begun now, after each of its callers asked
            waiting, self._next = self._next, None
            self._running = self._start()
            self._running.add_done_callback(lambda read: _pass_on(read, waiting))


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


class Reads:
    """One request's reads through the cache (or straight from the store, with none)."""

    def __init__(self, cache: Cache | None, db: Any):
        self.cache = cache
        self.db = db
        self._token: asyncio.Future[Any] | None = None

    async def _current(self) -> Any:
        """The store's token, read once per request, when the request first reads through the cache."""
        if self._token is None:
            self._token = asyncio.ensure_future(self._follow())
        return await asyncio.shield(self._token)

    async def _follow(self) -> Any:
        assert self.cache is not None
        token = await self.cache.generation(self.db)
        self.cache.follow(token)
        return token

    async def batch(self, kind: str, keys: list[Any], load: Load) -> list[Any]:
        """``load(keys)`` (values aligned with the keys), answered from the cache where it can: while the
        cache holds what was read under this request's token (another request may have moved it since)."""
        if self.cache is None:
            return await load(keys)
        token = await self._current()
        current = token == self.cache.token
        found = {key: self.cache.get((kind, key)) if current else _UNSET for key in keys}
        missing = [key for key, value in found.items() if value is _UNSET]
        if missing:
            for key, value in zip(missing, await load(missing), strict=True):
                found[key] = value = _shareable(value)
                self.cache.put(token, (kind, key), value)
        return [found[key] for key in keys]

    def peek(self, kind: str, keys: list[Any]) -> list[Any] | None:
        """What ``batch`` would answer for these keys, if the cache holds every one under this request's
        token (read already): answered without waiting, or None."""
        read = self._token
        if self.cache is None or read is None or not read.done() or read.cancelled() or read.exception():
            return None
        if read.result() != self.cache.token:
            return None
        values = [self.cache.get((kind, key)) for key in keys]
        return None if any(value is _UNSET for value in values) else values

    def maker(self, make: Callable[[Any], T]) -> Callable[[Any], T]:
        """``make``, building each object once for as long as the cache keeps what it was built from."""
        cache = self.cache
        return make if cache is None else partial(cache.build, make)

    async def one(self, kind: str, key: Hashable, load: Callable[[], Awaitable[Any]]) -> Any:
        async def each(keys: list[Any]) -> list[Any]:
            return [await load()]

        return (await self.batch(kind, [key], each))[0]


def _shareable(value: Any) -> Any:
    """A value fit to be shared: a page counts its items at most once (its count is kept with it)."""
    if isinstance(value, Page) and value.total is None and value.count is not None:
        return replace(value, count=_once(value.count))
    return value


def _once(count: Callable[[], Any]) -> Callable[[], Awaitable[int]]:
    counted: list[int] = []

    async def once() -> int:
        if not counted:
            result = count()
            counted.append(await result if isinstance(result, Awaitable) else result)
        return counted[0]

    return once


def _size(value: Any) -> int:
    """What a value kept takes, as the BSON of its documents (Python holds them in a few times that)."""
    if isinstance(value, Mapping):
        return len(bson.encode(value))
    if isinstance(value, Page):
        return 64 + sum(_size(doc) for doc in value.docs)
    if isinstance(value, list):
        return 16 + sum(_size(item) for item in value)
    return 16
