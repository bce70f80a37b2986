"""The embedded store's async adapter over mongomock, indexes, and operation counting."""

from __future__ import annotations

import time
from typing import Any

from pymongo import DeleteOne, InsertOne, ReplaceOne, UpdateOne

from entente.settings import Settings
from entente.store import INDEXES, CountingDatabase, connect, ensure_indexes, find_by_ids


async def test_bulk_write_upserts_work_despite_mongomocks_sort_keyword(db: Any) -> None:
    things = db["things"]
    result = await things.bulk_write(
        [
            ReplaceOne({"_id": 1}, {"_id": 1, "v": "a"}, upsert=True),
            ReplaceOne({"_id": 1}, {"_id": 1, "v": "b"}, upsert=True),
            UpdateOne({"_id": 2}, {"$set": {"v": "c"}}, upsert=True),
            InsertOne({"_id": 3, "v": "d"}),
            DeleteOne({"_id": 3}),
        ]
    )
    assert await things.find({}, sort=[("_id", 1)]).to_list(None) == [{"_id": 1, "v": "b"}, {"_id": 2, "v": "c"}]
    assert (result.upserted_count, result.modified_count, result.inserted_count, result.deleted_count) == (2, 1, 1, 1)


DOCUMENTS = [
    {"_id": f"d{i}", "tags": ["a", "b", "c", "d"][: i % 4 + 1], "n": i % 3, "inner": [{"k": f"k{i % 5}"}], "x": i}
    for i in range(40)
]
FILTERS = [
    {"tags": "c"},
    {"tags": {"$in": ["d", "zz"]}},
    {"tags": {"$all": ["b", "c"]}},
    {"n": 2, "tags": "b"},
    {"n": {"$in": [0, 2]}, "x": {"$gt": 20}},
    {"inner.k": "k3"},
    {"inner.k": {"$in": ["k1", "k4"]}, "n": {"$ne": 1}},
    {"$or": [{"tags": "d"}, {"n": 0}]},
    {"$or": [{"tags": "d"}, {"x": {"$lt": 3}}]},
    {"$and": [{"tags": "b"}, {"inner.k": "k2"}]},
    {"_id": {"$in": ["d3", "d7", "nope"]}, "tags": "b"},
    {"n": None},
    {"tags": ["a", "b"]},
]


async def test_queries_an_index_narrows_answer_as_a_scan_does(db: Any) -> None:
    """The embedded store narrows by its indexes (entente.store.mock); the answers are a full scan's, through
    writes that move documents between index entries."""
    indexed, plain = db["indexed"], db["plain"]
    for field in ("tags", "n", "inner.k"):
        await indexed.create_index([(field, 1)])
    for collection in (indexed, plain):
        await collection.insert_many([dict(doc) for doc in DOCUMENTS])
        await collection.update_many({"n": 1}, {"$set": {"tags": ["d"]}})
        await collection.replace_one({"_id": "d4"}, {"_id": "d4", "tags": ["zz"], "n": 2, "inner": [], "x": 4})
        await collection.delete_many({"inner.k": "k0"})
        await collection.bulk_write(
            [ReplaceOne({"_id": "d41"}, {"_id": "d41", "tags": ["c"], "n": 0, "x": 41}, upsert=True)]
        )
    for filter_ in FILTERS:
        expected = await plain.find(filter_, sort=[("_id", 1)]).to_list(None)
        assert await indexed.find(filter_, sort=[("_id", 1)]).to_list(None) == expected, filter_
        assert await indexed.count_documents(filter_) == len(expected), filter_
    assert await indexed.distinct("n", {"tags": "c"}) == await plain.distinct("n", {"tags": "c"})


async def test_documents_are_found_by_id_in_one_query(db: Any) -> None:
    counting = CountingDatabase(db)
    await db["things"].insert_many([{"_id": i} for i in range(100)])
    found = await find_by_ids(counting["things"], [5, 5, 7, 1000, *range(50, 90)])
    assert sorted(doc["_id"] for doc in found) == [5, 7, *range(50, 90)]
    assert dict(counting.counts) == {("things", "find"): 1}


async def test_cursors_sort_skip_limit_and_iterate(db: Any) -> None:
    things = db["things"]
    await things.insert_many([{"_id": i, "even": i % 2 == 0} for i in range(10)])
    cursor = things.find({"even": True}).sort("_id", -1).skip(1).limit(2)
    assert [doc["_id"] async for doc in cursor] == [6, 4]
    assert await things.find({}, {"_id": 1}, sort=[("_id", 1)], limit=3).to_list(None) == [
        {"_id": 0},
        {"_id": 1},
        {"_id": 2},
    ]


async def test_reading_many_documents_is_linear(db: Any) -> None:
    things = db["things"]
    await things.insert_many([{"_id": i} for i in range(20_000)])
    # Stock mongomock re-slices the result list per document: 20,000 reads would take minutes.
    assert len([doc async for doc in things.find({})]) == 20_000


async def test_indexes_are_created_once_whatever_the_number_of_runs(db: Any) -> None:
    await ensure_indexes(db)
    await ensure_indexes(db)
    for collection, specs in INDEXES.items():
        info = await db[collection].index_information()
        assert len(info) == len(specs) + 1  # and _id


async def test_counting_database_counts_operations_per_collection(db: Any) -> None:
    counting = CountingDatabase(db)
    await counting["a"].insert_one({"_id": 1})
    await counting["a"].find({}).to_list(None)
    await counting["b"].count_documents({})
    assert dict(counting.counts) == {("a", "insert_one"): 1, ("a", "find"): 1, ("b", "count_documents"): 1}


async def test_the_embedded_store_pings_and_reports_emptiness() -> None:
    store = connect(Settings(mongodb_uri=None))
    assert store.embedded
    assert await store.ping() >= 0
    assert await store.is_empty()
    await store.close()


def test_settings_come_from_the_environment_given() -> None:
    settings = Settings.from_env({"MONGODB_URI": "mongodb://127.0.0.1:27999", "ENTENTE_DB": "x", "ENTENTE_SEED": "0"})
    assert (settings.embedded, settings.database, settings.seed_on_start) == (False, "x", False)
    assert Settings.from_env({}).embedded


def test_availability_remembers_an_outage_a_request_lived_through() -> None:
    from types import SimpleNamespace

    from entente.store import Availability

    def change(before: bool, now: bool) -> Any:
        def described(readable: bool) -> Any:
            return SimpleNamespace(has_readable_server=lambda: readable)

        return SimpleNamespace(previous_description=described(before), new_description=described(now))

    seen = Availability()
    started = time.monotonic()
    seen.description_changed(change(False, True))  # first contact: not an outage
    assert not seen.lost_since(started)
    seen.description_changed(change(True, False))
    assert seen.lost_since(started)  # down now
    seen.description_changed(change(False, True))
    assert seen.lost_since(started)  # back, but it was down while the request ran: SERVICE_UNAVAILABLE
    assert not seen.lost_since(time.monotonic() + 1)  # a request begun after it came back


async def test_the_embedded_store_reads_only_the_documents_an_index_points_to(monkeypatch: Any) -> None:
    from entente.store import mock
    from entente.store.mock import AsyncMockClient

    things = AsyncMockClient()["narrowed"]["things"]
    await things.create_index([("tags", 1)])
    await things.insert_many([{"_id": i, "tags": ["rare"] if i % 100 == 0 else ["common"]} for i in range(1000)])
    applied = []
    real = mock.filter_applies
    monkeypatch.setattr(mock, "filter_applies", lambda *args: applied.append(1) or real(*args))
    assert len(await things.find({"tags": "rare"}).to_list(None)) == 10  # the index says it all: no filtering
    assert len(await things.find({"tags": "rare", "_id": {"$gte": 500}}).to_list(None)) == 5  # 10 filtered
    assert len(await things.find({"_id": {"$in": [1, 2, 3]}}).to_list(None)) == 3  # 3 filtered
    assert len(applied) == 13
