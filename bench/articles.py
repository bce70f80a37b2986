"""Generated article texts for load and crash tests: each a new article the extractor reads events from.

Every text states two events (talks and a signed memorandum, Kazakhstan and a partner, on a
dated day) and one figure (a trade turnover); ``tag`` and ``n`` make the text, and so the
article id, unique. Texts with the same ``n`` and different tags report the same events, so
ingesting both merges them into events with two sources.
"""

from __future__ import annotations

from datetime import date, timedelta

# (demonym, country, capital): partners whose names the extractor's gazetteer knows.
PARTNERS = (
    ("Uzbek", "Uzbekistan", "Tashkent"),
    ("Kyrgyz", "Kyrgyzstan", "Bishkek"),
    ("Turkish", "Türkiye", "Ankara"),
    ("German", "Germany", "Berlin"),
    ("Japanese", "Japan", "Tokyo"),
    ("Hungarian", "Hungary", "Budapest"),
    ("French", "France", "Paris"),
    ("Italian", "Italy", "Rome"),
)
EVENTS_PER_TEXT = 2
FIGURES_PER_TEXT = 1


def article_text(n: int, tag: str = "") -> str:
    """The ``n``-th generated article; ``tag`` tells apart texts that report the same events."""
    adjective, country, capital = PARTNERS[n % len(PARTNERS)]
    day = date(2024, 1, 1) + timedelta(days=(n * 5) % 700)
    return (
        f"ASTANA – Kazakh Foreign Minister Murat Nurtleu held talks with the {adjective} Foreign Minister in "
        f"{capital} on {day:%B} {day.day}, {day.year}.\n\n"
        f"The ministers discussed trade, transport and energy cooperation. Trade turnover between Kazakhstan and "
        f"{country} reached {100 + n} million US dollars in 2023.\n\n"
        f"Following the talks, the sides signed a memorandum of understanding on cooperation in the field of "
        f"education (document {tag or 'x'}-{n}).\n"
    )
