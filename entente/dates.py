"""Partial dates: a year, a month, or a day, or a month-day whose year the text never gives.

A partial date is kept as its ISO-8601 string at the precision the source supports:
``"2023"``, ``"2023-09"``, ``"2023-09-20"``, or ``"--06-03"`` (ISO's reduced form for
a month-day with no year). Strings sort and compare as the stored form, so no
datetime is ever invented for a precision the text does not state.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_PATTERN = re.compile(
    r"^(?:(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?|--(?P<md_month>\d{2})-(?P<md_day>\d{2}))$"
)


class PartialDateError(ValueError):
    """A string that is not a partial date, or names a day that does not exist."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PATTERN.match(text)
        if match is None:
            raise PartialDateError(f"{text!r} is not a partial date; use YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD")
        if match["md_month"]:
            date = cls(None, int(match["md_month"]), int(match["md_day"]))
        else:
            date = cls(
                int(match["year"]),
                int(match["month"]) if match["month"] else None,
                int(match["day"]) if match["day"] else None,
            )
        date._check()
        return date

    def _check(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise PartialDateError(f"month {self.month} is out of range in {self.iso!r}")
        if self.day is not None:
            # A yearless 29 February is valid, so check against a leap year.
            days = calendar.monthrange(self.year or 2000, self.month or 1)[1]
            if not 1 <= self.day <= days:
                raise PartialDateError(f"day {self.day} does not exist in {self.iso!r}")

    @property
    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "DAY"
        return "MONTH" if self.month is not None else "YEAR"

    def refines(self, other: PartialDate) -> bool:
        """True when every part that ``other`` states, this date states the same way."""
        return all(
            theirs is None or mine == theirs
            for mine, theirs in ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        )

    def compatible(self, other: PartialDate) -> bool:
        """True when the two could name the same day: no stated part disagrees."""
        return all(
            a is None or b is None or a == b
            for a, b in ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        )

    @property
    def first_day(self) -> str | None:
        """The first calendar day this date covers, as YYYY-MM-DD; None without a year."""
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}"

    @property
    def last_day(self) -> str | None:
        """The last calendar day this date covers, as YYYY-MM-DD; None without a year."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return f"{self.year:04d}-{month:02d}-{day:02d}"


def combine(a: PartialDate, b: PartialDate) -> PartialDate:
    """Two compatible dates as one that states every part either of them states."""
    if not a.compatible(b):
        raise PartialDateError(f"{a.iso!r} and {b.iso!r} name different days")
    return PartialDate(a.year or b.year, a.month or b.month, a.day or b.day)
