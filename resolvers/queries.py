"""Every MongoDB query the API issues. Functions take the database first.

Batch functions return results aligned with their keys (``None`` for a miss), as DataLoaders
expect, and each is one operation however many keys ask: one ``$in`` for loads by id, one query
for the pages a level of a nested query asks of its relations.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from entente import documents as d
from entente.errors import BadUserInput
from entente.store import find_by_ids
from entente.text import search_terms
from resolvers.criteria import EventCriteria, FigureCriteria
from resolvers.pagination import Page, after_filter, cut, page_query, page_size

Doc = dict[str, Any]
Criteria = EventCriteria | FigureCriteria
# A page of a relation's events or figures: (relation id, criteria, first, after).
PageKey = tuple[str, Criteria, int | None, str | None]

# Events newest first, undated last; figures by the last day of their period.
EVENT_ORDER = ("dateFirst", "_id")
FIGURE_ORDER = ("dateLast", "_id")
# Every word must occur: more than a few dozen find nothing a shorter search would not.
MAX_SEARCH_WORDS = 50


async def by_ids(db: Any, collection: str, ids: list[str]) -> list[Doc | None]:
    """The documents with these ids, aligned with them (None for a miss)."""
    by_id = {doc["_id"]: doc for doc in await find_by_ids(db[collection], ids, _PROJECTIONS.get(collection))}
    return [by_id.get(i) for i in ids]


# What readers never need: an article's words and mark (its text stays: Article.text), and the reports an
# event, figure or person keeps for the writer's merges.
_WRITERS_ONLY = {"reports": 0}
_PROJECTIONS = {
    d.ARTICLES: {"terms": 0, "pending": 0},
    d.EVENTS: _WRITERS_ONLY,
    d.FIGURES: _WRITERS_ONLY,
    d.PEOPLE: _WRITERS_ONLY,
}


async def quotes_by_item(db: Any, items: list[str]) -> list[list[Doc]]:
    """Each event's or figure's quotes, ``{article, start, end, quote}``, in article id order (and as the
    article states them within one)."""
    found = await db[d.QUOTES].find({"item": {"$in": sorted(set(items))}}).to_list(None)
    by_item: dict[str, list[Doc]] = {}
    for quote in sorted(found, key=lambda q: q["article"]):
        by_item.setdefault(quote["item"], []).extend({"article": quote["article"], **ev} for ev in quote["evidence"])
    return [by_item.get(item, []) for item in items]


async def relation_events(db: Any, keys: list[PageKey]) -> list[Page]:
    return await _relation_pages(db, d.EVENTS, EVENT_ORDER, keys)


async def relation_figures(db: Any, keys: list[PageKey]) -> list[Page]:
    return await _relation_pages(db, d.FIGURES, FIGURE_ORDER, keys)


async def _relation_pages(db: Any, collection: str, order: Sequence[str], keys: list[PageKey]) -> list[Page]:
    """Pages of relations' events (or figures), newest first: one keyset query for the relations asking
    with the same arguments, as a level of a nested query does. For one relation the query stops after
    the page; for several it reads what follows the cursor for each, and each page is cut from it."""
    asking: dict[tuple[Criteria, int | None, str | None], list[str]] = {}
    for pair, *arguments in keys:
        asking.setdefault(tuple(arguments), []).append(pair)  # type: ignore[arg-type]
    pages: dict[PageKey, Page] = {}
    for (criteria, first, after), pairs in asking.items():
        size = page_size(first)
        pairs = sorted(set(pairs))
        query = {**criteria.query(), "relations": pairs[0] if len(pairs) == 1 else {"$in": pairs}}
        following = after_filter(after, order, descending=True)
        found = (
            await db[collection]
            .find(
                {"$and": [query, following]} if following else query,
                _WRITERS_ONLY,
                sort=[(field, -1) for field in order],
                limit=size + 1 if len(pairs) == 1 else 0,
            )
            .to_list(None)
        )
        for pair in pairs:
            mine = [doc for doc in found if pair in doc["relations"]][: size + 1]
            pages[(pair, criteria, first, after)] = cut(mine, order, size, after)  # counted apart: relation_counts
    return [pages[key] for key in keys]


async def relation_counts(db: Any, collection: str, keys: list[tuple[str, Criteria]]) -> list[int]:
    """How many events (or figures) of each relation match its criteria: one count per criteria asked."""
    asking: dict[Criteria, list[str]] = {}
    for pair, criteria in keys:
        asking.setdefault(criteria, []).append(pair)
    counts: dict[tuple[str, Criteria], int] = {}
    for criteria, pairs in asking.items():
        pairs = sorted(set(pairs))
        within = {"relations": {"$in": pairs}}
        pipeline = [
            {"$match": {**criteria.query(), **within}},
            {"$unwind": "$relations"},
            {"$match": within},
            {"$group": {"_id": "$relations", "n": {"$sum": 1}}},
        ]
        rows = await (await db[collection].aggregate(pipeline)).to_list(None)
        found = {row["_id"]: row["n"] for row in rows}
        counts.update(((pair, criteria), found.get(pair, 0)) for pair in pairs)
    return [counts[key] for key in keys]


async def country_page(db: Any, first: int | None, after: str | None, with_relations: bool | None) -> Page:
    query: Doc = {}
    if with_relations is not None:
        query = {"relations.0": {"$exists": with_relations}}
    return await page_query(db[d.COUNTRIES], query, ["_id"], first, after, descending=False)


async def event_page(db: Any, criteria: EventCriteria, first: int | None, after: str | None) -> Page:
    order = list(EVENT_ORDER)
    return await page_query(
        db[d.EVENTS], criteria.query(), order, first, after, descending=True, projection=_WRITERS_ONLY
    )


def search_words(search: str | None) -> list[str] | None:
    """The words to look for (None: no search; empty: a search with no word in it); too many is an error."""
    if search is None or not search.strip():
        return None
    terms = search_terms(search)
    if len(terms) > MAX_SEARCH_WORDS:
        raise BadUserInput(f"search: {len(terms):,} different words; the maximum is {MAX_SEARCH_WORDS}")
    return terms


async def article_page(db: Any, search: str | None, first: int | None, after: str | None) -> Page:
    """A page of articles, newest first; with ``search``, those having every word of it (none, when it
    has no word at all: punctuation only). An empty or blank search is none."""
    query: Doc = {}
    terms = search_words(search)
    if terms is not None:
        if not terms:
            page_size(first)  # a bad page size is still an error
            return Page(docs=[], cursors=[], has_next=False, has_previous=after is not None, total=0)
        query = {"terms": {"$all": terms}}
    order = ["sortKey", "_id"]
    return await page_query(
        db[d.ARTICLES], query, order, first, after, descending=True, projection=_PROJECTIONS[d.ARTICLES]
    )
