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
        (
            "Chile inaugurated its embassy in Hanoi in May 2019, and Vietnam opened one in Santiago in 2021.",
            dt.date(2025, 3, 3),
            ("EMBASSY_OPENING", "2019-05", ["CHL", "VNM"]),
        ),
        (
            "Egyptian Foreign Minister Badr Abdelatty on Sunday inaugurates the new embassy of Egypt in Nouakchott, "
            "Mauritania.",
            dt.date(2025, 2, 16),
            ("EMBASSY_OPENING", "2025-02-16", ["EGY", "MRT"]),
        ),
        (
            "On Friday, agreements worth $300 million were reached between Kenya and Turkey in Nairobi.",
            dt.date(2025, 6, 14),
            ("AGREEMENT", "2025-06-13", ["KEN", "TUR"]),
        ),
        (
            "In the presence of the two leaders, Indonesia and Egypt exchanged five MoUs in Cairo on Monday.",
            dt.date(2024, 12, 18),
            ("AGREEMENT", "2024-12-16", ["EGY", "IDN"]),
        ),
        (
            "During the visit in May 2023, Brazil and Argentina adopted a joint declaration on energy integration.",
            dt.date(2025, 1, 20),
            ("AGREEMENT", "2023-05", ["ARG", "BRA"]),
        ),
        (
            "The Malaysian company Petronas signed a concession with Suriname in October 2024 to explore Block 63.",
            dt.date(2025, 1, 20),
            ("AGREEMENT", "2024-10", ["MYS", "SUR"]),
        ),
        (
            "Indonesia and Vietnam agreed in March 2025 to lift their ties to a comprehensive strategic partnership.",
            dt.date(2025, 6, 1),
            ("OTHER", "2025-03", ["IDN", "VNM"]),
        ),
        (
            "Relations between Egypt and Spain were elevated to a strategic partnership in February 2025.",
            dt.date(2025, 6, 1),
            ("OTHER", "2025-02", ["EGY", "ESP"]),
        ),
        (
            "The third session of the Kenya-Uganda Joint Permanent Commission took place in Kampala in June 2024.",
            dt.date(2025, 6, 1),
            ("MEETING", "2024-06", ["KEN", "UGA"]),
        ),
        (
            "Later, Indian Foreign Minister Jaishankar called on the visiting Prime Minister of Sri Lanka on Friday.",
            dt.date(2025, 6, 14),
            ("MEETING", "2025-06-13", ["IND", "LKA"]),
        ),
        (
            "The official opening ceremony of the Embassy of Hungary in Hanoi took place on Friday.",
            dt.date(2025, 3, 8),
            ("EMBASSY_OPENING", "2025-03-07", ["HUN", "VNM"]),
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
        "inaugurated-an-embassy",
        "inaugurates-an-embassy",
        "deals-were-reached",
        "exchanged-mous",
        "adopted-a-joint-declaration",
        "signed-a-concession",
        "lift-ties",
        "relations-were-elevated",
        "a-session-took-place",
        "called-on-the-visiting",
        "an-opening-ceremony",
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


# Issue 22, fifth round: a tour or a set of credentials pairs the subject's country with each other country,
# whether or not the sentence names the subject's country; never the others with each other.
@pytest.mark.parametrize(
    ("text", "pairs", "absent"),
    [
        (
            "Russian President Vladimir Putin held talks with To Lam in Hanoi. Putin last visited Vietnam in June "
            "2024 on a trip that also took him to North Korea and Laos.",
            [["RUS", "VNM"], ["PRK", "RUS"], ["LAO", "RUS"]],
            ["PRK", "VNM"],
        ),
        (
            "Indian Prime Minister Narendra Modi visited Ghana, Namibia and Brazil in July 2025.",
            [["GHA", "IND"], ["IND", "NAM"], ["BRA", "IND"]],
            ["GHA", "NAM"],
        ),
        (
            "President of Kazakhstan Kassym-Jomart Tokayev on Tuesday received the credentials of the newly "
            "appointed ambassadors of Chile, Kenya and Norway.",
            [["CHL", "KAZ"], ["KAZ", "KEN"], ["KAZ", "NOR"]],
            ["CHL", "KEN"],
        ),
    ],
    ids=["a-tour-by-surname", "a-leader-visits-three", "credentials-of-three"],
)
def test_the_subjects_country_pairs_with_each_other(text: str, pairs: list[list[str]], absent: list[str]) -> None:
    found = [e[2] for e in _events(text, dt.date(2025, 7, 20))]
    for pair in pairs:
        assert pair in found
    assert absent not in found


# A trip made for a gathering: the gathering takes the trip's time; a journey ("travelled to") is no visit of its
# own, a visit ("visited Astana ... to take part in") stays one.
@pytest.mark.parametrize(
    ("text", "pub", "expected", "absent"),
    [
        (
            "Kenyan President William Ruto last travelled to Azerbaijan in November 2024 to attend the COP29 climate conference in "
            "Baku.",
            dt.date(2025, 4, 2),
            ("FORUM", "2024-11", ["AZE", "KEN"]),
            ("VISIT", "2024-11", ["AZE", "KEN"]),
        ),
        (
            "Chilean President Gabriel Boric flew to Peru in November 2024 to take part in the APEC summit in Lima.",
            dt.date(2025, 4, 2),
            ("FORUM", "2024-11", ["CHL", "PER"]),
            ("VISIT", "2024-11", ["CHL", "PER"]),
        ),
        (
            "Malaysian Prime Minister Anwar Ibrahim visited Russia in September 2024 to participate in the Eastern "
            "Economic Forum in Vladivostok.",
            dt.date(2025, 4, 2),
            ("FORUM", "2024-09", ["MYS", "RUS"]),
            None,
        ),
    ],
    ids=["travelled-to-attend", "flew-to-take-part", "visited-to-participate"],
)
def test_a_trip_made_for_a_gathering(text: str, pub: dt.date, expected: tuple, absent: tuple | None) -> None:
    found = _events(text, pub)
    assert expected in found
    if absent:
        assert absent not in found
    else:
        assert ("VISIT", "2024-09", ["MYS", "RUS"]) in found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On Monday, Kazakhstan and Kyrgyzstan signed a protocol and an agreement on the joint border checkpoint.", 1),
        ("On Monday, Egypt and Jordan signed a treaty and a supplementary protocol on legal assistance.", 1),
        ("On Monday, Egypt and Jordan signed an agreement on trade and a memorandum on tourism.", 2),
        ("On Monday, Chile and Peru signed a roadmap for mining and an agreement on water.", 2),
    ],
    ids=["protocol-and-agreement-on-one", "treaty-and-its-protocol", "two-subjects", "a-roadmap-and-an-agreement"],
)
def test_two_documents_on_one_subject_are_one_signing(text: str, count: int) -> None:
    assert [e[0] for e in _events(text, dt.date(2025, 3, 4))].count("AGREEMENT") == count


@pytest.mark.parametrize(
    "text",
    [
        "Since 2015, Turkey has provided Somalia with humanitarian aid worth more than $1 billion.",
        "Japan and the Philippines have sent humanitarian assistance to the region since 2013.",
        "Pakistan's prime minister is to visit Uzbekistan in the autumn for talks on a railway.",
    ],
    ids=["has-provided-since", "have-sent-since", "is-to-visit"],
)
def test_ongoing_or_planned_is_no_happened_event(text: str) -> None:
    found = extract(text, published_on=dt.date(2025, 3, 4)).events
    assert all(e.status.value == "PLANNED" for e in found)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Press release\nCanada and Chile hold first trade council\n\n"
            "- first meeting of the Canada-Chile Trade Council held in Santiago\n- new clean energy partnership\n\n"
            "Canada and Chile held the first meeting of their Trade Council in Santiago on Tuesday.",
            1,
        ),
        (
            "News story\n\n• talks between Egypt and Greece in Athens\n• a joint statement on energy\n\n"
            "The foreign ministers of Egypt and Greece held talks in Athens on Tuesday.",
            1,
        ),
        (
            "Trade between Egypt and Greece grew. " * 12 + "The programme of the visit:\n"
            "- talks between Egypt and Greece in Athens on Tuesday\n",
            1,
        ),
    ],
    ids=["a-summary-bullet", "dot-bullets", "a-bullet-in-the-body-counts"],
)
def test_summary_bullets_repeat_the_body(text: str, count: int) -> None:
    assert [e[0] for e in _events(text, dt.date(2025, 3, 6))].count("MEETING") == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakh Deputy Foreign Minister Alibek Bakayev is in Kenya. On Monday, Bakayev was received by the host "
            "country's Foreign Minister.",
            ("MEETING", ["KAZ", "KEN"]),
        ),
        (
            "Kazakh Deputy Foreign Minister Alibek Bakayev is in Kenya. Following the talks, the deputy ministers "
            "signed a memorandum on consultations between the two foreign ministries.",
            ("AGREEMENT", ["KAZ", "KEN"]),
        ),
        (
            "Vietnam's Foreign Minister Bui Thanh Son arrived in Chile on Sunday. He met the host country's "
            "President Gabriel Boric on Monday.",
            ("MEETING", ["CHL", "VNM"]),
        ),
    ],
    ids=["the-host-country", "the-two-ministries", "the-host-countrys-president"],
)
def test_words_that_name_the_pair(text: str, expected: tuple) -> None:
    assert expected in [(e[0], e[2]) for e in _events(text, dt.date(2025, 3, 4))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazilian President Lula da Silva arrived in Asuncion on Sunday. He last came for a summit in Asuncion "
            "in July 2024.",
            ("FORUM", "2024-07", ["BRA", "PRY"]),
        ),
        (
            "Spanish Prime Minister Pedro Sanchez held talks with Lula. He last travelled to Bogota in March 2024.",
            ("VISIT", "2024-03", ["COL", "ESP"]),
        ),
        (
            "French President Emmanuel Macron met Lula. He last went on a visit to Yaounde in July 2022.",
            ("VISIT", "2022-07", ["CMR", "FRA"]),
        ),
    ],
    ids=["asuncion", "bogota", "yaounde"],
)
def test_a_capital_written_without_accents_names_its_country(text: str, expected: tuple) -> None:
    assert expected in _events(text, dt.date(2025, 8, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The visit follows that of French President Emmanuel Macron, who was in Nairobi in May last year.",
            ("VISIT", ["FRA", "KEN"]),
        ),
        ("Indian Prime Minister Narendra Modi, who was in Moscow on Monday, met Putin.", ("VISIT", ["IND", "RUS"])),
        (
            "Chinese Premier Li Qiang, who was also in Canberra in June 2024, toured a lithium plant.",
            ("VISIT", ["AUS", "CHN"]),
        ),
    ],
    ids=["who-was-in-a-capital-in", "who-was-in-on", "who-was-also-in"],
)
def test_a_stay_in_a_capital_is_a_visit(text: str, expected: tuple) -> None:
    assert expected in [(e[0], e[2]) for e in _events(text, dt.date(2025, 3, 4))]


def test_being_in_a_capital_with_no_time_is_no_visit() -> None:
    text = "German Chancellor Olaf Scholz, who was in favour of the deal, said Kenya is a partner."
    assert "VISIT" not in [e[0] for e in _events(text, dt.date(2025, 3, 4))]


# Sixth round: triggers other outlets use, and a third country only in an event it takes part in.
_TUESDAY = dt.date(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japanese Foreign Minister Takeshi Iwaya met his Indian counterpart on Monday. The central banks of the "
            "two countries also renewed a bilateral swap arrangement worth $75 billion.",
            "AGREEMENT",
        ),
        (
            "Canadian Defence Minister David McGuinty and his Philippine counterpart Gilberto Teodoro signed an "
            "arrangement on defence cooperation in Manila on Monday.",
            "AGREEMENT",
        ),
        (
            "A contract worth 300 million euros for the new port terminal was signed between Egypt and Greece on "
            "Monday.",
            "AGREEMENT",
        ),
        (
            "Peru and Chile established diplomatic relations in 1822, and this year the two countries celebrate the "
            "200th anniversary of that event.",
            "ANNIVERSARY",
        ),
        (
            "Ghanaian President John Mahama received on Monday the Speaker of the National Assembly of Togo.",
            "MEETING",
        ),
        (
            "Foreign Minister Prince Faisal received in Riyadh today Minister of Foreign Affairs of Morocco Nasser "
            "Bourita.",
            "MEETING",
        ),
        (
            "Spanish Foreign Minister Jose Manuel Albares received his Chilean counterpart Alberto van Klaveren in "
            "Madrid on Monday.",
            "MEETING",
        ),
        (
            "The eleventh session of the Egypt-Sudan Joint Higher Committee opened in Cairo on Monday, bringing "
            "together officials of both countries.",
            "MEETING",
        ),
    ],
    ids=[
        "renewed-swap",
        "signed-an-arrangement",
        "contract-was-signed",
        "the-two-countries-celebrate-an-anniversary",
        "received-on-a-day-the-speaker",
        "received-in-a-capital-a-minister",
        "received-his-counterpart",
        "numbered-session-of-a-committee",
    ],
)
def test_more_phrasings_tell_an_event(text: str, expected: str) -> None:
    assert expected in [e[0] for e in _events(text, _TUESDAY)]


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        (
            "Turkish companies invested $4 billion in Ethiopia between 2010 and 2024, data from the Turkey-Ethiopia "
            "Business Council show.",
            "FORUM",
        ),
        ("Kenya and Tanzania renewed their commitment to the East African Community on Monday.", "AGREEMENT"),
        ("The minister received the full support of parliament for the Ghana-Togo corridor.", "MEETING"),
    ],
    ids=["a-council-cited-as-a-source", "a-renewed-commitment", "received-support"],
)
def test_phrasings_that_tell_no_event(text: str, unexpected: str) -> None:
    assert unexpected not in [e[0] for e in _events(text, _TUESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polish Foreign Minister Radoslaw Sikorski met his Czech counterpart Jan Lipavsky in Warsaw on Monday to "
            "discuss the use of Russia's frozen assets. Poland and the Czech Republic are neighbours.",
            ("MEETING", ["CZE", "POL"]),
        ),
        (
            "Estonian President Alar Karis and Latvian President Edgars Rinkevics signed a memorandum on air defence "
            "on Monday, following a model of procurement pioneered by Finland. Estonia and Latvia share a border.",
            ("AGREEMENT", ["EST", "LVA"]),
        ),
        (
            "Argentine President Javier Milei visited Brazil on Monday, as the region seeks to benefit from the "
            "trade dispute between the United States and China. Argentina and Brazil are partners.",
            ("VISIT", ["ARG", "BRA"]),
        ),
    ],
    ids=["subject-of-discussion", "a-model-pioneered-by", "a-frame-after-as"],
)
def test_a_third_country_named_as_context_takes_no_part(text: str, expected: tuple) -> None:
    found = [(e[0], e[2]) for e in _events(text, _TUESDAY)]
    assert expected in found
    assert all(len(countries) == 2 for _, countries in found)


def test_a_trilateral_meeting_keeps_its_third_country() -> None:
    text = (
        "The foreign ministers of Azerbaijan, Turkey and Georgia held a trilateral meeting in Baku on Monday. "
        "Azerbaijan and Turkey are allies, and Azerbaijan and Turkey trade a lot."
    )
    assert ("MEETING", "2025-10-13", ["AZE", "GEO", "TUR"]) in _events(text, _TUESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Modi, who arrived in Tokyo on Saturday after a stop in Hanoi for talks, met Ishiba. India and Japan are "
            "partners, and Japan and India trade.",
            ("VISIT", ["IND", "VNM"]),
        ),
        (
            "Ukrainian President Volodymyr Zelensky met Lithuanian President Gitanas Nauseda. Zelensky is expected to "
            "attend the EU summit in Copenhagen, Denmark, on Oct. 1.",
            ("FORUM", ["DNK", "UKR"]),
        ),
    ],
    ids=["a-stop-on-the-way", "a-gathering-in-a-third-country"],
)
def test_a_leg_of_a_tour_pairs_the_traveller_with_its_place(text: str, expected: tuple) -> None:
    assert expected in [(e[0], e[2]) for e in _events(text, _TUESDAY)]


def test_a_meeting_of_a_forum_is_the_forum() -> None:
    text = (
        "Colombian President Gustavo Petro met Chinese President Xi Jinping on Monday. Earlier on Monday, Petro "
        "attended the opening of the fourth ministerial meeting of the China-CELAC Forum in Beijing."
    )
    found = [e[0] for e in _events(text, _TUESDAY)]
    assert found.count("FORUM") == 1 and found.count("MEETING") == 1


def test_the_two_ministers_sign_at_their_meeting() -> None:
    text = (
        "Egyptian Foreign Minister Badr Abdelatty received his Kenyan counterpart Musalia Mudavadi in Cairo on "
        "Monday. During the talks, they reviewed relations. The two ministers then signed a memorandum of "
        "understanding on political consultations."
    )
    assert ("AGREEMENT", "2025-10-13", ["EGY", "KEN"]) in _events(text, _TUESDAY)


def test_one_more_meeting_on_the_same_day_is_its_own() -> None:
    text = (
        "Political consultations between the foreign ministries of Kazakhstan and Latvia were held in Astana on "
        "Monday. On the same day, Latvian State Secretary Andris Pelss was received by Kazakh Foreign Minister "
        "Murat Nurtleu."
    )
    assert [e[0] for e in _events(text, _TUESDAY)].count("MEETING") == 2


def test_the_legs_of_a_tour_are_visits_of_its_time() -> None:
    text = (
        "Indian Prime Minister Narendra Modi last visited Ghana in July 2025 as part of a tour that also took him "
        "to Namibia and Brazil. India and Ghana are partners."
    )
    found = _events(text, _TUESDAY)
    assert ("VISIT", "2025-07", ["IND", "NAM"]) in found and ("VISIT", "2025-07", ["BRA", "IND"]) in found


# Sixth round: batches of documents, bodies that meet, history told in passing, arrivals told without a place.
@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # one event for the batch and one per document it names
        ("Kenya and Uganda signed nine agreements on trade, including a memorandum on fisheries.", "AGREEMENT", 2),
        # a body of the two countries meets: a meeting, not a forum
        ("Brazil and Angola held the fourth meeting of the Brazil-Angola Business Council in Luanda.", "MEETING", 1),
        ("Spain and Morocco co-chaired the 13th Spain-Morocco intergovernmental summit in Rabat.", "MEETING", 1),
        ("The third Egypt-Jordan Ministerial Roundtable took place in Amman on Monday.", "MEETING", 1),
        # history told in passing
        ("Poland and Chile mark 100 years of ties, which were established in 1923.", "DIPLOMATIC_RELATIONS", 1),
        ("Norway recognized Slovenia on Jan. 15, 1992, the ministry said.", "RECOGNITION", 1),
        # no founding without a year, no courtesy call without a host
        ("The forum, which was established to promote trade, met in Lima.", "DIPLOMATIC_RELATIONS", 0),
    ],
)
def test_sixth_round_triggers(text: str, kind: str, count: int) -> None:
    assert sum(1 for e in _events(text) if e[0] == kind) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # separate talks of two other ministers are their own meeting
        (
            "Peru and Chile held talks in Lima on Monday. Peruvian Foreign Minister Elmer Schialer held separate talks "
            "with his Chilean counterpart on Monday.",
            2,
        ),
    ],
)
def test_meetings_of_the_same_day_stay_apart(text: str, count: int) -> None:
    assert sum(1 for e in _events(text, dt.date(2025, 8, 12)) if e[0] == "MEETING") == count


def test_a_business_council_to_come_is_planned() -> None:
    events = extract(
        "The 12th Kenya-Ghana Business Council will take place in Nairobi in 2027.", published_on=THURSDAY
    ).events
    assert [e.status.value for e in events] == ["PLANNED"]


def test_an_arrival_told_without_a_place_is_in_the_partner() -> None:
    text = (
        "Saudi Arabia and South Korea signed deals. Lee arrived in the Kingdom on Tuesday on a state visit. "
        "Saudi Arabia and South Korea are partners."
    )
    assert ("VISIT", "2025-08-12", ["KOR", "SAU"]) in _events(text)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # the leaders' yearly meeting, in the singular, numbered or not
        ("Vietnam and Laos held the 9th Annual Consultation in Vientiane on Monday.", "MEETING", 1),
        # a courtesy visit to an office holder is a call on them, not a trip
        ("Ghana's foreign minister paid a courtesy visit to President John Mahama of Togo on Monday.", "VISIT", 0),
        ("Ghana's foreign minister paid a courtesy visit to President John Mahama of Togo on Monday.", "MEETING", 1),
        # a reception told after the talks is one more meeting
        (
            "Chile and Peru held talks in Lima on Monday. The Chilean minister was later received by President "
            "Dina Boluarte of Peru.",
            "MEETING",
            2,
        ),
        # the batch's documents, named after it
        (
            "Kenya and Uganda signed four agreements on Monday. The documents include an MoU on fisheries and an "
            "agreement on transport.",
            "AGREEMENT",
            3,
        ),
        # a total told after the documents named: one event for the batch
        (
            "Kenya and Uganda signed a roadmap on trade and an agreement on a border post on Monday. In total, 11 "
            "documents were signed.",
            "AGREEMENT",
            3,
        ),
        # documents told again by the definite article: the batch, not one more signing
        (
            "Chile and Peru signed three memoranda on Monday, including an MoU on mining and an agreement on "
            "fisheries. The documents were signed after talks between the two foreign ministers.",
            "AGREEMENT",
            3,
        ),
        # a document initialled, a statement signed, a deal signed
        ("Poland and Germany initialled a joint declaration on reparations in May 2021.", "AGREEMENT", 1),
        ("Australia and Samoa signed a renewed Falefa partnership statement in Apia on Monday.", "AGREEMENT", 1),
        ("Qatar and Turkiye signed a deal for 20 drones on Monday.", "AGREEMENT", 1),
        ("The first contracts, signed in March 2023, were worth $3 billion, Chile and Peru said.", "AGREEMENT", 1),
        # an accord in words reached at a meeting is no signed document
        (
            "Chile and Peru agreed to open a new border post. The agreement was reached at the 5th session of the "
            "Chile-Peru Joint Commission held in Lima on Monday.",
            "AGREEMENT",
            0,
        ),
        # recognition of a sovereignty or of a crime as genocide
        (
            "Spain reiterated its position, expressed in March 2022, recognizing that the Sahara falls within "
            "Moroccan sovereignty.",
            "RECOGNITION",
            1,
        ),
        ("Belgium officially recognised the killings in Congo as genocide in June 2022, Congo said.", "RECOGNITION", 1),
        ("Kazakhstan recognizes the importance of Ukraine's sovereignty, Ukraine said.", "RECOGNITION", 0),
        # an anniversary of the relations just told of, and one of relations the text names no country for
        (
            "Peru and Chile established diplomatic relations in 1976 and celebrate the 50th anniversary this year.",
            "ANNIVERSARY",
            1,
        ),
        (
            "Chile and Peru signed a treaty. This year marks the 50th anniversary of diplomatic relations.",
            "ANNIVERSARY",
            1,
        ),
        # a process, not a meeting; a document's title, not a meeting
        ("Chile and Peru signed a trade deal on Monday, capping months of negotiations.", "MEETING", 0),
        # a partnership by the visit that launched it
        (
            "Spain and Morocco said the partnership launched during the state visit of King Felipe in 2024 works.",
            "OTHER",
            1,
        ),
    ],
)
def test_eighth_round_triggers(text: str, kind: str, count: int) -> None:
    assert sum(1 for e in _events(text, _TUESDAY) if e[0] == kind) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two ministers signed a plan; the third country they discussed takes no part in it
        (
            "Chile and Peru held talks on Monday. Peru and Chile are neighbours. During the talks, the two ministers "
            "signed a plan of consultations and discussed the situation in Bolivia.",
            ["CHL", "PER"],
        ),
        # "He also met ...": the visitor told before, with the host's office holder
        (
            "Chilean Foreign Minister Alberto van Klaveren held talks in Lima on Monday. He also met Prime Minister "
            "Gustavo Adrianzen, the government said.",
            ["CHL", "PER"],
        ),
    ],
)
def test_the_pair_of_the_subject_takes_part(text: str, expected: list[str]) -> None:
    events = [e for e in _events(text, _TUESDAY) if e[0] != "MEETING" or "also" in text]
    assert events and all(e[2] == sorted(expected) for e in events)


def test_a_visit_under_way_is_not_one_told_with_its_own_date() -> None:
    text = (
        "Moroccan Foreign Minister Nasser Bourita held talks in Rabat on Tuesday with Spanish Foreign Minister "
        "Jose Manuel Albares, who is on a working visit to the Kingdom. Bourita said the partnership grew after the "
        "state visit paid by King Felipe VI of Spain to Morocco in October 2024."
    )
    visits = [e for e in _events(text, dt.date(2026, 5, 13)) if e[0] == "VISIT"]
    assert len(visits) == 2 and "2024-10" in [v[1] for v in visits]


def test_a_summit_named_by_its_countries_is_not_the_talks() -> None:
    text = (
        "Spain's prime minister held talks with Morocco's king in Rabat on Tuesday, the first meeting since the "
        "Spain-Morocco summit in Madrid in 2024."
    )
    assert ("FORUM", "2024", ["ESP", "MAR"]) in _events(text, dt.date(2026, 2, 18))


def test_a_numbered_meeting_attended_on_a_trip_takes_its_time() -> None:
    text = (
        "Vietnam and Laos held talks in Hanoi on Monday. Lao Prime Minister Sonexay Siphandone last visited Hanoi in "
        "June 2025 for the 46th Annual Consultation."
    )
    assert ("MEETING", "2025-06", ["LAO", "VNM"]) in _events(text, dt.date(2026, 4, 22))


def test_a_document_between_two_others_is_theirs() -> None:
    text = (
        "Qatar and Egypt signed deals on Monday. Doha also brokered the Doha Declaration between Rwanda and the "
        "Democratic Republic of the Congo in June 2025, the ministry said."
    )
    assert ("AGREEMENT", "2025-06", ["COD", "QAT", "RWA"]) in _events(text, _TUESDAY)


def test_two_others_who_meet_are_another_meeting() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez held talks with Moroccan King Mohammed VI in Rabat. Spanish Foreign "
        "Minister Jose Manuel Albares met his Moroccan counterpart Nasser Bourita in Rabat on Monday."
    )
    assert sum(1 for e in _events(text, _TUESDAY) if e[0] == "MEETING") == 2


def test_a_signing_that_names_no_country_after_another_is_of_its_parties() -> None:
    text = (
        "Egypt and Greece held talks. Greece signed a framework agreement with Egypt in May 2023 for ten frigates. "
        "The first contracts, signed in June 2023, were worth $3 billion."
    )
    assert ("AGREEMENT", "2023-06", ["EGY", "GRC"]) in _events(text, _TUESDAY)
