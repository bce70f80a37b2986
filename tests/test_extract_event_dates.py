"""The day of an event told without one of its own: from the clause or sentence it is tied to ('where', 'as',
'then', 'later', 'the following day', an arrival told of its subject), from the occasion a back-reference names,
and from parts of the publication's day (fourth round: event dates at the wrong precision)."""

from __future__ import annotations

import datetime as dt

import pytest

from seed.extract import extract

THURSDAY = dt.date(2025, 2, 6)
TUESDAY = dt.date(2024, 10, 29)


def _events(text: str, pub: dt.date | None) -> list[tuple[str, str | None, list[str]]]:
    return [(e.type.value, e.date, sorted(e.countries)) for e in extract(text, published_on=pub).events]


def _dates(text: str, pub: dt.date | None, etype: str, pair: list[str]) -> list[str | None]:
    return [d for t, d, c in _events(text, pub) if t == etype and set(pair) <= set(c)]


# A clause with the day but no event, and a 'where' clause telling what took place then.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban at the presidential "
            "complex in Ankara on Thursday, where the two leaders held a one-on-one meeting.",
            "MEETING",
            ["HUN", "TUR"],
            "2025-02-06",
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi welcomed Spanish Prime Minister Pedro Sanchez at the Ittihadiya "
            "Palace in Cairo on Wednesday, where the two sides signed a memorandum on water management.",
            "AGREEMENT",
            ["EGY", "ESP"],
            "2025-02-05",
        ),
        (
            "Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi on "
            "Monday, where they held talks on regional security.",
            "MEETING",
            ["ETH", "KEN"],
            "2025-02-03",
        ),
    ],
    ids=["hosted-where-meeting", "welcomed-where-signed", "received-where-talks"],
)
def test_where_clause_takes_the_day_before_it(text: str, etype: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, THURSDAY, etype, pair)


# A 'which' clause with a date and no event of its own dates the nearest event before it.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "Han, who arrived in Lusaka on Wednesday for a three-day official visit, said China is ready to work with "
            "Zambia to implement the outcomes of the Beijing summit, which Hichilema attended in September.",
            "FORUM",
            ["CHN", "ZMB"],
            "2024-09",
        ),
        (
            "Lammy, who flew to Accra on Monday for a two-day visit, told Ghana's leaders that Britain would build on "
            "the outcomes of the Commonwealth summit, which Mahama attended in October.",
            "FORUM",
            ["GBR", "GHA"],
            "2024-10",
        ),
        (
            "Wong, who is in Jakarta for a two-day official visit, said Australia and Indonesia would follow up "
            "the regional forum, which Sugiono attended in August.",
            "FORUM",
            ["AUS", "IDN"],
            "2024-08",
        ),
    ],
    ids=["summit-not-visit", "commonwealth-summit", "regional-forum"],
)
def test_which_clause_dates_the_nearest_event(text: str, etype: str, pair: list[str], date: str) -> None:
    pub = dt.date(2024, 11, 21)
    assert date in _dates(text, pub, etype, pair)
    assert date not in _dates(text, pub, "VISIT", pair)  # the visit told before is not what the clause dates


@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "Kenya and South Africa signed eight agreements on Tuesday, as South African President Cyril Ramaphosa "
            "held talks with his Kenyan counterpart William Ruto in Nairobi.",
            "MEETING",
            ["KEN", "ZAF"],
            "2025-03-04",
        ),
        (
            "Japan and the Philippines signed a reciprocal access agreement on Monday, just as Japanese Prime "
            "Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila.",
            "MEETING",
            ["JPN", "PHL"],
            "2025-03-03",
        ),
        (
            "Chile and Argentina signed a border energy accord on Tuesday, as Chilean President Gabriel Boric "
            "held talks with Argentine President Javier Milei in Santiago.",
            "MEETING",
            ["ARG", "CHL"],
            "2025-03-04",
        ),
    ],
    ids=["as-held-talks", "just-as-met", "as-santiago"],
)
def test_as_ties_two_events_to_one_day(text: str, etype: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, dt.date(2025, 3, 4), etype, pair)


def test_as_well_as_ties_nothing() -> None:
    text = (
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Tuesday. The ministers "
        "discussed energy, as well as the agreements signed during the summit in Lima."
    )
    assert "2025-03-04" not in _dates(text, dt.date(2025, 3, 4), "AGREEMENT", ["ARG", "CHL"])


# 'then' and 'later' tell what came next at the occasion told before; a visit gives its month.
@pytest.mark.parametrize(
    ("text", "pub", "etype", "pair", "date"),
    [
        (
            "Emirati President Sheikh Mohamed bin Zayed received Colombian President Gustavo Petro at Qasr Al Shati "
            "on Thursday. The two leaders then witnessed the signing of a comprehensive economic partnership "
            "agreement between the UAE and Colombia.",
            dt.date(2025, 4, 10),
            "AGREEMENT",
            ["ARE", "COL"],
            "2025-04-10",
        ),
        (
            "Indonesian President Prabowo Subianto held talks with Brazilian President Lula da Silva in Brasilia on "
            "Tuesday. Prabowo later addressed an Indonesia-Brazil business forum organised by the two chambers of "
            "commerce.",
            dt.date(2024, 11, 19),
            "FORUM",
            ["BRA", "IDN"],
            "2024-11-19",
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh met Thai Prime Minister Paetongtarn Shinawatra in Bangkok on "
            "Monday. The two prime ministers then attended a Vietnam-Thailand business forum.",
            dt.date(2025, 5, 13),
            "FORUM",
            ["THA", "VNM"],
            "2025-05-12",
        ),
    ],
    ids=["then-witnessed", "later-addressed", "then-attended"],
)
def test_then_and_later_take_the_occasion_before(
    text: str, pub: dt.date, etype: str, pair: list[str], date: str
) -> None:
    assert date in _dates(text, pub, etype, pair)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday morning for his first visit to Iraq "
            "in 12 years. He later travelled to Erbil, where he met Iraqi Prime Minister Mohammed Shia al-Sudani.",
            "2024-04",
        ),
    ],
    ids=["after-an-arrival-the-month"],
)
def test_later_after_a_visit_takes_its_month(text: str, date: str) -> None:
    assert date in _dates(text, dt.date(2024, 4, 22), "MEETING", ["IRQ", "TUR"])


@pytest.mark.parametrize(
    "text",
    [
        "Malaysian Prime Minister Anwar Ibrahim met Peruvian President Dina Boluarte in Lima on Friday. Anwar "
        "will then attend the G20 summit in Brazil.",
        "Malaysian Prime Minister Anwar Ibrahim met Peruvian President Dina Boluarte in Lima on Friday. The two "
        "countries will hold a business forum later this year.",
    ],
    ids=["will-then", "later-this-year"],
)
def test_then_and_later_leave_what_is_to_come(text: str) -> None:
    assert "2024-11-15" not in _dates(text, dt.date(2024, 11, 15), "FORUM", ["MYS", "PER"])


# "On the sidelines of the commission": the day of the commission's meeting told before.
@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "Russian Deputy Prime Minister Dmitry Chernyshenko and Vietnamese Deputy Prime Minister Tran Hong Ha "
            "co-chaired the 25th meeting of the Russian-Vietnamese Intergovernmental Commission in Moscow on "
            "Wednesday. On the sidelines of the commission, the sides signed an agreement on nuclear research.",
            ["RUS", "VNM"],
            "2025-01-22",
        ),
        (
            "The Kazakh-Uzbek Intergovernmental Commission met in Tashkent on Tuesday, chaired by Kazakhstan's "
            "Serik Zhumangarin and Uzbekistan's Jamshid Khodjaev. After the commission, the parties signed a "
            "protocol on rail transit.",
            ["KAZ", "UZB"],
            "2025-01-21",
        ),
        (
            "India and Oman held the 11th meeting of their Joint Commission in Muscat on Monday. On the sidelines "
            "of the committee, the two sides signed a memorandum on maritime security.",
            ["IND", "OMN"],
            "2025-01-20",
        ),
    ],
    ids=["sidelines-commission", "after-the-commission", "sidelines-committee"],
)
def test_a_commission_dates_what_was_signed_at_it(text: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, dt.date(2025, 1, 22), "AGREEMENT", pair)


# A past trip and the forum it was for share the trip's month; an arrival's day is not the forum's.
@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "Ethiopian State Minister Misganu Arega visited Kazakhstan in June 2023 to take part in the Astana "
            "International Forum.",
            ["ETH", "KAZ"],
            "2023-06",
        ),
        (
            "President Ramaphosa last travelled to Egypt in November 2022 to attend the COP27 climate conference.",
            ["EGY", "ZAF"],
            "2022-11",
        ),
        (
            "Brazilian President Lula da Silva visited Japan in May 2023 to participate in the G7 summit in Hiroshima.",
            ["BRA", "JPN"],
            "2023-05",
        ),
    ],
    ids=["take-part-in", "to-attend", "participate-in"],
)
def test_a_past_trip_dates_the_forum_it_was_for(text: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, TUESDAY, "FORUM", pair)


def test_an_arrival_day_is_not_the_forums() -> None:
    text = "Chinese President Xi Jinping arrived in Astana on July 2 for a state visit and to attend the SCO summit."
    assert "2024-07-02" not in _dates(text, dt.date(2024, 7, 3), "FORUM", ["CHN", "KAZ"])


# A part of the publication's day is that day.
@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        (
            "New Zealand Prime Minister Christopher Luxon called on Indian President Droupadi Murmu at Rashtrapati "
            "Bhavan this afternoon.",
            "MEETING",
            ["IND", "NZL"],
        ),
        (
            "Polish Foreign Minister Radoslaw Sikorski met his Lithuanian counterpart Kestutis Budrys in Vilnius "
            "this morning.",
            "MEETING",
            ["LTU", "POL"],
        ),
        (
            "Norway and Iceland signed a fisheries agreement in Reykjavik this evening.",
            "AGREEMENT",
            ["ISL", "NOR"],
        ),
    ],
    ids=["this-afternoon", "this-morning", "this-evening"],
)
def test_part_of_the_day_is_the_publications_day(text: str, etype: str, pair: list[str]) -> None:
    assert "2025-03-17" in _dates(text, dt.date(2025, 3, 17), etype, pair)


# "The following day": the day after the day told before it, in the sentence or the one before.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "The United States was the first country to recognize the independence of Kazakhstan, on December 25, "
            "1991. Diplomatic relations between the two countries were established the following day.",
            "DIPLOMATIC_RELATIONS",
            ["KAZ", "USA"],
            "1991-12-26",
        ),
        (
            "Switzerland recognised the independence of Slovenia on January 15, 1992. Diplomatic relations between "
            "the two countries were established a day later.",
            "DIPLOMATIC_RELATIONS",
            ["CHE", "SVN"],
            "1992-01-16",
        ),
        (
            "Greek Prime Minister Kyriakos Mitsotakis arrived in Ankara on December 6, 2023 and held talks with "
            "Turkish President Recep Tayyip Erdogan the following day.",
            "MEETING",
            ["GRC", "TUR"],
            "2023-12-07",
        ),
    ],
    ids=["relations-next-sentence", "a-day-later", "talks-next-day"],
)
def test_the_following_day(text: str, etype: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, dt.date(2024, 6, 14), etype, pair)


def test_the_following_day_is_not_a_link_to_a_later_date() -> None:
    text = (
        "Diplomatic relations between Kazakhstan and the United States were established the following day, and "
        "the U.S. Embassy in Almaty opened on February 3, 1992."
    )
    assert "1992-02-03" not in _dates(text, dt.date(2024, 6, 14), "DIPLOMATIC_RELATIONS", ["KAZ", "USA"])


# "On the second day of a state visit" on Tuesday: the visit began on Monday.
@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "French President Emmanuel Macron told Morocco's parliament on Tuesday that France backed closer ties, "
            "on the second day of a state visit to Morocco.",
            ["FRA", "MAR"],
            "2024-10-28",
        ),
        (
            "German Chancellor Olaf Scholz toured a hydrogen plant in Namibia on Tuesday, on the third day of his "
            "official visit to the country.",
            ["DEU", "NAM"],
            "2024-10-27",
        ),
        (
            "Indian Prime Minister Narendra Modi addressed the Ghanaian parliament on Tuesday, the second day of his "
            "state visit to Ghana.",
            ["GHA", "IND"],
            "2024-10-28",
        ),
    ],
    ids=["second-day", "third-day", "second-day-apposition"],
)
def test_nth_day_of_a_visit_dates_its_start(text: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, TUESDAY, "VISIT", pair)


# What a subject did, told after the day of the subject's arrival and with no day of its own.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "French President Emmanuel Macron, who arrived in Rabat on Monday, was welcomed at the airport by King "
            "Mohammed VI of Morocco, and the two heads of state held talks at the royal palace.",
            "MEETING",
            ["FRA", "MAR"],
            "2024-10-28",
        ),
        (
            "Chinese Premier Li Qiang, who landed in Canberra late on Saturday, is on a four-day official visit to "
            "Australia.",
            "VISIT",
            ["AUS", "CHN"],
            "2024-10-26",
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba, who arrived in Jakarta on Sunday, held talks with Indonesian "
            "President Prabowo Subianto at the Bogor Palace.",
            "MEETING",
            ["IDN", "JPN"],
            "2024-10-27",
        ),
    ],
    ids=["welcomed-and-talks", "landed-is-on-a-visit", "arrived-held-talks"],
)
def test_what_follows_an_arrival_takes_its_day(text: str, etype: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, TUESDAY, etype, pair)


@pytest.mark.parametrize(
    ("text", "etype", "pair", "not_date"),
    [
        (
            "Indian Prime Minister Narendra Modi, who arrived in Johannesburg on Thursday, will hold talks with "
            "South African President Cyril Ramaphosa.",
            "MEETING",
            ["IND", "ZAF"],
            "2024-10-24",
        ),
        (
            "Nigerian President Bola Tinubu, who arrived in Beijing on Saturday, also attended the opening of the "
            "China-Africa summit on Wednesday.",
            "FORUM",
            ["CHN", "NGA"],
            "2024-10-26",
        ),
        (
            "Chinese Vice President Han Zheng, who arrived in Lusaka on Wednesday, said China would implement the "
            "outcomes of the Beijing summit with Zambia.",
            "FORUM",
            ["CHN", "ZMB"],
            "2024-10-23",
        ),
    ],
    ids=["still-to-come", "a-day-of-its-own", "what-was-said"],
)
def test_what_follows_an_arrival_keeps_its_own_time(text: str, etype: str, pair: list[str], not_date: str) -> None:
    assert not_date not in _dates(text, TUESDAY, etype, pair)


def test_a_headline_under_a_date_line_is_no_event() -> None:
    text = (
        "date: 2013-10-08\nNazarbayev, Rahmon sign military cooperation agreement in Astana\n\n"
        "ASTANA. President of Kazakhstan Nursultan Nazarbayev and President of Tajikistan Emomali Rahmon held talks "
        "at the Akorda on Tuesday. Following the talks, the two presidents signed an agreement on military-technical "
        "cooperation."
    )
    assert _dates(text, dt.date(2013, 10, 8), "AGREEMENT", ["KAZ", "TJK"]) == ["2013-10-08"]


# A weekday a plan names lies ahead of the publication, the plan's verb a title and a name away or not.
@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "Mongolian Foreign Minister Battsetseg Batmunkh is set to pay a courtesy call on Japanese Prime Minister "
            "Fumio Kishida on Friday.",
            ["JPN", "MNG"],
            "2024-07-19",
        ),
        (
            "Philippine Foreign Secretary Enrique Manalo is expected to hold talks with his Vietnamese counterpart "
            "Bui Thanh Son in Hanoi on Monday.",
            ["PHL", "VNM"],
            "2024-07-22",
        ),
        (
            "Kenyan President William Ruto is scheduled to hold talks with Tanzanian President Samia Suluhu Hassan at "
            "State House in Dar es Salaam on Saturday.",
            ["KEN", "TZA"],
            "2024-07-20",
        ),
    ],
    ids=["is-set-to", "is-expected-to", "is-scheduled-to"],
)
def test_a_planned_weekday_lies_ahead(text: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, dt.date(2024, 7, 18), "MEETING", pair)


def test_a_weekday_after_a_past_verb_lies_behind() -> None:
    text = (
        "Polish Foreign Minister Radoslaw Sikorski, who will travel to Kyiv next month, met Ukrainian Foreign "
        "Minister Andrii Sybiha in Warsaw on Monday."
    )
    assert "2024-07-15" in _dates(text, dt.date(2024, 7, 18), "MEETING", ["POL", "UKR"])


# Sixth round. A signing tied to the dated occasion of its account takes that occasion's day: what the two parties
# did right after a dated meeting ("Both ministers signed", "The two sides signed", "Foreign ministers X and Y
# signed"), and what came "then", whatever the rest of the sentence plans. A signing they "also" did is one more
# outcome of a list and keeps the month.
@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren received his Peruvian counterpart Elmer Schialer in "
            "Santiago on Wednesday.\n\nBoth ministers signed a memorandum of understanding on border crossings between "
            "Chile and Peru.",
            ["CHL", "PER"],
            "2025-02-05",
        ),
        (
            "Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara in Accra on Monday.\n\n"
            "Trade between the two countries grew last year.\n\nThe two sides signed an agreement on cocoa pricing.",
            ["CIV", "GHA"],
            "2025-02-03",
        ),
        (
            "Norway and Sweden held a joint cabinet meeting in Oslo on Tuesday.\n\nForeign ministers Espen Barth Eide "
            "and Maria Malmer Stenergard signed a joint declaration on Norwegian-Swedish Arctic cooperation.",
            ["NOR", "SWE"],
            "2025-02-04",
        ),
        (
            "Thai Prime Minister Paetongtarn Shinawatra met Lao Prime Minister Sonexay Siphandone in Bangkok on "
            "Monday.\n\nThe two leaders then signed a memorandum on a Thai-Lao railway link, whose first phase is "
            "scheduled to open next year.",
            ["LAO", "THA"],
            "2025-02-03",
        ),
    ],
    ids=["both-ministers", "two-sides-after-figures", "named-ministers", "then-despite-a-plan"],
)
def test_a_signing_takes_the_day_of_its_meeting(text: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, THURSDAY, "AGREEMENT", pair)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart Elmer Schialer in Santiago on "
            "January 10.\n\nBoth ministers signed a memorandum of understanding on border crossings between Chile and "
            "Peru.",
            ["CHL", "PER"],
        ),
    ],
    ids=["meeting-weeks-before"],
)
def test_a_signing_keeps_the_month_away_from_its_meeting(text: str, pair: list[str]) -> None:
    assert "2025-02" in _dates(text, THURSDAY, "AGREEMENT", pair)


# A deadline ("by 2030", "by the end of 2026") dates a goal, never the event told with it.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "Vietnam and Brazil agreed to raise trade to $15 billion by 2030, after the first meeting of their joint "
            "economic commission was held in Hanoi on Tuesday.",
            "MEETING",
            ["BRA", "VNM"],
            "2025-02-04",
        ),
        (
            "Kenya and Ethiopia signed an agreement on a power line, aiming to double electricity trade by the end of "
            "2027.",
            "AGREEMENT",
            ["ETH", "KEN"],
            "2025-02",
        ),
    ],
    ids=["meeting-after-a-target", "signing-with-a-deadline"],
)
def test_a_deadline_dates_no_event(text: str, etype: str, pair: list[str], date: str) -> None:
    assert _dates(text, THURSDAY, etype, pair) == [date]


def test_a_plan_after_a_signing_keeps_its_own_year() -> None:
    text = (
        "Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on Monday. The two "
        "presidents signed a memorandum under which Poland will deliver 20 howitzers to Lithuania this year."
    )
    assert _dates(text, THURSDAY, "AGREEMENT", ["LTU", "POL"]) == ["2025-02-03"]


# A visit someone "is on" when the meeting told with it happened takes that meeting's day, though the meeting was
# dated a sentence before and the visit "ends" on a later weekday.
def test_an_ongoing_visit_takes_the_day_of_its_meeting() -> None:
    text = (
        "The third session of the Morocco-Senegal joint commission was held in Rabat on Monday.\n\n"
        "The meeting was co-chaired by Moroccan Foreign Minister Nasser Bourita and Senegalese Foreign Minister "
        "Yassine Fall, who is on a four-day visit to Morocco that ends on Friday."
    )
    assert _dates(text, THURSDAY, "VISIT", ["MAR", "SEN"]) == ["2025-02-03"]


def test_a_visit_that_ends_on_a_weekday_ends_ahead() -> None:
    from seed.extract.dates import find_times

    times = find_times("a three-day visit that ends on Saturday", THURSDAY)
    assert [(t.role, t.first.iso if t.first else None) for t in times] == [("through", "2025-02-08")]


# "his first trip to South Korea since 2019": the trip before this one was in 2019.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "Uzbek President Shavkat Mirziyoyev arrived in Tokyo on Tuesday, his first trip to Japan since 2019.",
            "VISIT",
            ["JPN", "UZB"],
            "2019",
        ),
        (
            "The joint commission met in Cairo on Monday, its first meeting since 2018.",
            "MEETING",
            ["EGY", "SDN"],
            "2025-02-03",
        ),
    ],
    ids=["first-trip-since", "this-meeting-keeps-its-day"],
)
def test_first_since_dates_the_one_before(text: str, etype: str, pair: list[str], date: str) -> None:
    if etype == "MEETING":
        text = "Egypt and Sudan: " + text
    assert date in _dates(text, THURSDAY, etype, pair)


# A time in a "since" clause dates what that clause tells, not the event of the sentence.
def test_a_since_clause_keeps_its_year() -> None:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya hosted Philippine Foreign Secretary Enrique Manalo for the annual "
        "talks, the fifth since the format was launched in 2011."
    )
    assert "2011" not in _dates(text, THURSDAY, "MEETING", ["JPN", "PHL"])


# A month that something "is expected" in lies ahead: the next such month.
def test_an_expected_month_lies_ahead() -> None:
    from seed.extract.dates import find_times

    times = find_times("The president is expected in Ankara in January", dt.date(2025, 11, 4))
    assert [t.first.iso for t in times if t.first] == ["2026-01"]


# "later that evening", "the same afternoon": the day of the event told just before.
def test_later_that_evening_is_the_same_day() -> None:
    from seed.extract.news_dates import SAME_DAY

    assert SAME_DAY.search("The minister called on the president later that evening.")
    assert SAME_DAY.search("The same afternoon, the two ministers held talks.")
    assert not SAME_DAY.search("The evening reception was cancelled.")


# The day may stand between "received" and the guest; the meeting keeps it.
@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "Bolivian President Luis Arce received on Wednesday the president of the Senate of Paraguay, Basilio "
            "Nunez, who is on an official visit to Bolivia.",
            ["BOL", "PRY"],
            "2025-02-05",
        ),
        (
            "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani received in Doha today Foreign Minister "
            "of Jordan Ayman Safadi.",
            ["JOR", "QAT"],
            "2025-02-06",
        ),
        (
            "Argentine Foreign Minister Gerardo Werthein received his Uruguayan counterpart, Mario Lubetkin, this "
            "Tuesday at the San Martin Palace.",
            ["ARG", "URY"],
            "2025-02-04",
        ),
    ],
    ids=["weekday-before-guest", "city-and-today-before-guest", "counterpart-this-weekday"],
)
def test_received_with_the_day_before_the_guest(text: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, THURSDAY, "MEETING", pair)


def test_received_on_a_day_is_no_meeting_with_a_loan() -> None:
    text = "Kenya received on Monday a loan of $500 million from the United Arab Emirates."
    assert _dates(text, THURSDAY, "MEETING", ["ARE", "KEN"]) == []


# Sixth round (second pass). The account of a day-dated occasion goes on in the sentences after it: when the article
# tells of no visit of several days, every undated event it tells next takes the occasion's day ("also met", "also
# signed", "then held talks"), until another account opens ("Separately, ..."). With a visit of several days, only
# what the occasion's two parties did does; a joint statement that has told of several days ties nothing.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "Austrian Chancellor Karl Nehammer held talks with Slovak Prime Minister Robert Fico in Bratislava on "
            "Monday, September 2.\n\nTrade between Austria and Slovakia grew last year.\n\nThe Austrian Chancellor "
            "also met with Slovak President Peter Pellegrini.",
            "MEETING",
            ["AUT", "SVK"],
            "2024-09-02",
        ),
        (
            "Chilean President Gabriel Boric received his Uruguayan counterpart Luis Lacalle Pou in Santiago on "
            "Monday.\n\nThe two presidents signed a joint declaration on trade. The two foreign ministers also signed a "
            "memorandum on consular cooperation.",
            "AGREEMENT",
            ["CHL", "URY"],
            "2024-09-02",
        ),
        (
            "Indonesian Foreign Minister Retno Marsudi held talks with her Philippine counterpart Enrique Manalo in "
            "Jakarta on Monday.\n\nAccording to the ministry, the two sides also signed a protocol on fisheries.",
            "AGREEMENT",
            ["IDN", "PHL"],
            "2024-09-02",
        ),
    ],
    ids=["also-met", "two-ministers-also-signed", "after-a-reporting-lead"],
)
def test_the_account_of_a_day_takes_its_day(text: str, etype: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, dt.date(2024, 9, 4), etype, pair)


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        (
            "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi on "
            "Monday.\n\nSeparately, the trade ministers of Kenya and Tanzania signed a memorandum on border trade.",
            "AGREEMENT",
            ["KEN", "TZA"],
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh arrived in Phnom Penh on Monday for a three-day official "
            "visit. He held talks with Cambodian Prime Minister Hun Manet on Tuesday.\n\nPham Minh Chinh also met "
            "Cambodian Senate President Hun Sen.",
            "MEETING",
            ["KHM", "VNM"],
        ),
    ],
    ids=["separately", "visit-of-several-days"],
)
def test_the_account_of_a_day_keeps_the_month(text: str, etype: str, pair: list[str]) -> None:
    dates = _dates(text, dt.date(2024, 9, 4), etype, pair)
    assert "2024-09" in dates


def test_a_day_earlier_is_the_day_before_the_event_told_last() -> None:
    text = (
        "Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbe in Lome on Tuesday.\n\n"
        "A day earlier, a Ghana-Togo business forum was held in Lome."
    )
    assert "2024-09-02" in _dates(text, dt.date(2024, 9, 4), "FORUM", ["GHA", "TGO"])


# An apposition that counts a trip ("his second to the Gulf state this year") dates nothing; the verb joined to the
# arrival by "and" shares its day.
def test_a_trip_count_dates_nothing_and_the_reception_takes_the_arrival_day() -> None:
    text = (
        "Egyptian President Abdel Fattah al-Sisi arrived in Riyadh on Monday evening on a two-day visit, his third "
        "to the kingdom this year, and was received at King Khalid International Airport by Saudi Crown Prince "
        "Mohammed bin Salman."
    )
    dates = _dates(text, dt.date(2024, 9, 4), "MEETING", ["EGY", "SAU"])
    assert "2024-09-02" in dates
    assert "2024" not in dates


# A month abbreviated without its stop before a day ("on Sept 17", "Dec 3"), as some styles print it; a word that
# only looks like one ("Mar" alone, "Jan" as a name) is no month.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The Thai ministers arrived in the Malaysian capital on Sept 16 and met Prime Minister Anwar Ibrahim.",
            "2025-09-16",
        ),
        ("Thailand and Malaysia signed a memorandum on border trade in Kuala Lumpur on Aug 28.", "2025-08-28"),
    ],
    ids=["sept", "aug"],
)
def test_a_month_abbreviated_without_a_stop(text: str, date: str) -> None:
    assert date in [d for _, d, _ in _events(text, dt.date(2025, 9, 18))]


def test_an_abbreviation_without_a_day_is_no_month() -> None:
    from seed.extract.dates import find_times

    assert not find_times("Jan Lipavsky met his Slovak counterpart.", dt.date(2025, 9, 18))


# Day-of-account dating: an event told a day after (before) a time, a signing told again by the definite name of
# what was signed, a visit someone is paying or a meeting someone is in town for, "since" and "the year".
@pytest.mark.parametrize(
    ("text", "pub", "etype", "pair", "date"),
    [
        (
            "Chile and Peru signed a fisheries accord in Lima on Thursday, a day after Chilean Foreign Minister "
            "Alberto van Klaveren held talks with his Peruvian counterpart Elmer Schialer.",
            dt.date(2025, 6, 13),
            "MEETING",
            ["CHL", "PER"],
            "2025-06-11",
        ),
        (
            "Ghana and Togo opened a new border post on Friday, two days after the two presidents met in Accra.",
            dt.date(2025, 6, 14),
            "MEETING",
            ["GHA", "TGO"],
            "2025-06-11",
        ),
        (
            "Vietnam and Japan signed a memorandum of understanding on semiconductors on Tuesday. The memorandum was "
            "signed by Vietnamese Minister Nguyen Chi Dung and Japanese Minister Yoji Muto after their talks in "
            "Hanoi.\n\nMuto arrived in Hanoi on Monday for a three-day visit.",
            dt.date(2025, 6, 11),
            "MEETING",
            ["JPN", "VNM"],
            "2025-06-10",
        ),
        (
            "On 4 June, Foreign Minister of Lithuania Kestutis Budrys held a meeting with Foreign Minister of Latvia "
            "Baiba Braze, who is paying an official visit to Lithuania.",
            dt.date(2025, 6, 5),
            "VISIT",
            ["LTU", "LVA"],
            "2025-06-04",
        ),
        (
            "On March 3, President of Kazakhstan Kassym-Jomart Tokayev received Foreign Minister of Hungary Peter "
            "Szijjarto, who is in Astana to take part in the tenth meeting of the Kazakhstan-Hungary "
            "Intergovernmental Council.",
            dt.date(2025, 3, 4),
            "MEETING",
            ["HUN", "KAZ"],
            "2025-03-03",
        ),
        (
            "Turkey has sent aid to Somalia since 2011, the year Recep Tayyip Erdogan became the first non-African "
            "leader to visit Mogadishu in two decades.",
            dt.date(2025, 6, 11),
            "VISIT",
            ["SOM", "TUR"],
            "2011",
        ),
    ],
    ids=[
        "a-day-after",
        "two-days-after",
        "the-memorandum-was-signed",
        "paying-a-visit",
        "in-town-for-a-meeting",
        "the-year",
    ],
)
def test_the_day_of_the_account(text: str, pub: dt.date, etype: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, pub, etype, pair)


def test_a_day_after_a_time_told_after_it_is_that_time() -> None:
    text = "Chile and Peru signed a fisheries accord a day after talks held in Lima on Thursday, June 12."
    assert "2025-06-11" not in _dates(text, dt.date(2025, 6, 13), "MEETING", ["CHL", "PER"])


def test_a_time_after_since_is_of_what_since_names() -> None:
    from seed.extract.dates import find_times
    from seed.extract.event_dates import assign_dates
    from seed.extract.triggers import find_triggers

    clause = "Mitsotakis held talks with Christodoulides, the first meeting since the Greece-Cyprus summit in 2023."
    triggers = find_triggers(clause)
    dated = assign_dates(clause, triggers, find_times(clause, dt.date(2025, 6, 11)))
    years = {triggers[i][2].value: [t.first.year for t in ts] for i, ts in dated.items() if ts}
    assert years == {"FORUM": [2023]}


# An arrival told with another verb dates the visit; a stay that "ends today" began the days before (round nine).
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Slovak Foreign Minister Juraj Blanar, who jetted into Hanoi on Monday for a three-day working visit, "
            "held talks with his Vietnamese counterpart.",
            "2025-02-03",
        ),
        (
            "Hungary's foreign minister touched down in Hanoi on Tuesday evening for talks on trade with Vietnam.",
            "2025-02-04",
        ),
        ("The Hungarian minister, who landed in Hanoi on Sunday, met Vietnam's Prime Minister.", "2025-02-02"),
        (
            "Hungary's foreign minister, whose three-day official visit to Vietnam ends today, was granted an audience by the president.",
            "2025-02-04",
        ),
    ],
    ids=["jetted-into", "touched-down", "landed-in", "ends-today"],
)
def test_an_arrival_told_with_another_verb_dates_the_visit(text: str, date: str) -> None:
    assert _dates(text, THURSDAY, "VISIT", ["HUN", "VNM"] if "Hungar" in text else ["SVK", "VNM"]) == [date]


# Not an arrival: a deal landed, a plane that landed with aid, a conclusion one came to.
@pytest.mark.parametrize(
    "text",
    [
        "Hungary's OTP Bank landed a deal with Vietnam's largest lender on Monday.",
        "Hungary and Vietnam came to an understanding on visas on Monday.",
    ],
    ids=["landed-a-deal", "came-to-an-understanding"],
)
def test_no_arrival_without_a_journey(text: str) -> None:
    assert _dates(text, THURSDAY, "VISIT", ["HUN", "VNM"]) == []


# History told in the passive: a document, a recognition, relations restored, an embassy reopened.
@pytest.mark.parametrize(
    ("text", "etype", "date"),
    [
        ("The FTA between Chile and Vietnam was signed in November 2011.", "AGREEMENT", "2011-11"),
        (
            "A protocol on double taxation between Chile and Vietnam was signed in Hanoi in May 2019.",
            "AGREEMENT",
            "2019-05",
        ),
        ("Chile recognised the Socialist Republic of Vietnam de jure on 25 March 1971.", "RECOGNITION", "1971-03-25"),
        (
            "Diplomatic relations between Chile and Vietnam were restored on 10 June 1990.",
            "DIPLOMATIC_RELATIONS",
            "1990-06-10",
        ),
        ("Chile restored diplomatic relations with Vietnam in 1990.", "DIPLOMATIC_RELATIONS", "1990"),
        (
            "Chile and Vietnam restored diplomatic relations in 1990. The Embassy of Chile in Hanoi was reopened "
            "the same year.",
            "EMBASSY_OPENING",
            "1990",
        ),
    ],
    ids=["fta-signed", "protocol-signed", "recognised-de-jure", "relations-restored", "restored-active", "reopened"],
)
def test_history_told_in_the_passive(text: str, etype: str, date: str) -> None:
    assert _dates(text, THURSDAY, etype, ["CHL", "VNM"]) == [date]


# "signed by the two kingdoms": the pair, though the sentence names a third country.
def test_the_pair_as_agent_of_a_passive_signing() -> None:
    text = (
        "Jordan and Morocco talk trade\n\nJordanian-Moroccan relations date back to the Treaty of Friendship signed by "
        "the two kingdoms in 1962, amid tensions with Algeria."
    )
    assert [c for t, d, c in _events(text, THURSDAY) if t == "AGREEMENT"] == [["JOR", "MAR"]]


# A day that closes the arrival before "and was received": the visit's, the meeting taking it on its own (round nine).
@pytest.mark.parametrize(
    "text",
    [
        "The Hungarian president arrived in the Vietnamese capital on Tuesday morning and was received by the "
        "Vietnamese president at the Presidential Palace.",
        "The Hungarian foreign minister arrived in Hanoi on Tuesday and then held talks with Vietnam's prime minister.",
    ],
    ids=["and-was-received", "and-then-held-talks"],
)
def test_a_day_told_with_the_arrival_dates_the_visit(text: str) -> None:
    assert _dates(text, THURSDAY, "VISIT", ["HUN", "VNM"]) == ["2025-02-04"]


# A document told with the past year it was signed, in a participle, and no country: the article's pair's history.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Peru and Chile held talks in Lima on Monday. The Treaty of Lima, signed in 1929, settled their border.",
            "1929",
        ),
        (
            "Kenya and Uganda held talks on Monday. The railway runs on the basis of an intergovernmental agreement "
            "signed in 2014.",
            "2014",
        ),
        (
            "Ghana and Nigeria held talks on Monday. The Defence Cooperation Agreement, signed in March 2019, lets "
            "their navies patrol together.",
            "2019-03",
        ),
    ],
    ids=["treaty-signed-in-year", "agreement-signed-in-year", "agreement-signed-in-month"],
)
def test_document_signed_in_a_past_year_is_the_pairs(text: str, date: str) -> None:
    assert [d for t, d, c in _events(text, THURSDAY) if t == "AGREEMENT" and len(c) == 2] == [date]


# A document to be signed this year, or one signed by a third party, does not become the pair's history.
def test_document_signed_this_year_without_countries_is_not_the_pairs() -> None:
    text = "Peru and Chile held talks in Lima on Monday. A new transit treaty, signed in 2025, is being reviewed."
    assert [d for t, d, c in _events(text, THURSDAY) if t == "AGREEMENT"] == []


# The day of the account, not of an arrival told aside in a relative clause: "On the same day" after "X, who arrived on
# Wednesday for a three-day visit, ..." is the day of the talks; after an arrival told in its own sentence, its day.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Thursday. Boric, who "
            "arrived in Lima on Wednesday for a three-day state visit, praised the trade ties. On the same day, Boric "
            "also called on Peruvian Prime Minister Gustavo Adrianzen.",
            "2025-02-06",
        ),
        (
            "Chilean President Gabriel Boric arrived in Lima on Wednesday on a two-day state visit. On the same day, he "
            "called on Peruvian Prime Minister Gustavo Adrianzen.",
            "2025-02-05",
        ),
    ],
    ids=["aside-arrival-skipped", "arrival-in-main-clause-kept"],
)
def test_the_same_day_is_the_accounts(text: str, date: str) -> None:
    assert date in _dates(text, THURSDAY, "MEETING", ["CHL", "PER"])


# A reception and the meeting it was for share the day: "today welcomed ... for the first consultations"; an arrival
# for talks does not date the talks.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Norway's Foreign Minister Espen Barth Eide today welcomed the Foreign Minister of Ghana, Samuel Ablakwa, to "
            "Oslo for the second Norway-Ghana political consultations.",
            "2025-02-06",
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh on Wednesday received the visiting Thai Foreign Minister, Maris "
            "Sangiampongsa, at the Government Office for the annual consultations between the two governments.",
            "2025-02-05",
        ),
    ],
    ids=["welcomed-for-consultations", "received-for-consultations"],
)
def test_a_meeting_a_reception_was_for_takes_its_day(text: str, date: str) -> None:
    events = _events(text, THURSDAY)
    assert any(t == "MEETING" and d == date for t, d, _ in events)


def test_an_arrival_for_talks_does_not_date_the_talks() -> None:
    text = "Thai Foreign Minister Maris Sangiampongsa arrived in Hanoi on Monday for consultations with Vietnam."
    assert "2025-02-03" not in _dates(text, THURSDAY, "MEETING", ["THA", "VNM"])


# A time in the main clause is of its verb, not of an event in the reporting clause after it.
@pytest.mark.parametrize(
    ("text", "etype", "pair", "date"),
    [
        (
            "Kenya and Uganda signed an agreement on the crude oil pipeline in Kampala on Tuesday, President William "
            "Ruto announced after talks with President Yoweri Museveni.",
            "AGREEMENT",
            ["KEN", "UGA"],
            "2025-02-04",
        ),
        (
            "Portugal and Angola signed a memorandum on energy in Luanda on Monday, the Portuguese government said "
            "after a meeting of the joint commission.",
            "AGREEMENT",
            ["AGO", "PRT"],
            "2025-02-03",
        ),
    ],
    ids=["announced-after-talks", "said-after-meeting"],
)
def test_a_reporting_clause_does_not_take_the_main_clauses_day(
    text: str, etype: str, pair: list[str], date: str
) -> None:
    assert date in _dates(text, THURSDAY, etype, pair)


# A leader who hosts another, or receives him at a palace on a day, meets him that day; a country hosting a gathering
# does not.
@pytest.mark.parametrize(
    ("text", "pair", "date"),
    [
        (
            "South African President Cyril Ramaphosa hosted Angolan President Joao Lourenco at the Union Buildings on "
            "Wednesday, with the two leaders agreeing to expand rail links.",
            ["AGO", "ZAF"],
            "2025-02-05",
        ),
        (
            "Jordan's King Abdullah II received at Al-Husseiniya Palace today Pakistani Prime Minister Shehbaz Sharif, "
            "who is on an official visit to the Kingdom.",
            ["JOR", "PAK"],
            "2025-02-06",
        ),
        (
            "Indonesian President Prabowo Subianto hosted his Malaysian counterpart at the Bogor Palace on Monday.",
            ["IDN", "MYS"],
            "2025-02-03",
        ),
    ],
    ids=["hosted-title", "received-at-palace-today", "hosted-counterpart"],
)
def test_a_host_receiving_a_guest_meets_him(text: str, pair: list[str], date: str) -> None:
    assert date in _dates(text, THURSDAY, "MEETING", pair)


def test_a_country_hosting_a_gathering_is_no_meeting() -> None:
    text = "Qatar hosted the Gulf Cup in December, and Kuwait hosted the previous edition."
    assert [t for t, _, _ in _events(text, THURSDAY) if t == "MEETING"] == []


# A one-day visit is of the day of the account; a visit of several days is not.
@pytest.mark.parametrize(
    ("length", "date"),
    [("one-day", "2025-02-05"), ("two-day", "2025-02")],
    ids=["one-day", "two-day"],
)
def test_a_one_day_visit_takes_the_accounts_day(length: str, date: str) -> None:
    text = (
        "Estonia and Latvia signed a memorandum on rail cooperation in Riga on Wednesday. The Estonian prime minister "
        f"travelled to the Latvian capital for a {length} working visit."
    )
    assert _dates(text, THURSDAY, "VISIT", ["EST", "LVA"]) == [date]


# "Later," is of the news told before, not of a date of history the sentence before named in passing.
def test_later_is_of_the_news_not_of_history_told_in_passing() -> None:
    text = (
        "Oman's Sultan Haitham bin Tarik received Iranian President Masoud Pezeshkian in Muscat today. The two sides "
        "reviewed ties, building on the agreement signed by the two countries on September 17, 2024. Later, the "
        "Omani-Iranian joint committee held its session chaired by the two foreign ministers."
    )
    assert "2024-09-17" not in _dates(text, THURSDAY, "MEETING", ["IRN", "OMN"])


# History told in a subordinate phrase or a participle.
@pytest.mark.parametrize(
    ("text", "etype", "date"),
    [
        (
            "Kenya and Ethiopia signed three agreements on Monday. Abiy is the first Ethiopian head of government to "
            "visit Kenya since 2019.",
            "VISIT",
            "2019",
        ),
        ("Ecuador and Mexico met on Monday. Quito had broken ties with Mexico in April 2024.", "OTHER", "2024-04"),
        (
            "Hungary and Serbia held the council's session on Monday, the ninth since the body was set up in 2014.",
            "OTHER",
            "2014",
        ),
        (
            "Next year Vietnam will mark 50 years of diplomatic relations with the Netherlands, established on April 9, "
            "1973.",
            "DIPLOMATIC_RELATIONS",
            "1973-04-09",
        ),
        (
            "Ties between the two countries go back to independence: Brazil became the first country to recognise "
            "Angola, on November 11, 1975.",
            "RECOGNITION",
            "1975-11-11",
        ),
    ],
    ids=[
        "first-to-visit-since",
        "broken-ties",
        "body-set-up",
        "relations-established-participle",
        "first-to-recognise",
    ],
)
def test_history_told_in_a_subordinate_phrase(text: str, etype: str, date: str) -> None:
    assert date in [d for t, d, c in _events(text, THURSDAY) if t == etype and len(c) >= 2]


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador and Mexico met on Monday. Quito threatened to cut ties with Mexico in April 2024.",
        "Kenya and Uganda met on Monday. The pipeline company was established in 2016 in Kampala.",
    ],
    ids=["threat-to-cut-ties", "company-established"],
)
def test_no_history_from_threats_or_companies(text: str) -> None:
    assert [t for t, _, _ in _events(text, THURSDAY) if t == "OTHER"] == []


# More documents told as further to a signing told a few sentences back: of its parties and its day, the batch and each
# document it names.
def test_further_documents_are_of_the_signing_told_before() -> None:
    text = (
        "Slovakia and Czechia signed an agreement on a new gas interconnector in Bratislava on Wednesday. The two "
        "prime ministers held talks at the government office. The interconnector will cost about 200 million euros, "
        "the ministry said. Besides the gas deal, ministers signed three further documents, among them an agreement on "
        "rail transport and a memorandum on tourism."
    )
    assert _dates(text, THURSDAY, "AGREEMENT", ["CZE", "SVK"]) == ["2025-02-05"] * 4


def test_documents_without_a_reference_back_take_no_day_from_a_distant_signing() -> None:
    text = (
        "Slovakia and Czechia signed an agreement on a new gas interconnector in Bratislava on Wednesday. The two "
        "prime ministers held talks at the government office. The interconnector will cost about 200 million euros, "
        "the ministry said. Ministers signed three documents in 2019, among them an agreement on rail transport."
    )
    assert "2025-02-05" not in _dates(text, THURSDAY, "AGREEMENT", ["CZE", "SVK"])[1:]


# Documents adopted at talks are concluded as signed ones are: the batch and each document it names, on the talks' day.
@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("In total, 11 documents were adopted, including an agreement on the border and a roadmap on trade.", 4),
        ("The agreements adopted in 2010 remain the basis of their border regime.", 1),
    ],
    ids=["documents-adopted", "adopted-as-attribute"],
)
def test_documents_adopted_at_talks(sentence: str, count: int) -> None:
    text = (
        "Kazakh President Kassym-Jomart Tokayev held talks with Kyrgyz President Sadyr Japarov in Astana on Wednesday. "
        "Following the talks, the presidents signed a joint declaration. " + sentence
    )
    assert _dates(text, THURSDAY, "AGREEMENT", ["KAZ", "KGZ"]).count("2025-02-05") == count
