"""The extractor never raises on odd input, always returns a valid SeedFile, and is fast."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seed.evidence import locate
from seed.extract import extract
from seed.model import SeedFile

SEEDS = Path(__file__).resolve().parent.parent / "seed" / "articles"


@pytest.mark.parametrize(
    "text",
    [
        " ",
        "\n\n\n",
        ".",
        "Nothing about any state happens here.",
        "Kazakhstan.",
        "Казахстан и Китай подписали соглашение 3 июня.",
        "🇰🇿 Kazakhstan 🤝 Kenya: $ billion million % 1 000 000 000 000 000 000 000 000 trillion tenge",
        "Kazakhstan and Kenya held talks. Kazakhstan and Kenya held talks.",
        "On February 30, 2023 Kazakhstan and Kenya met. Jan. 99 meeting. May 28–27 visit to Kenya by Kazakhstan.",
        "President President President of of of Kazakhstan Kenya Kenyan Kenya's ’s 's",
        "(((( Kazakhstan [ Kenya ] $5 billion )))) \\d+ .* ?",
        "x" * 5000,
    ],
    ids=[
        "space",
        "newlines",
        "dot",
        "no-countries",
        "one-country",
        "cyrillic",
        "emoji-and-numbers",
        "repeated-sentence",
        "impossible-dates",
        "role-soup",
        "brackets",
        "long-token",
    ],
)
def test_never_raises_and_returns_a_valid_seed_file(text: str) -> None:
    result = extract(text, published_on=dt.date(2024, 1, 1))
    assert isinstance(result, SeedFile)
    assert result.article.text == text
    SeedFile.model_validate(result.model_dump(by_alias=True))
    for item in (*result.people, *result.events, *result.figures):
        for quote in item.quotes:
            locate(text, quote)


def test_empty_text_is_rejected() -> None:
    with pytest.raises(ValueError):
        extract("")


def test_repeated_sentence_keeps_quotes_unique() -> None:
    text = "Kazakhstan and Kenya held talks in 2023. Kazakhstan and Kenya held talks in 2023. Kenya and Kazakhstan met."
    result = extract(text)
    for event in result.events:
        for quote in event.quotes:
            assert text.count(quote) == 1


def test_article_fields_are_passed_through() -> None:
    text = "Kazakh president visits Kenya\nKazakhstan and Kenya held talks on June 3."
    result = extract(text, url="https://example.org/a", published_on=dt.date(2025, 6, 4))
    assert result.article.title == "Kazakh president visits Kenya"
    assert result.article.url == "https://example.org/a"
    assert result.article.published_on == dt.date(2025, 6, 4)
    assert extract(text, title="Given").article.title == "Given"


def test_without_a_publication_date_no_year_is_invented() -> None:
    result = extract("Kazakhstan and Kenya held talks on June 3.")
    assert result.article.published_on is None
    assert [e.date for e in result.events] == ["--06-03"]


def test_event_keys_are_deterministic_and_well_formed() -> None:
    text = (SEEDS / "004_43d08114403304a6.txt").read_text(encoding="utf-8")
    first = [e.key for e in extract(text).events]
    assert first == [e.key for e in extract(text).events]
    assert len(set(first)) == len(first)
