"""Event triggers in a clause: the words that tell of an event, less those that only set another event or name
a session of a forum, and whether the event happened or is planned."""

from __future__ import annotations

import re

from entente.documents import EventStatus, EventType
from seed.extract.rules import HAPPENED, NON_EVENT, PLANNED, TRIGGERS


def find_triggers(clause: str) -> list[tuple[int, int, EventType]]:
    """The triggers of a clause, in order: (start, end, type), none overlapping another."""
    found: list[tuple[int, int, EventType]] = []
    for etype, pattern in TRIGGERS:
        for m in pattern.finditer(clause):
            if any(m.start() < b and a < m.end() for a, b, _ in found):
                continue
            if m.group().lower() == "visiting" and clause[m.end() + 1 : m.end() + 2].isupper():
                continue  # "visiting Kazakh President ...": an attribute of a person
            window = clause[max(0, m.start() - 40) : m.end() + 40]
            if NON_EVENT.search(window) and NON_EVENT.search(window).start() <= m.start() - max(0, m.start() - 40) + 5:
                continue
            found.append((m.start(), m.end(), etype))
    forums = [(a, b) for a, b, t in found if t == EventType.FORUM]
    found = [t for t in found if not (t[2] == EventType.MEETING and _session_of(clause, forums, t))]
    found = [(a, b, EventType.MEETING if _JOINT_BODY.fullmatch(clause, a, b) else t) for a, b, t in found]
    return sorted(t for t in found if not (_SIDELINES.fullmatch(clause, t[0], t[1]) and _setting(found, t)))


def _setting(found: list[tuple[int, int, EventType]], sidelines: tuple[int, int, EventType]) -> bool:
    """'On the sidelines of the forum, companies signed ...': the setting of another event told in the clause,
    not a meeting ('discussed trade on the sidelines of the SCO summit' has none but the summit it names)."""
    _, end, _ = sidelines
    return any(
        t != sidelines and not (t[2] in (EventType.FORUM, EventType.MEETING) and 0 <= t[0] - end <= 60) for t in found
    )


_SIDELINES = re.compile(r"on the sidelines of", re.I)
# A business council of two countries meets as their joint commission does: "the 11th meeting of the UK-Ghana
# Business Council" is a meeting, though a forum's session is told as the forum is.
_JOINT_BODY = re.compile(r"business council", re.I)


# "the China-CELAC Forum ministerial meeting", "the fourth ministerial meeting of the China-CELAC Forum": a
# session of the forum named just before or after, not a meeting of its own.
_SESSION = re.compile(r"(?<!\s)\s+(?:[\w-]+\s+){0,2}$")
_SESSION_OF = re.compile(r"(?<!\s)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}")


def _session_of(clause: str, forums: list[tuple[int, int]], meeting: tuple[int, int, EventType]) -> bool:
    start, end, _ = meeting
    return any(
        (0 <= start - b <= 30 and _SESSION.fullmatch(clause, b, start))
        or (0 <= a - end <= 40 and _SESSION_OF.fullmatch(clause, end, a))
        for a, b in forums
    )


def status_of(clause: str, start: int, end: int) -> EventStatus:
    """PLANNED when a marker of what is to come stands before the trigger and no past verb overrides it."""
    before = clause[:start]
    planned = list(PLANNED.finditer(before))
    if not planned:
        # "The 12th UK-Ghana Business Council will take place in London in 2027": the future told after it
        return EventStatus.PLANNED if _PLANNED_AFTER.match(clause, end) else EventStatus.HAPPENED
    between = clause[planned[-1].end() : end + 30]
    if stop := _FULL_STOP.search(between, end - planned[-1].end()):
        between = between[: stop.start()]  # "... Sustainability Week. Prabowo last visited": another sentence's verb
    if HAPPENED.search(between) and not re.search(r"\b(?:will|to)\s+(?:be\s+)?(?:held|signed)\b", between):
        return EventStatus.HAPPENED
    return EventStatus.PLANNED


_FULL_STOP = re.compile(r"\.\s+(?=[A-Z])")
# A gathering whose own verb is in the future: "... will be held in Moscow in 2027", "... is due to take place".
_PLANNED_AFTER = re.compile(
    r"[^.;,]{0,60}?\b(?:will|shall|(?:is|are)\s+(?:scheduled|expected|set|due)\s+to)\s+(?:be\s+held|take\s+place)\b",
    re.I,
)


# "visited Astana in June 2023 to take part in the Astana International Forum": a trip made for a gathering.
_FOR_GATHERING = re.compile(
    r"[^.;]{0,80}?\b(?:to\s+(?:attend|take\s+part\s+in|participate\s+in|join|address)|for)\s+(?:the|an?)\s+"
    r"(?:[\w'’()-]+\s+){0,8}?$",
    re.I,
)
# A journey that is no visit of its own when made for a gathering: "travelled to Egypt to attend COP27".
_JOURNEY = re.compile(r"travel|went\b|flew\b", re.I)


def attended(clause: str, triggers: list[tuple[int, int, EventType]], i: int) -> int:
    """The trigger whose time a gathering takes: the trip made to attend it, told just before, or its own."""
    a, _, etype = triggers[i]
    # "visited Jakarta in June 2025 for the 13th Annual Consultation": a numbered meeting is attended as a forum is
    if etype in (EventType.FORUM, EventType.MEETING) and i and triggers[i - 1][2] == EventType.VISIT:
        if _FOR_GATHERING.fullmatch(clause, triggers[i - 1][1], a):
            return i - 1
    return i


def journey_only(clause: str, triggers: list[tuple[int, int, EventType]], i: int) -> bool:
    """A trip told as a journey ('travelled', 'flew') whose gathering follows: the gathering is the event."""
    return bool(_JOURNEY.match(clause, triggers[i][0])) and any(
        attended(clause, triggers, j) == i for j in range(i + 1, len(triggers))
    )
