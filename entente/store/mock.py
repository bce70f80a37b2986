"""A thin async adapter over mongomock with the subset of pymongo's async API Entente uses.

mongomock is synchronous and in-process, so each call runs inline. Two of its traps on
current pymongo are handled here:

- ``bulk_write`` with ``ReplaceOne``/``UpdateOne`` raises ``TypeError`` (keyword ``sort``)
  on pymongo 4.10 and later, so bulk requests are applied one by one instead;
- its cursor re-slices the whole result list on every ``next()``, which makes reading
  n documents cost O(n^2), so cursors here take the result list once and iterate it.

It also scans the whole collection for every query and every write, and an ``$in`` once per
value. Here a query, update or delete whose filter asks for ``_id`` values, or for values of a
field some index begins with, reads only the documents holding them (``_Keys``), as a server's
index would, and the filter is then applied as before. Without a sort, documents come in no
particular order, as MongoDB promises none either.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Any

import mongomock
from mongomock import filtering
from mongomock.aggregate import process_pipeline
from mongomock.filtering import filter_applies
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


Keys = dict[str, dict[Hashable, dict[Any, None]]]


class _Keys:
    """The secondary indexes of one collection: for the first field of each index created, the ids of the
    documents by each value the field holds (each element of an array, as MongoDB's multikey indexes).

    Kept up to date by the writes of ``AsyncMockCollection``, the only writer, which reindexes the ids each
    write touches; a query narrowing on ``_id`` or on an indexed field reads only those documents, and the
    filter is still applied to them, so the answer is the scan's."""

    def __init__(self) -> None:
        self.by_value: Keys = {}
        self._of_id: dict[Any, list[tuple[str, Hashable]]] = {}

    def add_field(self, field: str, store: Any) -> None:
        if field == "_id" or field in self.by_value:
            return
        self.by_value[field] = {}
        self.reindex(list(store._documents), store)

    def reindex(self, ids: Iterable[Any], store: Any) -> None:
        documents = store._documents  # the store's own dict: its accessors take a lock and expire documents
        for i in ids:
            for field, value in self._of_id.pop(i, ()):
                self.by_value[field].get(value, {}).pop(i, None)
            if i not in documents:
                continue
            entries = [(field, value) for field in self.by_value for value in _values(documents[i], field)]
            for field, value in entries:
                self.by_value[field].setdefault(value, {})[i] = None
            self._of_id[i] = entries

    def clear(self) -> None:
        self.by_value = {field: {} for field in self.by_value}
        self._of_id = {}

    def exact(self, filter: Any) -> bool:
        """Whether the candidates of this filter are its matches: one condition, on ``_id`` or an indexed field,
        asking for strings (mongomock's ``$in`` compares each document with every value asked for: checking
        ten thousand ids asked for again was a scan of them per document)."""
        if not isinstance(filter, dict) or len(filter) != 1:
            return False
        ((key, condition),) = filter.items()
        if key != "_id" and key not in self.by_value:
            return False
        sought = _sought(condition)
        return sought is not None and all(type(v) is str for v in sought) and not _is_all(condition)

    def candidates(self, filter: Any, store: Any) -> list[Any] | None:
        """The ids of the documents that may match, or None when no index narrows the filter."""
        if not isinstance(filter, dict):
            return None
        best: list[Any] | None = None
        for key, condition in filter.items():
            if key == "$and" and isinstance(condition, list):
                found = [c for c in (self.candidates(part, store) for part in condition) if c is not None]
                ids = min(found, key=len) if found else None
            elif key == "$or" and isinstance(condition, list) and condition:
                branches = [self.candidates(part, store) for part in condition]
                ids = None if any(b is None for b in branches) else list(dict.fromkeys(i for b in branches for i in b))
            elif key == "_id":
                sought = _sought(condition)
                ids = None if sought is None else [i for i in dict.fromkeys(sought) if i in store._documents]
            elif key in self.by_value:
                sought = _sought(condition)
                index = self.by_value[key]
                ids = None if sought is None else list(dict.fromkeys(i for v in sought for i in index.get(v, ())))
            else:
                ids = None
            if ids is not None and (best is None or len(ids) < len(best)):
                best = ids
        return best


def _sought(condition: Any) -> list[Hashable] | None:
    """The values an equality, ``$eq``, ``$in`` or ``$all`` condition asks for (a document must hold one of
    them), or None for a condition no index narrows: other operators, and null, which matches a missing field."""
    if isinstance(condition, dict):
        if len(condition) != 1:
            return None
        ((operator, operand),) = condition.items()
        if operator == "$eq":
            values = [operand]
        elif operator == "$in" and isinstance(operand, list | tuple):
            values = list(operand)
        elif operator == "$all" and isinstance(operand, list | tuple) and operand:
            values = [operand[0]]  # every match holds the first; the filter checks the rest
        else:
            return None
    else:
        values = [condition]
    if not all(isinstance(v, str | int | float | bool) for v in values):
        return None
    return values


def _is_all(condition: Any) -> bool:
    return isinstance(condition, dict) and "$all" in condition


def _values(document: Any, path: str) -> list[Hashable]:
    """The scalar values at a dotted path of a document, through arrays at any level."""
    found: list[Hashable] = []
    level = [document]
    for part in path.split("."):
        nested = []
        for value in level:
            if isinstance(value, dict) and part in value:
                nested.append(value[part])
        level = [item for value in nested for item in (value if isinstance(value, list) else [value])]
    for value in level:
        if isinstance(value, str | int | float | bool):
            found.append(value)
    return found


def _keys(collection: mongomock.Collection) -> _Keys:
    """The collection's secondary indexes, kept with its store (mongomock makes a new collection object per
    lookup by name), with its document iteration narrowed by them."""
    store = collection._store
    keys = getattr(store, "_entente_keys", None)
    if keys is None:
        keys = store._entente_keys = _Keys()
    if not getattr(collection, "_entente_indexed", False):
        scan = collection._iter_documents

        def iter_documents(filter: Any) -> Iterator[dict[str, Any]]:
            store = collection._store
            ids = keys.candidates(filter, store)
            if ids is None:
                return scan(filter)
            documents = store._documents
            if keys.exact(filter):
                return iter([documents[i] for i in ids])
            return (doc for doc in [documents[i] for i in ids] if filter_applies(filter, doc))

        def get_dataset(spec: Any, sort: Any, fields: Any, as_class: Any) -> Iterator[dict[str, Any]]:
            dataset = list(collection._iter_documents(spec))
            if sort:
                ordered = _sorted_by_strings(dataset, sort)
                dataset = ordered if ordered is not None else list(mongomock_dataset(dataset, sort))
            for document in dataset:
                yield _copied(document) if not fields else collection._copy_only_fields(document, fields, as_class)

        def mongomock_dataset(dataset: list[dict[str, Any]], sort: Any) -> Iterator[dict[str, Any]]:
            """mongomock's own sort, for what the fast one does not cover (dotted keys, mixed types)."""
            ordered: Iterable[dict[str, Any]] = dataset
            for key, direction in reversed(list(sort.items() if isinstance(sort, dict) else sort)):
                ordered = sorted(ordered, key=lambda x, k=key: filtering.resolve_sort_key(k, x), reverse=direction < 0)
            return iter(ordered)

        collection._iter_documents = iter_documents
        collection._get_dataset = get_dataset
        collection._entente_indexed = True
    return keys


def _sorted_by_strings(documents: list[dict[str, Any]], sort: Any) -> list[dict[str, Any]] | None:
    """The documents sorted by top-level fields that hold a string in every one of them (every sort Entente
    asks for), comparing plain strings rather than mongomock's BSON wrappers; None for any other sort."""
    keys = list(sort.items() if isinstance(sort, dict) else sort)
    if any("." in key or key.startswith("$") for key, _ in keys):
        return None
    if not all(type(doc.get(key)) is str for doc in documents for key, _ in keys):
        return None
    ordered = list(documents)
    for key, direction in reversed(keys):
        ordered.sort(key=lambda doc, k=key: doc[k], reverse=direction < 0)
    return ordered


def _copied(value: Any) -> Any:
    """A copy of a stored document for the caller to keep or change: its dicts and lists copied, the rest
    (strings, numbers, dates, ids) immutable and shared. mongomock's own copy checks every value's type
    against a dozen kinds and took most of a large read."""
    if isinstance(value, dict):  # mongomock keeps some documents as OrderedDicts: a plain dict, as pymongo gives
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copied(item) for item in value]
    return value


class AsyncMockCollection:
    def __init__(self, collection: mongomock.Collection):
        self._c = collection
        self._keys = _keys(collection)
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

    async def aggregate(self, pipeline: list[dict[str, Any]]) -> AsyncMockCommandCursor:
        """mongomock copies the whole collection before the first stage: a leading ``$match`` is a find here,
        which the indexes narrow."""
        if pipeline and "$match" in pipeline[0]:
            documents = list(self._c.find(pipeline[0]["$match"]))
            return AsyncMockCommandCursor(process_pipeline(documents, self._c.database, pipeline[1:], None))
        return AsyncMockCommandCursor(self._c.aggregate(pipeline))

    def _touching(self, filter: Any, many: bool) -> list[Any]:
        ids = [doc["_id"] for doc in self._c._iter_documents(filter or {})]
        return ids if many else ids[:1]

    def _reindexed(self, ids: Iterable[Any], result: Any = None) -> Any:
        upserted = getattr(result, "upserted_id", None)
        self._keys.reindex([*ids, *([upserted] if upserted is not None else [])], self._c._store)
        return result

    def _insert_one(self, document: dict[str, Any]) -> Any:
        result = self._c.insert_one(document)
        self._reindexed([result.inserted_id])
        return result

    def _replace_one(self, filter: Any, replacement: dict[str, Any], upsert: bool) -> Any:
        ids = self._touching(filter, many=False)
        return self._reindexed(ids, self._c.replace_one(filter, replacement, upsert=upsert))

    def _update(self, filter: Any, update: Any, upsert: bool, many: bool) -> Any:
        ids = self._touching(filter, many)
        method = self._c.update_many if many else self._c.update_one
        return self._reindexed(ids, method(filter, update, upsert=upsert))

    def _delete(self, filter: Any, many: bool) -> Any:
        ids = self._touching(filter, many)
        method = self._c.delete_many if many else self._c.delete_one
        return self._reindexed(ids, method(filter))

    async def insert_one(self, document: dict[str, Any]) -> Any:
        return self._insert_one(document)

    async def insert_many(self, documents: list[dict[str, Any]], ordered: bool = True) -> Any:
        try:
            return self._c.insert_many(documents, ordered=ordered)
        finally:
            self._reindexed(doc["_id"] for doc in documents if "_id" in doc)

    async def replace_one(self, filter: Any, replacement: dict[str, Any], upsert: bool = False) -> Any:
        return self._replace_one(filter, replacement, upsert)

    async def update_one(self, filter: Any, update: Any, upsert: bool = False) -> Any:
        return self._update(filter, update, upsert, many=False)

    async def update_many(self, filter: Any, update: Any, upsert: bool = False) -> Any:
        return self._update(filter, update, upsert, many=True)

    async def delete_one(self, filter: Any) -> Any:
        return self._delete(filter, many=False)

    async def delete_many(self, filter: Any) -> Any:
        return self._delete(filter, many=True)

    async def bulk_write(self, requests: list[Any], ordered: bool = True) -> BulkWriteResult:
        counts: dict[str, Any] = {"nInserted": 0, "nMatched": 0, "nModified": 0, "nRemoved": 0, "nUpserted": 0}
        counts.update(upserted=[], writeErrors=[], writeConcernErrors=[])
        for index, request in enumerate(requests):
            if isinstance(request, InsertOne):
                try:
                    self._insert_one(request._doc)
                except DuplicateKeyError as exc:
                    # As a server reports it: the others go on unless ordered, then the batch fails.
                    counts["writeErrors"].append({"index": index, "code": exc.code, "errmsg": str(exc)})
                    if ordered:
                        break
                    continue
                counts["nInserted"] += 1
                continue
            if isinstance(request, DeleteOne | DeleteMany):
                counts["nRemoved"] += self._delete(request._filter, isinstance(request, DeleteMany)).deleted_count
                continue
            if isinstance(request, ReplaceOne):
                result = self._replace_one(request._filter, request._doc, bool(request._upsert))
            elif isinstance(request, UpdateOne | UpdateMany):
                result = self._update(
                    request._filter, request._doc, bool(request._upsert), isinstance(request, UpdateMany)
                )
            else:
                raise TypeError(f"unsupported bulk request {type(request).__name__}")
            counts["nMatched"] += result.matched_count
            counts["nModified"] += result.modified_count
            if result.upserted_id is not None:
                counts["nUpserted"] += 1
                counts["upserted"].append({"index": index, "_id": result.upserted_id})
        if counts["writeErrors"]:
            raise BulkWriteError(counts)
        return BulkWriteResult(counts, True)

    async def create_index(self, keys: Any, **kwargs: Any) -> str:
        name = self._c.create_index(keys, **kwargs)
        self._keys.add_field(keys[0][0] if isinstance(keys, list) else keys, self._c._store)
        return name

    async def index_information(self) -> dict[str, Any]:
        return self._c.index_information()

    async def drop(self) -> None:
        self._c.drop()
        self._keys.clear()


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
        await self[name].drop()


class AsyncMockClient:
    def __init__(self) -> None:
        self._client = mongomock.MongoClient()

    def __getitem__(self, name: str) -> AsyncMockDatabase:
        return AsyncMockDatabase(self._client[name])

    def get_database(self, name: str) -> AsyncMockDatabase:
        return self[name]

    async def close(self) -> None:
        self._client.close()
