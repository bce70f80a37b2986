"""Partial dates and periods, stated only as precisely as the source text supports."""

from __future__ import annotations

from enum import Enum
from functools import lru_cache
from typing import Any

import strawberry

from entente import dates


@strawberry.enum(description="How much of a date the source states.")
class DatePrecision(Enum):
    YEAR = "YEAR"
    MONTH = "MONTH"
    DAY = "DAY"


@strawberry.type(description='A date known only to some precision: "2023", "2023-09" or "2023-09-20".')
class PartialDate:
    iso: str = strawberry.field(description='The date as far as it is known: "2023", "2023-09" or "2023-09-20".')
    precision: DatePrecision = strawberry.field(description="Which parts are known.")
    year: int
    month: int | None = strawberry.field(description="1-12; null at YEAR precision.")
    day: int | None = strawberry.field(description="Null unless the precision is DAY.")

    @classmethod
    def from_text(cls, text: str | None) -> PartialDate | None:
        """None for no date, and for a month-day whose year the text never gives.

        Memoized: a knowledge base states few distinct dates many times over, and the
        objects are only read, so one object per date text serves every response."""
        return _partial_date(text) if text else None


@strawberry.type(description="The span a figure covers. Either end may be missing.")
class Period:
    start: PartialDate | None = strawberry.field(description="First month, year or day covered.")
    end: PartialDate | None = strawberry.field(description="Last month, year or day covered; null for an open period.")
    cumulative: bool = strawberry.field(description="True for a running total from `start`, e.g. 'since 2005'.")

    @classmethod
    def from_doc(cls, doc: dict[str, Any] | None) -> Period | None:
        if not doc:
            return None
        return _period(doc.get("start"), doc.get("end"), doc.get("cumulative", False))


@lru_cache(maxsize=16_384)
def _partial_date(text: str) -> PartialDate | None:
    date = dates.PartialDate.parse(text)
    if date.year is None:
        return None
    return PartialDate(
        iso=date.iso, precision=DatePrecision(date.precision), year=date.year, month=date.month, day=date.day
    )


@lru_cache(maxsize=16_384)
def _period(start: str | None, end: str | None, cumulative: bool) -> Period:
    return Period(start=PartialDate.from_text(start), end=PartialDate.from_text(end), cumulative=cumulative)
