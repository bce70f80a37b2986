"""Events: triggers in clauses, their dates, countries, participants and status, merged across sentences."""

from __future__ import annotations

import datetime as dt
import re

from entente.dates import PartialDate
from entente.documents import EventStatus, EventType
from seed.extract.calendar_words import calendar_key
from seed.extract.context import Context
from seed.extract.dates import find_times
from seed.extract.event_dates import (
    SAME_DAY,
    SAME_YEAR,
    assign_dates,
    bound_by_publication,
    coordinated,
    during,
    last_day,
    last_year,
    orphan_dates,
)
from seed.extract.event_merge import (
    Event,
    Merger,
    also,
    attach_quote,
    credentials_receiver,
    infer,
    referenced,
    subject_country,
)
from seed.extract.event_places import capitals_named, host_capitals, location_of
from seed.extract.people import Person
from seed.extract.rules import AMONG, ANAPHORA, DISTINCT, NTH, ONE_TOPIC
from seed.extract.sentences import Sentence
from seed.extract.triggers import attended, find_triggers, journey_only, status_of

_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary|\b(\d{1,3})\s+years\s+(?:since|of)", re.I)
_FIRST_IN = re.compile(r"^\W*with\s+the\s+(?:first|previous)\s+(?:one\s+)?(?:in|on)\s+", re.I)
_DAYS = re.compile(r"\b(one|two|three|four|five|\d)-day\b", re.I)
_DOCUMENT = re.compile(
    r"\b(?:an?|the|one|another|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreements?|memorand(?:um|ums|a)|MoUs?|treat(?:y|ies)|road\s?maps?|action plans?|plan of|protocols?|"
    r"declarations?|contracts?|accords?|programmes?|programs?)\b",
    re.I,
)
# Triggers that start with a verb: a determiner before them ("the sides signed") is no back-reference.
_VERBAL = re.compile(
    r"(?:sign|held|hold|met|meet(?!ings?\b)|present|open|establish|recogni|appoint|support|launch|arriv|travel|"
    r"welcom|send|sent|paid|pay|conclu|ratif|mark|hand|accept|receiv|took|tak|exchang)",
    re.I,
)
_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")


def _body(clause: str, b: int) -> str | None:
    """The body a meeting is of, by its last name word: 'the 26th meeting of the Intergovernmental Commission'
    is the commission's, as is 'the protocol of the 19th meeting of the Kazakh-Tajik Intergovernmental Commission'."""
    m = _BODY.match(clause, b)
    return m.group(1).split()[-1].lower() if m else None


# A body the trigger itself names: "the sixth session of the SA-Mozambique Bi-National Commission", "the UK-Ghana
# Business Council", "the India-Singapore Ministerial Roundtable".
_OWN_BODY = re.compile(r"\b(?:Commission|Committee|Council|Roundtable|Round Table|Dialogue)$")


# "The committee met ...": a body that meets, the subject of the verb that tells of its meeting.
_SUBJECT_BODY = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(commission|committee|council)\s+$", re.I)
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.I)


def _of_body(events: list[Event], body: str) -> Event | None:
    return next((e for e in reversed(events) if e.type == EventType.MEETING and e.body == body), None)


def _own_body(trigger: str) -> str | None:
    return trigger.split()[-1].lower() if _OWN_BODY.search(trigger) else None


# "- first meeting of the Joint Committee held in Jakarta": a summary bullet of a press release
_BULLET = re.compile(r"(?<!\s)\s*[-•–]\s")  # read from a sentence's start: no run of spaces is tried twice
_LEAD = 12  # sentences of the lead: the headline, standfirst, byline and summary bullets
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.I)
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?[A-Z]")
_HOSTED = {EventType.VISIT, EventType.MEETING, EventType.EMBASSY_OPENING, EventType.FORUM}
_REFERRING = {EventType.AGREEMENT, EventType.MEETING, EventType.VISIT, EventType.FORUM}
_DAY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


# ", as Latin America's largest economy seeks to benefit from the trade war between the US and China": what
# follows frames the trip, and names no place it goes to.
_FRAME = re.compile(r",\s+(?:as(?!\s+well\b)|amid|while|because|since)\b|\s(?:amid|to\s+discuss)\s", re.I)


def _visit_targets(
    ctx: Context, s: Sentence, clause: str, triggers: list[tuple[int, int, EventType]], i: int
) -> list[str]:
    """Foreign countries a visit goes to: those its clause names after the visit told before it and before the
    next event ('arrived in Beijing after a stop in Moscow': two legs) or any frame that follows it; a repeat kept
    when other countries come between."""
    a, b, etype = triggers[i]
    lo = max((e for _, e, t in triggers[:i] if t == etype), default=0)
    hi = triggers[i + 1][0] if i + 1 < len(triggers) else len(clause)
    if frame := _FRAME.search(clause, b, hi):
        hi = frame.start()
    named = sorted([(m.start - s.start, m.code) for m in ctx.sentence_mentions(s)] + capitals_named(s.text))
    codes = [code for at, code in named if code != ctx.main and lo <= at < hi and clause[at] != " "]
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
    merger = Merger(events)
    for s in ctx.sentences:
        if s.end <= ctx.title_end or (_BULLET.match(s.text) and s.index < _LEAD):
            continue  # a headline, or a bullet that sums up the story above its body, repeats what the text tells
        countries = ctx.countries_for(s)
        hosts = [c for c in host_capitals(ctx, s) if c not in countries]
        named = ctx.sentence_people(s)
        clauses = Sentence(s.start, s.end, ctx.dated_text(s), s.index).clauses()
        parsed = [(c, find_triggers(c), find_times(c, ctx.published, ctx.today)) for c in clauses]
        dated = [assign_dates(c, trig, times) for c, trig, times in parsed]
        orphan_dates(parsed, dated)
        coordinated(ctx.dated_text(s), parsed, dated)
        during(parsed, dated)
        previous_type: EventType | None = None
        meetings: list[tuple[int, int]] = []  # the meetings the sentence told of so far, by trigger offsets
        for (clause, triggers, times), dates in zip(parsed, dated, strict=True):
            people = _clause_people(s, clause, named, len(clauses) > 1)
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
                if etype in _HOSTED and hosts:
                    here = list(dict.fromkeys(([ctx.main] if ctx.main else []) + here + hosts))
                date = end = None
                days = None
                if etype == EventType.VISIT and journey_only(clause, triggers, i):
                    continue  # "travelled to Egypt to attend COP27": the summit is the event
                for t in dates[attended(clause, triggers, i)]:
                    if t.role == "through":
                        end = t.first
                    elif date is None and t.first is not None:
                        date, end = t.first, t.last if t.role == "range" else end
                if date is None and end and (m := _DAYS.search(clause)):
                    date = _first_day(end, m.group(1), ctx.published)  # "whose two-day visit ends today"
                status = _past(status_of(clause, a, b), date, ctx)
                leg = etype == EventType.VISIT and bool(_LEG.match(clause, a))
                if leg and date is None and (tour := _told_here(events, etype, s.index)):
                    date = tour.date  # "visited Senegal in March 2018 on a tour that also took him to Algeria"
                if date is None and SAME_DAY.search(ctx.dated_text(s)):
                    date = last_day(events)
                if date is None and SAME_YEAR.search(clause):
                    date = last_year(events, s.index)
                # "On the sidelines of the summit, Samsung C&T signed a contract": a company's deal at the two
                # countries' occasion is theirs, though the sentence names one of them
                if (date is None or len(here) < 2) and status == EventStatus.HAPPENED and etype in _REFERRING:
                    if ref := referenced(events, etype, ctx.dated_text(s), a, b, s.index, ctx.published):
                        date = date or _during_visit(ref)
                        if len(here) < 2:
                            here = list(ref.countries)
                batch = _batch(events, s.index) if etype == EventType.AGREEMENT and AMONG.match(clause, a) else None
                total = _batch(events, s.index) if etype == EventType.AGREEMENT and _TOTAL.search(clause) else None
                if total and len(here) < 2:  # "In total, 9 documents were signed": the signing just told of, all of it
                    here, date = list(total.countries), date or total.date
                elif etype == EventType.AGREEMENT and not here and (told := _batch(events, s.index, 6)):
                    # "Poland signed a framework agreement with Korea. The first executive contracts, signed in August
                    # 2022, ...": a signing that names no country, told right after another, is of the same parties
                    # ("Beside the pipeline deal, ministers signed six further documents": more of the same signing,
                    # told a few sentences back)
                    further = bool(_FURTHER.search(clause, 0, b))
                    here = list(told.countries) if further or told.sentence >= s.index - 1 else here
                    date = date or (told.date if further else None)  # signed with it, at the same occasion
                if batch:  # the batch's named documents, signed with it
                    here = here if len(here) >= 2 else list(batch.countries)
                subject = _SUBJECT_BODY.search(clause[:a]) if etype == EventType.MEETING else None
                if subject and len(here) < 2 and (met := _of_body(events, subject.group(1).lower())):
                    here = list(met.countries)  # "The committee met at the Amiri Diwan": the body told of before
                if len(here) < 2:
                    here = _arrival(ctx, clause[a:b], here)
                also_met = etype == EventType.MEETING and bool(_ALSO_BEFORE.search(clause[:a]))  # "He also met ..."
                pair_told = bool(_PAIR_SUBJECT.search(clause[:a]) or _PAIR_AGENT.match(clause, b))
                history = etype in _HISTORY or _signed_before(clause, a, b, date, ctx)
                if len(here) < 2 and (history or also_met or pair_told):
                    here = _pair(ctx, here)
                elif pair_told and ctx.partner not in here:
                    here = _pair(ctx, here)  # "the two ministers signed a plan ... and discussed Afghanistan"
                if len(here) < 2:
                    attach_quote(events, etype, s, clause, a)
                    continue
                if m := _DAYS.search(clause):
                    days = int(m.group(1)) if m.group(1).isdigit() else _DAY_WORDS[calendar_key(m.group(1))]
                ordinal = None
                if etype == EventType.ANNIVERSARY and (om := _ORDINAL.search(clause[a:b])):
                    ordinal = int(om.group(1) or om.group(2))
                location = location_of(clause, triggers, i)
                here = _parties(ctx, clause, etype, here, _attendee(ctx, s, named, a, b))
                between = _between(ctx, s, b) if etype == EventType.AGREEMENT else []
                here = list(dict.fromkeys([*between, *here]))  # "brokered the declaration between Somalia and Ethiopia"
                anaphoric = (
                    (
                        bool(ANAPHORA.search(clause[:a]))
                        and not DISTINCT.search(clause[:a])
                        and not _VERBAL.match(clause[a:b])
                        and not _OF_BODY.match(clause, b)  # "the meeting of the Supreme Council": one of its own
                        # "the Treaty on Strategic Partnership signed in 2008": a document by its name, not a reference
                        and not (etype == EventType.AGREEMENT and clause[a].isupper() and not _GENERIC.match(clause, a))
                    )
                    or bool(etype == EventType.MEETING and _same_meeting(clause[:a], meetings, events))
                )
                distinct = etype == EventType.AGREEMENT and (
                    also(clause, b) or bool(AMONG.match(clause, a)) or bool(total)
                )
                # "Rashid also received Erdogan", "Doval also called on Barrot": another meeting, with someone named;
                # "last visited Astana in October 2022, when he paid a state visit": another visit, told twice there
                # "On the same day, Magyar was received by Saidov": one more meeting that day, with someone named
                own = _another_host(s, named, meetings, triggers, i) if etype == EventType.MEETING else []
                meetings += [(a, b)] if etype == EventType.MEETING else []
                people = own or people  # "paid a courtesy call on Tô Lâm and met Trần Thanh Mẫn": two meetings
                # "Fidan held separate talks with his Qatari counterpart": a meeting of its own beside the leaders';
                # "paid a courtesy call on To Lam": a call on someone is a meeting with them, not the talks
                fresh = bool(
                    own
                    or DISTINCT.search(clause[:a])
                    or _SEPARATE.search(clause, max(0, a - 15), b)
                    or (etype == EventType.MEETING and people and _CALL.search(clause[a:b]))
                ) or (
                    etype == EventType.MEETING
                    and bool(people)
                    and bool(
                        _ALSO_BEFORE.search(clause[:a]) or SAME_DAY.search(clause[:a]) or _LATER.search(clause, a, b)
                    )
                )
                if etype == EventType.FORUM and anaphoric and _summit_meeting(events, clause, a, b):
                    etype = EventType.MEETING  # "the summit" of two leaders told of before as their meeting
                targets = (
                    _visit_targets(ctx, s, clause, triggers, i)
                    if etype in (EventType.VISIT, EventType.CREDENTIALS)
                    else []
                )
                if etype == EventType.VISIT and len(targets) == 1 and targets[0] != ctx.partner:
                    # "after a stop in Moscow": a leg of the tour to a third country, the traveller's and its own
                    visitor = subject_country(ctx, s, named, a)
                    here = [visitor, targets[0]] if visitor and visitor != targets[0] else here
                documents = (
                    _documents(clause, a) if etype == EventType.AGREEMENT and not ONE_TOPIC.match(clause, a) else []
                )
                if len(documents) >= 2 and not anaphoric and status == EventStatus.HAPPENED:
                    for _ in documents:
                        events.append(
                            Event(
                                etype,
                                status,
                                date,
                                end,
                                list(countries if len(countries) >= 2 else here),
                                list(people),
                                location,
                                [s.text],
                                s.index,
                                mergeable=False,
                                trigger=clause[a:b],
                                batch=batch if date is None else None,
                            )
                        )
                    continue
                if len(targets) >= 2 and not anaphoric:
                    base = countries[0]
                    if visitor := subject_country(ctx, s, named, a):  # the traveller's or receiver's country
                        named_here = targets if leg else [*countries, *targets]  # a leg goes to its own places
                        base, targets = visitor, [c for c in dict.fromkeys(named_here) if c != visitor]
                    elif etype == EventType.CREDENTIALS and (receiver := credentials_receiver(ctx, events)):
                        base, targets = receiver[0], [c for c in targets if c != receiver[0]]
                        date = date or receiver[1]  # "also presented their credentials at the ceremony": its day
                    for code in targets:
                        events.append(
                            Event(
                                etype,
                                status,
                                date,
                                end,
                                [base, code],
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
                    local=bool(DISTINCT.search(clause[:a])),
                    ordinal=ordinal,
                    days=days,
                    trigger=clause[a:b],
                    clause=clause,
                    body=_body(clause, b) or _own_body(clause[a:b]) or (subject.group(1).lower() if subject else None),
                    batch=batch if date is None else None,
                )
                event.between = bool(between)
                if etype == EventType.VISIT and _ONGOING.search(clause[:a]) and ctx.published:
                    event.now = PartialDate(ctx.published.year, ctx.published.month)  # "who is on a visit"
                told = _batch(events, s.index) if etype == EventType.AGREEMENT and _THE.search(clause[:a]) else None
                if anaphoric and told and not told.mergeable:
                    told.quotes += [s.text] if s.text not in told.quotes else []
                    continue  # "The documents were signed after talks ...": the batch told just before, split by name
                if nth := NTH.search(clause[:a]) or _NTH_OWN.match(clause, a):
                    event.nth = int(nth.group(1))
                merger.merge(event, anaphoric, fresh=fresh)
    infer(events, ctx)
    bound_by_publication(events, ctx)
    for e in events:
        e.date = e.batch.date if e.batch else e.date
    for e in events:  # a later mention merged in may have named a third country: "which will also take him to ..."
        if e.type != EventType.FORUM and not e.between:
            e.countries = _parties(ctx, e.clause, e.type, e.countries)
    return [e for e in events if len(e.countries) >= 2]


# "a trilateral meeting", "the three leaders": a third country takes part with the article's pair.
_SEVERAL = re.compile(
    r"\b(?:trilateral|tripartite|quadrilateral|three|four)\s+(?:[\w-]+\s+)?(?:meeting|summit|talks|format|"
    r"countries|nations|leaders|presidents|ministers|sides|parties|states|agreement|memorandum|declaration)\b"
    r"|\b(?:trilateral|tripartite)\b",
    re.I,
)


def _parties(
    ctx: Context, clause: str, etype: EventType, codes: list[str], attendee: tuple[str, str] | None = None
) -> list[str]:
    """The countries that take part in an event of the article's own pair: a third one named in the sentence
    is what they discussed, who funds or who frames it ('to discuss the use of Russia's frozen assets', 'a model
    pioneered by Denmark', 'the venue in Kuala Lumpur'), unless the text says three took part. A forum gathers
    many countries and keeps them, but one held in a third country is its host's with the one who attends it
    ('Anwar will attend the G20 summit in Rio de Janeiro')."""
    pair = (ctx.main, ctx.partner)
    if len(codes) <= 2 or not all(c in codes for c in pair) or _SEVERAL.search(clause):
        return codes
    if etype == EventType.FORUM:
        return list(attendee) if attendee else codes
    return [c for c in codes if c in pair]


_BETWEEN = re.compile(r"[^.;]{0,60}?\bbetween\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _between(ctx: Context, s: Sentence, b: int) -> list[str]:
    """The two countries a document is 'between', named after it: its parties, whoever brokered it ('Ankara
    brokered the Ankara Declaration between Somalia and Ethiopia')."""
    after = [m for m in ctx.sentence_mentions(s) if m.start >= s.start + b]
    for first, second in zip(after, after[1:], strict=False):
        if _BETWEEN.fullmatch(ctx.text, s.start + b, first.start) and _AND.fullmatch(ctx.text, first.end, second.start):
            return [first.code, second.code] if first.code != second.code else []
    return []


_VENUE = re.compile(r"[^.;]{0,40}?\b(?:in|at)\s[^.;]{0,30}")


def _attendee(ctx: Context, s: Sentence, named: list[Person], a: int, b: int) -> tuple[str, str] | None:
    """The country of the one who goes to a gathering held in a third country, and that country: the one
    named just after the gathering, where it is held ('the NATO summit in The Hague, the Netherlands')."""
    venues = [
        m.code
        for m in ctx.sentence_mentions(s)
        if m.code not in (ctx.main, ctx.partner) and _VENUE.fullmatch(ctx.text, s.start + b, m.start)
    ]
    if not venues:
        return None
    venue = venues[0]
    visitor = subject_country(ctx, s, named, a)
    return (visitor, venue) if visitor and visitor != venue else None


def _clause_people(s: Sentence, clause: str, named: list[Person], several: bool) -> list[str]:
    """The people of an event told in one clause: those the clause names, and the sentence's subject when the
    clause opens with its verb ('Nurtleu was received by Anwar Ibrahim and met with Tengku Zafrul Aziz');
    everyone the sentence names when the clause names no one."""
    if not several:
        return [p.key for p in named]
    inside = [p for p in named if any(s.start <= a < s.end and clause[a - s.start] != " " for a, _ in p.mentions)]
    if not inside:
        return [p.key for p in named]
    opening = clause.lstrip()
    later = len(opening) < len(clause)  # a clause that opens the sentence has no subject to borrow
    if later and named[0] not in inside and _VERB_FIRST.match(opening):
        inside = [named[0], *inside]
    return [p.key for p in inside]


# A clause that opens with its verb: "met with ...", "also held talks with ...", not "the two governments signed".
_VERB_FIRST = re.compile(r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|both|each|which|who|where)\b)[a-z]")


# "a tour that also took him to Algeria, Mauritania and Mali": more legs of the tour just told of
_LEG = re.compile(r"(?:took|tak(?:e|es|ing|en))\b", re.I)


# "signed 12 agreements covering energy and media, including a contract under which ...": the batch, then each
# document named of it
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+which)\b", re.I)


def _documents(clause: str, a: int) -> list[str]:
    """The documents a signing names: each one, and a batch told with those it includes as one more."""
    if frame := _FRAME.search(clause, a):  # "signed an MoU, as the two sides move closer to a second contract"
        clause = clause[: frame.start()]
    including = _INCLUDING.search(clause, a)
    if not including:
        return _DOCUMENT.findall(clause[a:])
    named = _DOCUMENT.findall(clause[including.end() :])
    return [*(_DOCUMENT.findall(clause[a : including.start()]) or [clause[a : including.start()]]), *named]


_CALL = re.compile(r"\bcall", re.I)


def _another_host(
    s: Sentence,
    named: list[Person],
    before: list[tuple[int, int]],
    triggers: list[tuple[int, int, EventType]],
    i: int,
) -> list[str]:
    """The people a meeting told after another in its sentence is with, when each names its own ('paid a
    courtesy call on Tô Lâm and met Trần Thanh Mẫn'); none when it names no one of its own ('met Ruto and held
    talks with him')."""
    a, b, _ = triggers[i]
    if not before:
        return []
    hi = triggers[i + 1][0] if i + 1 < len(triggers) else s.end - s.start

    def named_in(lo: int, up: int) -> list[str]:
        return [p.key for p in named if any(s.start + lo <= x < s.start + up for x, _ in p.mentions)]

    after = named_in(b, hi)
    return after if after and named_in(before[-1][1], a) and not set(after) & set(named_in(0, a)) else []


def _batch(events: list[Event], sentence: int, within: int = 3) -> Event | None:
    """The signing told of in the last few sentences, whose documents 'Among them were ...' names."""
    return next(
        (e for e in reversed(events) if e.type == EventType.AGREEMENT and sentence - e.sentence <= within), None
    )


_ARRIVAL = re.compile(r"arriv|landed|touched\s+down|jetted|(?:was|were)\s+(?:\w+\s+)?received\b", re.I)


def _arrival(ctx: Context, trigger: str, here: list[str]) -> list[str]:
    """'Lee arrived in the Kingdom on Tuesday', 'He was received at King Khalid International Airport by ...':
    an arrival or a reception of one of the article's pair, told without naming where, is in the other country."""
    pair = [c for c in (ctx.main, ctx.partner) if c]
    if _ARRIVAL.match(trigger) and len(pair) == 2 and (not here or here[0] in pair):
        first = here[0] if here else pair[0]
        return [first, *[c for c in pair if c != first]]
    return here


# "The documents were signed after talks": the documents of the batch just told of, by a definite article.
_THE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.I)
# "The MOU was signed by ...": a document's generic acronym refers back, as "the memorandum" does.
_GENERIC = re.compile(r"(?:MoUs?|MOUs?|MoA|MOA)\b")
# The meeting the talks just told of were, by the body that held them: "talks between A and B, who co-chaired the
# second meeting of the Joint Commission"; "The pledge came at the eighth meeting of the Joint Committee".
_CHAIRED = re.compile(r"\b(?:co-?chair(?:ed|ing)|chair(?:ed|ing))\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_SAME_MEETING = re.compile(
    r"\b(?:pledges?|agreements?|decisions?|announcement|accord|deal|understanding|commitments?)\s+"
    r"(?:came|(?:was|were)\s+(?:reached|made|announced|taken))\s+(?:at|during)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# "The French minister was later received by ...": one more meeting, after the one told of.
_LATER = re.compile(r"\b(?:later|then|subsequently)\s+received\b", re.I)
# "signed six further documents", "Beside the pipeline deal, ... also signed": more of a signing told before.
_FURTHER = re.compile(r"\b(?:further|additional|other|more|besides?)\b", re.I)
# "In total, 9 documents were signed", "A total of 12 agreements were signed": the whole batch, after those named.
_TOTAL = re.compile(r"\b(?:in\s+total|a\s+total\s+of|altogether|in\s+all)\b", re.I)
# "the 14th Annual Consultation": a numbered occurrence the trigger itself names.
_NTH_OWN = re.compile(r"(\d{1,3})(?:st|nd|rd|th)\b")
# "This year marks the 50th anniversary of diplomatic relations": the relations of the article's pair, unnamed.
_HISTORY = {EventType.ANNIVERSARY, EventType.DIPLOMATIC_RELATIONS}
# "The Ganges Water Treaty, signed in 1996", "an intergovernmental agreement signed in 1995": a document told with
# the year it was signed, in a participle; told in a story of two countries, it is theirs like their ties' history.
_SIGNED_IN = re.compile(r"\bsigned\s+(?:in|on)\b", re.I)


def _signed_before(clause: str, a: int, b: int, date: PartialDate | None, ctx: Context) -> bool:
    """A document of the pair's history: signed, by the participle, in a year before publication."""
    if not (date and date.year and ctx.published and date.year < ctx.published.year):
        return False
    return bool(_SIGNED_IN.search(clause, a, min(len(clause), b + 4)))


# "the two ministers signed", "both sides agreed": the pair is the subject, whatever third country the clause names.
_PAIR_SUBJECT = re.compile(
    r"\b(?:the\s+two|both)\s+(?:ministers|leaders|sides|countries|presidents|governments|delegations|"
    r"(?:foreign|prime)\s+ministers|heads\s+of\s+(?:state|government))\s+(?:also\s+|then\s+)?$",
    re.I,
)
# "the Treaty of Friendship signed by the two kingdoms in 1926": the pair as the agent of a passive verb, whatever
# third country the clause names ("attacks from Yemen's Houthis").
_PAIR_AGENT = re.compile(
    r"(?<!\s)\s+(?:(?:signed|concluded|agreed|initiall?ed|ratified)\s+)?by\s+(?:the\s+two|both)\s+(?:kingdoms|countries|"
    r"nations|states|sides|governments|leaders|ministers|presidents|parties)\b",
    re.I,
)
# "who is on a working visit to the Kingdom", "who is paying an official visit": a visit under way at publication.
_ONGOING = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:on|paying|making)\s+(?:an?\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _first_day(end: PartialDate, n: str, published: dt.date | None) -> PartialDate | None:
    """The first day of a stretch of ``n`` days that has ended by publication on ``end``: 'whose two-day visit
    ends today' began yesterday. A stay that ends after publication is dated by what the text tells of it."""
    days = int(n) if n.isdigit() else _DAY_WORDS[calendar_key(n)]
    if end.year is None or end.month is None or end.day is None or published is None:
        return None
    last = dt.date(end.year, end.month, end.day)
    if last > published:
        return None
    first = last - dt.timedelta(days=days - 1)
    return PartialDate(first.year, first.month, first.day)


def _pair(ctx: Context, here: list[str]) -> list[str]:
    """The article's pair, when what the clause names is one of them or a third country the pair talked of."""
    pair = [c for c in (ctx.main, ctx.partner) if c]
    return pair if len(pair) == 2 else here


def _past(status: EventStatus, date: PartialDate | None, ctx: Context) -> EventStatus:
    """An event dated to a year before publication happened, whatever plans its sentence tells of: 'agreed to
    celebrate the anniversary of diplomatic relations (September 5, 1962)'."""
    if status == EventStatus.PLANNED and date and date.year and ctx.published and date.year < ctx.published.year - 1:
        return EventStatus.HAPPENED
    return status


def _told_here(events: list[Event], etype: EventType, sentence: int) -> Event | None:
    return next((e for e in reversed(events) if e.type == etype and e.sentence == sentence and e.date), None)


def _during_visit(ref: Event) -> PartialDate | None:
    """The date an event told 'on the sidelines of the visit' takes from it: a visit of several days (one that
    began with an arrival, or has an end) gives its month, not the day it began."""
    date = ref.date
    several = ref.end_date is not None or ref.days or ref.trigger.lower().startswith("arriv")
    if ref.type == EventType.VISIT and date and date.day and date.year and several:
        return PartialDate(date.year, date.month)
    return date


# "the summit", "their bilateral summit": no name of its own ("the Portugal-Angola summit in Lisbon in 2024").
_SETTING = re.compile(r"\bon\s+the\s+(?:sidelines|margins?)\s+of\s+the\s+(?:[\w-]+\s+){0,2}$", re.I)
_PLAIN_SUMMIT = re.compile(r"\b(?:the|this|that|their)\s+(?-i:[a-z][\w-]*\s+)?$", re.I)


def _summit_meeting(events: list[Event], clause: str, a: int, b: int) -> bool:
    """'The summit' told again of two leaders' meeting told before ('held talks ... After the summit'), unless a
    summit of a bloc was told before; a summit named by its countries or place is one of its own."""
    if clause[a:b] != "summit":  # not a named one: "the World Governments Summit"
        return False
    if _SETTING.search(clause[:a]):  # "his meeting ... on the sidelines of the SCO summit": the meeting told of
        return any(e.type == EventType.MEETING and any("summit" in q.lower() for q in e.quotes) for e in events)
    return (
        bool(_PLAIN_SUMMIT.search(clause[:a]))
        and any(e.type == EventType.MEETING for e in events)
        and not any(
            e.type == EventType.FORUM and "summit" in e.trigger.lower() for e in events
        )  # a bloc's, told before
    )


def _same_meeting(before: str, meetings: list[tuple[int, int]], events: list[Event]) -> bool:
    """A body's meeting that is the talks told of before: in the sentence, by those who chaired it; or any
    meeting before, as the occasion of what was agreed."""
    if meetings and _CHAIRED.search(before):
        return True
    return bool(_SAME_MEETING.search(before)) and any(e.type == EventType.MEETING for e in events)
