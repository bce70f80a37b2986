"""Dates of events told without one: from the events told around them ('then', 'later', 'the same day', 'the
following day') and, failing that, from the publication's month."""

from __future__ import annotations

import datetime as dt
import re

from entente.dates import PartialDate
from entente.documents import EventStatus, EventType
from seed.extract.context import Context
from seed.extract.dates import find_times
from seed.extract.event_merge import Event
from seed.extract.time_roles import deadline

# Kinds of event a news article reports as they happen; a founding, a recognition or an anniversary
# told without a date is history, and a stance ('Bishkek supports ...') has no day at all.
_NEWS = {EventType.VISIT, EventType.MEETING, EventType.AGREEMENT, EventType.CREDENTIALS, EventType.FORUM}
# Words that set an event in an unstated past rather than in the days the article reports.
_BACKGROUND = re.compile(
    r"\b(?:in recent years|over the years|previously|in the past|to date|so far|since then|historically|"
    r"had\s+(?:been\s+)?(?:signed|visited|met|held|paid|opened|concluded)|at various levels|once again|"
    r"recently signed|in the history)\b",
    re.I,
)

_NAMED_DOCUMENT = re.compile(r"(?:agreement|memorandum|treaty|documents)\b", re.I)
# A sentence that also tells of what is to come: "It will include ... meetings".
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|expected|scheduled|set|due)|to be held|upcoming|next (?:week|month|year))\b",
    re.I,
)


def bound_by_publication(events: list[Event], ctx: Context) -> None:
    """An event the article reports with no date is of the publication's month: 'signed during the official
    visit' in an article of 16 September 2024 is of '2024-09'. The month, not the day, because wire copy
    tells of the day before as often as of the day itself. Left undated: events told with a time that dates
    no single day ('over the past two years', 'this year'; a day that dates another event, or a purpose such as
    'a plan for 2024-2026', does not count), events
    of an unstated past ('had signed', 'in recent years'), events in a sentence that also plans ('It will
    include ... meetings'), and kinds that are history when undated (a founding, a recognition). An event told
    as what came next ('then', 'later'), or as what the two parties did right after a meeting of the last days
    ('Both ministers signed ...'), takes the day of that occasion instead of the month; a visit someone 'is on'
    takes the day of the meeting told with it."""
    _day_after_last(events, ctx)
    _ongoing_visits(events)
    if ctx.published is None:
        return
    month = PartialDate(ctx.published.year, ctx.published.month)
    for e in events:
        if e.date is not None or e.status != EventStatus.HAPPENED or e.type not in _NEWS:
            continue
        if not 0 <= e.sentence < len(ctx.sentences):
            continue
        if e.type == EventType.AGREEMENT and _NAMED_DOCUMENT.match(e.trigger):
            continue  # "an agreement signed between the Rwanda Mining Board and ...": a document, not the news
        text = ctx.dated_text(ctx.sentences[e.sentence])
        if _BACKGROUND.search(text):
            continue
        if occasion := _tied(events, e, text, ctx.published):
            e.date = occasion  # "The two ministers then signed ...", whatever the rest of the sentence plans
            continue
        # what is to come counts in the event's own clause: "Tokayev also met Steinmeier at Bellevue Palace,
        # where he invited him to visit Astana next year" tells of a meeting that happened
        if _FUTURE.search(e.clause or text):
            continue
        times = [t for t in find_times(text, ctx.published) if not deadline(text, t.start)]
        if any(t.role in ("period", "relative", "since") and t.kind != "next_year" for t in times):
            continue
        if any(t.first and t.role in ("point", "range") and not month.refines(_month_of(t.first)) for t in times):
            continue  # "Kagame, who addressed the forum on May 29, cited an agreement": the story's time is May
        e.date = month


def _month_of(date: PartialDate) -> PartialDate:
    return PartialDate(date.year, date.month) if date.year and date.month else date


# "Earlier the same day, Iwaya held talks with ...", "called on him later that evening": the day of the event told
# just before.
SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)\b"
    r"|\bon\s+the\s+same\s+day\b|\b(?:that|the\s+same)\s+(?:evening|afternoon|night)\b",
    re.I,
)


def last_day(events: list[Event]) -> PartialDate | None:
    """The day of the latest event told with one; a visit of several days names no single day."""
    return next((e.date for e in reversed(events) if e.date and e.date.day and e.end_date is None), None)


# An event told as what came next at the occasion told before it: "The two leaders then witnessed the signing of
# ...", "The Senegalese leader later addressed a business forum" (not what is still to come: "Anwar will then
# attend the G20 summit", nor a time of its own: "later this year").
_NEXT = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bto\s)\b(?:then|later)\s+(?:also\s+)?"
    r"(?:[a-z]+ed|held|met|took|went|flew|gave|made|paid|led|sat|spoke|saw)\b",
    re.I,
)


# The two parties of the occasion told before as the subject: "Both ministers signed ...", "The two sides signed
# ...", "The two presidents signed ...", "Foreign ministers Johann Wadephul and Radoslaw Sikorski signed ...". Not
# what they "also" did: one more outcome in a list of them, which need not be of the last day told.
_PAIR = re.compile(
    r"^\W*(?:both\s+|the\s+two\s+|the\s+|(?-i:[A-Z][a-z]+)\s+)(?:[\w-]+\s+)??"
    r"(?:ministers|leaders|presidents|prime\s+ministers|premiers|sides|parties|delegations|"
    r"heads\s+of\s+(?:state|government))\b"
    r"(?!\s+also\b)",
    re.I,
)
# An occasion this many days before the publication is still the news the article tells; the occasions a signing
# is told as part of.
_NEWS_DAYS = 7
_OCCASIONS = {EventType.MEETING, EventType.FORUM}


# A visit under way at the time of the sentence's event: "Vassilenko, who is on a working visit to Warsaw, held ...".
_ONGOING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:in\s+(?:[A-Z][\w-]*\s+){1,3})?on\s+an?\s+(?:[\w-]+\s+){0,2}$"
)


def _tied(events: list[Event], e: Event, text: str, published: dt.date) -> PartialDate | None:
    """The day of the occasion an undated event is told as part of: what came next ('The two ministers then
    signed ...') or what its two parties did right after a dated meeting ('Both ministers signed ...')."""
    if _NEXT.search(text):
        return _told_before(events, e)
    if not _PAIR.match(text):
        return None
    day = _told_before(events, e, _OCCASIONS)
    if day is None or day.day is None or day.year is None:
        return None
    ago = (published - dt.date(day.year, day.month, day.day)).days  # type: ignore[arg-type]
    return day if 0 <= ago <= _NEWS_DAYS else None


def _ongoing_visits(events: list[Event]) -> None:
    """A visit someone 'is on' when the meeting told with it happened, with no day of its own, is dated by that
    meeting's day: 'The meeting was co-chaired by ... Santoso, who is on a three-day visit to the UAE' (the
    meeting told the sentence before as held on Monday). A visit told again by its arrival has that day instead."""
    for e in events:
        if e.type != EventType.VISIT or (e.date and e.date.day) or e.status != EventStatus.HAPPENED:
            continue
        at = e.clause.find(e.trigger) if e.trigger else -1
        if at < 0 or not _ONGOING.search(e.clause[:at]):
            continue
        told = (o for o in events if o.type in _OCCASIONS and o.sentence <= e.sentence <= max(o.sentence, o.last))
        day = next((o.date for o in told if o.date and o.date.day), None)
        if day and (e.date is None or e.date.compatible(day)):
            e.date = day


def _told_before(events: list[Event], e: Event, kinds: set[EventType] | None = None) -> PartialDate | None:
    """The day of the event (of ``kinds``, when given) told last before ``e``; a visit's month, for a visit spans
    days: 'Erdogan arrived in Baghdad on Monday. He later travelled to Erbil, where he met ...' is of the visit,
    not of its first day."""
    told = [
        (o.sentence, i, o)
        for i, o in enumerate(events)
        if o.date and o.date.day and o.sentence < e.sentence and (kinds is None or o.type in kinds)
    ]
    if not told:
        return None
    other = max(told, key=lambda x: x[:2])[2]
    if other.type == EventType.VISIT and other.date.year:
        return PartialDate(other.date.year, other.date.month)
    return other.date


_NEXT_DAY = re.compile(r"\bthe\s+(?:following|next)\s+day\b|\ba\s+day\s+later\b", re.I)


def _day_after_last(events: list[Event], ctx: Context) -> None:
    """An event told 'the following day' with no day before it in its sentence is of the day after the event
    told just before it: 'The United States recognised Kazakhstan on December 25, 1991. Diplomatic relations
    were established the following day' is of 26 December 1991. Read before the publication bounds, and with
    or without a publication date."""
    for k, e in enumerate(events):
        if e.date is not None or not 0 <= e.sentence < len(ctx.sentences):
            continue
        if not _NEXT_DAY.search(ctx.dated_text(ctx.sentences[e.sentence])):
            continue
        told = [o for o in events[:k] if o.date and o.date.day and o.date.year and o.sentence <= e.sentence]
        if told:
            d = told[-1].date
            nxt = dt.date(d.year, d.month, d.day) + dt.timedelta(days=1)  # type: ignore[arg-type]
            e.date = PartialDate(nxt.year, nxt.month, nxt.day)
