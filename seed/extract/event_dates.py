"""Dates of events: each time expression goes to the trigger it belongs to; undated news takes its month."""

from __future__ import annotations

import re

from entente.dates import PartialDate
from entente.documents import EventStatus, EventType
from seed.extract.context import Context
from seed.extract.dates import TimeExpr, find_times
from seed.extract.event_merge import Event


def assign_dates(clause: str, triggers: list[tuple[int, int, EventType]], times: list[TimeExpr]) -> dict[int, list]:
    """Each usable time expression goes to the nearest trigger in the clause."""
    out: dict[int, list[TimeExpr]] = {i: [] for i in range(len(triggers))}
    when: dict[int, TimeExpr] = {}
    quoted = quoted_spans(clause)
    for t in times:
        if not clause[t.start : t.end].strip() or t.role in ("compare", "purpose"):
            continue
        if t.role == "since" or t.cumulative:
            # "The Embassy ... has been operating since 1993": the start of what the trigger names.
            i = next((i for i, (_, b, _) in enumerate(triggers) if 0 <= t.start - b <= 2), None)
            if i is not None and t.first and triggers[i][2] == EventType.EMBASSY_OPENING:
                out[i].append(TimeExpr(t.start, t.end, t.kind, t.first))
            # "... since 1998, when the two countries established relations": the year of what follows
            if t.first and _WHEN.match(clause, t.end):
                i = next((i for i, (a, _, _) in enumerate(triggers) if a >= t.end), None)
                if i is not None:
                    out[i].append(TimeExpr(t.start, t.end, t.kind, t.first))
            continue
        if t.role == "period":
            continue  # a reporting period ("in January-July 2024") dates figures, not events
        if t.first and _WHEN.match(clause, t.end):
            # "nearly 30 times that of 2016, when the two countries established ...": the time of what follows,
            # whatever other time is nearer to it; the event before the time keeps it too ("the state visit ...
            # to Dushanbe on August 22, when he and Rahmon signed ...")
            i = next((i for i, (a, _, _) in enumerate(triggers) if a >= t.end), None)
            if i is not None:
                when[i] = t
        best, best_d = None, 10**9
        for i, (a, b, _) in enumerate(triggers):
            if t.end <= a and _PURPOSE.search(clause[t.end : a]):
                continue  # "arrived on Monday for talks": the day is the arrival's, the talks only its purpose
            if t.end <= a and _SETTING_AFTER.match(clause, t.end, a):
                continue  # "received Iwaya on April 24, during his visit": the day is the meeting's, not the visit's
            if _inside(quoted, t.start) != _inside(quoted, a):
                continue  # '"Last year our trade reached $28 billion," Putin said at the talks': the quote's own time
            if b <= t.start and _SAID.search(clause, b, t.start):
                continue  # "after the meeting, Szijjarto said trade grew ... last year": the time of what is said
            d = (t.start - b) if t.start >= b else int((a - t.end) * 1.5)
            d = max(d, 0)
            if d < best_d:
                best, best_d = i, d
        if best is not None:
            out[best].append(t)
    for i, t in when.items():
        out[i] = [t]
    return out


# A verb that reports what follows it.
_SAID = re.compile(
    r"\b(?:said|says|noted|stressed|added|stated|recalled|told\s+(?:\w+\s+)?(?:reporters|journalists))\b"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of quoted speech in a sentence, a quote the sentence opens or closes without the other mark
    included: a quote of several sentences leaves its marks in the first and the last."""
    spans: list[tuple[int, int]] = []
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    open_at: int | None = None
    for k, (at, mark) in enumerate(marks):
        closing = mark == "”" or (mark == '"' and open_at is not None)
        if mark == '"' and open_at is None and k == 0 and len(marks) % 2 == 1 and _CLOSES.search(text, 0, at):
            closing = True  # '... record $28 billion," Putin said': the quote opened in the sentence before
        if closing:
            spans.append((open_at if open_at is not None else 0, at + 1))
            open_at = None
        elif open_at is None:
            open_at = at
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


_MARK = re.compile(r'["“”]')
_CLOSES = re.compile(r"[.,!?]\s*$")


def _inside(spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    return next((span for span in spans if span[0] <= at < span[1]), None)


# A trigger named as the purpose of another: "arrived in Bishkek on Monday for talks with ...".
_PURPOSE = re.compile(r"\bfor\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


_WHEN = re.compile(r",\s+when\b")
# The time of one event, then the longer event it took place in: "on April 24, during the latter's official visit".
_SETTING_AFTER = re.compile(
    r"(?<![\s,]),?\s+(?:during|in the course of|on the sidelines of)\s+(?:[\w’'-]+\s+){0,4}$", re.I
)


def orphan_dates(parsed: list, dated: list[dict[int, list]]) -> None:
    """A date in a relative clause without a trigger belongs to the event the clause describes:
    'The first official visit ..., which began on Tuesday, ...'."""
    for clause, triggers, times in parsed:
        if triggers or not re.match(r"^\s*,\s+(?:which|who)\b", clause):
            continue
        points = [t for t in times if t.first and t.role in ("point", "range")]
        start = len(clause) - len(clause.lstrip())
        if not points:
            continue
        best = None
        for j, (_, other_triggers, _) in enumerate(parsed):
            for i, (_, b, _) in enumerate(other_triggers):
                if b <= start and not dated[j][i]:
                    best = (j, i)
        if best:
            dated[best[0]][best[1]].append(points[0])


# Words that tie two events of one sentence to one time; "agreements reached during" ties only the agreements.
# (the comma may follow a clause's padding, so no word boundary before it)
_LINK = re.compile(r"\b(?:during|following|on the sidelines of|amid)\b|,\s+(?:when|where)\b")
_NOT_LINKED = re.compile(r"\breached\b|\bin pursuance\b")
# A visit under way at the time of the sentence's event: "Vassilenko, who is on a working visit to Warsaw, held ...".
_ONGOING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:in\s+(?:[A-Z][\w-]*\s+){1,3})?on\s+an?\s+(?:[\w-]+\s+){0,2}$"
)


def ongoing(parsed: list, dated: list[dict[int, list]]) -> None:
    """A visit someone 'is on' when another event of the sentence happens shares that event's date."""
    points = [t for d in dated for ts in d.values() for t in ts if t.first and t.first.day]
    if not points:
        return
    for j, (clause, triggers, _) in enumerate(parsed):
        for i, (a, _, etype) in enumerate(triggers):
            if etype == EventType.VISIT and not dated[j][i] and _ONGOING.search(clause[:a]):
                dated[j][i].append(points[0])


def coordinated(sentence: str, parsed: list, dated: list[dict[int, list]]) -> None:
    """A clause joined by 'and' to the one before shares its subject and its day: 'Erdogan and Aliyev met in
    Ankara on Thursday and signed eight agreements'."""
    for j in range(1, len(parsed)):
        clause, triggers, _ = parsed[j]
        start = len(clause) - len(clause.lstrip())
        if not triggers or not re.search(r"\band\s+(?:also\s+)?$", sentence[:start]):
            continue
        points = [t for ts in dated[j - 1].values() for t in ts if t.first and t.first.month and t.role != "through"]
        if points:
            for i in range(len(triggers)):
                if not dated[j][i]:
                    dated[j][i].append(points[0])


def during(parsed: list, dated: list[dict[int, list]]) -> None:
    """An undated event that took place 'during' a dated one shares its date: '... signed during the summit in
    September 2023', 'paid a visit in October 2023, during which the parties signed ...', '... signed on
    February 12 following talks', 'met on Wednesday on the sidelines of the summit'."""
    flat = [(j, i, a, b) for j, (_, trig, _) in enumerate(parsed) for i, (a, b, _) in enumerate(trig)]
    for j, i, a, b in flat:
        if dated[j][i]:
            continue
        for j2, i2, a2, b2 in flat:
            points = [t for t in dated[j2][i2] if t.first]
            if (j2, i2) == (j, i) or not points:
                continue
            lo, hi = (b2, a) if b2 <= a else (b, a2)
            between = " ".join(c[lo:hi] for c, _, _ in parsed) + " " + parsed[j2][0][a2:b2] + " " + parsed[j][0][a:b]
            link = _LINK.search(between)
            if link and link.group().startswith(",") and b2 > a and j2 >= j:
                link = None  # "met Steinmeier, where he invited him to visit next year": a time flows forward only
            linked = link or (b2 <= a and _setting(parsed[j][0], a, parsed[j][1][i][2]))
            if 0 <= hi - lo <= 130 and linked and not _NOT_LINKED.search(between):
                dated[j][i].append(_visit_month(points[0]) if _spans_days(parsed, j, i, j2, i2) else points[0])
                break


# "signed a roadmap on Tuesday at the 10th meeting of the Intergovernmental Commission", "... at the
# Kazakhstan-France Business Forum": the meeting or forum where a dated event took place was held that day.
_AT = re.compile(r"\bat\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}$", re.I)


def _setting(clause: str, a: int, etype: EventType) -> bool:
    return etype in (EventType.MEETING, EventType.FORUM) and bool(_AT.search(clause, max(0, a - 80), a))


def _spans_days(parsed: list, j: int, i: int, j2: int, i2: int) -> bool:
    """A visit told as the setting of a dated event ('signed on Tuesday during Lula's state visit') lasts
    longer than that day: it takes the month, not the day."""
    return parsed[j][1][i][2] == EventType.VISIT and parsed[j2][1][i2][2] != EventType.VISIT


def _visit_month(t: TimeExpr) -> TimeExpr:
    first = t.first
    if first is None or first.day is None or first.year is None:
        return t
    return TimeExpr(t.start, t.end, t.kind, PartialDate(first.year, first.month), role=t.role)


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
    include ... meetings'), and kinds that are history when undated (a founding, a recognition)."""
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
        # what is to come counts in the event's own clause: "Tokayev also met Steinmeier at Bellevue Palace,
        # where he invited him to visit Astana next year" tells of a meeting that happened
        if _BACKGROUND.search(text) or _FUTURE.search(e.clause or text):
            continue
        times = find_times(text, ctx.published)
        if any(t.role in ("period", "relative", "since") and t.kind != "next_year" for t in times):
            continue
        if any(t.first and t.role in ("point", "range") and not month.refines(_month_of(t.first)) for t in times):
            continue  # "Kagame, who addressed the forum on May 29, cited an agreement": the story's time is May
        e.date = month


def _month_of(date: PartialDate) -> PartialDate:
    return PartialDate(date.year, date.month) if date.year and date.month else date


# "Earlier the same day, Iwaya held talks with ...": the day of the event told just before.
SAME_DAY = re.compile(r"\b(?:earlier|later)\s+(?:on\s+)?(?:the\s+same|that)\s+day\b|\bon\s+the\s+same\s+day\b", re.I)


def last_day(events: list[Event]) -> PartialDate | None:
    """The day of the latest event told with one; a visit of several days names no single day."""
    return next((e.date for e in reversed(events) if e.date and e.date.day and e.end_date is None), None)
