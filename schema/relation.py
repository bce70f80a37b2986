"""The Relation type: everything the knowledge base holds about two countries."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry
from strawberry.types import Info

from entente import documents as d
from resolvers import aggregates as agg
from resolvers import relations as r
from resolvers.criteria import EventCriteria, FigureCriteria
from schema.dates import PartialDate
from schema.node import Connection, Node, to_global_id


@strawberry.input(description="Narrows a list of events. Dates match events whose dates overlap the range.")
class EventFilter:
    types: list[EventType] | None = strawberry.field(default=None, description="Any of these types.")
    from_: date | None = strawberry.field(default=None, name="from", description="Events ending on or after this day.")
    to: date | None = strawberry.field(default=None, description="Events starting on or before this day.")
    country: str | None = strawberry.field(default=None, description="ISO alpha-3 or alpha-2, any case.")

    def criteria(self) -> EventCriteria:
        return EventCriteria.from_filter(self.types, self.from_, self.to, self.country)


@strawberry.input(description="Narrows a list of figures. Dates match figures whose periods overlap the range.")
class FigureFilter:
    metrics: list[Metric] | None = strawberry.field(default=None, description="Any of these metrics.")
    from_: date | None = strawberry.field(default=None, name="from", description="Periods ending on or after this day.")
    to: date | None = strawberry.field(default=None, description="Periods starting on or before this day.")

    def criteria(self) -> FigureCriteria:
        return FigureCriteria.from_filter(self.metrics, self.from_, self.to)


@strawberry.type(
    description="The bilateral relation between two countries, built from every article that speaks of it."
)
class Relation(Node):
    id: strawberry.ID
    codes: list[str] = strawberry.field(description="The two parties' alpha-3 codes, in order.")
    latest: PartialDate | None = strawberry.field(description="The date of the most recent dated event, as stated.")
    _doc: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Relation:
        return cls(
            id=to_global_id("Relation", doc["_id"]),
            codes=doc["countries"],
            latest=PartialDate.from_text(doc["latest"]),
            _doc=doc,
        )

    @strawberry.field(description="The two parties, ordered by code.")
    def countries(self, info: Info) -> list[Country]:
        return load_countries(info, self.codes)

    @strawberry.field(description="Events between the two, newest first; undated events come last.")
    async def events(
        self, info: Info, first: int | None = None, after: str | None = None, filter: EventFilter | None = None
    ) -> Connection[Event]:
        criteria = filter.criteria() if filter else EventCriteria()
        page = await r.relation_events(info.context, self._doc, first, after, criteria)
        return Connection.from_page(page, info.context.reads.maker(Event.from_doc))

    @strawberry.field(description="Figures between the two (trade, investment ...), latest period first.")
    async def figures(
        self, info: Info, first: int | None = None, after: str | None = None, filter: FigureFilter | None = None
    ) -> Connection[Figure]:
        criteria = filter.criteria() if filter else FigureCriteria()
        page = await r.relation_figures(info.context, self._doc, first, after, criteria)
        return Connection.from_page(page, info.context.reads.maker(Figure.from_doc))

    @strawberry.field(
        description=(
            "Trade between the two by period: one series per metric, unit and direction (currencies are never "
            "mixed), each point the value chosen among the figures reported for one period. Metrics default to "
            "turnover, exports, imports, investment and FDI."
        )
    )
    async def trade_timeline(self, info: Info, metrics: list[Metric] | None = None) -> list[TradeSeries]:
        asked = tuple(dict.fromkeys(m.value for m in metrics)) if metrics else agg.TRADE_METRICS
        return [TradeSeries.of(s) for s in await r.trade_timeline(info.context, self._doc, asked)]

    @strawberry.field(description="How many of the relation's events fall in each type and year, oldest first.")
    async def event_counts(self, info: Info, filter: EventFilter | None = None) -> list[EventCount]:
        criteria = filter.criteria() if filter else EventCriteria()
        return [EventCount.of(c) for c in await r.event_counts(info.context, self._doc, criteria)]


async def load_relation(info: Info, pair: str) -> Relation:
    doc = await info.context.loaders.one(d.RELATIONS, pair)
    return info.context.reads.maker(Relation.from_doc)(doc)  # type: ignore[no-any-return]


# Imported last: the entity types refer to each other, and each module is complete by here.
from schema.aggregates import EventCount, TradeSeries  # noqa: E402
from schema.country import Country, load_countries  # noqa: E402
from schema.event import Event, EventType  # noqa: E402
from schema.figure import Figure, Metric  # noqa: E402
