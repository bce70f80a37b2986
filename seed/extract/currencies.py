"""Currencies as news copy writes them: ISO 4217 codes, symbols, local notations and names, to ISO codes."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pycountry
from countryinfo import CountryInfo

from entente.text import fold

# Written before the amount. Letters are local notations ("R44-million" is rand, "Sh205 billion" Kenyan
# shillings, "RM1.2 billion" ringgit); a dollar sign alone is the US dollar, as in wire copy.
SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "US $": "USD",
    "A$": "AUD",
    "$A": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    # the other dollars, each written with its country's letters in its own press: "N$180 billion" in Windhoek,
    # "FJ$96.2 million" in Suva, "J$2 billion" in Kingston
    "N$": "NAD",
    "FJ$": "FJD",
    "J$": "JMD",
    "TT$": "TTD",
    "EC$": "XCD",
    "SI$": "SBD",
    "WS$": "WST",
    "G$": "GYD",
    "BZ$": "BZD",
    "L$": "LRD",
    "€": "EUR",
    "£": "GBP",
    "E£": "EGP",
    "¥": "JPY",
    "CN¥": "CNY",
    "RMB": "CNY",
    "₸": "KZT",
    "₽": "RUB",
    "₺": "TRY",
    "₹": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "₴": "UAH",
    "₼": "AZN",
    "₾": "GEL",
    "₫": "VND",
    "VNĐ": "VND",  # Vietnamese copy writes the code with its own letter: "VNĐ1.3 trillion"
    "₱": "PHP",
    "฿": "THB",
    "₪": "ILS",
    "৳": "BDT",
    "₮": "MNT",
    "₭": "LAK",
    "R": "ZAR",
    "KSh": "KES",
    "Ksh": "KES",
    "TSh": "TZS",
    "Tsh": "TZS",
    "USh": "UGX",
    "Ush": "UGX",
    "UShs": "UGX",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "₵": "GHS",
    "Rwf": "RWF",
    "FRw": "RWF",
    "S/": "PEN",
    "S/.": "PEN",
    "₲": "PYG",
    "₡": "CRC",
    "៛": "KHR",
    "NT$": "TWD",
    "Tk": "BDT",
    "Br": "ETB",  # the birr in Ethiopian and East African copy: "Br4.1 billion"
    "KD": "KWD",
    "BD": "BHD",
    "RO": "OMR",
    "JD": "JOD",
    "MK": "MWK",
    "SR": "SAR",
    "QR": "QAR",
    "RM": "MYR",
    "Rp": "IDR",
    "LE": "EGP",
    "N": "NGN",  # Nigerian copy writes the naira's sign as N: "N3.3 trillion"
    "zł": "PLN",
}
# Notations several currencies share, each with the currencies it may stand for, the one read without a country
# first; the country that owns the sum, the dateline's or the article's settle which: "Rs" is a Pakistani rupee
# in "Pakistani firms invested Rs 5 billion", "Sh" a Kenyan shilling in "Kenya's exports rose to Sh112 billion".
_RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")
_SHILLINGS = ("KES", "UGX", "TZS", "SOS")
_KRONER = ("SEK", "NOK", "DKK", "ISK")
_DIRHAMS = ("AED", "MAD")  # "Dh14.7 billion" in Gulf News, "DH 5 billion" in Moroccan copy
SHARED = {
    "Rs": _RUPEES,
    "Rs.": _RUPEES,
    "₨": _RUPEES,
    "Sh": _SHILLINGS,
    "Shs": _SHILLINGS,
    "FCFA": ("XOF", "XAF"),
    "CFA": ("XOF", "XAF"),  # written against the amount in West African copy: "CFA412 billion"
    "kr": _KRONER,
    "kr.": _KRONER,
    "Dh": _DIRHAMS,
    "Dhs": _DIRHAMS,
    "DH": _DIRHAMS,
    # the kwacha in Zambian copy ("K9.8 billion"), the kina in Papua New Guinea's, the kyat in Myanmar's
    "K": ("ZMW", "PGK", "MMK"),
}
# The word a currency's ISO name ends with, as text writes it: spellings and plurals ISO does not use.
SPELLINGS = {
    "rouble": "ruble",
    "riyal": "rial",
    "soum": "sum",
    "sums": "sum",
    "reais": "real",
    "lire": "lira",
    "lei": "leu",
    "kroner": "krone",
    "kronor": "krona",
    "sterling": "pound",
    "renminbi": "yuan",
    "shekel": "sheqel",
    "tugrug": "tugrik",
    "togrog": "tugrik",
    "soms": "som",
    "guaranies": "guarani",
    "soles": "sol",
    "bolivares": "bolivar",
    "colones": "colon",
    "quetzales": "quetzal",
    "meticais": "metical",
    "maloti": "loti",
    "emalangeni": "lilangeni",
    "denari": "denar",
}
# A name several currencies share reads as this one unless the text or the article's countries say which.
DEFAULTS = {
    "dollar": "USD",
    "pound": "GBP",
    "franc": "CHF",
    "rupee": "INR",
    "shilling": "KES",
    "rial": "SAR",
    "won": "KRW",
    "manat": "AZN",
    "peso": "MXN",
    "dinar": "KWD",
    "krona": "SEK",
    "krone": "NOK",
    "leu": "RON",
    "kwacha": "ZMW",
    "yuan": "CNY",
    "dirham": "AED",
    "ruble": "RUB",
    "dram": "AMD",
}
# Names of one word that are common English words too: read only right after an amount, never alone.
NAME_WORDS = (
    "dollars?|euros?|pounds?(?: sterling)?|sterling|tenge|rubles?|roubles?|yuan|renminbi|yen|liras?|lire|soms?|"
    "sums?|soums?|manats?|won|rupees?|rand|naira|shillings?|dirhams?|riyals?|rials?|ringgits?|rupiah|dong|baht|"
    "pesos?|reais|real|zlotys?|zloty|forints?|hryvnias?|hryvnia|lari|drams?|somoni|tugriks?|francs?|levs?|leva|"
    "lei|leu|korunas?|kronor|krona|kroner|krone|dinars?|taka|kip|afghanis?|kyats?|shekels?|birr|cedis?|kwachas?|"
    # the Americas' and Africa's own, with their Spanish and Portuguese plurals: "30 trillion guaraníes"
    "guaran[ií](?:es|s)?|soles|bol[ií]vares|bol[ií]vars?|bolivianos?|col[oó]n(?:es)?|c[oó]rdobas?|quetzal(?:es|s)?|"
    "lempiras?|balboas?|gourdes?|kwanzas?|dalasis?|leones?|ariary|meticais|meticals?|nakfas?|ouguiyas?|pulas?|"
    "emalangeni|lilangeni|maloti|loti|escudos?|dobras?|denars?|denari|leks?|riels?|kinas?|ngultrums?|rufiyaa|"
    "patacas?|florins?"
)
_CODE = re.compile(r"[A-Z]{3}")


@cache
def iso_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


# Words in ISO names that qualify the currency's own word ("Pound Sterling", "Rial Omani", "CFA Franc BCEAO").
_QUALIFIERS = {"bceao", "beac", "omani", "uruguayo", "sterling", "renminbi", "soberano", "oro"}
# Fund codes and units of account, which no article quotes an amount in.
# fmt: off
_FUNDS = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU",
          "XUA", "XAG", "XAU", "XPD", "XPT", "XTS", "XXX", "ZWG"}
# fmt: on


@cache
def _by_word() -> dict[str, tuple[str, ...]]:
    """The word of every ISO 4217 name (singular, folded) -> the codes whose name has it: 'rand' -> ZAR."""
    found: dict[str, list[str]] = {}
    for c in pycountry.currencies:
        if c.alpha_3 in _FUNDS:
            continue
        words = [w for w in fold(re.sub(r"\(.*?\)", "", c.name)).split() if w not in _QUALIFIERS]
        if words:
            found.setdefault(words[-1], []).append(c.alpha_3)
    return {word: tuple(codes) for word, codes in found.items()}


@cache
def national(country: str) -> tuple[str, ...]:
    """The ISO 4217 codes a country (alpha-3) uses, as countryinfo lists them, current codes only."""
    try:
        listed = CountryInfo(country).currencies() or []
    except Exception:  # noqa: BLE001 - an entry countryinfo lacks is a country without listed currencies
        return ()
    return tuple(code for code in listed if code in iso_codes())


def local_dollar(country: str | None) -> str | None:
    """The dollar a country writes as a bare "$" at home, when it is not the US one: Canada's, Australia's,
    Singapore's ("$2.9 billion" in a Government of Canada release is CAD)."""
    if not country:
        return None
    return next((c for c in national(country) if c != "USD" and fold(_iso_name(c)).endswith("dollar")), None)


def writes_own_sign(text: str, code: str) -> bool:
    """Whether a text writes a currency with its own sign or code before an amount ("C$40 billion", "CAD 5
    million"): such a text means the US dollar by a bare "$", as wire copy does."""
    signs = sorted((s for s, c in SYMBOLS.items() if c == code), key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in [*signs, code])
    return re.search(r"(?<![\w$])(?:" + alternatives + r")\s?\d", text) is not None


def _iso_name(code: str) -> str:
    entry = pycountry.currencies.get(alpha_3=code)
    return entry.name if entry else ""


def _word(name: str) -> str:
    word = fold(name).split()[-1] if name.strip() else ""
    word = SPELLINGS.get(word, word)
    if word not in _by_word() and word.endswith("s"):
        word = SPELLINGS.get(word[:-1], word[:-1])
    return word


def currency(
    text: str | None, countries: tuple[str, ...] = (), demonym: Callable[[str], str | None] | None = None
) -> str | None:
    """The ISO code a currency as written stands for: a code, a symbol, or a name with an optional
    country adjective ('Egyptian pounds'). ``countries`` may own the sum, the likeliest first (the one the
    sentence gives it, the dateline's, the article's own); they settle a notation or a name several currencies
    share. ``demonym`` maps an adjective to its country's code."""
    if not text:
        return None
    text = text.strip()
    if text in SHARED:
        return next((code for c in countries for code in national(c) if code in SHARED[text]), SHARED[text][0])
    if text in SYMBOLS:
        return SYMBOLS[text]
    if _CODE.fullmatch(text):
        return text if text in iso_codes() else None
    words = text.split()
    word = _word(text)
    codes = _by_word().get(word, ())
    if not codes:
        return None
    if len(words) > 1:
        qualifier = " ".join(words[:-1])
        if fold(qualifier).replace(".", "") in ("us", "american", "u s"):
            return "USD" if "USD" in codes else None
        if fold(qualifier) == "cfa":  # the Central African franc in its countries' copy, else the West African
            return currency("FCFA", countries)
        country = demonym(qualifier) if demonym else None
        if country:
            mine = [c for c in national(country) if c in codes]
            if mine:
                return mine[0]
        # countryinfo lists some withdrawn codes (Belarus' BYR): the ISO name then starts like the adjective
        stem = fold(qualifier)[:5]
        named = [c for c in codes if len(stem) == 5 and fold(_iso_name(c)).startswith(stem)]
        if len(named) == 1:
            return named[0]
    if len(codes) == 1:
        return codes[0]
    for country in countries:
        mine = [c for c in national(country) if c in codes]
        if len(mine) == 1 and word != "dollar":  # a dollar with no qualifier is the US dollar
            return mine[0]
    return DEFAULTS.get(word) or codes[0]
