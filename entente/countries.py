"""Country reference data: every ISO 3166-1 country with codes, names, aliases and demonyms.

Codes and official names come from pycountry; demonyms, alternative spellings, capitals
and regions from countryinfo. The tables below add what news copy uses and neither
package has (Turkey for Türkiye, UK and Britain, Kazakh, Burkinabe).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry
from countryinfo import CountryInfo

from entente.text import fold

# Display names where pycountry's reads like an index entry ("Congo, The Democratic Republic of the").
NAMES: dict[str, str] = {
    "BES": "Bonaire, Sint Eustatius and Saba",
    "CCK": "Cocos (Keeling) Islands",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "MAF": "Saint Martin",
    "PSE": "Palestine",
    "SHN": "Saint Helena, Ascension and Tristan da Cunha",
    "SXM": "Sint Maarten",
    "VAT": "Holy See",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
}

ALIASES: dict[str, tuple[str, ...]] = {
    "ARE": ("UAE", "Emirates", "the Emirates"),
    "BFA": ("Burkina",),
    "CIV": ("Ivory Coast", "Cote d'Ivoire"),
    "COD": ("DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "COG": ("Republic of Congo", "Congo-Brazzaville", "Congo"),
    "CZE": ("Czech Republic",),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
    "IRN": ("Iran",),
    "KOR": ("South Korea", "Republic of Korea", "ROK", "Korea"),
    "PRK": ("North Korea", "DPRK"),
    "RUS": ("Russia", "Russian Federation"),
    "SWZ": ("Swaziland",),
    "TUR": ("Turkey", "Turkiye", "Republic of Turkey"),
    "USA": ("US", "U.S.", "USA", "America", "United States of America"),
    "VNM": ("Vietnam",),
}

DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",),
    "ARE": ("Emirati",),
    "AZE": ("Azerbaijani", "Azeri"),
    "BFA": ("Burkinabe", "Burkinabé"),
    "CHN": ("Chinese",),
    "COD": ("Congolese",),
    "COG": ("Congolese",),
    "DEU": ("German",),
    "FRA": ("French",),
    "IND": ("Indian",),
    "GBR": ("British",),
    "KAZ": ("Kazakh", "Kazakhstani"),
    "KGZ": ("Kyrgyz",),
    "KOR": ("Korean", "South Korean"),
    "NLD": ("Dutch",),
    "RUS": ("Russian",),
    "TJK": ("Tajik",),
    "TKM": ("Turkmen",),
    "TUR": ("Turkish",),
    "USA": ("American",),
    "UZB": ("Uzbek",),
}

CAPITALS: dict[str, str] = {"KAZ": "Astana"}


@dataclass(frozen=True, slots=True)
class CountryRef:
    code: str
    iso2: str
    name: str
    official_name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    region: str | None
    subregion: str | None


def _build(entry: object) -> CountryRef:
    code = entry.alpha_3  # type: ignore[attr-defined]
    info = CountryInfo(code).info()
    name = NAMES.get(code) or getattr(entry, "common_name", None) or entry.name  # type: ignore[attr-defined]
    official = getattr(entry, "official_name", None) or name
    spellings = [s for s in info.get("altSpellings", []) if len(s) > 3 and s.isascii()]
    aliases = _unique([entry.name, official, *ALIASES.get(code, ()), *spellings], exclude=name)  # type: ignore[attr-defined]
    demonyms = _unique([*DEMONYMS.get(code, ()), info.get("demonym") or ""], exclude="")
    return CountryRef(
        code=code,
        iso2=entry.alpha_2,  # type: ignore[attr-defined]
        name=name,
        official_name=official,
        aliases=aliases,
        demonyms=demonyms,
        capital=CAPITALS.get(code, info.get("capital")) or None,
        region=info.get("region") or None,
        subregion=info.get("subregion") or None,
    )


def _unique(values: list[str], *, exclude: str) -> tuple[str, ...]:
    seen = {fold(exclude)}
    kept = []
    for value in values:
        key = fold(value)
        if value and key not in seen:
            seen.add(key)
            kept.append(value)
    return tuple(kept)


@cache
def all_countries() -> dict[str, CountryRef]:
    """Every ISO 3166-1 country, keyed by alpha-3 code, in code order."""
    return {ref.code: ref for ref in sorted(map(_build, pycountry.countries), key=lambda r: r.code)}


@cache
def _by_code() -> dict[str, CountryRef]:
    table = {}
    for ref in all_countries().values():
        table[ref.code] = ref
        table[ref.iso2] = ref
    return table


@cache
def _by_name() -> dict[str, CountryRef]:
    table: dict[str, CountryRef] = {}
    # Demonyms first, so that a name shared with a demonym ("Congolese") loses to the
    # country whose name it is; the explicit tables win over countryinfo's spellings.
    for ref in all_countries().values():
        for text in (*ref.demonyms, *ref.aliases, ref.official_name, ref.name):
            table[fold(text)] = ref
    for code, aliases in ALIASES.items():
        for alias in aliases:
            table[fold(alias)] = all_countries()[code]
    return table


def by_code(code: str) -> CountryRef | None:
    """The country with this ISO alpha-2 or alpha-3 code, in any case."""
    return _by_code().get(code.strip().upper())


def by_name(text: str) -> CountryRef | None:
    """The country a name, alias, demonym or code stands for, or None."""
    return _by_name().get(fold(text)) or (by_code(text) if len(text.strip()) in (2, 3) else None)
