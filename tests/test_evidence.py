from __future__ import annotations

import pytest

from seed.evidence import QuoteError, locate, sentence_bounds

TEXT = (
    "Title line\n"
    "The trade turnover in 2022 amounted to 42.5 million US dollars. On Jan. 5 the U.S. envoy came! "
    "“We agree,” he said. Done"
)


def test_a_quote_widens_to_its_sentence_with_offsets() -> None:
    span = locate(TEXT, "42.5 million")
    assert span.quote == "The trade turnover in 2022 amounted to 42.5 million US dollars."
    assert TEXT[span.start : span.end] == span.quote


def test_abbreviations_do_not_end_a_sentence() -> None:
    assert locate(TEXT, "envoy").quote == "On Jan. 5 the U.S. envoy came!"


def test_line_breaks_end_a_sentence() -> None:
    assert locate(TEXT, "Title").quote == "Title line"


def test_a_quote_over_two_sentences_spans_both() -> None:
    span = locate(TEXT, "came! “We")
    assert span.quote == "On Jan. 5 the U.S. envoy came! “We agree,” he said."


def test_sentences_cover_the_text_without_overlap() -> None:
    bounds = sentence_bounds(TEXT)
    assert all(a < b <= c for (a, b), (c, _) in zip(bounds, bounds[1:], strict=False))


@pytest.mark.parametrize(("quote", "problem"), [("not there", "not found"), ("he", "more than once")])
def test_missing_or_ambiguous_quotes_are_errors(quote: str, problem: str) -> None:
    with pytest.raises(QuoteError, match=problem):
        locate(TEXT, quote)
