"""Country gazetteer: finds country names, codes, demonyms and capital metonyms in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from entente.countries import ALIASES, DEMONYMS, all_countries
from entente.text import fold
from seed.extract.places import CITIES, CITY_COUNTRY, EXTRA_CAPITALS, EXTRA_DEMONYMS, STOP_NGRAMS
from seed.extract.rules import ORG_WORDS, ROLE_WORDS

__all__ = [
    "CITY_COUNTRY",
    "Mention",
    "country_named",
    "build",
    "find_capitals",
    "find_cities",
    "find_city",
    "find_countries",
    "find_region",
    "named_countries",
]

# Words, with inner hyphens and apostrophes, and dotted abbreviations such as "U.S.".
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:[-'’][^\W\d_]+)*")

# Verbs (and auxiliaries) after which a capital acts as its state: "Astana seeks ...".
METONYM_VERB = re.compile(
    r"(?:also |now |already |strongly |firmly |has also |will also |is also )?"
    r"(?:is|are|was|has|have|had|will|would|can|could|should|must|may|seeks|sought|wants|pays|paid|welcomes|welcomed|"
    r"supports|supported|hopes|expects|believes|considers|views|calls|called|urges|urged|insists|intends|plans|"
    r"remains|continues|sees|stands|regards|attaches|aims|opposes|rejects|condemns|says|said|announced|signed|"
    r"offered|proposes|proposed|agreed|pioneered|recognized|recognised|opened|sent|invites|invited|hosted|hosts)\b"
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    code: str
    kind: str  # "name", "demonym" or "capital"
    text: str


def _norm(text: str) -> str:
    return fold(text.replace("’", "'"))


@cache
def tables() -> tuple[dict[str, tuple[str, str]], dict[str, str], int]:
    """Folded n-gram -> (code, kind); capital -> code; the longest n-gram in tokens. Built once."""
    names: dict[str, tuple[str, str]] = {}
    countries = all_countries()
    demonym_owners: dict[str, set[str]] = {}
    for ref in countries.values():
        for dem in ref.demonyms:
            demonym_owners.setdefault(_norm(dem), set()).add(ref.code)
    for table in (DEMONYMS, EXTRA_DEMONYMS):
        for code, dems in table.items():
            for dem in dems:
                demonym_owners[_norm(dem)] = {code}
    for key, owners in list(demonym_owners.items()):
        if key.endswith(("an", "i", "o")):  # the people as a noun: "Palestinians", "Iraqis", "Filipinos"
            demonym_owners.setdefault(key + "s", owners)
    for key, owners in demonym_owners.items():
        if len(owners) == 1:
            names[key] = (next(iter(owners)), "demonym")
    for ref in countries.values():
        for text in (*ref.aliases, ref.official_name, ref.name):
            if "," in text or len(text) < 2:
                continue
            names[_norm(text)] = (ref.code, "name")
    for code, aliases in ALIASES.items():
        for alias in aliases:
            names[_norm(alias)] = (code, "name")
    for stop in STOP_NGRAMS:
        names[stop] = ("", "stop")
    capitals = {ref.capital: ref.code for ref in countries.values() if ref.capital}
    capitals.update(EXTRA_CAPITALS)
    longest = max(len(TOKEN.findall(key)) for key in names)
    return names, capitals, longest


def country_named(words: str) -> str | None:
    """The country a name, alias or demonym stands for ('Egyptian' -> EGY), or None."""
    entry = tables()[0].get(_norm(words))
    return entry[0] if entry and entry[1] != "stop" else None


def _tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


def find_countries(text: str) -> list[Mention]:
    """Every country mention (name, alias, demonym, short code), longest match first, in text order."""
    names, _, longest = tables()
    toks = _tokens(text)
    found: list[Mention] = []
    surnames: set[str] = set()  # country names a titled person goes by: "Prime Minister Luís Montenegro"
    i = 0
    while i < len(toks):
        tok = toks[i].group()
        if not tok[0].isupper():
            i += 1
            continue
        hit = None
        for n in range(min(longest, len(toks) - i), 0, -1):
            span = toks[i : i + n]
            if any(text[a.end() : b.start()] != " " for a, b in zip(span, span[1:], strict=False)):
                continue
            words = [t.group() for t in span]
            if any(_inner_possessive(t.group()) for t in span[:-1]) and _norm(" ".join(words)) not in names:
                continue  # "Kenya's Ruto", but "the People's Republic of China" is one name
            last = words[-1]
            end = span[-1].end()
            if last.endswith(("'s", "’s", "'S", "’S")):  # "GERMANY'S minister": a headline's capitals too
                words[-1] = last[:-2]
                end -= 2
            key = _norm(" ".join(words))
            entry = names.get(key)
            if entry is None:
                continue
            surface = text[span[0].start() : end]
            if len(surface) <= 4 and surface.replace(".", "").isalpha() and not surface.replace(".", "").isupper():
                if surface.lower() not in {
                    "peru",
                    "cuba",
                    "iran",
                    "iraq",
                    "laos",
                    "togo",
                    "chad",
                    "mali",
                    "oman",
                    "fiji",
                    "guam",
                    "niue",
                    "thai",
                }:
                    continue
            if n == 1 and _inside_name(toks, i):
                continue
            if n == 1 and entry[1] == "name" and _titled_surname(toks, i):
                surnames.add(surface)
                continue
            if n == 1 and entry[1] == "name" and _titled_given_name(toks, i):
                continue  # "Defence Minister Israel Katz": the country stays named wherever else it is
            hit = (n, entry, span[0].start(), end, surface)
            break
        if hit is None:
            if "-" in tok:
                offset = toks[i].start()
                for part in re.finditer(r"[^-]+", tok):
                    entry = names.get(_norm(part.group()))
                    if entry and entry[1] != "stop" and part.group()[0].isupper():
                        found.append(
                            Mention(offset + part.start(), offset + part.end(), entry[0], entry[1], part.group())
                        )
            i += 1
            continue
        n, (code, kind), start, end, surface = hit
        if kind != "stop" and text[end : end + 1] != "$":  # "US$ 83.7 billion", "A$": a currency, not a country
            found.append(Mention(start, end, code, kind, surface))
        i += n
    if surnames:  # "Montenegro, who began an official visit": the person again, by the surname alone
        found = [m for m in found if not (m.kind == "name" and m.text in surnames)]
    return found


def named_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that name a country of the story: less the country words of a route's, a link's or an area's
    name ("the Uzbekistan – Turkmenistan – Iran – Oman transport corridor", "the Tanzania-Zambia Railway", "the
    Lamu Port-South Sudan-Ethiopia Transport corridor", "the Cambodia-Laos-Vietnam Development Triangle Area") and
    the languages ("translated from the Spanish")."""
    dropped: set[int] = set()
    chain: list[int] = []
    for k, m in enumerate(mentions):
        if chain and _CHAIN_LINK.fullmatch(text, mentions[chain[-1]].end, m.start):
            chain.append(k)
            continue
        dropped.update(_route_words(text, mentions, chain))
        chain = [k]
    dropped.update(_route_words(text, mentions, chain))
    return [m for k, m in enumerate(mentions) if k not in dropped and not _language(text, m)]


def _route_words(text: str, mentions: list[Mention], chain: list[int]) -> list[int]:
    """The chain of country words joined by dashes, when it opens the name of a route or link (one word joined to
    another by a dash is a chain too: "Port-South Sudan")."""
    if not chain:
        return []
    first, last = mentions[chain[0]], mentions[chain[-1]]
    joined = (
        len(chain) > 1 or text[max(0, first.start - 1) : first.start] == "-" or text[last.end : last.end + 1] == "-"
    )
    end = _COMPOUND_END.match(text, last.end)
    return chain if joined and end and _ROUTE_AFTER.match(text, end.end()) else []


_CHAIN_LINK = re.compile(r" ?[-–—] ?")
_COMPOUND_END = re.compile(r"(?:-[^\W\d_]+)*")
_ROUTE_AFTER = re.compile(
    r"(?<!\s)(?: (?:[\w-]+|\([^()\s]{1,20}\))){0,3}? (?i:corridor|railway|railroad|rail\s+link|pipeline|highway|"
    r"motorway|road|route|bridge|canal|interconnector|area|zone|triangle)\b"
)
# A demonym for a language: "translated from the Spanish", "Spanish-language press", "spoke in Russian."
_TRANSLATED = re.compile(r"\btranslated\s+(?:from|into)\s+(?:the\s+)?$", re.I)
_LANGUAGE_AFTER = re.compile(r"[- ](?:language|speaking|speakers?)\b")
_IN_LANGUAGE = re.compile(r"\b(?:in|into)\s+$")
_CLAUSE_END = re.compile(r"[.,;)]")


def _language(text: str, m: Mention) -> bool:
    if m.kind != "demonym":
        return False
    before = text[max(0, m.start - 30) : m.start]
    if _TRANSLATED.search(before) or _LANGUAGE_AFTER.match(text, m.end):
        return True
    return bool(_IN_LANGUAGE.search(before) and _CLAUSE_END.match(text, m.end))


def _inner_possessive(word: str) -> bool:
    return word[-2:] in ("'s", "’s")


def _titled_surname(toks: list[re.Match[str]], i: int) -> bool:
    """A country name after a title and one given name is that person's surname: "Prime Minister Luís Montenegro",
    "Senator Jim Jordan"."""
    return i >= 2 and _title(toks, i - 2) and _spaced(toks, i - 2) and _spaced(toks, i - 1) and _name_word(toks[i - 1])


def _titled_given_name(toks: list[re.Match[str]], i: int) -> bool:
    """A country name between a title and a surname is that person's given name: "Defence Minister Israel Katz",
    "Acting Secretary Chad Wolf"; the surname ends the name (no capitalised word after it)."""
    if i < 1 or i + 1 >= len(toks) or not (_title(toks, i - 1) and _spaced(toks, i - 1) and _spaced(toks, i)):
        return False
    ends = i + 2 >= len(toks) or not (_spaced(toks, i + 1) and toks[i + 2].group()[0].isupper())
    return ends and _name_word(toks[i + 1])


def _title(toks: list[re.Match[str]], k: int) -> bool:
    return toks[k].group() in _PERSON_TITLES


# Titles that only a person's name follows: not "General" ("General Electric Kazakhstan") nor "First", "Head".
_PERSON_TITLES = frozenset(
    """
President Minister Premier Chancellor Senator Ambassador Secretary Governor Mayor Speaker Envoy Prince Princess
King Queen Emir Sultan Commissioner Representative Chairman Chairwoman Chairperson Director Adviser Advisor
Spokesperson Spokesman Spokeswoman Congressman Congresswoman Consul MP
""".split()
)


def _spaced(toks: list[re.Match[str]], k: int) -> bool:
    """Token ``k`` and the next are one space apart."""
    return toks[k].string[toks[k].end() : toks[k + 1].start()] == " "


def _name_word(tok: re.Match[str]) -> bool:
    """A capitalised word that is neither a title, a body, a country nor a possessive: a part of a person's name."""
    word = tok.group()
    plain = word[0].isupper() and not word.isupper() and not _inner_possessive(word)
    return plain and word not in ROLE_WORDS and word not in ORG_WORDS and _norm(word) not in tables()[0]


def _inside_name(toks: list[re.Match[str]], i: int) -> bool:
    """A country word between two name words, as in 'Pham Thai Giang', is part of a personal name."""
    if i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1].group(), toks[i + 1].group()
    text = toks[i].string
    if text[toks[i - 1].end() : toks[i].start()] != " " or text[toks[i].end() : toks[i + 1].start()] != " ":
        return False
    names = tables()[0]
    return all(
        w[0].isupper() and not w.isupper() and w not in ROLE_WORDS and w not in ORG_WORDS and _norm(w) not in names
        for w in (prev, nxt)
    )


def find_capitals(text: str) -> list[Mention]:
    """Capitals that stand for their state: a capital as subject followed by a verb of stance or action."""
    _, capitals, _ = tables()
    found = []
    matches = list(_capital_pattern().finditer(text))
    paired: set[int] = set()
    for one, two in zip(matches, matches[1:], strict=False):
        # "Seoul and Hanoi established ...", "between Riyadh and Astana": two capitals joined stand for their states
        if text[one.end(1) : two.start(1)] == " and " and capitals[one.group(1)] != capitals[two.group(1)]:
            paired.update((one.start(1), two.start(1)))
    for match in matches:
        name = match.group(1)
        if match.start(1) in paired:
            found.append(Mention(match.start(1), match.end(1), capitals[name], "capital", name))
            continue
        before = text[max(0, match.start() - 3) : match.start()]
        starts_clause = match.start() == 0 or before.endswith(("\n", ". ", ", ", "; ", "“", '"', "— ", "– "))
        if _STANCE_FROM.search(text, max(0, match.start() - 30), match.start()):
            found.append(Mention(match.start(1), match.end(1), capitals[name], "capital", name))
            continue
        if not starts_clause and not re.search(
            r"\b(?:that|and|while|as)\s$", text[max(0, match.start() - 8) : match.start()]
        ):
            continue
        if METONYM_VERB.match(text, match.end(1) + 1):
            found.append(Mention(match.start(1), match.end(1), capitals[name], "capital", name))
    return found


# A capital as the source of a stance, standing for its government: "under pressure from Washington", "criticism
# from Beijing", "with the backing of Moscow".
_STANCE_FROM = re.compile(
    r"\b(?:pressure|criticism|objections?|warnings?|backing|support|sanctions|threats?|demands?)\s+(?:from|of|by)\s$"
)


@cache
def _capital_pattern() -> re.Pattern[str]:
    _, capitals, _ = tables()
    names = sorted((c for c in capitals if c and c[0].isupper()), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")(?:['’]s)? ")


@cache
def _city_pattern() -> re.Pattern[str]:
    _, capitals, _ = tables()
    names = sorted({*capitals, *CITIES} - {""}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names if n[0].isupper()) + r")\b")


def build() -> None:
    """Build the tables and patterns now rather than on the first article read: about 100 ms and
    80,000 objects (5 MB) that a process reading articles keeps for its life."""
    tables()
    _capital_pattern()
    _city_pattern()


def find_city(text: str) -> str | None:
    """The first city named after 'in' or 'to' (an event's location), or None."""
    found = find_cities(text)
    return found[0][1] if found else None


def find_cities(text: str) -> list[tuple[int, str]]:
    """Every city named after 'in', 'to' or 'at', with its offset."""
    return [
        (match.start(), match.group(1))
        for match in _city_pattern().finditer(text)
        if re.search(r"\b(?:in|to|at|capital|city of)\s+(?:the\s+)?$", text[max(0, match.start() - 20) : match.start()])
    ]


REGION = re.compile(
    r"\b(?:(?:the\s+)?(?:African|Asian|European|Arab|Gulf|Central Asian|Latin American|Nordic|Baltic|Balkan|"
    r"Caribbean|Pacific|Middle Eastern|Southeast Asian|EU|ASEAN|CIS|Turkic|OTS)\s+(?:countries|nations|states|"
    r"partners|region|markets)|Africa|Central Asia|Europe|the European Union|the EU|ASEAN|Latin America|"
    r"the Middle East|the Gulf|the CIS|the EAEU|Eurasian Economic Union|South Asia|Southeast Asia|Kazakh-African|"
    r"Kazakh-European|Kazakh-Arab)\b"
)


def find_region(text: str) -> str | None:
    """A region or bloc named in the text, e.g. 'African countries', for one-country figures."""
    match = REGION.search(text)
    if not match:
        return None
    value = match.group()
    return {"Kazakh-African": "Africa", "Kazakh-European": "Europe", "Kazakh-Arab": "Arab countries"}.get(value, value)
