"""Sums of money in a sentence: the amount, its currency as an ISO code, and a range read as its two bounds."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from entente.documents import Qualifier
from seed.extract.currencies import SHARED, currency, iso_codes
from seed.extract.gazetteer import country_named
from seed.extract.money import LETTER_SYMBOLS, MONEY, NOT_CODES, NOT_MONEY, SCALES, to_decimal

# A number with no currency, followed by a capitalised word, counts people or things: "7.4 million South Koreans".
_NAMED_AFTER = re.compile(r"^ (?:[A-Z][a-z]|[A-Z]{2,}\b)")
# A number with no currency, followed by a plural noun, counts things: "more than 12 million consultations",
# "2.5 million visitors" (a currency's name would have been read as the unit).
_COUNTED_AFTER = re.compile(r" (?!(?:across|plus|versus|less|this|thus|was|has|its)\b)[a-z]{3,}s\b")
# A sign or letters written against the number: a currency notation, whether or not it is one this module knows.
_GLUED = re.compile(r"[^\W\d_]|[$¢£¤¥\u20a0-\u20bf]")


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    value: Decimal
    unit: str | None  # None when the text writes no currency: the sentence's or article's last one applies
    qualifier: Qualifier | None = None  # the bound a range gives; None for a single amount


def _prefix(m: re.Match[str], countries: tuple[str, ...], dollar: str) -> str | None:
    """The currency a symbol or code before the number names, if it names one there; a bare "$" is ``dollar``."""
    raw = m.group("cur1")
    if raw is None:
        return None
    if raw == "$":
        return dollar
    large = m.group("scale") is not None or re.search(r"\d[ ,\u00a0]\d{3}", m.group("num"))
    if re.fullmatch(r"[A-Z]{3}", raw) and raw not in SHARED:  # "CFA" is a notation, not a code
        if not large:
            return None  # "the COP30 summit", "COP 29", "the G20": a code is a currency before large amounts only
        return raw if raw in iso_codes() and raw not in NOT_CODES else None
    if raw in LETTER_SYMBOLS and not large:
        return None  # "the R4 road", "Rs 5": a letter is a currency before large amounts only
    return currency(raw, countries)


def find_amounts(
    text: str,
    skip: list[tuple[int, int]],
    countries: tuple[str, ...] = (),
    owner: Callable[[int], str | None] | None = None,
    dollar: str = "USD",
) -> list[Amount]:
    """Every sum of money in ``text``, leaving out numbers inside the spans in ``skip`` (dates).
    ``countries`` are the article's own, for a currency name several countries share ('rupees'); ``owner``
    gives the country a sum at an offset belongs to ('Kenya's exports ... Sh98.6 billion'), which goes first;
    ``dollar`` is the currency a bare "$" stands for in the article (its publisher's own dollar, or the US one)."""
    found: list[Amount] = []
    bare: list[re.Match[str]] = []
    for m in MONEY.finditer(text):
        if any(a <= m.start("num") < b for a, b in skip):
            continue
        own = owner(m.start()) if owner else None
        countries_of = (own, *(c for c in countries if c != own)) if own else countries
        before = _prefix(m, countries_of, dollar)
        if before is None and m.start("num") and _GLUED.match(text, m.start("num") - 1):
            continue  # "Bds$5 million": a notation this module does not know, which is no other currency either
        after = currency(m.group("cur2"), countries_of, country_named) if m.group("cur2") else None
        unit = before or after
        scale = m.group("scale")
        if scale in ("m", "k") and (before is None or m.start("scale") != m.end("num")):
            scale = None  # "5m" is a sum only after a currency sign: "$5m", "£3m"
            if unit is None:
                continue
        if unit is None and scale is None:
            if _BARE_BEFORE.match(text, m.end("num")):
                bare.append(m)  # "from 1.5 to 2 billion euros": the scale and currency are told after the second
            continue
        tail = m.end("scale") if scale else m.end("num2") if m.group("num2") else m.end("num")
        if unit is None and (
            NOT_MONEY.match(text[m.end() :]) or _NAMED_AFTER.match(text[tail:]) or _COUNTED_AFTER.match(text, tail)
        ):
            continue
        value = to_decimal(m.group("num"), scale)
        if value is None:
            continue
        start = m.start("cur1") if before else m.start("num")
        end = m.end("cur2") if after else tail
        high = to_decimal(m.group("num2"), scale) if m.group("num2") else None
        if high is not None and high > value:
            found.append(Amount(start, end, value, unit, Qualifier.MORE_THAN))
            found.append(Amount(start, end, high, unit, Qualifier.LESS_THAN))
        else:
            found.append(Amount(start, end, value, unit))
    return _told_with_the_next(text, found, bare)


# Two sums joined as a change or a choice, the first written short: "from 1.5 billion to 2 billion euros",
# "between 300 and 500 million dollars", "from 1.5 to 2 billion euros".
_JOINED = re.compile(r"(?<!\s)\s*(?:to|and|or)\s+")
_BARE_BEFORE = re.compile(r"(?<!\s)\s+(?:to|and)\s+\d")


def _told_with_the_next(text: str, found: list[Amount], bare: list[re.Match[str]]) -> list[Amount]:
    """Sums whose currency, and scale, are told only with the sum joined after them take those."""
    starts = [a.start for a in found]  # in order, as MONEY finds them
    for m in bare:
        k = bisect.bisect_right(starts, m.end("num"))
        nxt = found[k] if k < len(found) else None
        if nxt is None or nxt.unit is None or not _JOINED.fullmatch(text, m.end("num"), nxt.start):
            continue
        num = MONEY.match(text, nxt.start)
        scale = num.group("scale") if num else None
        value = to_decimal(m.group("num"), scale if scale and scale.lower() in SCALES else None)
        if value is not None and scale:
            found.append(Amount(m.start("num"), m.end("num"), value, nxt.unit))
    found.sort(key=lambda a: a.start)
    for k, a in enumerate(found[:-1]):
        nxt = found[k + 1]
        if a.unit is None and nxt.unit and _JOINED.fullmatch(text, a.end, nxt.start):
            found[k] = replace(a, unit=nxt.unit)
    return _ranges(text, found)


# Two sums written in full as the bounds of a range: "between US$1.5 billion and US$2 billion", "remittances worth
# $1.2bn to $1.5bn every year"; not a change ("from $5 billion to $10 billion", "from the current $5 billion to").
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:about|around|some|roughly)\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\b[^,;]{0,30}$", re.I)
_RANGE_TO = re.compile(r"(?<!\s)\s*+(?:-|–|to)\s*+")
_RANGE_AND = re.compile(r"(?<!\s)\s++and\s++")


def _ranges(text: str, found: list[Amount]) -> list[Amount]:
    for k, a in enumerate(found[:-1]):
        nxt = found[k + 1]
        if a.qualifier or nxt.qualifier or a.unit != nxt.unit or nxt.value <= a.value:
            continue
        before = text[max(0, a.start - 40) : a.start]
        joined_by_and = _RANGE_AND.fullmatch(text, a.end, nxt.start) and _BETWEEN.search(before)
        joined_by_to = _RANGE_TO.fullmatch(text, a.end, nxt.start) and not _FROM_BEFORE.search(before)
        if joined_by_and or joined_by_to:
            found[k] = replace(a, qualifier=Qualifier.MORE_THAN)
            found[k + 1] = replace(nxt, qualifier=Qualifier.LESS_THAN)
    return found
