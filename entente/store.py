"""The one place that builds database clients, creates indexes and counts operations.

With ``MONGODB_URI`` set, the store is pymongo's ``AsyncMongoClient``. Without it, the
embedded default is mongomock behind ``entente.mockasync``, which offers the same async
API, so the rest of the code is written once against pymongo's.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from pymongo import AsyncMongoClient

from entente import documents as d
from entente import pymongofix
from entente.mockasync import AsyncMockClient
from entente.settings import Settings

# Every query pattern the resolvers issue, by collection.
INDEXES: dict[str, list[list[tuple[str, int]]]] = {
    d.ARTICLES: [[("sortKey", -1), ("_id", -1)], [("terms", 1)], [("countries", 1)]],
    d.COUNTRIES: [[("iso2", 1)]],
    d.RELATIONS: [[("countries", 1)]],
    d.EVENTS: [
        [("dateFirst", -1), ("_id", -1)],
        [("countries", 1), ("dateFirst", -1), ("_id", -1)],
        [("type", 1), ("dateFirst", -1), ("_id", -1)],
    ],
    d.FIGURES: [[("relations", 1)], [("countries", 1)]],
    d.PEOPLE: [[("country", 1)]],
    d.SEARCH: [[("sortKey", -1), ("_id", -1)], [("terms", 1)]],
}


@dataclass
class Store:
    client: Any
    db: Any
    embedded: bool

    async def ping(self) -> float:
        """Round-trip time of a ping, in milliseconds; raises when the server cannot be reached."""
        started = time.perf_counter()
        await self.db.command("ping")
        return (time.perf_counter() - started) * 1000

    async def is_empty(self) -> bool:
        return await self.db[d.ARTICLES].count_documents({}, limit=1) == 0

    async def lacks_search_entries(self) -> bool:
        """Whether the articles outnumber their search entries (a store written before there were any)."""
        return await self.db[d.SEARCH].estimated_document_count() < await self.db[d.ARTICLES].estimated_document_count()

    def seems_down(self) -> bool:
        """True when the client knows of no server it could read from (the database went away); no I/O."""
        if self.embedded or self.client is None:
            return False
        return not self.client.topology_description.has_readable_server()

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()


def connect(settings: Settings) -> Store:
    """A store for these settings; connecting is lazy, so this never blocks."""
    if settings.embedded:
        client: Any = AsyncMockClient()
    else:
        pymongofix.apply()  # a request cancelled mid-wait must not wedge the client (Python 3.11)
        client = AsyncMongoClient(
            settings.mongodb_uri,
            serverSelectionTimeoutMS=settings.timeout_ms,
            connectTimeoutMS=settings.timeout_ms,
            socketTimeoutMS=settings.timeout_ms * 5,
            maxPoolSize=50,
            appname="entente",
        )
    return Store(client=client, db=client[settings.database], embedded=settings.embedded)


async def ensure_indexes(db: Any) -> None:
    """Create every index the queries use; creating an existing index is a no-op."""
    for collection, specs in INDEXES.items():
        for keys in specs:
            await db[collection].create_index(keys)


# Up to this many ids are read one lookup each, concurrently; more with one $in.
_ONE_BY_ONE = 32


async def find_by_ids(collection: Any, ids: Iterable[Any], projection: dict[str, Any] | None = None) -> list[Any]:
    """The documents with these ids (those that exist, in no particular order).

    A few ids are looked up one by one, concurrently: FerretDB finds a document by ``_id``
    from its key, but answers ``{"_id": {"$in": ...}}`` by reading the whole collection
    (37 ms for the 249 countries, against 3-6 ms for one lookup)."""
    ids = sorted(set(ids))
    if not ids:
        return []
    if len(ids) > _ONE_BY_ONE:
        return await collection.find({"_id": {"$in": ids}}, projection).to_list(None)
    found = await asyncio.gather(*(collection.find_one({"_id": i}, projection) for i in ids), return_exceptions=True)
    for result in found:
        if isinstance(result, BaseException):
            raise result
    return [doc for doc in found if doc is not None]


async def generation(db: Any) -> str | None:
    """The store's current generation token; it changes whenever its documents may have."""
    doc = await db[d.META].find_one({"_id": d.GENERATION})
    return doc["token"] if doc else None


async def _new_generation(db: Any) -> None:
    await db[d.META].replace_one({"_id": d.GENERATION}, {"_id": d.GENERATION, "token": uuid.uuid4().hex}, upsert=True)


@asynccontextmanager
async def changing(db: Any) -> AsyncIterator[None]:
    """Wrap every write: the generation changes before the first write and after the last.

    A reader that checked the generation before the writes began may cache what it read
    during them, but only under the old token; the change after the last write retires it.
    Random tokens rather than a counter: dropping the database cannot bring an old value back.
    """
    await _new_generation(db)
    try:
        yield
    finally:
        await _new_generation(db)


_COUNTED = frozenset(
    {
        "find", "find_one", "count_documents", "aggregate", "distinct", "insert_one", "insert_many",
        "replace_one", "update_one", "update_many", "delete_one", "delete_many", "bulk_write",
    }
)  # fmt: skip


class CountingDatabase:
    """Wraps a database and counts the operations issued per (collection, operation).

    The counts prove batching: a nested query must cost the same number of operations
    whatever the fan-out. With ``record`` given, each operation is handed to it instead of
    being added to ``counts`` (the app serves its database this way to feed its metrics).
    """

    def __init__(
        self,
        db: Any,
        counts: Counter[tuple[str, str]] | None = None,
        *,
        record: Callable[[str, str], None] | None = None,
    ):
        self._db = db
        self.counts: Counter[tuple[str, str]] = Counter() if counts is None else counts
        self._record = record or self._add
        self._collections: dict[str, _CountingCollection] = {}

    def _add(self, collection: str, operation: str) -> None:
        self.counts[(collection, operation)] += 1

    def __getitem__(self, name: str) -> _CountingCollection:
        collection = self._collections.get(name)
        if collection is None:
            collection = self._collections[name] = _CountingCollection(self._db[name], name, self._record)
        return collection

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class _CountingCollection:
    def __init__(self, collection: Any, name: str, record: Callable[[str, str], None]):
        self._collection = collection
        self._name = name
        self._record = record

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._collection, name)
        if name not in _COUNTED:
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._record(self._name, name)
            return attr(*args, **kwargs)

        return counted
