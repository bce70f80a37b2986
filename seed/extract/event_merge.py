"""Events across sentences: one occurrence told several times is merged, and dates the text implies are filled in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from entente.dates import PartialDate, combine
from entente.documents import EventStatus, EventType
from seed.extract.context import Context
from seed.extract.people import Person
from seed.extract.rules import ANAPHORA
from seed.extract.sentences import Sentence

_NAMED = {EventType.AGREEMENT, EventType.OTHER, EventType.FORUM}  # several per pair are common


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
    last: int = -1  # the last sentence that told of it
    nth: int | None = None  # "the 19th meeting"
    clause: str = ""  # the clause that told of it first (the sentence with the other clauses blanked)
    body: str | None = None  # "the 26th meeting of the Intergovernmental Commission": the body that met
    local: bool = False  # "the previous session", "last visited": told again in its own sentence only
    batch: Event | None = None  # "Among them was ...": the signing of the batch it names a document of
    # "who is on a working visit": the month of publication a visit under way falls in, which keeps apart a visit
    # told later with a date of its own ("the state visit paid by Macron in October 2024"); no date of its own
    now: PartialDate | None = None
    between: bool = False  # "the declaration between Somalia and Ethiopia": the parties it names, kept as they are


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
    """A meeting with someone else: both name at least two people and the new one names another. A visit
    is one trip of its traveller, whoever else the sentences telling of it name ('De la Fuente, who arrived
    in Madrid on Wednesday, conveyed a message from President Sheinbaum')."""
    if e.type == EventType.VISIT and set(e.participants) & set(new.participants):
        return False
    if len(new.participants) >= 2 and e.participants and not set(new.participants) & set(e.participants):
        return True  # "Rangel met his Angolan counterpart": two others than the leaders told of before
    return len(e.participants) >= 2 and bool(set(new.participants) - set(e.participants))


def _mergeable(e: Event, new: Event, anaphoric: bool) -> bool:
    return bool(
        e.type == new.type
        and e.mergeable
        and (not e.local or e.sentence == new.sentence)
        and _compatible(e.date, new.date)
        and _compatible(e.date or e.now, new.date or new.now)
        and (anaphoric or e.status == new.status)
        and not (e.status == EventStatus.HAPPENED and new.status == EventStatus.PLANNED)
        and (anaphoric or not _other_people(e, new))
        and (e.location is None or new.location is None or e.location == new.location)
        and (e.nth is None or new.nth is None or e.nth == new.nth)
        and (anaphoric or set(e.countries) == set(new.countries))
        and (anaphoric or new.type not in _NAMED or (e.date is not None and e.date == new.date))
        # a body's meeting is not the leaders' talks of the same days: "the 26th meeting of the Intergovernmental
        # Commission, which took place in Moscow earlier this month"
        and (anaphoric or e.type != EventType.MEETING or e.body == new.body)
        # two signings in one sentence are two: "the heads of state signed a declaration, and the governments
        # signed 13 more documents"
        and (anaphoric or new.type != EventType.AGREEMENT or e.sentence != new.sentence)
        and (not anaphoric or set(new.countries) & set(e.countries))
    )


_Key = tuple[EventType, frozenset[str]]


class Merger:
    """Adds events to a list, merging one into an earlier event it tells of again.

    Every mergeable event enters the list here, indexed by what a merge into it needs: its type and countries
    (an anaphoric mention, its type and one country), and for a mention naming people, a first of them among
    the event's people (or the event naming fewer than two). A new event is compared with the events under its
    own keys, in list order, not with every event of the article. Other events the caller appends itself."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        self._all: dict[_Key, list[int]] = {}  # by type and countries
        self._few: dict[_Key, list[int]] = {}  # of those, the events naming fewer than two people
        self._with: dict[tuple[EventType, frozenset[str], str], list[int]] = {}  # ... and by each person
        self._by_country: dict[tuple[EventType, str], list[int]] = {}

    def _index(self, i: int, e: Event) -> None:
        """Files the event at ``i`` under its keys; again after a merge adds countries or people to it (entries
        under keys it no longer has stay, and are read as the whole list would be: by the full test)."""
        key = (e.type, frozenset(e.countries))
        self._all.setdefault(key, []).append(i)
        if len(e.participants) < 2:
            self._few.setdefault(key, []).append(i)
        for p in set(e.participants):
            self._with.setdefault((*key, p), []).append(i)
        for c in set(e.countries):
            self._by_country.setdefault((e.type, c), []).append(i)

    def _candidates(self, new: Event, anaphoric: bool) -> list[int]:
        """A superset of the events ``new`` may merge into, in list order."""
        if anaphoric:  # a country in common
            found = {i for c in set(new.countries) for i in self._by_country.get((new.type, c), ())}
        elif new.participants:  # the same countries, and fewer than two people or the new one's people too
            key = (new.type, frozenset(new.countries))
            few = self._few.get(key, [])
            few[:] = [i for i in few if len(self.events[i].participants) < 2]  # people are only ever added
            found = {*few, *self._with.get((*key, new.participants[0]), ())}
        else:
            found = set(self._all.get((new.type, frozenset(new.countries)), ()))
        return sorted(found)

    def merge(self, new: Event, anaphoric: bool, *, fresh: bool = False) -> None:
        """Adds ``new``, or merges it into the event it tells of again; a ``fresh`` event ('X also met Y') is
        none told of before, though what the text says of it later may merge into it."""
        if new.mergeable:
            candidates = [
                (i, self.events[i])
                for i in ([] if fresh else self._candidates(new, anaphoric))
                if _mergeable(self.events[i], new, anaphoric)
            ]
            if candidates:
                same = [(i, e) for i, e in candidates if e.date == new.date]
                at, target = (same or candidates)[-1 if anaphoric else 0]
                sizes = len(target.countries), len(target.participants)
                _absorb(target, new)
                if (len(target.countries), len(target.participants)) != sizes:  # lists that only grow
                    self._index(at, target)
                return
            self._index(len(self.events), new)
        self.events.append(new)


def _absorb(e: Event, new: Event) -> None:
    e.last = max(e.last, e.sentence, new.sentence)
    e.nth = e.nth or new.nth
    if e.date and new.date:
        e.date = combine(e.date, new.date) if e.date.compatible(new.date) else e.date
    else:
        e.date = e.date or new.date
    e.end_date = e.end_date or new.end_date
    e.now = e.now or new.now
    e.countries += [c for c in new.countries if c not in e.countries]
    e.participants += [p for p in new.participants if p not in e.participants]
    e.location = e.location or new.location
    e.quotes += [q for q in new.quotes if q not in e.quotes]
    e.days = e.days or new.days
    e.ordinal = e.ordinal or new.ordinal
    if new.status == EventStatus.HAPPENED:
        e.status = EventStatus.HAPPENED


def infer(events: list[Event], ctx: Context) -> None:
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
    # Meetings and forums dated to the day, by participant (the loop below changes only visits' dates).
    dated: dict[str, list[int]] = {}
    for i, other in enumerate(events):
        if other.type in (EventType.MEETING, EventType.FORUM) and other.date and other.date.day and other.date.year:
            for p in set(other.participants):
                dated.setdefault(p, []).append(i)
    for e in events:
        if e.type != EventType.VISIT or e.date or not e.mergeable or not e.participants:
            continue
        for i in sorted({i for p in set(e.participants) for i in dated.get(p, ())}):
            other = events[i]
            if set(e.countries[:2]) <= set(other.countries):
                e.date = PartialDate(other.date.year, other.date.month)
                break


# "Following the talks", "during their meeting": an event dated by one told of before.
_REFERENCE = re.compile(
    r"\b(?:following|after|before|during|at the end of|in the course of|on the sidelines of)\s+(?:the|their|this|these|"
    r"his|her|that)\s+(?:[\w-]+\s+){0,2}?(talks|meeting|negotiations|consultations|visit|summit|forum|session|"
    r"commission|committee)\b",
    re.I,
)
_REFERENCED = {
    "visit": {EventType.VISIT},
    "summit": {EventType.FORUM, EventType.MEETING},  # two leaders' summit is a meeting, a bloc's a forum
    "forum": {EventType.FORUM},
}
# "On the same day", "Later in the day": the day of the event told of just before.
_SAME_DAY = re.compile(
    r"\b(?:on\s+)?the\s+same\s+day\b|\b(?:later|earlier)\s+(?:in|on)\s+(?:the|that)\s+day\b|"
    r"^\W*(?:earlier|later)\s*,|\bin\s+the\s+(?:morning|afternoon|evening)\b",
    re.I,
)


_SIDELINES_OF = re.compile(r"\bon\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$", re.I)

# "The two sides also signed ...": another signing at the occasion told of just before.
_ALSO = re.compile(r"\balso\b", re.I)


def referenced(
    events: list[Event], etype: EventType, clause: str, a: int, b: int, sentence: int, published: dt.date | None = None
) -> Event | None:
    """The dated event an undated one refers back to ('Following the talks', 'On the same day', 'The sides
    also signed'), or None. 'The same day', 'Later,' is of the news the article tells, not of a date of history told
    in passing ('building on the agreement signed on September 17'), when it tells one."""
    before = clause[:a]
    # "Iwaya met Cho on the sidelines of the summit": the reference may follow the trigger, in its clause
    found = list(_REFERENCE.finditer(before)) or list(_REFERENCE.finditer(clause, b, b + 80))[:1]
    if found:
        kinds = _REFERENCED.get(found[-1].group(1).lower(), {EventType.MEETING})
        return _latest(events, sentence, lambda e: e.type in kinds)
    if _SIDELINES_OF.search(before):  # "The meeting was held on the sidelines of the 14th meeting of ...": its day
        return _latest(events, sentence, lambda e: e.date is not None and max(e.last, e.sentence) == sentence)
    if _SAME_DAY.search(before) or _SAME_DAY.search(clause, b, b + 40):
        news = _latest(events, sentence, lambda e: e.date is not None and is_news(e.date, published))
        return news or _latest(events, sentence, lambda e: e.date is not None and e.date.day is not None)
    if etype != EventType.AGREEMENT:
        return None
    if also(clause, b):
        return _latest(events, sentence, lambda e: e.type == etype and max(e.last, e.sentence) >= sentence - 1)
    return None


# An occasion this many days before the publication is still the news the article tells.
NEWS_DAYS = 7


def is_news(d: PartialDate, published: dt.date | None) -> bool:
    """A day of the news the article tells: in the week up to its publication."""
    if published is None or d.day is None or d.month is None or d.year is None:
        return False
    return 0 <= (published - dt.date(d.year, d.month, d.day)).days <= NEWS_DAYS


def also(clause: str, b: int) -> bool:
    return bool(_ALSO.search(clause[:b]))


def _latest(events: list[Event], sentence: int, ok) -> Event | None:
    told = [
        (max(e.last, e.sentence), i, e) for i, e in enumerate(events) if e.date and e.sentence <= sentence and ok(e)
    ]
    if not told:
        return None
    return max(told, key=lambda x: x[:2])[2]  # the last told of, the later in the list on a tie


def credentials_receiver(ctx: Context, events: list[Event]) -> tuple[str, PartialDate | None] | None:
    """The country that received the credentials told just before, named after 'to' ('the Ambassador of Hungary
    to the Kyrgyz Republic'), and their date. Others who 'also presented their credentials at the ceremony'
    presented them there and then."""
    for e in reversed(events):
        if e.type != EventType.CREDENTIALS:
            continue
        if not 0 <= e.sentence < len(ctx.sentences):
            return None
        for m in ctx.sentence_mentions(ctx.sentences[e.sentence]):
            if _TO.search(ctx.text, max(0, m.start - 10), m.start):
                return m.code, e.date
        return None
    return None


_TO = re.compile(r"\bto\s+(?:the\s+)?$")


def subject_country(ctx: Context, s: Sentence, named: list[Person], a: int) -> str | None:
    """The country of the person who opens the sentence, named before the trigger and before any country: the
    one who travels or receives, whose country the sentence may not name."""
    first = min(ctx.sentence_mentions(s), key=lambda m: m.start, default=None)
    for p in named:
        starts = [x for x, _ in p.mentions if s.start <= x < s.start + a + 1]
        if p.country and starts and (first is None or min(starts) < first.start or first.code == p.country):
            return p.country
    return None


def attach_quote(events: list[Event], etype: EventType, s: Sentence, clause: str, a: int) -> None:
    if not ANAPHORA.search(clause[:a]):
        return
    for e in reversed(events):
        if e.type == etype and e.mergeable:
            if s.text not in e.quotes:
                e.quotes.append(s.text)
            return
