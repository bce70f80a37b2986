"""Later mentions of people: the short forms a text goes on to name them by, and an index of every mention by
its offset."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from entente.text import fold
from seed.extract.names import CAP
from seed.extract.people import Person
from seed.extract.rules import ORG_WORDS, ROLE_WORDS

_RUN = re.compile(r"[\w-]+")
_RUN_END = re.compile(r"(?![\w-])")


def _occurrences(text: str, tok: str, runs: dict[str, list[int]]) -> list[tuple[int, int]]:
    """The spans ``(?<![\\w-])tok(?![\\w-])`` matches in ``text`` (as re.finditer would), looked up in ``runs``,
    the offsets of every maximal run of word characters and hyphens in the text, instead of searched for."""
    head = _RUN.match(tok)
    if head is None:  # never for a name word; searched the slow way
        return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w-])" + re.escape(tok) + r"(?![\w-])", text)]
    if head.end() == len(tok):  # a match is a whole run
        return [(a, a + len(tok)) for a in runs.get(tok, ())]
    # "Ma'ruf": a match starts with a whole run ("Ma"), and goes on past its end
    found: list[tuple[int, int]] = []
    for a in runs.get(head.group(), ()):
        b = a + len(tok)
        if (not found or a >= found[-1][1]) and text.startswith(tok, a) and _RUN_END.match(text, b):
            found.append((a, b))
    return found


# Two-letter words that are particles or titles, never a person's short name.
_NOT_SHORT = frozenset({"Al", "El", "De", "Da", "Di", "Du", "La", "Le", "Mr", "Ms", "Dr", "St", "Jr", "Sr", "Bin"})


def _short_form(tok: str, tokens: list[str]) -> bool:
    """A name word that may stand for the person alone: three letters or more, or a two-letter family name
    written first ("Li" of "Li Qiang", "Xi" of "Xi Jinping")."""
    if len(tok) >= 3:
        return not tok.endswith(".")
    return len(tok) == 2 and tok == tokens[0] and len(tokens) >= 2 and tok.istitle() and tok not in _NOT_SHORT


def short_mentions(text: str, people: list[Person]) -> None:
    """Record later mentions by one name word ('Tokayev', 'Iwaya') as aliases and mentions."""
    counts: dict[str, int] = {}
    for p in people:
        for tok in {fold(t) for t in p.tokens}:
            counts[tok] = counts.get(tok, 0) + 1
    runs: dict[str, list[int]] | None = None
    for p in people:
        for tok in p.tokens:
            if not _short_form(tok, p.tokens) or counts[fold(tok)] > 1 or tok in ROLE_WORDS or tok in ORG_WORDS:
                continue
            if runs is None:  # one pass over the text, instead of one search of it per name word
                runs = {}
                for m in _RUN.finditer(text):
                    runs.setdefault(m.group(), []).append(m.start())
            for start, end in _occurrences(text, tok, runs):
                if any(a <= start < b for a, b in p.mentions):
                    continue
                if text[end : end + 1] == " " and CAP.match(text[end + 1 : end + 3] or "x"):
                    continue
                p.mentions.append((start, end))
                if tok not in p.aliases:
                    p.aliases.append(tok)
        p.mentions.sort()


class Mentions:
    """Every mention of every person, sorted by offset (then by the person's place in the list), for lookups
    by offset that do not scan all the people."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self._at = sorted((a, i) for i, p in enumerate(people) for a, _ in p.mentions)

    def people_in(self, start: int, end: int) -> list[Person]:
        """The people mentioned between two offsets, in order of first mention."""
        found: list[Person] = []
        seen: set[int] = set()
        k = bisect_left(self._at, (start, -1))
        while k < len(self._at) and self._at[k][0] < end:
            i = self._at[k][1]
            if i not in seen:
                seen.add(i)
                found.append(self.people[i])
            k += 1
        return found

    def last_before(self, offset: int, ok: Callable[[Person], bool] | None = None) -> tuple[Person | None, int]:
        """The person (and offset) of the last mention before ``offset``, the first person in the list among
        those mentioned there, of those ``ok`` accepts; ``(None, -1)`` without one."""
        k = bisect_left(self._at, (offset, -1)) - 1
        while k >= 0:
            at = self._at[k][0]
            first = k
            while first > 0 and self._at[first - 1][0] == at:
                first -= 1
            for _, i in self._at[first : k + 1]:
                if ok is None or ok(self.people[i]):
                    return self.people[i], at
            k = first - 1
        return None, -1
