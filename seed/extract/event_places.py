"""Where an event takes place: the country whose capital or city a visit goes to, and the city nearest its
trigger."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from entente.documents import EventType
from seed.extract.context import Context
from seed.extract.gazetteer import CITY_COUNTRY, find_cities, tables
from seed.extract.sentences import Sentence


def host_capitals(ctx: Context, s: Sentence) -> list[str]:
    """Countries whose capital or city a visit or meeting goes to: 'an official visit to Berlin', 'in Dubai'."""
    _, capitals, _ = tables()
    found = []
    paired = len(ctx.countries_for(s)) >= 2
    for m in _PLACE.finditer(s.text):
        if paired and m.group(1) == "in":
            continue  # "Rubio met Lazaro ... in Kuala Lumpur": where two others met, not a third party
        first = m.group(2).split()[0]
        code = _capital(m.group(2))
        if code is None and not paired:  # a city names the host only when no pair is named
            code = CITY_COUNTRY.get(m.group(2)) or CITY_COUNTRY.get(first)
        if code and code != ctx.main:
            found.append(code)
    return found


_PLACE = re.compile(r"\b(to|in)\s+([A-Z][\w-]+(?:\s[A-Z][\w.]+)?)")


def _capital(name: str) -> str | None:
    _, capitals, _ = tables()
    first = name.split()[0]
    return capitals.get(name) or capitals.get(first) or _plain_capitals().get(_plain(first))


def capitals_named(text: str) -> list[tuple[int, str]]:
    """The countries whose capitals a text names after 'to' or 'in', by offset: 'after a stop in Moscow'."""
    return [(m.start(2), code) for m in _PLACE.finditer(text) if (code := _capital(m.group(2)))]


def location_of(clause: str, triggers: list[tuple[int, int, EventType]], i: int) -> str | None:
    """The city nearest the trigger with no other trigger between them: '... was held in Astana'."""
    a, b, _ = triggers[i]
    best, best_d = None, 10**9
    for at, city in find_cities(clause):
        lo, hi = (b, at) if at >= b else (at, a)
        if any(lo <= x < hi for j, (x, _, _) in enumerate(triggers) if j != i):
            continue
        if hi - lo < best_d:
            best, best_d = city, hi - lo
    return best


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@cache
def _plain_capitals() -> dict[str, str]:
    """Capitals as wire copy writes them without accents: 'in Asuncion', 'to Bogota', 'in Brasilia'."""
    _, capitals, _ = tables()
    return {_plain(name): code for name, code in capitals.items()}
