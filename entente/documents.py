"""The document model: the vocabularies, document shapes and stable ids stored in MongoDB.

See docs/model.md for the collections and an example document.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from functools import cache
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


class EventType(StrEnum):
    VISIT = "VISIT"
    MEETING = "MEETING"
    AGREEMENT = "AGREEMENT"
    CREDENTIALS = "CREDENTIALS"
    FORUM = "FORUM"
    DIPLOMATIC_RELATIONS = "DIPLOMATIC_RELATIONS"
    ANNIVERSARY = "ANNIVERSARY"
    RECOGNITION = "RECOGNITION"
    EMBASSY_OPENING = "EMBASSY_OPENING"
    OTHER = "OTHER"


class EventStatus(StrEnum):
    HAPPENED = "HAPPENED"
    PLANNED = "PLANNED"


class Metric(StrEnum):
    TRADE_TURNOVER = "TRADE_TURNOVER"
    EXPORTS = "EXPORTS"
    IMPORTS = "IMPORTS"
    INVESTMENT = "INVESTMENT"
    FDI = "FDI"
    TRADE_TARGET = "TRADE_TARGET"
    DEAL_VALUE = "DEAL_VALUE"
    GRANT = "GRANT"
    COMPANY_COUNT = "COMPANY_COUNT"
    GROWTH_RATE = "GROWTH_RATE"
    COUNT = "COUNT"
    OTHER = "OTHER"


class Qualifier(StrEnum):
    EXACT = "EXACT"
    ABOUT = "ABOUT"
    MORE_THAN = "MORE_THAN"
    LESS_THAN = "LESS_THAN"
    TARGET = "TARGET"


def member(enum: type[E], value: str) -> E:
    """The member of a vocabulary for a stored value, by dict lookup (``enum(value)`` costs
    about a microsecond, and responses convert tens of thousands of values)."""
    return _members(enum)[value]


@cache
def _members(enum: type[E]) -> dict[str, E]:
    return {item.value: item for item in enum}


# Collections, all built by seed.build from the articles.
ARTICLES = "articles"
COUNTRIES = "countries"
RELATIONS = "relations"
EVENTS = "events"
FIGURES = "figures"
PEOPLE = "people"
# Per article only what listing and search read ({_id, sortKey, terms}): a search scans these
# small documents, not the articles (FerretDB reads every whole document for a query on terms).
SEARCH = "search"
# What one article quotes of one event or figure ({_id, article, evidence}), by ``quote_id``: apart from the
# event's document, which would otherwise grow with every article reporting it, and be read and written whole
# by every merge (seed.reports).
QUOTES = "quotes"
COLLECTIONS = (ARTICLES, COUNTRIES, RELATIONS, EVENTS, FIGURES, PEOPLE, SEARCH, QUOTES)
# {"_id": "generation", "token": ...}: a new token around every write, which every request reads, and
# {"_id": "changes", "log": [{"from", "to", "ids"}, ...]}: the last tokens, each with the ids its write
# changed, read only when the token moved, so that readers holding documents in memory
# (resolvers.cache) know which to drop (entente.store.changing). Apart, so that the read of every
# request stays small: FerretDB decodes a whole document before projecting it.
META = "meta"
GENERATION = "generation"
CHANGES = "changes"
# {"_id": "unfinished"} in META while an ingest writes: set before its article, cleared once the
# derived collections are rebuilt. Found at startup, it means a crash came in between (seed.ingest).
UNFINISHED = "unfinished"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def article_id(text: str) -> str:
    """Articles are identified by their text: the same text is the same article."""
    return "art_" + _digest(text)


def event_id(key: str) -> str:
    return "ev_" + _digest(key)


def person_id(folded_name: str, country: str | None) -> str:
    return "per_" + _digest(folded_name, country or "")


def figure_id(content: str) -> str:
    """Figures are identified by what they state (canonical JSON of their content fields)."""
    return "fig_" + _digest(content)


def quote_id(item: str, article: str) -> str:
    """An event's or figure's quotes in one article: the item's id, a slash and the article's."""
    return f"{item}/{article}"


def relation_id(a: str, b: str) -> str:
    """The relation between two countries: their alpha-3 codes in order, joined by a dash."""
    first, second = sorted((a, b))
    return f"{first}-{second}"


def relation_pairs(countries: list[str]) -> list[str]:
    """The relations a fact about these countries belongs to.

    Two countries make one relation. With more (a forum, a multilateral visit), the first
    listed country is the subject and pairs with each of the others, so that a forum in
    Astana joins Kazakhstan's relations without inventing relations among its guests.
    """
    if len(countries) < 2:
        return []
    subject, *others = countries
    return sorted({relation_id(subject, other) for other in others if other != subject})
