"""Events: triggers in clauses, their dates, countries, participants and status, merged across sentences."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from entente.dates import PartialDate, combine
from entente.documents import EventStatus, EventType
from seed.extract.context import Context
from seed.extract.dates import TimeExpr, find_times
from seed.extract.gazetteer import find_city, tables
from seed.extract.rules import ANAPHORA, DISTINCT, HAPPENED, NON_EVENT, PLANNED, TRIGGERS
from seed.extract.sentences import Sentence

_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary|\b(\d{1,3})\s+years\s+(?:since|of)", re.I)
_FIRST_IN = re.compile(r"^\W*with\s+the\s+(?:first|previous)\s+(?:one\s+)?(?:in|on)\s+", re.I)
_DAYS = re.compile(r"\b(two|three|four|five|\d)-day\b", re.I)
_DOCUMENT = re.compile(
    r"\b(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,4}?(?:agreement|memorandum|treaty|road\s?map|"
    r"action plan|plan of|protocol|declaration|contract|accord|programme|program)\b",
    re.I,
)
# Triggers that start with a verb: a determiner before them ("the sides signed") is no back-reference.
_VERBAL = re.compile(
    r"(?:sign|held|hold|met|meet|present|open|establish|recogni|appoint|support|launch|arriv|travel|"
    r"welcom|send|sent|paid|pay|conclu|ratif|mark|hand|accept|receiv)",
    re.I,
)
_NAMED = {EventType.AGREEMENT, EventType.OTHER, EventType.FORUM}  # several per pair are common
_DAY_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


@dataclass
class Event:
    type: EventType
    status: EventStatus
    date: PartialDate | None
    end_date: PartialDate | None
    countries: list[str]
    participants: list[str]
    location: str | None
    quotes: list[str]
    sentence: int
    mergeable: bool = True
    ordinal: int | None = None
    days: int | None = None
    trigger: str = ""
    extra: list[str] = field(default_factory=list)


def _triggers(clause: str) -> list[tuple[int, int, EventType]]:
    found: list[tuple[int, int, EventType]] = []
    for etype, pattern in TRIGGERS:
        for m in pattern.finditer(clause):
            if any(m.start() < b and a < m.end() for a, b, _ in found):
                continue
            window = clause[max(0, m.start() - 40) : m.end() + 40]
            if NON_EVENT.search(window) and NON_EVENT.search(window).start() <= m.start() - max(0, m.start() - 40) + 5:
                continue
            found.append((m.start(), m.end(), etype))
    return sorted(found)


def _assign_dates(clause: str, triggers: list[tuple[int, int, EventType]], times: list[TimeExpr]) -> dict[int, list]:
    """Each usable time expression goes to the nearest trigger in the clause."""
    out: dict[int, list[TimeExpr]] = {i: [] for i in range(len(triggers))}
    for t in times:
        if not clause[t.start : t.end].strip() or t.role in ("compare", "purpose", "since") or t.cumulative:
            continue
        best, best_d = None, 10**9
        for i, (a, b, _) in enumerate(triggers):
            d = (t.start - b) if t.start >= b else int((a - t.end) * 1.5)
            d = max(d, 0)
            if d < best_d:
                best, best_d = i, d
        if best is not None:
            out[best].append(t)
    return out


def _orphan_dates(parsed: list, dated: list[dict[int, list]]) -> None:
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


def _during(parsed: list, dated: list[dict[int, list]]) -> None:
    """An undated event that took place 'during' a dated one shares its date: '... signed during the summit in
    September 2023', 'paid a visit in October 2023, during which the parties signed ...'."""
    flat = [(j, i, a, b) for j, (_, trig, _) in enumerate(parsed) for i, (a, b, _) in enumerate(trig)]
    for j, i, a, b in flat:
        if dated[j][i]:
            continue
        for j2, i2, a2, b2 in flat:
            points = [t for t in dated[j2][i2] if t.first]
            if (j2, i2) == (j, i) or not points:
                continue
            lo, hi = (b2, a) if b2 <= a else (b, a2)
            between = " ".join(c[lo:hi] for c, _, _ in parsed)
            if 0 <= hi - lo <= 80 and re.search(r"\bduring\b", between):
                dated[j][i].append(points[0])
                break


def _status(clause: str, start: int, end: int) -> EventStatus:
    before = clause[:start]
    planned = list(PLANNED.finditer(before))
    if not planned:
        return EventStatus.HAPPENED
    between = clause[planned[-1].end() : end + 30]
    if HAPPENED.search(between) and not re.search(r"\b(?:will|to)\s+(?:be\s+)?(?:held|signed)\b", between):
        return EventStatus.HAPPENED
    return EventStatus.PLANNED


def _visit_targets(ctx: Context, s: Sentence) -> list[str]:
    """Foreign countries listed in a sentence, a repeat kept when other countries come between."""
    codes = [m.code for m in ctx.sentence_mentions(s) if m.code != ctx.main]
    kept: list[str] = []
    for code in codes:
        if code in kept and kept[-1] == code:
            continue
        if code in kept and not re.search(r"\bas well as\b|;", s.text):
            continue
        kept.append(code)
    return kept


def find_events(ctx: Context) -> list[Event]:
    events: list[Event] = []
    for s in ctx.sentences:
        countries = ctx.countries_for(s)
        hosts = [c for c in _host_capitals(ctx, s) if c not in countries]
        people = [p.key for p in ctx.sentence_people(s)]
        clauses = Sentence(s.start, s.end, ctx.dated_text(s), s.index).clauses()
        parsed = [(c, _triggers(c), find_times(c, ctx.published)) for c in clauses]
        dated = [_assign_dates(c, trig, times) for c, trig, times in parsed]
        _orphan_dates(parsed, dated)
        _during(parsed, dated)
        previous_type: EventType | None = None
        for (clause, triggers, times), dates in zip(parsed, dated, strict=True):
            first_in = _FIRST_IN.match(clause.lstrip())
            if first_in and previous_type and len(countries) >= 2:
                points = [t for t in times if t.first]
                if points:
                    events.append(
                        Event(
                            previous_type,
                            EventStatus.HAPPENED,
                            points[0].first,
                            None,
                            countries,
                            people,
                            None,
                            [clause.strip()],
                            s.index,
                            mergeable=False,
                        )
                    )
                continue
            for i, (a, b, etype) in enumerate(triggers):
                previous_type = etype
                here = list(countries)
                if etype in (EventType.VISIT, EventType.MEETING, EventType.EMBASSY_OPENING) and hosts:
                    here = list(dict.fromkeys(([ctx.main] if ctx.main else []) + here + hosts))
                if len(here) < 2:
                    _attach_quote(events, etype, s, clause, a)
                    continue
                date = end = None
                days = None
                for t in dates[i]:
                    if t.role == "through":
                        end = t.first
                    elif date is None and t.first is not None:
                        date, end = t.first, t.last if t.role == "range" else end
                if m := _DAYS.search(clause):
                    days = int(m.group(1)) if m.group(1).isdigit() else _DAY_WORDS[m.group(1).lower()]
                status = _status(clause, a, b)
                ordinal = None
                if etype == EventType.ANNIVERSARY and (om := _ORDINAL.search(clause[a:b])):
                    ordinal = int(om.group(1) or om.group(2))
                location = find_city(clause)
                anaphoric = (
                    bool(ANAPHORA.search(clause[:a]))
                    and not DISTINCT.search(clause[:a])
                    and not _VERBAL.match(clause[a:b])
                )
                distinct = bool(DISTINCT.search(clause[:a]))
                targets = _visit_targets(ctx, s) if etype == EventType.VISIT else []
                documents = _DOCUMENT.findall(clause[a:]) if etype == EventType.AGREEMENT else []
                if len(documents) >= 2 and not anaphoric and status == EventStatus.HAPPENED:
                    for _ in documents:
                        events.append(
                            Event(
                                etype,
                                status,
                                date,
                                end,
                                list(countries),
                                list(people),
                                location,
                                [s.text],
                                s.index,
                                mergeable=False,
                                trigger=clause[a:b],
                            )
                        )
                    continue
                if len(targets) >= 2 and not anaphoric:
                    for code in targets:
                        events.append(
                            Event(
                                etype,
                                status,
                                date,
                                end,
                                [countries[0], code],
                                [],
                                location,
                                [s.text],
                                s.index,
                                mergeable=False,
                                trigger=clause[a:b],
                            )
                        )
                    continue
                event = Event(
                    etype,
                    status,
                    date,
                    end,
                    here,
                    list(people),
                    location,
                    [s.text],
                    s.index,
                    mergeable=not distinct,
                    ordinal=ordinal,
                    days=days,
                    trigger=clause[a:b],
                )
                _merge(events, event, anaphoric)
    _infer(events, ctx)
    return [e for e in events if len(e.countries) >= 2]


def _host_capitals(ctx: Context, s: Sentence) -> list[str]:
    """Countries whose capital a visit or meeting goes to: 'an official visit to Berlin'."""
    _, capitals, _ = tables()
    found = []
    for m in re.finditer(r"\b(?:to|in)\s+([A-Z][\w-]+(?:\s[A-Z][\w.]+)?)", s.text):
        code = capitals.get(m.group(1)) or capitals.get(m.group(1).split()[0])
        if code and code != ctx.main:
            found.append(code)
    return found


def _attach_quote(events: list[Event], etype: EventType, s: Sentence, clause: str, a: int) -> None:
    if not ANAPHORA.search(clause[:a]):
        return
    for e in reversed(events):
        if e.type == etype and e.mergeable:
            if s.text not in e.quotes:
                e.quotes.append(s.text)
            return


def _compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Dates that may name the same day; a month-day without a year and a bare year never do."""
    if a is None or b is None:
        return True
    if (a.year is None) != (b.year is None):
        dated = a if a.year is not None else b
        if dated.month is None or dated.day is None:
            return False
    return a.compatible(b)


def _other_people(e: Event, new: Event) -> bool:
    """A meeting with someone else: both name at least two people and the new one names another."""
    return len(e.participants) >= 2 and bool(set(new.participants) - set(e.participants))


def _merge(events: list[Event], new: Event, anaphoric: bool) -> None:
    if new.mergeable:
        candidates = [
            e
            for e in events
            if e.type == new.type
            and e.mergeable
            and _compatible(e.date, new.date)
            and (anaphoric or e.status == new.status)
            and (anaphoric or not _other_people(e, new))
            and (e.location is None or new.location is None or e.location == new.location)
            and (anaphoric or set(e.countries) == set(new.countries))
            and (anaphoric or new.type not in _NAMED or (e.date is not None and e.date == new.date))
            and (not anaphoric or set(new.countries) & set(e.countries))
        ]
        if candidates:
            same = [e for e in candidates if e.date == new.date]
            target = (same or candidates)[-1 if anaphoric else 0]
            _absorb(target, new)
            return
    events.append(new)


def _absorb(e: Event, new: Event) -> None:
    if e.date and new.date:
        e.date = combine(e.date, new.date) if e.date.compatible(new.date) else e.date
    else:
        e.date = e.date or new.date
    e.end_date = e.end_date or new.end_date
    e.countries += [c for c in new.countries if c not in e.countries]
    e.participants += [p for p in new.participants if p not in e.participants]
    e.location = e.location or new.location
    e.quotes += [q for q in new.quotes if q not in e.quotes]
    e.days = e.days or new.days
    e.ordinal = e.ordinal or new.ordinal
    if new.status == EventStatus.HAPPENED:
        e.status = EventStatus.HAPPENED


def _infer(events: list[Event], ctx: Context) -> None:
    """Dates the text implies: anniversaries from the founding year, multi-day visits, visits around meetings."""
    founded = next(
        (e.date.year for e in events if e.type == EventType.DIPLOMATIC_RELATIONS and e.date and e.date.year), None
    )
    for e in events:
        if e.end_date and not e.date:
            e.end_date = None
        if e.type == EventType.ANNIVERSARY and e.date is None and e.ordinal:
            if founded:
                e.date = PartialDate(founded + e.ordinal)
            elif ctx.published:
                e.date = PartialDate(ctx.published.year)
        if e.days and e.date and e.date.day and e.date.year and not e.end_date:
            last = dt.date(e.date.year, e.date.month or 1, e.date.day) + dt.timedelta(days=e.days - 1)
            e.end_date = PartialDate(last.year, last.month, last.day)
        if e.end_date and e.date and e.end_date.year is None and e.date.year:
            e.end_date = PartialDate(e.date.year, e.end_date.month, e.end_date.day)
    for e in events:
        if e.type != EventType.VISIT or e.date or not e.mergeable or not e.participants:
            continue
        for other in events:
            if (
                other.type in (EventType.MEETING, EventType.FORUM)
                and other.date
                and other.date.day
                and other.date.year
                and set(e.participants) & set(other.participants)
                and set(e.countries[:2]) <= set(other.countries)
            ):
                e.date = PartialDate(other.date.year, other.date.month)
                break
