"""The Country type: ISO reference data and the country's bilateral relations."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from entente import documents as d
from resolvers import countries as r
from resolvers.criteria import EventCriteria
from schema.node import Connection, Node, to_global_id


@strawberry.type(description="A country of ISO 3166-1, with the relations the knowledge base holds for it.")
class Country(Node):
    id: strawberry.ID
    code: str = strawberry.field(description="ISO 3166-1 alpha-3 code, e.g. KAZ.")
    iso2: str = strawberry.field(description="ISO 3166-1 alpha-2 code, e.g. KZ.")
    name: str = strawberry.field(description="Common English name, e.g. Türkiye, United Kingdom.")
    official_name: str = strawberry.field(description="e.g. Republic of Kazakhstan.")
    aliases: list[str] = strawberry.field(description="Other names the news uses, e.g. Turkey, UK, Britain.")
    demonyms: list[str] = strawberry.field(description="e.g. Kazakh, Burkinabe, British.")
    capital: str | None = strawberry.field(description="e.g. Astana.")
    region: str | None = strawberry.field(description="Continent-level region, e.g. Asia, Africa.")
    subregion: str | None = strawberry.field(description="e.g. Central Asia, Western Africa.")
    relation_count: int = strawberry.field(description="How many bilateral relations the knowledge base holds.")
    _relations: strawberry.Private[list[str]]
    _regional_figures: strawberry.Private[list[str]]

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Country:
        return cls(
            id=to_global_id("Country", doc["_id"]),
            code=doc["_id"],
            iso2=doc["iso2"],
            name=doc["name"],
            official_name=doc["officialName"],
            aliases=doc["aliases"],
            demonyms=doc["demonyms"],
            capital=doc["capital"],
            region=doc["region"],
            subregion=doc["subregion"],
            relation_count=len(doc["relations"]),
            _relations=doc["relations"],
            _regional_figures=doc["regionalFigures"],
        )

    @strawberry.field(description="This country's bilateral relations, ordered by id (the two codes).")
    async def relations(self, info: Info, first: int | None = None, after: str | None = None) -> Connection[Relation]:
        page = await r.country_relations(info.context, self._relations, first, after)
        return Connection.from_page(page, info.context.reads.maker(Relation.from_doc))

    @strawberry.field(
        description="Figures between this country and a region or bloc, e.g. trade with African countries."
    )
    async def regional_figures(self, info: Info) -> list[Figure]:
        docs = await info.context.loaders.many(d.FIGURES, self._regional_figures)
        return list(map(info.context.reads.maker(Figure.from_doc), docs))

    @strawberry.field(
        description=(
            "Partners ranked by their latest reported trade turnover with this country in `currency` (an ISO "
            "4217 code), largest first: for each, the latest point of the relation's turnover timeline."
        )
    )
    async def partners_by_trade(
        self, info: Info, currency: str = "USD", first: int | None = None, after: str | None = None
    ) -> Connection[TradePartner]:
        page = await r.partners_by_trade(info.context, self.code, currency, first, after)
        return Connection.from_page(page, TradePartner.of)

    @strawberry.field(
        description="Partners ranked by how many events of the relation overlap the dates (and have the types)."
    )
    async def partners_by_events(
        self,
        info: Info,
        from_: Annotated[
            date | None, strawberry.argument(name="from", description="Events ending on or after.")
        ] = None,
        to: Annotated[date | None, strawberry.argument(description="Events starting on or before.")] = None,
        types: list[EventType] | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[EventPartner]:
        criteria = EventCriteria.from_filter(types, from_, to, None)
        page = await r.partners_by_events(info.context, self.code, criteria, first, after)
        return Connection.from_page(page, EventPartner.of)


def load_countries(info: Info, codes: list[str]) -> list[Country]:
    """The countries with these codes: at once when they are known already, else awaitable."""
    make = info.context.reads.maker(Country.from_doc)
    return info.context.loaders.objects(d.COUNTRIES, codes, make)  # type: ignore[no-any-return]


async def load_country(info: Info, code: str | None) -> Country | None:
    doc = await info.context.loaders.one(d.COUNTRIES, code)
    return info.context.reads.maker(Country.from_doc)(doc) if doc else None


# Imported last: the entity types refer to each other, and each module is complete by here.
from schema.aggregates import EventPartner, TradePartner  # noqa: E402
from schema.event import EventType  # noqa: E402
from schema.figure import Figure  # noqa: E402
from schema.relation import Relation  # noqa: E402
