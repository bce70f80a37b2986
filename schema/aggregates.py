"""What the database aggregates: trade timelines, partners ranked, and events counted by type and year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry
from strawberry.types import Info

from entente import documents as d
from resolvers import aggregates as agg
from schema.dates import Period
from schema.node import to_global_id

Resolution = strawberry.enum(
    agg.Resolution,
    description=(
        "How a point's value was chosen among the figures reported for its period: ONLY_ONE (one figure), AGREE "
        "(several, one value), EXACT_OVER_HEDGED (an exact value over 'about', 'over', 'under' ones), "
        "LATEST_REPORT (the value of the most recently published article: statistics get revised), TIE "
        "(nothing separates them: the first by id)."
    ),
)


@strawberry.type(description="One period of a series: the value chosen among the figures reported for it.")
class TradePoint:
    period: Period | None = strawberry.field(description="The period the figures cover; null when they state none.")
    as_of: date | None = strawberry.field(
        description="For figures that state no period: when an article first reported them (they speak of then)."
    )
    value: Decimal = strawberry.field(description="The chosen value, in base units.")
    qualifier: Qualifier = strawberry.field(description="How the chosen figure hedges its value.")
    conflicting: bool = strawberry.field(description="True when the figures of this period state different values.")
    resolution: Resolution = strawberry.field(description="Which rule chose the value.")
    figure_ids: list[strawberry.ID] = strawberry.field(
        description="The global ids of every figure reported for this period, the chosen one first."
    )

    @classmethod
    def of(cls, point: agg.Point) -> TradePoint:
        return cls(
            period=Period.from_doc(point.period),
            as_of=date.fromisoformat(point.as_of) if point.as_of else None,
            value=Decimal(point.value),
            qualifier=d.member(d.Qualifier, point.qualifier),
            conflicting=point.conflicting,
            resolution=point.resolution,
            figure_ids=[to_global_id("Figure", i) for i in point.figures],
        )

    @strawberry.field(description="Every figure reported for this period, the chosen one first.")
    async def figures(self, info: Info) -> list[Figure]:
        ids = [i.removeprefix("Figure:") for i in self.figure_ids]
        docs = await info.context.loaders.many(d.FIGURES, ids)
        return [info.context.reads.maker(Figure.from_doc)(doc) for doc in docs]


@strawberry.type(
    description="One metric's values by period, in one unit and one direction: currencies are never mixed."
)
class TradeSeries:
    metric: Metric
    unit: str = strawberry.field(description="ISO 4217 code (USD, EUR, KZT ...), COUNT or PERCENT.")
    points: list[TradePoint] = strawberry.field(description="Oldest first, by the last day each speaks of.")
    _origin: strawberry.Private[str | None]
    _destination: strawberry.Private[str | None]

    @classmethod
    def of(cls, series: agg.Series) -> TradeSeries:
        return cls(
            metric=d.member(d.Metric, series.metric),
            unit=series.unit,
            points=[TradePoint.of(p) for p in series.points],
            _origin=series.origin,
            _destination=series.destination,
        )

    @strawberry.field(description="Where exports or investment come from, when the figures say.")
    async def origin(self, info: Info) -> Country | None:
        return await load_country(info, self._origin)

    @strawberry.field(description="Where exports or investment go, when the figures say.")
    async def destination(self, info: Info) -> Country | None:
        return await load_country(info, self._destination)


@strawberry.interface(description="A country's partner, as a ranking of partners lists it.")
class Partner:
    _pair: strawberry.Private[str]
    _partner: strawberry.Private[str]

    @strawberry.field(description="The partner.")
    async def country(self, info: Info) -> Country:
        return await load_country(info, self._partner)  # type: ignore[return-value]

    @strawberry.field(description="The relation between the two.")
    async def relation(self, info: Info) -> Relation:
        return await load_relation(info, self._pair)


@strawberry.type(description="A partner ranked by its latest reported trade turnover with the country.")
class TradePartner(Partner):
    turnover: TradePoint = strawberry.field(
        description="The point of the turnover timeline that speaks of the latest day."
    )

    @classmethod
    def of(cls, partner: agg.TradePartner) -> TradePartner:
        return cls(turnover=TradePoint.of(partner.turnover), _pair=partner.pair, _partner=partner.partner)


@strawberry.type(description="A partner ranked by how many events of the relation match.")
class EventPartner(Partner):
    event_count: int = strawberry.field(description="How many of the relation's events match.")

    @classmethod
    def of(cls, partner: agg.EventPartner) -> EventPartner:
        return cls(event_count=partner.count, _pair=partner.pair, _partner=partner.partner)


@strawberry.type(description="How many events of one type fall in one year.")
class EventCount:
    type: EventType
    year: int | None = strawberry.field(description="Null for events whose year is unknown.")
    count: int

    @classmethod
    def of(cls, count: agg.EventCount) -> EventCount:
        return cls(type=d.member(d.EventType, count.type), year=count.year, count=count.count)


# Imported last: the entity types refer to each other, and each module is complete by here.
from schema.country import Country, load_country  # noqa: E402
from schema.event import EventType  # noqa: E402
from schema.figure import Figure, Metric, Qualifier  # noqa: E402
from schema.relation import Relation, load_relation  # noqa: E402
