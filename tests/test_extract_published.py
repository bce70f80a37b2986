"""Publication dates read from header lines and datelines, and titles for articles without a headline."""

from __future__ import annotations

import datetime as dt

import pytest

from seed.extract import derived_title, extract, headline
from seed.extract.published import publication_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date: 2013-10-08\n\nBISHKEK – The prime ministers met.", dt.date(2013, 10, 8)),
        (" date 2025-06-03 ASTANA – While distant partners, the two sides met.", dt.date(2025, 6, 3)),
        ("Ministers meet\nPosted On: 14 MAR 2025 5:10PM by PIB Delhi\n\nThe ministers met.", dt.date(2025, 3, 14)),
        ("Leaders talk by phone\n19 JUN 2024, 11:05\n\nMOSCOW, June 19. /TASS/. Text.", dt.date(2024, 6, 19)),
        ("Deal signed\nREUTERS NEWS - Oct 7, 2025 - 08:15 | Asia\n\nThe deal was signed.", dt.date(2025, 10, 7)),
        ("Talks held\nJan Kowalski | 11.03.2025 - 14:02\n\nWARSAW\n\nThe talks were held.", dt.date(2025, 3, 11)),
        ("Visit ends\nPublished on 09/10/2024 - 10:00\n\nThe visit ended.", dt.date(2024, 10, 9)),
        ("Summit opens\nPosted Wed 6 Mar 2024 at 7:30am\n\nThe summit opened.", dt.date(2024, 3, 6)),
        ("Trade grows\nUpdated 4 July 2025\n\nTrade grew.", dt.date(2025, 7, 4)),
        ("Trade grows\nJuly 3, 2025 9:12 AM GMT+3\n\nTrade grew.", dt.date(2025, 7, 3)),
        ("DOHA, 14th January, 2025 (WAM) -- The Emir received the minister.", dt.date(2025, 1, 14)),
        ("Talks in Vienna\nVienna, 21.05.2024 (APA)\n\nThe talks were held.", dt.date(2024, 5, 21)),
        ("Leaders meet\nPublished 3 May 2024\nUpdated 5 May 2024\n\nThe leaders met.", dt.date(2024, 5, 3)),
        (
            "Ambassador presents credentials\nKabar, 11-06-2025 16:20\n\nBishkek, June 11 /Kabar/. Text.",
            dt.date(2025, 6, 11),
        ),
        (
            "Minister receives counterpart\n\nJeddah, Jumada I 2, 1447, October 24, 2025, SPA -- The minister "
            "received his Omani counterpart in Jeddah today, and the two sides reviewed their ties and discussed the "
            "latest regional developments.",
            dt.date(2025, 10, 24),
        ),
        (
            "Minister receives counterpart\n\nMakkah, 2 Jumada Al-Awwal 1447 AH, 24 October 2025 (SPA) - The "
            "minister received his Omani counterpart today, and the two sides reviewed their ties and discussed the "
            "latest regional developments at length.",
            dt.date(2025, 10, 24),
        ),
        ("Kazakhstan to host summit on June 3, 2025 in Astana\nThe summit will gather leaders.", None),
        ("Kazakhstan and Kenya held talks on June 3, 2025.\nThey agreed to meet again.", None),
        (
            "Talks in Tashkent\n\nBy Dilnoza Karimova in Politics on 4 March 2026\n\nTASHKENT – Talks.",
            dt.date(2026, 3, 4),
        ),
        ("Trade to double\n\nBy June 2026, trade between Chile and Peru will double\n\nSANTIAGO – Talks.", None),
    ],
    ids=[
        "date-colon-line",
        "date-prefix-on-lead",
        "pib-posted-on",
        "tass-uppercase-month",
        "agency-line-with-time",
        "byline-day-month-year",
        "slashed-day-month-year",
        "posted-weekday",
        "updated-only",
        "month-day-year-with-zone",
        "ordinal-dateline",
        "city-and-numeric-date",
        "published-before-updated",
        "hyphened-day-month-year",
        "hijri-before-gregorian-dateline",
        "hijri-day-first-dateline",
        "headline-with-a-date",
        "story-sentence",
        "byline-with-a-date",
        "deadline-is-no-byline",
    ],
)
def test_publication_date_from_header_or_dateline(text: str, expected: dt.date | None) -> None:
    assert publication_date(text) == expected


def test_publication_date_read_from_text_is_the_articles() -> None:
    text = "Ministers meet\n12 NOV 2025, 17:05\n\nMOSCOW, November 12. /TASS/. The ministers met on Wednesday."
    result = extract(text)
    assert result.article.published_on == dt.date(2025, 11, 12)
    assert [e.date for e in result.events if e.type.value == "MEETING"] in ([], ["2025-11-12"])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ASTANA, March 12 (Kazinform) – President Tokayev received the credentials of the new Ambassador of "
            "Brazil, Kazinform reports.\n\nMore text.",
            "President Tokayev received the credentials of the new Ambassador of Brazil",
        ),
        (
            " date 2024-05-02 Kazakhstan and Hungary are expanding cooperation in agriculture. More follows.",
            "Kazakhstan and Hungary are expanding cooperation in agriculture",
        ),
        (
            "MOSCOW, June 19. /TASS/. Russian and Kazakh foreign ministers met in Moscow, the ministry said.",
            "Russian and Kazakh foreign ministers met in Moscow",
        ),
        (
            "Press release\n\nFrom: Foreign Office\nPublished 3 May 2024\n\nThe UK and Kenya (the two partners) "
            "agreed a new partnership on climate finance.",
            "The UK and Kenya agreed a new partnership on climate finance",
        ),
        (
            "TOKYO (AP) — Japan and South Korea agreed on Saturday to resume defense talks that had been "
            "suspended for years amid disputes over history, trade and the treatment of wartime laborers.",
            "Japan and South Korea agreed on Saturday to resume defense talks that had been suspended for years amid…",
        ),
        (
            "DOHA\n\nQatar and Kazakhstan signed 15 documents on Thursday.",
            "Qatar and Kazakhstan signed 15 documents on Thursday",
        ),
    ],
    ids=[
        "dateline-and-attribution",
        "date-prefix",
        "tass-dateline",
        "press-release-furniture",
        "cut-at-a-word",
        "lone-city-line",
    ],
)
def test_derived_title_comes_from_the_lead_sentence(text: str, title: str) -> None:
    assert headline(text) is None
    assert derived_title(text) == title
    assert len(derived_title(text)) <= 110


def test_derived_title_skips_the_headline_line() -> None:
    text = "Kazakh president visits Turkey\nANKARA – Tokayev arrived in Ankara on Tuesday, Anadolu reports."
    assert headline(text) == "Kazakh president visits Turkey"
    assert derived_title(text) == "Tokayev arrived in Ankara on Tuesday"


@pytest.mark.parametrize(
    "text", ["x", "Kazakhstan.", "\n\n1\n", "— – —\nTalks"], ids=["letter", "word", "digit", "dashes"]
)
def test_derived_title_is_never_empty(text: str) -> None:
    assert derived_title(text).strip()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Talks held\n\nLisbon, Mar 13 (Lusa).- The Portuguese minister received his Brazilian counterpart.", (3, 13)),
        ("Talks held\n\nHavana, Sep 24 (Prensa Latina) Cuban President Miguel Diaz-Canel met the envoy.", (9, 24)),
        ("Talks held\n\nBUENOS AIRES, May 2 (Telam) - The ministers met.", (5, 2)),
    ],
    ids=["title-case-city-dot-dash", "agency-without-dash", "uppercase-city"],
)
def test_dateline_without_a_year_gives_its_day(text: str, day: tuple[int, int]) -> None:
    from seed.extract.published import dateline_day, header_end

    found = dateline_day(text)
    assert found is not None and (found.month, found.day) == day
    assert text[header_end(text) :].lstrip()[0].isupper()  # the dateline is cut off, the story begins


# Dates some outlets print in other forms, a sign-off that dates the article at its end, and a dateline without a
# year whose year the text's own figures give (or no year, when they give none).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks held\n\nAddis Ababa, March 4/2026 (ENA) - Ethiopia and Djibouti agreed on a port deal.",
            dt.date(2026, 3, 4),
        ),
        (
            "Talks held\n\nAuthor: Aida Sultanova\n04/03/26 09:15\n\nBISHKEK (24.kg) - The ministers met.",
            dt.date(2026, 3, 4),
        ),
        (
            "Talks held\n\nRabat - The ministers met on Tuesday.\n\n" + "More text. " * 80 + "\n\nMAP 04 March 2026\n",
            dt.date(2026, 3, 4),
        ),
        (
            "Deal signed\n\nJAKARTA, March 4 (Reuters) - Indonesia and Japan signed a deal on Tuesday. Indonesian "
            "exports to Japan fell 3% last year to $21 billion. Trade totalled $39 billion in 2025, data showed.",
            dt.date(2026, 3, 4),
        ),
        (
            "Deal signed\n\nSEOUL, Nov. 4 (Yonhap) -- Korea and Chile signed a deal on Tuesday. Trade in "
            "January-September 2025 reached $5.1 billion, up 4 percent.",
            dt.date(2025, 11, 4),
        ),
        (
            "Deal signed\n\nLIMA, Feb. 4 (EFE) -- Peru and Chile signed a deal. Trade came to $2 billion in the "
            "fiscal year to June 2025.",
            dt.date(2026, 2, 4),
        ),
        (
            "Deal signed\n\n(ANSA) - ROME, NOV 26 - Italy and Algeria signed a deal.\n\nCopyright © ANSA 2025",
            dt.date(2025, 11, 26),
        ),
        (
            "Embassy opens\n\nASTANA, March 12 (Kazinform) - Kazakhstan opened an embassy in Hanoi. Kazakhstan and "
            "Vietnam established relations in 1992; the embassy was opened in 2020 and trade grew last year.",
            None,
        ),
        (
            "Trade grows\n\nBAKU, Azerbaijan, February 13. Trade between the two countries amounted to $1.1 "
            "billion in 2023, having grown by 31 percent. The next meeting will be held in 2027.",
            None,
        ),
        ("Ministers meet in Prague\n\n10. 6. 2025 | Press release\n\nThe ministers met.", dt.date(2025, 6, 10)),
        (
            "Mission ends\n\nNews release\n\nDecember 4, 2025 - Manila, Philippines - Global Affairs Canada\n\n"
            "Today, the minister concluded a trade mission.",
            dt.date(2025, 12, 4),
        ),
        ("Leaders meet in Belgrade\n\n2025.10.09. 16:32\n\nThe two leaders met.", dt.date(2025, 10, 9)),
        (
            "Ties hailed\n\nMOSCOW, October 7. /TASS/. Russia and Laos marked the 65th anniversary of diplomatic "
            "relations. Diplomatic relations between the USSR and Laos were established on October 7, 1960.",
            dt.date(2025, 10, 7),
        ),
        (
            "Ties hailed\n\nHANOI, March 2 (VNA) - The two countries will mark the 35th anniversary of diplomatic "
            "relations next year. They established diplomatic relations in 1991.",
            None,
        ),
        (
            "Ties hailed\n\nKathmandu, Aug 1: Nepal and China marked 70 years of diplomatic ties. The two countries "
            "established diplomatic relations on August 1, 1955.",
            dt.date(2025, 8, 1),
        ),
        (
            "TUNIS, Nov. 6 (TAP) - Tunisia and China signed a deal. Both sides agreed to organise a forum in the first "
            "quarter of 2027. Tunisia and China established diplomatic relations on January 10, 1964, and marked the "
            "60th anniversary of their ties last year.",
            dt.date(2025, 11, 6),
        ),
    ],
    ids=[
        "month-day-slash-year",
        "two-digit-year-with-time",
        "agency-sign-off",
        "yearless-dateline-last-year-figures",
        "yearless-dateline-months-of-this-year",
        "yearless-dateline-month-after-it",
        "agency-first-and-copyright",
        "yearless-dateline-without-figures",
        "yearless-dateline-without-last-year",
        "czech-spaced-dots",
        "date-first-dateline",
        "hungarian-year-first",
        "yearless-dateline-anniversary",
        "yearless-dateline-anniversary-ahead",
        "yearless-dateline-colon-anniversary",
        "yearless-dateline-anniversary-last-year",
    ],
)
def test_publication_date_in_other_forms(text: str, expected: dt.date | None) -> None:
    assert publication_date(text) == expected


_BODY = "Talks held\n\nThe foreign ministers met on Tuesday and agreed to expand trade. " + "More text. " * 80


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("MAP 04 March 2026", dt.date(2026, 3, 4)),
        ("(END) 2026-03-04", dt.date(2026, 3, 4)),
        ("Source: Ministry of Foreign Affairs, 04.03.2026", dt.date(2026, 3, 4)),
        ("Next meeting: 12 May 2026", None),
        ("Applications close 30 June 2026", None),
        ("Joint commission session: 12-05-2026", None),
        ("Deadline for proposals: 2026-05-12", None),
        ("The next round of talks is due on 12 May 2026.", None),
    ],
    ids=["agency", "end-mark", "source", "next-meeting", "applications", "session", "deadline", "sentence"],
)
def test_a_closing_line_dates_the_article_only_as_a_sign_off(footer: str, expected: dt.date | None) -> None:
    assert publication_date(_BODY + "\n\n" + footer + "\n") == expected
