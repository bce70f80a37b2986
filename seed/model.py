"""The seed file schema: one JSON file per article, with every entity the article states.

Files are validated whole before anything is written; ``python -m seed.model`` prints
the JSON Schema. Quotes are exact substrings of the article text; the loader turns each
into evidence (the sentence around it and its offsets), so offsets are never typed by hand.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, model_validator

from entente.countries import by_code
from entente.dates import PartialDate
from entente.documents import EventStatus, EventType, Metric, Qualifier


def _country(code: str) -> str:
    ref = by_code(code)
    if ref is None or len(code) != 3:
        raise ValueError(f"unknown country {code!r}: use an ISO 3166-1 alpha-3 code such as 'KAZ'")
    return ref.code


def _partial_date(text: str) -> str:
    return PartialDate.parse(text).iso


def _unit(text: str) -> str:
    if text in ("COUNT", "PERCENT") or (len(text) == 3 and text.isalpha() and text.isupper()):
        return text
    raise ValueError(f"unknown unit {text!r}: use an ISO 4217 code (USD, KZT ...), COUNT or PERCENT")


# Figures are sums of money, counts and percentages: 1e-30 to 1e30 in size is room enough, and a value
# beyond it is written out in full when stored (1e999999 as a million digits; 1e9999999 overflows).
MAX_EXPONENT = 30


def amount_in_range(value: Decimal) -> bool:
    return not value.is_finite() or not value or -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT


def _amount(value: Decimal) -> Decimal:
    if not amount_in_range(value):
        limits = f"1e-{MAX_EXPONENT} and 1e{MAX_EXPONENT}"
        raise ValueError(f"{value:.3e} is out of range: a value is between {limits} in size")
    return value


CountryCode = Annotated[str, AfterValidator(_country)]
DateText = Annotated[str, AfterValidator(_partial_date)]
Unit = Annotated[str, AfterValidator(_unit)]
Amount = Annotated[Decimal, AfterValidator(_amount)]
Quotes = Annotated[list[Annotated[str, Field(min_length=3)]], Field(min_length=1)]
Key = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.:-]*$", max_length=120)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleIn(_Model):
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    published_on: date | None = Field(default=None, alias="publishedOn")


class PersonIn(_Model):
    key: Key = Field(description="Names the person within this file; events list participants by it.")
    name: str = Field(min_length=2, description="Full name, the same in every file that mentions the person.")
    country: CountryCode | None = None
    role: str | None = None
    aliases: list[str] = Field(default_factory=list, description="Other forms the text uses, e.g. a surname.")
    quotes: Quotes


class EventIn(_Model):
    key: Key = Field(description="Stable identity; events with the same key in several files are one event.")
    type: EventType
    title: str = Field(min_length=3)
    status: EventStatus = EventStatus.HAPPENED
    date: DateText | None = None
    end_date: DateText | None = Field(default=None, alias="endDate")
    location: str | None = None
    countries: Annotated[list[CountryCode], Field(min_length=2)]
    participants: list[Key] = Field(default_factory=list)
    quotes: Quotes

    @model_validator(mode="after")
    def _dates_in_order(self) -> EventIn:
        if self.end_date and not self.date:
            raise ValueError("endDate needs a date")
        if len(set(self.countries)) != len(self.countries):
            raise ValueError("countries repeat a code")
        return self


class PeriodIn(_Model):
    start: DateText | None = None
    end: DateText | None = None
    # Strict: true or false only; 0, 1 and "yes" in a seed file are mistakes, not booleans.
    cumulative: StrictBool = Field(default=False, description="A running total from start, e.g. 'since 2005'.")


class FigureIn(_Model):
    metric: Metric
    value: Amount = Field(description="Exact value in base units: 42.5 million is 42500000.")
    unit: Unit
    qualifier: Qualifier = Qualifier.EXACT
    period: PeriodIn | None = None
    countries: Annotated[list[CountryCode], Field(min_length=1)]
    counterpart: str | None = Field(default=None, description="A region or bloc, e.g. 'African countries'.")
    origin: CountryCode | None = Field(default=None, description="Where exports or investment come from.")
    destination: CountryCode | None = Field(default=None, description="Where they go.")
    label: str | None = Field(default=None, description="What a COUNT or OTHER figure counts.")
    event: Key | None = Field(default=None, description="The key of the event this figure belongs to.")
    quotes: Quotes

    @model_validator(mode="after")
    def _consistent(self) -> FigureIn:
        if not self.value.is_finite():
            raise ValueError("value must be a finite number")
        if len(self.countries) == 1 and not self.counterpart:
            raise ValueError("a figure about one country needs a counterpart region or bloc")
        for side in (self.origin, self.destination):
            if side and side not in self.countries:
                raise ValueError(f"origin/destination {side} is not among countries")
        return self


class SeedFile(_Model):
    article: ArticleIn
    countries: list[CountryCode] = Field(description="Every country the article mentions.")
    people: list[PersonIn] = Field(default_factory=list)
    events: list[EventIn] = Field(default_factory=list)
    figures: list[FigureIn] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> SeedFile:
        people = _unique_keys("people", [p.key for p in self.people])
        events = _unique_keys("events", [e.key for e in self.events])
        for i, event in enumerate(self.events):
            for name in event.participants:
                if name not in people:
                    raise ValueError(f"events[{i}].participants: no person with key {name!r}")
        for i, figure in enumerate(self.figures):
            if figure.event and figure.event not in events:
                raise ValueError(f"figures[{i}].event: no event with key {figure.event!r}")
        return self


def _unique_keys(kind: str, keys: list[str]) -> set[str]:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"{kind}: key {key!r} is used twice")
        seen.add(key)
    return seen


if __name__ == "__main__":
    print(json.dumps(SeedFile.model_json_schema(by_alias=True), indent=2))
