"""Article context shared by the extractors: sentences, country mentions, main country and partner, people."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from entente.dates import PartialDate
from seed.extract.calendar_words import FISCAL_START
from seed.extract.gazetteer import Mention, find_capitals, find_countries
from seed.extract.mentions import Mentions
from seed.extract.officials import surname_countries
from seed.extract.people import Person
from seed.extract.rules import PAIR_WORDS, PRONOUN
from seed.extract.sentences import Sentence

# A country named inside the name of a body ("Rwanda Mining Board", "UN Centre for ... Afghanistan").
_EMBEDDED_AFTER = re.compile(
    r"^(?:[ -][A-Z][\w-]*){1,3}\s+(?:Board|Fund|Center|Centre|University|Bank|Airlines|"
    r"Railways?|Company|Corporation|Hub|Institute|Foundation)\b"
)
_EMBEDDED_BEFORE = re.compile(
    r"\b(?:Center|Centre|Hub|Fund|Board|Institute|Bank|University|Organization|Council|"
    r"Programme|Program|Goals)\b(?:\s+(?:for|of|and|the|in|[A-Z][\w-]*))*\s+$"
)


# A country word before a common noun names an attribute of a thing, not a party: "U.S. tariffs", "Russian gas".
# Not before a title ("Mexican counterpart", "Chinese side" is still a party but needs no second reading).
_ATTRIBUTE = re.compile(
    r"(?<!\s)(?:['’]s)?\s+(?!(?:counterpart|side|sides|delegation|leader|leaders|president|minister|ministers|officials?|"
    r"envoy|ambassador|authorities|government|partners?|colleague|companies|investors|firms|businesses|exports?|"
    r"imports?|investments?|economy)\b)[a-z][a-z-]+"
)


def _attribute(text: str, m: Mention) -> bool:
    """'U.S. tariffs', 'Russian gas', 'the Kazakhstan-Turkmenistan-Iran railway': a demonym, an abbreviation or
    a part of a hyphened compound, before a common noun."""
    compound = _COMPOUND.match(text, m.end)
    end = compound.end() if compound else m.end  # the pattern matches the empty string: always a match
    hyphened = end > m.end or text[m.start - 1 : m.start] == "-"
    adjective = m.kind == "demonym" or m.text.replace(".", "").isupper() or hyphened
    named_thing = m.kind == "demonym" and bool(_NAMED_THING.match(text, end))  # "the Russian Druzhba pipeline"
    return adjective and bool(_ATTRIBUTE.match(text, end)) or named_thing


_COMPOUND = re.compile(r"(?:-[^\W\d_]+)*")
# A demonym before the name of a thing it owns: "through the Russian Druzhba pipeline", "the Chinese Hualong reactor".
_NAMED_THING = re.compile(
    r"(?<!\s)(?: [A-Z][\w-]+){1,2} (?:pipeline|railway|corridor|port|project|plant|refinery|field|reactor|mine)\b"
)


# A country named as background, never a party: "after Russia's invasion of Ukraine", "the war in Ukraine", "attacks
# from Yemen", "the situation in Afghanistan", a ranking ("Morocco's second largest trading partner after Spain",
# "one of Kuwait's top trading partners alongside China", "second only to Singapore", "ahead of Japan", "the
# third-largest destination for Spanish exports outside the European Union, behind the United States"), a past
# ruler ("Angola's independence from Portugal", "the liberation of Norway from Nazi Germany"), markets given as
# examples ("to reach markets such as Senegal and Mauritania").
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:(?:invasion|war|conflict|aggression|attack|attacks)\s+(?:of|on|in|against)|(?:attacks?|strikes)\s+(?:from|by)|"
    r"(?:situation|developments|crisis|tensions|unrest|instability|humanitarian\s+situation)\s+(?:in|on|around)|"
    r"(?:partners?|largest|biggest|top|leading|second|third|fourth|fifth)\s+(?:[\w-]+,?\s+){0,10}?"
    r"(?:after|behind|ahead\s+of|alongside|along\s+with|only\s+to|trailing)|"
    r"(?:independence|liberation|liberated|freed|secession)\s+(?:[\w-]+\s+){0,3}?from(?:\s+(?:Nazi|fascist|Soviet))?|"
    r"(?:markets|destinations|countries|economies)\s+(?:such\s+as|like))\s+(?:the\s+)?$"
)
# The rest of a list a background country opens: "alongside China, the United States and Japan".
_LIST_JOIN = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|(?<![\s,])\s+(?:and|or)\s+)(?:the\s+)?")  # linear on spaces
_BACKGROUND_AFTER = re.compile(r"(?<!\s)(?:['’]s)?\s+(?:invasion|war\s+(?:in|on|against)|aggression)\b")
# A country named only to place a city: "in Kuala Lumpur, Malaysia".
_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+,\s+$")

_SUBJECT_PRONOUN = re.compile(r"^\W*(?:He|She)\b")
# A country named as left out: "across the Caspian Sea, bypassing Russia".
_EXCLUDED = re.compile(r"\b(?:bypassing|excluding|except|without|apart from|other than)\s+(?:the\s+)?$")


@dataclass
class Context:
    text: str
    published: dt.date | None
    sentences: list[Sentence]
    mentions: list[Mention]
    main: str | None
    partner: str | None
    people: list[Person] = field(default_factory=list)
    header_end: int = 0
    today: PartialDate | None = None  # the dateline's month and day when the publication date is unknown
    title_end: int = 0  # where a headline line ends (0 without one)

    @property
    def home(self) -> tuple[str, ...]:
        """The article's own countries, which settle a currency name several countries share ('rupees')."""
        return tuple(c for c in (self.main, self.partner) if c)

    @cached_property
    def fiscal_start(self) -> int:
        """The month the fiscal years of the article's countries begin: April unless one of them says otherwise."""
        return next((FISCAL_START[c] for c in self.home if c in FISCAL_START), 4)

    def dated_text(self, s: Sentence) -> str:
        """The sentence with any publication header blanked, so that its date dates no fact."""
        if s.start >= self.header_end:
            return s.text
        cut = min(self.header_end - s.start, len(s.text))
        return " " * cut + s.text[cut:]

    @cached_property
    def _mention_starts(self) -> list[int] | None:
        """The country mentions' offsets, when the mentions are sorted by them (as build_mentions makes them)."""
        starts = [m.start for m in self.mentions]
        return starts if all(a <= b for a, b in zip(starts, starts[1:], strict=False)) else None

    @cached_property
    def _people_mentions(self) -> Mentions:
        return Mentions(self.people)

    def _mentions_before(self, offset: int) -> list[Mention]:
        starts = self._mention_starts
        return self.mentions if starts is None else self.mentions[: bisect_left(starts, offset)]

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        starts = self._mention_starts
        return self.mentions if starts is None else self.mentions[bisect_left(starts, start) : bisect_left(starts, end)]

    def sentence_mentions(self, s: Sentence) -> list[Mention]:
        return [
            m
            for m in self._mentions_between(s.start, s.end)
            if s.start <= m.start < s.end
            and not self.embedded(m)
            and not _EXCLUDED.search(self.text[max(0, m.start - 20) : m.start])
            and not self.background(m)
        ]

    def background(self, m: Mention) -> bool:
        before = self.text[max(0, m.start - 120) : m.start]  # "largest foreign investor in the country after"
        if _BACKGROUND_BEFORE.search(before) or _BACKGROUND_AFTER.match(self.text, m.end):
            return True
        listed = self._listed_after(m)
        return listed is not None and self.background(listed)

    def _listed_after(self, m: Mention) -> Mention | None:
        """The country named just before ``m`` in a list with it ("China, the United States and Japan"), or None."""
        last = next((x for x in reversed(self._mentions_before(m.start)) if x.end <= m.start), None)
        if last is None or m.start - last.end > 12:
            return None
        return last if _LIST_JOIN.fullmatch(self.text, last.end, m.start) else None

    def place(self, m: Mention) -> bool:
        """A country named after the city it places ('in Kuala Lumpur, Malaysia'), or a city named as where
        something was held ('in Kuala Lumpur'): a party only when the rest of the sentence names no pair."""
        before = self.text[max(0, m.start - 50) : m.start]
        return bool(_PLACE_BEFORE.search(before)) or (m.kind == "capital" and before.endswith((" in ", " at ")))

    def embedded(self, m: Mention) -> bool:
        after = self.text[m.end : m.end + 60]
        before = self.text[max(0, m.start - 90) : m.start]
        return bool(_EMBEDDED_AFTER.match(after) or _EMBEDDED_BEFORE.search(before))

    def _recent_foreign(self, before: int) -> str | None:
        """The foreign country named last before an offset: the partner of 'the two countries' there."""
        for m in reversed(self._mentions_before(before)):
            if m.start < before and m.code != self.main and not self.embedded(m):
                return m.code
        return None

    def sentence_people(self, s: Sentence, *, pronouns: bool = True) -> list[Person]:
        found = self._people_mentions.people_in(s.start, s.end)
        if not found and pronouns and PRONOUN.search(s.text):
            person, _ = self._people_mentions.last_before(s.start)
            if person:
                found = [person]
        return found

    def countries_for(self, s: Sentence, *, pair_words: bool = True) -> list[str]:
        """The countries a fact in this sentence is about: subject country first. A country named only as an
        attribute of a thing ("as both countries face U.S. tariffs") counts only when the rest name no pair."""
        found = self._countries_for(s, pair_words, attributes=False)
        return found if len(found) >= 2 else self._countries_for(s, pair_words, attributes=True)

    def _countries_for(self, s: Sentence, pair_words: bool, attributes: bool) -> list[str]:
        mentions = self.sentence_mentions(s)
        if not attributes:
            mentions = [m for m in mentions if not _attribute(self.text, m) and not self.place(m)]
        codes = [m.code for m in mentions]
        codes += [p.country for p in self.sentence_people(s) if p.country]
        codes += surname_countries(s.text)  # "Tokayev was received by ...": an office holder by surname alone
        subject = None
        if _SUBJECT_PRONOUN.match(s.text):  # "He will fly to Washington for talks with Trump": his country too
            person, _ = self._people_mentions.last_before(s.start)
            subject = person.country if person else None
            codes += [subject] if subject else []
        ordered = list(dict.fromkeys(codes))
        foreign = [c for c in ordered if c != self.main]
        if not foreign and pair_words and PAIR_WORDS.search(s.text):
            partner = self.partner or self._recent_foreign(s.start)
            foreign = [partner] if partner else []
        if not foreign or self.main is None:
            return foreign
        if subject and subject != self.main and self.main not in codes and len(foreign) >= 2:
            return [subject, *[c for c in foreign if c != subject]]  # his trip: the main country takes no part
        return [self.main, *foreign]


def build_mentions(text: str) -> list[Mention]:
    mentions = find_countries(text) + find_capitals(text)
    return sorted(mentions, key=lambda m: m.start)


def main_and_partner(mentions: list[Mention]) -> tuple[str | None, str | None]:
    counts = Counter(m.code for m in mentions)
    if not counts:
        return None, None
    top, top_count = counts.most_common(1)[0]
    main = "KAZ" if counts.get("KAZ", 0) * 2 >= top_count else top
    others = [(c, n) for c, n in counts.most_common() if c != main]
    if not others:
        return main, None
    if len(others) == 1 or others[0][1] >= 2 * others[1][1]:
        return main, others[0][0]
    return main, None
