"""Deriving only what new articles touch (entente.write.merge.derive_articles) gives what a rebuild from every
article gives.

Generated articles are drawn from small pools of events, figures and people, so they keep reporting
the same ones: an event gains countries, dates and sources; a figure belongs to one event in one
article and to another (or none) in the next; a person turns up with another role. They are added
to the seeded store a few at a time, and after each step every derived collection must equal
``derive`` over all the articles.
"""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from entente import documents as d
from entente.app import prepare
from entente.settings import Settings
from entente.store import CountingDatabase, Store
from entente.write.build import article_document
from entente.write.derive import derive
from entente.write.merge import derive_articles
from entente.write.writer import Writer
from seed.model import SeedFile
from tests.test_fuzz_seed import dump

DERIVED = (d.COUNTRIES, d.RELATIONS, d.EVENTS, d.FIGURES, d.PEOPLE, d.QUOTES)
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
_texts = itertools.count()
# The check after each step reads every collection: fewer steps on the real server.
STEPS = {"mongomock": 24, "mongodb": 8}


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
        # Figures keep the first and last day they were published: articles of several days, and of none.
        "publishedOn": draw(st.sampled_from([None, "2024-05-20", "2023-01-09", "2024-11-30"])),
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
        "article": {"text": f"{quote} says what was agreed.", "publishedOn": drawn.get("publishedOn", "2024-05-20")},
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
        await _add(seeded, documents)
        expected = await _equals_a_rebuild(seeded)
        for event in expected[d.EVENTS]:
            merged += await seeded[d.QUOTES].count_documents({"item": event["_id"]}) > 1
    assert merged  # the pools are small: events were reported by several articles


async def _add(db: Any, documents: list[dict[str, Any]]) -> None:
    """Store the articles as the writer does, pending, then derive them."""
    await db[d.ARTICLES].insert_many([{**document, "pending": True} for document in documents])
    await derive_articles(db, documents)


async def _derived(db: Any) -> dict[str, list[dict[str, Any]]]:
    return {name: await db[name].find({}, sort=[("_id", 1)]).to_list(None) for name in DERIVED}


async def _equals_a_rebuild(db: Any) -> dict[str, list[dict[str, Any]]]:
    expected = derive(await db[d.ARTICLES].find({}).to_list(None))
    assert await _derived(db) == {name: expected[name] for name in DERIVED}
    assert await db[d.ARTICLES].count_documents({"pending": True}) == 0
    return expected


async def test_deriving_the_same_articles_again_changes_nothing(seeded: Any) -> None:
    """As after a derivation that failed part way, or two processes deriving the same article."""
    batches = steps(6)
    for batch in batches:
        await _add(seeded, [_document(drawn) for drawn in batch])
    before = await dump(seeded)
    await derive_articles(seeded, await seeded[d.ARTICLES].find({}).to_list(None))
    after = await dump(seeded)
    assert after.pop(d.META) != before.pop(d.META)  # a new generation all the same: readers' caches drop theirs
    assert after == before


def _talks(key: str, date: str) -> dict[str, Any]:
    """An article reporting talks between Kazakhstan and Kenya, a figure stated at them, and their envoy."""
    person = {"key": "p0", "name": "Musalia Mudavadi", "country": "KEN", "role": "envoy", "quotes": ["QUOTE"]}
    event = {
        "key": key,
        "type": "MEETING",
        "title": "Talks",
        "status": "HAPPENED",
        "date": date,
        "countries": ["KAZ", "KEN"],
        "participants": ["p0"],
        "quotes": ["QUOTE"],
    }
    figure = {**FIGURES[0], "countries": ["KAZ", "KEN"], "event": key, "period": {"start": date[:4], "end": date[:4]}}
    figure["quotes"] = ["QUOTE"]
    return {"people": [person], "events": [event], "figures": [figure]}


async def test_a_derivation_costs_the_same_operations_however_many_articles_the_store_holds(seeded: Any) -> None:
    """Each read is one query by an index, whatever the store's size; each write one batch."""
    counts = []
    for n in range(2):
        for batch in steps(12):  # the store grows before each derivation counted
            await _add(seeded, [_document(drawn) for drawn in batch])
        document = _document(_talks(f"talks-{n}", f"202{n}-05-10"))
        await seeded[d.ARTICLES].insert_one(document)
        counting = CountingDatabase(seeded)
        await derive_articles(counting, [document])
        counts.append(dict(counting.counts))
    reads = [{op: n for op, n in count.items() if op[1] == "find"} for count in counts]
    assert reads[0] == reads[1]  # writes depend on what changed: the same person may be said of again
    assert all(max(count.values()) <= 3 and sum(count.values()) <= 16 for count in counts)
    await _equals_a_rebuild(seeded)


async def test_deriving_an_article_writes_only_what_it_touches(seeded: Any) -> None:
    before = await dump(seeded)
    old = await seeded[d.RELATIONS].find_one({"_id": "KAZ-KEN"})
    talks = {
        "key": "talks-astana",
        "type": "MEETING",
        "title": "Talks in Astana",
        "status": "HAPPENED",
        "date": "2026-10-01",
        "countries": ["KAZ", "KEN"],
        "quotes": [],
    }
    document = _document({"people": [], "events": [talks], "figures": []})
    await seeded[d.ARTICLES].insert_one(document)
    await derive_articles(seeded, [document])
    after = await dump(seeded)
    changed = {name for name in DERIVED if after[name] != before[name]}
    assert changed == {d.RELATIONS, d.EVENTS, d.QUOTES}  # KAZ-KEN was a relation of Kenya's and Kazakhstan's already
    relation = await seeded[d.RELATIONS].find_one({"_id": "KAZ-KEN"})
    assert relation == {**old, "events": old["events"] + 1, "latest": "2026-10-01"}  # the newest event


async def test_startup_derives_the_articles_a_stopped_process_left_pending(seeded: Any) -> None:
    documents = [_document(drawn) for batch in steps(4) for drawn in batch]
    await seeded[d.ARTICLES].insert_many([{**document, "pending": True} for document in documents])
    await prepare(Store(client=None, db=seeded, embedded=False), Settings(seed_on_start=False), Writer(seeded))
    await _equals_a_rebuild(seeded)


async def test_startup_derives_a_store_of_another_schema_version_again(seeded: Any) -> None:
    """Derived documents of another shape (an older version's) are replaced by what a rebuild gives;
    those no article supports any longer go."""
    stored = await _derived(seeded)
    await seeded[d.EVENTS].update_many({}, {"$set": {"articles": ["art_0"], "reports": []}})
    await seeded[d.RELATIONS].insert_one({"_id": "AAA-ZZZ", "events": [], "figures": []})
    await seeded[d.META].replace_one({"_id": d.SCHEMA}, {"_id": d.SCHEMA, "version": 1})
    store = Store(client=None, db=seeded, embedded=False)
    await prepare(store, Settings(seed_on_start=False), Writer(seeded))
    assert await _derived(seeded) == stored
    assert (await seeded[d.META].find_one({"_id": d.SCHEMA}))["version"] == d.SCHEMA_VERSION
