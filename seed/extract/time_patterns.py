"""Patterns of time expressions, as data: each kind of expression and the regex that finds it."""

from __future__ import annotations

import re

# Abbreviations with their stop, or without one before a number as some styles print them ("on Sept 17",
# "Dec 3, 2025").
MONTH = (
    r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))"
)
_UNDOTTED = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_D = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{0}>(?:19|20)\d\d)"
_N = r"(?P<{0}>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a|an)"
_DASH = r"\s*[-–—]\s*"


def _p(template: str) -> str:
    parts = {
        "{M1}": MONTH.format("m1"),
        "{M2}": MONTH.format("m2"),
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
        # a period that ends at a month or a quarter: "the four quarters to the end of Q3 2024", "the year to
        # December 2024", "the 12 months to March"
        (
            "trailing",
            r"\b(?:(?P<n>\d{1,2}|two|three|four|six|eight|nine|twelve)\s+(?P<unit>months|quarters)|(?P<yr>year))\s+"
            r"(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?:Q(?P<q>[1-4])\s+{Y2}|{M1}(?:\s+{Y1})?)",
        ),
        # a fiscal year written with both its years: "FY 2023-24", "fiscal 2023/24", "in 2023-24"
        (
            "fiscal",
            r"\b(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*)?{Y1}\s*[-–/]\s*(?P<y2s>\d\d)\b(?![-–/]\d)",
        ),
        # a fiscal year named by the year it closes in: "exports at Tk 18,700 crore in FY24", "FY 2025", "FY'26" (not
        # "July-April of FY25", the months of a year, read with them)
        ("fiscal", r"(?<!of )\bFY\s?'?(?:20)?(?P<ye>\d\d)\b(?![-–/]\d)"),
        (
            "months_of",
            # customs copy may leave the year out after "the": "exports over the seven months stood at ..."
            r"\b(?:for|in|during|over)\s+(?:(?P<the>the)\s+)?(?:first\s+)?{N}\s+months(?:\s+(?:of\s+)?"
            r"(?:{Y1}|this year|(?P<last>last) year)|"
            r"(?(the)\b(?!\s+(?:of|to|before|after|since|ago|ahead|that)\b)|(?!)))",
        ),
        (
            "half",
            r"\b(?P<part>first|second|third|fourth)\s+(?P<unit>half|quarter)"
            r"(?:\s+(?:of\s+)?(?:{Y1}|this year|last year))?",
        ),
        ("quarter", r"\bQ(?P<q>[1-4])\s+{Y1}\b"),
        ("month_range", r"\b{M1}{DASH}{M2}(?:,?\s+{Y1}|(?:\s+of)?\s+(?P<rel>this|last) year)?"),
        # "April 23-25", "from April 23 to 25", "April 30 to May 2", "from 23 to 25 April"
        ("day_range", r"\b{M1}\s+{D1}(?:{DASH}|\s+(?:to|through|until|till)\s+)(?:{M2}\s+)?{D2}\b(?:,?\s+{Y1})?"),
        ("day_range", r"\b{D1}(?:{DASH}|\s+(?:to|through|until|till)\s+){D2}\s+{M1}\b(?:,?\s+{Y1})?"),
        ("mdy", r"\b{M1}\s+{D1}\b(?:,\s*|\s+){Y1}"),
        ("dmy", r"\b{D1}\s+{M1}\s+{Y1}"),
        ("md", r"\b{M1}\s+{D1}\b(?![\d,.]\d)"),
        ("dm", r"\b{D1}\s+{M1}\b"),
        ("my", r"\b{M1}(?:\s+of)?\s+{Y1}"),
        ("between_years", r"\bbetween\s+{Y1}\s+and\s+{Y2}\b"),
        ("year_range", r"\b{Y1}\s*[-–—/]\s*{Y2}\b"),
        ("n_year_total", r"\b(?P<num>\d{1,3}|{N})[-\s]year\s+total\b"),
        ("ago", r"\b{N}\s+(?P<unit>decades?|years?)\s+ago\b"),
        ("past_years", r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+{N}\s+(?P<unit>years|decades)\b"),
        ("past_decade", r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+decade\b"),
        ("past_months", r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+{N}\s+(?P<unit>months|weeks)\b"),
        ("year_earlier", r"\ba\s+year\s+(?:earlier|before)\b"),
        ("since", r"\bsince\s+{Y1}\b"),
        ("last_year", r"\b(?:over\s+the\s+|in\s+the\s+)?(?:last|past|previous)\s+year\b"),
        ("this_year", r"\b(?:this|the\s+current)\s+year\b"),
        # "earlier this month", "last month": the publication's month, the month before it
        ("month_rel", r"\b(?:(?:earlier|later)\s+)?(?P<rel>this|last|next|the\s+previous|the\s+current)\s+month\b"),
        ("next_year", r"\bnext\s+year\b"),
        ("yesterday", r"\b(?:the\s+day\s+before\s+)?yesterday\b"),
        # a part of the publication's day: "called on President Murmu this afternoon", "will speak tonight"
        ("today", r"\bthis\s+(?:morning|afternoon|evening)\b|\btonight\b|\b(?:earlier|later)\s+today\b"),
        # the day after a day told before it, in the sentence or before: "recognised on December 25, 1991.
        # Diplomatic relations were established the following day"
        ("next_day", r"\b(?:on\s+)?the\s+(?:following|next)\s+day\b|\ba\s+day\s+later\b"),
        ("today", r"(?<![.\n]\s)(?<!^)\btoday\b|^\s*today\b(?!,)"),
        ("weekday", r"\b(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
        ("month", r"\b(?:in|since|by|during|from|until|through|(?P<rel>last|this|next))\s+{M1}(?![\s-]*\d)"),
        ("year", r"\b{Y1}\b(?![-–]\d)"),
    ]
]
# Kinds whose month names count only capitalised ("May 28", not "may").
CASED_KINDS = {
    "trailing",
    "months_of",
    "half",
    "quarter",
    "month_range",
    "day_range",
    "mdy",
    "dmy",
    "md",
    "dm",
    "my",
    "year_range",
    "month",
}
CASED_MONTH = re.compile(MONTH.format("x") + "|" + _UNDOTTED)
# Words before a month-day that put it ahead of the publication, not behind it.
FUTURE = re.compile(
    r"\b(?:will|shall|is set to|are set to|scheduled|expected|upcoming|next|planned|to be held|"
    r"to take place|due to|invited|invitation)\b",
    re.I,
)
# Words before a weekday that put it ahead of the publication: "is set to pay a courtesy call on Prime Minister
# Fumio Kishida on Friday" (the verb that plans it may stand a title and a name away, but no past verb between), "a
# three-day visit that ends on Wednesday" (the visit is under way).
WEEKDAY_AHEAD = re.compile(
    r"\b(?:will|is due|is scheduled|are scheduled|next|is set|are set|is expected|are expected|to be|"
    r"(?:that|which)\s+(?:ends|runs\s+until|concludes))\b"
    r"(?![^.;]*\b(?:met|held|signed|visited|arrived|received|said)\b)"
)
