"""The Figure type: a number an article states, with its unit, period and counterpart."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import strawberry
from strawberry.types import Info

from entente import documents
from schema.dates import Period
from schema.node import Node, to_global_id

Metric = strawberry.enum(documents.Metric, description="What a figure measures.")
Qualifier = strawberry.enum(documents.Qualifier, description='How the text hedges the value: "about", "over" ...')


@strawberry.type(description="A figure such as a trade turnover, with its exact value, unit and period.")
class Figure(Node):
    id: strawberry.ID
    metric: Metric
    value: Decimal = strawberry.field(description="Exact value in base units: 42.5 million is 42500000.")
    unit: str = strawberry.field(description="ISO 4217 code (USD, EUR, KZT ...), COUNT or PERCENT.")
    qualifier: Qualifier = strawberry.field(description="EXACT unless the text hedges: about, over, under, a target.")
    period: Period | None = strawberry.field(description="The span the value covers; null when the text gives none.")
    counterpart: str | None = strawberry.field(
        description='A region or bloc the figure is with, e.g. "African countries".'
    )
    label: str | None = strawberry.field(description="What a COUNT or OTHER figure counts.")
    _doc: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Figure:
        return cls(
            id=to_global_id("Figure", doc["_id"]),
            metric=documents.member(documents.Metric, doc["metric"]),
            value=Decimal(doc["value"]),
            unit=doc["unit"],
            qualifier=documents.member(documents.Qualifier, doc["qualifier"]),
            period=Period.from_doc(doc["period"]),
            counterpart=doc["counterpart"],
            label=doc["label"],
            _doc=doc,
        )

    @strawberry.field(description="The countries the figure is about.")
    def countries(self, info: Info) -> list[Country]:
        return load_countries(info, self._doc["countries"])

    @strawberry.field(description="Where exports or investment come from.")
    async def origin(self, info: Info) -> Country | None:
        return await load_country(info, self._doc["origin"])

    @strawberry.field(description="Where exports or investment go.")
    async def destination(self, info: Info) -> Country | None:
        return await load_country(info, self._doc["destination"])

    @strawberry.field(description="The event the figure was stated at, if any.")
    async def event(self, info: Info) -> Event | None:
        doc = await info.context.loaders.one(documents.EVENTS, self._doc["event"])
        return info.context.reads.maker(Event.from_doc)(doc) if doc else None

    @strawberry.field(description="Every sentence, in every article, that states this figure.")
    async def sources(self, info: Info) -> list[Evidence]:
        return await Evidence.of(self._doc["_id"], info)


# Imported last: the entity types refer to each other, and each module is complete by here.
from schema.article import Evidence  # noqa: E402
from schema.country import Country, load_countries, load_country  # noqa: E402
from schema.event import Event  # noqa: E402
