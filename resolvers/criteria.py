"""The filters of events and figures, as MongoDB queries: what ``EventFilter`` and ``FigureFilter`` ask for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from entente.countries import by_code
from entente.errors import BadUserInput

Doc = dict[str, Any]


def country_code(code: str, *, argument: str) -> str:
    """The alpha-3 code for an alpha-2 or alpha-3 code in any case; BAD_USER_INPUT otherwise."""
    ref = by_code(code)
    if ref is None:
        raise BadUserInput(f"{argument}: unknown country {code!r}; use an ISO 3166-1 alpha-2 or alpha-3 code")
    return ref.code


def _range(start: date | None, end: date | None) -> tuple[str | None, str | None]:
    if start and end and start > end:
        raise BadUserInput(f"filter: from {start.isoformat()} is after to {end.isoformat()}")
    return (start.isoformat() if start else None, end.isoformat() if end else None)


def _overlapping(start: str | None, end: str | None) -> Doc:
    """Items whose days [dateFirst, dateLast] overlap [start, end]; items without a known year never do."""
    query: Doc = {}
    if start:
        query["dateLast"] = {"$gte": start}
    if end:
        query["dateFirst"] = {"$lte": end, "$ne": ""}
    return query


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

    def query(self) -> Doc:
        """Events of these types, involving the country, whose dates overlap [start, end]."""
        query = _overlapping(self.start, self.end)
        if self.types:
            query["type"] = {"$in": list(self.types)}
        if self.country:
            query["countries"] = self.country
        return query


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

    def query(self) -> Doc:
        """Figures of these metrics whose periods overlap [start, end]."""
        query = _overlapping(self.start, self.end)
        if self.metrics:
            query["metric"] = {"$in": list(self.metrics)}
        return query
