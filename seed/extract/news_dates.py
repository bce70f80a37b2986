"""Dates of events told without one: from the events told around them ('then', 'later', 'the same day', 'the
following day') and, failing that, from the publication's month."""

from __future__ import annotations

import datetime as dt
import re

from entente.dates import PartialDate
from entente.documents import EventStatus, EventType
from seed.extract.context import Context
from seed.extract.dates import find_times
from seed.extract.event_merge import Event, is_news
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
        text = ctx.dated_text(ctx.sentences[e.sentence])
        if e.type == EventType.AGREEMENT and _NAMED_DOCUMENT.match(e.trigger):
            if _RETOLD_SIGNING.search(text) and (day := _tied(events, e, text, ctx.published)):
                e.date = day  # "The documents were signed after talks ...": the signing told before
            continue  # "an agreement signed between the Rwanda Mining Board and ...": a document, not the news
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


def _own_span(e: Event, clause: str, published: dt.date) -> bool:
    """Whether the event's clause names a span of time of its own ('Over the past two years, the two sides signed
    ...'); not the time of a plan told after it ('signed a memorandum under which Poland will deliver 20 howitzers
    this year')."""
    at = max(clause.find(e.trigger), 0) + len(e.trigger)
    for t in find_times(clause, published):
        if t.role not in ("period", "relative", "since") or deadline(clause, t.start):
            continue
        if not (t.start >= at and _FUTURE.search(clause, at, t.start)):
            return True
    return False


def _month_of(date: PartialDate) -> PartialDate:
    return PartialDate(date.year, date.month) if date.year and date.month else date


# "Earlier the same day, Iwaya held talks with ...", "called on him later that evening": the day of the event told
# just before.
SAME_DAY = re.compile(
    r"\b(?:earlier|later)\s+(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)\b"
    r"|\bon\s+the\s+same\s+day\b|\b(?:that|the\s+same)\s+(?:evening|afternoon|night)\b",
    re.I,
)


# "The Embassy ... was reopened the same year", "later that year": in the year of the event told just before.
SAME_YEAR = re.compile(r"\b(?:in\s+)?(?:the\s+same|that)\s+year\b", re.I)


def last_year(events: list[Event], sentence: int) -> PartialDate | None:
    """The year of the event told in the sentence just before, when it was dated."""
    told = events[-1] if events else None
    if told and told.date and told.date.year and told.sentence >= sentence - 1:
        return PartialDate(told.date.year)
    return None


def last_day(events: list[Event]) -> PartialDate | None:
    """The day of the latest event told with one; a visit of several days names no single day, nor does an arrival
    told aside, in a relative clause: 'Ding, who arrived on Wednesday for a three-day official visit, ... On the same
    day, Ding also called on ...' is of the talks' day ('Yilmaz arrived in Baku on Tuesday. On the same day, he
    co-chaired ...' of the arrival's)."""
    return next((e.date for e in reversed(events) if e.date and e.date.day and not _aside(e)), None)


# A visit told aside by its arrival: "Ding, who arrived in the Mongolian capital on Wednesday".
_WHO = re.compile(r"\bwho\s+(?:had\s+)?$", re.I)


def _aside(e: Event) -> bool:
    if e.end_date is not None:
        return True
    at = e.clause.find(e.trigger) if e.trigger else -1
    return _spans_days(e) and at > 0 and bool(_WHO.search(e.clause[:at]))


# An event told as what came next at the occasion told before it: "The two leaders then witnessed the signing of
# ...", "The Senegalese leader later addressed a business forum" (not what is still to come: "Anwar will then
# attend the G20 summit", nor a time of its own: "later this year").
_NEXT = re.compile(
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bto\s)\b(?:then|later)\s+(?:also\s+)?"
    r"(?:[a-z]+ed|held|met|took|went|flew|gave|made|paid|led|sat|spoke|saw)\b"
    # the sentence opens with it: "Later, the Supreme Coordination Council held its session"
    r"|^\W*(?:later|afterwards|subsequently)\s*,",
    re.I,
)


# The two parties of the occasion told before as the subject, after a reporting lead or not: "Both ministers signed
# ...", "The two sides also signed ...", "The two presidents signed ...", "Foreign ministers Johann Wadephul and
# Radoslaw Sikorski signed ...", "According to the minister, the two sides also signed ...".
_PAIR = re.compile(
    r"^\W*(?:according\s+to\s+[^,]{1,60},\s*|[^,]{1,60}?\bsaid\s+(?:that\s+)?)?"
    r"(?:both\s+|the\s+two\s+|the\s+|(?-i:[A-Z][a-z]+)\s+)(?:[\w-]+\s+)??"
    r"(?:ministers|leaders|presidents|prime\s+ministers|premiers|sides|parties|delegations|"
    r"heads\s+of\s+(?:state|government))\b",
    re.I,
)
# A sentence that tells again of the signing told before it, by the definite name of what was signed: "The documents
# were signed after talks between ...", "The MOU was signed by acting Defense Minister Kim ...", "The deal was
# signed in the presence of ...".
_SIGNED_THING = (
    r"(?:MOUs?|memorand\w+|agreements?|accords?|deals?|documents|treaty|treaties|pacts?|contracts?|declarations?|"
    r"statements?|roadmaps?|protocols?)"
)
# Or by its subject: "Greer, who arrived in Hanoi on Monday, signed the deal with Vietnam's minister after talks".
_RETOLD_SIGNING = re.compile(
    r"^\W*(?:the|these|both|all)\s+(?:[\w-]+\s+){0,2}?" + _SIGNED_THING + r"\s+(?:was|were)\s+(?:also\s+)?signed\b"
    r"|\bsigned\s+(?:the|both|all)\s+(?:[\w-]+\s+)?" + _SIGNED_THING + r"\b(?!\s+(?:on|of|between)\b)",
    re.I,
)
# What such a sentence tells of that happened on the signing's day: the signing, the talks it followed (not the
# gathering of several days it was on the sidelines of).
_RETOLD = {EventType.AGREEMENT, EventType.MEETING}
# The occasions the two parties' acts are told as part of, and a visit someone 'is on' is told with.
_OCCASIONS = {EventType.MEETING, EventType.FORUM}
# What a visit someone 'is on' is told with: a meeting, a forum, or a signing ("The agreement was signed in Istanbul
# by Bayraktar and Shire, who is on a four-day visit to Türkiye").
_SETTINGS = _OCCASIONS | {EventType.AGREEMENT}
# A sentence that opens another account than the one told before it: "Separately, the trade ministers signed ...".
_APART = re.compile(r"^\W*(?:separately|meanwhile|elsewhere|in\s+a\s+separate\b|in\s+other\s+news)\b", re.I)
# A visit told by its arrival lasts beyond the arrival's day: "Erdogan arrived in Baghdad on Monday".
_ARRIVAL = re.compile(r"^(?:arrived|arrives|landed|lands)\b", re.I)
# A visit told by the day of it something happened on: "on the second day of a state visit".
_NTH_DAY_OF = re.compile(r"\b(?:second|third|fourth|fifth|last|final|2nd|3rd|4th|5th)\s+day\s+of\b", re.I)


# A visit under way at the time of the sentence's event: "Vassilenko, who is on a working visit to Warsaw, held ...",
# "Mirzoyan, who is paying an official visit to Georgia", "who was making a two-day visit".
_ONGOING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:in\s+(?:[A-Z][\w-]*\s+){1,3})?"
    r"(?:on|paying|making|undertaking)\s+an?\s+(?:[\w-]+\s+){0,2}$"
)


def _tied(events: list[Event], e: Event, text: str, published: dt.date) -> PartialDate | None:
    """The day of the occasion an undated event is told as part of. The account of a day-dated occasion goes on in
    the sentences after it until another time is told or another account opens ('Separately, ...'): what the
    occasion's two parties did ('The two foreign ministers also signed ...') takes its day; so does everything the
    account tells ('The Norwegian Prime Minister also met ...') when the article tells of no visit of several days
    (in which it could be of another day). What came 'then' or 'later' after an occasion takes its day, or a
    visit's month."""
    if _APART.match(text):
        return None
    if e.type == EventType.VISIT:
        # a visit is the setting of the days it spans, not one of the things told of a day; a one-day visit ("for a
        # one-day working visit") is of the day the account tells
        return _news_day(events, e, published) if e.days == 1 else None
    day = _news_day(events, e, published, {EventType.AGREEMENT}, latest=False) if e.type in _RETOLD else None
    if day and _RETOLD_SIGNING.search(text):
        return day  # "The MOU was signed by ... after their talks": the signing told before, and the talks it followed
    if _PAIR.match(text) and (day := _news_day(events, e, published, _OCCASIONS, latest=False)):
        return day
    several = any(_spans_days(o) for o in events)
    if not several and not _own_span(e, e.clause or text, published) and (day := _news_day(events, e, published)):
        if all(t.first is None or t.first.compatible(day) for t in find_times(text, published)):
            return day  # not "A business forum was held on 20 September, and agreements were reached"
    return _told_before(events, e, published) if _NEXT.search(text) else None


def _news_day(
    events: list[Event], e: Event, published: dt.date, kinds: set[EventType] | None = None, *, latest: bool = True
) -> PartialDate | None:
    """The day of the account an event is told in: the day of the event (of ``kinds``) told last before it with a
    day of the news (with any date, when ``latest``; a visit of several days names no single day), when every such
    day the article has told so far is that day (a joint statement that goes from the talks of the 16th to a call
    of the 15th tells no single day of what it lists next)."""
    told = [
        (o.sentence, i, o)
        for i, o in enumerate(events)
        if o.date and o.sentence < e.sentence and not _spans_days(o) and (kinds is None or o.type in kinds)
    ]
    if not latest:
        told = [x for x in told if x[2].date and is_news(x[2].date, published)]
    if not told:
        return None
    day = max(told, key=lambda x: x[:2])[2].date
    news = {o.date for _, _, o in told if o.date and is_news(o.date, published)}
    if day is None or not is_news(day, published) or news != {day}:
        return None
    return day


def _spans_days(e: Event) -> bool:
    """A visit of several days, or told by its arrival: its date is its first day, not the day of all it holds."""
    if e.type != EventType.VISIT or e.days == 1:
        return False
    return (
        e.end_date is not None
        or (e.days or 0) > 1
        or bool(_ARRIVAL.match(e.trigger))
        or bool(_NTH_DAY_OF.search(e.clause))
    )


# Someone in town for a meeting when the sentence's event happened: "who is in Tashkent to take part in the",
# "who is attending the", "who was in Nairobi to co-chair the".
_TAKING_PART = re.compile(
    r"\b(?:is|are|was|were)\s+(?:in\s+(?:[A-Z][\w-]*\s+){1,3})?(?:to\s+(?:take\s+part\s+in|attend|participate\s+in|"
    r"co-?chair)|attending|taking\s+part\s+in|participating\s+in|co-?chairing)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
_UNDER_WAY = {EventType.VISIT: _ONGOING, EventType.MEETING: _TAKING_PART}


def _ongoing_visits(events: list[Event]) -> None:
    """A visit someone 'is on' when the meeting told with it happened, with no day of its own, is dated by that
    meeting's day: 'The meeting was co-chaired by ... Santoso, who is on a three-day visit to the UAE' (the
    meeting told the sentence before as held on Monday). A visit told again by its arrival has that day instead.
    So is a meeting someone is in town to take part in: 'received Wang Yi, who is in Tashkent to take part in the
    sixth meeting of the Intergovernmental Committee'."""
    for e in events:
        if e.type not in _UNDER_WAY or (e.date and e.date.day) or e.status != EventStatus.HAPPENED:
            continue
        at = e.clause.find(e.trigger) if e.trigger else -1
        if at < 0 or not _UNDER_WAY[e.type].search(e.clause[:at]):
            continue
        told = (o for o in events if o.type in _SETTINGS and o.sentence <= e.sentence <= max(o.sentence, o.last))
        day = next((o.date for o in told if o.date and o.date.day), None)
        if day and (e.date is None or e.date.compatible(day)):
            e.date = day


def _told_before(events: list[Event], e: Event, published: dt.date) -> PartialDate | None:
    """The day of the news event told last before ``e`` (not a date of history told in passing: 'building on the
    agreement signed on September 17'); a visit's month, for a visit spans days: 'Erdogan arrived in Baghdad on
    Monday. He later travelled to Erbil, where he met ...' is of the visit, not of its first day."""
    told = [
        (o.sentence, i, o)
        for i, o in enumerate(events)
        if o.date and o.date.day and o.sentence < e.sentence and is_news(o.date, published)
    ]
    if not told:
        return None
    other = max(told, key=lambda x: x[:2])[2]
    if other.type == EventType.VISIT and other.date.year:
        return PartialDate(other.date.year, other.date.month)
    return other.date


# A day told relative to the event told just before: one day after it, or one day before it.
_NEXT_DAY = re.compile(r"\bthe\s+(?:following|next)\s+day\b|\ba\s+day\s+later\b", re.I)
_DAY_BEFORE = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before|a\s+day\s+(?:earlier|before))\b", re.I
)


def _day_after_last(events: list[Event], ctx: Context) -> None:
    """An event told 'the following day' ('a day earlier') with no day before it in its sentence is of the day
    after (before) the event told just before it: 'The United States recognised Kazakhstan on December 25, 1991.
    Diplomatic relations were established the following day' is of 26 December 1991; 'The two leaders met on
    Tuesday. A day earlier, the joint commission met' is of Monday. Read before the publication bounds, and with
    or without a publication date."""
    for k, e in enumerate(events):
        if e.date is not None or not 0 <= e.sentence < len(ctx.sentences):
            continue
        text = ctx.dated_text(ctx.sentences[e.sentence])
        shift = 1 if _NEXT_DAY.search(text) else -1 if _DAY_BEFORE.search(text) else 0
        if not shift:
            continue
        told = [o for o in events[:k] if o.date and o.date.day and o.date.year and o.sentence <= e.sentence]
        if told:
            d = told[-1].date
            nxt = dt.date(d.year, d.month, d.day) + dt.timedelta(days=shift)  # type: ignore[arg-type]
            e.date = PartialDate(nxt.year, nxt.month, nxt.day)
