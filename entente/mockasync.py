"""A thin async adapter over mongomock with the subset of pymongo's async API Entente uses.

mongomock is synchronous and in-process, so each call runs inline. Two of its traps on
current pymongo are handled here:

- ``bulk_write`` with ``ReplaceOne``/``UpdateOne`` raises ``TypeError`` (keyword ``sort``)
  on pymongo 4.10 and later, so bulk requests are applied one by one instead;
- its cursor re-slices the whole result list on every ``next()``, which makes reading
  n documents cost O(n^2), so cursors here take the result list once and iterate it.

It also scans the whole collection for every query; a filter on ``_id`` alone (a value, or
``{"$in": [...]}``) looks the documents up by key here instead, as an index would. Such a
lookup yields them in the order of the ids asked for, which MongoDB does not promise either.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import mongomock
from pymongo import DeleteMany, DeleteOne, InsertOne, ReplaceOne, UpdateMany, UpdateOne
from pymongo.errors import BulkWriteError, DuplicateKeyError
from pymongo.results import BulkWriteResult


class AsyncMockCursor:
    def __init__(self, cursor: Any):
        self._cursor = cursor
        self._iterator: Iterator[dict[str, Any]] | None = None

    def sort(self, key_or_list: Any, direction: int | None = None) -> AsyncMockCursor:
        self._cursor.sort(key_or_list, direction)
        return self

    def skip(self, count: int) -> AsyncMockCursor:
        self._cursor.skip(count)
        return self

    def limit(self, count: int) -> AsyncMockCursor:
        self._cursor.limit(count)
        return self

    def batch_size(self, size: int) -> AsyncMockCursor:
        """Accepted and ignored: mongomock computes every result at once."""
        return self

    def _results(self) -> list[dict[str, Any]]:
        # One computation and one slice, instead of one slice per next().
        return list(self._cursor._compute_results(with_limit_and_skip=True))

    async def to_list(self, length: int | None = None) -> list[dict[str, Any]]:
        results = self._results() if self._iterator is None else list(self._iterator)
        return results if length is None else results[:length]

    def __aiter__(self) -> AsyncMockCursor:
        return self

    async def __anext__(self) -> dict[str, Any]:
        if self._iterator is None:
            self._iterator = iter(self._results())
        try:
            return next(self._iterator)
        except StopIteration:
            raise StopAsyncIteration from None


class AsyncMockCommandCursor(AsyncMockCursor):
    """aggregate() results: already a list, so nothing to compute."""

    def _results(self) -> list[dict[str, Any]]:
        return list(self._cursor)


def _ids_sought(filter: Any) -> list[Any] | None:
    """The ids a filter on ``_id`` alone asks for, or None for any other filter."""
    if not isinstance(filter, dict) or len(filter) != 1 or "_id" not in filter:
        return None
    sought = filter["_id"]
    if isinstance(sought, dict):
        if len(sought) != 1 or not isinstance(sought.get("$in"), list | tuple):
            return None
        sought = sought["$in"]
        return list(dict.fromkeys(sought)) if all(isinstance(v, str | int) for v in sought) else None
    return [sought] if isinstance(sought, str | int) else None


def _by_id(collection: mongomock.Collection) -> mongomock.Collection:
    """The collection with its document iteration looking up ``_id`` filters by key."""
    if getattr(collection, "_entente_by_id", False):
        return collection
    scan = collection._iter_documents

    def iter_documents(filter: Any) -> Iterator[dict[str, Any]]:
        ids = _ids_sought(filter)
        if ids is None:
            return scan(filter)
        store = collection._store
        return iter([store[i] for i in ids if i in store])

    collection._iter_documents = iter_documents
    collection._entente_by_id = True
    return collection


class AsyncMockCollection:
    def __init__(self, collection: mongomock.Collection):
        self._c = _by_id(collection)
        self.name = collection.name

    def find(
        self, filter: Any = None, projection: Any = None, *, sort: Any = None, skip: int = 0, limit: int = 0
    ) -> AsyncMockCursor:
        cursor = AsyncMockCursor(self._c.find(filter or {}, projection, skip=skip, limit=limit))
        return cursor.sort(sort) if sort else cursor

    async def find_one(self, filter: Any = None, projection: Any = None, **kwargs: Any) -> dict[str, Any] | None:
        return self._c.find_one(filter or {}, projection, **kwargs)

    async def count_documents(self, filter: Any, **kwargs: Any) -> int:
        return self._c.count_documents(filter, **kwargs)

    async def estimated_document_count(self) -> int:
        return self._c.estimated_document_count()

    async def distinct(self, key: str, filter: Any = None) -> list[Any]:
        return self._c.distinct(key, filter)

    def aggregate(self, pipeline: list[dict[str, Any]]) -> AsyncMockCommandCursor:
        return AsyncMockCommandCursor(self._c.aggregate(pipeline))

    async def insert_one(self, document: dict[str, Any]) -> Any:
        return self._c.insert_one(document)

    async def insert_many(self, documents: list[dict[str, Any]], ordered: bool = True) -> Any:
        return self._c.insert_many(documents, ordered=ordered)

    async def replace_one(self, filter: Any, replacement: dict[str, Any], upsert: bool = False) -> Any:
        return self._c.replace_one(filter, replacement, upsert=upsert)

    async def update_one(self, filter: Any, update: Any, upsert: bool = False) -> Any:
        return self._c.update_one(filter, update, upsert=upsert)

    async def update_many(self, filter: Any, update: Any, upsert: bool = False) -> Any:
        return self._c.update_many(filter, update, upsert=upsert)

    async def delete_one(self, filter: Any) -> Any:
        return self._c.delete_one(filter)

    async def delete_many(self, filter: Any) -> Any:
        return self._c.delete_many(filter)

    async def bulk_write(self, requests: list[Any], ordered: bool = True) -> BulkWriteResult:
        counts: dict[str, Any] = {"nInserted": 0, "nMatched": 0, "nModified": 0, "nRemoved": 0, "nUpserted": 0}
        counts.update(upserted=[], writeErrors=[], writeConcernErrors=[])
        for index, request in enumerate(requests):
            if isinstance(request, InsertOne):
                try:
                    self._c.insert_one(request._doc)
                except DuplicateKeyError as exc:
                    # As a server reports it: the others go on unless ordered, then the batch fails.
                    counts["writeErrors"].append({"index": index, "code": exc.code, "errmsg": str(exc)})
                    if ordered:
                        break
                    continue
                counts["nInserted"] += 1
                continue
            if isinstance(request, DeleteOne | DeleteMany):
                delete = self._c.delete_one if isinstance(request, DeleteOne) else self._c.delete_many
                counts["nRemoved"] += delete(request._filter).deleted_count
                continue
            if isinstance(request, ReplaceOne):
                result = self._c.replace_one(request._filter, request._doc, upsert=bool(request._upsert))
            elif isinstance(request, UpdateOne | UpdateMany):
                update = self._c.update_one if isinstance(request, UpdateOne) else self._c.update_many
                result = update(request._filter, request._doc, upsert=bool(request._upsert))
            else:
                raise TypeError(f"unsupported bulk request {type(request).__name__}")
            counts["nMatched"] += result.matched_count
            counts["nModified"] += result.modified_count
            if result.upserted_id is not None:
                counts["nUpserted"] += 1
        if counts["writeErrors"]:
            raise BulkWriteError(counts)
        return BulkWriteResult(counts, True)

    async def create_index(self, keys: Any, **kwargs: Any) -> str:
        return self._c.create_index(keys, **kwargs)

    async def index_information(self) -> dict[str, Any]:
        return self._c.index_information()

    async def drop(self) -> None:
        self._c.drop()


class AsyncMockDatabase:
    def __init__(self, db: mongomock.Database):
        self._db = db
        self.name = db.name

    def __getitem__(self, name: str) -> AsyncMockCollection:
        return AsyncMockCollection(self._db[name])

    def get_collection(self, name: str) -> AsyncMockCollection:
        return self[name]

    async def command(self, command: str | dict[str, Any]) -> dict[str, Any]:
        name = command if isinstance(command, str) else next(iter(command))
        if name == "ping":
            return {"ok": 1.0}
        return self._db.command(command)

    async def list_collection_names(self) -> list[str]:
        return self._db.list_collection_names()

    async def drop_collection(self, name: str) -> None:
        self._db.drop_collection(name)


class AsyncMockClient:
    def __init__(self) -> None:
        self._client = mongomock.MongoClient()

    def __getitem__(self, name: str) -> AsyncMockDatabase:
        return AsyncMockDatabase(self._client[name])

    def get_database(self, name: str) -> AsyncMockDatabase:
        return self[name]

    async def close(self) -> None:
        self._client.close()
