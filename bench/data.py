"""Deterministic synthetic data: articles, and the derived collections exactly as
``entente.write.derive.derive`` makes them from those articles.

The generator writes events, figures and people first, then the articles that report them,
then the relations and countries they make, since 20,000 articles through the real extractor
and merge would take too long; a rebuild from the articles changes nothing
(tests/test_bench_data.py). ``seed_files`` and ``article_texts`` feed the real seed and ingest
paths instead, where their throughput is measured.

Every scale has the same core, which the nested query reads: 20 hub countries whose first
10 relations (by id) hold 10 events each, each stating 5 figures. The rest is random
(seeded), with hubs taking 40% of the relations, as the real data centres on Kazakhstan.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

from entente import documents as d
from entente.countries import all_countries
from entente.dates import PartialDate
from entente.store import ensure_indexes, set_schema_version
from entente.text import search_terms
from entente.write.build import article_quotes
from entente.write.derive import Said, countries, distinct, relations, timeline_fields

Doc = dict[str, Any]
HUBS, CORE_RELATIONS, CORE_EVENTS, CORE_FIGURES = 20, 10, 10, 5
BATCH = 1000
EVENT_TYPES = [t.value for t in d.EventType]
METRICS = ["TRADE_TURNOVER"] * 4 + ["EXPORTS", "IMPORTS", "INVESTMENT", "FDI", "TRADE_TARGET", "DEAL_VALUE"]


@dataclass(frozen=True)
class Scale:
    name: str
    relations: int
    events: int
    figures: int
    articles: int
    people: int


SCALES = {
    "small": Scale("small", 500, 5_000, 15_000, 2_000, 500),
    "large": Scale("large", 5_000, 50_000, 150_000, 20_000, 5_000),
}


@dataclass
class Dataset:
    scale: Scale
    collections: dict[str, list[Doc]]
    hubs: list[str]

    def counts(self) -> dict[str, int]:
        return {name: len(docs) for name, docs in self.collections.items()}


def _bounds(date: str) -> tuple[str, str]:
    parsed = PartialDate.parse(date)
    return parsed.first_day or "", parsed.last_day or ""


def _spread(rng: random.Random, total: int, slots: int, weights: list[int]) -> list[int]:
    """``total`` items over ``slots``, at least one each, the rest drawn by weight."""
    counts = [1] * slots
    for slot, extra in Counter(rng.choices(range(slots), weights, k=max(total - slots, 0))).items():
        counts[slot] += extra
    return counts


def _relations(rng: random.Random, scale: Scale, codes: list[str]) -> tuple[list[str], list[str], set[str]]:
    """The relation ids, the hubs, and the core relations (each hub's first 10 by id)."""
    hubs = ["KAZ", *rng.sample([c for c in codes if c != "KAZ"], HUBS - 1)]
    pairs: set[str] = set()
    degree = scale.relations * 2 // 5 // HUBS
    for hub in hubs:
        pairs.update(d.relation_id(hub, p) for p in rng.sample([c for c in codes if c != hub], degree))
    while len(pairs) < scale.relations:
        a, b = rng.sample(codes, 2)
        pairs.add(d.relation_id(a, b))
    ordered = sorted(pairs)
    core = {pid for hub in hubs for pid in [p for p in ordered if hub in p.split("-")][:CORE_RELATIONS]}
    return ordered, sorted(hubs), core


def generate(scale: Scale, seed: int = 1991) -> Dataset:
    """Every derived collection and the article documents at this scale, the same for the same seed."""
    rng = random.Random(seed)
    codes = sorted(all_countries())
    names = {code: ref.name for code, ref in all_countries().items()}
    pairs, hubs, core = _relations(rng, scale, codes)
    rest = [p for p in pairs if p not in core]
    hub_set = set(hubs)
    per_relation = dict.fromkeys(core, CORE_EVENTS)
    weights = [3 if hub_set & set(p.split("-")) else 1 for p in rest]
    per_relation.update(
        zip(rest, _spread(rng, scale.events - CORE_EVENTS * len(core), len(rest), weights), strict=True)
    )

    people = []
    for i in range(scale.people):
        country = rng.choice(codes)
        name = f"Person {i:05d} {names[country].split()[0]}"
        people.append(
            {"_id": d.person_id(name.lower(), country), "name": name, "country": country, "roles": [rng.choice(
                ["Minister of Foreign Affairs", "Ambassador", "President", "Deputy Minister"])], "aliases": []}
        )  # fmt: skip
    people_by_country: dict[str, list[Doc]] = {}
    for person in people:
        people_by_country.setdefault(person["country"], []).append(person)

    events: list[Doc] = []
    for pair in pairs:
        a, b = pair.split("-")
        for _ in range(per_relation[pair]):
            n = len(events)
            year, month, day = rng.randint(1992, 2025), rng.randint(1, 12), rng.randint(1, 28)
            date = f"{year}-{month:02d}-{day:02d}" if rng.random() < 0.8 else f"{year}-{month:02d}"
            first, last = _bounds(date)
            kind = rng.choice(EVENT_TYPES)
            party = people_by_country.get(b) or people_by_country.get(a) or []
            events.append(
                {"_id": d.event_id(f"bench:{n}"), "key": f"bench:{n}", "type": kind,
                 "title": f"{kind.title().replace('_', ' ')} between {names[a]} and {names[b]} #{n}",
                 "status": "HAPPENED" if year < 2025 else "PLANNED", "date": date, "endDate": None,
                 "location": rng.choice([None, "Astana", "Almaty", names[b]]), "countries": [a, b],
                 "participants": [p["_id"] for p in rng.sample(party, min(len(party), rng.randint(0, 2)))],
                 "figures": [], "dateFirst": first, "dateLast": last, "relations": [pair]}
            )  # fmt: skip

    core_events = [e for e in events if e["relations"][0] in core]
    other_events = [e for e in events if e["relations"][0] not in core]
    owners: list[Doc | None] = [e for e in core_events for _ in range(CORE_FIGURES)]
    remaining = scale.figures - len(owners)
    tied = remaining * 2 // 3
    owners += rng.choices(other_events, k=tied) + [None] * (remaining - tied)
    figures: list[Doc] = []
    for n, event in enumerate(owners):
        pair = event["relations"][0] if event else rng.choice(rest)
        a, b = pair.split("-")
        year = int(event["dateFirst"][:4]) - 1 if event else rng.randint(1992, 2025)
        metric = rng.choice(METRICS)
        figure = {
            "_id": d.figure_id(f"bench:{n}"), "metric": metric, "value": str(rng.randint(1, 9_000) * 100_000),
            "unit": "USD", "qualifier": rng.choice(["EXACT", "EXACT", "ABOUT", "MORE_THAN"]),
            "period": {"start": str(year), "end": str(year), "cumulative": False}, "countries": [a, b],
            "counterpart": None, "origin": a if metric == "EXPORTS" else None,
            "destination": b if metric == "EXPORTS" else None, "label": None,
            "event": event["_id"] if event else None,
            "dateFirst": f"{year}-01-01", "dateLast": f"{year}-12-31", "relations": [pair],
        }  # fmt: skip
        figures.append(figure)
        if event:
            event["figures"].append(figure["_id"])

    articles = _articles(rng, scale, events, figures, people, names)
    said = Said.of(articles)
    for kind, items in ((said.events, events), (said.figures, figures), (said.people, people)):
        for item in items:
            item["reports"] = distinct(kind[item["_id"]])
    # What the merge adds for the aggregates, as entente.write.derive does (the articles are made already).
    for event in events:
        event["year"] = int(event["dateFirst"][:4])
    for figure in figures:
        figure.update(timeline_fields(figure, figure["reports"]))
    made = relations(events, figures)
    collections = {
        d.COUNTRIES: countries(made, [f for f in figures if f["counterpart"]]),
        d.RELATIONS: list(made.values()),
        d.EVENTS: events,
        d.FIGURES: figures,
        d.PEOPLE: people,
        d.ARTICLES: articles,
        d.QUOTES: [q for article in articles for q in article_quotes(article)],
    }
    return Dataset(scale, collections, hubs)


def _articles(
    rng: random.Random, scale: Scale, events: list[Doc], figures: list[Doc], people: list[Doc], names: dict[str, str]
) -> list[Doc]:
    """Article documents, each stating in full the events, figures and people it reports: one sentence each,
    which is its evidence. An event is in one article, a fifth of them in a second one too."""
    slots: list[list[Doc]] = [[] for _ in range(scale.articles)]
    for i, event in enumerate(events):
        first = i * scale.articles // len(events)
        slots[first].append(event)
        if rng.random() < 0.2:
            second = rng.randrange(scale.articles)
            if second != first:
                slots[second].append(event)
    for figure in (f for f in figures if f["event"] is None):
        slots[rng.randrange(scale.articles)].append(figure)
    for person in people:
        slots[rng.randrange(scale.articles)].append(person)
    by_id = {f["_id"]: f for f in figures}
    articles = []
    for i, items in enumerate(slots):
        sentences, offset = [], 0
        nested: dict[str, list[Doc]] = {"people": [], "events": [], "figures": []}
        for item in items:
            sentence = _sentence(item, names)
            evidence = [{"start": offset, "end": offset + len(sentence), "quote": sentence}]
            sentences.append(sentence)
            offset += len(sentence) + 1
            if "key" in item:
                tied = [{**_stated(by_id[f]), "evidence": evidence} for f in item["figures"]]
                nested["events"].append({**_stated(item), "figures": tied, "evidence": evidence})
            elif "metric" in item:
                nested["figures"].append({**_stated(item), "evidence": evidence})
            else:
                person = {"_id": item["_id"], "name": item["name"], "country": item["country"]}
                nested["people"].append({**person, "role": item["roles"][0], "aliases": [], "evidence": evidence})
        text = " ".join(sentences) or f"Synthetic article {i}."
        title = f"Synthetic article {i}"
        published = f"{2000 + i % 26}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        stated = nested["events"] + nested["figures"]
        articles.append(
            {"_id": f"art_{i:016x}", "title": title, "url": f"https://example.org/{i}", "publishedOn": published,
             "sortKey": published, "text": text, "terms": search_terms(f"{title} {text}"),
             "countries": sorted({c for item in items for c in item.get("countries", [item.get("country")]) if c}),
             "relations": sorted({p for item in stated for p in d.relation_pairs(item["countries"])}), **nested}
        )  # fmt: skip
    return articles


def _sentence(item: Doc, names: dict[str, str]) -> str:
    if "key" in item:
        return f"{item['title']} took place on {item['date']}."
    if "metric" in item:
        a, b = item["countries"]
        return f"Trade between {names[a]} and {names[b]} amounted to {item['value']} US dollars."
    return f"{item['name']} spoke as {item['roles'][0]}."


def _stated(item: Doc) -> Doc:
    """An event or figure as an article states it: without what the merge works out (its days and pairs)."""
    return {k: v for k, v in item.items() if k not in ("dateFirst", "dateLast", "relations", "figures", "reports")}


async def load(db: Any, dataset: Dataset) -> None:
    """Drop the collections, create the indexes, and write every document with insert_many in
    batches, emptying ``dataset`` as it goes; the store is marked as holding this version's shapes."""
    for name in (*d.COLLECTIONS, d.META):
        await db.drop_collection(name)
    await ensure_indexes(db)
    # The dataset gives up each batch once it is written, so the store's copies reuse the
    # memory the generated documents held (a 1.5 GB bound at the large scale).
    for name in list(dataset.collections):
        docs = dataset.collections.pop(name)[::-1]
        while docs:
            batch = docs[-BATCH:][::-1]  # in the generated order
            del docs[-BATCH:]
            await db[name].insert_many(batch)
    await set_schema_version(db)


def seed_files(count: int, seed: int = 7) -> list[Doc]:
    """Seed files (seed.model.SeedFile JSON) about Kazakhstan and a partner: 3 events, 2 figures, 1 person."""
    rng = random.Random(seed)
    codes = sorted(c for c in all_countries() if c != "KAZ")
    files = []
    for i in range(count):
        partner = rng.choice(codes)
        name = all_countries()[partner].name
        envoy = f"Envoy {i:05d} {partner.title()}"
        days = sorted(rng.sample(range(1, 29), 3))
        year = rng.randint(2000, 2025)
        meetings = [
            f"Kazakhstan and {name} held talks number {i}-{k} on {year}-03-{day:02d} with {envoy}."
            for k, day in enumerate(days)
        ]
        trades = [f"Trade between Kazakhstan and {name} in {year - k} amounted to {i + k + 1} million US dollars."
                  for k in range(2)]  # fmt: skip
        files.append(
            {"article": {"text": " ".join(meetings + trades), "title": f"Kazakhstan and {name} #{i}",
                         "publishedOn": f"{year}-04-01"},
             "countries": ["KAZ", partner],
             "people": [{"key": "envoy", "name": envoy, "country": partner, "quotes": [meetings[0]]}],
             "events": [{"key": f"kaz-{partner.lower()}:{i}-{k}", "type": "MEETING", "title": f"Talks {i}-{k}",
                         "date": f"{year}-03-{day:02d}", "countries": ["KAZ", partner], "participants": ["envoy"],
                         "quotes": [sentence]} for k, (day, sentence) in enumerate(zip(days, meetings, strict=True))],
             "figures": [{"metric": "TRADE_TURNOVER", "value": str((i + k + 1) * 1_000_000), "unit": "USD",
                          "period": {"start": str(year - k), "end": str(year - k)}, "countries": ["KAZ", partner],
                          "quotes": [sentence]} for k, sentence in enumerate(trades)]}
        )  # fmt: skip
    return files


def article_texts(count: int, seed: int = 11) -> list[str]:
    """Article texts in the style of the seed articles, for the real extractor and ingest."""
    rng = random.Random(seed)
    codes = sorted(c for c in all_countries() if c != "KAZ")
    texts = []
    for i in range(count):
        name = all_countries()[rng.choice(codes)].name
        year, month, day = rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)
        texts.append(
            f"On {day} {_MONTHS[month - 1]} {year}, Minister of Foreign Affairs of Kazakhstan held talks with "
            f"the Minister of Foreign Affairs of {name} in Astana (report {i}). The parties discussed trade and "
            f"investment. The trade turnover between Kazakhstan and {name} in {year - 1} amounted to "
            f"{rng.randint(2, 900)} million US dollars. The sides agreed to hold the next round of political "
            f"consultations in {year + 1}."
        )
    return texts


_MONTHS = "January February March April May June July August September October November December".split()
