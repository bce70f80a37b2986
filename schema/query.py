"""The Query root: the entry points into the knowledge base."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from entente import documents as d
from resolvers import countries as countries_r
from resolvers import events as events_r
from resolvers import nodes as nodes_r
from resolvers import relations as relations_r
from resolvers.criteria import EventCriteria
from schema.aggregates import EventCount
from schema.article import Article
from schema.country import Country
from schema.event import Event
from schema.figure import Figure
from schema.node import Connection, Node
from schema.person import Person
from schema.relation import EventFilter, Relation

NODE_TYPES = {cls.__name__: cls for cls in (Country, Relation, Event, Figure, Person, Article)}


@strawberry.type
class Query:
    @strawberry.field(description="Any object by its global id, e.g. 'Country:KAZ'.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        type_name, doc = await nodes_r.node(info.context, id)
        return NODE_TYPES[type_name].from_doc(doc) if doc else None

    @strawberry.field(description="A country by ISO alpha-3 or alpha-2 code, in any case; null if there is none.")
    async def country(self, info: Info, code: str) -> Country | None:
        doc = await countries_r.country(info.context, code)
        return Country.from_doc(doc) if doc else None

    @strawberry.field(
        description="All ISO 3166-1 countries by code; `withRelations` keeps those with (or without) relations."
    )
    async def countries(
        self, info: Info, first: int | None = None, after: str | None = None, with_relations: bool | None = None
    ) -> Connection[Country]:
        page = await countries_r.countries(info.context, first, after, with_relations)
        return Connection.from_page(page, info.context.reads.maker(Country.from_doc))

    @strawberry.field(description="The relation between two countries; the order of `a` and `b` does not matter.")
    async def relation(self, info: Info, a: str, b: str) -> Relation | None:
        doc = await relations_r.relation(info.context, a, b)
        return Relation.from_doc(doc) if doc else None

    @strawberry.field(description="Events across all relations, newest first.")
    async def events(
        self, info: Info, first: int | None = None, after: str | None = None, filter: EventFilter | None = None
    ) -> Connection[Event]:
        page = await events_r.events(info.context, first, after, filter.criteria() if filter else EventCriteria())
        return Connection.from_page(page, info.context.reads.maker(Event.from_doc))

    @strawberry.field(
        description="Events by type and year across all relations (those the filter keeps), oldest year first."
    )
    async def event_counts(self, info: Info, filter: EventFilter | None = None) -> list[EventCount]:
        criteria = filter.criteria() if filter else EventCriteria()
        return [EventCount.of(c) for c in await events_r.event_counts(info.context, criteria)]

    @strawberry.field(description="Articles, newest first; `search` keeps those whose title or text has every word.")
    async def articles(
        self, info: Info, first: int | None = None, after: str | None = None, search: str | None = None
    ) -> Connection[Article]:
        page = await events_r.articles(info.context, search, first, after)
        return Connection.from_page(page, Article.from_doc)

    @strawberry.field(description="An article by id ('Article:art_...' or 'art_...'); null if there is none.")
    async def article(self, info: Info, id: strawberry.ID) -> Article | None:
        key = id.removeprefix("Article:")
        doc = await info.context.loaders.one(d.ARTICLES, key)
        return Article.from_doc(doc) if doc else None
