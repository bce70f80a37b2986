"""Nationality of people whose title names no country: a gazetteer of office holders, then the counterparts
they are named with, then the article's own country; never the partner by default."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from seed.extract.gazetteer import Mention
from seed.extract.officials import official_country
from seed.extract.people import Mentions, Person
from seed.extract.sentences import Sentence


def known_nationality(people: list[Person]) -> None:
    """Office holders the gazetteer knows, for those whose title names no country: 'President Tokayev'."""
    for p in people:
        if p.country is None:
            p.country = next((c for c in map(official_country, [p.name, *p.aliases]) if c), None)


def _pair(mentions: list[Mention], main: str | None, partner: str | None) -> tuple[str, ...]:
    """The article's two countries: main and partner, or else the two it names most."""
    if main and partner:
        return main, partner
    ranked = [code for code, _ in Counter(m.code for m in mentions).most_common(3)]
    if main:
        ranked = [main, *[c for c in ranked if c != main]]
    return tuple(ranked[:2])


def _named_with(people: list[Person], sentences: list[Sentence]) -> dict[int, set[str]]:
    """For each person of no known country, the countries of the people named in the same sentences."""
    index = Mentions(people)
    starts = [s.start for s in sentences]
    found: dict[int, set[str]] = {}
    for i, p in enumerate(people):
        if p.country is not None or not sentences:
            continue
        seen: set[str] = set()
        for at, _ in p.mentions:
            s = sentences[max(0, bisect_right(starts, at) - 1)]
            seen.update(q.country for q in index.people_in(s.start, s.end) if q is not p and q.country)
        found[i] = seen
    return found


def counterpart_nationality(
    people: list[Person], sentences: list[Sentence], mentions: list[Mention], main: str | None, partner: str | None
) -> None:
    """Someone named only beside people of one country of the article's pair is of the other: 'Prime Minister
    Anthony Albanese and Indonesian President Prabowo Subianto signed', 'Mudavadi held talks with UK Foreign
    Secretary David Lammy'. People of both countries in one sentence settle nothing."""
    pair = _pair(mentions, main, partner)
    if len(pair) < 2:
        return
    for _ in range(2):  # a name settled here can settle another named with it elsewhere
        changed = False
        for i, seen in _named_with(people, sentences).items():
            if len(seen) == 1 and (other := next(iter(seen))) in pair:
                people[i].country = pair[1] if other == pair[0] else pair[0]
                changed = True
        if not changed:
            return


def default_nationality(people: list[Person], main: str | None) -> None:
    """What no rule settled: the article's own country, the one it names most."""
    for p in people:
        p.country = p.country or main
