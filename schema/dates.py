"""Partial dates and periods, stated only as precisely as the source text supports."""

from __future__ import annotations

from enum import Enum
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
        """None for no date, and for a month-day whose year the text never gives."""
        if not text:
            return None
        date = dates.PartialDate.parse(text)
        if date.year is None:
            return None
        return cls(
            iso=date.iso, precision=DatePrecision(date.precision), year=date.year, month=date.month, day=date.day
        )


@strawberry.type(description="The span a figure covers. Either end may be missing.")
class Period:
    start: PartialDate | None = strawberry.field(description="First month, year or day covered.")
    end: PartialDate | None = strawberry.field(description="Last month, year or day covered; null for an open period.")
    cumulative: bool = strawberry.field(description="True for a running total from `start`, e.g. 'since 2005'.")

    @classmethod
    def from_doc(cls, doc: dict[str, Any] | None) -> Period | None:
        if not doc:
            return None
        return cls(
            start=PartialDate.from_text(doc.get("start")),
            end=PartialDate.from_text(doc.get("end")),
            cumulative=doc.get("cumulative", False),
        )
