"""Ingesting articles: the mutation's credentials and checks, merging across articles, idempotence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from entente import documents as d
from entente.settings import Settings
from entente.write import writer as writer_module
from entente.write.build import article_document
from entente.write.reconcile import Known, reconcile
from entente.write.writer import Writer
from resolvers.loaders import Context
from schema import schema
from seed.extract import extract
from seed.load import DATA_DIR, read_seed_file, seed
from seed.model import SeedFile
from tests.test_seed import snapshot

INGEST = """
mutation($input: ArticleInput!) {
  ingestArticle(input: $input) { article { id publishedOn title events { type sources { article { id } } } } }
}
"""
TEXT = (DATA_DIR.parent / "articles" / "000_c96d550ceab00fce.txt").read_text(encoding="utf-8")
TOKEN = "s3cret-token"


async def mutate(db: Any, variables: dict[str, Any], *, token: str | None = TOKEN, header: str | None = None) -> Any:
    authorization = header if header is not None else f"Bearer {TOKEN}"
    context = Context.for_request(db, Settings(api_token=token), writer=Writer(db), authorization=authorization)
    return await schema.execute(INGEST, variable_values=variables, context_value=context)


async def reconciled(db: Any, article: SeedFile) -> SeedFile:
    return reconcile(article, await Known.read(db, [article]))


def _codes(result: Any) -> list[tuple[str, str]]:
    return [(e.extensions["code"], e.message) for e in result.errors]


async def test_mutations_are_forbidden_until_a_token_is_configured(db: Any) -> None:
    result = await mutate(db, {"input": {"text": TEXT}}, token=None)
    assert _codes(result) == [
        ("FORBIDDEN", "Mutations are disabled on this server: set ENTENTE_API_TOKEN to enable them.")
    ]
    assert await db[d.ARTICLES].count_documents({}) == 0


@pytest.mark.parametrize("header", ["", "Bearer wrong", "Basic s3cret-token", "s3cret-token", "Bearer s3cret-token2"])
async def test_a_missing_or_wrong_token_is_unauthenticated(db: Any, header: str) -> None:
    result = await mutate(db, {"input": {"text": TEXT}}, header=header)
    assert _codes(result) == [("UNAUTHENTICATED", "Send a valid token as 'Authorization: Bearer <token>'.")]
    assert await db[d.ARTICLES].count_documents({}) == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "input.text: the article text is empty"), ("  \n\t ", "input.text: the article text is empty"),
     ("x" * 100_001, "input.text: 100,001 characters is over the limit of 100,000")],
    ids=["empty", "blank", "too-long"],
)  # fmt: skip
async def test_bad_article_input_is_refused_with_a_clear_message(db: Any, text: str, message: str) -> None:
    result = await mutate(db, {"input": {"text": text}})
    assert _codes(result) == [("BAD_USER_INPUT", message)]


async def test_a_malformed_date_is_refused_before_anything_runs(db: Any) -> None:
    result = await mutate(db, {"input": {"text": TEXT, "publishedOn": "2023-02-30"}})
    assert result.data is None
    assert "publishedOn" in result.errors[0].message
    assert result.errors[0].extensions == {"code": "BAD_USER_INPUT"}
    assert await db[d.ARTICLES].count_documents({}) == 0


async def test_ingesting_the_same_text_twice_changes_nothing(db: Any) -> None:
    first = await mutate(db, {"input": {"text": TEXT, "title": "Credentials"}})
    assert first.errors is None
    before = await snapshot(db)
    second = await mutate(db, {"input": {"text": TEXT, "title": "Credentials"}})
    assert second.data == first.data
    assert await snapshot(db) == before
    assert first.data["ingestArticle"]["article"]["id"] == f"Article:{d.article_id(TEXT)}"


async def test_an_ingested_article_is_stored_with_its_entities_and_evidence(db: Any) -> None:
    result = await mutate(db, {"input": {"text": TEXT}})
    article = result.data["ingestArticle"]["article"]
    stored = await db[d.ARTICLES].find_one({"_id": d.article_id(TEXT)})
    assert stored["text"] == TEXT
    assert {"KAZ", "KEN"} <= set(stored["countries"])
    assert article["events"], "the extractor found no event in the credentials article"
    for item in stored["events"] + stored["people"] + stored["figures"]:
        assert all(TEXT[e["start"] : e["end"]] == e["quote"] for e in item["evidence"])


async def test_reports_of_one_visit_merge_when_the_second_arrives(db: Any) -> None:
    """The Burkina Faso foreign minister's visit, dated in one article and yearless in the other."""
    await seed(db, [DATA_DIR / "001_b2a26aa93803407d.json"])
    later = read_seed_file(DATA_DIR / "003_53f5d759f7c3388d.json")
    renamed = later.model_copy(
        update={"events": [e.model_copy(update={"key": f"extracted-{i}"}) for i, e in enumerate(later.events)]}
    )
    merged = await reconciled(db, renamed)
    visit = next(e for e in merged.events if e.type.value == "VISIT" and "BFA" in e.countries)
    assert visit.key == "bfa-kaz:visit:2025-06-foreign-minister"
    # The undated visits of 003's "in recent years" list take the keys of 001's "over the past
    # two years" list. Left new: the talks, the memorandum, the support for the UN centre,
    # and 003's second undated Rwandan visit (001 has one undated Rwandan visit to match).
    new = sorted((e.type.value, e.countries[1]) for e in merged.events if e.key.startswith("extracted-"))
    assert new == [("AGREEMENT", "BFA"), ("MEETING", "BFA"), ("OTHER", "BFA"), ("VISIT", "RWA")]


async def test_a_short_name_takes_the_full_name_of_a_known_person(db: Any) -> None:
    await seed(db, [DATA_DIR / "001_b2a26aa93803407d.json"])
    later = read_seed_file(DATA_DIR / "003_53f5d759f7c3388d.json")
    shortened = later.model_copy(
        update={
            "people": [
                p.model_copy(update={"name": "Karamoko Traoré"}) if p.country == "BFA" else p for p in later.people
            ]
        }
    )
    merged = await reconciled(db, shortened)
    traore = next(p for p in merged.people if p.country == "BFA")
    assert (traore.name, "Karamoko Traoré" in traore.aliases) == ("Karamoko Jean-Marie Traoré", True)


async def test_ingest_journals_new_articles_only(db: Any, tmp_path: Path) -> None:
    from entente.write.journal import Journal

    writer = Writer(db, Journal(tmp_path))
    await writer.ingest(TEXT)
    await writer.ingest(TEXT)
    assert [r["text"] for r in writer.journal.records()] == [TEXT]


async def test_an_article_another_process_stored_is_answered_as_stored_and_left_alone(db: Any) -> None:
    theirs = article_document(extract(TEXT))
    theirs["title"] = "their title"  # as if another process had written and derived it meanwhile
    await db[d.ARTICLES].insert_one(theirs)
    ingested = await Writer(db).ingest(TEXT)
    assert (ingested.changed, ingested.derived, ingested.document["title"]) == (False, True, "their title")
    assert await db[d.ARTICLES].find_one({"_id": theirs["_id"]}) == theirs


async def test_an_ingest_answers_with_its_stored_article_when_derivation_is_slow(db: Any, held_derivation: Any) -> None:
    variables = {"input": {"text": TEXT}}
    writer = Writer(db)
    settings = Settings(api_token=TOKEN, ingest_wait_ms=50)
    context = Context.for_request(db, settings, writer=writer, authorization=f"Bearer {TOKEN}")
    result = await schema.execute(
        "mutation($input: ArticleInput!) { ingestArticle(input: $input) { derived article { id events { id } } } }",
        variable_values=variables,
        context_value=context,
    )
    assert result.errors is None
    payload = result.data["ingestArticle"]
    assert payload["derived"] is False
    assert payload["article"]["id"] == f"Article:{d.article_id(TEXT)}"
    assert await db[d.ARTICLES].count_documents({"pending": True}) == 1  # a crash now is repaired at the next start
    assert await db[d.EVENTS].count_documents({}) == 0

    held_derivation.set()  # the derivation the ingest stopped waiting for goes on and finishes
    await writer.drained()
    assert await db[d.EVENTS].count_documents({}) == len((await db[d.ARTICLES].find_one({}))["events"])
    assert await db[d.ARTICLES].count_documents({"pending": True}) == 0
    again = await mutate(db, variables)
    assert again.errors is None
    assert (await writer.ingest(TEXT)).derived is True


async def test_a_derivation_failing_after_the_answer_is_tried_again(db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    monkeypatch.setattr(writer_module, "RETRY_S", (0.01, 0.01))
    release, calls = asyncio.Event(), []
    real = writer_module.derive_articles

    async def flaky(*args: Any, **kwargs: Any) -> None:
        calls.append(len(calls))
        if len(calls) == 1:
            await release.wait()
            raise ConnectionError("the database went away")
        await real(*args, **kwargs)

    monkeypatch.setattr(writer_module, "derive_articles", flaky)
    writer = Writer(db)
    assert (await writer.ingest(TEXT, wait=0.01)).derived is False
    release.set()  # the first derivation fails once nobody waits for it any more
    await writer.drained()
    assert calls == [0, 1]
    assert await db[d.EVENTS].count_documents({}) == len((await db[d.ARTICLES].find_one({}))["events"])


async def test_concurrent_ingests_are_written_as_one_batch_with_the_result_of_one_by_one(db: Any) -> None:
    import asyncio

    from bench.articles import article_text
    from entente.store import CountingDatabase
    from entente.store.mock import AsyncMockClient

    # Two outlets' reports of each of three visits, and a repeated text: merged across the batch.
    texts = [article_text(n, tag) for n in (1, 2, 3) for tag in ("first", "second")] + [article_text(2, "first")]
    one_by_one = Writer(AsyncMockClient()["one_by_one"])
    for text in texts:
        await one_by_one.ingest(text)
    counts = CountingDatabase(db)
    batched = Writer(counts)
    results = await asyncio.gather(*(batched.ingest(text) for text in texts))
    assert [r.changed for r in results] == [True] * 6 + [False]
    assert results[-1].document["_id"] == results[2].document["_id"]
    assert counts.counts[("articles", "bulk_write")] == 1  # one write for all seven
    assert counts.counts[("events", "find")] <= 4  # the events they may report read once, with the derivation's
    assert await snapshot(db) == await snapshot(one_by_one.db)


async def test_a_person_named_by_many_articles_is_one_person(db: Any) -> None:
    from bench.articles import article_text

    writer = Writer(db)
    for n in range(6):
        await writer.ingest(article_text(n, tag="alike"))
    (nurtleu,) = await db[d.PEOPLE].find({"name": "Murat Nurtleu"}).to_list(None)
    naming = await _naming(db, nurtleu)
    assert len(naming) == 6
    # They say the same of him: the first one's report is kept, and nothing grows with the others.
    assert [report["article"] for report in nurtleu["reports"]] == [min(naming)]


async def _naming(db: Any, person: dict[str, Any]) -> list[str]:
    return [a["_id"] for a in await db[d.ARTICLES].find({"people._id": person["_id"]}, {"_id": 1}).to_list(None)]


class _LandsThenFails:
    """A database whose first write of articles lands, then fails as if the connection dropped before the answer."""

    def __init__(self, db: Any):
        self._db = db
        self.failed = False

    def __getitem__(self, name: str) -> Any:
        collection = self._db[name]
        if name != d.ARTICLES or self.failed:
            return collection
        outer = self

        class Articles:
            def __getattr__(self, attribute: str) -> Any:
                return getattr(collection, attribute)

            async def bulk_write(self, *args: Any, **kwargs: Any) -> Any:
                await collection.bulk_write(*args, **kwargs)
                outer.failed = True
                raise ConnectionError("the connection dropped before the answer")

        return Articles()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


async def test_an_article_whose_write_failed_part_way_is_derived_with_the_next(db: Any) -> None:
    from bench.articles import article_text

    writer = Writer(_LandsThenFails(db))
    with pytest.raises(ConnectionError):
        await writer.ingest(article_text(1, tag="landed"))
    await writer.ingest(article_text(2, tag="next"))
    landed = article_document(extract(article_text(1, tag="landed")))
    derived = await db[d.EVENTS].find({"_id": {"$in": [e["_id"] for e in landed["events"]]}}).to_list(None)
    assert len(derived) == len(landed["events"]) > 0  # not left stored and never merged
    assert await db[d.ARTICLES].count_documents({"pending": True}) == 0
