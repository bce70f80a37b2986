"""People: full names with their role and country, read from the titles and appositions around them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from entente.text import fold
from seed.extract.gazetteer import Mention, tables
from seed.extract.names import (
    PLURAL_ROLES,
    bare,
    classify,
    honorific_only,
    joined,
    name_runs,
    place_country,
    role_chain,
    single_names,
)
from seed.extract.officials import official_country
from seed.extract.places import office_country
from seed.extract.rules import (
    APPOSITIVE,
    ORG_WORDS,
)
from seed.extract.sentences import Sentence

# Someone on whose behalf another speaks: "conveyed greetings from Prime Minister Narendra Modi".
_SENDER = re.compile(
    r"\b(?:greetings|invitation|message|letter|regards|wishes|congratulations)\s+from\s+(?:the\s+)?$", re.I
)
# An apposition whose title a country owns: "Diana Morales, Colombia's Minister of Commerce, Industry and Tourism",
# "Léon Kacou Adom, Côte d'Ivoire's Minister of Foreign Affairs" (an apostrophe inside a name is no possessive).
_OWNED_APPOSITIVE = re.compile(
    r"^,\s+(?:the\s+)?[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*(?:\s+(?:d['’])?[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*){0,2}['’]s\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:Minister|President|Ambassador|Commissioner|Secretary|Spokes\w+|Envoy|Chancellor|Premier|Governor|Deputy|Director)\b[^,.;:()]*"
)
# The rest of a list of portfolios an apposition's comma cut, up to the country that owns the title: ", Trade and
# Industry of Kenya" (then the country must start right after it).
_PORTFOLIO_TAIL = re.compile(r"(?:,\s+[A-Z][\w-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w-]*){0,3}){1,3}\s+of\s+(?:the\s+)?")


def _portfolio_words(text: str) -> bool:
    """Capitalised words all of a portfolio ("Trade and Industry"), none of another's name ("Jane Doe")."""
    return all(w in ORG_WORDS for w in re.findall(r"[A-Z][\w-]*", text))


# A clause after a comma that opens with a preposition or a conjunction is no apposition, whatever title it
# holds: "at the Palacio de Viana, in the first official visit of a Mexican foreign minister".
_NOT_APPOSITION = re.compile(
    r",\s+(?:in|at|on|with|during|for|to|from|after|before|while|and|but|as|where|when|since|under|amid|ahead|"
    r"following|despite|by|into|through|which)\b"
)
# Someone who leads a delegation of a country is of it: "Minister of Investment Khalid Al-Falih led a delegation
# of Saudi businessmen to Lagos", "X, who headed a high-level Kenyan delegation".
_LEADS_DELEGATION = re.compile(
    r"^,?\s+(?:who\s+)?(?:led|leads|leading|headed|heads|heading)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"delegation(?:\s+(?:of|from)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)?)?"
)
# A former holder named as the last to do something: "the first visit by a French president since François
# Hollande", "the first British prime minister since Tony Blair to address".
_SINCE_TITLE = re.compile(
    r"\b(?:a|an|any)\s+((?:[A-Z][\w-]*\s+){0,2}(?i:president|prime\s+minister|premier|chancellor|head\s+of\s+state|"
    r"leader|king|foreign\s+minister))\s+since\s+$"
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
        toks = classify(s.text, local)
        plural = None  # a plural title naming several people of the sentence: "Foreign ministers"
        for i, j in name_runs(toks, s.text) + single_names(toks, s.text):
            name = s.text[toks[i].start : toks[j - 1].end]  # single spaces, or none after an initial: "L.Oyun-Erdene"
            name = bare(name) if not name.endswith("s'") else name
            after = s.text[toks[j - 1].end :]
            chain = role_chain(toks, i) or _comma_title(toks, i, after)
            if j - i == 1 and chain is None:
                continue
            if joined(toks, j, s.text) and toks[j].text in ORG_WORDS:
                continue  # "Chair Supreme Interstate Council": the words open a body's name, not a person's
            role = country = None
            quote_start = toks[i].start
            quote_end = toks[j - 1].end
            if chain and honorific_only(toks, *chain) and (wider := _comma_title(toks, chain[0], after)):
                chain = (wider[0], chain[1])  # "Nigeria's Chief of Defence Staff, Gen. Christopher Musa,"
            if chain and honorific_only(toks, *chain) and (APPOSITIVE.match(after) or _OWNED_APPOSITIVE.match(after)):
                chain = None  # "Dr. Ahmed Ali, a minister of Egypt", "Mr X, Ghana's Minister": more than "Dr."
            if chain:
                a, b = chain
                role = s.text[toks[a].start : toks[b - 1].end]
                country = _country_in(role, toks[a].start, local)
                quote_start = toks[a].start
                if post := _POSTNOMINAL.match(after):
                    quote_end += post.end()
            elif post := _POSTNOMINAL.match(after):
                role, country, quote_end = post.group(1), None, quote_end + post.end()
            elif since := _SINCE_TITLE.search(s.text, 0, toks[i].start):
                role, quote_start = since.group(1), since.start()  # "the first by a French president since X"
                country = _country_in(role, since.start(1), local)
            elif plural and s.text[: toks[i].start].endswith(" and "):
                role, country = plural, None  # "Foreign ministers A of Brazil and B of Paraguay": B's title too
            else:
                m = APPOSITIVE.match(after) or _OWNED_APPOSITIVE.match(after)
                if not m or _NOT_APPOSITION.match(after):
                    if official := official_country(name):  # "his talks with Kassym-Jomart Tokayev": untitled
                        span = (s.start + toks[i].start, s.start + toks[j - 1].end)
                        known.add(Person(name, official, None, [name], [], [span]))
                    continue
                role = m.group().lstrip(", ").strip()
                role = re.sub(r"^(?:a|an|the)\s+", "", role, flags=re.I)
                country = _country_in(m.group(), toks[j - 1].end, local)
                quote_end = toks[j - 1].end + m.end()
                tail = _PORTFOLIO_TAIL.match(after, m.end()) if country is None else None
                owner = next((c for c in local if tail and c.start == toks[j - 1].end + tail.end()), None)
                if owner and tail and _portfolio_words(tail.group()):
                    # "Lee Kinyanjui, Cabinet Secretary for Investments, Trade and Industry of Kenya"
                    country, role = owner.code, role + after[m.end() : tail.end()] + owner.text
                    quote_end = owner.end
                if re.search(r"\bsaid\s+$", s.text[: toks[i].start]):
                    quote_start = s.text[: toks[i].start].rstrip().rfind("said")
            sent_by = None
            if country is None and (of := re.match(r"\s+of\s+(?:the\s+)?", after)):
                country = _country_in(after[: of.end() + 40], toks[j - 1].end, local, to_ok=True)  # "X of Egypt"
                country = country if _starts_at(local, toks[j - 1].end + of.end()) else None
            if country is None:
                country = _context_country(s.text[:quote_start], local) or _mp(role) or _member(after)
                country = country or office_country(role)
                country = country or (place_country(role) if role else None)  # "Riyadh Gov.", "Delhi Chief Minister"
                if country is None and _SENDER.search(s.text[:quote_start]):
                    sent_by = (s.start, s.start + quote_start)
                if country is None and _VISITOR_BEFORE.search(s.text[:quote_start]) and partner:
                    country = partner if _host(after, toks[j - 1].end, local) == main else None
                if country is None and (led := _LEADS_DELEGATION.match(after)):
                    country = _country_in(led.group(), toks[j - 1].end, local)
            role = _clean_role(role)
            if not role and not country:
                continue
            if role and role.split()[-1] in PLURAL_ROLES:
                plural = role
            quote = s.text[quote_start:quote_end]
            span = (s.start + toks[i].start, s.start + toks[j - 1].end)
            known.add(Person(name, country, role, [quote], [], [span], sent_by))
    return _without_short_forms(known.people)


def _comma_title(toks: list, i: int, after: str) -> tuple[int, int] | None:
    """A title set off by a comma before a name that a comma or the sentence's end closes: "the German
    Chancellor, Olaf Scholz, who", "the Ambassador to Ghana, Daniel Krull, said", "Minister of Trade, Ana Paz."."""
    if i < 2 or toks[i - 1].text != "," or not _CLOSED.match(after):
        return None
    chain = role_chain(toks, i - 1) or _title_of_a_body(toks, i - 1) or _posted_title(toks, i - 1)
    return (chain[0], i) if chain else None


def _posted_title(toks: list, end: int) -> tuple[int, int] | None:
    """A title that ends with the city or country of its post, before the comma at ``end``: "the Spanish
    ambassador in Rabat, Enrique Ojeda,", "Kenya's envoy to Addis Ababa, X," (the tables read no capital as a
    country, so the place must open a known one)."""
    k = end - 1
    while k > 0 and toks[k].kind in ("N", "C") and end - k <= 3:
        k -= 1
    if k == end - 1 or toks[k].text not in ("in", "to", "at"):
        return None
    place = " ".join(t.text for t in toks[k + 1 : end])
    if toks[k + 1].kind != "C" and not place_country(place):
        return None
    return role_chain(toks, k)


def _title_of_a_body(toks: list, end: int) -> tuple[int, int] | None:
    """A title naming a body by words the tables lack, ending at token ``end``: "the president of the National
    Assembly of People's Power", "Minister of Fisheries and Oceans". The title word must come before an "of"
    or "for", so a list of names ("President Xi Jinping, Vladimir Putin") is no title."""
    k = end - 1
    while k >= 0 and end - k <= 12 and not _titles_a_body(toks, k, end) and _body_word(toks, k):
        k -= 1
    if k < 0 or toks[k].kind != "R" or k + 1 >= end or toks[k + 1].text not in ("of", "for"):
        return None
    chain = role_chain(toks, k + 1)
    return (chain[0] if chain else k, end)


_BODY_JOINS = frozenset({"of", "for", "and", "the", "on", "&"})


def _titles_a_body(toks: list, k: int, end: int) -> bool:
    """Token ``k`` is a title word before the "of" or "for" that opens the body or portfolio it heads."""
    return toks[k].kind == "R" and k + 1 < end and toks[k + 1].text in ("of", "for")


def _body_word(toks: list, k: int) -> bool:
    """A word of a body's name or a portfolio: a capitalised word, a joining word, a title word after one ("of
    Foreign Affairs"), a lowercase word ("minister for economic cooperation and development"), or a comma between
    two portfolios ("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "secretary for
    investments, trade and industry"; not one before a name: "Assembly, John Smith, Mary Jones")."""
    tok = toks[k]
    if tok.kind in ("N", "O", "C", "l") or tok.text in _BODY_JOINS:
        return True
    if tok.kind == "R" and k > 0 and toks[k - 1].text in _BODY_JOINS:
        return True  # "of Foreign Affairs": a title word inside the body's name
    if tok.text == ",":
        return k + 1 < len(toks) and (toks[k + 1].kind in ("O", "C") or _lowercase(toks[k + 1]))
    return _lowercase(tok)


def _lowercase(tok) -> bool:
    return tok.kind == "x" and tok.text.isalpha() and tok.text.islower()


# What closes a name set off after a title: a comma, the sentence's end, a bracket.
# (?<!\s): linear when searched on runs of spaces; a member's letters may come first: "X TD, and".
_CLOSED = re.compile(r"(?<!\s)(?: (?:MP|TD|MEP|MSP|MLA|MNA)\b)?\s*(?:[,.;)]|$)")


def _without_short_forms(people: list[Person]) -> list[Person]:
    """People found by one name word, less those another person's fuller name holds that word for; one name word
    with a generation suffix ("President Marcos Jr.") is an alias of the fuller name ("Ferdinand R. Marcos Jr.")."""
    # and the parts of a hyphened word: "Sisi" of "Abdel Fattah El-Sisi"
    holders = {w: p for p in people if len(_core(p)) > 1 for word in _words(p.name) for w in (word, *word.split("-"))}
    kept = []
    for p in people:
        core = _core(p)
        if len(p.tokens) == 1 and fold(p.name) in holders:
            continue
        if len(core) == 1 and len(p.tokens) > 1 and (holder := holders.get(core[0])) is not None:
            holder.aliases.append(p.name)
            holder.mentions.extend(p.mentions)
            continue
        kept.append(p)
    return _without_tails(kept)


def _without_tails(people: list[Person]) -> list[Person]:
    """People named by the last two words or more of another's name, merged into that person as an alias:
    "Ishaq Dar" of "Mohammad Ishaq Dar", "Lula da Silva" of "Luiz Inácio Lula da Silva"."""
    by_last: dict[str, list[Person]] = {}
    for p in people:
        if words := _words(p.name):
            by_last.setdefault(words[-1], []).append(p)
    kept = []
    for p in people:
        holder = _tail_holder(p, by_last.get(_words(p.name)[-1], []) if p.tokens else [])
        if holder is None:
            kept.append(p)
            continue
        holder.aliases.append(p.name)
        holder.mentions.extend(p.mentions)
        holder.quotes.extend(q for q in p.quotes if q not in holder.quotes)
        holder.country = holder.country or p.country
    return kept


def _tail_holder(p: Person, candidates: list[Person]) -> Person | None:
    """The first of ``candidates`` whose longer name ends with ``p``'s (two words or more), of no other country."""
    words = _words(p.name)
    if len(words) < 2:
        return None
    for q in candidates:
        longer = _words(q.name)
        same_country = p.country is None or q.country in (None, p.country)
        if len(longer) > len(words) and longer[-len(words) :] == words and same_country:
            return q
    return None


def _core(p: Person) -> tuple[str, ...]:
    """The words of a name less its generation suffix: "Marcos Jr." -> ("marcos",)."""
    return tuple(w for w in _words(p.name) if w not in ("jr.", "sr.", "jr", "sr"))


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


def _mp(role: str | None) -> str | None:
    return "GBR" if role and re.search(r"\bMP\b|\bUK\b", role) else None


# A member's letters after a name: "Jane Doe MP", "Neale Richmond TD" (the Irish Dáil), "X MEP". Letters of one
# country's parliament alone tell it.
_POSTNOMINAL = re.compile(r" (MP|TD|MEP|MSP|MLA|MNA)\b")
_MEMBER_OF = {"TD": "IRL", "MSP": "GBR"}


def _member(after: str) -> str | None:
    post = _POSTNOMINAL.match(after)
    return _MEMBER_OF.get(post.group(1)) if post else None


def _context_country(before: str, countries: list[Mention]) -> str | None:
    """A country named just before a title, as in 'a delegation from Burkina Faso led by Minister ...'."""
    best = None
    for c in countries:
        if c.end <= len(before) and re.search(r"\b(?:from|of)\s+(?:the\s+)?$", before[: c.start]):
            # only right before the title: "The President of the UAE ... received President X" names X's host
            if re.fullmatch(r"\s*,?\s*(?:(?:led|headed)\s+by\s+(?:the\s+)?)?", before[c.end :]):
                best = c.code
    return best


# An honorific or a rank that ends a title, no part of the office: "Minister Dr.", "President Smt.", "Affairs Gen". One
# word at a time, from the end: a single space before it keeps the search linear on long runs of spaces.
_TRAILING_HONORIFIC = re.compile(
    r"\s(?:Dr|Mr|Mrs|Ms|Prof(?:essor)?|Hon|Rt|Shri|Smt|Datuk|Dato['’]?|Tun|(?:Datuk|Dato['’]?|Tan) S(?:e)?ri|H\.? ?[EH]"
    r"|Eng|Engr|Amb|Alhaji|(?:Pol\.? )?(?:(?:Lt|Maj|Brig)[-. ]{0,2})?(?:Gen|Col)|Lt|Maj|Brig|Adm|Capt|Captain|Cdr|Cmdr"
    r"|Sgt|(?:Air Chief|Air|Field) Marshal|Seyy?ed|Sayy?[ie]d)\.?$"
)


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = re.sub(r"['’]s$", "", role.strip(" ,"))
    while m := _TRAILING_HONORIFIC.search(role):  # "Minister Dr.", "Prime Minister Datuk Seri"
        role = role[: m.start()].rstrip(" ,")
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
    same = same or (short == 2 and known[-1] == folded[-1] and _initialled(known, folded))  # "K. Budrys"
    return same or (short >= 2 and known[:short] == folded[:short] and max(len(known), len(folded)) > 3)


def _initialled(one: tuple[str, ...], two: tuple[str, ...]) -> bool:
    """One name opens with the initial of the other's first word: "k. budrys", "kestutis budrys"."""
    a, b = one[0].rstrip("."), two[0].rstrip(".")
    return len(one) == len(two) and len(a) != len(b) and min(a, b, key=len) == max(a, b, key=len)[:1]


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
        self._ends.setdefault((words[0][:1], words[-1]), []).append(i)  # by initial: "K. Budrys"
        self._full.setdefault(words, []).append(i)
        for k in range(2, len(words) + 1):
            self._starts.setdefault(words[:k], []).append(i)

    def _candidates(self, folded: tuple[str, ...]) -> list[int] | range:
        if self._unindexed or not folded:
            return range(len(self.people))
        found = set(self._ends.get((folded[0], folded[-1]), ()))  # equal names, same first and last word
        found.update(self._ends.get((folded[0].rstrip(".")[:1], folded[-1]), ()))  # one by its initial
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
            if len(folded) > len(known) or _initialled(known, folded) and len(known[0].rstrip(".")) == 1:
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
