"""Dates of events: each time expression goes to the trigger it belongs to, and events tied to one another in a
sentence share their time."""

from __future__ import annotations

import datetime as dt
import re

from entente.dates import PartialDate
from entente.documents import EventType
from seed.extract.dates import TimeExpr
from seed.extract.news_dates import SAME_DAY, SAME_YEAR, bound_by_publication, last_day, last_year
from seed.extract.time_patterns import FUTURE
from seed.extract.time_roles import deadline

# The dates of events told without one are read in news_dates; events takes them from here too.
__all__ = [
    "SAME_DAY",
    "SAME_YEAR",
    "assign_dates",
    "bound_by_publication",
    "coordinated",
    "during",
    "last_day",
    "last_year",
    "orphan_dates",
    "quoted_spans",
]


def assign_dates(clause: str, triggers: list[tuple[int, int, EventType]], times: list[TimeExpr]) -> dict[int, list]:
    """Each usable time expression goes to the nearest trigger in the clause."""
    out: dict[int, list[TimeExpr]] = {i: [] for i in range(len(triggers))}
    when: dict[int, TimeExpr] = {}
    quoted = quoted_spans(clause)
    counts = [m.span() for m in _COUNT.finditer(clause)]
    reported: list[tuple[int, TimeExpr]] = []
    for t in times:
        if not clause[t.start : t.end].strip() or t.role in ("compare", "purpose") or deadline(clause, t.start):
            continue
        if _inside(counts, t.start):
            continue  # "arrived on Tuesday ..., his second to the Gulf state this year": the count's time, no event's
        if t.role == "since" or t.cumulative:
            # "The Embassy ... has been operating since 1993": the start of what the trigger names.
            i = next((i for i, (_, b, _) in enumerate(triggers) if 0 <= t.start - b <= 2), None)
            if i is not None and t.first and triggers[i][2] == EventType.EMBASSY_OPENING:
                out[i].append(TimeExpr(t.start, t.end, t.kind, t.first))
            # "his first trip to South Korea since 2019": the trip before this one was in 2019
            i = next((i for i, (a, b, _) in enumerate(triggers) if _first_since(clause, a, b, t)), None)
            if i is not None and t.first:
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
            if t.end <= a and i and _CLOSES_VERB.fullmatch(clause, t.end, a):
                continue  # "arrived in Warsaw on Friday morning and was received by": the day closes the arrival
            if t.end <= a and _SETTING_AFTER.match(clause, t.end, a):
                continue  # "received Iwaya on April 24, during his visit": the day is the meeting's, not the visit's
            if t.end <= a and _REPORT_AFTER.match(clause, t.end, a):
                # "signed an agreement in Belgrade on Thursday, Orban announced after talks": the signing's day, and
                # the talks' it was announced after when nothing else dates them
                reported.append((i, t))
                continue
            if _inside(quoted, t.start) != _inside(quoted, a):
                continue  # '"Last year our trade reached $28 billion," Putin said at the talks': the quote's own time
            if b <= t.start and _SAID.search(clause, b, t.start):
                continue  # "after the meeting, Szijjarto said trade grew ... last year": the time of what is said
            if b <= t.start and _PLAN_AFTER.search(clause, b, t.start):
                continue  # "signed a memorandum, under which Lithuania will allocate ... this year": what is planned
            if b <= t.start and _SINCE.search(clause, b, t.start):
                continue  # "the first meeting between the two since the summit in Lisbon in 2024": the summit's year
            if t.end <= a and _SINCE.search(clause, t.end, a):
                continue  # "held the session on Monday, the ninth since the body was set up": not the founding's day
            d = (t.start - b) if t.start >= b else int((a - t.end) * 1.5)
            d = max(d, 0)
            if d < best_d:
                best, best_d = i, d
        if best is not None:
            out[best].append(t)
    for i, t in when.items():
        out[i] = [t]
    for i, t in reported:
        out[i] = out[i] or [t]
    _reception_purpose(clause, triggers, out)
    for i, (a, _, etype) in enumerate(triggers):
        nth = _NTH_DAY.search(clause, max(0, a - 60), a)
        if etype == EventType.VISIT and nth:
            out[i] = [_days_before(t, _NTH[nth.group(1).lower()] - 1) for t in out[i]]
        if apart := _DAYS_APART.search(clause, max(0, a - 70), a):
            n = _APART_DAYS.get(apart.group("n").lower(), 1) * (1 if apart.group("dir").lower() == "after" else -1)
            before = [t for t in times if t.first and t.role == "point" and t.end <= apart.start()]
            told = out[i] or before[-1:]  # "signed an accord on Thursday, a day after ... held talks"
            out[i] = [_days_before(t, n) if t.end <= apart.start() else t for t in told]
    return out


# A reporting clause after a time: "..., Prime Minister Viktor Orban announced after talks with ...": the time is of
# the main clause before it, not of what the reporting clause tells.
_REPORT_AFTER = re.compile(
    r",\s+(?:[\w.'’-]+\s+){0,6}?(?:said|announced|told\s+\w+|stated|noted|added|confirmed|reported|wrote)\b"
)
# A reception and the meeting it was for: "today welcomed the Minister ... to Iveagh House for the first bilateral
# consultations", "received the delegation on Monday for talks".
_RECEPTION = re.compile(r"(?:welcom|receiv|host|greet)", re.I)
_FOR_MEETING = re.compile(r"[^.;]{0,160}?\bfor\s+(?:the|an?|their|his|her|its)\s+(?:[\w-]+\s+){0,4}$", re.I)


def _reception_purpose(clause: str, triggers: list[tuple[int, int, EventType]], out: dict[int, list]) -> None:
    """A meeting told as what a reception was for took place at the reception, on its day (not so for an arrival:
    'arrived on Monday for talks' need not be the talks' day)."""
    for i in range(1, len(triggers)):
        a, _, etype = triggers[i]
        ra, rb, _ = triggers[i - 1]
        if out[i] or not out[i - 1] or etype != EventType.MEETING or not _RECEPTION.match(clause, ra):
            continue
        if _FOR_MEETING.fullmatch(clause, rb, a):
            out[i] = list(out[i - 1])


# A time that closes the verb before it, the next one joined by "and": "arrived in Warsaw on Friday morning and was
# received by Nawrocki".
_CLOSES_VERB = re.compile(r"(?<!\s)(?:\s+(?:morning|afternoon|evening|night))?\s+and\s+(?:(?:was|were|then|later)\s+)?")


# An event told as some days before the time told ahead of it: "The statement was signed on Wednesday, a day after
# Mr Peters held talks with Mr Rabuka" (the talks were on Tuesday), "signed on Friday, two days after the
# ministers met", "the day before the summit opened".
_DAYS_APART = re.compile(
    r"\b(?:(?P<n>a|one|two|three|the)\s+days?)\s+(?P<dir>after|before)\s+[^,;()]{0,50}$",
    re.I,
)
_APART_DAYS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}


# An apposition that counts a trip: ", his second to the Gulf state this year", ", his first to South Africa since
# he was inaugurated in January after the disputed October 2024 elections". ("his first trip to South Korea since
# 2019", with its noun, dates the trip before; see _first_since.)
_COUNT = re.compile(
    r",\s+(?:his|her|their|its)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+to\b[^,;]*"
)
# "his first trip to South Korea since 2019", "the first official visit by a Chinese premier since 2014": a trigger
# that "first" names, and its "since" in the same stretch of words.
# "the first Ethiopian head of government to visit Kenya since 2022": the first of a kind to make the trigger's trip.
_FIRST = re.compile(r"\bfirst\s+(?:[\w-]+\s+)?$|\bfirst\s+(?:[\w-]+\s+){1,5}?to\s+$", re.I)
_NO_BREAK = re.compile(r"[^,;()]{0,60}")


def _first_since(clause: str, a: int, b: int, t: TimeExpr) -> bool:
    return (
        b <= t.start
        and bool(_FIRST.search(clause, max(0, a - 60), a))
        and bool(_NO_BREAK.fullmatch(clause, b, t.start))
    )


# "told parliament on Tuesday ..., on the second day of a state visit": the visit began the day before.
_NTH_DAY = re.compile(
    r"\b(?:on\s+)?(?:the\s+)?(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+day\s+of\s+"
    r"(?:a|an|his|her|their|the|its)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _days_before(t: TimeExpr, n: int) -> TimeExpr:
    first = t.first
    if first is None or first.day is None or first.year is None or first.month is None:
        return t
    day = dt.date(first.year, first.month, first.day) - dt.timedelta(days=n)
    return TimeExpr(t.start, t.end, t.kind, PartialDate(day.year, day.month, day.day), role=t.role)


# A verb that reports what follows it.
_SAID = re.compile(
    r"\b(?:said|says|noted|stressed|added|stated|recalled|told\s+(?:\w+\s+)?(?:reporters|journalists))\b"
)


# A relative clause that plans, between an event and a later time that is then the plan's: "signed a memorandum,
# under which Lithuania will allocate ...", "..., whose first phase is scheduled to open next year".
# Bounded: a relative clause reaches its verb within a sentence's length, and an unbounded run is quadratic on long
# runs of "who".
_PLAN_AFTER = re.compile(
    r"\b(?:which|whose|that|who)\b[^.;]{0,200}?\b(?:will|shall|(?:is|are)\s+(?:to|scheduled|expected|due|set))\b"
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


# "since" and what it names before a time, in one stretch of words: the time is of what "since" names.
_SINCE = re.compile(r"\bsince\s+(?:the|a|an|his|her|their|its)\s+[^,;()]{0,60}$", re.I)
_MARK = re.compile(r'["“”]')
_CLOSES = re.compile(r"[.,!?]\s*$")


def _inside(spans: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    return next((span for span in spans if span[0] <= at < span[1]), None)


# A trigger named as the purpose of another: "arrived in Bishkek on Monday for talks with ...", "met his
# counterpart on Monday evening to prepare the visit".
_PURPOSE = re.compile(
    r"\b(?:for|to\s+(?:prepare|plan|discuss|review|organi[sz]e)(?:\s+for)?)\s+"
    r"(?:an?\s+|the\s+|(?:his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


# ", when ...", ", the year ...": the time of what follows. "since 2011, the year Erdogan became the first leader to
# visit Mogadishu".
_WHEN = re.compile(r",\s+(?:when|the\s+(?:year|day|month)\s+(?!of\b|that\s+(?:will|is)\b))")
# The time of one event, then the longer event it took place in: "on April 24, during the latter's official visit".
_SETTING_AFTER = re.compile(
    r"(?<![\s,]),?\s+(?:during|in the course of|on the sidelines of)\s+(?:[\w’'-]+\s+){0,4}$"
    # "received his Chilean peer at the Casa Rosada on Wednesday, on Kast's first state visit abroad"
    r"|(?<![\s,]),\s+on\s+(?:(?:his|her|their)\s+|(?-i:[A-Z])[\w-]+['’]s\s+)(?:[\w’'-]+\s+){0,3}$",
    re.I,
)


def orphan_dates(parsed: list, dated: list[dict[int, list]]) -> None:
    """A date in a relative clause without a trigger belongs to the event the clause describes, the nearest
    before it: 'The first official visit ..., which began on Tuesday, ...', '... the outcomes of the Beijing summit
    of FOCAC, which Hichilema attended in September' (the summit, not the visit of a clause told earlier). A date
    in a clause without a trigger that a 'where' clause follows dates the events told there: 'Erdogan hosted Faye
    at the Presidential Complex on Thursday, where the two leaders held a one-on-one meeting'."""
    for k, (clause, triggers, times) in enumerate(parsed):
        points = [t for t in times if t.first and t.role in ("point", "range")]
        if triggers or not points:
            continue
        start = len(clause) - len(clause.lstrip())
        if re.match(r"^\s*,\s+(?:which|who)\b", clause):
            best, best_b = None, -1
            for j, (_, other_triggers, _) in enumerate(parsed):
                for i, (_, b, _) in enumerate(other_triggers):
                    if best_b <= b <= start and not dated[j][i]:
                        best, best_b = (j, i), b
            if best:
                dated[best[0]][best[1]].append(points[0])
            continue
        end = len(clause.rstrip())
        for j, (other, other_triggers, _) in enumerate(parsed):
            if j == k or not _WHERE_NEXT.match(other, end):
                continue
            for i in range(len(other_triggers)):
                if not dated[j][i]:
                    dated[j][i].append(points[-1])
    _after_arrival(parsed, dated)


# A relative clause that tells what took place at the time and place the clause before it gives.
_WHERE_NEXT = re.compile(r"\s*,\s+where\b")
# The subject's arrival told in a relative clause: "Macron, who arrived in Rabat on Monday, was welcomed ...".
_ARRIVAL = re.compile(r"^\s*,\s+who\s+(?:had\s+)?(?:arrived|landed|flew\s+in(?:to)?)\b")


# A signing told again by the definite name of what was signed, whose day is that of the signing told before.
_SIGNED_THE = re.compile(
    r"[\s,]*+signed\s+the\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|memorandum|MOU|documents)\b", re.I
)


def _after_arrival(parsed: list, dated: list[dict[int, list]]) -> None:
    """What the sentence tells its subject did, after a relative clause giving the day the subject arrived and
    no day of its own, was of that day: 'Macron, who arrived in Rabat on Monday, was welcomed at the airport by
    King Mohammed VI, and the two heads of state held talks', 'Macron, who landed in Hanoi late on Sunday, is on a
    three-day state visit'. Not what is still to come ('Modi, who arrived on Thursday, will travel to Namibia'), nor
    what the subject says."""
    for clause, _, times in parsed:
        if not _ARRIVAL.match(clause):
            continue
        points = [t for t in times if t.first and t.first.day and t.role == "point"]
        end = len(clause.rstrip())
        if not points:
            continue
        for j, (other, other_triggers, other_times) in enumerate(parsed):
            if other is clause or not other[:end].strip() or not other.startswith(",", end):
                continue
            if any(t.first and t.start >= end and t.role in ("point", "range") for t in other_times):
                continue  # "..., also attended the opening of the FOCAC summit on Wednesday": a day of its own
            if _SIGNED_THE.match(other, end):
                continue  # "Greer, who arrived on Monday, signed the deal ... after talks": the signing told before
            for i, (a, _, _) in enumerate(other_triggers):
                if a < end or dated[j][i] or FUTURE.search(other, end, a) or _SAID.search(other, end, a):
                    continue  # "Han, who arrived on Wednesday, said China will implement the summit's outcomes"
                dated[j][i].append(points[0])


# Words that tie two events of one sentence to one time; "agreements reached during" ties only the agreements;
# "signed eight agreements on Tuesday, as Ramaphosa held talks with Ruto": what happened as the other did.
# (the comma may follow a clause's padding, so no word boundary before it)
_LINK = re.compile(
    r"\b(?:during|following|on the sidelines of|amid)\b|,\s+(?:when|where)\b"
    r"|,\s+(?:just\s+)?as\s+(?!(?:well|part|a\s+result|such|of|for|to|in)\b)"
)
# A past trip and what it was for: "visited Astana in June 2023 to take part in the Astana International Forum" is
# of the forum's month too. A trip told by its day tells only of its first day ("arrived in Astana on July 2 to
# attend the SCO summit": the summit need not open that day).
_TRIP_FOR = re.compile(r"\bto\s+(?:attend|take\s+part\s+in|participate\s+in)\b")
_NOT_LINKED = re.compile(r"\breached\b|\bin pursuance\b")


def coordinated(sentence: str, parsed: list, dated: list[dict[int, list]]) -> None:
    """A clause joined by 'and' to the one before shares its subject and its day: 'Erdogan and Aliyev met in
    Ankara on Thursday and signed eight agreements'."""
    for j in range(1, len(parsed)):
        clause, triggers, _ = parsed[j]
        start = len(clause) - len(clause.lstrip())
        if not triggers or not re.search(r"\band\s+(?:also\s+)?$", sentence[:start]):
            continue
        # the clause before with an event, past an apposition without one: "arrived on Tuesday ..., his second
        # to the Gulf state this year, and was received at the airport by ..."
        k = next((k for k in range(j - 1, -1, -1) if parsed[k][1]), j - 1)
        points = [t for ts in dated[k].values() for t in ts if t.first and t.first.month and t.role != "through"]
        if points:
            for i in range(len(triggers)):
                if not dated[j][i]:
                    dated[j][i].append(points[0])
    for (clause, triggers, _), when in zip(parsed, dated, strict=True):
        # within one clause: "Erdogan arrived in Doha on Tuesday ..., and was received at the airport by ..."
        for i in range(1, len(triggers)):
            if when[i] or not _AND_END.search(clause, 0, triggers[i][0]):
                continue
            points = [t for j in range(i) for t in when[j] if t.first and t.first.day and t.role == "point"]
            if points:
                when[i].append(points[-1])


# A verb joined by "and" to the one before, with the same subject: "..., and was received".
_AND_END = re.compile(r"\band\s+(?:also\s+|then\s+)?$")


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
            if not linked and b2 <= a and parsed[j2][1][i2][2] == EventType.VISIT and _TRIP_FOR.search(between):
                linked = points[0].first.day is None
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
