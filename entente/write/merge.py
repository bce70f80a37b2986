"""Bringing the derived collections up to date with the articles: for a few new articles, or from all.

An event, figure or person merges the new articles' reports into the distinct reports its stored
document keeps (entente.write.derive.distinct), which merge as every article's report would; a
relation is recounted from the events and figures of its pair, a country from its relations and
regional figures. So deriving some articles gives what a rebuild from all of them gives
(tests/test_rederive.py), and deriving them again changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pymongo import DeleteOne, ReplaceOne

from entente import documents as d
from entente.countries import all_countries
from entente.store import find_by_ids, new_generation
from entente.write.build import article_quotes
from entente.write.derive import (
    Said,
    country_document,
    derive,
    merged_event,
    merged_figure,
    merged_person,
    relation_document,
)

Doc = dict[str, Any]


@dataclass
class Changes:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0

    @property
    def total(self) -> int:
        return self.inserted + self.updated + self.deleted


@dataclass
class Report:
    files: int = 0
    collections: dict[str, Changes] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(c.total for c in self.collections.values())

    def add(self, name: str, changes: Changes) -> None:
        total = self.collections.setdefault(name, Changes())
        total.inserted += changes.inserted
        total.updated += changes.updated
        total.deleted += changes.deleted

    def summary(self) -> str:
        parts = [
            f"{name}: {c.inserted} inserted, {c.updated} updated, {c.deleted} deleted"
            for name, c in self.collections.items()
        ]
        return f"seeded {self.files} file(s), {self.total} change(s)\n" + "\n".join(f"  {p}" for p in parts)


async def sync(
    db: Any, name: str, docs: Iterable[Mapping[str, Any]], stored: Mapping[str, Any], gone: Iterable[str] = ()
) -> Changes:
    """Write ``docs`` whose ``stored`` version (by id; absent: none) differs, and delete ``gone``: one batch
    of upserts and deletes keyed by id, so that writing the same again changes nothing."""
    changes, requests = Changes(), list[Any]()
    for doc in docs:
        old = stored.get(doc["_id"])
        if old == doc:
            continue
        if old is None:
            changes.inserted += 1
        else:
            changes.updated += 1
        requests.append(ReplaceOne({"_id": doc["_id"]}, doc, upsert=True))
    for i in gone:
        if i in stored:
            changes.deleted += 1
            requests.append(DeleteOne({"_id": i}))
    if requests:
        await db[name].bulk_write(requests, ordered=False)
    return changes


async def rebuild(db: Any, report: Report) -> None:
    """Derive every collection again from all articles, writing only what differs and deleting what no
    article supports any longer."""
    articles = await db[d.ARTICLES].find({}).to_list(None)
    for name, docs in derive(articles).items():
        stored = {doc["_id"]: doc for doc in await db[name].find({}).to_list(None)}
        kept = {doc["_id"] for doc in docs}
        report.add(name, await sync(db, name, docs, stored, [i for i in stored if i not in kept]))
    if articles:
        await db[d.ARTICLES].update_many({"pending": True}, {"$unset": {"pending": ""}})
    await new_generation(db)


async def derive_articles(db: Any, articles: list[d.Article]) -> None:
    """Bring the derived collections up to date with ``articles``, which are in the store: their quotes,
    then what they report, each merged with the reports its stored document keeps (no other article is
    read), then the relations and countries that touches. Clears their ``pending`` mark."""
    report = Report()  # what changed: not reported for ingests
    said = Said.of(articles)
    quotes = [q for a in articles for q in article_quotes(a)]
    report.add(d.QUOTES, await sync(db, d.QUOTES, quotes, {}))
    old_events = {e["_id"]: e for e in await find_by_ids(db[d.EVENTS], said.events)}
    old_figures = {f["_id"]: f for f in await find_by_ids(db[d.FIGURES], said.figures)}
    old_people = {p["_id"]: p for p in await find_by_ids(db[d.PEOPLE], said.people)}
    events = [merged_event(i, _kept(old_events, i) + new) for i, new in sorted(said.events.items())]
    figures = [merged_figure(i, _kept(old_figures, i) + new) for i, new in sorted(said.figures.items())]
    people = [merged_person(i, _kept(old_people, i) + new) for i, new in sorted(said.people.items())]
    report.add(d.EVENTS, await sync(db, d.EVENTS, events, old_events))
    report.add(d.FIGURES, await sync(db, d.FIGURES, figures, old_figures))
    report.add(d.PEOPLE, await sync(db, d.PEOPLE, people, old_people))

    # An event's pairs follow its first country, so they can change: its old pairs are recounted too.
    items = [*events, *figures, *old_events.values(), *old_figures.values()]
    pairs = sorted({pair for item in items for pair in item["relations"]})
    regional = {code for f in [*figures, *old_figures.values()] if f["counterpart"] for code in f["countries"]}
    await _relations(db, pairs, report)
    await _countries(db, sorted({c for pair in pairs for c in pair.split("-")} | regional), report)
    await db[d.ARTICLES].update_many({"_id": {"$in": [a["_id"] for a in articles]}}, {"$unset": {"pending": ""}})
    await new_generation(db)  # readers' caches drop what they hold (resolvers.cache)


def _kept(stored: dict[str, Any], i: str) -> list[dict[str, Any]]:
    """The reports a stored document keeps (none for a new one)."""
    return list(stored[i]["reports"]) if i in stored else []


async def _relations(db: Any, pairs: list[str], report: Report) -> None:
    """Recount these relations from their events and figures; one left with neither goes."""
    if not pairs:
        return
    of_pairs = {"relations": {"$in": pairs}}
    events = await db[d.EVENTS].find(of_pairs, {"date": 1, "dateFirst": 1, "relations": 1}).to_list(None)
    figures = await db[d.FIGURES].find(of_pairs, {"relations": 1}).to_list(None)
    stored = {r["_id"]: r for r in await find_by_ids(db[d.RELATIONS], pairs)}
    made = [
        relation_document(
            pair, [e for e in events if pair in e["relations"]], [f for f in figures if pair in f["relations"]]
        )
        for pair in pairs
    ]
    kept = [r for r in made if r["events"] or r["figures"]]
    gone = [r["_id"] for r in made if not (r["events"] or r["figures"])]
    report.add(d.RELATIONS, await sync(db, d.RELATIONS, kept, stored, gone))


async def _countries(db: Any, codes: list[str], report: Report) -> None:
    """List these countries' relations and regional figures again."""
    if not codes:
        return
    relations = await db[d.RELATIONS].find({"countries": {"$in": codes}}, {"_id": 1}).to_list(None)
    regional = (
        await db[d.FIGURES]
        .find({"countries": {"$in": codes}, "counterpart": {"$ne": None}}, {"countries": 1})
        .to_list(None)
    )
    stored = {c["_id"]: c for c in await find_by_ids(db[d.COUNTRIES], codes)}
    references = all_countries()
    made = [
        country_document(
            references[code],
            [r["_id"] for r in relations if code in r["_id"].split("-")],
            [f["_id"] for f in regional if code in f["countries"]],
        )
        for code in codes
    ]
    report.add(d.COUNTRIES, await sync(db, d.COUNTRIES, made, stored))
