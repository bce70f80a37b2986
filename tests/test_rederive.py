"""Deriving only what new articles touch (seed.load.rederive) gives what a rebuild from every article gives.

Generated articles are drawn from small pools of events, figures and people, so they keep reporting
the same ones: an event gains countries, dates and sources; a figure belongs to one event in one
article and to another (or none) in the next; a person turns up with another role. They are added
to the seeded store a few at a time, and after each step every derived collection must equal
``derive`` over all the articles.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from entente import documents as d
from entente.app import prepare
from entente.settings import Settings
from entente.store import CountingDatabase, Store, changing
from schema.node import to_global_id
from seed.build import article_document, derive
from seed.load import Report, rederive
from seed.model import SeedFile
from tests.conftest import data
from tests.test_fuzz_seed import dump

DERIVED = (d.COUNTRIES, d.RELATIONS, d.EVENTS, d.FIGURES, d.PEOPLE, d.SEARCH, d.QUOTES)
COUNTRIES = ("KAZ", "KEN", "GBR", "TUR", "UZB")  # KAZ-GBR and KAZ-TUR are relations of the seed articles too
EVENT_KEYS = ("talks-astana", "visit-nairobi", "signing-mou", "forum-ankara")
DATES = (None, "2024", "2024-05", "2024-05-10", "2024-05-12", "2023-11-02")
FIGURES = (
    {"metric": "TRADE_TURNOVER", "value": "412000000", "unit": "USD", "countries": ["KAZ", "GBR"]},
    {"metric": "EXPORTS", "value": "35.5", "unit": "PERCENT", "countries": ["KAZ", "TUR"]},
    {"metric": "INVESTMENT", "value": "2000000000", "unit": "USD", "countries": ["KAZ", "UZB", "KEN"]},
    {"metric": "TRADE_TURNOVER", "value": "90000000", "unit": "USD", "countries": ["KAZ"], "counterpart": "Africa"},
    {"metric": "FDI", "value": "7", "unit": "COUNT", "countries": ["KEN"], "counterpart": "EAC states"},
)
PEOPLE = (("Murat Nurtleu", "KAZ"), ("Musalia Mudavadi", "KEN"), ("David Lammy", "GBR"), ("Anonymous Envoy", None))
SOURCES = "query($id: ID!) { node(id: $id) { ... on Event { sources { quote start end article { id } } } } }"
_texts = itertools.count()
# mongomock reads are cheap; FerretDB answers each in milliseconds and the check reads every collection.
STEPS = {"mongomock": 24, "mongodb": 6}


@st.composite
def articles(draw: st.DrawFn) -> dict[str, Any]:
    """A seed file of one generated article (its text, unique, is filled in when it is used)."""
    people = draw(st.lists(st.sampled_from(range(len(PEOPLE))), unique=True, max_size=3))
    events = []
    for key in draw(st.lists(st.sampled_from(EVENT_KEYS), unique=True, max_size=3)):
        date = draw(st.sampled_from(DATES))
        events.append(
            {
                "key": key,
                "type": draw(st.sampled_from(["VISIT", "MEETING", "AGREEMENT"])),
                "title": f"{key} reported",
                "status": draw(st.sampled_from(["HAPPENED", "PLANNED"])),
                "date": date,
                "endDate": draw(st.sampled_from([None, "2024-05-14"])) if date and date.startswith("2024-05") else None,
                "countries": draw(st.lists(st.sampled_from(COUNTRIES), unique=True, min_size=2, max_size=3)),
                "participants": [f"p{i}" for i in people if draw(st.booleans())],
                "quotes": ["QUOTE"],
            }
        )
    figures = []
    for i in draw(st.lists(st.sampled_from(range(len(FIGURES))), unique=True, max_size=3)):
        tied = draw(st.sampled_from([None, *(e["key"] for e in events)]))
        period = draw(st.sampled_from([None, {"start": "2023", "end": "2023"}]))
        figures.append({**FIGURES[i], "event": tied, "period": period, "quotes": ["QUOTE"]})
    return {
        "people": [
            {
                "key": f"p{i}",
                "name": PEOPLE[i][0],
                "country": PEOPLE[i][1],
                "role": draw(st.sampled_from([None, "minister", "envoy"])),
                "quotes": ["QUOTE"],
            }
            for i in people
        ],
        "events": events,
        "figures": figures,
    }


def _document(drawn: dict[str, Any]) -> dict[str, Any]:
    quote = f"Report number {next(_texts)}"
    used = {c for item in drawn["events"] + drawn["figures"] for c in item["countries"]}
    used |= {p["country"] for p in drawn["people"] if p["country"]}
    seed = {
        "article": {"text": f"{quote} says what was agreed.", "publishedOn": "2024-05-20"},
        "countries": sorted(used),
        "people": [{**p, "quotes": [quote]} for p in drawn["people"]],
        "events": [{**e, "quotes": [quote]} for e in drawn["events"]],
        "figures": [{**f, "quotes": [quote]} for f in drawn["figures"]],
    }
    return article_document(SeedFile.model_validate(seed))


def steps(count: int) -> list[list[dict[str, Any]]]:
    """``count`` deterministic draws of a batch of one to three generated articles."""
    drawn: list[list[dict[str, Any]]] = []

    @settings(
        max_examples=count,
        phases=[Phase.generate],
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.lists(articles(), min_size=1, max_size=3))
    def collect(batch: list[dict[str, Any]]) -> None:
        drawn.append(batch)

    collect()
    return drawn


async def _derived(db: Any) -> dict[str, list[dict[str, Any]]]:
    return {name: await db[name].find({}, sort=[("_id", 1)]).to_list(None) for name in DERIVED}


async def test_deriving_new_articles_gives_what_a_rebuild_gives(seeded: Any, request: Any) -> None:
    store = "mongodb" if "mongodb" in request.node.name else "mongomock"
    merged = 0
    for batch in steps(STEPS[store]):
        documents = [_document(drawn) for drawn in batch]
        async with changing(seeded):
            await seeded[d.ARTICLES].insert_many(documents)
            await rederive(seeded, documents, Report())
        expected = derive(await seeded[d.ARTICLES].find({}).to_list(None))
        assert await _derived(seeded) == {name: expected[name] for name in DERIVED}
        merged += sum(len(e["articles"]) > 1 for e in expected[d.EVENTS])
    assert merged  # the pools are small: events were reported by several articles


async def _add(db: Any, documents: list[dict[str, Any]], unsure: set[str] | None = None) -> None:
    async with changing(db):
        await rederive(db, documents, Report(), unsure or set())


async def _equals_a_rebuild(db: Any) -> None:
    expected = derive(await db[d.ARTICLES].find({}).to_list(None))
    assert await _derived(db) == {name: expected[name] for name in DERIVED}


async def test_deriving_new_articles_reads_none_of_the_articles_before_them(seeded: Any) -> None:
    """The stored events and figures keep what merging a new report needs (seed.reports)."""
    batches = steps(8)
    for batch in batches[:-1]:
        documents = [_document(drawn) for drawn in batch]
        await seeded[d.ARTICLES].insert_many(documents)
        await _add(seeded, documents)
    documents = [_document(drawn) for drawn in batches[-1]]
    await seeded[d.ARTICLES].insert_many(documents)
    counting = CountingDatabase(seeded)
    await _add(counting, documents)
    assert counting.counts[(d.EVENTS, "find_one")]  # what they report was merged with what was stored
    assert not [op for op in counting.counts if op[0] == d.ARTICLES]
    assert not [op for op in counting.counts if op[0] == d.SEARCH and op[1].startswith("find")]  # new entries
    await _equals_a_rebuild(seeded)
    await _add(seeded, documents)  # again, as after a failure that came after some of the writes
    await _equals_a_rebuild(seeded)


async def test_an_article_whose_write_failed_is_derived_if_it_landed(seeded: Any) -> None:
    landed, lost = (_document(drawn) for drawn in steps(2)[1][:1] + steps(3)[2][:1])
    await seeded[d.ARTICLES].insert_one(landed)
    await _add(seeded, [landed, lost], unsure={landed["_id"], lost["_id"]})
    await _equals_a_rebuild(seeded)
    assert await seeded[d.SEARCH].find_one({"_id": landed["_id"]})
    assert not await seeded[d.SEARCH].find_one({"_id": lost["_id"]})


@pytest.mark.parametrize(
    "older",
    [
        {"$unset": {"reports": ""}},  # as a version before seed.reports stored them
        {"$set": {"sources": []}},  # as a version before the quotes collection (its quotes are not needed)
    ],
    ids=["without-reports", "with-quotes"],
)
async def test_events_and_figures_stored_by_an_older_version_are_derived_again_whole(
    seeded: Any, caplog: pytest.LogCaptureFixture, older: dict[str, Any]
) -> None:
    batches = steps(8)
    for batch in batches[:-1]:
        documents = [_document(drawn) for drawn in batch]
        await seeded[d.ARTICLES].insert_many(documents)
        await _add(seeded, documents)
    async with changing(seeded):
        for name in (d.EVENTS, d.FIGURES):
            await seeded[name].update_many({}, older)
    documents = [_document(drawn) for drawn in batches[-1]]
    await seeded[d.ARTICLES].insert_many(documents)
    with caplog.at_level(logging.WARNING, logger="entente"):
        await _add(seeded, documents)
    assert "written by an older version (reports not kept, or quotes kept); deriving all again" in caplog.text
    await _equals_a_rebuild(seeded)


async def test_deriving_an_article_writes_only_what_it_touches(seeded: Any) -> None:
    before = await dump(seeded)
    document = _document(
        {
            "people": [],
            "events": [
                {
                    "key": "talks-astana",
                    "type": "MEETING",
                    "title": "Talks in Astana",
                    "status": "HAPPENED",
                    "date": "2026-10-01",
                    "countries": ["KAZ", "KEN"],
                    "quotes": [],
                }
            ],
            "figures": [],
        }
    )
    report = Report()
    async with changing(seeded):
        await seeded[d.ARTICLES].insert_one(document)
        await rederive(seeded, [document], report)
    after = await dump(seeded)
    assert {name: report.collections[name].total for name in DERIVED} == {
        d.COUNTRIES: 0,  # KAZ-KEN was a relation already
        d.RELATIONS: 1,
        d.EVENTS: 1,
        d.FIGURES: 0,
        d.PEOPLE: 0,
        d.SEARCH: 1,
        d.QUOTES: 1,  # what the article quotes of the event
    }
    changed = {name for name in DERIVED if after[name] != before[name]}
    assert changed == {d.RELATIONS, d.EVENTS, d.SEARCH, d.QUOTES}
    relation = await seeded[d.RELATIONS].find_one({"_id": "KAZ-KEN"})
    assert relation["events"][0]["_id"] == d.event_id("talks-astana")  # the newest, so first


async def test_startup_gives_search_entries_to_a_store_written_before_there_were_any(seeded: Any) -> None:
    entries = await seeded[d.SEARCH].find({}, sort=[("_id", 1)]).to_list(None)
    await seeded.drop_collection(d.SEARCH)
    await prepare(Store(client=None, db=seeded, embedded=False), Settings(seed_on_start=False))
    assert await seeded[d.SEARCH].find({}, sort=[("_id", 1)]).to_list(None) == entries
    assert len(entries) == 5


async def test_startup_rebuilds_relations_that_embed_every_quote(seeded: Any) -> None:
    """A relation written before seed.build.listed embeds its events and figures whole, and lists its
    articles: startup writes it as a rebuild would."""
    listed = await seeded[d.RELATIONS].find({}, sort=[("_id", 1)]).to_list(None)
    events = {e["_id"]: e for e in await seeded[d.EVENTS].find({}).to_list(None)}
    figures = {f["_id"]: f for f in await seeded[d.FIGURES].find({}).to_list(None)}
    for relation in listed:
        whole = [events[e["_id"]] for e in relation["events"]]
        assert all("articles" not in e for e in relation["events"]) and all("articles" in e for e in whole)
        older = {**relation, "events": whole, "figures": [figures[f["_id"]] for f in relation["figures"]]}
        older["articles"] = sorted({a for item in older["events"] + older["figures"] for a in item["articles"]})
        await seeded[d.RELATIONS].replace_one({"_id": relation["_id"]}, older)
    store = Store(client=None, db=seeded, embedded=False)
    assert await store.has_unlisted_relations()
    await prepare(store, Settings(seed_on_start=False))
    assert await seeded[d.RELATIONS].find({}, sort=[("_id", 1)]).to_list(None) == listed
    assert not await store.has_unlisted_relations()


async def test_startup_rebuilds_events_and_figures_that_keep_no_reports(seeded: Any) -> None:
    stored = await _derived(seeded)
    async with changing(seeded):  # as a version before seed.reports stored them
        await seeded[d.FIGURES].update_many({}, {"$unset": {"reports": ""}})
    store = Store(client=None, db=seeded, embedded=False)
    assert await store.lacks_reports()
    await prepare(store, Settings(seed_on_start=False))
    assert await _derived(seeded) == stored
    assert not await store.lacks_reports()


async def test_startup_rebuilds_events_and_figures_that_keep_their_quotes(seeded: Any) -> None:
    """Events and figures written before the quotes collection keep their quotes, and the store has none
    elsewhere: startup derives everything again, and their quotes are read from the new collection."""
    stored = await _derived(seeded)
    event = await seeded[d.EVENTS].find_one({})
    expected = await data(seeded, SOURCES, {"id": to_global_id("Event", event["_id"])})
    assert expected["node"]["sources"]
    async with changing(seeded):
        for name in (d.EVENTS, d.FIGURES):
            await seeded[name].update_many({}, {"$set": {"sources": [{"article": "art_0", "start": 0, "end": 0}]}})
        await seeded.drop_collection(d.QUOTES)
    store = Store(client=None, db=seeded, embedded=False)
    assert await store.keeps_quotes()
    await prepare(store, Settings(seed_on_start=False))
    assert await _derived(seeded) == stored
    assert not await store.keeps_quotes()
    assert await data(seeded, SOURCES, {"id": to_global_id("Event", event["_id"])}) == expected


async def test_people_merged_before_they_kept_their_reports_are_merged_again_from_their_articles(
    seeded: Any,
) -> None:
    async with changing(seeded):
        await seeded[d.PEOPLE].update_many({}, {"$unset": {"reports": ""}})  # as an older version stored them
    named = {p["_id"] for p in await seeded[d.PEOPLE].find({}).to_list(None)}
    documents = [_document(drawn) for batch in steps(6) for drawn in batch]
    async with changing(seeded):
        await seeded[d.ARTICLES].insert_many(documents)
        await rederive(seeded, documents, Report())
    expected = derive(await seeded[d.ARTICLES].find({}).to_list(None))
    people = {p["_id"]: p for p in expected[d.PEOPLE]}
    again = [p for p in await seeded[d.PEOPLE].find({}).to_list(None) if "reports" in p]
    assert again and all(p == people[p["_id"]] for p in again)
    assert any(p["_id"] in named for p in again)  # a stored person without reports was merged again
