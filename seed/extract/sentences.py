"""Sentences and clauses of an article, and quotes that occur exactly once in it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from seed.evidence import sentence_bounds

# A relative clause set off by commas: "Kagame, who also addressed the forum on May 29, reiterated".
_RELATIVE = re.compile(r",\s+(?:who|which|where)\b[^,;()]*(?=,|$|\.\s*$)")
# Points where a sentence turns to another fact: "...in 1991, with the two nations establishing ...".
_SPLIT = re.compile(r";\s+|,\s+(?=with\b|while\b|referring\b|following\b)|(?<!\s)\s+and\s+(?=(?:also\s+)?[a-z]+ed\b)")


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


def unique_quote(text: str, quote: str, sentences: list[Sentence]) -> str | None:
    """``quote`` if it occurs once in ``text``, else its sentence if that occurs once, else None."""
    quote = quote.strip()
    if len(quote) >= 3 and text.count(quote) == 1:
        return quote
    first = text.find(quote)
    for sentence in sentences:
        if sentence.start <= first < sentence.end and text.count(sentence.text) == 1:
            return sentence.text
    return None


def quotes_for(text: str, candidates: list[str], sentences: list[Sentence]) -> list[str]:
    """Distinct, exact, once-occurring quotes, in the order given."""
    kept: list[str] = []
    for candidate in candidates:
        quote = unique_quote(text, candidate, sentences)
        if quote and quote not in kept:
            kept.append(quote)
    return kept
