"""The period of a figure in its sentence: the time right after it, the nearest in its clause, or the opening one."""

from __future__ import annotations

import re

from seed.extract.dates import TimeExpr

_INITIAL = 30
_CALENDAR = {"months_of", "month_range", "half", "year", "my", "last_year", "this_year", "trailing", "fiscal"}
# Kinds of time expression that name a day: they date an event, never the period of a figure.
_DAYS = {"weekday", "today", "yesterday", "md", "dm", "mdy", "dmy", "iso", "day_range"}
# The time a document was signed, which is no period of the sums it names: "the Ras El Hekma agreement signed
# in February 2024 with investments worth $35 billion".
_SIGNED = re.compile(r"\b(?:signed|concluded|adopted|ratified|inked)\s+(?:[\w-]+\s+){0,3}?(?:in|on|during)\s+$")
_CLAUSE = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+|,\s+but\s+")


def clause_of(text: str, at: int) -> int:
    return sum(1 for m in _CLAUSE.finditer(text) if m.start() < at)


def figure_period(text: str, times: list[TimeExpr], start: int, end: int, spans: list[tuple[int, int]]) -> tuple:
    """The period of the figure at [start, end): a time right after it ('$4.4 billion in 2023'), else the
    nearest time expression in its clause (or the nearest figure's, when the expression's clause has none),
    else the sentence's opening one."""
    # a day dates events: "24,000 companies operate today" is a state, "signed on Monday, worth $5 billion" a deal
    usable = [
        t
        for t in times
        if t.role not in ("compare", "purpose")
        and t.kind not in _DAYS
        and (t.first or t.role in ("since", "earlier"))
        and not _SIGNED.search(text, max(0, t.start - 40), t.start)
    ]
    initial = next((t for t in usable if t.start < _INITIAL), None)
    # a series: "grew from $3.9 billion in 2022 to $4.4 billion in 2023 and $4.5 billion in 2024"
    chosen = next((t for t in usable if t.start >= end and _JUST_AFTER.fullmatch(text, end, t.start)), None)
    if chosen is None:
        chosen = _nearest(text, usable, start, end, spans) or initial
    if chosen is None:
        shared = [
            t
            for t in usable
            if t.kind in _CALENDAR and t.role in ("point", "period", "relative") and t.start >= _INITIAL
        ]
        chosen = shared[0] if len(shared) == 1 else None
    if chosen is None:
        return None, None, False, False
    if chosen.role == "earlier":  # "down from $21.1 billion a year earlier": the year before the sentence's own
        base = next((t for t in usable if t is not chosen and t.first and t.first.year), None)
        year = base.first.year - 1 if base and base.first and base.first.year else None
        return (str(year), str(year), False, False) if year else (None, None, False, False)
    first = chosen.first.iso if chosen.first else None
    # "since 2005" runs to the publication, whatever other time the sentence names
    last = chosen.last.iso if chosen.last else (None if chosen.role == "since" else first)
    return first, last, chosen.cumulative, chosen.role == "since"


# What may stand between an amount and the time that is its own: "$4.4 billion in 2023", "R5bn last year".
_JUST_AFTER = re.compile(r"\s*(?:in|for|during|as of|at the end of)?\s*")


def _nearest(text: str, usable: list[TimeExpr], start: int, end: int, spans: list[tuple[int, int]]) -> TimeExpr | None:
    """The time expression nearest the figure in its clause, when no other figure there is nearer to it."""
    own = []
    for t in usable:
        clause = clause_of(text, t.start)
        near = [s for s in spans if clause_of(text, s[0]) == clause] or spans
        dist = [min(abs(t.start - b), abs(a - t.end)) for a, b in near]
        mine = min(abs(t.start - end), abs(start - t.end))
        if (start, end) in near and mine == min(dist) and t.start >= _INITIAL:
            own.append((mine, t))
    return min(own, key=lambda x: x[0])[1] if own else None
