"""The document model: vocabularies, stable ids, collection names and the shape of every stored document.

See docs/model.md for the collections and example documents.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from functools import cache
from typing import Any, TypedDict, TypeVar

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


# Collections. Articles are the source; quotes are written with them and never change; the
# rest is derived from the articles (entente.write.derive) and can be rebuilt from them.
ARTICLES = "articles"
QUOTES = "quotes"
EVENTS = "events"
FIGURES = "figures"
PEOPLE = "people"
RELATIONS = "relations"
COUNTRIES = "countries"
DERIVED = (EVENTS, FIGURES, PEOPLE, RELATIONS, COUNTRIES)
COLLECTIONS = (ARTICLES, QUOTES, *DERIVED)
# {"_id": "schema", "version": n}: the shape of the derived documents this store holds, and
# {"_id": "generation", "token": ...}: a new token after every write readers can see (resolvers.cache).
META = "meta"
SCHEMA = "schema"
GENERATION = "generation"
# Bumped whenever the derived documents change shape: a store of another version is derived
# again from its articles at startup (entente.app.prepare).
SCHEMA_VERSION = 4


# Shapes. Dates are ISO-8601 strings at the precision the text gives ("2023", "2023-09",
# "2023-09-20", or "--06-03" for a month and day without a year); ``dateFirst``/``dateLast``
# are the first and last calendar day they cover ("" when the year is unknown). Values are
# exact decimals as digit strings, never floats.
class Evidence(TypedDict):
    start: int
    end: int
    quote: str


class Period(TypedDict):
    start: str | None
    end: str | None
    cumulative: bool


class FigureFacts(TypedDict):
    """What a figure states; its id is a digest of these (with its countries sorted)."""

    metric: str
    value: str
    unit: str
    qualifier: str
    period: Period | None
    countries: list[str]
    counterpart: str | None
    origin: str | None
    destination: str | None
    label: str | None


class ArticleFigure(FigureFacts):
    _id: str
    event: str | None
    evidence: list[Evidence]


class EventFacts(TypedDict):
    """What an article says of an event, and what the merge of their reports says."""

    key: str
    type: str
    title: str
    status: str
    date: str | None
    endDate: str | None
    location: str | None
    countries: list[str]
    participants: list[str]


class ArticleEvent(EventFacts):
    _id: str
    evidence: list[Evidence]
    figures: list[ArticleFigure]


class ArticlePerson(TypedDict):
    _id: str
    name: str
    country: str | None
    role: str | None
    aliases: list[str]
    evidence: list[Evidence]


class _ArticleBase(TypedDict):
    _id: str
    title: str | None  # the headline, or one derived from the lead sentence (titleDerived)
    titleDerived: bool
    url: str | None
    publishedOn: str | None
    sortKey: str  # publishedOn, or "" when unknown: articles list newest first by (sortKey, _id)
    text: str
    terms: list[str]  # the folded words of title and text (entente.text.search_terms)
    countries: list[str]
    relations: list[str]
    people: list[ArticlePerson]
    events: list[ArticleEvent]
    figures: list[ArticleFigure]  # those tied to no event


class Article(_ArticleBase, total=False):
    pending: bool  # written and not derived yet: set with the article, removed by its derivation


class Quote(TypedDict):
    """What one article quotes of one event or figure."""

    _id: str  # quote_id(item, article)
    item: str
    article: str
    evidence: list[Evidence]


class Event(EventFacts):
    """One real-world event merged from every article reporting it. ``reports`` keeps what each article
    says of it, each different report once (entente.write.derive.distinct): what a new report merges
    into; readers leave them out."""

    _id: str
    figures: list[str]
    dateFirst: str
    dateLast: str
    year: int | None  # of dateFirst: what counts of events by year group on
    relations: list[str]
    reports: list[dict[str, Any]]


class Figure(FigureFacts):
    """One figure merged from every article stating it. Beside what it states, what the aggregates sort
    and group on (resolvers.aggregates): ``amount`` (the value as a float, for ranking only), ``exact``
    (not hedged), when it was first and last reported (publication dates, "" when unknown), ``asOf``
    (for a figure stating no period, when it was first reported, else None) and ``when`` (the day it
    speaks of: its period's last day, else ``asOf``, else "")."""

    _id: str
    event: str | None
    dateFirst: str
    dateLast: str
    relations: list[str]
    amount: float
    exact: bool
    firstReported: str
    lastReported: str
    asOf: str | None
    when: str
    reports: list[dict[str, Any]]


class Person(TypedDict):
    _id: str
    name: str
    country: str | None
    roles: list[str]
    aliases: list[str]
    reports: list[dict[str, Any]]


class Relation(TypedDict):
    _id: str  # relation_id(a, b)
    countries: list[str]
    latest: str | None  # the date of the most recent dated event, as stated
    events: int
    figures: int


class Country(TypedDict):
    _id: str  # ISO 3166-1 alpha-3
    iso2: str
    name: str
    officialName: str
    aliases: list[str]
    demonyms: list[str]
    capital: str | None
    region: str | None
    subregion: str | None
    relations: list[str]  # the ids of its relations, sorted
    regionalFigures: list[str]  # its figures with a region or bloc rather than a country


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
