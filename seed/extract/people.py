"""People: full names with their role and country, read from titles, appositions and later short mentions."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from entente.text import fold
from seed.extract.gazetteer import Mention, tables
from seed.extract.places import INSTITUTIONS
from seed.extract.rules import (
    APPOSITIVE,
    CONNECTORS,
    LOWER_ROLES,
    NAME_PARTICLES,
    ORG_WORDS,
    PRONOUN,
    ROLE_WORDS,
)
from seed.extract.sentences import Sentence

_TOK = re.compile(r"\([^()]{1,30}\)|(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\s\w]")
_CAP = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]")
# A lowercase particle joined to a name: "al-Sisi", "el-Sisi", "ibn-Saud".
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|at|ibn|abu|bin)[-'’][A-Z]")
# Someone on whose behalf another speaks: "conveyed greetings from Prime Minister Narendra Modi".
_SENDER = re.compile(
    r"\b(?:greetings|invitation|message|letter|regards|wishes|congratulations)\s+from\s+(?:the\s+)?$", re.I
)
# A visitor named as the subject of a visit: "the state visit of President Yoon Suk Yeol to Astana".
_VISITOR_BEFORE = re.compile(r"\bvisit\s+of\s+(?:the\s+)?$", re.I)


@dataclass
class Person:
    name: str
    country: str | None
    role: str | None
    quotes: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # absolute offsets of every mention
    sent_by: tuple[int, int] | None = None  # "greetings from NAME": the sentence start and the name's offset

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def key(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", fold(self.name)).strip("-") or "person"


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    kind: str  # R role, O organisation, C country, N name word, c connector, p parenthesis, x other


def _base(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _classify(sentence: str, countries: list[Mention]) -> list[_Tok]:
    toks = []
    for m in _TOK.finditer(sentence):
        word = m.group()
        base = _base(word)
        if any(c.start <= m.start() < c.end for c in countries):
            kind = "C"
        elif word.startswith("("):
            kind = "p"
        elif base in ROLE_WORDS or base in LOWER_ROLES:
            kind = "R"
        elif base in ORG_WORDS or base.isupper() and len(base) > 1:
            kind = "O"
        elif _CAP.match(base) or _PARTICLE_NAME.match(base):
            kind = "N"
        elif word in CONNECTORS or word == ",":
            kind = "c"
        elif word in NAME_PARTICLES:
            kind = "l"
        else:
            kind = "x"
        toks.append(_Tok(m.start(), m.end(), word, kind))
    return toks


def _name_runs(toks: list[_Tok], sentence: str) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of two or more name words joined by single spaces."""
    runs = []
    i = 0
    while i < len(toks):
        if toks[i].kind != "N":
            i += 1
            continue
        j = i + 1
        while j < len(toks) and sentence[toks[j - 1].end : toks[j].start] == " " and not _possessive(toks[j - 1]):
            if toks[j].kind == "N" or (toks[j].kind == "l" and j + 1 < len(toks) and toks[j + 1].kind == "N"):
                j += 1
            else:
                break
        if j - i >= 2 and j - i <= 5:
            runs.append((i, j))
        i = j
    return runs


def _possessive(tok: _Tok) -> bool:
    return tok.text.endswith(("'s", "’s"))


def _role_chain(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The title before a name starting at token ``i``: indices [a, i) holding a role word, or None."""
    k = i - 1
    if k < 0 or toks[k].kind not in ("R", "O", "C", "p") and not _possessive(toks[k]):
        return None
    a = i
    while k >= 0:
        tok = toks[k]
        if tok.kind in ("R", "O", "C", "p", "c") or (tok.kind == "N" and (k == 0 or toks[k - 1].kind != "N")):
            if tok.kind == "N" and k + 1 < i and toks[k + 1].kind == "N":
                break
            a = k
            k -= 1
            continue
        break
    first_role = next((x for x in range(a, i) if toks[x].kind == "R"), None)
    if first_role is None:
        return None
    a = first_role
    while a > 0 and toks[a - 1].kind in ("C", "O", "R") and toks[a - 1].text[0].isupper():
        a -= 1
    return a, i


def _country_in(span: str, offset: int, countries: list[Mention], *, to_ok: bool = False) -> str | None:
    for c in countries:
        if offset <= c.start < offset + len(span):
            if not to_ok and re.search(r"\bto\s+(?:the\s+)?$", span[: c.start - offset]):
                continue
            return c.code
    return None


def find_people(
    sentences: list[Sentence], mentions: list[Mention], main: str | None, partner: str | None = None
) -> list[Person]:
    """Every person named with a title or apposition, merged across the article."""
    known = _Known()
    starts = [m.start for m in mentions]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    for s in sentences:
        # mentions come sorted by offset: a sentence's are one slice, not a scan of all
        here = mentions[bisect_left(starts, s.start) : bisect_left(starts, s.end)] if ordered else mentions
        local = [
            Mention(m.start - s.start, m.end - s.start, m.code, m.kind, m.text)
            for m in here
            if s.start <= m.start < s.end
        ]
        toks = _classify(s.text, local)
        for i, j in _name_runs(toks, s.text):
            name = " ".join(t.text for t in toks[i:j])
            name = _base(name) if not name.endswith("s'") else name
            after = s.text[toks[j - 1].end :]
            chain = _role_chain(toks, i)
            role = country = None
            quote_start = toks[i].start
            quote_end = toks[j - 1].end
            if chain:
                a, b = chain
                role = s.text[toks[a].start : toks[b - 1].end]
                country = _country_in(role, toks[a].start, local)
                quote_start = toks[a].start
                if after.startswith(" MP"):
                    quote_end += 3
            elif after.startswith(" MP") and re.match(r" MP\b", after):
                role, country, quote_end = "MP", None, quote_end + 3
            else:
                m = APPOSITIVE.match(after)
                if not m:
                    continue
                role = m.group().lstrip(", ").strip()
                role = re.sub(r"^(?:a|an|the)\s+", "", role, flags=re.I)
                country = _country_in(m.group(), toks[j - 1].end, local)
                quote_end = toks[j - 1].end + m.end()
                if re.search(r"\bsaid\s+$", s.text[: toks[i].start]):
                    quote_start = s.text[: toks[i].start].rstrip().rfind("said")
            sent_by = None
            if country is None and (of := re.match(r"\s+of\s+(?:the\s+)?", after)):
                country = _country_in(after[: of.end() + 40], toks[j - 1].end, local, to_ok=True)  # "X of Egypt"
                country = country if _starts_at(local, toks[j - 1].end + of.end()) else None
            if country is None:
                country = _context_country(s.text[:quote_start], local) or _mp(role) or _institution(role)
                if country is None and _SENDER.search(s.text[:quote_start]):
                    sent_by = (s.start, s.start + quote_start)
                if country is None and _VISITOR_BEFORE.search(s.text[:quote_start]) and partner:
                    country = partner if _host(after, toks[j - 1].end, local) == main else None
            role = _clean_role(role)
            if not role and not country:
                continue
            quote = s.text[quote_start:quote_end]
            span = (s.start + toks[i].start, s.start + toks[j - 1].end)
            known.add(Person(name, country, role, [quote], [], [span], sent_by))
    return known.people


def _starts_at(countries: list[Mention], offset: int) -> bool:
    return any(c.start == offset for c in countries)


def _host(after: str, offset: int, countries: list[Mention]) -> str | None:
    """The country a visit goes to, named (or by its capital) right after the visitor: '... to Astana'."""
    m = re.match(r"\s+to\s+(?:the\s+)?([A-Z][\w-]+)", after)
    if not m:
        return None
    at = offset + m.start(1)
    named = next((c.code for c in countries if c.start == at), None)
    return named or tables()[1].get(m.group(1))


def _institution(role: str | None) -> str | None:
    """The state a seat of power in a title stands for: 'Kremlin spokesman' -> RUS."""
    if role:
        for name, code in INSTITUTIONS.items():
            if name in role:
                return code
    return None


def _mp(role: str | None) -> str | None:
    return "GBR" if role and re.search(r"\bMP\b|\bUK\b", role) else None


def _context_country(before: str, countries: list[Mention]) -> str | None:
    """A country named just before a title, as in 'a delegation from Burkina Faso led by Minister ...'."""
    best = None
    for c in countries:
        if c.end <= len(before) and re.search(r"\b(?:from|of)\s+(?:the\s+)?$", before[: c.start]):
            # only right before the title: "The President of the UAE ... received President X" names X's host
            if re.fullmatch(r"\s*,?\s*(?:(?:led|headed)\s+by\s+(?:the\s+)?)?", before[c.end :]):
                best = c.code
    return best


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = re.sub(r"['’]s$", "", role.strip(" ,"))
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    return role or None


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name; cached, because merging compares a new name with the known ones it may match."""
    return tuple(fold(name).split())


def _same(known: tuple[str, ...], folded: tuple[str, ...]) -> bool:
    """Two names of one person: equal, the same first and last word, or one the start of the other (2+ words)."""
    short = min(len(known), len(folded))
    same = known == folded or (known[-1] == folded[-1] and known[0] == folded[0])
    return same or (short >= 2 and known[:short] == folded[:short] and max(len(known), len(folded)) > 3)


class _Known:
    """The people found so far, with the names each goes by indexed by the keys a match needs: its first and
    last word, its full words, and its starts of two words or more. A new name is compared with the people
    under its own keys only, not with everyone, and merged into the first of them (in order found) it matches."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._ends: dict[tuple[str, str], list[int]] = {}
        self._full: dict[tuple[str, ...], list[int]] = {}
        self._starts: dict[tuple[str, ...], list[int]] = {}
        self._unindexed = False  # a name without words: every comparison must run, as before the index

    def _index(self, i: int, words: tuple[str, ...]) -> None:
        if not words:
            self._unindexed = True
            return
        self._ends.setdefault((words[0], words[-1]), []).append(i)
        self._full.setdefault(words, []).append(i)
        for k in range(2, len(words) + 1):
            self._starts.setdefault(words[:k], []).append(i)

    def _candidates(self, folded: tuple[str, ...]) -> list[int] | range:
        if self._unindexed or not folded:
            return range(len(self.people))
        found = set(self._ends.get((folded[0], folded[-1]), ()))  # equal names, same first and last word
        found.update(self._starts.get(folded, ()))  # known names that start with the new one
        for k in range(2, len(folded) + 1):
            found.update(self._full.get(folded[:k], ()))  # known names the new one starts with
        return sorted(found)

    def add(self, new: Person) -> None:
        folded = _words(new.name)
        for i in self._candidates(folded):
            p = self.people[i]
            known = _words(p.name)
            if not _same(known, folded):
                continue  # an entry under a name the person no longer goes by, or no match
            if len(folded) > len(known):
                p.aliases.append(p.name)
                p.name = new.name
                self._index(i, folded)
            elif folded != known and new.name not in p.aliases:
                p.aliases.append(new.name)
            p.country = p.country or new.country
            p.role = p.role or new.role
            p.quotes.extend(q for q in new.quotes if q not in p.quotes)
            p.mentions.extend(new.mentions)
            return
        self._index(len(self.people), folded)
        self.people.append(new)


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


def short_mentions(text: str, people: list[Person]) -> None:
    """Record later mentions by one name word ('Tokayev', 'Iwaya') as aliases and mentions."""
    counts: dict[str, int] = {}
    for p in people:
        for tok in {fold(t) for t in p.tokens}:
            counts[tok] = counts.get(tok, 0) + 1
    runs: dict[str, list[int]] | None = None
    for p in people:
        for tok in p.tokens:
            if len(tok) < 3 or counts[fold(tok)] > 1 or tok in ROLE_WORDS or tok in ORG_WORDS:
                continue
            if runs is None:  # one pass over the text, instead of one search of it per name word
                runs = {}
                for m in _RUN.finditer(text):
                    runs.setdefault(m.group(), []).append(m.start())
            for start, end in _occurrences(text, tok, runs):
                if any(a <= start < b for a, b in p.mentions):
                    continue
                if text[end : end + 1] == " " and _CAP.match(text[end + 1 : end + 3] or "x"):
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


def senders(text: str, people: list[Person]) -> None:
    """Someone another person speaks for ('conveyed greetings from President X') is of that person's country."""
    index: Mentions | None = None
    for p in people:
        if p.sent_by is None:
            continue
        start, at = p.sent_by
        index = index or Mentions(people)
        best, best_at = index.last_before(at, lambda q, p=p: q is not p and bool(q.country))
        if best_at < start and not PRONOUN.search(text[start:at]):
            continue
        if best is not None:
            p.country = best.country
