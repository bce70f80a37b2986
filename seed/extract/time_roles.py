"""What a time expression in a sentence dates: an event, the day a statement was made, a comparison's base, the
end of a range, the start of a running total, or nothing at all (a year in a plan's name)."""

from __future__ import annotations

import re

# A year inside the name of a plan or programme: "the Horizon 2047 roadmap", "Vision 2030", "Agenda 2063".
# A capitalised word before it that is no preposition, and the plan's noun after it or a year still to come.
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:In|Since|By|From|Until|Through|For|During|Before|After|On|At|To|Of|And|The|FY|Q[1-4])\s)"
    r"[A-Z][\w-]*\s+$"
)
_PLAN_AFTER = re.compile(
    r"(?<!\s)\s+(?:road\s?map|strategy|plan|programme|program|agenda|vision|initiative|goals?|concept|partnership)\b",
    re.I,
)


def in_a_name(text: str, a: int, b: int, year: int, py: int | None) -> bool:
    """The year at [a, b) is part of a name; ``py`` is the publication's year, when known."""
    if not _NAME_BEFORE.search(text[max(0, a - 30) : a]):
        return False
    return bool(_PLAN_AFTER.match(text, b)) or (py is not None and year > py)


AFTER_TALKS = re.compile(
    r"(?<!\s)\s+(?:after|following)\s+(?:(?:his|her|their|the|a)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meetings?|consultations|phone call|call|conversation)\b",
    re.I,
)
REPORTED = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+)?reporters|announced|reported|stated)\s+(?:on\s+)?$")


# A deadline: "by 2030", "by the end of 2026", "by December 2027". It dates a goal, never an event; a figure keeps
# it as its target's time.
_TARGET = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$", re.I)


def deadline(text: str, at: int) -> bool:
    """The time expression at ``at`` is a goal's deadline: 'to double trade to $10 billion by 2030'."""
    return bool(_TARGET.search(text, max(0, at - 24), at))


# The end of a stretch of days: "a three-day visit that ends on Wednesday", "the exhibition, which runs until May 5".
ENDS = re.compile(r"\b(?:ends?|ended|ending|concludes?|concluded|runs?\s+(?:until|till|through))\s+(?:on\s+)?$")


# A clause opened by "since" that tells of something else begun at the time: "since the format was launched in".
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w-]+\s+){1,4}?(?:was|were|had\s+been)\s+[a-z]+ed\s+(?:(?:in|on)\s+)?$")


def role_of(before: str) -> str:
    """The role the words before a time expression give it: 'compare', 'through', 'since' or 'point'."""
    if re.search(
        r"\b(?:compared\s+(?:to|with)(?:\s+the)?(?:\s+same\s+period)?(?:\s+(?:of|in))?|than\s+(?:in\s+)?|"
        r"versus|vs\.?|from\s+the\s+(?:same\s+period\s+of\s+)?|(?:%|percent|per cent)\s+from\s+(?:in\s+)?|"
        r"(?:%|percent|per cent)\s+(?:on|over)\s+(?:the\s+)?)\s*$",
        before,
    ):
        return "compare"
    if re.search(
        r"\b(?:took|assumed|taking|assuming)\s+office\s+(?:in\s+|on\s+)?$|\b(?:came|coming)\s+to\s+power\s+(?:in\s+)?$",
        before,
    ):
        return "compare"  # "since Lee took office in June": a time that dates the office, not the event
    if _SINCE_CLAUSE.search(before):
        return "compare"  # "the eighth since the format was launched in 2012": the time of the format, not the talks
    if REPORTED.search(before):
        return "compare"  # "..., the ministry said on Tuesday": the day of the statement, not of the event
    if re.search(r"\b(?:dates?|dating|goes|go|going)\s+back\s+to\s+$", before):
        return "point"  # "diplomatic ties date back to 1990": the year they began
    if re.search(r"\b(?:through|until|till|to)\s+$", before) or ENDS.search(before):
        return "through"
    if re.search(r"\bsince\s+$", before):
        return "since"
    return "point"
