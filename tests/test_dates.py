from __future__ import annotations

import pytest

from entente.dates import PartialDate, PartialDateError, combine


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2023", "YEAR", "2023-01-01", "2023-12-31"),
        ("2024-02", "MONTH", "2024-02-01", "2024-02-29"),
        ("1993-11-15", "DAY", "1993-11-15", "1993-11-15"),
        ("--06-03", "DAY", None, None),
    ],
    ids=["year", "leap-month", "day", "month-day"],
)
def test_partial_date_round_trips_with_its_bounds(
    text: str, precision: str, first: str | None, last: str | None
) -> None:
    date = PartialDate.parse(text)
    assert (date.iso, date.precision, date.first_day, date.last_day) == (text, precision, first, last)


@pytest.mark.parametrize("text", ["2023-13", "2023-02-30", "23-01-01", "June 3", "--02-30", ""], ids=repr)
def test_invalid_partial_dates_are_refused(text: str) -> None:
    with pytest.raises(PartialDateError):
        PartialDate.parse(text)


def test_combine_takes_the_year_from_one_report_and_the_day_from_another() -> None:
    assert combine(PartialDate.parse("--06-03"), PartialDate.parse("2025-06")).iso == "2025-06-03"


def test_combine_refuses_dates_that_disagree() -> None:
    with pytest.raises(PartialDateError):
        combine(PartialDate.parse("2025-06-03"), PartialDate.parse("--06-04"))
