"""Resolvers for events and figures: the filters, and the top-level event list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from entente.errors import BadUserInput
from resolvers import queries as q
from resolvers.countries import country_code
from resolvers.loaders import Context
from resolvers.pagination import Page


def _range(start: date | None, end: date | None) -> tuple[str | None, str | None]:
    if start and end and start > end:
        raise BadUserInput(f"filter: from {start.isoformat()} is after to {end.isoformat()}")
    return (start.isoformat() if start else None, end.isoformat() if end else None)


def _overlaps(doc: dict[str, Any], start: str | None, end: str | None) -> bool:
    """Whether a dated item overlaps [start, end]; items without a known year never do."""
    if start is None and end is None:
        return True
    if not doc["dateFirst"]:
        return False
    return (start is None or doc["dateLast"] >= start) and (end is None or doc["dateFirst"] <= end)


@dataclass(frozen=True)
class EventCriteria:
    types: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    country: str | None = None

    @classmethod
    def from_filter(
        cls, types: list[Any] | None, start: date | None, end: date | None, country: str | None
    ) -> EventCriteria:
        first, last = _range(start, end)
        code = country_code(country, argument="filter.country") if country else None
        return cls(tuple(t.value for t in types or ()), first, last, code)

    def __bool__(self) -> bool:
        return bool(self.types or self.start or self.end or self.country)

    def matches(self, event: dict[str, Any]) -> bool:
        return (
            (not self.types or event["type"] in self.types)
            and (self.country is None or self.country in event["countries"])
            and _overlaps(event, self.start, self.end)
        )

    def query(self) -> dict[str, Any]:
        return q.event_query(list(self.types), self.start, self.end, self.country)


@dataclass(frozen=True)
class FigureCriteria:
    metrics: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None

    @classmethod
    def from_filter(cls, metrics: list[Any] | None, start: date | None, end: date | None) -> FigureCriteria:
        first, last = _range(start, end)
        return cls(tuple(m.value for m in metrics or ()), first, last)

    def __bool__(self) -> bool:
        return bool(self.metrics or self.start or self.end)

    def matches(self, figure: dict[str, Any]) -> bool:
        return (not self.metrics or figure["metric"] in self.metrics) and _overlaps(figure, self.start, self.end)


async def events(ctx: Context, first: int | None, after: str | None, criteria: EventCriteria) -> Page:
    return await q.event_page(ctx.db, criteria.query(), first, after)
