"""Dates resolved against the publication date: weekdays, months without a year, periods ending at
publication, running totals, and undated events bounded by the publication's month."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from seed.extract import extract
from seed.extract.dates import find_times

TUESDAY = dt.date(2025, 9, 16)  # publication of the examples below


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The two ministers met on Thursday in Pretoria.", "2025-09-11"),
        ("The agreement was signed on Tuesday.", "2025-09-16"),
        ("The vice premier arrived on Monday evening.", "2025-09-15"),
        ("The minister will travel to Namibia on Wednesday.", "2025-09-17"),
        ("The delegation is scheduled to meet the president on Friday.", "2025-09-19"),
    ],
    ids=["past-thursday", "same-day", "monday-evening", "will-wednesday", "scheduled-friday"],
)
def test_weekdays(text: str, date: str) -> None:
    assert [t.date for t in find_times(text, TUESDAY) if t.first] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In July, Kazakhstan shipped wheat to Turkmenistan.", "2025-07"),
        ("The commission met in November.", "2024-11"),
        ("The prime minister visited Astana last May.", "2025-05"),
        ("The ministers will meet again in October.", "2025-10"),
        ("The leaders agreed to meet next March.", "2026-03"),
        ("Trade reached $544 million on August 30.", "2025-08-30"),
    ],
    ids=["month-before", "month-after-is-last-year", "last-may", "future-month", "next-march", "month-day"],
)
def test_months_without_a_year(text: str, date: str) -> None:
    assert [t.date for t in find_times(text, TUESDAY) if t.first][0] == date


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "In the past seven months, exports from South Africa to China amounted to R162.5 billion.",
            ("2025-02", "2025-09", False),
        ),
        (
            "Chinese companies have invested about $10 billion in South Africa since 1998.",
            ("1998", "2025", True),
        ),
        (
            "Trade between Kazakhstan and Korea reached $6.4 billion last year, while Korean companies have invested "
            "$8 billion in Kazakhstan since 2005.",
            ("2005", "2025", True),
        ),
        (
            "Last year, Kazakhstan attracted 661 million dollars in FDI from the UK, and over 16 billion dollars in "
            "total since 2005.",
            ("2005", "2024", True),
        ),
        (
            "Malaysian companies have invested over $270 million in Kazakhstan over the past decade.",
            ("2015", "2025", True),
        ),
        (
            "Uzbekistan's investments in Kazakhstan amounted to $48.5 million in the first quarter.",
            ("2025-01", "2025-03", False),
        ),
        (
            "For 11 months of last year, trade between Kazakhstan and Qatar amounted to $8.7 million.",
            ("2024-01", "2024-11", False),
        ),
    ],
    ids=[
        "past-n-months-ends-at-publication",
        "since-year-ends-at-publication",
        "since-beside-another-metric",
        "running-total-after-its-year",
        "past-decade",
        "quarter-without-a-year",
        "months-of-last-year",
    ],
)
def test_periods(text: str, period: tuple[str, str, bool]) -> None:
    periods = [
        (f.period.start, f.period.end, f.period.cumulative)
        for f in extract(text, published_on=TUESDAY).figures
        if f.period and f.unit != "PERCENT"
    ]
    assert period in periods, periods


def test_a_target_takes_only_the_year_it_is_for() -> None:
    text = "Trade between Kazakhstan and Turkey reached $7.5 billion last year; the aim is to raise it to $15 billion."
    targets = [f for f in extract(text, published_on=TUESDAY).figures if f.metric.value == "TRADE_TARGET"]
    assert [(t.value, t.period) for t in targets] == [(15000000000, None)]


def _events(text: str, pub: dt.date | None = TUESDAY) -> list[tuple]:
    return [(e.type.value, e.status.value, e.date) for e in extract(text, published_on=pub).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Africa and China signed two agreements during the official visit of Chinese Vice Premier "
            "Ding Xuexiang to South Africa.",
            [("AGREEMENT", "HAPPENED", "2025-09"), ("VISIT", "HAPPENED", "2025-09")],
        ),
        (
            "Kazakh Foreign Minister Murat Nurtleu held talks with Uzbek Foreign Minister Bakhtiyor Saidov, who "
            "arrived in Astana on Monday on a working visit.",
            [("MEETING", "HAPPENED", "2025-09"), ("VISIT", "HAPPENED", "2025-09-15")],
        ),
        (
            "Tokayev was received by Crown Prince Mohammed bin Salman of Saudi Arabia at Al-Yamamah Palace.",
            [("MEETING", "HAPPENED", "2025-09")],
        ),
    ],
    ids=["during-the-visit", "talks-beside-a-dated-arrival", "received-by"],
)
def test_an_undated_event_is_of_the_publications_month(text: str, expected: list[tuple]) -> None:
    assert sorted(expected) == sorted(e for e in _events(text) if e[1] == "HAPPENED")


@pytest.mark.parametrize(
    "text",
    [
        "Over the past two years, Kazakhstan has welcomed official visits from the Presidents of Kenya and Togo.",
        "In recent years, Kazakhstan and Kenya signed several agreements.",
        "The Hungarian bank had signed an agreement with Kazakhstan to open a credit line.",
        "Kazakhstan and Egypt established diplomatic relations.",
        "Kagame, who addressed the forum on August 29, cited an agreement signed between Rwanda and Kazakhstan.",
    ],
    ids=["a-period-dates-none", "recent-years", "had-signed", "history-kind", "agreement-named-as-a-document"],
)
def test_undated_events_that_are_not_bounded(text: str) -> None:
    assert [e for e in _events(text) if e[1] == "HAPPENED" and e[2] and e[2].startswith("2025-09")] == []


def test_without_a_publication_date_no_month_is_invented() -> None:
    text = "South Africa and China signed two agreements during the official visit of Chinese Vice Premier Ding."
    assert all(e[2] is None for e in _events(text, None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish President Erdogan and Azerbaijani President Aliyev met in Ankara on Thursday and signed eight "
            "agreements on energy.",
            ("AGREEMENT", "HAPPENED", "2025-09-11"),
        ),
        (
            "Prime Minister Akhmetov of Kazakhstan arrived in Bishkek on Monday for talks with Kyrgyzstan's prime "
            "minister.",
            ("VISIT", "HAPPENED", "2025-09-15"),
        ),
        (
            "Japan and South Korea held their first summit on Saturday. Japanese Foreign Minister Takeshi Iwaya met "
            "his South Korean counterpart Cho Hyun on the sidelines of the summit.",
            ("MEETING", "HAPPENED", "2025-09-13"),
        ),
        (
            "Kyrgyzstan and Kazakhstan held talks today. Kyrgyz President Japarov received the Kazakh prime "
            "minister in the afternoon.",
            ("MEETING", "HAPPENED", "2025-09-16"),
        ),
        (
            "Seoul and Hanoi established diplomatic relations in December 1992.",
            ("DIPLOMATIC_RELATIONS", "HAPPENED", "1992-12"),
        ),
        (
            "Japan and South Korea normalized relations in 1965.",
            ("DIPLOMATIC_RELATIONS", "HAPPENED", "1965"),
        ),
        (
            "Sheikh Abdullah of the UAE also called on Prime Minister Narendra Modi of India on Monday.",
            ("MEETING", "HAPPENED", "2025-09-15"),
        ),
    ],
    ids=[
        "and-signed-shares-the-day",
        "for-talks-is-a-purpose",
        "sidelines-after-the-trigger",
        "in-the-afternoon",
        "two-capitals",
        "normalized-relations",
        "called-on",
    ],
)
def test_event_dates_from_their_neighbours(text: str, expected: tuple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Our target is to raise trade to $15 billion, Erdogan of Turkey told a joint news conference with "
            "Azerbaijan's Aliyev.",
            "FORUM",
        ),
        (
            "President Lee of South Korea held summit talks with Vietnam's To Lam on Monday.",
            "FORUM",
        ),
    ],
    ids=["news-conference", "summit-talks-are-a-meeting"],
)
def test_not_a_forum(text: str, absent: str) -> None:
    assert absent not in [e[0] for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "pub", "period"),
    [
        (
            "Bilateral trade between India and the UAE rose to US$ 83.7 billion in FY 2023-24.",
            dt.date(2025, 1, 28),
            ("2023-04", "2024-03"),
        ),
        (
            "Two-way trade between Australia and Indonesia was worth A$18 billion in 2023-24.",
            dt.date(2024, 11, 12),
            ("2023-07", "2024-06"),
        ),
        (
            "Bilateral trade between the UK and Nigeria was worth £7.2 billion in the four quarters to the end of Q3 "
            "2024.",
            dt.date(2025, 2, 26),
            ("2023-10", "2024-09"),
        ),
        (
            "Trade between New Zealand and Vietnam reached NZ$2.1 billion in the 12 months to March 2025.",
            dt.date(2025, 6, 2),
            ("2024-04", "2025-03"),
        ),
        (
            "Two-way trade between Canada and Mexico was worth C$56 billion in the year to June.",
            dt.date(2025, 9, 18),
            ("2024-07", "2025-06"),
        ),
    ],
    ids=["fiscal-year-india", "fiscal-year-australia", "four-quarters-to-q3", "twelve-months-to", "year-to-a-month"],
)
def test_fiscal_and_trailing_periods(text: str, pub: dt.date, period: tuple[str, str]) -> None:
    periods = [(f.period.start, f.period.end) for f in extract(text, published_on=pub).figures if f.period]
    assert periods == [period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Trade between the UK and Nigeria was worth £7.2 billion in the four quarters to the end of Q3 2024, an "
            "increase of 6.4% on the previous year.",
            ("2023-10", "2024-09"),
        ),
        (
            "Trade between Kazakhstan and Turkey rose to $7.5 billion in 2024, up 9 per cent on the previous year.",
            ("2024", "2024"),
        ),
        (
            "According to the Spanish Ministry of Economy, trade between Spain and Mexico amounted to 14,300 million "
            "euros in 2024, 6.2% more than the previous year.",
            ("2024", "2024"),
        ),
        (
            "Chile's exports to Peru reached $2.1 billion in 2023, 8 percent higher than a year earlier.",
            ("2023", "2023"),
        ),
        (
            "Non-oil trade between Oman and Kenya has grown steadily. In the first half of 2025, it reached $1.6 "
            "billion, up 13.2 per cent on the same period last year.",
            ("2025-01", "2025-06"),
        ),
        (
            "Polish exports to Vietnam totalled $950 million in 2024, a 12% increase compared with 2023.",
            ("2024", "2024"),
        ),
    ],
    ids=[
        "on-the-previous-year",
        "per-cent-on-the-previous-year",
        "more-than-the-previous-year",
        "higher-than-a-year-earlier",
        "on-the-same-period-after-a-sentence-on-trade",
        "an-increase-compared-with-a-year",
    ],
)
def test_a_growth_compared_with_the_previous_year_is_of_the_sums_period(text: str, period: tuple) -> None:
    growth = [f for f in extract(text, published_on=TUESDAY).figures if f.metric.value == "GROWTH_RATE"]
    assert [(f.period.start, f.period.end) for f in growth if f.period] == [period]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The commission met in Moscow earlier this month.", "2025-09"),
        ("The commission met in Moscow last month.", "2025-08"),
        ("The ministers of Kenya and Uganda met in the previous month.", "2025-08"),
    ],
    ids=["earlier-this-month", "last-month", "the-previous-month"],
)
def test_months_told_from_the_publication(text: str, date: str) -> None:
    assert [t.date for t in find_times(text, TUESDAY) if t.first] == [date]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The sides reviewed the Horizon 2047 roadmap.", "purpose"),
        ("Saudi Vision 2030 aims to diversify the economy.", "purpose"),
        ("the Strategy 2050 programme", "purpose"),
        ("Kenya participated in EXPO 2017 in Astana.", "point"),
        ("Since 2005, Korea invested", "since"),
    ],
    ids=["plan-name", "future-year-in-a-name", "programme-name", "past-year-in-a-name-dates", "since-is-no-name"],
)
def test_a_year_inside_a_name(text: str, role: str) -> None:
    assert [t.role for t in find_times(text, dt.date(2025, 3, 7))] == [role]


# Issue 22, fourth round: ranges of days, month-days told in the past, and days taken from the event before.
@pytest.mark.parametrize(
    ("text", "pub", "first", "last"),
    [
        ("an official visit to Vietnam from April 23 to 25", dt.date(2025, 4, 24), "2025-04-23", "2025-04-25"),
        ("a state visit to Japan from 23 to 25 April", dt.date(2025, 4, 24), "2025-04-23", "2025-04-25"),
        ("the forum ran from April 30 to May 2", dt.date(2025, 5, 3), "2025-04-30", "2025-05-02"),
        ("the BRICS Summit in Rio de Janeiro on July 6-7", dt.date(2025, 7, 9), "2025-07-06", "2025-07-07"),
    ],
    ids=["from-to-day", "day-to-day-month", "across-two-months", "dash"],
)
def test_ranges_of_days(text: str, pub: dt.date, first: str, last: str) -> None:
    times = [t for t in find_times(text, pub) if t.first]
    assert [(t.date, t.last.iso if t.last else None, t.role) for t in times] == [(first, last, "range")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Erdogan visited Cairo on Feb. 14, his first trip to Egypt in 11 years.", "2024-02-14"),
        ("The two ministers met in Ankara on March 3 to prepare the visit.", "2024-03-03"),
        ("The summit will be held in Cairo on Feb. 14.", "2025-02-14"),
        ("Trade reached $544 million on August 30.", "2024-08-30"),
    ],
    ids=["visited-in-february", "met-in-march", "future-is-ahead", "no-verb-stays-near"],
)
def test_a_month_day_told_in_the_past_is_before_publication(text: str, date: str) -> None:
    assert [t.date for t in find_times(text, dt.date(2024, 9, 4)) if t.first][0] == date


@pytest.mark.parametrize(
    ("text", "pub", "expected", "absent"),
    [
        (
            "Egyptian President el-Sissi arrived in Ankara on Wednesday on his first visit to Turkey since taking "
            "office in 2014.",
            dt.date(2024, 9, 4),
            ("VISIT", "2024-09-04", ["EGY", "TUR"]),
            ("VISIT", "2014", ["EGY", "TUR"]),
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh received Japanese Foreign Minister Iwaya Takeshi in Hanoi on "
            "April 24, during the latter's official visit to Vietnam from April 23 to 25. Earlier the same day, "
            "Iwaya held talks with Vietnamese Foreign Minister Bui Thanh Son.",
            dt.date(2025, 4, 24),
            ("MEETING", "2025-04-24", ["JPN", "VNM"]),
            ("MEETING", "2025-04-23", ["JPN", "VNM"]),
        ),
        (
            "Erdogan visited Cairo on Feb. 14, his first trip to Egypt in 11 years, where the two leaders signed a "
            "joint declaration.",
            dt.date(2024, 9, 4),
            ("AGREEMENT", "2024-02-14", ["EGY", "TUR"]),
            ("AGREEMENT", None, ["EGY", "TUR"]),
        ),
    ],
    ids=["taking-office-dates-no-visit", "the-same-day-and-a-visits-range", "where-they-signed"],
)
def test_days_from_the_events_around(text: str, pub: dt.date, expected: tuple, absent: tuple) -> None:
    events = [(e.type.value, e.date, sorted(e.countries)) for e in extract(text, published_on=pub).events]
    assert expected in events
    assert absent not in events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From January to September this year, trade between Malaysia and Chile rose 12 per cent to RM2.1 billion, "
            "with Malaysia's exports to Chile making up RM1.3 billion.",
            {
                ("GROWTH_RATE", ("2025-01", "2025-09")),
                ("TRADE_TURNOVER", ("2025-01", "2025-09")),
                ("EXPORTS", ("2025-01", "2025-09")),
            },
        ),
        (
            "Between March and June 2024, Kazakhstan's exports to Turkey amounted to $1.2 billion.",
            {("EXPORTS", ("2024-03", "2024-06"))},
        ),
        (
            "From October to December last year, Vietnam's imports from Japan reached $300 million.",
            {("IMPORTS", ("2024-10", "2024-12"))},
        ),
        (
            "Trade between Kazakhstan and Egypt in January-June 2025 amounted to $120 million, an increase of 30% over "
            "the same period of 2024.",
            {("TRADE_TURNOVER", ("2025-01", "2025-06")), ("GROWTH_RATE", ("2025-01", "2025-06"))},
        ),
        (
            "Exports from Georgia to Armenia reached $400 million in the first half of 2025, up 9 percent on the same "
            "period last year.",
            {("EXPORTS", ("2025-01", "2025-06")), ("GROWTH_RATE", ("2025-01", "2025-06"))},
        ),
        (
            "Trade between Japan and Mongolia totaled $1.2 billion in 2024, up 8 percent from a year earlier, while "
            "Mongolia's exports to Japan came to 60 billion tugriks in the first half of this year.",
            {
                ("TRADE_TURNOVER", ("2024", "2024")),
                ("GROWTH_RATE", ("2024", "2024")),
                ("EXPORTS", ("2025-01", "2025-06")),
            },
        ),
        (
            "Trade between Chile and Peru reached $5.1 billion in 2023, an increase of 11% from a year earlier.",
            {("TRADE_TURNOVER", ("2023", "2023")), ("GROWTH_RATE", ("2023", "2023"))},
        ),
        (
            "Trade between Kenya and South Africa stood at $1.1 billion in 2024: Kenyan exports to South Africa were "
            "worth 4 billion shillings last year, while South African exports to Kenya reached R15 billion.",
            {("TRADE_TURNOVER", ("2024", "2024")), ("EXPORTS", ("2024", "2024"))},
        ),
        (
            "Bilateral trade between Turkey and Georgia stood at $3.1 billion in 2024, and Turkish investment in Georgia "
            "has crossed $2 billion.",
            {("TRADE_TURNOVER", ("2024", "2024")), ("INVESTMENT", None)},
        ),
        (
            "Trade between France and Morocco was 14 billion euros last year, and France is its largest investor, with "
            "an FDI stock of 9 billion euros.",
            {("TRADE_TURNOVER", ("2024", "2024")), ("FDI", None)},
        ),
        (
            "The UAE's investments in Chile exceed $1 billion, while DP World signed a concession last year to run the "
            "port of San Antonio, worth $500 million.",
            {("INVESTMENT", None), ("DEAL_VALUE", None)},
        ),
        (
            "Chinese direct investment in Hungary exceeded 8 billion euros in the 2019-2024 period, the central bank "
            "said.",
            {("FDI", ("2019", "2024"))},
        ),
    ],
    ids=[
        "months-in-words-for-every-clause",
        "between-months-of-a-year",
        "months-of-last-year",
        "over-the-same-period-is-a-base",
        "on-the-same-period-last-year",
        "growth-from-a-year-earlier",
        "increase-from-a-year-earlier",
        "one-year-told-twice",
        "a-stock-takes-no-other-clauses-year",
        "an-fdi-stock-has-no-period",
        "a-signing-year-is-no-period",
        "a-past-range-named-a-period",
    ],
)
def test_the_period_each_figure_of_a_sentence_takes(text: str, expected: set[tuple]) -> None:
    found = {
        (f.metric.value, (f.period.start, f.period.end) if f.period else None)
        for f in extract(text, published_on=TUESDAY).figures
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Korea has provided official development assistance of about $1 billion to Mongolia since the two "
            "countries established diplomatic ties in 1990.",
            ("1990", "2025", True),
        ),
        (
            "TIKA has carried out development projects worth more than 100 million Turkish liras in Niger since it "
            "opened its Niamey office in 2012.",
            ("2012", "2025", True),
        ),
        (
            "Chinese companies have invested $5 billion in Serbia since the strategic partnership was signed in 2016.",
            ("2016", "2025", True),
        ),
        (
            "Turkish investors put $300 million into Azerbaijan in 2023, while Azerbaijani investments in Turkey have "
            "exceeded $20 billion since 2008.",
            ("2008", "2025", True),
        ),
        (
            "Vietnamese firms have invested $2 billion in Laos since the two countries signed a treaty in July 1977.",
            ("1977-07", "2025", True),
        ),
    ],
    ids=[
        "since-ties-were-established",
        "since-an-office-opened",
        "since-a-signing",
        "a-total-set-against-a-flow",
        "since-a-month-of-a-year",
    ],
)
def test_running_totals_since_an_event(text: str, period: tuple) -> None:
    periods = [
        (f.period.start, f.period.end, f.period.cumulative)
        for f in extract(text, published_on=TUESDAY).figures
        if f.period and f.period.cumulative
    ]
    assert periods == [period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Trade between Canada and Kenya was C$1.1 billion in the four quarters to the end of Q2 2025, an increase of "
            "5% from the four quarters to the end of Q2 2024.",
            ("2024-07", "2025-06"),
        ),
        ("Mexican exports to Peru rose to $2 billion in 2024, up 7% from 2023.", ("2024", "2024")),
    ],
    ids=["from-the-trailing-quarters-before", "from-a-year"],
)
def test_a_growth_from_a_base_is_of_the_sums_period(text: str, period: tuple) -> None:
    growth = [f for f in extract(text, published_on=TUESDAY).figures if f.metric.value == "GROWTH_RATE"]
    assert [(f.period.start, f.period.end) for f in growth if f.period] == [period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Egypt's exports to Kenya rose to $600 million during July-March of FY25.", ("2024-07", "2025-03")),
        ("Australian exports to Fiji reached A$900 million in October-February.", ("2024-10", "2025-02")),
        ("Indian exports to Nepal reached $5 billion in April-August.", ("2025-04", "2025-08")),
    ],
    ids=["fiscal-months-over-new-year", "months-over-new-year", "months-of-one-year"],
)
def test_a_span_of_months_may_run_over_the_new_year(text: str, period: tuple) -> None:
    found = [(f.period.start, f.period.end) for f in extract(text, published_on=TUESDAY).figures if f.period]
    assert found == [period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Chinese firms have won contracts worth $9 billion in Angola since 2010.", ("2010", "2025")),
        ("Turkish contractors were awarded contracts worth $3 billion in Iraq last year.", ("2024", "2024")),
        ("The upgrade of the Angola-Zambia railway is estimated at $2 bln for 2026-2030.", ("2026", "2030")),
        ("Norway's aid programme for Moldova amounts to NOK 5 billion for the period 2024-2028.", ("2024", "2028")),
        ("Poland and Korea signed a $375 million contract in January 2023.", None),
        (
            "Peru and Chile recalled the 1997 treaty; the bridge, whose cost is estimated at $900 million, will open soon.",
            None,
        ),
        ("The Kenya-Uganda railway was built at a cost of about $3 billion and has been operating since 2016.", None),
    ],
    ids=[
        "contracts-since",
        "contracts-last-year",
        "a-budget-for-years",
        "for-the-period",
        "one-contract-in-a-month",
        "a-year-of-a-name",
        "since-of-another-clause",
    ],
)
def test_deals_summed_over_years_have_that_period(text: str, period: tuple | None) -> None:
    found = [f.period for f in extract(text, published_on=TUESDAY).figures]
    assert [(p.start, p.end) if p else None for p in found] == [period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("In March, Saudi Arabia rolled over $2 billion in loans to Egypt.", None),
        (
            "The Egyptian president visited Beijing in May last year, when China pledged $1 billion in loans to Egypt.",
            None,
        ),
        ("This year Kazakhstan provided humanitarian aid to Kyrgyzstan worth 2 bln tenge.", ("2025", "2025")),
        ("Hungary will provide 5 billion forints in grants to Serbia in 2026.", ("2026", "2026")),
    ],
    ids=["a-month-dates-the-loan", "the-month-of-a-visit", "a-year-before-aid", "a-year-after-a-grant"],
)
def test_the_month_a_sum_is_given_is_no_period(text: str, period: tuple | None) -> None:
    found = [f.period for f in extract(text, published_on=TUESDAY).figures]
    assert [(p.start, p.end) if p else None for p in found] == [period]


@pytest.mark.parametrize(
    ("text", "pub", "periods"),
    [
        (
            "Ethiopia earned 98.4 million USD from electricity exports to Kenya in the 2025/26 Ethiopian fiscal year.",
            dt.date(2026, 10, 8),
            [("2025-07", "2026-07")],
        ),
        (
            "Iran's exports to Iraq reached $9.5 billion in the 2024/25 fiscal year, Iranian customs said.",
            dt.date(2025, 6, 1),
            [("2024-03", "2025-03")],
        ),
        (
            "Pakistan's exports to China reached $2.8 billion in FY2024-25, officials in Islamabad said.",
            dt.date(2025, 9, 1),
            [("2024-07", "2025-06")],
        ),
    ],
    ids=["ethiopian-fiscal-year", "iranian-fiscal-year", "a-fiscal-year-from-the-first-of-a-month"],
)
def test_a_fiscal_year_opening_mid_month_closes_in_that_month(text: str, pub: dt.date, periods: list) -> None:
    found = [(f.period.start, f.period.end) for f in extract(text, published_on=pub).figures if f.period]
    assert found == periods


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Kenya's exports to Uganda reached Sh98 billion in the first half of 2025. Bilateral trade stood at "
            "about Sh180 billion in the same period, the bureau said.",
            ("2025-01", "2025-06"),
        ),
        (
            "Vietnam's exports to Laos reached $700 million in 2024. In the same period, imports from Laos "
            "totalled $950 million.",
            ("2024", "2024"),
        ),
        (
            "Vietnam's exports to Laos reached $700 million in 2024. Imports rose 5% over the same period of 2023 "
            "to $950 million.",
            ("2024", "2024"),
        ),
    ],
    ids=["after-the-sum", "opening-the-sentence", "a-base-of-comparison-is-not-it"],
)
def test_a_sum_in_the_same_period_takes_the_one_before(text: str, period: tuple) -> None:
    figures = extract(text, published_on=TUESDAY).figures
    found = [(f.period.start, f.period.end) if f.period else None for f in figures if f.unit != "PERCENT"]
    assert found == [period, period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "In May 2021, when the two governments initialled a joint declaration, Germany pledged to provide "
            "€1,1 billion over 30 years for development projects in Namibia.",
            None,
        ),
    ],
    ids=["a-month-and-year-told-before"],
)
def test_the_month_and_year_a_sum_is_given_is_no_period(text: str, period: tuple | None) -> None:
    found = [(f.value, f.period) for f in extract(text, published_on=TUESDAY).figures]
    assert found == [(Decimal("1100000000"), period)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Kazakhstan's exports to Kyrgyzstan over the seven months reached $650 million.", ("2025-01", "2025-07")),
        ("Georgia's imports from Armenia in the first five months totalled $120 million.", ("2025-01", "2025-05")),
        ("Trade between Mongolia and China in the eight months of 2024 reached $9 billion.", ("2024-01", "2024-08")),
    ],
    ids=["the-seven-months-of-this-year", "the-first-five-months", "months-of-a-named-year"],
)
def test_months_told_without_a_year_are_this_years(text: str, period: tuple[str, str]) -> None:
    found = [
        (f.period.start, f.period.end) for f in extract(text, published_on=dt.date(2025, 9, 16)).figures if f.period
    ]
    assert found == [period]


def test_months_of_something_else_are_no_period() -> None:
    text = "Over the six months of talks, Uzbekistan's exports to Tajikistan reached $400 million."
    assert all(f.period is None for f in extract(text, published_on=dt.date(2025, 9, 16)).figures)


def _periods(text: str, pub: dt.date | None = TUESDAY) -> list[tuple[str, str] | None]:
    return [(f.period.start, f.period.end) if f.period else None for f in extract(text, published_on=pub).figures]


@pytest.mark.parametrize(
    ("text", "pub", "period"),
    [
        (
            "Two-way trade between Australia and Papua New Guinea was worth about A$7.5 billion last financial year.",
            dt.date(2025, 10, 6),
            ("2024-07", "2025-06"),
        ),
        (
            "Bilateral trade between Ethiopia and Egypt stood at about 145 million USD in the last Ethiopian fiscal "
            "year.",
            dt.date(2025, 7, 20),
            ("2024-07", "2025-07"),
        ),
        (
            "India's exports to Bangladesh reached $11 billion in the previous fiscal year, officials in New Delhi "
            "said.",
            dt.date(2025, 6, 2),
            ("2024-04", "2025-03"),
        ),
        (
            "Pakistan's imports from China reached $12 billion in the current fiscal year, the State Bank said.",
            dt.date(2025, 3, 1),
            ("2024-07", "2025-06"),
        ),
        (
            "Kenya's exports to Uganda reached Sh98 billion last financial year.",
            dt.date(2025, 3, 1),
            ("2023-07", "2024-06"),
        ),
    ],
    ids=[
        "last-financial-year-in-australia",
        "the-last-ethiopian-fiscal-year",
        "the-previous-indian-fiscal-year",
        "the-current-pakistani-fiscal-year",
        "before-the-new-fiscal-year-opens",
    ],
)
def test_a_fiscal_year_told_from_the_publication(text: str, pub: dt.date, period: tuple) -> None:
    assert _periods(text, pub) == [period]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Kenya's exports to Ethiopia rose to Sh12.4 billion in 2024 from Sh10.1 billion in 2023, while imports "
            "from Ethiopia stood at Sh5.8 billion in the same year.",
            [("2024", "2024"), ("2023", "2023"), ("2024", "2024")],
        ),
        (
            "Australia extended a $600 million loan to Papua New Guinea in 2024, on top of the separate $1.33 billion "
            "it committed the same year to help fund a rugby team from 2028.",
            [("2024", "2024"), ("2024", "2024")],
        ),
        (
            "Japan provided loans of ¥50 billion to Vietnam in 2023, and another ¥30 billion in loans that year.",
            [("2023", "2023"), ("2023", "2023")],
        ),
        (
            "Japan's exports to Vietnam reached $20 billion in the year to March.",
            [("2024-04", "2025-03")],
        ),
    ],
    ids=["in-the-same-year-skips-the-base", "it-committed-the-same-year", "that-year", "the-year-to-is-no-same-year"],
)
def test_a_sum_in_the_same_year_takes_the_sum_before(text: str, periods: list) -> None:
    assert _periods(text) == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "The Vietnam-Singapore parks, the first of which opened in 1996, are expected to draw investment of "
            "US$2 billion in the next phase.",
            [None],
        ),
        (
            "Japan has been Mongolia's top donor, providing loans of about ¥350 billion, including for the airport, "
            "which opened in 2021.",
            [None],
        ),
        (
            "Czechia allocated CZK 750 million to Ukraine for 2025, and Czech firms are in reconstruction projects "
            "worth EUR 300 million.",
            [("2025", "2025"), None],
        ),
        (
            "Last year the Biden administration announced $500 million in military financing for the Philippines.",
            [None],
        ),
        (
            "In 2023 Japan pledged $1 billion in loans to the Philippines.",
            [None],
        ),
        (
            "This year Mexico sent humanitarian aid to Cuba, a donation valued at 45 million pesos.",
            [("2025", "2025")],
        ),
        (
            "In 2024, South Korea accepted Indonesia's request to lower its share of the development cost to 600 "
            "billion won.",
            [None],
        ),
        (
            "In March, the Japanese cabinet approved a plan to extend loans of $200 million to Kenya.",
            [None],
        ),
        (
            "In 2024, Kazakhstan provided humanitarian aid worth $2 million to Kyrgyzstan.",
            [("2024", "2024")],
        ),
        (
            "Trade between Russia and Laos grew by 27% last year to nearly $190 million.",
            [("2024", "2024"), ("2024", "2024")],
        ),
        (
            "Turkey's exports to Iraq rose 12 percent in 2024 to $13 billion, officials said.",
            [("2024", "2024"), ("2024", "2024")],
        ),
    ],
    ids=[
        "a-relative-clause-on-another-thing",
        "which-opened-after-the-sum",
        "a-deal-in-another-clause",
        "the-year-of-an-announcement",
        "the-year-of-a-pledge",
        "a-year-of-giving-stays",
        "the-year-of-a-decision",
        "the-month-of-an-approval",
        "a-year-of-giving-without-a-decision",
        "a-sum-after-its-growth",
        "a-sum-after-its-growth-in-a-year",
    ],
)
def test_a_year_told_for_something_else_is_not_the_sums(text: str, periods: list) -> None:
    assert _periods(text) == periods


def test_a_year_a_target_is_aimed_for_is_not_the_trade_before_it() -> None:
    text = (
        "Trade between Russia and Laos grew by 27% last year to nearly $190 million, while the commission set a goal "
        "of bringing it to $500 million by 2030."
    )
    assert _periods(text, None) == [None, None, ("2030", "2030")]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "The line follows the memorandum Zambia and Tanzania signed with China in September 2024, under which a "
            "Chinese firm will invest about US$1.4 billion in the railway over 30 years.",
            [None],
        ),
        (
            "Under the accord signed in March, Japan is to provide $500 million in loans to Kenya.",
            [None],
        ),
        (
            "In 2025, Kenya will provide $5 million in loans to Uganda.",
            [("2025", "2025")],
        ),
        (
            "Japan's exports to Kenya reached $1.1 billion in 2024.",
            [("2024", "2024")],
        ),
        (
            "New Zealand will provide NZ$20 million in budget support to Fiji, and two-way trade was worth NZ$1.5 "
            "billion last financial year.",
            [None, ("2024-07", "2025-06")],
        ),
    ],
    ids=[
        "will-invest-after-a-signing",
        "is-to-provide",
        "a-year-to-come-stays",
        "a-past-sum-keeps-its-year",
        "a-past-year-told-after-it",
    ],
)
def test_a_sum_to_come_covers_no_past_time(text: str, periods: list) -> None:
    assert _periods(text) == periods
