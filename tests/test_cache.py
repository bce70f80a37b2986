"""The app's cache: answers from memory while the store's generation stays the same, and never from
documents older than the generation a request read (tests/test_processes.py has two processes)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from entente import documents as d
from entente.app import create_app
from entente.settings import Settings
from entente.store import CountingDatabase, new_generation
from resolvers.cache import Cache, SharedRead
from tests.test_batching import NESTED

RELATION = '{ relation(a: "KAZ", b: "KEN") { latest { iso } events { totalCount edges { node { title } } } } }'


async def _ask(http: httpx.AsyncClient, query: str) -> Any:
    body = (await http.post("/graphql", json={"query": query})).json()
    assert "errors" not in body, body
    return body["data"]


async def test_a_repeated_query_reads_only_the_generation(seeded: Any) -> None:
    counting = CountingDatabase(seeded)
    app = create_app(Settings(seed_on_start=False, metrics=False), db=counting)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        first = await _ask(http, NESTED)
        counting.counts.clear()
        assert await _ask(http, NESTED) == first
    assert dict(counting.counts) == {("meta", "find_one"): 1}


async def test_a_new_generation_drops_what_was_read_under_the_last(seeded: Any) -> None:
    app = create_app(Settings(seed_on_start=False), db=seeded)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        before = await _ask(http, RELATION)
        await seeded[d.EVENTS].update_many({"relations": "KAZ-KEN"}, {"$set": {"title": "Renamed"}})
        assert await _ask(http, RELATION) == before  # written without a new generation: not seen yet
        await new_generation(seeded)
        after = await _ask(http, RELATION)
    titles = {edge["node"]["title"] for edge in after["relation"]["events"]["edges"]}
    assert titles == {"Renamed"} and after != before


async def test_an_ingest_is_seen_by_the_next_request(seeded: Any) -> None:
    from bench.articles import article_text

    settings = Settings(seed_on_start=False, api_token="t")
    app = create_app(settings, db=seeded)
    query = '{ relation(a: "KAZ", b: "UZB") { events { totalCount } } }'
    mutation = "mutation($t: String!) { ingestArticle(input: {text: $t}) { derived } }"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        assert await _ask(http, query) == {"relation": None}
        body = {"query": mutation, "variables": {"t": article_text(0, tag="cached")}}
        ingested = (await http.post("/graphql", json=body, headers={"Authorization": "Bearer t"})).json()
        assert ingested == {"data": {"ingestArticle": {"derived": True}}}
        assert await _ask(http, query) == {"relation": {"events": {"totalCount": 2}}}


def test_values_are_kept_only_under_the_token_they_were_read_under_and_within_the_bound() -> None:
    cache = Cache(max_bytes=400)
    cache.follow("t1")
    cache.put("t1", "a", {"_id": "a", "text": "x" * 100})
    cache.put("t0", "b", {"_id": "b"})  # read under a token the cache has left: not kept
    assert cache.get("a")["_id"] == "a" and "b" not in cache and len(cache) == 1
    for key in "cdef":
        cache.put("t1", key, {"_id": key, "text": "x" * 100})
    assert cache.bytes <= 400 and [key for key in "acdef" if key in cache] == ["d", "e", "f"]  # oldest out first
    cache.follow("t2")
    assert len(cache) == 0 and cache.bytes == 0


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
