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

from pymongo import AsyncMongoClient, InsertOne, ReplaceOne
from pymongo.errors import BulkWriteError
from pymongo.monitoring import TopologyListener

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

    async def lacks_search_entries(self) -> bool:
        """Whether the articles outnumber their search entries (a store written before there were any)."""
        return await self.db[d.SEARCH].estimated_document_count() < await self.db[d.ARTICLES].estimated_document_count()

    async def has_unlisted_relations(self) -> bool:
        """Whether a relation embeds its events and figures whole, quotes and all (written by an older
        version, before seed.build.listed)."""
        return await self.db[d.RELATIONS].find_one({"articles": {"$exists": True}}, {"_id": 1}) is not None

    async def lacks_reports(self) -> bool:
        """Whether an event or figure keeps no reports (written by an older version, before seed.reports)."""
        return await self._an_item({"reports": {"$exists": False}})

    async def keeps_quotes(self) -> bool:
        """Whether an event or figure keeps its quotes in its document (written by an older version, before
        they had a collection of their own)."""
        return await self._an_item({"sources": {"$exists": True}})

    async def _an_item(self, query: dict[str, Any]) -> bool:
        """Whether an event or figure matches ``query``."""
        for name in (d.EVENTS, d.FIGURES):
            if await self.db[name].find_one(query, {"_id": 1}) is not None:
                return True
        return False

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


# Up to this many ids are read one lookup each, concurrently; more with one $in.
ONE_BY_ONE = 32


async def find_by_ids(collection: Any, ids: Iterable[Any], projection: dict[str, Any] | None = None) -> list[Any]:
    """The documents with these ids (those that exist, in no particular order).

    A few ids are looked up one by one, concurrently: FerretDB finds a document by ``_id``
    from its key, but answers ``{"_id": {"$in": ...}}`` by reading the whole collection
    (37 ms for the 249 countries, against 3-6 ms for one lookup)."""
    ids = sorted(set(ids))
    if not ids:
        return []
    if len(ids) > ONE_BY_ONE:
        return await collection.find({"_id": {"$in": ids}}, projection).to_list(None)
    found = await asyncio.gather(*(collection.find_one({"_id": i}, projection) for i in ids), return_exceptions=True)
    for result in found:
        if isinstance(result, BaseException):
            raise result
    return [doc for doc in found if doc is not None]


DUPLICATE_KEY = 11000


async def write_whole(collection: Any, new: list[dict[str, Any]], changed: list[dict[str, Any]]) -> list[Any]:
    """Write documents whole in one unordered batch: the ``new`` ones, believed absent, inserted, and the
    ``changed`` ones replaced (or inserted). Returns the ids of new ones found present after all (written
    meanwhile by another process), which are left as they are.

    An insert, not an upsert, because FerretDB answers an upsert of an absent id by reading the whole
    collection: 12 new articles take it 300-500 ms that way, and 12 ms inserted."""
    requests = [InsertOne(doc) for doc in new] + [ReplaceOne({"_id": doc["_id"]}, doc, upsert=True) for doc in changed]
    if not requests:
        return []
    try:
        await collection.bulk_write(requests, ordered=False)
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors", [])
        taken = [e["index"] for e in errors if e.get("code") == DUPLICATE_KEY and e["index"] < len(new)]
        if len(taken) < len(errors) or exc.details.get("writeConcernErrors"):
            raise
        return [new[index]["_id"] for index in taken]
    return []


# The generation document logs its last changes, each with the ids it wrote, so that a reader's
# cache drops only those (resolvers.cache). A reader further behind, or one a change that did not
# say what it wrote stands in the way of, empties its cache instead.
GENERATION_LOG = 16
# A change writing more ids than this is logged as one that may have written anything: the log
# is read whole by every process whose cache it moves on, and must stay small.
LOGGED_IDS = 500


class Written:
    """What a write changes: the ids it writes or deletes, by collection, or (``ids`` None) anything."""

    def __init__(self) -> None:
        self.ids: dict[str, set[str]] | None = {}

    def add(self, collection: str, ids: Iterable[str]) -> None:
        if self.ids is not None:
            self.ids.setdefault(collection, set()).update(ids)

    def anything(self) -> None:
        self.ids = None


async def generation(db: Any) -> str | None:
    """The store's current generation token; it changes whenever its documents may have."""
    doc = await db[d.META].find_one({"_id": d.GENERATION})
    return doc["token"] if doc else None


async def changed_since(db: Any, token: Any, current: Any) -> dict[str, set[str]] | None:
    """The ids written between two generation tokens by collection, or None when the log does not say (it
    does not lead from ``token`` to ``current``, or a change between may have written anything)."""
    doc = await db[d.META].find_one({"_id": d.CHANGES})
    following: dict[Any, Any] = {}
    for change in doc["log"] if doc else []:
        if change["from"] in following:  # two changes from one token: only one of them took place
            return None
        following[change["from"]] = change
    ids: dict[str, set[str]] = {}
    while token != current:
        change = following.pop(token, None)
        if change is None or change["ids"] is None:
            return None
        for collection, written in change["ids"].items():
            ids.setdefault(collection, set()).update(written)
        token = change["to"]
    return ids


async def _new_generation(db: Any, written: dict[str, set[str]] | None) -> None:
    """A new token, logged with what was ``written`` since the last (None: anything).

    The change is logged first, then the token replaced if it is still the one read here, so that a
    reader who sees the new token finds its change in the log. When another process changed the token
    in between, the token is replaced anyway and the log restarts empty, so that no reader takes one
    of the two changes for both."""
    meta = db[d.META]
    token = uuid.uuid4().hex
    old = await meta.find_one({"_id": d.GENERATION})
    if old is not None:
        if written is not None and sum(len(ids) for ids in written.values()) > LOGGED_IDS:
            written = None
        ids = None if written is None else {name: sorted(values) for name, values in sorted(written.items())}
        changes = await meta.find_one({"_id": d.CHANGES})
        log = [*(changes["log"] if changes else []), {"from": old["token"], "to": token, "ids": ids}]
        await meta.replace_one({"_id": d.CHANGES}, {"_id": d.CHANGES, "log": log[-GENERATION_LOG:]}, upsert=True)
        replacement = {"_id": d.GENERATION, "token": token}
        swapped = await meta.replace_one({"_id": d.GENERATION, "token": old["token"]}, replacement)
        if swapped.matched_count:
            return
    await meta.replace_one({"_id": d.GENERATION}, {"_id": d.GENERATION, "token": token}, upsert=True)
    await meta.replace_one({"_id": d.CHANGES}, {"_id": d.CHANGES, "log": []}, upsert=True)


@asynccontextmanager
async def changing(db: Any, written: Written | None = None) -> AsyncIterator[None]:
    """Wrap every write: the generation changes before the first write and after the last.

    A reader that checked the generation before the writes began may cache what it read
    during them, but only under the old token; the change after the last write retires it:
    all of it, or with ``written`` filled in by the writes, the documents they wrote. A write
    that fails part way is taken to have written anything.
    Random tokens rather than a counter: dropping the database cannot bring an old value back.
    """
    await _new_generation(db, {})
    try:
        yield
    except BaseException:
        await _new_generation(db, None)
        raise
    await _new_generation(db, None if written is None else written.ids)


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
