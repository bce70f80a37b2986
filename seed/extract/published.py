"""The publication date an article's header lines or dateline state, and where that header ends."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from entente.dates import PartialDate
from seed.extract.calendar_words import MONTHS, calendar_key

# How far into the text a header or dateline can be: a few short lines and the body's first words.
HEAD = 700
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
# The ways headers write a day with its year: ISO or year.month.day ("2025.10.09. 16:32", Hungarian), day.month.year
# (Czech "10. 6. 2025" with spaces) or day-month-year ("Kabar, 11-06-2025 16:20"),
# "5 MAR 2025", "23rd February, 2025", "Dec 3, 2025", "October 8/2026" (ENA), "28/05/25 14:37". Month names are
# read in any case: "28 JAN 2025" is how some agencies print them.
_DATE = re.compile(
    r"(?<![\d.])(?:"
    r"(?P<iy>(?:19|20)\d\d)(?P<is>[-/.])(?P<im>[01]?\d)(?P=is)(?P<id>[0-3]?\d)(?!\d)"
    r"|(?P<nd>[0-3]?\d)(?P<ns>[./-]|\.\s)(?P<nm>[01]?\d)(?P=ns)(?P<ny>(?:19|20)\d\d)"
    r"|" + _DAY + r"\s+(?:of\s+)?(?P<m>" + _MONTH + r"),?\s+" + _YEAR + r"|"
    r"(?P<m2>" + _MONTH + r")\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+|/)(?P<y2>(?:19|20)\d\d)"
    # a two-digit year only with the time of day after it, which marks a timestamp: "28/05/25 14:37"
    r"|(?P<sd>[0-3]?\d)(?P<ss>[./-])(?P<sm>[01]?\d)(?P=ss)(?P<sy>\d\d)(?=,?\s+\d{1,2}[:.]\d\d\b)"
    r")(?!\d)",
    re.I,
)
# What marks a line as the article's metadata rather than a headline that happens to hold a date.
_KEYWORD = re.compile(r"\b(?:published|posted|date|updated|modified|source|created)\b", re.I)
# A byline, which dates the article when it holds a date: "By Aidana Yergaliyeva in Nation on 17 June 2026" (a name
# of two capitalised words, not a deadline such as "By June 2026, trade ...").
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w'’.-]+\s+[A-Z]")
_LATER = re.compile(r"\b(?:updated|modified)\b", re.I)
_DASH = re.compile(r"\s*+[–—-]+\s")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s?[ap]m)?\b", re.I)
# A dateline: "ASTANA, 3 October 2025 (Kazinform) –", "ABU DHABI, 23rd February, 2025 (WAM) --", "Warsaw, 02.07.2025".
_CITY = re.compile(r"[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,3},(?: [A-Z][a-z]{1,30},)? ")
# A dateline without a year: "ASTANA, March 12 (Kazinform) –", "BAKU, Azerbaijan, February 13.", "ULAN BATOR, Oct. 8",
# "Madrid, Mar 13 (EFE).-", "Havana, Sep 24 (Prensa Latina) Cuban President ..." (the agency in parentheses ends it),
# "(ANSA) - ROME, NOV 26 - " (the agency before it), "Kathmandu, Aug 1: " (RSS).
_DATELINE = re.compile(
    r"(?:^|\n)\s*(?:\([A-Z][A-Za-z. ]{1,20}\)\s*[–—-]+\s*)?"
    r"[A-Z][A-Za-z .'-]{2,30},\s+(?:[A-Z][a-z]+,\s+)?(?:(?P<m>[A-Z][A-Za-z]+\.?)\s+(?P<d>\d{1,2})|"
    r"(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][A-Za-z]+\.?))(?:,\s+\d{4})?(?![\d,])"
    r"(?:\s*\([^()]{1,30}\)\s*(?:[–—.-]+)?|\s*(?:[–—.:-]+|\n))"
)
# A Hijri date some agencies print before the Gregorian one: "Riyadh, Rabi' II 13, 1447, October 5, 2025, SPA --",
# "Jeddah, 13 Rabi Al-Akhir 1447 AH, 5 October 2025". Its year (13xx or 14xx) is no Gregorian year.
_HIJRI = re.compile(
    r"(?<![^\s,])(?:(?:[^\s,\d]+ ){1,3}\d{1,2},? |\d{1,2} (?:[^\s,\d]+ ){1,3})1[34]\d\d(?: ?A\.?H\.?)?, +"
)
# The seed articles' own header: " date 2025-06-03 ASTANA – ..." on the text's first line.
_DATE_PREFIX = re.compile(r"^\s*date:?\s+(?P<iso>\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True, slots=True)
class _Found:
    date: dt.date
    end: int
    rank: int  # 0 publication, 1 a bare date line or dateline, 2 an update


def publication_date(text: str) -> dt.date | None:
    """The publication date stated in the text's header lines or dateline, else in its closing lines ("MAP 13 May
    2026"), else the day of a dateline without a year in the year the text's own dates put it ('HANOI, Sept 30
    (Reuters) -' in an article that tells of trade 'last year' and 'in 2025' is of 30 September 2026), or None."""
    found = _publication(text)
    if found:
        return found.date
    return _footer(text) or _yearless_dateline(text)


# How far from the text's end the line that dates it can be: the agency's sign-off, a copyright line.
TAIL = 300


def _footer(text: str) -> dt.date | None:
    """A short closing line with a date and little else: "MAP 13 May 2026", "(END) 2025-06-11"; not a line that
    dates what is to come ("Next meeting: 12 May 2026", "Applications close 30 June 2026")."""
    start = max(len(text) - TAIL, HEAD)
    lines = [line for line in text[start:].split("\n")[1:] if line.strip()]
    for line in reversed(lines[-3:]):
        hit = header_line(line) if len(line) <= 80 and not _AHEAD.search(line) else None
        if hit is not None:
            return hit[0]
    return None


# What makes a short dated line at the end a notice of what is ahead rather than the article's sign-off.
_AHEAD = re.compile(
    r"\b(?:next|upcoming|will|shall|until|till|due|deadline|closes?|opens?|starts?|begins?|expires?|"
    r"register\w*|apply|applications?|scheduled|planned|expected|forthcoming|save\s+the\s+date|event|meeting|"
    r"summit|forum|session|visit|conference|launch)\b",
    re.I,
)


def header_end(text: str) -> int:
    """Where the header or dateline that dates the article ends (0 without one)."""
    found = _publication(text)
    end = found.end if found else 0
    m = _DATELINE.search(text[:HEAD])
    return max(end, m.end()) if m else end


def dateline_day(text: str) -> PartialDate | None:
    """The month and day a dateline gives without a year ("ASTANA, March 12 (Kazinform) –"), or None."""
    m = _DATELINE.search(text[:HEAD])
    if not m:
        return None
    month = MONTHS.get(calendar_key(m.group("m") or m.group("m2")).rstrip("."))
    if not month:
        return None
    try:
        day = PartialDate(None, month, int(m.group("d") or m.group("d2")))
        day._check()
    except ValueError:
        return None
    return day


def _publication(text: str) -> _Found | None:
    head = text[:HEAD]
    m = _DATE_PREFIX.match(head)
    if m:
        try:
            return _Found(dt.date.fromisoformat(m.group("iso")), m.end(), 0)
        except ValueError:
            pass
    found: list[_Found] = []
    offset = 0
    for line in head.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        hit = header_line(line) if len(line) <= 160 else None
        if hit is None:
            hit = _dateline(line)
        if hit is not None:
            date, rank, end = hit
            found.append(_Found(date, start + end, rank))
        elif len(line) > 160:
            break  # the body has begun: a date further on is a date of the story
    return min(found, key=lambda f: f.rank) if found else None


def header_line(line: str) -> tuple[dt.date, int, int] | None:
    """A short line holding a date with its year and little else, a time, or a word such as 'Published'."""
    if line.rstrip().endswith("."):
        return None  # a sentence of the story
    for m in _DATE.finditer(line):
        date = _date(m)
        if date is None:
            continue
        rest = (line[: m.start()] + line[m.end() :]).strip(" -|,:;()\t")
        keyword = _KEYWORD.search(line) or _BYLINE.match(line)
        # a line the date opens, a dash after it: "December 4, 2025 - Manila, Philippines - Global Affairs Canada"
        opens = not line[: m.start()].strip() and _DASH.match(line, m.end()) is not None
        if (
            keyword
            or opens
            or _TIME.search(rest)
            or len(re.sub(r"[^A-Za-z]", "", rest)) <= 24
            and not rest.endswith(".")
        ):
            rank = 2 if keyword and _LATER.search(keyword.group()) else (0 if keyword else 1)
            return date, rank, len(line)
    return None


def _dateline(line: str) -> tuple[dt.date, int, int] | None:
    """A body that opens with its city and date: 'ASTANA, 3 October 2025 (Kazinform) – ...'."""
    city = _CITY.match(line.lstrip())
    if city is None:
        return None
    at = len(line) - len(line.lstrip()) + city.end()
    hijri = _HIJRI.match(line, at)
    m = _DATE.match(line, hijri.end() if hijri else at)
    date = _date(m) if m else None
    if m is None or date is None:
        return None
    # the agency, in parentheses or after a comma ("..., 2025, SPA --"), and the dash or stop that ends the dateline
    end = re.match(r"(?:\s*\([^()]{1,30}\)|,\s+[A-Z]{2,8}(?=\s*[–—-]))?\s*(?:[–—-]+|\.)?", line[m.end() :])
    return date, 1, m.end() + (end.end() if end else 0)


def _date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["ny"]:
            return dt.date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        if g["sy"]:
            return dt.date(2000 + int(g["sy"]), int(g["sm"]), int(g["sd"]))
        name, day, year = (g["m"], g["d"], g["y"]) if g["m"] else (g["m2"], g["d2"], g["y2"])
        key = calendar_key(name).rstrip(".")
        month = MONTHS.get(key) or MONTHS.get(key[:3])
        return dt.date(int(year), month, int(day)) if month else None
    except ValueError:
        return None


# A copyright line, which gives the year of publication: "Copyright © ANTARA 2026", "© 2026 Xinhua".
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)[^\n\d]{0,40}(?P<y>(?:19|20)\d\d)\b(?![-–]\d)", re.I)
# A year the story tells, with the month (and day) before it when it gives one: "in 2025", "June 2024",
# "January-August 2026", "on Feb. 10, 1972", "23 October 2024" (not the end of a span: "2026-2030").
_TOLD_YEAR = re.compile(
    r"(?:\b(?P<m>" + _MONTH + r")\s+(?:(?P<d>[0-3]?\d),?\s+)?|\b(?P<d2>[0-3]?\d)\s+(?P<m2>" + _MONTH + r"),?\s+)?"
    r"(?<![-–/\d])(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)",
)
# A year told as the part of it gone so far, which is the current year: "in the first quarter of 2026",
# "in the first eight months of 2025".
_PART_OF_YEAR = re.compile(r"\b(?:quarter|half|months|weeks)\s+of\s+(?:the\s+year\s+)?$", re.I)
# A sentence that plans, whose years are ahead: "The next meeting will be held in Moscow in 2027".
_PLANNED = re.compile(
    r"\b(?:will|shall|next|plans?|planned|expected|scheduled|due|until|to\s+be|(?:agreed|decided|aim|intend)s?\s+to|"
    r"by\s+(?:the\s+end\s+of\s+)?"
    r"(?:19|20)\d\d)\b",
    re.I,
)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)
# An amount, which makes a sentence the report of a figure: statistics give the latest period there are figures for.
_AMOUNT = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b|(?:b|m|tr)illion\b|bn\b|mln\b|bln\b)|[$€£¥₽]\s?\d", re.I)


def _yearless_dateline(text: str) -> dt.date | None:
    """The dateline's month and day in the year the text gives: its copyright line's, else the year its latest
    figures put it in (see ``_year_of_figures``)."""
    day = dateline_day(text)
    if day is None or day.month is None or day.day is None:
        return None
    m = _COPYRIGHT.search(text[-TAIL:])
    year = int(m.group("y")) if m else _year_of_figures(text, (day.month, day.day)) or _year_of_anniversary(text)
    if year is None:
        return None
    try:
        return dt.date(year, day.month, day.day)
    except ValueError:
        return None


# An anniversary marked now, by its count ("the 65th anniversary of diplomatic relations", "hail 65 years of
# diplomatic ties"), and the year relations were established, which together give the current year.
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:relations|ties)\b|\b(?P<n2>\d{1,3})\s+years\s+of\s+(?:[\w-]+\s+){0,2}?(?:relations|ties)\b",
    re.I,
)
_ESTABLISHED = re.compile(
    r"\b(?:relations|ties)\b[^.\n]{0,60}?\b(?:were|was)\s+established\b[^.\n]{0,40}?\b(?P<y>(?:19|20)\d\d)\b"
    r"|\bestablished\s+(?:diplomatic\s+)?(?:relations|ties)\b[^.\n]{0,40}?\b(?P<y2>(?:19|20)\d\d)\b",
    re.I,
)


def _year_of_anniversary(text: str) -> int | None:
    """The year of an anniversary of relations the text marks, from the year they were established: 'the 65th
    anniversary of diplomatic relations' with 'established on October 7, 1960' is of 2025. Not an anniversary still
    ahead ('will mark the 35th anniversary next year')."""
    founded = {int(m.group("y") or m.group("y2")) for m in _ESTABLISHED.finditer(text)}
    counts = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if not _PLANNED.search(sentence):
            # "marked the 60th anniversary of their ties last year": the year after the anniversary's
            over = 1 if _LAST_YEAR.search(sentence) else 0
            counts |= {int(m.group("n") or m.group("n2")) + over for m in _ANNIVERSARY.finditer(sentence)}
    years = {y + n for y in founded for n in counts}
    return years.pop() if len(years) == 1 else None


def _year_of_figures(text: str, dateline: tuple[int, int]) -> int | None:
    """The least year whose ``dateline`` (month, day) comes after every date the text tells outside a plan, when
    that year is the one its latest figures give. Figures are reported for the latest period there are any for:
    'in January-August 2026' in a dateline of October is of 2026; a whole year ('trade reached $178.9 billion in
    2025') is the year before when the text also tells of 'last year'; 'the fiscal year to June 2025' in a
    dateline of January 15 is of the year after. Without such figures a year told is only a bound ('the embassy was
    opened in 2020'), and the dateline keeps no year."""
    whole_years_over = bool(_LAST_YEAR.search(text))
    least, by_figures = 0, False
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if _PLANNED.search(sentence):
            continue
        figures = bool(_AMOUNT.search(sentence))
        for m in _TOLD_YEAR.finditer(sentence):
            year, name = int(m.group("y")), m.group("m") or m.group("m2")
            month = MONTHS.get(calendar_key(name).rstrip(".")[:3]) if name else None
            if month is not None:
                year += (month, int(m.group("d") or m.group("d2") or 1)) > dateline  # the year before the dateline
                telling = figures
            elif _PART_OF_YEAR.search(sentence[: m.start()]):
                telling = figures  # "in the first eight months of 2025": the current year
            else:
                year += whole_years_over
                telling = figures and whole_years_over
            if year > least:
                least, by_figures = year, telling
            elif year == least:
                by_figures = by_figures or telling
    return least if by_figures else None
