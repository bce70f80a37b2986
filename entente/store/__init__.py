"""The one place that builds database clients, declares indexes, reads by id and counts operations.

With ``MONGODB_URI`` set, the store is pymongo's ``AsyncMongoClient``. Without it, the
embedded default is mongomock behind ``entente.store.mock``, which offers the same async
API, so the rest of the code is written once against pymongo's.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pymongo import AsyncMongoClient
from pymongo.monitoring import TopologyListener

from entente import documents as d
from entente.settings import Settings
from entente.store import pymongofix
from entente.store.mock import AsyncMockClient

# Every query the resolvers and the writer issue, by collection, has an index that begins with its
# equality or ``$in`` field; tests/test_indexes.py asks the server's planner to show each one used.
INDEXES: dict[str, list[list[tuple[str, int]]]] = {
    d.ARTICLES: [
        [("sortKey", -1), ("_id", -1)],
        [("terms", 1)],
        # What a derivation reads: the articles reporting an event, figure or person.
        [("events._id", 1)],
        [("events.figures._id", 1)],
        [("figures._id", 1)],
        [("people._id", 1)],
        [("pending", 1)],
    ],
    d.QUOTES: [[("item", 1)]],
    d.EVENTS: [
        [("relations", 1), ("dateFirst", -1), ("_id", -1)],
        [("dateFirst", -1), ("_id", -1)],
        [("countries", 1), ("dateFirst", -1), ("_id", -1)],
        [("type", 1), ("dateFirst", -1), ("_id", -1)],
    ],
    # A country's regional figures, and its turnover by currency that partners are ranked by.
    d.FIGURES: [[("relations", 1), ("dateLast", -1), ("_id", -1)], [("countries", 1), ("metric", 1), ("unit", 1)]],
    d.PEOPLE: [[("country", 1)]],
    d.RELATIONS: [[("countries", 1)]],
}


class Availability(TopologyListener):
    """When the client last lost every server it could read from, and when it found one again
    (``time.monotonic``): a request that ran out of time across an outage says so."""

    def __init__(self) -> None:
        self.lost: float | None = None
        self.found: float | None = None

    def opened(self, event: Any) -> None:
        pass

    def closed(self, event: Any) -> None:
        pass

    def description_changed(self, event: Any) -> None:
        before, now = event.previous_description.has_readable_server(), event.new_description.has_readable_server()
        if before and not now:
            self.lost = time.monotonic()
        elif now and not before and self.lost is not None:
            self.found = time.monotonic()

    def lost_since(self, moment: float) -> bool:
        """Whether the database was unreachable at some time from ``moment`` until now."""
        if self.lost is None:
            return False
        return self.found is None or self.found < self.lost or self.found >= moment


@dataclass
class Store:
    client: Any
    db: Any
    embedded: bool
    availability: Availability | None = None

    async def ping(self) -> float:
        """Round-trip time of a ping, in milliseconds; raises when the server cannot be reached."""
        started = time.perf_counter()
        await self.db.command("ping")
        return (time.perf_counter() - started) * 1000

    async def is_empty(self) -> bool:
        return await self.db[d.ARTICLES].count_documents({}, limit=1) == 0

    def seems_down(self) -> bool:
        """True when the client knows of no server it could read from (the database went away); no I/O."""
        if self.embedded or self.client is None:
            return False
        return not self.client.topology_description.has_readable_server()

    def was_down_since(self, moment: float) -> bool:
        """Whether the database is, or was at some time since ``moment`` (``time.monotonic``), unreachable."""
        return self.seems_down() or (self.availability is not None and self.availability.lost_since(moment))

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()


def connect(settings: Settings) -> Store:
    """A store for these settings; connecting is lazy, so this never blocks."""
    availability = None
    if settings.embedded:
        client: Any = AsyncMockClient()
    else:
        pymongofix.apply()  # a request cancelled mid-wait must not wedge the client (Python 3.11)
        availability = Availability()
        client = AsyncMongoClient(
            settings.mongodb_uri,
            serverSelectionTimeoutMS=settings.timeout_ms,
            connectTimeoutMS=settings.timeout_ms,
            socketTimeoutMS=settings.timeout_ms * 5,
            maxPoolSize=50,
            appname="entente",
            event_listeners=[availability],
        )
    return Store(client=client, db=client[settings.database], embedded=settings.embedded, availability=availability)


async def ensure_indexes(db: Any) -> None:
    """Create every index the queries use; creating an existing index is a no-op."""
    for collection, specs in INDEXES.items():
        for keys in specs:
            await db[collection].create_index(keys)


async def schema_version(db: Any) -> int | None:
    """The version of the derived documents' shape this store holds (None: an empty store, or one written
    before versions were kept)."""
    doc = await db[d.META].find_one({"_id": d.SCHEMA})
    return doc["version"] if doc else None


async def set_schema_version(db: Any) -> None:
    await db[d.META].replace_one({"_id": d.SCHEMA}, {"_id": d.SCHEMA, "version": d.SCHEMA_VERSION}, upsert=True)


async def generation(db: Any) -> Any:
    """The store's generation token: it changes whenever what readers see may have (None: never written)."""
    doc = await db[d.META].find_one({"_id": d.GENERATION})
    return doc["token"] if doc else None


async def new_generation(db: Any) -> None:
    """Give the store a new generation token, after writes readers can see. Random, so that a store
    dropped and written again never brings an old token back."""
    await db[d.META].replace_one({"_id": d.GENERATION}, {"_id": d.GENERATION, "token": uuid.uuid4().hex}, upsert=True)


async def find_by_ids(collection: Any, ids: Iterable[Any], projection: dict[str, Any] | None = None) -> list[Any]:
    """The documents with these ids (those that exist, in no particular order), in one ``$in``."""
    ids = sorted(set(ids))
    if not ids:
        return []
    return await collection.find({"_id": {"$in": ids}}, projection).to_list(None)


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
