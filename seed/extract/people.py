"""People: full names with their role and country, read from titles, appositions and later short mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from entente.text import fold
from seed.extract.gazetteer import Mention, tables
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
    people: list[Person] = []
    for s in sentences:
        local = [
            Mention(m.start - s.start, m.end - s.start, m.code, m.kind, m.text)
            for m in mentions
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
            if country is None:
                country = _context_country(s.text[:quote_start], local) or _mp(role)
                if country is None and _SENDER.search(s.text[:quote_start]):
                    sent_by = (s.start, s.start + quote_start)
                if country is None and _VISITOR_BEFORE.search(s.text[:quote_start]) and partner:
                    country = partner if _host(after, toks[j - 1].end, local) == main else None
                country = country or main
            role = _clean_role(role)
            if not role and not country:
                continue
            quote = s.text[quote_start:quote_end]
            span = (s.start + toks[i].start, s.start + toks[j - 1].end)
            _add(people, Person(name, country, role, [quote], [], [span], sent_by))
    return people


def _host(after: str, offset: int, countries: list[Mention]) -> str | None:
    """The country a visit goes to, named (or by its capital) right after the visitor: '... to Astana'."""
    m = re.match(r"\s+to\s+(?:the\s+)?([A-Z][\w-]+)", after)
    if not m:
        return None
    at = offset + m.start(1)
    named = next((c.code for c in countries if c.start == at), None)
    return named or tables()[1].get(m.group(1))


def _mp(role: str | None) -> str | None:
    return "GBR" if role and re.search(r"\bMP\b|\bUK\b", role) else None


def _context_country(before: str, countries: list[Mention]) -> str | None:
    """A country named just before a title, as in 'a delegation from Burkina Faso led by Minister ...'."""
    best = None
    for c in countries:
        if c.end <= len(before) and re.search(r"\b(?:from|of)\s+(?:the\s+)?$", before[: c.start]):
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
    """The folded words of a name; cached, because merging compares each new name with every known one."""
    return tuple(fold(name).split())


def _add(people: list[Person], new: Person) -> None:
    folded = _words(new.name)
    for p in people:
        known = _words(p.name)
        short = min(len(known), len(folded))
        same = known == folded or (known[-1] == folded[-1] and known[0] == folded[0])
        same = same or (short >= 2 and known[:short] == folded[:short] and max(len(known), len(folded)) > 3)
        if same:
            if len(folded) > len(known):
                p.aliases.append(p.name)
                p.name = new.name
            elif folded != known and new.name not in p.aliases:
                p.aliases.append(new.name)
            p.country = p.country or new.country
            p.role = p.role or new.role
            p.quotes.extend(q for q in new.quotes if q not in p.quotes)
            p.mentions.extend(new.mentions)
            return
    people.append(new)


def short_mentions(text: str, people: list[Person]) -> None:
    """Record later mentions by one name word ('Tokayev', 'Iwaya') as aliases and mentions."""
    counts: dict[str, int] = {}
    for p in people:
        for tok in {fold(t) for t in p.tokens}:
            counts[tok] = counts.get(tok, 0) + 1
    for p in people:
        for tok in p.tokens:
            if len(tok) < 3 or counts[fold(tok)] > 1 or tok in ROLE_WORDS or tok in ORG_WORDS:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(tok) + r"(?![\w-])", text):
                if any(a <= m.start() < b for a, b in p.mentions):
                    continue
                if text[m.end() : m.end() + 1] == " " and _CAP.match(text[m.end() + 1 : m.end() + 3] or "x"):
                    continue
                p.mentions.append((m.start(), m.end()))
                if tok not in p.aliases:
                    p.aliases.append(tok)
        p.mentions.sort()


def senders(text: str, people: list[Person]) -> None:
    """Someone another person speaks for ('conveyed greetings from President X') is of that person's country."""
    for p in people:
        if p.sent_by is None:
            continue
        start, at = p.sent_by
        best, best_at = None, -1
        for q in people:
            for a, _ in q.mentions:
                if q is not p and q.country and a < at and a > best_at:
                    best, best_at = q, a
        if best_at < start and not PRONOUN.search(text[start:at]):
            continue
        if best is not None:
            p.country = best.country


def people_in(people: list[Person], start: int, end: int) -> list[Person]:
    """The people mentioned between two offsets, in order of first mention."""
    found = []
    for p in people:
        first = next((a for a, _ in p.mentions if start <= a < end), None)
        if first is not None:
            found.append((first, p))
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def last_person_before(people: list[Person], offset: int) -> Person | None:
    best = None
    best_at = -1
    for p in people:
        for a, _ in p.mentions:
            if best_at < a < offset:
                best, best_at = p, a
    return best
