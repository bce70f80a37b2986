"""Words of the calendar and small numbers, as the date rules read them, and the year of a month-day told
without one."""

from __future__ import annotations

import datetime as dt
import re

from seed.extract.time_patterns import FUTURE

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "a": 1,
    "an": 1,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def calendar_key(word: str) -> str:
    """The form to look a matched word up by in these tables. The rules match case-insensitively, and
    re.IGNORECASE also takes 'ſ' (long s), 'K' (Kelvin sign), 'ı' and 'İ' for ASCII letters, which
    str.lower() keeps: 'Tueſday'.lower() is no key, 'Tueſday' folded is 'tuesday'."""
    return word.casefold().replace("ı", "i").replace("i\u0307", "i")


# The month a country's fiscal year begins, for those where it is not January: "FY 2023-24" in an Indian
# release runs from April 2023 to March 2024, "2023-24" in an Australian one from July to June.
FISCAL_START = {
    "IND": 4, "JPN": 4, "GBR": 4, "CAN": 4, "HKG": 4, "SGP": 4, "ZAF": 4, "MMR": 4, "IRN": 3, "AFG": 12,
    "AUS": 7, "NZL": 7, "PAK": 7, "BGD": 7, "EGY": 7, "KEN": 7, "UGA": 7, "TZA": 7, "RWA": 7, "ETH": 7, "NPL": 7,
    "USA": 10, "THA": 10,
}  # fmt: skip
# Fiscal years that open on a day mid-month, the first of a month of a solar calendar, close in the month they open:
# Ethiopia's "2025/26" runs from 8 July 2025 (Hamle 1) to 7 July 2026, Iran's from 21 March, Nepal's from mid-July.
FISCAL_MID_MONTH = frozenset({"ETH", "IRN", "NPL"})


def year_for(month: int, day: int, pub: dt.date | None, past: bool = False) -> int | None:
    """The year of a month-day the text gives without one: the publication's, within half a year of it; told
    with a verb in the past ("Erdogan visited Cairo on Feb. 14" in an article of September), the latest such day
    on or before publication."""
    if pub is None:
        return None
    year = pub.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        return year
    if past:
        return year if (candidate - pub).days <= 1 else year - 1
    if (candidate - pub).days > 183:
        return year - 1
    if (pub - candidate).days > 183:
        return year + 1
    return year


# A verb in the past before a month-day, with nothing to come between them: "visited Cairo on Feb. 14".
_PAST_VERB = re.compile(
    r"\b(?:visited|met|signed|held|arrived|paid|hosted|received|attended|took\s+place|was\s+held|were\s+signed|"
    r"was\s+signed|travell?ed|opened|established)\b(?![^.;]*\b(?:will|shall|next|upcoming|scheduled|expected)\b)",
    re.I,
)


def told_in_past(text: str, at: int) -> bool:
    """A verb in the past stands in the 60 characters before offset ``at``, and nothing planned does."""
    window = text[max(0, at - 60) : at]
    return bool(_PAST_VERB.search(window)) and not FUTURE.search(window)  # not "will be held on Feb. 14"
