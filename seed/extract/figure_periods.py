"""The period of a figure in its sentence: the time right after it, the nearest in its clause, or the opening one;
and the periods figures of one sentence take from each other (a growth rate, a running total)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from entente.dates import PartialDate
from entente.documents import Metric
from seed.extract.calendar_words import FISCAL_MID_MONTH, FISCAL_START, MONTHS, calendar_key
from seed.extract.dates import TimeExpr
from seed.extract.gazetteer import country_named

if TYPE_CHECKING:
    from seed.extract.figures import Figure

FLOWS = {Metric.TRADE_TURNOVER, Metric.EXPORTS, Metric.IMPORTS}

_INITIAL = 30
_CALENDAR = {"months_of", "month_range", "half", "year", "my", "last_year", "this_year", "trailing", "fiscal"}
# Kinds of time expression that name a day: they date an event, never the period of a figure.
_DAYS = {"weekday", "today", "yesterday", "md", "dm", "mdy", "dmy", "iso", "day_range"}
# The time a document was signed, which is no period of the sums it names: "the Ras El Hekma agreement signed
# in February 2024 with investments worth $35 billion", "AD Ports signed a concession last year ..., worth ...".
_SIGNED = re.compile(r"\b(?:signed|concluded|adopted|ratified|inked)\s+(?:[\w-]+\s+){0,3}?(?:(?:in|on|during)\s+)?$")
_CLAUSE = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+|,\s+but\s+")


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Months told as a span in words: "From January to September this year, trade rose 18.2 per cent".
_MONTH_SPAN = re.compile(
    rf"\b(?:from|between)\s+(?P<m1>{_MONTH})\.?\s+(?:to|and|through|till|until)\s+(?P<m2>{_MONTH})\b\.?"
    r"(?:,?\s+(?:of\s+)?(?P<y>this year|last year|\d{4})\b)?",
    re.I,
)
# A running total from a past event: "since the two countries established diplomatic ties in 1972", "since it
# opened its Dakar office in 2007": the year is the total's start.
_SINCE_EVENT = re.compile(r"\bsince\s+[^\d.;,:()]{3,70}?\s+in\s+$", re.I)
# A past range of years named a period: "in the 2018-2023 period".
_PERIOD = re.compile(r"(?<!\s)\s+period\b", re.I)
# The base a change is measured from: "an increase of 48% over the same period of 2023"; a year a change is
# measured against: "6.2% more than the previous year", "up 5% on last year", "compared with 2023".
_SAME_PERIOD = re.compile(r"\b(?:same|corresponding|like)\s+period\s+(?:(?:of|in)\s+)?$", re.I)
_AGAINST = re.compile(
    r"(?:%|\bper\s?cent|\b(?:more|less|higher|lower|up|down|increase|rise|growth|decline|drop)\b)[^.;%]{0,30}?"
    r"\b(?:than|on|over|from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?$",
    re.I,
)
_YEARS = {"year", "last_year", "trailing"}  # "an increase of 11.4% from the four quarters to the end of Q4 2024"


def figure_times(
    text: str, times: list[TimeExpr], published: dt.date | None, *, fiscal_mid_month: bool = False, fiscal: int = 4
) -> list[TimeExpr]:
    """The time expressions of ``text`` as periods of its figures: months told as a span in words made one
    period, a fiscal year told from the publication ('last financial year') read in the year opening in month
    ``fiscal``, a year after 'since' and a clause made a running total's start, a comparison's base marked so, and
    a past range of years named a period taken as one. A fiscal year of a country whose year opens mid-month
    (``fiscal_mid_month``) closes in the month it opens."""
    times = sorted([*times, *_relative_fiscal_years(text, times, published, fiscal)], key=lambda t: t.start)
    out = [_closing_in_its_first_month(t) if fiscal_mid_month else t for t in times]
    for m in _MONTH_SPAN.finditer(text):
        inside = [t for t in out if t.start < m.end() and t.end > m.start()]
        year = _year(m.group("y"), inside, published)
        if year is None:
            continue
        m1, m2 = MONTHS[calendar_key(m.group("m1"))], MONTHS[calendar_key(m.group("m2"))]
        span = TimeExpr(
            m.start(), m.end(), "month_range", PartialDate(year - (m1 > m2), m1), PartialDate(year, m2), role="period"
        )
        out = sorted([t for t in out if t not in inside] + [span], key=lambda t: t.start)
    for k, t in enumerate(out):
        if t.first and t.first.year and _over_new_year(t):  # "during July-April of FY25": July of the year before April
            out[k] = t = replace(t, first=PartialDate(t.first.year - 1, t.first.month))
        if (
            t.kind in ("year", "my")
            and t.first
            and published
            and _SINCE_EVENT.search(text, max(0, t.start - 90), t.start)
        ):
            out[k] = replace(t, kind="since", last=PartialDate(published.year), cumulative=True, role="since")
        elif t.role != "compare" and (
            _SAME_PERIOD.search(text, max(0, t.start - 30), t.start)
            or (t.kind in _YEARS and _AGAINST.search(text, max(0, t.start - 60), t.start))
        ):
            out[k] = replace(t, role="compare")
        elif (
            t.role == "purpose"
            and t.last
            and published
            and t.last.year <= published.year
            and _PERIOD.match(text, t.end)
        ):
            out[k] = replace(t, role="range")  # "exceeded 5.1 billion euros in the 2018-2023 period": past, not a plan
    return out


# A fiscal year told from the publication: "last financial year", "in the previous fiscal year", "the last Ethiopian
# fiscal year" (its country's year, whatever the article's), "the current financial year".
_RELATIVE_FISCAL = re.compile(
    r"\b(?P<which>last|previous|past|current|this)\s+(?:(?P<whose>[A-Z][a-z]+)\s+)?(?:fiscal|financial)\s+year\b"
)
_BACK = {"last": 1, "previous": 1, "past": 1, "current": 0, "this": 0}


def _relative_fiscal_years(text: str, times: list[TimeExpr], published: dt.date | None, fiscal: int) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    if published is None:
        return found
    for m in _RELATIVE_FISCAL.finditer(text):
        if any(t.start < m.end() and t.end > m.start() for t in times):
            continue
        whose = country_named(m.group("whose")) if m.group("whose") else None
        opens = FISCAL_START.get(whose, fiscal) if whose else fiscal
        # the fiscal year running at publication opens in the calendar year, or in the one before
        current = published.year - (1 if opens > 1 and published.month < opens else 0)
        year = current - _BACK[m.group("which")]
        first = PartialDate(year, opens) if opens > 1 else PartialDate(year, 1)
        last = PartialDate(year + 1, opens - 1) if opens > 1 else PartialDate(year, 12)
        told = TimeExpr(m.start(), m.end(), "fiscal", first, last, role="period")
        found.append(_closing_in_its_first_month(told) if whose in FISCAL_MID_MONTH else told)
    return found


def _closing_in_its_first_month(t: TimeExpr) -> TimeExpr:
    if t.kind != "fiscal" or not (t.first and t.last and t.first.year and t.first.month):
        return t
    return replace(t, last=PartialDate(t.first.year + 1, t.first.month))


def _over_new_year(t: TimeExpr) -> bool:
    """A span of months of one year whose first month comes after its last runs over the new year."""
    first, last = t.first, t.last
    return bool(
        first
        and last
        and first.year
        and first.year == last.year
        and first.month
        and last.month
        and first.month > last.month
        and not first.day
    )


def _year(told: str | None, inside: list[TimeExpr], published: dt.date | None) -> int | None:
    if told and told.isdigit():
        return int(told)
    if told and published:
        return published.year - (told.lower() == "last year")
    return next((t.first.year for t in inside if t.first and t.first.year), None)


# A sum told for the period the figure before it has: "Ethiopia earned $98.4 million in the 2025/26 fiscal year.
# Bilateral trade stood at about 1.2 billion Birr in the same period", "In the same period, imports reached ...";
# not a base of comparison ("over the same period of 2023", "compared with the same period last year").
_THE_SAME = r"(?:in|during|over|for)\s+the\s+same\s+(?:period|months|time)\b(?!\s+(?:of|in|a\s+year|last))"
_SAME_AFTER = re.compile(r"\s*+(?:,\s*+)?" + _THE_SAME, re.I)  # possessive: no backtracking on long blanks
_SAME_OPENING = re.compile(r"\A\W{0,3}(?:and\s+|but\s+)?" + _THE_SAME + r"\s*,", re.I)


def the_same_period(text: str, end: int) -> bool:
    """Whether the sum ending at ``end`` is told for the same period as the figure before it."""
    return bool(_SAME_AFTER.match(text, end) or _SAME_OPENING.match(text))


# A sum told for the year the sum before it in the sentence has: "imports stood at Sh5.8 billion in the same year",
# "on top of the separate $1.33 billion it committed the same year", "another $2 billion that year".
_SAME_YEAR = re.compile(
    r"(?<!\s)(?:\s*+,)?(?:\s++[\w'’-]++){0,3}?\s++(?:(?:in|during)\s++)?(?:the\s++same|that(?:\s++same)?)\s++year\b"
    r"(?!\s+(?:of|before|after|earlier|ago))",
    re.I,
)
# The base a change is told from, which is no sum a later one shares its year with: "rose to X in 2024 from Y in 2023".
_FROM = re.compile(r"\b(?:from|up\s+from|down\s+from|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:US\s?)?$", re.I)


def the_year_told_before(text: str, end: int, found: list[Figure], placed: list[tuple[int, int]]) -> tuple | None:
    """The period of the sum ending at ``end`` when told as the same year as the sum before it in the sentence:
    that one's, skipping a base a change is told from."""
    if not _SAME_YEAR.match(text, end):
        return None
    for f, (a, _) in zip(reversed(found), reversed(placed), strict=True):
        if (f.start or f.end) and not _FROM.search(text, max(0, a - 25), a):
            return f.start, f.end, f.cumulative, f.since
    return None


def clause_of(text: str, at: int) -> int:
    return sum(1 for m in _CLAUSE.finditer(text) if m.start() < at)


def figure_period(
    text: str, times: list[TimeExpr], start: int, end: int, spans: list[tuple[int, int]], *, stock: bool = False
) -> tuple:
    """The period of the figure at [start, end): a time right after it ('$4.4 billion in 2023'), else the
    nearest time expression in its clause (or the nearest figure's, when the expression's clause has none),
    else the sentence's opening one. A ``stock`` (investment to date) takes no time told in another clause."""
    # a day dates events: "24,000 companies operate today" is a state, "signed on Monday, worth $5 billion" a deal
    asides = [m.span() for m in _ASIDE.finditer(text) if not m.start() <= start < m.end() and m.start() != end]
    usable = [
        t
        for t in times
        if t.role not in ("compare", "purpose")
        and t.kind not in _DAYS
        and (t.first or t.role in ("since", "earlier"))
        and (t.role == "since" or not _SIGNED.search(text, max(0, t.start - 40), t.start))
        and not any(a <= t.start < b for a, b in asides)
    ]
    initial = next((t for t in usable if t.start < _INITIAL), None)
    # a series: "grew from $3.9 billion in 2022 to $4.4 billion in 2023 and $4.5 billion in 2024"
    chosen = next((t for t in usable if t.start >= end and _JUST_AFTER.fullmatch(text, end, t.start)), None)
    # the years a budget is for, told right after it: "NOK 275 billion for the period 2023-2030"
    chosen = chosen or next((t for t in times if _budget_years(text, t, end)), None)
    if chosen is None:
        chosen = _nearest(text, usable, start, end, spans) or initial
    if chosen is None:
        shared = [
            t
            for t in usable
            if t.kind in _CALENDAR
            and t.role in ("point", "period", "relative")
            and t.start >= _INITIAL
            # "trade stood at US$ 5.5 billion in 2023-24, and Indian investment has crossed US$ 2.2 billion"
            and not (stock and clause_of(text, t.start) != clause_of(text, start))
            # nor the year another sum is aimed for: "a goal of bringing it to $500 million by 2030"
            and not any(_aimed_for_another(text, t, (start, end), span) for span in spans)
        ]
        # the sentence's one period, however many times it is told: "$1.1 billion in 2024, ... worth 4.6 billion
        # shillings last year, while South African exports to Kenya reached R17.8 billion"
        chosen = shared[0] if len({(t.first, t.last) for t in shared}) == 1 else None
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


# A relative clause between commas on a thing other than the sum, whose time is that thing's: "The parks, the first of
# which opened in 1996, are expected to draw investment of between US$1.5 billion and US$2 billion", "..., including
# the airport, which opened in 2021"; not one on the sum itself ("$5 billion, which was a record in 2024,").
_ASIDE = re.compile(
    r",\s+(?:(?:the\s+)?(?:first|last|second|latest|oldest|largest|biggest|most|some|all|many|one|each|both|none|"
    r"several)\s+of\s+)?(?:which|who|whom|whose|where)\s[^,;()]{0,120}(?:,|$)"
)
# What may stand between an amount and the time that is its own: "$4.4 billion in 2023", "R5bn last year".
_JUST_AFTER = re.compile(r"\s*(?:in|for|during|as of|at the end of)?\s*")
_TOLD_AFTER = re.compile(r"(?<!\s)\s*+by\s++(?:the\s++end\s++of\s++)?")
_FOR_YEARS = re.compile(r"(?<!\s)\s+(?:for|over|in)\s+(?:the\s+(?:period|years)\s+)?")


def _aimed_for_another(text: str, t: TimeExpr, mine: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether ``t`` is the year another sum, not the upper bound of a range with this one, is aimed for."""
    if other == mine or other[1] > t.start or not _TOLD_AFTER.fullmatch(text, other[1], t.start):
        return False
    return not _BOUNDS.fullmatch(text, mine[1], other[0])


_BOUNDS = re.compile(r"(?<!\s)\s*+(?:and|to|-|–)\s*+")


def _budget_years(text: str, t: TimeExpr, end: int) -> bool:
    """A range of years, future ones too, that a sum is for: "$1 bln for 2026-2030", "over the period 2024-2027"."""
    return t.kind == "year_range" and t.start >= end and bool(_FOR_YEARS.fullmatch(text, end, t.start))


def _nearest(text: str, usable: list[TimeExpr], start: int, end: int, spans: list[tuple[int, int]]) -> TimeExpr | None:
    """The time expression nearest the figure in its clause, when no other figure there is nearer to it."""
    own = []
    for t in usable:
        clause = clause_of(text, t.start)
        near = [s for s in spans if clause_of(text, s[0]) == clause] or spans
        dist = [_gap(text, t, a, b) for a, b in near]
        if (start, end) in near and _gap(text, t, start, end) == min(dist) and t.start >= _INITIAL:
            own.append((min(abs(t.start - end), abs(start - t.end)), t))
    return min(own, key=lambda x: x[0])[1] if own else None


_COMMA_AWAY = 40


def _gap(text: str, t: TimeExpr, start: int, end: int) -> int:
    """How far a time is from a sum, to tell which of two sums it is nearer: one after a comma that follows the
    time is further than it looks ("a $600 million loan to Port Moresby in 2024, on top of the $1.33 billion")."""
    if start >= t.end:
        return start - t.end + (_COMMA_AWAY if "," in text[t.end : start] else 0)
    return abs(t.start - end)


def growth_of_the_figure_before(text: str, found: list[Figure], placed: list[tuple[int, int]]) -> None:
    """A growth rate told right after a sum, with no time of its own, is of that sum's period: 'trade reached
    $536.7 million last year, up 36 percent year on year' (2023)."""
    for k in range(1, len(found)):
        f, before = found[k], found[k - 1]
        if f.metric != Metric.GROWTH_RATE or f.start or f.end or not (before.start or before.end):
            continue
        if before.metric in FLOWS and _RIGHT_AFTER.fullmatch(text, placed[k - 1][1], placed[k][0]):
            f.start, f.end, f.cumulative = before.start, before.end, before.cumulative


# Between a sum and its growth: "$536.7 million last year, up ", "€2.9 billion in 2024, an increase of ".
_RIGHT_AFTER = re.compile(r"(?:[^.;%\d]|\b(?:19|20)\d\d\b){0,60}")
# Between a growth rate and the sum it brought a flow to: "grew by 27% last year to nearly ", "rose 12 percent in
# 2024 to ", "increased by 8% year on year, reaching ".
_GREW_TO = re.compile(
    r"(?<!\s)(?:[^.;%\d,]|\b(?:19|20)\d\d\b){0,40}?(?:\bto|,?\s++reaching|,?\s++hitting)\s++"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|an\s+estimated)\s+)?(?:US\s?)?[$€£]?\s*"
)


def sum_after_its_growth(text: str, found: list[Figure], placed: list[tuple[int, int]]) -> None:
    """A sum of a flow told right after the rate it grew by, with no time of its own, is of the rate's period:
    'trade grew by 27% last year to nearly $190 million' (2024)."""
    for k in range(1, len(found)):
        f, rate = found[k], found[k - 1]
        if f.metric not in FLOWS or f.start or f.end or rate.metric != Metric.GROWTH_RATE or not rate.start:
            continue
        if _GREW_TO.fullmatch(text, placed[k - 1][1], placed[k][0]):
            f.start, f.end, f.cumulative = rate.start, rate.end, rate.cumulative


_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s")


def running_totals(found: list[Figure], placed: list[tuple[int, int]], text: str) -> list[Figure]:
    """A total 'since 2005' told after a figure of the same metric for one period runs to that period's end:
    'attracted 661 million in FDI last year, and over 16 billion in total since 2005' (through last year);
    told alone, it runs to the publication."""
    for i, f in enumerate(found):
        if not f.since or f.end is None:
            continue
        # only a figure told before the total: "..., including $2.9 billion in 2023 alone" is a part of it
        # not one set against it: "Uzbek investors put ₸36.8 billion into Kazakhstan in 2023, while Kazakh
        # investments in Uzbekistan have exceeded $500 million since 2017" are two flows
        same = [
            g
            for j, g in enumerate(found[:i])
            if g.metric == f.metric
            and not g.cumulative
            and g.end
            and not _CONTRAST.search(text, placed[j][1], placed[i][0])
        ]
        if same and same[-1].end and f.start and same[-1].end >= f.start:
            f.end = same[-1].end
    return found


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def respective_periods(text: str, found: list[Figure], placed: list[tuple[int, int]], times: list[TimeExpr]) -> None:
    """Sums told together and their years after them, paired in order: '$1.2 billion, $1.5 billion and $1.9 billion
    in 2022, 2023 and 2024 respectively'."""
    told = _RESPECTIVELY.search(text)
    if told is None or not placed:
        return
    after = [t for t in times if t.kind in _CALENDAR and placed[-1][1] <= t.start < told.start()]
    periods = [(t.first.iso, (t.last or t.first).iso) for t in after if t.first]
    if len(after) < 2 or len(periods) != len(after):
        return
    # the sums right before those times, with no other time between them and the times
    run = [k for k, (_, b) in enumerate(placed) if not any(b <= t.start < after[0].start for t in times)]
    run = run[-len(after) :]
    if len(run) != len(after):
        return
    for k, (first, last) in zip(run, periods, strict=True):
        f = found[k]
        f.start, f.end, f.cumulative, f.since = first, last, False, False
