"""Money in every ISO 4217 currency: symbols, local notations, names, codes, ranges and series of figures."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from seed.extract import extract
from seed.extract.amounts import find_amounts
from seed.extract.currencies import currency

PUB = dt.date(2025, 9, 16)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("signed agreements worth R44-million to fund training", "44000000", "ZAR"),
        ("a R2.1-billion contract to refurbish locomotives", "2100000000", "ZAR"),
        ("trade reached R633 billion last year", "633000000000", "ZAR"),
        ("grants worth ₸9.6 billion", "9600000000", "KZT"),
        ("settlements reached ₽1.5 trillion", "1500000000000", "RUB"),
        ("a €250 million loan", "250000000", "EUR"),
        ("a £3m package", "3000000", "GBP"),
        ("coastal radars worth ¥1.5 billion", "1500000000", "JPY"),
        ("exports of 38.7 billion tenge", "38700000000", "KZT"),
        ("payments of 67 billion rubles", "67000000000", "RUB"),
        ("a 200-million-euro credit line", "200000000", "EUR"),
        ("trade stood at Sh205 billion", "205000000000", "KES"),
        ("a KSh 12.9 billion loan", "12900000000", "KES"),
        ("trade reached AED 34.9 billion", "34900000000", "AED"),
        ("Petronas invested RM1.2 billion", "1200000000", "MYR"),
        ("a SR3.75 billion financing agreement", "3750000000", "SAR"),
        ("trade worth $A18.9 billion", "18900000000", "AUD"),
        ("investments of R$27 billion", "27000000000", "BRL"),
        ("transactions crossed Rs 26,000 crore", "260000000000", "INR"),
        ("exports worth ₦4.8 trillion", "4800000000000", "NGN"),
        ("a loan of 1.5 trillion won", "1500000000000", "KRW"),
        ("a credit line of 66 billion yuan", "66000000000", "CNY"),
        ("trade of 5.2 billion Egyptian pounds", "5200000000", "EGP"),
        ("a grant of 420 million soms", "420000000", "KGS"),
        ("PLN 250 million for border crossings", "250000000", "PLN"),
        ("USD 35 million in Brazilian investment", "35000000", "USD"),
        ("exports of ₺98.2 billion", "98200000000", "TRY"),
        ("Ghana's cocoa exports earned GH¢ 9.4 billion", "9400000000", "GHS"),
        ("a GH₵3.2 billion road contract", "3200000000", "GHS"),
        ("a Rwf120 billion hospital project", "120000000000", "RWF"),
        ("Kigali received FRw 80 billion in grants", "80000000000", "RWF"),
        ("a TSh 3.5 trillion railway loan", "3500000000000", "TZS"),
        ("Kampala will spend USh 1.2 trillion on roads", "1200000000000", "UGX"),
        ("investments of 12 trillion guaraníes", "12000000000000", "PYG"),
        ("investments of about 1.1 billion soles", "1100000000", "PEN"),
        ("trade of S/ 3.4 billion", "3400000000", "PEN"),
        ("exports worth 2.5 billion bolivianos", "2500000000", "BOB"),
        ("remittances of 900 million quetzales", "900000000", "GTQ"),
        ("contracts worth more than nine billion euros", "9000000000", "EUR"),
        ("Twelve billion dollars was pledged", "12000000000", "USD"),
        ("a NT$45 billion chip plant", "45000000000", "TWD"),
        ("a KD 1.2 billion refinery deal", "1200000000", "KWD"),
        ("a RO 500 million port contract", "500000000", "OMR"),
        ("a 400 billion koruna reactor", "400000000000", "CZK"),
        ("a terminal worth 1.4 trillion Colombian pesos", "1400000000000", "COP"),
        ("contracts worth 20 billion Hong Kong dollars", "20000000000", "HKD"),
        ("deals worth Shs 2 trillion", "2000000000000", "KES"),
    ],
    ids=[
        "rand-hyphen-million",
        "rand-decimal-billion",
        "rand-billion",
        "tenge-sign",
        "ruble-sign",
        "euro-sign",
        "pound-sign-m",
        "yen-sign",
        "tenge-name",
        "rubles-name",
        "million-euro-compound",
        "kenyan-sh",
        "ksh",
        "iso-code-before",
        "ringgit-rm",
        "saudi-sr",
        "australian-dollar",
        "brazilian-real",
        "rupees-crore",
        "naira-sign",
        "won-name",
        "yuan-name",
        "country-adjective",
        "som-plural",
        "zloty-code",
        "dollar-code",
        "lira-sign",
        "cedi-gh-cent",
        "cedi-gh-sign",
        "rwandan-rwf",
        "rwandan-frw",
        "tanzanian-tsh",
        "ugandan-ush",
        "guarani-spanish-plural",
        "sol-spanish-plural",
        "sol-sign",
        "boliviano",
        "quetzal-spanish-plural",
        "number-in-words",
        "number-in-words-capitalised",
        "taiwan-dollar",
        "kuwaiti-kd",
        "omani-ro",
        "koruna",
        "colombian-pesos",
        "hong-kong-dollars",
        "shs",
    ],
)
def test_amount_and_currency(text: str, value: str, unit: str) -> None:
    found = [(a.value, a.unit) for a in find_amounts(text, [])]
    assert (Decimal(value), unit) in found, found


@pytest.mark.parametrize(
    ("written", "countries", "code"),
    [
        ("rupees", ("PAK", "KAZ"), "PKR"),
        ("rupees", ("IND",), "INR"),
        ("shillings", ("TZA",), "TZS"),
        ("dollars", ("AUS",), "USD"),
        ("Belarusian rubles", (), "BYN"),
        ("CFA francs", (), "XOF"),
        ("pounds sterling", (), "GBP"),
        ("riyals", ("QAT",), "QAR"),
        ("Rs", ("PAK", "CHN"), "PKR"),
        ("Rs.", ("LKA",), "LKR"),
        ("Rs", (), "INR"),
        ("Sh", ("UGA",), "UGX"),
        ("Sh", ("TZA", "KEN"), "TZS"),
        ("Sh", (), "KES"),
        ("CFA francs", ("CMR", "CHN"), "XAF"),
        ("FCFA", ("SEN",), "XOF"),
        ("FCFA", ("GAB", "SEN"), "XAF"),
        ("kr", ("DNK", "DEU"), "DKK"),
        ("kr", (), "SEK"),
        ("Shs", ("UGA", "KEN"), "UGX"),
        ("DH", ("MAR", "FRA"), "MAD"),
        ("Dh", ("IDN",), "AED"),
    ],
    ids=[
        "rupees-pakistan",
        "rupees-india",
        "shillings-tanzania",
        "dollar-is-us",
        "belarus",
        "cfa",
        "sterling",
        "riyal-qatar",
        "rs-pakistan",
        "rs-sri-lanka",
        "rs-alone-is-indian",
        "sh-uganda",
        "sh-tanzania-first",
        "sh-alone-is-kenyan",
        "cfa-central-africa",
        "fcfa-west-africa",
        "fcfa-first-country-first",
        "kr-danish",
        "kr-alone-is-swedish",
        "shs-first-country",
        "dh-moroccan",
        "dh-alone-is-emirati",
    ],
)
def test_a_shared_currency_name_is_read_with_the_articles_countries(
    written: str, countries: tuple[str, ...], code: str
) -> None:
    assert currency(written, countries) == code


@pytest.mark.parametrize(
    "text",
    [
        "Some 7.4 million South Koreans visited Japan in the past 12 months.",
        "The R4 road links the two border towns.",
        "TOP 10 trading partners of Kazakhstan met in Astana.",
        "The pipeline carries 1.2 million tons of oil.",
        "Barbados and Canada raised Bds$5 million for the clinic.",
        "Some nine million tourists visited Turkey from Russia.",
        "Lula invited Xi to attend the COP30 climate summit in Belem.",
        "Azerbaijan hosted COP 29 in Baku, and Brazil will host the next one.",
    ],
    ids=[
        "people-counted",
        "road-name",
        "capitals-word",
        "tonnage",
        "unknown-glued-notation",
        "word-number-counted",
        "a-code-glued-to-a-name",
        "a-code-before-a-small-number",
    ],
)
def test_numbers_that_are_not_money(text: str) -> None:
    assert [(a.value, a.unit) for a in find_amounts(text, []) if a.unit] == []
    assert extract(text, published_on=PUB).figures == []


def _figures(text: str) -> set[tuple]:
    return {
        (f.metric.value, f.value, f.unit, f.qualifier.value, (f.period.start, f.period.end) if f.period else None)
        for f in extract(text, published_on=PUB).figures
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Following the talks, Kazakhstan and Germany signed 11 documents worth €1.5-2 billion.",
            {
                ("DEAL_VALUE", Decimal("1500000000"), "EUR", "MORE_THAN", None),
                ("DEAL_VALUE", Decimal("2000000000"), "EUR", "LESS_THAN", None),
            },
        ),
        (
            "Kazakhstan and Egypt agreed on projects worth $3-4 million in pharmaceuticals.",
            {
                ("DEAL_VALUE", Decimal("3000000"), "USD", "MORE_THAN", None),
                ("DEAL_VALUE", Decimal("4000000"), "USD", "LESS_THAN", None),
            },
        ),
    ],
    ids=["euro-range-with-scale", "dollar-range"],
)
def test_a_range_is_two_bounds(text: str, expected: set[tuple]) -> None:
    assert expected <= _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade between South Africa and China reached R633 billion in 2024, up from R598 billion in 2023 and "
            "R571 billion in 2022.",
            [("2024", "R633"), ("2023", "R598"), ("2022", "R571")],
        ),
        (
            "Trade between Kazakhstan and Uzbekistan grew from $3.9 billion in 2022 to $4.4 billion in 2023 and "
            "$4.5 billion in 2024.",
            [("2022", "$3.9"), ("2023", "$4.4"), ("2024", "$4.5")],
        ),
        (
            "Trade between Kazakhstan and Turkey was $7.5 billion in 2024, down from $8.1 billion a year earlier.",
            [("2024", "$7.5"), ("2023", "$8.1")],
        ),
        (
            "Trade between Egypt and Greece stood at $1.2 billion, $1.5 billion and $1.9 billion in 2022, 2023 and "
            "2024 respectively.",
            [("2022", "$1.2"), ("2023", "$1.5"), ("2024", "$1.9")],
        ),
        (
            "Non-oil trade between Qatar and Turkey has grown steadily since 2021. It rose from QR14.7 billion in 2022 "
            "to QR18.9 billion in 2023 and QR22.3 billion in 2024.",
            [("2022", "QR14.7"), ("2023", "QR18.9"), ("2024", "QR22.3")],
        ),
        (
            "Chile's exports to Peru totalled $4.5 billion in 2024, compared with $3.9 billion in 2023.",
            [("2024", "$4.5"), ("2023", "$3.9")],
        ),
    ],
    ids=[
        "rand-series",
        "dollar-series-from-to",
        "a-year-earlier",
        "respectively",
        "it-of-the-sentence-before",
        "compared-with",
    ],
)
def test_a_series_in_one_sentence_gives_each_figure_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    amounts = {a.value: text[a.start : a.end] for a in find_amounts(text, [])}
    found = {(f.period.start, amounts[f.value].split()[0]) for f in extract(text, published_on=PUB).figures if f.period}
    assert set(expected) <= found


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Indian state-owned RITES signed a R2.1-billion contract with South Africa's Transnet.", "DEAL_VALUE"),
        ("China extended a KSh 12.9 billion loan to Kenya for the road.", "OTHER"),
        ("Kazakhstan and Qatar signed 15 documents worth $12.5 billion.", "DEAL_VALUE"),
        ("Germany will contribute PLN 250 million to Poland's border crossings.", "OTHER"),
        ("British International Investment announced a $100 million investment in Nigerian firms.", "INVESTMENT"),
        ("Pakistan and China signed a 90 billion-rupee agreement on the railway upgrade.", "DEAL_VALUE"),
    ],
    ids=[
        "contract-after-amount",
        "loan-after-amount",
        "documents-worth",
        "contribute",
        "investment-after-amount",
        "hyphened-rupee",
    ],
)
def test_the_metric_of_an_amount(text: str, metric: str) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("In July, Kazakhstan shipped 48,000 tons of wheat worth ₸9.6 billion to Turkmenistan.", "EXPORTS"),
        (
            "Japan's official development assistance to the Philippines totaled about ¥3.2 trillion between 1966 "
            "and 2024.",
            "OTHER",
        ),
        ("Settlements in national currencies between Russia and Turkey reached 1.5 trillion rubles.", "OTHER"),
        ("UK Export Finance has also made up to £3 billion available to support projects in Nigeria.", "OTHER"),
        ("Japan will provide the Philippines with coastal radar systems worth ¥1.5 billion.", "OTHER"),
        ("Russia will allocate 2 billion rubles to Tajikistan for the construction of schools.", "OTHER"),
        ("Canada announced C$65 million for infrastructure and clean-energy projects in Mexico.", "OTHER"),
        ("Kazakhstan sent 1.5 billion tenge in aid to Kyrgyzstan after the floods.", "GRANT"),
        ("Australia and Indonesia agreed to set up an energy transition fund worth $A1 billion.", "OTHER"),
        (
            "Transactions under the Local Currency Settlement System between India and the UAE crossed Rs 26,000 "
            "crore in 2024.",
            "OTHER",
        ),
    ],
    ids=[
        "shipped-goods-are-exports",
        "development-assistance",
        "settlements",
        "export-finance",
        "provide-with",
        "allocate",
        "announced-for-a-purpose",
        "in-aid",
        "a-fund",
        "transactions",
    ],
)
def test_metrics_beyond_trade_and_investment(text: str, metric: str) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == [metric]


# One side's sales to the other are its exports, money poured into a plant is invested, a sum aimed for is a target,
# and a credit facility or one partner's share of a cost is financing (OTHER); arms sales are no exports.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "German sales to Poland reached €98 billion in 2024.",
            {("EXPORTS", Decimal("98000000000"), "EUR", "EXACT", ("2024", "2024"))},
        ),
        (
            "Turkish sales to Iraq rose to $12 billion last year.",
            {("EXPORTS", Decimal("12000000000"), "USD", "EXACT", ("2024", "2024"))},
        ),
        (
            "Japanese firms ploughed $400 million into Vietnamese factories in 2024.",
            {("INVESTMENT", Decimal("400000000"), "USD", "EXACT", ("2024", "2024"))},
        ),
        (
            "South Korea's Hyundai has poured about $1.1 billion into a battery cell plant in Indonesia.",
            {("INVESTMENT", Decimal("1100000000"), "USD", "ABOUT", None)},
        ),
        (
            "Egypt and Kenya are aiming at $5 billion in bilateral trade by 2030.",
            {("TRADE_TARGET", Decimal("5000000000"), "USD", "TARGET", ("2030", "2030"))},
        ),
        (
            "Under the deal, a credit facility of up to 300 million euros will support Italian firms investing in "
            "Tunisian solar plants.",
            {("OTHER", Decimal("300000000"), "EUR", "LESS_THAN", None)},
        ),
        (
            "Korea agreed to lower its share of the development cost to 600 billion won, Indonesia said.",
            {("OTHER", Decimal("600000000000"), "KRW", "EXACT", None)},
        ),
        ("Italian arms sales to Qatar reached 2 billion euros in 2024.", set()),
    ],
    ids=[
        "sales-to",
        "sales-rose",
        "ploughed-into",
        "poured-into",
        "aiming-at",
        "credit-facility",
        "share-of-cost",
        "arms-sales-no-exports",
    ],
)
def test_sales_investment_targets_and_financing(text: str, expected: set[tuple]) -> None:
    assert {f for f in _figures(text) if f[0] == "EXPORTS" or f in expected} == expected


# A fiscal year named by the year it closes in ("FY24") runs in the calendar of the country whose money the sentence
# counts in: Bangladesh's July to June, India's April to March.
@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Bangladesh's exports to India stood at Tk 18,700 crore in FY24, the Bangladesh Bank said.",
            ("2023-07", "2024-06"),
        ),
        ("India's exports to Bangladesh reached $11 billion in FY 2025.", ("2024-04", "2025-03")),
        ("Pakistan's exports to China reached $2.7 billion in FY'26 so far.", ("2025-07", "2026-06")),
    ],
    ids=["taka-fy24", "fy-2025-india", "fy-apostrophe-pakistan"],
)
def test_a_fiscal_year_named_by_its_closing_year(text: str, period: tuple[str, str]) -> None:
    assert [f[4] for f in _figures(text)] == [period]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Malaysian side said Petronas had invested over RM1.2 billion (about $270 million) in Kazakhstan over "
            "the past decade.",
            {
                ("INVESTMENT", Decimal("1200000000"), "MYR", "MORE_THAN", ("2015", "2025")),
                ("INVESTMENT", Decimal("270000000"), "USD", "ABOUT", ("2015", "2025")),
            },
        ),
        (
            "Trade between Kenya and Tanzania stood at Sh120 billion ($930 million) in 2024.",
            {
                ("TRADE_TURNOVER", Decimal("120000000000"), "KES", "EXACT", ("2024", "2024")),
                ("TRADE_TURNOVER", Decimal("930000000"), "USD", "EXACT", ("2024", "2024")),
            },
        ),
        (
            "In November 2022, President Tokayev paid a state visit to France, during which 12 bilateral documents "
            "worth 2.1 trillion tenge were signed.",
            {("DEAL_VALUE", Decimal("2100000000000"), "KZT", "EXACT", None)},
        ),
        (
            "The UAE and Egypt discussed the Ras El Hekma development agreement signed in February 2024 with "
            "investments worth $35 billion.",
            {("INVESTMENT", Decimal("35000000000"), "USD", "EXACT", None)},
        ),
        (
            "Szijjarto said trade between Hungary and Kazakhstan reached $536.7 million last year, up 36 percent year "
            "on year, and totaled $398 million in the first eight months of this year.",
            {("GROWTH_RATE", Decimal("36"), "PERCENT", "EXACT", ("2024", "2024"))},
        ),
    ],
    ids=[
        "equivalent-shares-the-period-told-after-it",
        "equivalent-shares-the-period-told-before",
        "a-deal-value-has-no-period",
        "a-signing-date-is-no-period",
        "growth-right-after-a-sum",
    ],
)
def test_figures_that_take_another_figures_facts(text: str, expected: set[tuple]) -> None:
    assert expected <= _figures(text)


@pytest.mark.parametrize(
    ("text", "metric", "unit"),
    [
        ("Nigeria and China renewed a currency swap of about N3.3 trillion.", "OTHER", "NGN"),
        ("Vietnam's exports to Japan were valued at 24.6 billion USD in 2024.", "EXPORTS", "USD"),
        ("Kazakhstan and Turkey signed a deal valued at $2 billion.", "DEAL_VALUE", "USD"),
    ],
    ids=["naira-as-n", "flow-valued-at", "deal-valued-at"],
)
def test_local_notations_and_what_valued_at_values(text: str, metric: str, unit: str) -> None:
    assert [(f.metric.value, f.unit) for f in extract(text, published_on=PUB).figures] == [(metric, unit)]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("India announced an economic package of Rs 10,000 crore for Nepal's infrastructure.", ["OTHER"]),
        ("Japan unveiled a support package worth ¥200 billion for Ukraine's recovery.", ["OTHER"]),
        ("Korea approved an aid package of $10 million for Laos.", ["GRANT"]),
        ("Germany has committed €150 million to support Moldova's energy sector.", ["OTHER"]),
        ("Australia committed A$40 million to a regional health facility with Papua New Guinea.", ["OTHER"]),
        ("Korea's KOICA has implemented development projects worth $120 million in Uzbekistan.", ["OTHER"]),
        ("Japan's JICA carried out humanitarian projects worth ¥3 billion in Jordan.", ["GRANT"]),
        ("Kazakh and Chinese firms signed joint development projects worth $2 billion.", ["DEAL_VALUE"]),
        ("Chinese investment projects worth $8 billion were completed in Serbia.", ["INVESTMENT"]),
        ("Korea is the largest investor in Vietnam, with some 10,000 projects worth $87 billion.", ["INVESTMENT"]),
        (
            "Qatari investments in Rwanda exceed $2.5bn, including a stake in the new Kigali airport, a project "
            "estimated at $1.3bn.",
            ["INVESTMENT", "DEAL_VALUE"],
        ),
        (
            "The UAE's DP World signed a concession worth $1 billion to run the port of Dakar in Senegal.",
            ["DEAL_VALUE"],
        ),
        (
            "Japan's development assistance to Cambodia exceeds $3 billion, of which about $300 million is in grants.",
            ["OTHER", "GRANT"],
        ),
        ("Poland puts the cost of the Korean reactor at about 100 billion zlotys.", ["DEAL_VALUE"]),
    ],
    ids=[
        "economic-package",
        "support-package",
        "aid-package-is-a-grant",
        "committed-to-support",
        "committed-to-a-facility",
        "aid-agency-development-projects",
        "aid-agency-humanitarian-projects",
        "joint-development-projects-are-a-deal",
        "investment-projects",
        "an-investors-projects",
        "one-project-is-a-deal",
        "concession",
        "of-which-in-grants",
        "cost-of",
    ],
)
def test_what_a_sum_is_for(text: str, metrics: list[str]) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Korea and Poland agreed to lift annual trade to between $10 billion and $12 billion by 2030.",
            {
                ("TRADE_TARGET", Decimal("10000000000"), ("2030", "2030")),
                ("TRADE_TARGET", Decimal("12000000000"), ("2030", "2030")),
            },
        ),
        ("Egypt and Turkey want to raise trade to $15 billion.", {("TRADE_TARGET", Decimal("15000000000"), None)}),
        (
            "Brazil and Indonesia agreed to raise bilateral trade from US$6.3 billion in 2024 to US$20 billion in the "
            "coming years.",
            {
                ("TRADE_TURNOVER", Decimal("6300000000"), ("2024", "2024")),
                ("TRADE_TARGET", Decimal("20000000000"), None),
            },
        ),
        (
            "Trade between Uzbekistan and Tajikistan grew to $600 million last year. Leaders stressed the importance of "
            "reaching the target of $2 billion.",
            {("TRADE_TURNOVER", Decimal("600000000"), ("2024", "2024")), ("TRADE_TARGET", Decimal("2000000000"), None)},
        ),
    ],
    ids=["range-by-a-year", "want-to-raise", "raised-from-a-sum-with-decimals", "target-of-not-importance"],
)
def test_targets(text: str, expected: set[tuple]) -> None:
    found = {
        (f.metric.value, f.value, (f.period.start, f.period.end) if f.period else None)
        for f in extract(text, published_on=PUB).figures
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        (
            "A Turkish-Egyptian business forum was held in Cairo with the participation of more than 150 companies.",
            True,
        ),
        ("Some 80 Polish firms took part in the Kazakh-Polish forum in Astana.", True),
        ("The Korea-Uzbekistan business forum was attended by 200 businesses.", True),
        ("More than 300 companies with Hungarian capital operate in Kazakhstan.", True),
        ("The number of Polish companies taking part in the Kazakh forum reached 150.", True),
        ("Ghana's trade minister led a business delegation of 40 companies to Abidjan.", False),
        ("A Kenyan trade delegation comprising some 30 firms visited Kampala.", False),
    ],
    ids=[
        "participation-of",
        "took-part",
        "attended-by",
        "operating-companies",
        "the-number-taking-part",
        "delegation-of",
        "delegation-comprising",
    ],
)
def test_companies_at_an_event_are_counted_not_a_delegation(text: str, counted: bool) -> None:
    """The companies at a forum are a COMPANY_COUNT, as the gold of final6-final10 has them; a delegation's are
    delegates, whom no figure counts."""
    counts = [f for f in extract(text, published_on=PUB).figures if f.metric.value == "COMPANY_COUNT"]
    assert bool(counts) == counted


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Indian investment in Sri Lanka has crossed US$ 2.2 billion.", "MORE_THAN"),
        ("Turkish exports to Iraq topped $12 billion last year.", "MORE_THAN"),
        ("Chinese firms have invested more than $5 billion in Serbia.", "MORE_THAN"),
    ],
    ids=["crossed", "topped", "more-than"],
)
def test_verbs_of_a_lower_bound(text: str, qualifier: str) -> None:
    assert [f.qualifier.value for f in extract(text, published_on=PUB).figures] == [qualifier]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Malaysia-Peru trade totalled RM1.63 billion in 2023. Malaysian investments in Peru amounted to about 1.1 "
            "billion soles.",
            ["MYR", "PEN"],
        ),
        (
            "Trade between Kenya and South Africa stood at Sh150 billion last year, while South African exports to "
            "Kenya reached R17.8 billion.",
            ["KES", "ZAR"],
        ),
        (
            "Trade between Germany and Ghana was valued at €2 billion in 2023, or GH¢12.6 billion by Ghanaian figures.",
            ["EUR", "GHS"],
        ),
        (
            "Qatar and Rwanda signed deals worth $1 billion. Qatar's grants to Rwanda reached Rwf45 billion.",
            ["USD", "RWF"],
        ),
    ],
    ids=["name-after-the-amount", "letter-before-the-amount", "sign-before-the-amount", "letters-glued-to-the-amount"],
)
def test_the_currency_beside_an_amount_wins_over_the_articles(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract(text, published_on=PUB).figures] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Kenya's exports to Uganda rose from Sh98.6 billion in 2022 to Sh112.4 billion in 2023, while Uganda's "
            "exports to Kenya were valued at USh3.1 trillion.",
            ["KES", "KES", "UGX"],
        ),
        ("Under the deal, the Kenyan government will spend Sh2.3 billion on the Uganda border post.", ["KES"]),
        ("Tanzania's exports to Kenya reached Sh1.2 trillion last year.", ["TZS"]),
        ("Pakistani firms have invested Rs 45 billion in Sri Lanka since 2015.", ["PKR"]),
        ("Sri Lanka's exports to India earned Rs 250 billion in 2024.", ["LKR"]),
        ("Argentina's exports to Chile totalled 950 billion pesos in 2024.", ["ARS"]),
        ("Cameroon's exports to Senegal reached 20 billion FCFA in 2024.", ["XAF"]),
        ("Norway's exports to Sweden were worth kr 120 billion in 2024.", ["NOK"]),
        ("Iraq's imports from Jordan reached 900 million dinars in 2024.", ["IQD"]),
        ("Canada's exports to Mexico reached $5 billion in 2024.", ["USD"]),
    ],
    ids=[
        "kenya-owns-its-exports",
        "the-kenyan-government-spends",
        "tanzania-owns-its-exports",
        "pakistani-firms",
        "sri-lanka-rupees",
        "argentine-pesos",
        "cameroon-central-african-francs",
        "norwegian-kroner",
        "iraqi-dinars",
        "a-dollar-sign-stays-the-us-dollar",
    ],
)
def test_an_ambiguous_notation_is_the_currency_of_the_country_that_owns_the_sum(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract(text, published_on=PUB).figures] == units


def test_an_unowned_notation_is_the_datelines() -> None:
    text = (
        "KAMPALA\n\nKenya and Uganda agreed to extend the oil pipeline. Trade between the two countries reached "
        "Sh500 billion in 2024."
    )
    assert [f.unit for f in extract(text, published_on=PUB).figures] == ["UGX"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("Merz said Germany was ready to provide 200 million euros in support for Polish victims.", ["OTHER"]),
        ("Estonia has provided more than 500 million euros in military aid to Ukraine since 2022.", ["OTHER"]),
        ("Lithuania will allocate 30 million euros to Ukrainian drone makers this year.", ["OTHER"]),
        (
            "Australian Foreign Minister Penny Wong announced A$20 million (Rp 212 billion) in grants for Indonesia's "
            "climate programs.",
            ["GRANT", "GRANT"],
        ),
        ("Norway donated NOK 50 million to Ethiopia's drought relief.", ["GRANT"]),
        ("Japan will provide a grant of ¥600 million to the Philippines for coast guard boats.", ["GRANT"]),
        ("Turkey sent humanitarian aid worth 80 million liras to Syria.", ["GRANT"]),
        ("The US noted the $500 million in Foreign Military Financing announced for the Philippines.", ["OTHER"]),
        ("Japan will extend a ¥30 billion loan to Mongolia to modernize heating.", ["OTHER"]),
    ],
    ids=[
        "in-support",
        "military-aid",
        "allocate-to",
        "grants-after-an-equivalent",
        "donated",
        "provide-a-grant",
        "humanitarian-aid",
        "military-financing",
        "a-loan",
    ],
)
def test_a_grant_is_only_what_the_text_calls_a_gift(text: str, metrics: list[str]) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Uganda officials met to iron out the financing arrangements for the pipeline, estimated to cost "
            "$400 million.",
            ("DEAL_VALUE", "ABOUT"),
        ),
        (
            "Egypt and Greece will build the GREGY interconnector, which will cost €3.5 billion.",
            ("DEAL_VALUE", "EXACT"),
        ),
    ],
    ids=["estimated-to-cost-after-financing", "will-cost"],
)
def test_what_a_thing_costs_is_its_value(text: str, expected: tuple[str, str]) -> None:
    assert [(f.metric.value, f.qualifier.value) for f in extract(text, published_on=PUB).figures] == [expected]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Lula attended the China-CELAC Forum in Beijing, where Xi announced a 66 billion yuan credit line for Latin "
            "American and Caribbean countries.",
            "CHN",
        ),
        ("At the summit in Tokyo, Japan pledged $30 billion in loans to African countries, Kenya said.", "JPN"),
        ("India announced a $1 billion line of credit for African countries, Prime Minister Modi said.", "IND"),
    ],
    ids=["credit-line-for-a-region", "pledged-to-a-region", "line-of-credit-for-a-region"],
)
def test_a_sum_for_a_region_is_of_its_giver_and_the_region(text: str, country: str) -> None:
    found = [(f.countries, bool(f.counterpart)) for f in extract(text, published_on=PUB).figures]
    assert found == [([country], True)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Uzbek and Hungarian officials said the number of enterprises with Hungarian capital has reached 72.", "72"),
        ("The number of Turkish companies operating in Egypt stands at more than 1,500, the minister said.", "1500"),
    ],
    ids=["has-reached", "stands-at"],
)
def test_a_number_of_companies_told_after_them(text: str, value: str) -> None:
    counts = [f.value for f in extract(text, published_on=PUB).figures if f.metric.value == "COMPANY_COUNT"]
    assert counts == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Hanoi will spend VNĐ2.5 trillion on the new expressway.", "2500000000000", "VND"),
        ("The Ethiopian government raised Br12.6 billion from the bond sale.", "12600000000", "ETB"),
    ],
    ids=["vnd-with-its-own-letter", "birr-as-br"],
)
def test_local_notations_of_vietnam_and_ethiopia(text: str, value: str, unit: str) -> None:
    assert (Decimal(value), unit) in [(a.value, a.unit) for a in find_amounts(text, [])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bangladesh's exports to India rose 8.4pc to $1.9bn in 2024.", True),
        ("Turkish exports to Iraq grew 12pc in 2024, reaching $13 billion.", True),
        ("The firm bought 500 PCs for the ministry, and trade grew in 2024.", False),
    ],
    ids=["pc-after-a-rate", "pc-glued", "not-computers"],
)
def test_pc_is_percent_written_against_the_number(text: str, found: bool) -> None:
    rates = [f for f in extract(text, published_on=PUB).figures if f.metric.value == "GROWTH_RATE"]
    assert bool(rates) == found


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("France and Kenya signed a credit agreement worth €150 million for the Nairobi commuter rail.", ["OTHER"]),
        ("Korea and Uzbekistan signed a loan agreement worth $300 million for a hospital.", ["OTHER"]),
        ("Kazakhstan and France signed an agreement worth €300 million on wind farms.", ["DEAL_VALUE"]),
        ("In June, Saudi Arabia rolled over $3 billion in deposits and commercial loans for Egypt.", ["OTHER"]),
        ("Sri Lanka will give Thailand 40 million baht in non-refundable aid for the flood victims.", ["GRANT"]),
        ("Uganda pays an estimated $300 million a year in transit fees to Kenya.", ["OTHER"]),
        ("Zambia's utility earned $200 million from electricity exports to Namibia.", ["EXPORTS"]),
    ],
    ids=[
        "credit-agreement-is-a-loan",
        "loan-agreement-is-a-loan",
        "an-agreement-is-a-deal",
        "loans-named-after-three-words",
        "non-refundable-aid",
        "fees-a-year",
        "earned-from-exports",
    ],
)
def test_what_a_sum_is_named_after_it(text: str, metrics: list[str]) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == metrics


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "The upgrade of the port of Lobito, which handles most of Angola's mineral trade with Zambia, is "
            "estimated at $2 billion.",
            "DEAL_VALUE",
        ),
        ("Trade between Peru and Chile, which grew fast, is estimated at $6 billion.", "TRADE_TURNOVER"),
    ],
    ids=["relative-clause-is-not-the-sums", "the-subject-still-names-it"],
)
def test_a_relative_clause_does_not_name_the_sum(text: str, metric: str) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == [metric]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("In May, Japan rolled over $2 billion in loans to Sri Lanka.", "EXACT"),
        ("Japan has extended over $2 billion in loans to Sri Lanka.", "MORE_THAN"),
    ],
    ids=["rolled-over-is-a-verb", "over-is-a-bound"],
)
def test_over_after_a_verb_is_no_bound(text: str, qualifier: str) -> None:
    assert [f.qualifier.value for f in extract(text, published_on=PUB).figures] == [qualifier]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1,200 Korean companies operate in Vietnam, up from 850 in 2018.", [("1200", None), ("850", "2018")]),
        ("Some 150 Turkish firms are active in Ghana, down from 170 in 2020.", [("150", None), ("170", "2020")]),
        ("More than 300 companies with Czech capital operate in Kazakhstan.", [("300", None)]),
    ],
    ids=["up-from", "down-from", "no-earlier-count"],
)
def test_a_company_count_with_the_one_it_changed_from(text: str, expected: list[tuple]) -> None:
    found = [
        (str(f.value), f.period.start if f.period else None)
        for f in extract(text, published_on=PUB).figures
        if f.metric.value == "COMPANY_COUNT"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Around 300,000 Filipino nationals live in Saudi Arabia, the embassy said.", "300000"),
        ("Some 12,000 Nepali workers are working in Malaysia under the scheme.", "12000"),
        ("More than 5,000 Kazakh students are studying in Poland.", "5000"),
        ("Indonesia and Egypt agreed that 2,000 Indonesian students would get scholarships.", None),
        ("The two leaders met 300 people in Cairo.", None),
    ],
    ids=["nationals-live-in", "workers-working-in", "students-studying-in", "no-verb-of-living", "not-abroad"],
)
def test_people_of_one_country_living_in_the_other_are_counted(text: str, value: str | None) -> None:
    counts = [str(f.value) for f in extract(text, published_on=PUB).figures if f.metric.value == "COUNT"]
    assert counts == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Britain announced a £50 million investment in Kenya's largest solar farm in East Africa.", False),
        ("China pledged $50 billion in loans to African countries, Nigeria said.", True),
    ],
    ids=["ranked-in-a-region", "given-to-a-region"],
)
def test_a_region_a_thing_is_ranked_in_is_no_counterpart(text: str, region: bool) -> None:
    assert [bool(f.counterpart) for f in extract(text, published_on=PUB).figures] == [region]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Windhoek expects the plant to attract N$12 billion in the next decade.", "12000000000", "NAD"),
        ("Suva spent FJ$40.5 million on the new wharf.", "40500000", "FJD"),
        ("Kingston approved J$2.3 billion for the coastal road.", "2300000000", "JMD"),
        ("Port of Spain earmarked TT$150 million for the ferry service.", "150000000", "TTD"),
        ("Addis Ababa collected 3.4 billion Birr in export duties.", "3400000000", "ETB"),
        ("Kenya and Ethiopia traded goods worth 12 billion Shillings.", "12000000000", "KES"),
    ],
    ids=[
        "namibian-dollar",
        "fijian-dollar",
        "jamaican-dollar",
        "trinidad-dollar",
        "birr-capitalised",
        "shillings-capitalised",
    ],
)
def test_dollars_of_their_own_and_capitalised_names(text: str, value: str, unit: str) -> None:
    assert (Decimal(value), unit) in [(a.value, a.unit) for a in find_amounts(text, [], ("KEN",))]


def test_a_capitalised_name_going_on_is_no_currency() -> None:
    assert find_amounts("Some 5 million Euro Area citizens travel to Turkey.", []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 1.5 billion to 2 billion euros", [("1500000000", "EUR"), ("2000000000", "EUR")]),
        ("from 300 to 450 million dollars", [("300000000", "USD"), ("450000000", "USD")]),
        ("between 20 and 25 billion rupees", [("20000000000", "INR"), ("25000000000", "INR")]),
        ("rose to 12 billion in 2024 from 9 billion euros", [("12000000000", None), ("9000000000", "EUR")]),
    ],
    ids=["scale-on-both", "scale-on-the-second", "between-and", "not-across-a-year"],
)
def test_a_sum_written_short_takes_the_currency_of_the_one_joined_after_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    skip = [(m.start(), m.end()) for m in re.finditer(r"\b20\d\d\b", text)]
    assert [(str(a.value), a.unit) for a in find_amounts(text, skip)] == expected


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "Lisbon will increase the credit line for Portuguese exports to Angola from 1.5 billion to 2 billion euros.",
            [("OTHER", "1500000000", "EUR"), ("OTHER", "2000000000", "EUR")],
        ),
        (
            "Russia opened a $500 million loan to finance imports of Russian grain by Egypt.",
            [("OTHER", "500000000", "USD")],
        ),
        (
            "The state's arrears to Chinese contractors in Zambia are estimated at $1.2 billion.",
            [("OTHER", "1200000000", "USD")],
        ),
        (
            "Australia's trade surplus with Indonesia reached A$4.1 billion in 2024.",
            [("OTHER", "4100000000", "AUD")],
        ),
        (
            "The U.S. goods trade deficit with Vietnam reached $123.5 billion last year.",
            [("OTHER", "123500000000", "USD")],
        ),
        (
            "Canberra announced A$20 million in new funding for Papua New Guinea's health programmes.",
            [("OTHER", "20000000", "AUD")],
        ),
        (
            "Japan pledged $30 million in grant funding to Sri Lanka.",
            [("GRANT", "30000000", "USD")],
        ),
        (
            "Trade between Chile and Peru reached $4.6 billion last year.",
            [("TRADE_TURNOVER", "4600000000", "USD")],
        ),
    ],
    ids=[
        "credit-line-for-exports",
        "loan-to-finance-imports",
        "arrears",
        "trade-surplus",
        "trade-deficit",
        "new-funding",
        "grant-funding-is-a-grant",
        "trade-is-still-trade",
    ],
)
def test_money_owed_lent_or_short_is_other(text: str, metrics: list[tuple[str, str, str]]) -> None:
    found = [(f.metric.value, str(f.value), f.unit) for f in extract(text, published_on=PUB).figures]
    assert found == metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Turkish contractor is building a 2.1 billion lira road project in Somalia.",
            [("DEAL_VALUE", "2100000000", "TRY")],
        ),
        (
            "Nigeria and Brazil reviewed the Green Imperative Programme, a $1.1 billion agro-industrial scheme.",
            [("DEAL_VALUE", "1100000000", "USD")],
        ),
        (
            "The second phase of the Thailand-China railway is budgeted at 341.3 billion baht ($10.7 billion).",
            [("DEAL_VALUE", "341300000000", "THB"), ("DEAL_VALUE", "10700000000", "USD")],
        ),
        (
            "The German-backed green hydrogen project in Namibia is valued at about N$180 billion.",
            [("DEAL_VALUE", "180000000000", "NAD")],
        ),
        (
            "Korea will fund a $50 million aid programme in Cambodia.",
            [("GRANT", "50000000", "USD")],
        ),
        (
            "The Exim Bank of China will provide a credit line of 10 billion yuan for projects in Uzbekistan.",
            [("OTHER", "10000000000", "CNY")],
        ),
    ],
    ids=[
        "road-project",
        "agro-industrial-scheme",
        "budgeted-at-with-its-equivalent",
        "valued-at-in-namibian-dollars",
        "an-aid-programme-is-aid",
        "projects-after-a-preposition-are-not-the-sum",
    ],
)
def test_what_a_project_is_worth(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(f.metric.value, str(f.value), f.unit) for f in extract(text, published_on=PUB).figures]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agreement cuts U.S. tariffs on most Vietnamese goods to 15% from 20%, Greer said.",
            [("15", "EXACT"), ("20", "EXACT")],
        ),
        ("Indonesia will impose import duties of up to 35 percent on steel from China.", [("35", "LESS_THAN")]),
        ("Canada slapped a 25% tariff on electric vehicles from China.", [("25", "EXACT")]),
        ("Exports to Mexico rose 12% after tariffs were lifted in 2024.", []),
        ("Beijing cut tariffs by 5% on Australian wine.", []),
    ],
    ids=["to-from", "duties-up-to", "before-the-tariff", "a-growth-is-no-tariff", "a-cut-by-is-no-rate"],
)
def test_tariff_rates_are_other_percentages(text: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (str(f.value), f.qualifier.value)
        for f in extract(text, published_on=PUB).figures
        if f.metric.value == "OTHER" and f.unit == "PERCENT"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 1,300 French subsidiaries operate in Morocco, the minister said.", "1300"),
        ("About 450 Japanese affiliates operate in Thailand's eastern corridor.", "450"),
    ],
    ids=["subsidiaries", "affiliates"],
)
def test_subsidiaries_are_companies_counted(text: str, value: str) -> None:
    counts = [f.value for f in extract(text, published_on=PUB).figures if f.metric.value == "COMPANY_COUNT"]
    assert counts == [Decimal(value)]


def test_a_headline_sum_is_the_bodys_with_its_period() -> None:
    text = (
        "Chile and Peru agree to raise trade to $10 billion\n\n"
        "LIMA, Sept 15 - The two presidents said they aim to raise bilateral trade to $10 billion by 2030."
    )
    found = [(f.metric.value, f.period.start if f.period else None) for f in extract(text, published_on=PUB).figures]
    assert found == [("TRADE_TARGET", "2030")]


# A bare "$" in a release or story published in a country whose own currency is another dollar is that dollar; wire
# copy, and a text that writes that dollar with its own sign, mean the US dollar by it.
@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Minister concludes trade mission to Vietnam\n\nFrom: Global Affairs Canada\n\nNews release\n\n"
            "Two-way merchandise trade between Canada and Vietnam totalled $13.4 billion in 2024.",
            ["CAD"],
        ),
        (
            "Wong meets Indonesian counterpart\n\nAustralian Broadcasting Corporation\n\nPosted Tue 12 Nov 2024\n\n"
            "Australia will provide $50 million in grants to Indonesian schools over four years.",
            ["AUD"],
        ),
        (
            "Luxon visits India\n\nNew Zealand Government\n\n"
            "Two-way trade between New Zealand and India was worth $2.4 billion last year.",
            ["NZD"],
        ),
        (
            "Carney in Mexico\n\nOttawa Bureau\n\nCanadian companies had invested about C$40 billion in Mexico. "
            "Trade between Canada and Mexico was worth more than $56 billion in 2024.",
            ["CAD", "USD"],
        ),
        (
            "Canada, Philippines talk trade\n\nOTTAWA (Reuters) - Trade between Canada and the Philippines reached "
            "$2.9 billion in 2024.",
            ["USD"],
        ),
        ("Canada's exports to Mexico reached $5 billion in 2024.", ["USD"]),
        (
            "Japan and Kenya hold talks\n\nFrom: Ministry of Foreign Affairs of Japan\n\n"
            "Japan's exports to Kenya reached $1.1 billion in 2024.",
            ["USD"],
        ),
    ],
    ids=[
        "a-canadian-release",
        "an-australian-outlet",
        "a-new-zealand-release",
        "its-own-sign-written-keeps-the-us-dollar",
        "wire-copy",
        "no-publisher",
        "a-non-dollar-publisher",
    ],
)
def test_a_bare_dollar_is_the_publishers_dollar(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract(text, published_on=PUB).figures if f.unit != "PERCENT"] == units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Senegal's exports to Mali stood at CFA412 billion in 2024.", "XOF"),
        ("Cameroon's exports to Chad reached CFA 95 billion in 2024.", "XAF"),
    ],
    ids=["west-african", "central-african"],
)
def test_cfa_written_against_the_amount(text: str, unit: str) -> None:
    assert [f.unit for f in extract(text, published_on=PUB).figures] == [unit]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Trade between Chile and Peru reached $6.2 billion in 2024, down 3.1 percent from the previous year.", "-3.1"),
        ("Trade between Peru and Bolivia was worth $1.9bn in 2024, a rise of 9% on the year before.", "9"),
        (
            "Trade between Laos and Thailand amounted to $8 billion last year, a rise of 7.8 percent compared with 2023.",
            "7.8",
        ),
        ("Bilateral trade between Oman and India fell 4.5% to $8.9 billion in 2024.", "-4.5"),
    ],
    ids=["down-from-the-previous-year", "a-rise-on-the-year-before", "a-rise-compared-with", "fell"],
)
def test_growth_told_as_a_rise_or_a_fall(text: str, value: str) -> None:
    rates = [f.value for f in extract(text, published_on=PUB).figures if f.metric.value == "GROWTH_RATE"]
    assert rates == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Estonia and Finland met. Around 50,000 Estonians work in Finland.", "50000"),
        ("Canada and the Philippines met. Nearly 1 million people in Canada are of Filipino descent.", "1000000"),
        ("Cambodia and Thailand met. More than 1.2 million Cambodian workers are employed in Thailand.", "1200000"),
        (
            "Poland and Ukraine met. Poland hosts the roughly 990,000 Ukrainians who hold temporary protection.",
            "990000",
        ),
        ("Nepal and Malaysia met. Some 300,000 Nepalis live in Malaysia.", "300000"),
    ],
    ids=["demonym-work-in", "of-descent", "employed-in", "who-hold-protection", "demonym-live-in"],
)
def test_people_of_one_country_in_another_are_a_count(text: str, count: str) -> None:
    counts = [f.value for f in extract(text, published_on=PUB).figures if f.metric.value == "COUNT"]
    assert counts == [Decimal(count)]


@pytest.mark.parametrize(
    "text",
    [
        "Finland and Estonia met. They signed 12 agreements in Tallinn, attended by 300 Finnish officials.",
        "Finland and Estonia met. In 2024, 40 Estonians won prizes at the Helsinki fair.",
    ],
    ids=["officials-attending", "no-residence"],
)
def test_people_not_living_abroad_are_no_count(text: str) -> None:
    assert not [f for f in extract(text, published_on=PUB).figures if f.metric.value == "COUNT"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Saudi Arabia also holds $5.3 billion in deposits at the Central Bank of Egypt.", "OTHER"),
        ("The UAE placed a $2 billion deposit with the State Bank of Pakistan.", "OTHER"),
        ("China's investment in Zambia's copper deposits reached $3 billion.", "INVESTMENT"),
    ],
    ids=["deposits-at-a-central-bank", "a-deposit-with-a-bank", "mineral-deposits-invested-in"],
)
def test_deposits_at_a_central_bank_are_other(text: str, metric: str) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == [metric]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Australia and PNG sign defence pact in Canberra\n\nBy Pacific affairs reporter\n\n"
            "Prime Minister Anthony Albanese hosted his Papua New Guinea counterpart in Canberra on Monday. "
            "Australia will spend $500 million on the naval base, Australia's defence minister said.",
            ["AUD"],
        ),
        (
            "Canada and Mexico deepen ties in Ottawa\n\nPrime Minister Mark Carney welcomed Mexico's president in "
            "Ottawa. Canada will provide $65 million in loans to Mexico, Canada's trade minister said.",
            ["CAD"],
        ),
        (
            "Wong visits Jakarta\n\nForeign Minister Penny Wong arrived in Jakarta on Monday. "
            "Australia will provide $50 million in grants to Indonesia.",
            ["USD"],
        ),
        (
            "TOKYO - Australia and Japan met in Canberra. Australia will provide $500 million in loans to Japan.",
            ["USD"],
        ),
        (
            "Australia and Fiji sign pact in Canberra\n\nAustralia gave Fiji a A$80 million loan in Canberra on "
            "Monday, and Australian firms have invested $20 million in Fiji.",
            ["AUD", "USD"],
        ),
    ],
    ids=[
        "a-story-held-at-home",
        "a-canadian-story-in-ottawa",
        "held-in-the-partners-capital",
        "a-dateline-elsewhere",
        "its-own-sign-written",
    ],
)
def test_a_bare_dollar_in_a_story_held_in_a_dollar_country(text: str, units: list[str]) -> None:
    """Without a source line, the country a story happens in is the publisher's when it is the article's own: its
    press writes its dollar "$"; a story held abroad, datelined elsewhere or writing "A$" keeps the US dollar."""
    assert [f.unit for f in extract(text, published_on=PUB).figures if f.unit != "PERCENT"] == units


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Around 2 million Filipinos in Saudi Arabia send home remittances worth $3 billion a year.", "OTHER"),
        ("Remittances from Nepalis in Malaysia reached $1.4 billion last year.", "OTHER"),
        ("Norway's aid budget for Ethiopia is NOK 700 million this year.", "OTHER"),
        ("New Zealand's development assistance budget of NZ$1.3 billion covers Samoa and Tonga.", "OTHER"),
        ("Hungary has also provided HUF 35 billion in targeted development aid to Serbia.", "OTHER"),
        ("Japan granted Laos development aid worth ¥4 billion.", "OTHER"),
        ("Japan sent Laos humanitarian aid worth ¥400 million.", "GRANT"),
        ("Mexico sent medicines to Cuba, a donation valued at 45 million pesos.", "GRANT"),
        ("Turkey shipped tents to Syria, a gift valued at 20 million liras.", "GRANT"),
        ("Egypt and Greece signed the interconnection deal, valued at EUR 680 million.", "DEAL_VALUE"),
        ("Irish exports to Nigeria were valued at €415 million in 2024.", "EXPORTS"),
        ("Australia extended a $600 million budget support loan to Papua New Guinea.", "OTHER"),
        ("China signed a $300 million concessional road loan with Laos.", "OTHER"),
        ("The Thai-Cambodian rail link is budgeted at 3 billion baht.", "DEAL_VALUE"),
    ],
    ids=[
        "remittances",
        "remittances-reached",
        "an-aid-budget",
        "a-development-assistance-budget",
        "development-aid",
        "development-aid-worth",
        "humanitarian-aid-stays-a-gift",
        "a-donation-valued-at",
        "a-gift-valued-at",
        "a-deal-valued-at",
        "exports-were-valued-at",
        "a-loan-told-with-two-words-before",
        "a-concessional-road-loan",
        "a-budget-not-for-aid",
    ],
)
def test_remittances_aid_budgets_and_what_is_valued(text: str, metric: str) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures] == [metric]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Vietnam and Singapore met. The parks are expected to draw investment of between US$1.5 billion and "
            "US$2 billion.",
            [("1500000000", "MORE_THAN"), ("2000000000", "LESS_THAN")],
        ),
        (
            "Bangladesh and Qatar met. Workers send home remittances worth $1.2bn to $1.5bn every year.",
            [("1200000000", "MORE_THAN"), ("1500000000", "LESS_THAN")],
        ),
        (
            "Czech companies are involved in Ukrainian reconstruction projects worth EUR 300–400 million.",
            [("300000000", "MORE_THAN"), ("400000000", "LESS_THAN")],
        ),
        (
            "Trade between Chile and Peru rose from $5 billion in 2023 to $6 billion in 2024.",
            [("5000000000", "EXACT"), ("6000000000", "EXACT")],
        ),
        (
            "Kenya and Uganda plan to lift trade to between $2 billion and $3 billion by 2030.",
            [("2000000000", "TARGET"), ("3000000000", "TARGET")],
        ),
    ],
    ids=["between-and", "written-in-full-to", "a-hyphen", "a-change-is-no-range", "a-target-range"],
)
def test_a_range_written_in_full_is_two_bounds(text: str, found: list[tuple[str, str]]) -> None:
    figures = extract(text, published_on=PUB).figures
    assert [(str(f.value), f.qualifier.value) for f in figures] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Colombia and Venezuela met. Cavecol hopes trade will rise by 15% to 20% this year.",
            [("15", "MORE_THAN"), ("20", "LESS_THAN")],
        ),
        (
            "Egypt's exports to Kenya grew 8% to $2 billion in 2024.",
            [("8", "EXACT")],
        ),
    ],
    ids=["a-range-of-rates", "a-rate-and-a-sum-are-no-range"],
)
def test_a_range_of_growth_rates(text: str, found: list[tuple[str, str]]) -> None:
    figures = [f for f in extract(text, published_on=PUB).figures if f.metric.value == "GROWTH_RATE"]
    assert [(str(f.value), f.qualifier.value) for f in figures] == found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Bangladesh and Qatar met. Around 400,000 Bangladeshi nationals live and work in Qatar.", "400000"),
        ("Russia and Laos met. Around 1,200 Lao students are currently studying at Russian universities.", "1200"),
        ("Cuba and Mexico met. More than 3,000 Cuban specialists are working in Mexican hospitals.", "3000"),
        ("Ireland and Nigeria met. More than 30,000 people of Nigerian heritage call Ireland home.", "30000"),
        ("Czechia and Ukraine met. Czechia is hosting nearly 390,000 refugees from Ukraine.", "390000"),
        ("Uganda and South Sudan met. Uganda hosts more than 900,000 South Sudanese refugees.", "900000"),
        ("Vietnam and Cambodia met. Vietnam currently has 210 valid investment projects in Cambodia.", "210"),
        ("Egypt and Ethiopia met. Egyptian investors hold 64 licensed projects in Ethiopia.", "64"),
    ],
    ids=[
        "live-and-work-in",
        "currently-studying-at",
        "specialists-working-in",
        "heritage-call-home",
        "hosting-refugees-from",
        "hosts-demonym-refugees",
        "valid-investment-projects",
        "investors-hold-licensed-projects",
    ],
)
def test_people_abroad_refugees_and_investment_projects_are_counts(text: str, count: str) -> None:
    counts = [f.value for f in extract(text, published_on=PUB).figures if f.metric.value == "COUNT"]
    assert counts == [Decimal(count)]


@pytest.mark.parametrize(
    "text",
    [
        "France and Vietnam met. France is the third-largest investor in Vietnam, with some 760 projects worth $4.4 "
        "billion.",
        "Kenya and Uganda met. The two countries signed 12 projects in 2024.",
        "Cuba and Mexico met. Cuban doctors have provided more than 12 million consultations in Mexico.",
        "Japan and Laos met. Japan funded 40 road projects across the region.",
    ],
    ids=["projects-priced", "projects-not-of-investment", "consultations-are-no-money", "projects-funded"],
)
def test_no_count_of_projects_priced_or_not_invested_nor_money_of_things_counted(text: str) -> None:
    figures = extract(text, published_on=PUB).figures
    assert not [
        f for f in figures if f.metric.value == "COUNT" or (f.unit not in ("COUNT", "PERCENT") and f.value == 12000000)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Australia will upgrade the naval base on Manus Island in Papua New Guinea, a project worth A$500 million.",
        "Japan will build a port on Mindanao Island in the Philippines, a project worth $300 million.",
    ],
    ids=["manus-island", "mindanao-island"],
)
def test_an_island_is_no_iceland(text: str) -> None:
    """'Island' is Iceland's name in Icelandic and German, an English word in English copy."""
    assert all("ISL" not in f.countries for f in extract(text, published_on=PUB).figures)
    assert "ISL" not in extract(text, published_on=PUB).countries


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("China accounts for more than 70 percent of Mongolia's foreign trade.", [("OTHER", "70")]),
        ("Australia supplies roughly 40 percent of Japan's liquefied natural gas imports.", [("OTHER", "40")]),
        ("Ghana and Côte d'Ivoire account for about 60 per cent of global cocoa output.", [("OTHER", "60")]),
        ("Norway supplies around half of the UK's gas imports.", [("OTHER", "50")]),
        ("Russian oil makes up 35% of India's crude imports.", [("OTHER", "35")]),
        ("Egypt's exports to Kenya grew 12 percent of late.", []),
        ("Turkey accounts for 30 percent more trade with Iraq than Iran does.", []),
    ],
    ids=[
        "accounts-for",
        "supplies",
        "account-for-global",
        "half-of",
        "makes-up",
        "no-share-verb",
        "a-comparison-is-no-share",
    ],
)
def test_a_share_of_a_whole_is_an_other_percentage(text: str, found: list[tuple[str, str]]) -> None:
    figures = [f for f in extract(text, published_on=PUB).figures if f.unit == "PERCENT"]
    assert [(f.metric.value, str(f.value)) for f in figures if f.label == "share"] == found


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Tanzania's minister said his government had set aside TSh95 billion to upgrade the Zambian border post.",
            "OTHER",
        ),
        ("Kenya has set aside Sh2 billion for the Uganda railway link.", "OTHER"),
        (
            "Germany's TKMS is bidding to build six submarines for India, a programme estimated at around 700 billion "
            "rupees.",
            "DEAL_VALUE",
        ),
        ("Thailand proposed a 2.5 billion baht special economic zone near the Cambodian border.", "DEAL_VALUE"),
        ("China will finance a $300 million bridge between Laos and Thailand.", "DEAL_VALUE"),
        ("The Azerbaijan-Uzbekistan company was established with an authorized capital of $500 million.", "OTHER"),
        ("Vietnam has 281 projects in Laos with total registered capital of $5.7 billion in investment.", "INVESTMENT"),
    ],
    ids=[
        "set-aside",
        "set-aside-for",
        "a-programme-estimated-at",
        "a-sum-before-its-works",
        "a-bridge",
        "authorized-capital",
        "registered-capital-invested",
    ],
)
def test_money_put_aside_priced_or_put_up_as_capital(text: str, metric: str) -> None:
    assert [f.metric.value for f in extract(text, published_on=PUB).figures if f.unit != "COUNT"] == [metric]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Zambian exports to Tanzania were valued at K9.8 billion last year.", "ZMW"),
        ("Papua New Guinea's exports to Australia reached K12 billion in 2024.", "PGK"),
        ("Myanmar's imports from Thailand reached K1.5 trillion in 2024.", "MMK"),
    ],
    ids=["zambian-kwacha", "png-kina", "myanmar-kyat"],
)
def test_k_is_the_owners_kwacha_kina_or_kyat(text: str, unit: str) -> None:
    assert [f.unit for f in extract(text, published_on=PUB).figures] == [unit]


def test_k_before_a_small_number_is_no_money() -> None:
    text = "Zambia and Tanzania met at the K9 junction to discuss trade."
    assert not extract(text, published_on=PUB).figures


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Singapore, Indonesia sign deals\n\nThe Straits Times\n\nTrade between Singapore and Indonesia reached "
            "$70 billion in 2024.",
            ["SGD"],
        ),
        (
            "Canada and India reset ties\n\nTrade between Canada and India was worth $13 billion in 2024, the "
            "minister told The Globe and Mail.",
            ["CAD"],
        ),
        (
            "Fiji and Australia talk trade\n\nTrade between Fiji and Australia reached $2 billion in 2024, the "
            "minister told The Fiji Times.",
            ["FJD"],
        ),
        (
            "China and Hong Kong\n\nTrade between China and Japan reached $300 billion in 2024, according to the "
            "South China Morning Post.",
            ["USD"],
        ),
    ],
    ids=["a-source-line", "told-the-paper", "told-a-pacific-paper", "an-outlet-cited-is-no-publisher"],
)
def test_a_bare_dollar_is_the_named_outlets_dollar(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract(text, published_on=PUB).figures if f.unit != "PERCENT"] == units


def test_a_companys_plant_is_no_deal_value() -> None:
    text = "Chinese carmaker Chery will build a $1 billion plant in Egypt."
    assert "DEAL_VALUE" not in [f.metric.value for f in extract(text, published_on=PUB).figures]
