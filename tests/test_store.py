"""The embedded store's async adapter over mongomock, indexes, and operation counting."""

from __future__ import annotations

import time
from typing import Any

from pymongo import DeleteOne, InsertOne, ReplaceOne, UpdateOne

from entente.settings import Settings
from entente.store import INDEXES, CountingDatabase, connect, ensure_indexes, write_whole


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


async def test_writing_whole_inserts_the_new_and_leaves_those_found_present(db: Any) -> None:
    things = db["things"]
    await things.insert_many([{"_id": 1, "v": "theirs"}, {"_id": 2, "v": "old"}])
    taken = await write_whole(things, [{"_id": 1, "v": "mine"}, {"_id": 3, "v": "new"}], [{"_id": 2, "v": "changed"}])
    assert taken == [1]
    assert await things.find({}, sort=[("_id", 1)]).to_list(None) == [
        {"_id": 1, "v": "theirs"},
        {"_id": 2, "v": "changed"},
        {"_id": 3, "v": "new"},
    ]


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
