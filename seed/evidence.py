"""Evidence: find a quote in the article text and widen it to the sentence around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at a line break, or at . ! ? (with any closing quote) before white space
# and a capital, a digit or an opening quote. Abbreviations such as "Jan. 5" or "U.S. and"
# do not end one, because what follows is not a capital after a dot-terminated short word.
_BREAK = re.compile(r"\n+|(?<=[.!?])[\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9А-ЯЁ])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\bNo|\bSt|\bMr|\bMrs|\bDr)\.$")


class QuoteError(ValueError):
    """A quote that the article text does not contain exactly once."""


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    quote: str


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The [start, end) offsets of each sentence, with surrounding white space trimmed."""
    bounds = []
    start = 0
    for match in _BREAK.finditer(text):
        if match.group().startswith("\n") or not _ABBREVIATION.search(text[max(0, match.start() - 6) : match.end()]):
            bounds.append((start, match.end()))
            start = match.end()
    bounds.append((start, len(text)))
    trimmed = []
    for a, b in bounds:
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        tail = len(piece) - len(piece.rstrip())
        if b - tail > a + lead:
            trimmed.append((a + lead, b - tail))
    return trimmed


@lru_cache(maxsize=4)
def _cached_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of a text whose quotes are located one after another: an article's every quote is
    checked, then widened, and splitting a text of a few MB takes a second."""
    return tuple(sentence_bounds(text))


def locate(text: str, quote: str) -> Span:
    """The sentence (or sentences) holding ``quote``, which must occur exactly once."""
    first = text.find(quote)
    if first < 0:
        raise QuoteError(f"quote not found in the article text: {quote[:80]!r}")
    if text.find(quote, first + 1) >= 0:
        raise QuoteError(f"quote occurs more than once; quote more of the sentence: {quote[:80]!r}")
    last = first + len(quote)
    bounds = _cached_bounds(text)
    start = next((a for a, b in bounds if a <= first < b), first)
    end = next((b for a, b in reversed(bounds) if a < last <= b), last)
    return Span(start, end, text[start:end])
