"""Seeding: validate seed files, then write their documents idempotently.

Every file is read and validated (JSON, schema, country codes, quotes) before anything
is written, so one bad file leaves the store as it was. Writes are replacements keyed by
the documents' stable ids and are skipped where the stored document is already equal,
so a second run reports zero changes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bson
from pydantic import ValidationError

from entente import documents as d
from entente.countries import all_countries
from entente.store import changing, ensure_indexes, find_by_ids, write_whole
from seed.build import (
    Doc,
    add_reports,
    article_document,
    article_figures,
    article_quotes,
    country_document,
    derive,
    person_document,
    person_report,
    relation_document,
    search_entry,
)
from seed.evidence import QuoteError, locate
from seed.model import SeedFile
from seed.reports import EVENT_BASE, FIGURE_BASE, Reported, embed, merged_event, merged_figure

log = logging.getLogger("entente")

DATA_DIR = Path(__file__).parent / "data"
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024


class SeedError(ValueError):
    """One or more seed files are invalid; ``problems`` lists each as 'file: path: message'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid seed data:\n" + "\n".join(f"  {p}" for p in problems))


@dataclass
class Changes:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    ids: set[str] = field(default_factory=set, compare=False, repr=False)  # of the documents written or deleted

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

    def summary(self) -> str:
        parts = [
            f"{name}: {c.inserted} inserted, {c.updated} updated, {c.deleted} deleted"
            for name, c in self.collections.items()
        ]
        return f"seeded {self.files} file(s), {self.total} change(s)\n" + "\n".join(f"  {p}" for p in parts)


def seed_paths(paths: list[Path]) -> list[Path]:
    """The JSON files named, with directories expanded to their *.json files in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.json")))
        else:
            found.append(path)
    return found


def _json_path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(root)"


class _JSONObject(dict):
    """A JSON object that remembers the keys its text gave more than once (json keeps the last silently)."""

    repeated: tuple[str, ...] = ()

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> _JSONObject:
        obj = cls(pairs)
        if len(obj) < len(pairs):
            seen: set[str] = set()
            obj.repeated = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
        return obj


def _repeated_keys(data: Any) -> list[tuple[str, str]]:
    """(JSON path, key) of every key given twice in one object. Iterative: the nesting can be as deep as
    the JSON reader allows."""
    found = []
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, _JSONObject):
            found += [(_json_path(loc), key) for key in value.repeated]
            stack += [(item, (*loc, key)) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, (*loc, i)) for i, item in enumerate(value)]
    return sorted(found)


def read_seed_file(path: Path) -> SeedFile:
    """One validated seed file; raises SeedError naming the file, the JSON path and the problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError([f"{path}: cannot read: {exc}"]) from exc
    try:
        data = json.loads(raw, object_pairs_hook=_JSONObject.of)
    except json.JSONDecodeError as exc:
        raise SeedError([f"{path}: line {exc.lineno} column {exc.colno}: malformed JSON: {exc.msg}"]) from exc
    except RecursionError as exc:
        raise SeedError([f"{path}: malformed JSON: arrays or objects nested too deeply"]) from exc
    except ValueError as exc:  # an integer longer than int() reads (sys.get_int_max_str_digits())
        raise SeedError([f"{path}: malformed JSON: a number is too long: {str(exc).partition(';')[0]}"]) from exc
    repeated = _repeated_keys(data)
    if repeated:
        raise SeedError([f"{path}: {where}: the key {key!r} is given more than once" for where, key in repeated])
    try:
        seed = SeedFile.model_validate(data)
    except ValidationError as exc:
        raise SeedError(
            [f"{path}: {_json_path(e['loc'])}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()]
        ) from exc
    problems = []
    for group in ("people", "events", "figures"):
        for i, item in enumerate(getattr(seed, group)):
            for j, quote in enumerate(item.quotes):
                try:
                    locate(seed.article.text, quote)
                except QuoteError as exc:
                    problems.append(f"{path}: {group}[{i}].quotes[{j}]: {exc}")
    if problems:
        raise SeedError(problems)
    return seed


def read_seed_files(paths: list[Path]) -> list[SeedFile]:
    """Every file validated; all problems in all files are reported together."""
    files, problems = [], []
    ids: dict[str, Path] = {}
    for path in seed_paths(paths):
        try:
            seed = read_seed_file(path)
        except SeedError as exc:
            problems.extend(exc.problems)
            continue
        aid = d.article_id(seed.article.text)
        if aid in ids:
            problems.append(f"{path}: article.text: the same article as {ids[aid]}")
        ids[aid] = path
        files.append(seed)
    if problems:
        raise SeedError(problems)
    return files


def _check_sizes(paths: list[Path], articles: list[Doc]) -> None:
    """MongoDB refuses a document over 16 MiB; found before any write (a seed with drop would have dropped
    every collection before the refusal), as every other problem is."""
    problems = [
        f"{path}: article: its document is {size:,} bytes of BSON, over MongoDB's limit of {MAX_DOCUMENT_BYTES:,}"
        for path, doc in zip(paths, articles, strict=True)
        if (size := len(bson.encode(doc))) > MAX_DOCUMENT_BYTES
    ]
    if problems:
        raise SeedError(problems)


async def sync_collection(
    db: Any,
    name: str,
    docs: list[Doc],
    *,
    prune: bool,
    among: list[str] | None = None,
    known: dict[str, Doc | None] | None = None,
) -> Changes:
    """Make the collection hold ``docs``: replace what differs, and with ``prune`` delete the rest
    (of the documents with the ids ``among``, by default all). ``known`` holds stored documents
    already read, by id (None for one known to be absent): they are not read again."""
    collection = db[name]
    known = known or {}
    if among is None:
        existing = {doc["_id"]: doc for doc in await collection.find({}).to_list(None)}
    else:
        unread = [i for i in among if i not in known]
        existing = {i: doc for i in among if (doc := known.get(i)) is not None}
        existing.update((doc["_id"], doc) for doc in await find_by_ids(collection, unread))
    changes = Changes()
    new, changed = [], []
    for doc in docs:
        old = existing.get(doc["_id"])
        if old == doc:
            continue
        if old is None:
            changes.inserted += 1
            new.append(doc)
        else:
            changes.updated += 1
            changed.append(doc)
        changes.ids.add(doc["_id"])
    taken = set(await write_whole(collection, new, changed))
    if taken:  # written meanwhile by another process: this one's version replaces it, as it would have
        await write_whole(collection, [], [doc for doc in new if doc["_id"] in taken])
    if prune:
        stale = sorted(set(existing) - {doc["_id"] for doc in docs})
        if stale:
            await collection.delete_many({"_id": {"$in": stale}})
            changes.deleted = len(stale)
            changes.ids.update(stale)
    return changes


async def rebuild_derived(db: Any, report: Report) -> None:
    """Rebuild every derived collection from all articles in the store (inside ``changing(db)``)."""
    articles = await db[d.ARTICLES].find({}).to_list(None)
    for name, docs in derive(articles).items():
        report.collections[name] = await sync_collection(db, name, docs, prune=True)


async def _landed(db: Any, articles: list[Doc], unsure: Collection[str]) -> list[Doc]:
    """The articles, less those of ``unsure`` that the store lacks (a write that failed may not have landed)."""
    asked = {a["_id"] for a in articles} & set(unsure)
    if not asked:
        return articles
    found = {doc["_id"] for doc in await find_by_ids(db[d.ARTICLES], asked, {"_id": 1})}
    return [a for a in articles if a["_id"] not in asked - found]


def _current(stored: list[Doc]) -> bool:
    """Whether these stored events and figures are as this version writes them: keeping their reports,
    and not their quotes. Else (written by an older version, before seed.reports or before ``quotes``) the
    whole store is derived again, which writes them so."""
    if all("reports" in doc and "sources" not in doc for doc in stored):
        return True
    log.warning("events or figures written by an older version (reports not kept, or quotes kept); deriving all again")
    return False


async def _people(db: Any, articles: list[Doc]) -> tuple[list[Doc], dict[str, Doc | None]]:
    """The people the new ``articles`` name, each merged from its stored reports and theirs, and the
    stored documents of those people (None for a new one)."""
    new: dict[str, list[Doc]] = {}
    countries: dict[str, str | None] = {}
    for article in articles:
        for person in article["people"]:
            new.setdefault(person["_id"], []).append(person_report(person, article))
            countries[person["_id"]] = person["country"]
    stored = {p["_id"]: p for p in await find_by_ids(db[d.PEOPLE], new)}
    known = {pid: p["reports"] for pid, p in stored.items() if "reports" in p}
    earlier = [p for p in stored.values() if "reports" not in p]  # merged before people kept their reports
    known.update((p["_id"], []) for p in earlier)
    for article in await find_by_ids(db[d.ARTICLES], {a for p in earlier for a in p["articles"]}, {"people": 1}):
        for person in article["people"]:
            if person["_id"] in stored and "reports" not in stored[person["_id"]]:
                known[person["_id"]].append(person_report(person, article))
    people = []
    for pid, reports in sorted(new.items()):
        again = {r["article"] for r in reports}
        kept = [r for r in known.get(pid, []) if r["article"] not in again]
        named = stored[pid]["articles"] if pid in stored else []  # the reports kept are the distinct ones only
        people.append(person_document(pid, countries[pid], kept + reports, named))
    return people, {pid: stored.get(pid) for pid in new}


def _replaced(stored: list[Doc], new: list[Doc], pair: str) -> list[Doc]:
    """A relation's stored events (or figures), with the new versions of those in ``new`` of its pair."""
    ids = {doc["_id"] for doc in new}
    return [doc for doc in stored if doc["_id"] not in ids] + [doc for doc in new if pair in doc["relations"]]


async def rederive(db: Any, articles: list[Doc], report: Report, unsure: Collection[str] = ()) -> None:
    """Bring the derived collections up to date with ``articles``, just added to the store, touching only
    what they touch (inside ``changing(db)``). ``unsure`` names articles whose write failed: those the
    store lacks are left out.

    An ingest only ever adds reports, so the derived documents it changes are its own events,
    figures and people, the events its figures are embedded in, the relations of their pairs (before
    and after: an event's subject is its first report's first country, so its pairs can move) and
    the countries of those pairs or of its regional figures. Each event and figure merges the new
    reports into those its stored document keeps (seed.reports), and a person likewise, so that each
    comes out as ``rebuild_derived`` would make it without the articles reporting it being read
    again. Their quotes are new documents of ``quotes``, written and never read. A relation keeps the
    stored copies of its other events and figures, and goes when none are left; a country updates its
    lists of pairs and regional figures. Every read is by id.
    """
    landed = await _landed(db, articles, unsure)
    again = {article["_id"] for article in landed}
    event_ids = {e["_id"] for a in landed for e in a["events"]}
    figure_ids = {f["_id"] for a in landed for f in article_figures(a)}
    stored_figures = {f["_id"]: f for f in await find_by_ids(db[d.FIGURES], figure_ids)}
    # The events a changed figure is embedded in take its new version: the new articles' own, and those
    # an earlier article tied it to.
    tied = {r["event"] for f in stored_figures.values() for r in f.get("reports", ()) if r["event"]} - event_ids
    stored_events = {e["_id"]: e for e in await find_by_ids(db[d.EVENTS], event_ids | tied)}
    if not _current([*stored_events.values(), *stored_figures.values()]):
        await rebuild_derived(db, report)
        return
    events = {i: Reported.stored(e, EVENT_BASE, again) for i, e in stored_events.items() if i in event_ids}
    figures = {i: Reported.stored(f, FIGURE_BASE, again) for i, f in stored_figures.items()}
    for article in landed:
        add_reports(article, events, figures)
    merged_figures = {i: merged_figure(said) for i, said in figures.items()}
    new_events = []
    for i in sorted(event_ids | tied):
        stored = stored_events.get(i)
        event = merged_event(events[i]) if i in events else stored
        if event is None:  # tied to an event the store lacks: nothing embeds the figure there
            continue
        embedded = {f["_id"]: f for f in stored["figures"]} if stored else {}
        new_events.append(embed(event, {**embedded, **merged_figures}))
    new_figures = list(merged_figures.values())
    left = {pair for e in stored_events.values() for pair in e["relations"]}
    new_people, known_people = await _people(db, landed)

    pairs = sorted({pair for item in new_events + new_figures for pair in item["relations"]} | left)
    stored_relations = {r["_id"]: r for r in await find_by_ids(db[d.RELATIONS], pairs)}
    relations = []
    for pair in pairs:
        old = stored_relations.get(pair, {"events": [], "figures": []})
        events_of, figures_of = _replaced(old["events"], new_events, pair), _replaced(old["figures"], new_figures, pair)
        if events_of or figures_of:
            relations.append(relation_document(pair, events_of, figures_of))
    live = {r["_id"] for r in relations}

    regional = [f for f in new_figures if f["counterpart"]]
    codes = sorted({c for pair in pairs for c in pair.split("-")} | {c for f in regional for c in f["countries"]})
    references = all_countries()
    stored_countries = {c["_id"]: c for c in await find_by_ids(db[d.COUNTRIES], codes)}
    countries = []
    for code in codes:
        old = stored_countries.get(code) or country_document(references[code], [], [])
        countries.append(
            country_document(
                references[code],
                {*(set(old["relations"]) - set(pairs)), *(pair for pair in live if code in pair.split("-"))},
                {*old["regionalFigures"], *(f["_id"] for f in regional if code in f["countries"])},
            )
        )

    quotes = [q for article in landed for q in article_quotes(article)]
    known: dict[str, dict[str, Doc | None]] = {
        d.QUOTES: {q["_id"]: None for q in quotes},
        d.EVENTS: {i: stored_events.get(i) for i in event_ids | tied},
        d.FIGURES: {i: stored_figures.get(i) for i in figure_ids},
        d.PEOPLE: known_people,
        d.RELATIONS: {pair: stored_relations.get(pair) for pair in pairs},
        d.COUNTRIES: {code: stored_countries.get(code) for code in codes},
        # New articles have no entries (nor quotes) yet, unless a derivation of them that failed later wrote
        # them: the write finds those and replaces them with the same (sync_collection). Each lookup cost
        # FerretDB 0.5 s under load, 20 of them per merge.
        d.SEARCH: {article["_id"]: None for article in landed},
    }
    # The quotes first: an event or figure naming an article is never stored before that article's quotes of it.
    for name, docs in (
        (d.QUOTES, quotes),
        (d.EVENTS, new_events),
        (d.FIGURES, new_figures),
        (d.PEOPLE, new_people),
        (d.RELATIONS, relations),
        (d.COUNTRIES, countries),
        (d.SEARCH, [search_entry(a) for a in landed]),
    ):
        ids = pairs if name == d.RELATIONS else [doc["_id"] for doc in docs]  # a relation left empty goes
        report.collections[name] = await sync_collection(db, name, docs, prune=True, among=ids, known=known.get(name))


async def rebuild(db: Any, report: Report) -> None:
    """Rebuild every derived collection, as a write of its own."""
    async with changing(db):
        await rebuild_derived(db, report)


async def seed(db: Any, paths: list[Path] | None = None, *, drop: bool = False) -> Report:
    """Validate the seed files (default: seed/data), then write them and rebuild the graph."""
    files = read_seed_files(paths or [DATA_DIR])
    articles = [article_document(f) for f in files]
    _check_sizes(seed_paths(paths or [DATA_DIR]), articles)  # the files are valid, so one per path, in order
    report = Report(files=len(files))
    async with changing(db):
        if drop:
            for name in d.COLLECTIONS:
                await db.drop_collection(name)
        await ensure_indexes(db)
        report.collections[d.ARTICLES] = await sync_collection(db, d.ARTICLES, articles, prune=False)
        await rebuild_derived(db, report)
    return report
