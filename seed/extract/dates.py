"""Time expressions: dates, ranges and reporting periods, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from entente.dates import PartialDate
from seed.extract.calendar_words import MONTHS, NUMBERS, ORDINALS, WEEKDAYS, calendar_key, told_in_past, year_for
from seed.extract.time_patterns import CASED_KINDS, CASED_MONTH, FUTURE, PATTERNS, WEEKDAY_AHEAD
from seed.extract.time_roles import AFTER_TALKS, ENDS, REPORTED, in_a_name, role_of

__all__ = ["MONTHS", "NUMBERS", "TimeExpr", "find_times"]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    kind: str
    first: PartialDate | None
    last: PartialDate | None = None
    cumulative: bool = False
    role: str = "point"  # point, range, since, through, compare, purpose, period, relative

    @property
    def date(self) -> str | None:
        return self.first.iso if self.first else None

    @property
    def end_date(self) -> str | None:
        return self.last.iso if self.last and self.first and self.last != self.first else None


def _num(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[calendar_key(text)]


def _month(text: str) -> int:
    return MONTHS[calendar_key(text).rstrip(".")]


def _md(month: int, day: int, year: int | None) -> PartialDate | None:
    try:
        date = PartialDate(year, month, day)
        date._check()
        return date
    except ValueError:
        return None


def _trailing(a: int, b: int, g: dict, pub: dt.date | None) -> TimeExpr | None:
    """'The four quarters to the end of Q3 2024': 2023-10 to 2024-09; 'the year to December': the twelve months
    to the latest December on or before publication."""
    if g.get("q"):
        year, month = int(g["y2"]), int(g["q"]) * 3
    else:
        month = _month(g["m1"])
        if g.get("y1"):
            year = int(g["y1"])
        elif pub is not None:
            year = pub.year if month <= pub.month else pub.year - 1
        else:
            return None
    months = 12 if g.get("yr") else _num(g["n"]) * (3 if (g.get("unit") or "").lower() == "quarters" else 1)
    if not 1 <= months <= 60:
        return None
    start = year * 12 + month - months  # months since year 0 of the first month, counted from 0
    return TimeExpr(a, b, "trailing", PartialDate(start // 12, start % 12 + 1), PartialDate(year, month), role="period")


def _build(
    kind: str,
    m: re.Match[str],
    pub: dt.date | None,
    text: str,
    anchor: PartialDate | None = None,
    fiscal: int = 4,
) -> TimeExpr | None:
    g = m.groupdict()
    py = pub.year if pub else None
    a, b = m.start(), m.end()
    before = text[max(0, a - 48) : a].lower()  # "since the format was launched in 2012" must be seen whole
    if kind == "iso":
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        first = _md(mo, d, y)
        return TimeExpr(a, b, kind, first) if first else None
    if kind == "trailing":
        return _trailing(a, b, g, pub)
    if kind == "fiscal":
        if g.get("ye"):  # "FY24": the year closing in 2024, opening in 2023 unless the fiscal year is the calendar's
            y1 = 2000 + int(g["ye"]) - (1 if fiscal > 1 else 0)
        else:
            y1 = int(g["y1"])
        if g.get("y2s") and (y1 + 1) % 100 != int(g["y2s"]):
            return None  # "2025-27": two years apart, a range the year patterns read
        opens = PartialDate(y1, fiscal) if fiscal > 1 else PartialDate(y1, 1)
        closes = PartialDate(y1 + 1, fiscal - 1) if fiscal > 1 else PartialDate(y1, 12)
        return TimeExpr(a, b, kind, opens, closes, role="period")
    if kind == "months_of":
        year = int(g["y1"]) if g.get("y1") else (py - 1 if py and g.get("last") else py)
        n = _num(g["n"])
        if year is None or not 1 <= n <= 12:
            return None
        return TimeExpr(a, b, kind, PartialDate(year, 1), PartialDate(year, n), role="period")
    if kind in ("half", "quarter"):
        year = int(g["y1"]) if g.get("y1") else py
        if year is None:
            return None
        if "last year" in m.group().lower():
            year -= 1
        size = 3 if kind == "quarter" or g["unit"].lower() == "quarter" else 6
        nth = int(g["q"]) if kind == "quarter" else ORDINALS[calendar_key(g["part"])]
        if nth * size > 12:
            return None  # "third half"
        first_month = (nth - 1) * size + 1
        return TimeExpr(
            a, b, kind, PartialDate(year, first_month), PartialDate(year, first_month + size - 1), role="period"
        )
    if kind == "month_range":
        year = int(g["y1"]) if g.get("y1") else py
        if year is None:
            return None
        if (g.get("rel") or "").lower() == "last":
            year -= 1
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        return TimeExpr(a, b, kind, PartialDate(year, m1), PartialDate(year, m2), role="period")
    if kind == "day_range":
        m1, d1, d2 = _month(g["m1"]), int(g["d1"]), int(g["d2"])
        m2 = _month(g["m2"]) if g.get("m2") else m1
        year = int(g["y1"]) if g.get("y1") else year_for(m1, d1, pub, told_in_past(text, a))
        last_year = year + 1 if year and m2 < m1 else year  # "December 30 to January 2"
        first, last = _md(m1, d1, year), _md(m2, d2, last_year)
        if not first or not last or (m1 == m2 and d2 <= d1):
            return None  # "May 14-14", "May 30-2": no range
        return TimeExpr(a, b, kind, first, last, role="range")
    if kind in ("mdy", "dmy"):
        first = _md(_month(g["m1"]), int(g["d1"]), int(g["y1"]))
        return TimeExpr(a, b, kind, first, role=role_of(before)) if first else None
    if kind in ("md", "dm"):
        mo, d = _month(g["m1"]), int(g["d1"])
        year = year_for(mo, d, pub, told_in_past(text, a))
        if pub and year and year < pub.year and FUTURE.search(text[max(0, a - 60) : a]):
            year = pub.year
        first = _md(mo, d, year)
        return TimeExpr(a, b, kind, first, role=role_of(before)) if first else None
    if kind == "my":
        first = PartialDate(int(g["y1"]), _month(g["m1"]))
        if role_of(before) == "since":  # "since April 2000": a running total to the publication, as 'since 2000'
            return TimeExpr(a, b, kind, first, PartialDate(py) if py else None, cumulative=True, role="since")
        return TimeExpr(a, b, kind, first, role=role_of(before))
    if kind == "month":
        if py is None:
            return TimeExpr(a, b, kind, None, role="relative")
        mo = _month(g["m1"])
        rel = (g.get("rel") or "").lower()
        if rel == "last":  # "last May": the latest May before the publication's month
            year = py if mo < pub.month else py - 1  # type: ignore[union-attr]
        elif rel == "next":
            year = py if mo > pub.month else py + 1  # type: ignore[union-attr]
        elif rel == "this":
            year = py
        elif FUTURE.search(text[max(0, a - 60) : a]):  # "is expected in Abu Dhabi in January": the next January
            year = py if mo >= pub.month else py + 1  # type: ignore[union-attr]
        else:
            year = py if mo <= pub.month else py - 1  # type: ignore[union-attr]
        role = "compare" if role_of(before) == "compare" else role_of(m.group().lower() + " ")
        return TimeExpr(a, b, kind, PartialDate(year, mo), role=role)
    if kind == "between_years":
        return TimeExpr(a, b, kind, PartialDate(int(g["y1"])), PartialDate(int(g["y2"])), role="range")
    if kind == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        role = "purpose" if re.search(r"\b(?:for|in)\s+(?:the\s+)?$", before) or y2 > (py or 9999) else "range"
        return TimeExpr(a, b, kind, PartialDate(y1), PartialDate(y2), role=role)
    if kind == "n_year_total":
        n = _num(g["num"]) if g["num"] and not g["num"].isdigit() else int(g["num"])
        if py is None:
            return TimeExpr(a, b, kind, None, cumulative=True, role="period")
        return TimeExpr(a, b, kind, PartialDate(py - n), PartialDate(py), cumulative=True, role="period")
    if kind == "ago":
        n = _num(g["n"]) * (10 if g["unit"].lower().startswith("decade") else 1)
        return TimeExpr(a, b, kind, PartialDate(py - n) if py else None, role="relative")
    if kind == "past_years":
        n = _num(g["n"]) * (10 if g["unit"].lower().startswith("decade") else 1)
        if py is None:
            return TimeExpr(a, b, kind, None, role="relative")
        return TimeExpr(a, b, kind, PartialDate(py - n), PartialDate(py), cumulative=True, role="period")
    if kind == "past_decade":
        if py is None:
            return TimeExpr(a, b, kind, None, role="relative")
        return TimeExpr(a, b, kind, PartialDate(py - 10), PartialDate(py), cumulative=True, role="period")
    if kind == "past_months":
        # "in the past seven months", in an article of 16 September 2024: 2024-02 to 2024-09, ending at publication
        n = _num(g["n"])
        if pub is None or not 1 <= n <= 60:
            return TimeExpr(a, b, kind, None, role="relative")
        if g["unit"].lower() == "weeks":
            first_day = pub - dt.timedelta(weeks=n)
            start = PartialDate(first_day.year, first_day.month, first_day.day)
            return TimeExpr(a, b, kind, start, PartialDate(pub.year, pub.month, pub.day), role="period")
        months = pub.year * 12 + pub.month - 1 - n
        return TimeExpr(
            a, b, kind, PartialDate(months // 12, months % 12 + 1), PartialDate(py, pub.month), role="period"
        )
    if kind == "year_earlier":
        return TimeExpr(a, b, kind, None, role="earlier")  # a year before the sentence's own period
    if kind == "since":
        return TimeExpr(
            a, b, kind, PartialDate(int(g["y1"])), PartialDate(py) if py else None, cumulative=True, role="since"
        )
    if kind == "last_year":
        role = "compare" if role_of(before + " ") == "compare" or "same period" in before else "relative"
        return TimeExpr(a, b, kind, PartialDate(py - 1) if py else None, role=role)
    if kind == "month_rel":
        if pub is None:
            return TimeExpr(a, b, kind, None, role="relative")
        shift = {"last": -1, "the previous": -1, "next": 1}.get(" ".join(g["rel"].lower().split()), 0)
        months = pub.year * 12 + pub.month - 1 + shift
        role = "relative" if shift > 0 else "point"
        return TimeExpr(a, b, kind, PartialDate(months // 12, months % 12 + 1), role=role)
    if kind == "this_year":
        return TimeExpr(a, b, kind, PartialDate(py) if py else None, role="relative")
    if kind == "next_year":
        return TimeExpr(a, b, kind, PartialDate(py + 1) if py else None, role="relative")
    if kind in ("today", "yesterday"):
        back = 2 if "before" in m.group().lower() else (1 if kind == "yesterday" else 0)
        # "whose two-day official visit ends today": the visit's last day, as "ends on Wednesday" is
        role = "through" if ENDS.search(text, max(0, a - 24), a) else "point"
        if pub is not None:
            day = pub - dt.timedelta(days=back)
            return TimeExpr(a, b, kind, PartialDate(day.year, day.month, day.day), role=role)
        if anchor is not None and anchor.day and anchor.day > back:
            return TimeExpr(a, b, kind, PartialDate(anchor.year, anchor.month, anchor.day - back), role=role)
        return TimeExpr(a, b, kind, None, role="relative")
    if kind == "next_day":
        return TimeExpr(a, b, kind, None, role="next_day")  # find_times resolves it from the day before it
    if kind == "weekday":
        if pub is None:
            return TimeExpr(a, b, kind, None, role="relative")
        target = WEEKDAYS[calendar_key(g["wd"])]
        if WEEKDAY_AHEAD.search(text, max(0, a - 120), a):
            delta = (target - pub.weekday()) % 7
            day = pub + dt.timedelta(days=delta)
        else:
            delta = (pub.weekday() - target) % 7
            day = pub - dt.timedelta(days=delta)
        role = "compare" if REPORTED.search(text[max(0, a - 24) : a].lower()) else "point"
        if ENDS.search(text, max(0, a - 24), a):
            role = "through"  # "a three-day visit to the UAE that ends on Wednesday": the visit's last day
        if AFTER_TALKS.match(text, b):
            role = "point"  # "Motegi said Wednesday after talks with Lazaro": the talks were that day too
        return TimeExpr(a, b, kind, PartialDate(day.year, day.month, day.day), role=role)
    if kind == "year":
        year = int(g["y1"])
        role = role_of(before)
        if re.search(r"\d\s*[-–]\s*$", text[max(0, a - 4) : a]) or in_a_name(text, a, b, year, py):
            role = "purpose"
        return TimeExpr(a, b, kind, PartialDate(year), role=role)
    return None


def find_times(text: str, pub: dt.date | None, anchor: PartialDate | None = None, *, fiscal: int = 4) -> list[TimeExpr]:
    """Every time expression in a sentence, earliest first, without overlaps. ``anchor`` is the day a
    dateline gives without a year, for 'today' and 'yesterday' when the publication date is unknown;
    ``fiscal`` the month the article's fiscal years begin ('FY 2023-24' in an Indian release is April to March)."""
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in CASED_KINDS and not _cased(m):
                continue
            expr = _build(kind, m, pub, text, anchor, fiscal)
            if expr is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(expr)
    found.sort(key=lambda e: e.start)
    return [_day_after(e, found) if e.kind == "next_day" else e for e in found]


def _day_after(expr: TimeExpr, found: list[TimeExpr]) -> TimeExpr:
    """'The following day' after a day told earlier in the text: that day's next. Without one it dates nothing
    here; the events rules take the day from the event told before it."""
    before = [t.first for t in found if t.end <= expr.start and t.first and t.first.day and t.first.year]
    if not before:
        return expr
    d = before[-1]
    nxt = dt.date(d.year, d.month, d.day) + dt.timedelta(days=1)  # type: ignore[arg-type]
    return TimeExpr(expr.start, expr.end, expr.kind, PartialDate(nxt.year, nxt.month, nxt.day))


def _cased(m: re.Match[str]) -> bool:
    """Month names count only capitalised ("May 28", not "may")."""
    for name in ("m1", "m2"):
        value = m.groupdict().get(name)
        if value and not CASED_MONTH.fullmatch(value):
            return False
    return True
