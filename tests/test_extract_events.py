"""Events told as wire and ministry copy tells them: clauses, which meeting is which, and the day each
takes from its neighbours (issue 22, third round)."""

from __future__ import annotations

import datetime as dt

import pytest

from seed.extract import extract
from seed.extract.event_dates import quoted_spans
from seed.extract.sentences import Sentence

THURSDAY = dt.date(2025, 8, 14)


def _events(text: str, pub: dt.date | None = THURSDAY) -> list[tuple]:
    return [(e.type.value, e.date, sorted(e.countries)) for e in extract(text, published_on=pub).events]


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in Sentence(0, len(text), text, 0).clauses()]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "The presidents held talks in narrow and expanded formats in Astana on Thursday.",
            ["The presidents held talks in narrow and expanded formats in Astana on Thursday."],
        ),
        (
            "The leaders met in restricted and extended sessions and signed ten documents.",
            ["The leaders met in restricted and extended sessions", "signed ten documents."],
        ),
        (
            "Nurtleu was received by Prime Minister Anwar Ibrahim and met with Minister Tengku Zafrul Aziz.",
            ["Nurtleu was received by Prime Minister Anwar Ibrahim", "met with Minister Tengku Zafrul Aziz."],
        ),
        (
            "Erdogan and Aliyev met in Ankara on Thursday and signed eight agreements.",
            ["Erdogan and Aliyev met in Ankara on Thursday", "signed eight agreements."],
        ),
    ],
    ids=["formats-are-one-clause", "sessions-then-a-verb", "and-met", "and-signed"],
)
def test_clauses(text: str, clauses: list[str]) -> None:
    assert _clauses(text) == clauses


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "President of Azerbaijan Ilham Aliyev and President of Kazakhstan Kassym-Jomart Tokayev held talks in "
            "narrow and expanded formats in Astana on Thursday.",
            THURSDAY,
            ("MEETING", "2025-08-14", ["AZE", "KAZ"]),
        ),
        (
            "India's National Security Adviser Ajit Doval also called on French Minister for Europe and Foreign "
            "Affairs Jean-Noel Barrot on Friday.",
            dt.date(2025, 3, 7),
            ("MEETING", "2025-03-07", ["FRA", "IND"]),
        ),
        (
            "Prime Minister Mark Carney of Canada and Mexican President Claudia Sheinbaum agreed Thursday in Mexico "
            "City to expand co-operation on trade.",
            dt.date(2025, 9, 18),
            ("MEETING", "2025-09-18", ["CAN", "MEX"]),
        ),
        (
            "Japanese Foreign Minister Toshimitsu Motegi said Wednesday after talks with his Philippine counterpart "
            "Theresa Lazaro that Japan would provide coastal radars.",
            dt.date(2025, 12, 3),
            ("MEETING", "2025-12-03", ["JPN", "PHL"]),
        ),
        (
            "Kazakh Prime Minister Olzhas Bektenov received a delegation led by Korean Minister of Trade Ahn "
            "Duk-geun in Astana on Wednesday.",
            dt.date(2025, 5, 21),
            ("MEETING", "2025-05-21", ["KAZ", "KOR"]),
        ),
    ],
    ids=["narrow-and-expanded", "called-on-a-minister", "agreed-weekday-us-style", "said-after-talks", "a-delegation"],
)
def test_meetings(text: str, pub: dt.date, expected: tuple) -> None:
    assert expected in _events(text, pub)


@pytest.mark.parametrize(
    ("text", "pub", "count"),
    [
        (
            "Egyptian President Abdel Fattah al-Sisi met with visiting Chinese Premier Li Qiang in Cairo on Thursday. "
            "Egyptian Prime Minister Mostafa Madbouly held talks with Li earlier on Thursday.",
            dt.date(2025, 7, 10),
            2,
        ),
        (
            "Kazakh Prime Minister Olzhas Bektenov received a delegation led by Korean Minister Ahn Duk-geun. "
            "The Korean minister also met with Kazakh Minister of Industry Yersayin Nagaspayev.",
            dt.date(2025, 5, 21),
            2,
        ),
        (
            "The same day, Kazakh Foreign Minister Murat Nurtleu was received by the Prime Minister of Malaysia "
            "Anwar Ibrahim and met with Minister of Investment, Trade and Industry Tengku Zafrul Aziz.",
            dt.date(2025, 4, 22),
            2,
        ),
        (
            "Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakh Foreign Minister Yermek Kosherbayev also met on "
            "the sidelines of the visit.",
            THURSDAY,
            1,
        ),
        (
            "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev held talks in Astana on "
            "Wednesday. The agenda of the visit was prepared at the 26th meeting of the Intergovernmental "
            "Commission, which took place in Moscow earlier this month.",
            dt.date(2024, 11, 27),
            2,
        ),
        (
            "The 19th meeting of the Kazakh-Tajik Intergovernmental Commission was held in Astana yesterday. "
            "Following the meeting, the co-chairs signed the protocol of the 19th meeting of the Intergovernmental "
            "Commission of Kazakhstan and Tajikistan.",
            dt.date(2024, 9, 5),
            1,
        ),
    ],
    ids=[
        "earlier-on-the-same-day",
        "also-met",
        "received-and-met",
        "also-met-told-twice",
        "a-commissions-meeting",
        "the-same-commission-again",
    ],
)
def test_which_meeting_is_which(text: str, pub: dt.date, count: int) -> None:
    assert [e[0] for e in _events(text, pub)].count("MEETING") == count


@pytest.mark.parametrize(
    ("text", "pub", "expected", "absent"),
    [
        (
            "Following the talks, the heads of state of Azerbaijan and Kazakhstan signed a declaration on allied "
            "relations, and the two governments signed 13 more documents on transport.",
            THURSDAY,
            2,
            None,
        ),
        (
            "On Monday, Brazilian President Lula attended the China-CELAC Forum ministerial meeting in Beijing.",
            dt.date(2025, 5, 14),
            0,
            "MEETING",
        ),
        (
            "On the sidelines of the forum, companies of Kazakhstan and France signed 12 commercial agreements.",
            dt.date(2024, 4, 3),
            1,
            "MEETING",
        ),
        (
            "The Qatari leader last visited Kazakhstan in October 2022, when he paid a state visit to Astana.",
            dt.date(2024, 2, 23),
            0,
            None,
        ),
    ],
    ids=["two-signings-in-one-sentence", "a-forums-session", "sidelines-as-a-setting", "a-visit-told-twice"],
)
def test_events_told_twice_or_not_at_all(text: str, pub: dt.date, expected: int, absent: str | None) -> None:
    found = [e[0] for e in _events(text, pub)]
    assert found.count("AGREEMENT") == expected
    if absent:
        assert absent not in found
    if "visit" in text:
        assert found.count("VISIT") == 1


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Kazakhstan and France today signed a roadmap on trade at the Kazakhstan-France Business Forum.",
            dt.date(2024, 4, 3),
            ("FORUM", "2024-04-03", ["FRA", "KAZ"]),
        ),
        (
            "Kazakhstan and Hungary on Tuesday signed a roadmap at the 10th meeting of the Kazakh-Hungarian "
            "Intergovernmental Commission held in Budapest.",
            dt.date(2024, 10, 15),
            ("MEETING", "2024-10-15", ["HUN", "KAZ"]),
        ),
        (
            "Brazilian President Lula and Chinese President Xi Jinping signed 20 cooperation agreements on Tuesday "
            "during Lula's state visit to China.",
            dt.date(2025, 5, 14),
            ("VISIT", "2025-05", ["BRA", "CHN"]),
        ),
        (
            "Azerbaijani President Aliyev arrived in Kazakhstan on Wednesday on a state visit. Azerbaijani Foreign "
            "Minister Jeyhun Bayramov and Kazakh Foreign Minister Yermek Kosherbayev met on the sidelines of the visit.",
            THURSDAY,
            ("MEETING", "2025-08", ["AZE", "KAZ"]),
        ),
        (
            "Kazakh President Tokayev also met with German Federal President Frank-Walter Steinmeier at Bellevue "
            "Palace, where he invited him to visit Astana next year.",
            dt.date(2025, 11, 12),
            ("MEETING", "2025-11", ["DEU", "KAZ"]),
        ),
        (
            "The ministers of India and France reviewed the Horizon 2047 roadmap adopted during the visit of Prime "
            "Minister Narendra Modi to France in July 2023.",
            dt.date(2025, 3, 7),
            ("VISIT", "2023-07", ["FRA", "IND"]),
        ),
        (
            "The 26th meeting of the Russian-Kazakh Intergovernmental Commission took place in Moscow last month.",
            dt.date(2024, 11, 27),
            ("MEETING", "2024-10", ["KAZ", "RUS"]),
        ),
    ],
    ids=[
        "at-the-forum",
        "at-the-commissions-meeting",
        "during-a-visit-is-its-month",
        "sidelines-of-a-visit-is-its-month",
        "future-in-another-clause",
        "year-in-a-name",
        "last-month",
    ],
)
def test_the_day_an_event_takes(text: str, pub: dt.date, expected: tuple) -> None:
    assert expected in _events(text, pub)


@pytest.mark.parametrize(
    ("text", "pub", "absent"),
    [
        (
            'Putin and Tokayev held talks in Astana on Wednesday. "Russia and Kazakhstan are allies. Last year our '
            'trade turnover reached a record $28 billion," Putin said at the beginning of the extended-format talks.',
            dt.date(2024, 11, 27),
            ("MEETING", "2023", ["KAZ", "RUS"]),
        ),
        (
            "Kazakhstan and Hungary held the 10th meeting of their commission in Budapest on Tuesday. Speaking after "
            "the meeting, Szijjarto said trade between Hungary and Kazakhstan grew 36 percent last year.",
            dt.date(2024, 10, 15),
            ("MEETING", "2023", ["HUN", "KAZ"]),
        ),
    ],
    ids=["a-quotes-own-time", "the-time-of-what-is-said"],
)
def test_times_that_date_other_things(text: str, pub: dt.date, absent: tuple) -> None:
    assert absent not in _events(text, pub)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('He said "we will meet" today.', ['"we will meet"']),
        ('our trade reached $28 billion," Putin said.', ['our trade reached $28 billion,"']),
        ("“India is a partner,” Nurtleu said, “and a friend", ["“India is a partner,”", "“and a friend"]),
    ],
    ids=["a-whole-quote", "a-quote-closed-here", "a-quote-opened-here"],
)
def test_quoted_spans(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in quoted_spans(text)] == spans


def test_a_country_named_as_an_attribute_is_no_party() -> None:
    text = (
        "Prime Minister Mark Carney of Canada and Mexican President Claudia Sheinbaum agreed Thursday to expand "
        "co-operation, as both countries face U.S. tariffs."
    )
    assert ("MEETING", "2025-09-18", ["CAN", "MEX"]) in _events(text, dt.date(2025, 9, 18))


SEPT_4 = dt.date(2024, 9, 4)


# Issue 22, fourth round: ways of concluding documents and of raising a relationship that had no trigger.
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "After the meeting, Indonesian President Prabowo Subianto and Brazilian President Lula witnessed the "
            "exchange of eight memoranda of understanding.",
            dt.date(2025, 7, 9),
            ("AGREEMENT", "2025-07", ["BRA", "IDN"]),
        ),
        (
            "Turkish President Erdogan and Egyptian President el-Sissi co-chaired the council in Ankara on Wednesday, "
            "and 17 agreements were signed.",
            SEPT_4,
            ("AGREEMENT", "2024-09-04", ["EGY", "TUR"]),
        ),
        (
            "After the summit, the Korean and Czech governments signed 13 memorandums of understanding.",
            dt.date(2024, 9, 20),
            ("AGREEMENT", "2024-09", ["CZE", "KOR"]),
        ),
        (
            "Vietnam and Japan upgraded their ties to a Comprehensive Strategic Partnership in November 2023.",
            dt.date(2025, 4, 24),
            ("OTHER", "2023-11", ["JPN", "VNM"]),
        ),
        (
            "Bilateral trade between China and Serbia reached 4.3 billion U.S. dollars in 2023, nearly 30 times that "
            "of 2016, when the two countries established a comprehensive strategic partnership.",
            dt.date(2024, 5, 8),
            ("OTHER", "2016", ["CHN", "SRB"]),
        ),
        (
            "Diplomatic ties between Seoul and Prague date back to 1990.",
            dt.date(2024, 9, 21),
            ("DIPLOMATIC_RELATIONS", "1990", ["CZE", "KOR"]),
        ),
        (
            "On Tuesday, Russian President Putin and Mongolian President Khurelsukh attended a ceremony marking the "
            "85th anniversary of the victory at Khalkhin Gol.",
            SEPT_4,
            ("ANNIVERSARY", "2024-09-03", ["MNG", "RUS"]),
        ),
        (
            "Rubio met Philippine Secretary of Foreign Affairs Lazaro on the margins of the ASEAN Foreign Ministers' "
            "Meeting in Kuala Lumpur on Friday.",
            dt.date(2025, 7, 11),
            ("FORUM", "2025-07-11", ["PHL", "USA"]),
        ),
        (
            "Kenyan President William Ruto attended the Abu Dhabi Sustainability Week in the UAE on Tuesday.",
            dt.date(2025, 1, 15),
            ("FORUM", "2025-01-14", ["ARE", "KEN"]),
        ),
    ],
    ids=[
        "exchange-of-memoranda",
        "plural-were-signed",
        "memorandums",
        "upgraded-ties",
        "year-before-when",
        "ties-date-back",
        "ceremony-marking-an-anniversary",
        "a-ministers-meeting-by-its-name",
        "a-week-by-its-name",
    ],
)
def test_triggers_of_documents_and_partnerships(text: str, pub: dt.date, expected: tuple) -> None:
    assert expected in _events(text, pub)


# Countries a sentence names that are no party to its event or figure.
@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "Poland signed framework agreements with South Korea in July 2022 for K2 tanks, as Warsaw rushed to rearm "
            "after Russia's invasion of Ukraine.",
            ["KOR", "POL"],
        ),
        (
            "Secretary of State Marco Rubio met Philippine Secretary of Foreign Affairs Ma. Theresa Lazaro on the "
            "margins of the ASEAN Foreign Ministers' Meeting in Kuala Lumpur, Malaysia.",
            ["PHL", "USA"],
        ),
        (
            "The deal was signed in Abu Dhabi by Kenyan Trade Cabinet Secretary Lee Kinyanjui and UAE Minister of "
            "State for Foreign Trade Thani bin Ahmed Al Zeyoudi during the visit.",
            ["ARE", "KEN"],
        ),
    ],
    ids=["an-invasion-is-background", "the-country-that-places-a-city", "surnames-inside-another-name"],
)
def test_countries_named_as_background_or_place_are_no_party(text: str, countries: list[str]) -> None:
    found = extract(text, published_on=SEPT_4)
    assert sorted({c for e in found.events for c in e.countries}) == countries


def test_a_ranking_names_no_party_of_the_figure() -> None:
    text = "France is Morocco's second largest trading partner after Spain, with trade of 14.3 billion euros last year."
    assert [sorted(f.countries) for f in extract(text, published_on=SEPT_4).figures] == [["FRA", "MAR"]]


def test_others_who_also_presented_credentials_presented_them_to_the_same_host() -> None:
    text = (
        "President of the Kyrgyz Republic Sadyr Japarov received the credentials of the Ambassador of Hungary to "
        "the Kyrgyz Republic Zoltan Varga today. The heads of the diplomatic missions of Japan, Qatar and Brazil "
        "also presented their credentials at the ceremony. Trade between Hungary and Kyrgyzstan grew. Hungary "
        "opened a credit line, and Hungary Helps funds schools."
    )
    credentials = [(e.date, sorted(e.countries)) for e in extract(text, published_on=dt.date(2025, 6, 11)).events]
    assert credentials == [
        ("2025-06-11", ["HUN", "KGZ"]),
        ("2025-06-11", ["JPN", "KGZ"]),
        ("2025-06-11", ["KGZ", "QAT"]),
        ("2025-06-11", ["BRA", "KGZ"]),
    ]
