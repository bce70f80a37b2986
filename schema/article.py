"""The Article type and Evidence, the sentence of an article a fact was read from."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry
from strawberry.types import Info

from entente import documents as d
from schema.node import Node, to_global_id


@strawberry.type(description="A news article and the entities extracted from it.")
class Article(Node):
    id: strawberry.ID
    title: str | None = strawberry.field(
        description="The headline, or where the article has none, a short title made from its lead sentence."
    )
    title_derived: bool = strawberry.field(
        description="True when `title` was made from the lead sentence rather than given as the headline."
    )
    url: str | None = strawberry.field(description="Where the article was published, when the ingest gave it.")
    published_on: date | None = strawberry.field(description="From the article itself; null when it does not say.")
    text: str = strawberry.field(description="The full text; Evidence offsets index into it.")
    _doc: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Article:
        published = doc["publishedOn"]
        return cls(
            id=to_global_id("Article", doc["_id"]),
            title=doc["title"],
            title_derived=doc.get("titleDerived", False),  # articles stored before titles were derived have none
            url=doc["url"],
            published_on=date.fromisoformat(published) if published else None,
            text=doc["text"],
            _doc=doc,
        )

    @strawberry.field(description="Every country the article mentions.")
    def countries(self, info: Info) -> list[Country]:
        return load_countries(info, self._doc["countries"])

    @strawberry.field(description="The relations the article's events and figures belong to.")
    async def relations(self, info: Info) -> list[Relation]:
        docs = await info.context.loaders.many(d.RELATIONS, self._doc["relations"])
        return list(map(info.context.reads.maker(Relation.from_doc), docs))

    @strawberry.field(description="The people the article names, merged with other reports of them.")
    async def people(self, info: Info) -> list[Person]:
        docs = await info.context.loaders.many(d.PEOPLE, [p["_id"] for p in self._doc["people"]])
        return list(map(info.context.reads.maker(Person.from_doc), docs))

    @strawberry.field(description="The article's events, merged with other reports of the same events.")
    async def events(self, info: Info) -> list[Event]:
        docs = await info.context.loaders.many(d.EVENTS, [e["_id"] for e in self._doc["events"]])
        return list(map(info.context.reads.maker(Event.from_doc), docs))

    @strawberry.field(description="Every figure the article states, including those tied to an event.")
    async def figures(self, info: Info) -> list[Figure]:
        ids = [f["_id"] for e in self._doc["events"] for f in e["figures"]] + [f["_id"] for f in self._doc["figures"]]
        docs = await info.context.loaders.many(d.FIGURES, ids)
        return list(map(info.context.reads.maker(Figure.from_doc), docs))


@strawberry.type(description="Where a fact was read: the sentence and its character offsets in the article text.")
class Evidence:
    quote: str = strawberry.field(description="The sentence (or sentences) stating the fact.")
    start: int = strawberry.field(description="Offset of the quote's first character in the article text.")
    end: int = strawberry.field(description="Offset just past the quote's last character.")
    _article: strawberry.Private[str]

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Evidence:
        return cls(quote=doc["quote"], start=doc["start"], end=doc["end"], _article=doc["article"])

    @classmethod
    async def of(cls, item: str, info: Info) -> list[Evidence]:
        """The quotes of the event or figure with this id, in every article reporting it."""
        return [cls.from_doc(quote) for quote in await info.context.loaders.quotes.load(item)]

    @strawberry.field(description="The article the quote is from.")
    async def article(self, info: Info) -> Article:
        return Article.from_doc(await info.context.loaders.one(d.ARTICLES, self._article))


# Imported last: the entity types refer to each other, and each module is complete by here.
from schema.country import Country, load_countries  # noqa: E402
from schema.event import Event  # noqa: E402
from schema.figure import Figure  # noqa: E402
from schema.person import Person  # noqa: E402
from schema.relation import Relation  # noqa: E402
