"""Time expressions: dates, ranges and reporting periods, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from entente.dates import PartialDate
from seed.extract.calendar_words import MONTHS, NUMBERS, WEEKDAYS, calendar_key

__all__ = ["MONTHS", "NUMBERS", "TimeExpr", "find_times"]

_M = (
    r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_D = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{0}>(?:19|20)\d\d)"
_N = r"(?P<{0}>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a|an)"
_DASH = r"\s*[-–—]\s*"


def _p(template: str) -> str:
    parts = {
        "{M1}": _M.format("m1"),
        "{M2}": _M.format("m2"),
        "{D1}": _D.format("d1"),
        "{D2}": _D.format("d2"),
        "{Y1}": _Y.format("y1"),
        "{Y2}": _Y.format("y2"),
        "{N}": _N.format("n"),
        "{DASH}": _DASH,
    }
    for key, value in parts.items():
        template = template.replace(key, value)
    return template


# Ordered: the first pattern that matches at a position wins; matches do not overlap.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (k, re.compile(_p(p), re.I))
    for k, p in [
        ("iso", r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"),
        (
            "months_of",
            r"\b(?:for|in|during|over)\s+(?:the\s+)?(?:first\s+)?{N}\s+months\s+(?:of\s+)?(?:{Y1}|this year)",
        ),
        ("half", r"\b(?P<part>first|second)\s+(?P<unit>half|quarter)\s+(?:of\s+)?(?:{Y1}|this year|last year)"),
        ("month_range", r"\b{M1}{DASH}{M2}(?:,?\s+{Y1}|\s+(?P<rel>this|last) year)?"),
        ("day_range", r"\b{M1}\s+{D1}{DASH}{D2}\b(?:,?\s+{Y1})?"),
        ("mdy", r"\b{M1}\s+{D1}\b(?:,\s*|\s+){Y1}"),
        ("dmy", r"\b{D1}\s+{M1}\s+{Y1}"),
        ("md", r"\b{M1}\s+{D1}\b(?![\d,.]\d)"),
        ("dm", r"\b{D1}\s+{M1}\b"),
        ("my", r"\b{M1}(?:\s+of)?\s+{Y1}"),
        ("year_range", r"\b{Y1}\s*[-–—/]\s*{Y2}\b"),
        ("n_year_total", r"\b(?P<num>\d{1,3}|{N})[-\s]year\s+total\b"),
        ("ago", r"\b{N}\s+(?P<unit>decades?|years?)\s+ago\b"),
        ("past_years", r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+{N}\s+(?P<unit>years|decades)\b"),
        ("since", r"\bsince\s+{Y1}\b"),
        ("last_year", r"\b(?:over\s+the\s+|in\s+the\s+)?(?:last|past|previous)\s+year\b"),
        ("this_year", r"\b(?:this|the\s+current)\s+year\b"),
        ("next_year", r"\bnext\s+year\b"),
        ("yesterday", r"\b(?:the\s+day\s+before\s+)?yesterday\b"),
        ("today", r"(?<![.\n]\s)(?<!^)\btoday\b(?!,)|^\s*today\b(?!,)"),
        ("weekday", r"\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
        ("month", r"\b(?:in|since|by|during|from|until|through)\s+{M1}(?![\s-]*\d)"),
        ("year", r"\b{Y1}\b(?![-–]\d)"),
    ]
]
_FIX = {"months_of", "half", "month_range", "day_range", "mdy", "dmy", "md", "dm", "my", "year_range", "month"}
_CASED = re.compile(_M.format("x"))
_FUTURE = re.compile(
    r"\b(?:will|shall|is set to|are set to|scheduled|expected|upcoming|next|planned|to be held|"
    r"to take place|due to|invited|invitation)\b",
    re.I,
)


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


def _year_for(month: int, day: int, pub: dt.date | None) -> int | None:
    """The year of a month-day the text gives without one: the publication's, within half a year of it."""
    if pub is None:
        return None
    year = pub.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    if (candidate - pub).days > 183:
        return year - 1
    if (pub - candidate).days > 183:
        return year + 1
    return year


def _md(month: int, day: int, year: int | None) -> PartialDate | None:
    try:
        date = PartialDate(year, month, day)
        date._check()
        return date
    except ValueError:
        return None


def _build(
    kind: str, m: re.Match[str], pub: dt.date | None, text: str, anchor: PartialDate | None = None
) -> TimeExpr | None:
    g = m.groupdict()
    py = pub.year if pub else None
    a, b = m.start(), m.end()
    before = text[max(0, a - 16) : a].lower()
    if kind == "iso":
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        first = _md(mo, d, y)
        return TimeExpr(a, b, kind, first) if first else None
    if kind == "months_of":
        year = int(g["y1"]) if g.get("y1") else py
        n = _num(g["n"])
        if year is None or not 1 <= n <= 12:
            return None
        return TimeExpr(a, b, kind, PartialDate(year, 1), PartialDate(year, n), role="period")
    if kind == "half":
        year = int(g["y1"]) if g.get("y1") else py
        if year is None:
            return None
        if "last year" in m.group().lower():
            year -= 1
        size = 6 if g["unit"].lower() == "half" else 3
        first_month = 1 if g["part"].lower() == "first" else size + 1
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
        year = int(g["y1"]) if g.get("y1") else _year_for(m1, d1, pub)
        first, last = _md(m1, d1, year), _md(m1, d2, year)
        return TimeExpr(a, b, kind, first, last, role="range") if first and last else None
    if kind in ("mdy", "dmy"):
        first = _md(_month(g["m1"]), int(g["d1"]), int(g["y1"]))
        return TimeExpr(a, b, kind, first, role=_role(before)) if first else None
    if kind in ("md", "dm"):
        mo, d = _month(g["m1"]), int(g["d1"])
        year = _year_for(mo, d, pub)
        if pub and year and year < pub.year and _FUTURE.search(text[max(0, a - 60) : a]):
            year = pub.year
        first = _md(mo, d, year)
        return TimeExpr(a, b, kind, first, role=_role(before)) if first else None
    if kind == "my":
        return TimeExpr(a, b, kind, PartialDate(int(g["y1"]), _month(g["m1"])), role=_role(before))
    if kind == "month":
        if py is None:
            return TimeExpr(a, b, kind, None, role="relative")
        mo = _month(g["m1"])
        year = py if mo <= pub.month or _FUTURE.search(text[max(0, a - 60) : a]) else py - 1  # type: ignore[union-attr]
        return TimeExpr(a, b, kind, PartialDate(year, mo), role=_role(m.group().lower() + " "))
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
    if kind == "since":
        return TimeExpr(
            a, b, kind, PartialDate(int(g["y1"])), PartialDate(py) if py else None, cumulative=True, role="since"
        )
    if kind == "last_year":
        role = "compare" if _role(before + " ") == "compare" or "same period" in before else "relative"
        return TimeExpr(a, b, kind, PartialDate(py - 1) if py else None, role=role)
    if kind == "this_year":
        return TimeExpr(a, b, kind, PartialDate(py) if py else None, role="relative")
    if kind == "next_year":
        return TimeExpr(a, b, kind, PartialDate(py + 1) if py else None, role="relative")
    if kind in ("today", "yesterday"):
        back = 2 if "before" in m.group().lower() else (1 if kind == "yesterday" else 0)
        if pub is not None:
            day = pub - dt.timedelta(days=back)
            return TimeExpr(a, b, kind, PartialDate(day.year, day.month, day.day))
        if anchor is not None and anchor.day and anchor.day > back:
            return TimeExpr(a, b, kind, PartialDate(anchor.year, anchor.month, anchor.day - back))
        return TimeExpr(a, b, kind, None, role="relative")
    if kind == "weekday":
        if pub is None:
            return TimeExpr(a, b, kind, None, role="relative")
        target = WEEKDAYS[calendar_key(g["wd"])]
        future = re.search(
            r"\b(?:will|is due|is scheduled|are scheduled|next|is set|to be)\b", text[max(0, a - 40) : a]
        )
        if future:
            delta = (target - pub.weekday()) % 7
            day = pub + dt.timedelta(days=delta)
        else:
            delta = (pub.weekday() - target) % 7
            day = pub - dt.timedelta(days=delta)
        return TimeExpr(a, b, kind, PartialDate(day.year, day.month, day.day), role="point")
    if kind == "year":
        year = int(g["y1"])
        role = _role(before)
        if re.search(r"\d\s*[-–]\s*$", text[max(0, a - 4) : a]):
            role = "purpose"
        return TimeExpr(a, b, kind, PartialDate(year), role=role)
    return None


def _role(before: str) -> str:
    if re.search(
        r"\b(?:compared\s+(?:to|with)(?:\s+the)?(?:\s+same\s+period)?(?:\s+(?:of|in))?|than\s+(?:in\s+)?|"
        r"versus|vs\.?|from\s+the\s+(?:same\s+period\s+of\s+)?|(?:%|percent|per cent)\s+from\s+(?:in\s+)?)\s*$",
        before,
    ):
        return "compare"
    if re.search(r"\b(?:through|until|till|to)\s+$", before):
        return "through"
    if re.search(r"\bsince\s+$", before):
        return "since"
    return "point"


def find_times(text: str, pub: dt.date | None, anchor: PartialDate | None = None) -> list[TimeExpr]:
    """Every time expression in a sentence, earliest first, without overlaps. ``anchor`` is the day a
    dateline gives without a year, for 'today' and 'yesterday' when the publication date is unknown."""
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in _FIX and not _cased(m):
                continue
            expr = _build(kind, m, pub, text, anchor)
            if expr is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(expr)
    return sorted(found, key=lambda e: e.start)


def _cased(m: re.Match[str]) -> bool:
    """Month names count only capitalised ("May 28", not "may")."""
    for name in ("m1", "m2"):
        value = m.groupdict().get(name)
        if value and not _CASED.fullmatch(value):
            return False
    return True
