from __future__ import annotations

import pytest

from entente.countries import all_countries, by_code, by_name


def test_every_iso_3166_country_is_there_with_both_codes() -> None:
    countries = all_countries()
    assert len(countries) == 249
    assert all(len(ref.code) == 3 and len(ref.iso2) == 2 for ref in countries.values())


@pytest.mark.parametrize("code", ["KAZ", "kaz", "KZ", "kz", " Kz "])
def test_codes_resolve_in_any_case(code: str) -> None:
    assert by_code(code).code == "KAZ"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kazakh", "KAZ"),
        ("Kazakhstan", "KAZ"),
        ("Republic of Kazakhstan", "KAZ"),
        ("Kenyan", "KEN"),
        ("Burkinabe", "BFA"),
        ("Burkinabé", "BFA"),
        ("British", "GBR"),
        ("UK", "GBR"),
        ("United Kingdom", "GBR"),
        ("Britain", "GBR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Turkish", "TUR"),
        ("Uzbek", "UZB"),
        ("Republic of Congo", "COG"),
        ("DR Congo", "COD"),
        ("Rwandan", "RWA"),
    ],
)
def test_names_aliases_and_demonyms_resolve(text: str, code: str) -> None:
    assert by_name(text).code == code


def test_unknown_names_and_codes_resolve_to_nothing() -> None:
    assert by_name("Atlantis") is None
    assert by_code("XX") is None
