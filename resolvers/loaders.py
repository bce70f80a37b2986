"""Per-request DataLoaders and the request context, built for each request (never at module level,
where a loader would cache forever and keep documents across requests)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any, Protocol, TypeVar

from strawberry.dataloader import DataLoader

from entente import documents as d
from entente.settings import Settings
from resolvers import queries as q
from resolvers.cache import Cache, Reads


class Ingested(Protocol):
    document: dict[str, Any]
    changed: bool
    derived: bool


class Writer(Protocol):
    """What the ingest mutation asks of the app's writer (entente.write.writer.Writer)."""

    async def ingest(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published_on: date | None = None,
        wait: float | None = None,
    ) -> Ingested: ...


T = TypeVar("T")
BY_ID = (d.COUNTRIES, d.RELATIONS, d.EVENTS, d.FIGURES, d.PEOPLE, d.ARTICLES)


@dataclass(eq=False)
class _Read:
    """One read of a batch of ids, and how many fields wait for it."""

    done: asyncio.Future[None]
    asked: list[str] = field(default_factory=list)
    task: asyncio.Task[None] | None = None
    waiting: int = 0


class Documents:
    """The documents of one collection by id, for one request.

    The ids every field asks for while a read waits to be sent are read together, in one ``$in``,
    and each document once per request. A field waits on one future for its whole list (an event's
    figures, a relation's two countries) rather than on one per document, as a DataLoader would have
    it: the 10,000 figures of a nested query's events cost 10,000 futures and 2,000 gathers that way.
    The read is sent as a DataLoader's is, once the fields of a level have all asked, and stopped once
    no field waits for it any longer (a request cancelled at its deadline)."""

    def __init__(
        self,
        read: Callable[[list[str]], Awaitable[list[Any]]],
        peek: Callable[[list[str]], list[Any] | None] = lambda ids: None,
    ):
        self._read = read  # the documents with these ids, aligned with them (None: no such document)
        self._peek = peek  # the same, if the app's cache holds them all, or None
        self._known: dict[str, Any] = {}
        self._reading: dict[str, _Read] = {}  # asked for, by the read that brings them
        self._next: _Read | None = None

    async def many(self, ids: Sequence[str]) -> list[Any]:
        """The documents with these ids that exist, in their order."""
        reads = {self._reading.get(i) or self._ask(i) for i in ids if i not in self._known}
        for read in reads:
            read.waiting += 1
        try:
            for read in reads:
                await asyncio.shield(read.done)
        finally:
            for read in reads:
                read.waiting -= 1
                if not read.waiting and read.task is not None and not read.task.done():
                    read.task.cancel()
        return [doc for i in ids if (doc := self._known.get(i)) is not None]

    def now(self, ids: Sequence[str]) -> list[Any] | None:
        """What ``many`` would answer, if it is known without waiting (read already by this request, or held
        by the app's cache), or None."""
        missing = [i for i in ids if i not in self._known]
        if missing:
            found = self._peek(missing)
            if found is None:
                return None
            self._known.update(zip(missing, found, strict=True))
        return [doc for i in ids if (doc := self._known[i]) is not None]

    def _ask(self, i: str) -> _Read:
        if self._next is None:
            loop = asyncio.get_running_loop()
            self._next = _Read(loop.create_future())
            self._next.done.add_done_callback(_retrieved)
            loop.call_soon(self._send)
        self._next.asked.append(i)
        self._reading[i] = self._next
        return self._next

    def _send(self) -> None:
        read, self._next = self._next, None
        assert read is not None
        if not read.waiting:  # every field that asked was cancelled before it was sent
            for i in read.asked:
                self._reading.pop(i, None)
            read.done.cancel()
            return
        read.task = asyncio.ensure_future(self._fill(read))

    async def _fill(self, read: _Read) -> None:
        try:
            found = dict(zip(read.asked, await self._read(read.asked), strict=True))
        except BaseException as exc:
            for i in read.asked:
                self._reading.pop(i, None)
            if not read.done.done():
                read.done.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for i in read.asked:
            self._known[i] = found.get(i)
            self._reading.pop(i, None)
        read.done.set_result(None)


def _retrieved(future: asyncio.Future[Any]) -> None:
    """Mark a failed read as seen: every field waiting for it may have been cancelled with its request."""
    if not future.cancelled():
        future.exception()


@dataclass
class Loaders:
    # Documents by id, one reader per collection read by id.
    documents: dict[str, Documents]
    # An event's or figure's quotes, by its id.
    quotes: DataLoader[str, list[Any]]
    # Pages of a relation's events and figures, by (relation id, criteria, first, after), and their counts.
    relation_events: DataLoader[q.PageKey, Any]
    relation_figures: DataLoader[q.PageKey, Any]
    event_counts: DataLoader[tuple[str, Any], int]
    figure_counts: DataLoader[tuple[str, Any], int]

    async def many(self, collection: str, ids: list[str]) -> list[Any]:
        """The documents of ``collection`` with these ids that exist, in their order."""
        return await self.documents[collection].many(ids) if ids else []

    def objects(self, collection: str, ids: list[str], make: Callable[[Any], T]) -> list[T] | Awaitable[list[T]]:
        """``make`` applied to each document of ``collection`` with these ids that exists: at once when they
        are known already (a nested query's thousands of event figures, from the cache), else awaitable."""
        known = self.documents[collection].now(ids)
        if known is not None:
            return list(map(make, known))

        async def read() -> list[T]:
            return list(map(make, await self.many(collection, ids)))

        return read()

    async def one(self, collection: str, key: str | None) -> Any:
        """The document of ``collection`` with this id, or None."""
        found = await self.many(collection, [key]) if key is not None else []
        return found[0] if found else None

    @classmethod
    def for_request(cls, db: Any, reads: Reads) -> Loaders:
        """Loaders over ``db``, each reading through the app's cache (``reads``) first."""

        def loader(kind: str, batch: Any, *args: Any) -> DataLoader[Any, Any]:
            return DataLoader(partial(reads.batch, kind, load=partial(batch, db, *args)))

        return cls(
            documents={
                name: Documents(partial(reads.batch, name, load=partial(q.by_ids, db, name)), partial(reads.peek, name))
                for name in BY_ID
            },
            quotes=loader("quotes", q.quotes_by_item),
            relation_events=loader("relation_events", q.relation_events),
            relation_figures=loader("relation_figures", q.relation_figures),
            event_counts=loader("event_counts", q.relation_counts, d.EVENTS),
            figure_counts=loader("figure_counts", q.relation_counts, d.FIGURES),
        )


@dataclass
class Context:
    """What every resolver gets as ``info.context``."""

    db: Any
    loaders: Loaders
    reads: Reads
    settings: Settings = field(default_factory=Settings)
    writer: Writer | None = None
    authorization: str | None = None
    request_id: str | None = None
    request: Any = None
    response: Any = None
    # The event loop's time by which the request must have answered (ENTENTE_QUERY_TIMEOUT_MS), if any.
    deadline: float | None = None

    @classmethod
    def for_request(
        cls, db: Any, settings: Settings | None = None, *, cache: Cache | None = None, **kwargs: Any
    ) -> Context:
        reads = Reads(cache, db)
        return cls(
            db=db, loaders=Loaders.for_request(db, reads), reads=reads, settings=settings or Settings(), **kwargs
        )
