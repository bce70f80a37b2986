"""The document cache: answers repeated reads from memory, and never outlives a write."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from entente import documents as d
from entente.mockasync import AsyncMockClient
from entente.store import GENERATION_LOG, CountingDatabase, Written, changing
from resolvers.cache import CachedReads, DocumentCache, SharedRead
from resolvers.loaders import Context
from resolvers.search import SearchIndex, Snapshot
from schema import schema
from seed.build import UNLISTED
from seed.ingest import ingest
from seed.load import seed
from seed.writer import RECENT_ENTRIES, Writer, writer

CARD = """
{ country(code: "KAZ") { name relations(first: 3) { edges { node { id countries { code name } } } } } }
"""
KENYA = '{ relation(a: "KAZ", b: "KEN") { events(first: 50) { totalCount } } }'
MALI_TEXT = (
    "ASTANA, 3 March 2026. President of Kazakhstan Kassym-Jomart Tokayev met President of Mali "
    "Assimi Goita in Astana on 2 March 2026. The two leaders signed an agreement on mining cooperation."
)


async def _run(db: Any, cache: DocumentCache | None, query: str) -> dict[str, Any]:
    result = await schema.execute(query, context_value=Context.for_request(db, cache=cache))
    assert result.errors is None, result.errors
    return result.data


async def test_a_repeated_query_reads_only_the_generation(seeded: Any) -> None:
    cache = DocumentCache()
    first_counts = CountingDatabase(seeded)
    first = await _run(first_counts, cache, CARD)
    again = CountingDatabase(seeded)
    assert await _run(again, cache, CARD) == first
    assert first_counts.counts[("countries", "find_one")] == 4  # Kazakhstan, then its three partners
    assert dict(again.counts) == {("meta", "find_one"): 1}


async def test_an_ingest_retires_what_was_cached(seeded: Any) -> None:
    cache = DocumentCache()
    before = await _run(seeded, cache, '{ relation(a: "KAZ", b: "MLI") { id } }')
    assert before == {"relation": None}
    await ingest(seeded, MALI_TEXT)
    after = await _run(seeded, cache, '{ relation(a: "KAZ", b: "MLI") { id } }')
    assert after == {"relation": {"id": "Relation:KAZ-MLI"}}


async def test_a_write_by_another_process_is_seen(seeded: Any) -> None:
    """Another process (``entente seed``) writes to the same database: the token tells."""
    cache = DocumentCache()
    count = (await _run(seeded, cache, KENYA))["relation"]["events"]["totalCount"]
    await seed(seeded, drop=True)  # same content, new generation: the cache is emptied, the answer unchanged
    assert len(cache) > 0
    assert (await _run(seeded, cache, KENYA))["relation"]["events"]["totalCount"] == count
    async with changing(seeded):
        await seeded["relations"].delete_one({"_id": "KAZ-KEN"})
    assert await _run(seeded, cache, KENYA) == {"relation": None}


@pytest.mark.parametrize("says_what", [False, True], ids=["anything", "logged ids"])
async def test_reads_during_a_write_are_not_kept_after_it(seeded: Any, says_what: bool) -> None:
    cache = DocumentCache()
    await _run(seeded, cache, CARD)
    relation = await seeded["relations"].find_one({"_id": "KAZ-KEN"})
    written = Written() if says_what else None
    async with changing(seeded, written):
        await seeded["relations"].delete_one({"_id": "KAZ-KEN"})
        if written is not None:
            written.add("relations", ["KAZ-KEN"])
        assert await _run(seeded, cache, KENYA) == {"relation": None}  # read mid-write, cached under that token
        await seeded["relations"].insert_one(relation)  # the writer puts it back before it finishes
    assert (await _run(seeded, cache, KENYA))["relation"] is not None


async def test_a_write_drops_only_the_loads_it_made_stale(seeded: Any) -> None:
    cache = DocumentCache()
    await _run(seeded, cache, CARD)
    kenya = await _run(seeded, cache, KENYA)
    await ingest(seeded, MALI_TEXT)  # a new relation KAZ-MLI: Kazakhstan and its relations change, KAZ-KEN does not
    counts = CountingDatabase(seeded)
    assert await _run(counts, cache, KENYA) == kenya
    # The request's token, the token again as the cache moves (never back), then the log of what changed.
    assert dict(counts.counts) == {("meta", "find_one"): 3}
    counts = CountingDatabase(seeded)
    after = await _run(counts, cache, CARD)
    assert after == await _run(seeded, DocumentCache(), CARD)
    assert counts.counts[("countries", "find_one")] == 1  # Kazakhstan again; its partners' countries stayed
    assert counts.counts[("relations", "find_one")] == 0  # the first three relations stayed; KAZ-MLI is not among them


MALI_AGAIN = (
    "BAMAKO, 5 March 2026. President of Mali Assimi Goita met President of Kazakhstan Kassym-Jomart Tokayev "
    "in Astana on 2 March 2026, the presidency of Mali said."
)


def _quoted(article: str) -> str:
    return (
        f'{{ article(id: "Article:{article}") {{ events {{ id sources {{ article {{ id }} }} '
        "figures { id sources { quote } } } figures { id sources { quote } } } }"
    )


async def test_events_and_figures_are_kept_without_their_quotes_which_a_new_report_renews(seeded: Any) -> None:
    """What grows with every report of an event or figure (its quotes, their articles, the merge's reports)
    is left out of the event or figure kept, and its quotes are kept apart: a new report renews them."""
    cache = DocumentCache()
    mali = (await ingest(seeded, MALI_TEXT)).document["_id"]
    kenya = await seeded[d.ARTICLES].find_one({"events.figures.0": {"$exists": True}})
    assert await _run(seeded, cache, _quoted(kenya["_id"])) == await _run(seeded, None, _quoted(kenya["_id"]))
    for event in kenya["events"]:
        kept = cache.get(d.EVENTS, event["_id"])
        assert not set(UNLISTED) & {*kept, *(key for figure in kept["figures"] for key in figure)}
        assert cache.get(f"{d.EVENTS}.sources", event["_id"]).keys() == {"_id", "sources"}
    assert all(cache.get(d.FIGURES, f["_id"]).keys().isdisjoint(UNLISTED) for f in kenya["figures"])

    def quoted_in(data: dict[str, Any]) -> list[set[str]]:
        return [{s["article"]["id"] for s in e["sources"]} for e in data["article"]["events"]]

    assert quoted_in(await _run(seeded, cache, _quoted(mali))) == [{f"Article:{mali}"}] * 2  # a meeting, an agreement
    again = (await ingest(seeded, MALI_AGAIN)).document["_id"]
    after = await _run(seeded, cache, _quoted(mali))
    assert quoted_in(after) == [{f"Article:{mali}", f"Article:{again}"}, {f"Article:{mali}"}]
    assert after == await _run(seeded, None, _quoted(mali))


async def test_a_cache_the_log_does_not_reach_back_to_is_emptied(seeded: Any, caplog: pytest.LogCaptureFixture) -> None:
    cache = DocumentCache()
    await _run(seeded, cache, KENYA)
    for _ in range(GENERATION_LOG + 1):
        written = Written()
        async with changing(seeded, written):
            written.add("events", ["nothing-cached"])
    assert len(cache) > 0
    counts = CountingDatabase(seeded)
    with caplog.at_level("INFO", logger="entente"):
        await _run(counts, cache, KENYA)
    assert counts.counts[("relations", "find_one")] == 1
    assert [record.getMessage() for record in caplog.records if "cache" in record.getMessage()] == [
        "document cache emptied: the store's log of changes does not say what the writes since wrote"
    ]  # said once, for whoever wonders why every read went to the store at once


async def test_a_change_made_meanwhile_by_another_writer_restarts_the_log(seeded: Any) -> None:
    async with changing(seeded, Written()):
        pass
    log = (await seeded["meta"].find_one({"_id": "changes"}))["log"]
    assert log[-1]["ids"] == {} and log[-1]["from"] == log[-2]["to"]
    real_find_one = seeded["meta"].find_one
    old = await real_find_one({"_id": "generation"})

    class Raced:  # reads the generation as it was before another writer's change
        def __getattr__(self, name: str) -> Any:
            return getattr(seeded["meta"], name)

        async def find_one(self, filter: Any, *args: Any, **kwargs: Any) -> Any:
            return old if filter == {"_id": "generation"} else await real_find_one(filter, *args, **kwargs)

    async with changing(seeded):  # the other writer
        pass
    from entente import store

    class Database:
        def __getitem__(self, name: str) -> Any:
            return Raced() if name == "meta" else seeded[name]

    await store._new_generation(Database(), {"events": {"x"}})
    doc = await seeded["meta"].find_one({"_id": "generation"})
    assert doc["token"] != old["token"]
    assert (await seeded["meta"].find_one({"_id": "changes"}))["log"] == []


async def test_the_log_leads_only_from_token_to_token(seeded: Any) -> None:
    from entente.store import changed_since, generation

    start = await generation(seeded)
    for ids in (["a"], ["b"]):
        written = Written()
        async with changing(seeded, written):
            written.add("events", ids)
    now = await generation(seeded)
    assert await changed_since(seeded, start, now) == {"events": {"a", "b"}}
    assert await changed_since(seeded, now, now) == {}
    assert await changed_since(seeded, "a token never current", now) is None
    log = (await seeded["meta"].find_one({"_id": "changes"}))["log"]
    # A change logged by a writer whose swap of the token then failed: which one took place is unknown.
    raced = {"from": log[0]["from"], "to": "never current", "ids": {}}
    await seeded["meta"].replace_one({"_id": "changes"}, {"_id": "changes", "log": [*log, raced]})
    assert await changed_since(seeded, start, now) is None


async def test_the_cache_is_bounded(seeded: Any) -> None:
    cache = DocumentCache(max_entries=5)
    await _run(seeded, cache, CARD)
    assert len(cache) <= 5
    assert await _run(seeded, cache, CARD) == await _run(seeded, DocumentCache(), CARD)
    weighed = DocumentCache(max_bytes=4096)
    await _run(seeded, weighed, CARD)
    assert 0 < weighed.bytes <= 4096
    assert await _run(seeded, weighed, CARD) == await _run(seeded, DocumentCache(), CARD)


async def test_the_cache_lets_the_least_recently_used_go_first() -> None:
    cache = DocumentCache(max_entries=2)
    token = await cache.token(AsyncMockClient()["lru"])
    cache.put(token, d.COUNTRIES, {"KAZ": {"_id": "KAZ"}, "KEN": {"_id": "KEN"}})
    assert cache.get(d.COUNTRIES, "KAZ") == {"_id": "KAZ"}  # used: now the most recent
    cache.put(token, d.COUNTRIES, {"GBR": {"_id": "GBR"}})
    kept = {code: cache.get(d.COUNTRIES, code) for code in ("KAZ", "KEN", "GBR")}
    assert [isinstance(doc, dict) for doc in kept.values()] == [True, False, True]  # KEN went


async def test_a_new_generation_forgets_the_objects_built_from_the_old_documents(seeded: Any) -> None:
    # Kept, they would hold every retired document alive (the soak's server grew by 25% a minute).
    from schema.event import Event

    cache = DocumentCache()
    await _run(seeded, cache, KENYA)
    doc = {"_id": "evt_x", "key": "x", "type": "VISIT", "title": "t", "status": "HAPPENED", "date": None,
           "endDate": None, "location": None, "countries": [], "participants": [], "figures": [], "sources": []}  # fmt: skip
    assert Event.from_doc(doc) is Event.from_doc(doc)
    remembered = Event.from_doc(doc)
    await ingest(seeded, MALI_TEXT)
    await _run(seeded, cache, KENYA)
    assert Event.from_doc(doc) is not remembered


async def test_concurrent_requests_share_one_load_per_key(seeded: Any) -> None:
    cache = DocumentCache()
    counts = CountingDatabase(seeded)
    results = await asyncio.gather(*(_run(counts, cache, CARD) for _ in range(16)))
    assert all(result == results[0] for result in results)
    assert counts.counts[("countries", "find_one")] == 4  # as for one request alone
    # The token: at most a read per request. mongomock answers without suspending, so each reads its own;
    # on a real server, those who come while one is under way share the next (test_a_shared_read_...).
    assert counts.counts[("meta", "find_one")] <= 16


async def test_a_shared_read_is_never_older_than_its_call() -> None:
    value, gates = 0, []

    async def read() -> int:
        gates.append(asyncio.Event())
        seen = value  # what the store held when the read began
        await gates[-1].wait()
        return seen

    shared = SharedRead(read)
    first = asyncio.ensure_future(shared())
    await asyncio.wait_for(_until(lambda: len(gates) == 1), 1)
    value = 1  # written after the first read began: the callers who come now must see it
    later = [asyncio.ensure_future(shared()) for _ in range(3)]
    await asyncio.sleep(0)
    later[0].cancel()  # a caller that gives up does not stop the read the others share
    gates[0].set()
    assert await first == 0
    await asyncio.wait_for(_until(lambda: len(gates) == 2), 1)  # the next read begins once the first ends
    gates[1].set()
    assert [await call for call in later[1:]] == [1, 1]
    assert len(gates) == 2


async def _until(condition: Any) -> None:
    while not condition():
        await asyncio.sleep(0)


async def test_a_shared_read_that_fails_fails_every_caller() -> None:
    async def read() -> int:
        await asyncio.sleep(0)
        raise ConnectionError("the database went away")

    shared = SharedRead(read)
    results = await asyncio.gather(*(shared() for _ in range(3)), return_exceptions=True)
    assert [type(result) for result in results] == [ConnectionError] * 3


async def test_a_failed_load_is_retried_by_the_requests_waiting_on_it() -> None:
    db = AsyncMockClient()["retried"]  # the store only gives the generation here
    cache = DocumentCache()
    reads = CachedReads(cache, db)
    started, release = asyncio.Event(), asyncio.Event()

    async def failing(keys: list[str]) -> list[Any]:
        started.set()
        await release.wait()
        raise ConnectionError("the database went away")

    asked: list[list[str]] = []

    async def working(keys: list[str]) -> list[Any]:
        asked.append(keys)
        return [f"value of {key}" for key in keys]

    first = asyncio.ensure_future(reads.batch("kind", failing)(["a", "b"]))
    await started.wait()
    other = CachedReads(cache, db)
    second = asyncio.ensure_future(other.batch("kind", working)(["a", "c"]))
    while other._token is None or not other._token.done():
        await asyncio.sleep(0.001)
    for _ in range(5):
        await asyncio.sleep(0)
    assert not second.done()  # waiting on the first request's load of "a"
    release.set()
    with pytest.raises(ConnectionError):
        await first
    assert await second == ["value of a", "value of c"]
    assert asked == [["c", "a"]]  # "a" only after the first request's load of it failed


async def test_a_load_goes_on_for_the_requests_still_waiting_and_stops_with_the_last() -> None:
    db = AsyncMockClient()["shared"]  # the store only gives the generation here
    cache = DocumentCache()
    started, release = asyncio.Event(), asyncio.Event()
    loads: list[str] = []

    async def held(keys: list[str]) -> list[Any]:
        loads.append("begun")
        started.set()
        try:
            await release.wait()
        except asyncio.CancelledError:
            loads.append("cancelled")
            raise
        return [f"value of {key}" for key in keys]

    async def waiting_on_the_first(keys: list[str]) -> list[Any]:
        raise AssertionError("the key is being loaded already")

    first = asyncio.ensure_future(CachedReads(cache, db).batch("kind", held)(["a"]))
    await started.wait()
    second = asyncio.ensure_future(CachedReads(cache, db).batch("kind", waiting_on_the_first)(["a"]))
    await asyncio.wait_for(_until(lambda: cache.loading("kind", "a")._waiting == 2), 1)
    first.cancel()  # its request timed out; the second still waits
    await asyncio.sleep(0)
    release.set()
    assert await second == ["value of a"]
    assert loads == ["begun"] and cache.get("kind", "a") == "value of a"  # finished once, and kept

    release.clear()
    alone = asyncio.ensure_future(CachedReads(cache, db).batch("kind", held)(["b"]))
    await asyncio.wait_for(_until(lambda: loads == ["begun", "begun"]), 1)
    alone.cancel()  # nobody else wants "b": its load is cancelled too
    await asyncio.wait_for(_until(lambda: loads[-1] == "cancelled"), 1)
    assert cache.loading("kind", "b") is None


SEARCH = '{ articles(search: "Mali mining", first: 5) { totalCount edges { node { id } } } }'


async def test_searches_read_only_the_entries_written_since(seeded: Any) -> None:
    cache = DocumentCache()
    assert (await _run(seeded, cache, SEARCH))["articles"] == {"totalCount": 0, "edges": []}
    counts = CountingDatabase(seeded)
    await _run(counts, cache, SEARCH)
    assert dict(counts.counts) == {("meta", "find_one"): 1}
    written = Written()  # a write of no search entry reads none
    async with changing(seeded, written):
        written.add("events", ["nothing-cached"])
    counts = CountingDatabase(seeded)
    await _run(counts, cache, SEARCH)
    assert not [op for op in counts.counts if op[0] == "search"]
    await ingest(seeded, MALI_TEXT)
    writer(seeded).entries.clear()  # as if another process had written it
    counts = CountingDatabase(seeded)
    found = (await _run(counts, cache, SEARCH))["articles"]
    assert found["totalCount"] == 1
    assert [edge["node"]["id"] for edge in found["edges"]] == [f"Article:{d.article_id(MALI_TEXT)}"]
    assert counts.counts[("search", "find_one")] == 1  # the new entry, by id: no scan
    assert ("search", "find") not in counts.counts


async def test_a_search_page_looks_its_articles_up_one_by_one(seeded: Any) -> None:
    """The newest page after an ingest is of articles nobody cached: read by id, never with a scan of
    every article (which FerretDB answers an ``$in`` with)."""
    cache = DocumentCache()
    counts = CountingDatabase(seeded)
    page = (await _run(counts, cache, "{ articles(first: 4) { edges { node { id title } } } }"))["articles"]
    assert len(page["edges"]) == 4
    assert counts.counts[("articles", "find_one")] == 4
    assert ("articles", "find") not in counts.counts
    counts = CountingDatabase(seeded)
    await _run(counts, cache, "{ articles(first: 4) { edges { node { id title } } } }")
    assert ("articles", "find_one") not in counts.counts  # and kept, as every load is


PAGE = """
query($q: String, $after: String) {
  articles(search: $q, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id publishedOn } }
  }
}
"""


async def _pages(db: Any, cache: DocumentCache | None, words: str | None) -> list[Any]:
    pages, after = [], None
    while True:
        context = Context.for_request(db, cache=cache)
        result = await schema.execute(PAGE, variable_values={"q": words, "after": after}, context_value=context)
        assert result.errors is None, result.errors
        page = result.data["articles"]
        pages.append({**page, "pageInfo": page["pageInfo"]["hasNextPage"]})
        if not page["pageInfo"]["hasNextPage"]:
            return pages
        after = page["pageInfo"]["endCursor"]


@pytest.mark.parametrize("words", [None, "Kazakhstan", "kazakhstan KENYA", "trade turnover", "Mali", "no such word"])
async def test_the_search_index_pages_as_the_store_does(seeded: Any, words: str | None) -> None:
    cache = DocumentCache()
    assert await _pages(seeded, cache, words) == await _pages(seeded, None, words)
    await ingest(seeded, MALI_TEXT)  # the index moved on by the ids written
    assert await _pages(seeded, cache, words) == await _pages(seeded, None, words)
    async with changing(seeded):  # a write of anything: the index is read whole again
        pass
    assert await _pages(seeded, cache, words) == await _pages(seeded, None, words)


_entries = st.lists(
    st.builds(
        lambda i, day, terms: {"_id": f"art_{i}", "sortKey": f"2024-01-{day:02d}", "terms": terms},
        st.integers(0, 30), st.integers(1, 28), st.lists(st.sampled_from(["kazakhstan", "kenya", "trade"]), max_size=3),
    ),
    max_size=30, unique_by=lambda entry: entry["_id"],
)  # fmt: skip


@given(_entries, st.sets(st.integers(0, 30)), _entries)
def test_a_search_snapshot_moved_on_by_ids_equals_one_read_whole(
    stored: list[dict[str, Any]], written: set[int], rewritten: list[dict[str, Any]]
) -> None:
    ids = {f"art_{i}" for i in written}
    found = [entry for entry in rewritten if entry["_id"] in ids]  # an id written and not found was deleted
    before = Snapshot.of(stored)
    after = before.changed(ids, found)
    kept = [entry for entry in stored if entry["_id"] not in ids]
    assert after == Snapshot.of(kept + found)
    assert before == Snapshot.of(stored)  # the searches still paging the old snapshot see it unchanged
    unchanged = {doc["_id"]: doc for doc in before.ordered if doc["_id"] not in ids}
    assert all(doc is unchanged[doc["_id"]] for doc in after.ordered if doc["_id"] in unchanged)  # shared, not copied


async def test_a_search_snapshot_read_in_batches_holds_every_entry(db: Any) -> None:
    entries = [
        {"_id": f"art_{i:04}", "sortKey": f"2024-{i % 7}", "terms": ["kazakhstan", f"w{i}"]} for i in range(1_107)
    ]
    await db[d.SEARCH].insert_many([dict(entry) for entry in entries])
    assert await Snapshot.read(db) == Snapshot.of(entries)


_overlapping = st.lists(st.sampled_from(["trade", "trades", "rade", "tra", "kenya", "kenyan", "2024", "a"]), max_size=4)


@given(
    st.lists(
        st.builds(lambda i, terms: {"_id": f"art_{i}", "sortKey": "2024", "terms": terms}, st.integers(0, 20), _overlapping),
        max_size=20, unique_by=lambda entry: entry["_id"],
    ),
    _overlapping,
)  # fmt: skip
def test_a_search_snapshot_finds_the_entries_having_every_term_whole(
    entries: list[dict[str, Any]], terms: list[str]
) -> None:
    """A term matches a whole word only: "trade" is not found in "trades", nor "rade" in "trade"."""
    page = Snapshot.of(entries).page(tuple(terms), 100, None)
    having = {entry["_id"] for entry in entries if set(terms) <= set(entry["terms"])}
    assert {doc["_id"] for doc in page.docs} == having
    assert (page.total if page.count is None else page.count()) == len(having)


class _HeldSearch:
    """A ``search`` collection whose reads wait until released, as FerretDB's under load may outlast a request."""

    def __init__(self, entries: list[dict[str, Any]]):
        self.entries, self.reads, self.release = entries, 0, asyncio.Event()
        self.asked: list[str] = []  # the ids read one by one, in order

    def find(self, *args: Any, **kwargs: Any) -> _HeldSearch:
        return self

    def batch_size(self, size: int) -> _HeldSearch:
        return self

    async def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        self.reads += 1
        await self.release.wait()
        for entry in list(self.entries):
            yield entry

    async def find_one(self, query: dict[str, Any], projection: Any = None) -> dict[str, Any] | None:
        self.asked.append(query["_id"])
        await self.release.wait()
        return next((entry for entry in self.entries if entry["_id"] == query["_id"]), None)


def _entry(i: int) -> dict[str, Any]:
    return {"_id": f"art_{i}", "sortKey": f"2024-01-{i:02d}", "terms": ["kazakhstan"]}


async def test_searches_waiting_share_the_reads_of_what_was_written() -> None:
    held = _HeldSearch([_entry(1)])
    db, index = {d.SEARCH: held}, SearchIndex()
    held.release.set()
    await index.page(db, (), 10, None)
    held.release.clear()
    held.entries.append(_entry(2))
    index.written(["art_2"])
    first = asyncio.ensure_future(index.page(db, (), 10, None))
    await asyncio.wait_for(_until(lambda: held.asked == ["art_2"]), 1)  # reading what it needs
    waiting = []
    for i in (3, 4, 5):  # written while that read goes on, each learnt of before a search comes
        held.entries.append(_entry(i))
        index.written([f"art_{i}"])
        waiting.append(asyncio.ensure_future(index.page(db, (), 10, None)))
    held.release.set()
    await asyncio.wait_for(_until(lambda: first.done() and len(held.asked) == 4), 1)
    held.release.clear()  # the second read, of everything written meanwhile, is under way and held
    held.entries.append(_entry(6))
    index.written(["art_6"])  # written after the searches came: none of them waits for it
    held.release.set()
    pages = await asyncio.wait_for(asyncio.gather(*waiting), 1)
    assert sorted(held.asked[1:]) == ["art_3", "art_4", "art_5"]  # two reads; art_6 not read for them
    assert [[doc["_id"] for doc in page.docs] for page in pages] == [[f"art_{i}" for i in range(5, 0, -1)]] * 3
    assert [doc["_id"] for doc in (await index.page(db, (), 10, None)).docs][0] == "art_6"  # the next search reads it


async def test_an_entry_written_while_the_index_is_read_whole_is_read_after() -> None:
    held = _HeldSearch([_entry(1)])
    db, index = {d.SEARCH: held}, SearchIndex()
    reading = asyncio.ensure_future(index.page(db, (), 10, None))
    await asyncio.wait_for(_until(lambda: held.reads == 1), 1)
    assert index.loaded  # so the cache reads the log and tells it what is written meanwhile
    index.written(["art_2"])  # written after the whole read began: it may have missed it
    held.entries = [_entry(1), _entry(2)]
    held.release.set()
    await reading
    assert [doc["_id"] for doc in (await index.page(db, (), 10, None)).docs] == ["art_2", "art_1"]
    assert held.asked == ["art_2"]


async def test_reading_the_search_index_outlasts_the_search_that_began_it() -> None:
    entries = [{"_id": f"art_{i}", "sortKey": f"2024-01-0{i}", "terms": ["kazakhstan"]} for i in range(1, 4)]
    held = _HeldSearch(entries)
    index = SearchIndex()
    first = asyncio.ensure_future(index.page({d.SEARCH: held}, ("kazakhstan",), 2, None))
    await asyncio.wait_for(_until(lambda: held.reads == 1), 1)
    first.cancel()  # its request timed out
    second = asyncio.ensure_future(index.page({d.SEARCH: held}, ("kazakhstan",), 2, None))
    await asyncio.sleep(0)
    held.release.set()
    page = await second
    assert [doc["_id"] for doc in page.docs] == ["art_3", "art_2"]
    assert held.reads == 1  # the second search waited for the read the first began, which was kept
    assert index.loaded


async def test_the_search_index_takes_the_entries_this_process_wrote_rather_than_read_them(seeded: Any) -> None:
    cache = DocumentCache()
    query = '{ articles(search: "Kenya", first: 10) { totalCount edges { node { id } } } }'
    before = (await _run(seeded, cache, query))["articles"]
    text = "NAIROBI – Kenya and Kazakhstan held talks on trade in Nairobi on 3 March 2025, the ministers said."
    ingested = await ingest(seeded, text)
    counts = CountingDatabase(seeded)
    after = (await _run(counts, cache, query))["articles"]
    assert after["totalCount"] == before["totalCount"] + 1
    assert after["edges"][0]["node"]["id"] == f"Article:{ingested.document['_id']}"
    assert not [op for op in counts.counts if op[0] == d.SEARCH]


def test_a_writer_keeps_the_search_entries_of_the_articles_it_wrote_last_only() -> None:
    writing = Writer()
    for i in range(RECENT_ENTRIES + 10):
        writing.change({"_id": f"art_{i}", "sortKey": "2024-01-01", "terms": ["kazakhstan"]})
    assert len(writing.entries) == RECENT_ENTRIES
    assert list(writing.entries)[-1] == f"art_{RECENT_ENTRIES + 9}" and "art_9" not in writing.entries
