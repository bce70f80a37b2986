"""Sentences and clauses of an article, and quotes that occur exactly once in it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from seed.evidence import sentence_bounds

# A relative clause set off by commas: "Kagame, who also addressed the forum on May 29, reiterated".
_RELATIVE = re.compile(r",\s+(?:who|which|where)\b[^,;()]*(?=,|$|\.\s*$)")
# Points where a sentence turns to another fact: "...in 1991, with the two nations establishing ...",
# "... met on Monday and signed ...". Not "and" between two words of one format: "in narrow and expanded
# formats", "restricted and extended sessions", where the word in -ed qualifies the noun after it.
_SPLIT = re.compile(
    r";\s+|,\s+(?=with\b|while\b|referring\b|following\b)"
    r"|(?<!\s)\s+and\s+(?=(?:also\s+)?(?:[a-z]+ed\b(?!\s+(?:formats?|compositions?|sessions?|settings?)\b)|"
    r"(?:met|held|paid|made|took|gave|sent|spoke|led|began|laid)\s))"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int

    def clauses(self) -> list[str]:
        """The sentence's clauses, each as a copy of the sentence with the other clauses blanked out."""
        return _clauses(self.text)


# The longest span the rules read as one sentence. Real sentences run to a few hundred
# characters; a longer "sentence" (a text without full stops, a list, a table) is read in
# pieces, because several rules cost the square of a sentence's length.
MAX_SENTENCE = 1000
_PIECE_END = re.compile(r"\s+")
# Real sentences have up to three or four clauses; one with more is read whole.
MAX_CLAUSES = 12


def split_sentences(text: str) -> list[Sentence]:
    spans = [piece for a, b in sentence_bounds(text) for piece in _pieces(text, a, b)]
    return [Sentence(a, b, text[a:b], i) for i, (a, b) in enumerate(spans)]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut into spans of at most MAX_SENTENCE characters, at white space where there is some."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        spaces = [m for m in _PIECE_END.finditer(text, start + MAX_SENTENCE // 2, cut)]
        if spaces:
            pieces.append((start, spaces[-1].start()))
            start = spaces[-1].end()
        else:
            pieces.append((start, cut))
            start = cut
    pieces.append((start, end))
    return pieces


def _blank(text: str, keep: list[tuple[int, int]]) -> str:
    chars = [" "] * len(text)
    for a, b in keep:
        chars[a:b] = text[a:b]
    return "".join(chars)


def _clauses(text: str) -> list[str]:
    relatives = [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]
    main_parts: list[tuple[int, int]] = []
    pos = 0
    for a, b in relatives:
        main_parts.append((pos, a))
        pos = b
    main_parts.append((pos, len(text)))
    pieces: list[list[tuple[int, int]]] = [[r] for r in relatives]
    current: list[tuple[int, int]] = []
    for a, b in main_parts:
        seg_start = a
        for m in _SPLIT.finditer(text, a, b):
            current.append((seg_start, m.start()))
            pieces.append(current)
            current = []
            seg_start = m.end()
        current.append((seg_start, b))
    pieces.append(current)
    kept = [piece for piece in pieces if any(b > a for a, b in piece)]
    if len(kept) > MAX_CLAUSES:
        return [text]  # each clause is read over the whole sentence: many clauses cost their number times its length
    kept.sort(key=lambda piece: min(a for a, b in piece if b > a))
    return [_blank(text, piece) for piece in kept]


_WORD = re.compile(r"\w+")


class Quotes:
    """The quotes of one text that occur in it exactly once (``text.count(quote) == 1``).

    The text's words are indexed by offset, and a quote is looked for only where the rarest of its inner
    words (one with a character on either side inside the quote) occurs, instead of searched for in all
    the text: an article's every person, event and figure is checked, and a search costs the text's length."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        ordered = all(a.start <= a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))
        self._starts = [s.start for s in sentences] if ordered else None
        self._words: dict[str, list[int]] | None = None

    def _occurrences(self, quote: str) -> list[int] | None:
        """Where ``quote`` occurs, overlapping occurrences included, in order; None without an inner word."""
        if self._words is None:
            self._words = {}
            for m in _WORD.finditer(self.text):
                self._words.setdefault(m.group(), []).append(m.start())
        best: tuple[int, list[int]] | None = None
        for m in _WORD.finditer(quote):
            if m.start() == 0 or m.end() == len(quote):
                continue  # a word at an edge of the quote may be part of a longer word of the text
            where = self._words.get(m.group(), [])
            if best is None or len(where) < len(best[1]):
                best = (m.start(), where)
        if best is None:
            return None
        at, where = best  # the word is whole wherever the quote occurs, so each occurrence starts where it does
        return [i - at for i in where if i >= at and self.text.startswith(quote, i - at)]

    def _count(self, quote: str) -> tuple[int, int]:
        """``text.count(quote)`` (capped at 2) and ``text.find(quote)``."""
        found = self._occurrences(quote)
        if found is None:
            count = self.text.count(quote)
            return min(count, 2), (self.text.find(quote) if count else -1)
        count, end = 0, -1
        for i in found:  # counted as str.count counts: occurrences that do not overlap, from the left
            if i >= end:
                count, end = count + 1, i + len(quote)
                if count == 2:
                    break
        return count, (found[0] if found else -1)

    def unique(self, quote: str) -> str | None:
        """``quote`` if it occurs once in the text, else its sentence if that occurs once, else None."""
        quote = quote.strip()
        count, first = self._count(quote)
        if len(quote) >= 3 and count == 1:
            return quote
        if self._starts is None:
            sentences = self.sentences
        else:  # sentences in order and apart: only the last one starting at or before ``first`` can hold it
            k = bisect_right(self._starts, first) - 1
            sentences = self.sentences[k : k + 1] if k >= 0 else []
        for sentence in sentences:
            if sentence.start <= first < sentence.end and self._count(sentence.text)[0] == 1:
                return sentence.text
        return None

    def all(self, candidates: list[str]) -> list[str]:
        """Distinct, exact, once-occurring quotes, in the order given."""
        kept: list[str] = []
        for candidate in candidates:
            quote = self.unique(candidate)
            if quote and quote not in kept:
                kept.append(quote)
        return kept
