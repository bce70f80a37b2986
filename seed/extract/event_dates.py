"""Dates of the events in one sentence: each time expression goes to the trigger it belongs to."""

from __future__ import annotations

import re

from entente.documents import EventType
from seed.extract.dates import TimeExpr


def assign_dates(clause: str, triggers: list[tuple[int, int, EventType]], times: list[TimeExpr]) -> dict[int, list]:
    """Each usable time expression goes to the nearest trigger in the clause."""
    out: dict[int, list[TimeExpr]] = {i: [] for i in range(len(triggers))}
    for t in times:
        if not clause[t.start : t.end].strip() or t.role in ("compare", "purpose"):
            continue
        if t.role == "since" or t.cumulative:
            # "The Embassy ... has been operating since 1993": the start of what the trigger names.
            i = next((i for i, (_, b, _) in enumerate(triggers) if 0 <= t.start - b <= 2), None)
            if i is not None and t.first and triggers[i][2] == EventType.EMBASSY_OPENING:
                out[i].append(TimeExpr(t.start, t.end, t.kind, t.first))
            continue
        if t.role == "period":
            continue  # a reporting period ("in January-July 2024") dates figures, not events
        best, best_d = None, 10**9
        for i, (a, b, _) in enumerate(triggers):
            d = (t.start - b) if t.start >= b else int((a - t.end) * 1.5)
            d = max(d, 0)
            if d < best_d:
                best, best_d = i, d
        if best is not None:
            out[best].append(t)
    return out


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
_LINK = re.compile(r"\b(?:during|following|on the sidelines of|amid|,\s+when)\b")
_NOT_LINKED = re.compile(r"\breached\b|\bin pursuance\b")
# A visit under way at the time of the sentence's event: "Vassilenko, who is on a working visit to Warsaw, held ...".
_ONGOING = re.compile(r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?on\s+an?\s+(?:[\w-]+\s+){0,2}$", re.I)


def ongoing(parsed: list, dated: list[dict[int, list]]) -> None:
    """A visit someone 'is on' when another event of the sentence happens shares that event's date."""
    points = [t for d in dated for ts in d.values() for t in ts if t.first and t.first.day]
    if not points:
        return
    for j, (clause, triggers, _) in enumerate(parsed):
        for i, (a, _, etype) in enumerate(triggers):
            if etype == EventType.VISIT and not dated[j][i] and _ONGOING.search(clause[:a]):
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
            if 0 <= hi - lo <= 130 and _LINK.search(between) and not _NOT_LINKED.search(between):
                dated[j][i].append(points[0])
                break
