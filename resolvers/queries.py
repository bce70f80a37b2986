"""Every MongoDB query the API issues. Functions take the database first.

Batch functions return results aligned with their keys (``None`` for a miss), as
DataLoaders expect; each costs a lookup per key for a few keys, sent at once, and one
round trip for more (entente.store.find_by_ids), whatever the number of parents asking.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from entente import documents as d
from entente.errors import BadUserInput
from entente.store import find_by_ids
from entente.text import search_terms
from resolvers.pagination import Page, page_query
from seed.build import UNLISTED

Doc = dict[str, Any]

# Large fields a reader of the list does not need; the article text stays (Article.text).
_ARTICLE_PROJECTION = {"terms": 0}
# An event or figure as a relation lists it (seed.build.listed): without what grows with every article reporting
# it, the ids of those articles and the reports the merge keeps (seed.reports), which no reader needs. Its quotes
# are in a collection of their own, read by Event.sources and Figure.sources (``_quotes``).
_LISTED_PROJECTION = {field: 0 for name in UNLISTED for field in (name, f"figures.{name}")}


async def _by_ids(db: Any, collection: str, ids: list[str], projection: Doc | None = None) -> list[Doc | None]:
    # A few ids are looked up one by one, at once (entente.store.find_by_ids): FerretDB answers an $in by
    # reading and decoding the whole collection, and a find() of one id cost it as much; a find_one() did not.
    # The events of a soak's store (117, 1.8 MB; FerretDB idle): 56 ms by find(), 3 ms by find_one(); 482 ms
    # for an $in of 10, 21 ms for the 10 lookups. Its 2,500 articles: 8 ms per lookup; an $in of 10 articles
    # took 2.2-2.9 s at 3,000.
    by_id = {doc["_id"]: doc for doc in await find_by_ids(db[collection], ids, projection)}
    return [by_id.get(i) for i in ids]


async def countries_by_code(db: Any, codes: list[str]) -> list[Doc | None]:
    return await _by_ids(db, d.COUNTRIES, codes)


async def relations_by_id(db: Any, ids: list[str]) -> list[Doc | None]:
    return await _by_ids(db, d.RELATIONS, ids)


async def events_by_id(db: Any, ids: list[str]) -> list[Doc | None]:
    return await _by_ids(db, d.EVENTS, ids, _LISTED_PROJECTION)


async def figures_by_id(db: Any, ids: list[str]) -> list[Doc | None]:
    return await _by_ids(db, d.FIGURES, ids, _LISTED_PROJECTION)


async def event_sources_by_id(db: Any, ids: list[str]) -> list[Doc | None]:
    return await _quotes(db, d.EVENTS, ids)


async def figure_sources_by_id(db: Any, ids: list[str]) -> list[Doc | None]:
    return await _quotes(db, d.FIGURES, ids)


async def _quotes(db: Any, collection: str, ids: list[str]) -> list[Doc | None]:
    """Events' or figures' quotes, ``{_id, sources}``: ``sources`` lists ``{article, start, end, quote}`` in
    article id order (and as the article states them within one). Two loads by id: the articles reporting
    each item (its ``articles``), then what each of them quotes of it (``quotes``)."""
    items = await _by_ids(db, collection, ids, {"articles": 1})
    asked = [d.quote_id(item["_id"], article) for item in items if item for article in item["articles"]]
    found = {q["_id"]: q for q in await find_by_ids(db[d.QUOTES], asked)}

    def sources(item: Doc) -> list[Doc]:
        quoted = (found.get(d.quote_id(item["_id"], article)) for article in item["articles"])
        return [{"article": q["article"], **ev} for q in quoted if q for ev in q["evidence"]]

    return [{"_id": item["_id"], "sources": sources(item)} if item else None for item in items]


async def people_by_id(db: Any, ids: list[str]) -> list[Doc | None]:
    return await _by_ids(db, d.PEOPLE, ids)


async def articles_by_id(db: Any, ids: list[str]) -> list[Doc | None]:
    return await _by_ids(db, d.ARTICLES, ids, _ARTICLE_PROJECTION)


async def country_page(db: Any, first: int | None, after: str | None, *, with_relations: bool | None) -> Page:
    query: Doc = {}
    if with_relations is not None:
        query = {"relations.0": {"$exists": with_relations}}
    return await page_query(db[d.COUNTRIES], query, ["_id"], first, after, descending=False)


def event_query(types: list[str] | None, start: str | None, end: str | None, country: str | None) -> Doc:
    """Events of these types, involving the country, whose dates overlap [start, end]."""
    query: Doc = {}
    if types:
        query["type"] = {"$in": types}
    if country:
        query["countries"] = country
    if start:
        query["dateLast"] = {"$gte": start}
    if end:
        query["dateFirst"] = {"$lte": end, "$ne": ""}
    return query


async def event_page(db: Any, query: Doc, first: int | None, after: str | None) -> Page:
    return await page_query(
        db[d.EVENTS], query, ["dateFirst", "_id"], first, after, descending=True, projection=_LISTED_PROJECTION
    )


# Every word must occur: more than a few dozen find nothing a shorter search would not, and 200,000 (a 1.3 MB
# search) kept the embedded store's $all busy for 10 s per 5 articles.
MAX_SEARCH_WORDS = 50


async def search_page(db: Any, terms: tuple[str, ...], first: int | None, after: str | None) -> Page:
    """A page of search entries, newest first, having every term: asked of the store (a request
    without the document cache; with it, resolvers.search answers from memory)."""
    query = {"terms": {"$all": list(terms)}} if terms else {}
    return await page_query(
        db[d.SEARCH], query, ["sortKey", "_id"], first, after, descending=True, projection={"terms": 0}
    )


async def article_page(loaders: Any, search: str | None, first: int | None, after: str | None) -> Page:
    """A page of articles, newest first, with every word of ``search`` if given: a page of the small
    search entries, then its articles by id, each through the request's loaders (and so the document
    cache, whose search index answers the page and its count from memory)."""
    terms: tuple[str, ...] = ()
    if search:
        terms = tuple(search_terms(search))
        if len(terms) > MAX_SEARCH_WORDS:
            raise BadUserInput(f"search: {len(terms):,} different words; the maximum is {MAX_SEARCH_WORDS}")
    page = await loaders.search(terms, first, after)
    found = await loaders.articles.load_many([entry["_id"] for entry in page.docs])
    # An article is never deleted; should one be missing all the same, its entry is left out of the page.
    kept = [(doc, cursor) for doc, cursor in zip(found, page.cursors, strict=True) if doc is not None]
    return replace(page, docs=[doc for doc, _ in kept], cursors=[cursor for _, cursor in kept])
