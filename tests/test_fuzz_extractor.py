"""Extractor fuzzing: on any text it returns a valid SeedFile, never hides a rule bug, and runs in linear time.

The time bound (1 s per KB) is far above the extractor's speed (a few ms per KB): it only
catches catastrophic cases, a regex backtracking over a long run or a rule whose cost is the
square of the text. Regexes are also checked alone, on long runs of what makes them backtrack.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import logging
import pkgutil
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import seed.evidence
import seed.extract
from seed.evidence import locate
from seed.extract import extract
from seed.extract.gazetteer import _capital_pattern, _city_pattern, tables
from seed.model import SeedFile

SECONDS_PER_KB = 1.0
FUZZ = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# fmt: off
# Words the rules react to, in many scripts, with the invisible and odd characters real text carries.
WORDS = [
    "Kazakhstan", "Kazakh", "Kenya", "Kenyan", "the Republic of Korea", "U.S.", "UK", "Türkiye", "Côte d'Ivoire",
    "President", "Foreign Minister", "Deputy Prime Minister", "Ambassador", "Kassym-Jomart Tokayev", "Murat Nurtleu",
    "al-Sisi", "O'Brien", "Mr", "met", "visited", "held talks", "signed", "an agreement", "memorandum", "credentials",
    "diplomatic relations", "anniversary", "embassy", "opened", "trade", "turnover", "exports", "investment", "reached",
    "grew", "to", "from", "in", "on", "the", "who", "which", "and", "will", "expected", "number of companies",
    "companies", "Astana", "Almaty", "Berlin", "Washington said", "(Kazinform)", "ASTANA, March 12 (Kazinform) –",
    "Published: 5 June 2024", "date 2024-02-30", "May 28", "28 May 2023", "January–July 2024", "first half of 2023",
    "since 1992", "two years ago", "today", "yesterday", "on Tuesday", "next year", "2023", "1991-2024",
    "Казахстан", "Қазақстан", "Президент", "الرياض", "كازاخستان", "中国", "北京", "한국", "Ελλάδα", "ſix months of 2023",
    "Tueſday", "\u212aazakhstan", "e\u0301", "\u0301", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e",
    "\u2066", "\ufeff", "\u00ad", "\u00a0", "\u2028", "\u0085", "\x00", "\x1b", "\U0001f1f0\U0001f1ff", "\U000e0001",
    "\uffff", "\U0010ffff", "\ue000", "—", "–", "“", "”", "’s", "'s", "...", "(", ")", "[", "]", "$", "€", "£", "%",
]
# Numbers in every format the rules might meet.
NUMBERS = [
    "1,234.5", "1.234,5", "$3.2bn", "US$ 1.2 billion", "€42.5 million", "£7 mln", "12 млрд", "3,2 трлн тенге",
    "1e308", "5e-324", "NaN", "Infinity", "٣٤٥", "۱۲۳", "१२३", "１２３", "𝟐𝟎𝟐𝟒", "½", "²", "Ⅻ", "45%", "12.5 percent",
    "3–5%", "2–3 billion", "-12", "−5", "+7", "0.000001", "1_000", "10 000 000", "1\u00a0000\u00a0000 dollars",
    "1" * 400, "9" * 40 + " billion", "1,2,3,4,5", "2023-13-45", "2024-02-29", "31 February 2024", "99.99.9999",
    "from ² to 5", "grew from ٣ to ٤", "from two to 5,000",
]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", ". ", ", ", "; ", " – ", "\t", "\r\n"]
# fmt: on

_any_char = st.characters(exclude_categories=("Cs",))
_token = st.one_of(st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.text(_any_char, min_size=1, max_size=12))
articles = st.lists(st.tuples(_token, st.sampled_from(SEPARATORS)), min_size=40, max_size=600).map(
    lambda parts: "".join(t + s for t, s in parts)
)
# fmt: off
# Long runs of what makes rules or regexes do quadratic work, and long tokens.
RUNS = [
    "visited Kazakhstan ", "Kazakh Foreign Minister ", "Abc Def ", "1,234,", "1 234 ", "234,", "9", "1.2", "$3.2bn ",
    ".,;:!?", ".", ", ", ", who said", "\n", " ", "Kazakh-", "a'", "U.S.", "(", "(ab) ", "May 28 ", "in the ",
    "signed ", "5% up trade ", "President John Smith met President Jane Doe. ", "number of ", "more than  ",
    "Kazakhstan and Kenya ", "x", "K", "\u200b", "е\u0301", "中", "١٢٣,", "– ", "“", "the two countries ",
]
# fmt: on
runs = st.tuples(
    st.one_of(st.sampled_from(RUNS), st.text(_any_char, min_size=1, max_size=20)),
    st.integers(min_value=1, max_value=20_000),
    st.text(_any_char, max_size=20),
).map(lambda t: (t[0] * (t[1] // len(t[0]) + 1))[: t[1]] + t[2])
ROOT = Path(__file__).resolve().parent.parent
REAL = [
    path.read_text(encoding="utf-8")
    for pattern in ("seed/articles/*.txt", "tests/extract_*/*.txt")
    for path in sorted(ROOT.glob(pattern))
]
# Characters re.IGNORECASE matches to ASCII letters that str.lower() keeps apart: 'ſix' matches 'six'.
LOOK_ALIKES = {"s": "ſ", "k": "\u212a", "i": "ı", "I": "İ"}


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A real article with words, numbers and odd characters inserted, spans deleted, and letters swapped
    for their case-insensitive look-alikes."""
    text = draw(st.sampled_from(REAL))
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        kind = draw(st.sampled_from(["insert", "insert", "delete", "look-alike", "look-alike"]))
        if kind == "insert":
            text = text[:at] + draw(_token) + draw(st.sampled_from(SEPARATORS)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(min_value=1, max_value=200)) :]
        else:
            span = draw(st.integers(min_value=1, max_value=400))
            letter = draw(st.sampled_from(sorted(LOOK_ALIKES)))
            text = text[:at] + text[at : at + span].replace(letter, LOOK_ALIKES[letter]) + text[at + span :]
    return text or "x"


# Any code point but surrogates (unassigned, private use, controls, combining marks, RTL and zero-width
# included), in runs long enough to reach the rules that need a sentence.
unicode_text = st.lists(st.text(_any_char, min_size=5, max_size=60), min_size=10, max_size=80).map("".join)
published = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


class _Failures(logging.Handler):
    """Collects the errors the extractor logs: it logs (and swallows) an exception raised by a rule."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def rule_failures() -> Iterator[list[logging.LogRecord]]:
    handler = _Failures()
    logger = logging.getLogger("entente")
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


def check_extract(text: str, published_on: dt.date | None = None) -> float:
    """Extract ``text`` and check the result; returns the seconds it took."""
    with rule_failures() as failures:
        start = time.perf_counter()
        try:
            result = extract(text, published_on=published_on)
        except ValueError:
            assert text == "", "only empty text may be refused"
            return 0.0
        elapsed = time.perf_counter() - start
    assert not failures, f"a rule raised: {failures[0].exc_info}"
    assert isinstance(result, SeedFile)
    assert result.article.text == text
    SeedFile.model_validate(result.model_dump(by_alias=True))
    for item in (*result.people, *result.events, *result.figures):
        for quote in item.quotes:
            locate(text, quote)  # raises unless the quote occurs exactly once
    kb = max(len(text) / 1000, 1.0)
    assert elapsed / kb < SECONDS_PER_KB, f"{elapsed:.1f} s for {len(text):,} characters"
    return elapsed


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Build the gazetteer once, so that its cost is not charged to the first example."""
    tables()
    extract("Kazakhstan and Kenya held talks.")


def test_article_like_text_extracts_in_linear_time() -> None:
    seen: list[int] = []

    @FUZZ
    @given(text=articles, published_on=published)
    def check(text: str, published_on: dt.date | None) -> None:
        seen.append(len(text))
        check_extract(text, published_on)

    check()
    print(f"\nextractor, article-like text: {len(seen)} inputs, up to {max(seen):,} characters")
    assert len(seen) >= 70


def test_mutated_real_articles_extract() -> None:
    seen: list[int] = []

    @FUZZ
    @given(text=mutated_articles(), published_on=published)
    def check(text: str, published_on: dt.date | None) -> None:
        seen.append(len(text))
        check_extract(text, published_on)

    check()
    print(f"\nextractor, mutated real articles: {len(seen)} inputs, up to {max(seen):,} characters")
    assert len(seen) >= 70


def test_arbitrary_unicode_extracts() -> None:
    seen: list[int] = []

    @FUZZ
    @given(text=unicode_text, published_on=published)
    def check(text: str, published_on: dt.date | None) -> None:
        seen.append(len(text))
        check_extract(text, published_on)

    check()
    print(f"\nextractor, arbitrary Unicode: {len(seen)} inputs, up to {max(seen):,} characters")
    assert len(seen) >= 70


def test_long_runs_extract_in_linear_time() -> None:
    seen: list[int] = []

    @settings(FUZZ, max_examples=25)
    @given(text=runs)
    def check(text: str) -> None:
        seen.append(len(text))
        check_extract(text, dt.date(2024, 1, 1))

    check()
    print(f"\nextractor, long runs: {len(seen)} inputs, up to {max(seen):,} characters")
    assert len(seen) >= 20


@pytest.mark.parametrize(
    "text",
    [
        "x" * 100_000,
        "visited Kazakhstan " * 5000,
        "9" * 30_000,
        "1" + " 234" * 7500,
        ", who said" * 3000,
        "President John Smith met President Jane Doe. " * 700,
        "May 28 " * 4000,
        "5% up trade with Kenya " * 1300,
        ("more than" + " " * 900 + "x $1 bn trade. ") * 30,
    ],
    ids=[
        "100k-token",
        "repeated-phrase",
        "digit-run",
        "digit-groups",
        "relative-clauses",
        "names-with-abbreviation-like-stops",
        "dates",
        "percentages",
        "space-runs",
    ],
)
def test_pathological_text_extracts_in_linear_time(text: str) -> None:
    check_extract(text, dt.date(2024, 1, 1))


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled regex of the extractor and of evidence location, by its module and name."""
    modules = [importlib.import_module(f"seed.extract.{m.name}") for m in pkgutil.iter_modules(seed.extract.__path__)]
    found = {"gazetteer._capital_pattern": _capital_pattern(), "gazetteer._city_pattern": _city_pattern()}
    for module in [*modules, seed.extract, seed.evidence]:
        short = module.__name__.removeprefix("seed.extract.").removeprefix("seed.")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{short}.{name}"] = value
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], re.Pattern):
                        found[f"{short}.{name}[{i}]"] = item[1]
    return found


# Patterns the extractor only ever runs on a short window, with the window's length: a run
# longer than that never reaches them.
WINDOWS = {"published._DATELINE": 600, "evidence._ABBREVIATION": 40}
PATTERNS = _patterns()
# fmt: off
RUN_UNITS = [
    "Kazakh Foreign Minister ", "Abc ", "1,234,", "234,", " 234", "9", "1.2", ".,;:!?", " ", " " * 50 + "x",
    "more than" + " " * 30, "Kazakh-", "a'", "U.S.", "(", "(ab ", "May ", "– ", "\n", "$1 bn ", "signed the ",
    ", who ", "2023-", "5%", "word ", "Word, ",
]
# fmt: on


def test_every_regex_is_linear_on_long_runs() -> None:
    assert len(PATTERNS) > 100  # the walk above found the extractor's patterns
    slow = []
    for unit in RUN_UNITS:
        for name, pattern in PATTERNS.items():
            size = WINDOWS.get(name, 8000)
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.perf_counter()
            for _ in pattern.finditer(text):
                pass
            pattern.search(text + "!")
            elapsed = time.perf_counter() - start
            if elapsed > 0.5:  # linear is a few ms on 8,000 characters; quadratic is seconds
                slow.append(f"{name} on {unit!r} x {size}: {elapsed:.2f} s")
    print(f"\nregexes: {len(PATTERNS)} patterns x {len(RUN_UNITS)} runs")
    assert not slow
