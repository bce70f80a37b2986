"""The publication date an article's header or dateline states, and where that header ends."""

from __future__ import annotations

import datetime as dt
import re

from entente.dates import PartialDate
from seed.extract.dates import MONTHS

_MONTH = r"[A-Z][a-z]+\.?"
_SOURCE = r"(?:\s*\([^()]{1,30}\))?"  # "(Kazinform)", "(Xinhua)"
_PUBLISHED = [
    re.compile(r"^\s*date\s+(?P<iso>\d{4}-\d{2}-\d{2})\b"),
    re.compile(
        r"Published(?:\s+Date)?\s*:?\s*(?:\d{1,2}:\d{2}\s*\|?\s*)?(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+)\.?\s+"
        r"(?P<y>\d{4})"
    ),
    re.compile(r"Published(?:\s+Date)?\s*:?\s*(?P<m>[A-Z][a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"),
    re.compile(r"Published(?:\s+Date)?\s*:?\s*(?P<iso>\d{4}-\d{2}-\d{2})"),
    re.compile(
        r"(?:^|\n)\s*[A-Z][A-Z .-]{2,30},\s+(?P<m>"
        + _MONTH
        + r")\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4})"
        + _SOURCE
        + r"\s*[–—-]"
    ),
    re.compile(
        r"(?:^|\n)\s*[A-Z][A-Z .-]{2,30},\s+(?P<d>\d{1,2})\s+(?P<m>"
        + _MONTH
        + r")\s+(?P<y>\d{4})"
        + _SOURCE
        + r"\s*[–—-]"
    ),
    re.compile(r"(?:^|\n)\s*(?P<d>\d{1,2})\.(?P<mm>\d{2})\.(?P<y>\d{4})\s*(?:\d{1,2}:\d{2})?\s*(?:\n|$)"),
    # A line holding only a date and a time: "5 September 2024, 10:27", "2024-10-08 19:42:15".
    re.compile(r"(?:^|\n)\s*(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+)\s+(?P<y>\d{4}),?\s+\d{1,2}:\d{2}[^\n]{0,6}(?:\n|$)"),
    re.compile(r"(?:^|\n)\s*(?P<m>[A-Z][a-z]+)\s+(?P<d>\d{1,2}),\s+(?P<y>\d{4}),?\s+\d{1,2}:\d{2}[^\n]{0,6}(?:\n|$)"),
    re.compile(r"(?:^|\n)\s*(?P<iso>\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(?:\n|$)"),
]
# A dateline without a year: "ASTANA, March 12 (Kazinform) –", "BAKU, Azerbaijan, February 13.", "ULAN BATOR, Oct. 8".
_DATELINE = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Z .-]{2,30},\s+(?:[A-Z][a-z]+,\s+)?(?:(?P<m>" + _MONTH + r")\s+(?P<d>\d{1,2})|"
    r"(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH + r"))(?:,\s+\d{4})?(?![\d,])" + _SOURCE + r"\s*(?:[–—.-]+|\n)"
)


def publication_date(text: str) -> dt.date | None:
    """The publication date stated in the text's header or dateline, or None."""
    return _publication(text)[0]


def header_end(text: str) -> int:
    """Where the header or dateline that dates the article ends (0 without one)."""
    end = _publication(text)[1]
    m = _DATELINE.search(text[:600])
    return max(end, m.end()) if m else end


def dateline_day(text: str) -> PartialDate | None:
    """The month and day a dateline gives without a year ("ASTANA, March 12 (Kazinform) –"), or None."""
    m = _DATELINE.search(text[:600])
    if not m:
        return None
    month = MONTHS.get((m.group("m") or m.group("m2")).lower().rstrip("."))
    if not month:
        return None
    try:
        day = PartialDate(None, month, int(m.group("d") or m.group("d2")))
        day._check()
    except ValueError:
        return None
    return day


def _publication(text: str) -> tuple[dt.date | None, int]:
    head = text[:600]
    for pattern in _PUBLISHED:
        m = pattern.search(head)
        if not m:
            continue
        try:
            g = m.groupdict()
            if g.get("iso"):
                return dt.date.fromisoformat(g["iso"]), m.end()
            month = int(g["mm"]) if g.get("mm") else MONTHS.get(g["m"].lower().rstrip("."))
            if month:
                return dt.date(int(g["y"]), month, int(g["d"])), m.end()
        except ValueError:
            continue
    return None, 0
