"""Round trips per request depend on the depth of a query, not on its fan-out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from entente.countries import all_countries
from entente.store import CountingDatabase
from seed.load import seed
from tests.conftest import data

NESTED = """
{
  country(code: "KAZ") {
    name
    relations(first: 100) { totalCount edges { node {
      countries { code name }
      events(first: 100) { edges { node {
        type title date { iso }
        countries { code }
        participants { name country { code } }
        figures { metric value unit }
        sources { quote article { id title } }
      } } }
      figures(first: 100) { edges { node { metric value origin { code } sources { article { id } } } } }
    } } }
  }
}
"""


def synthetic_file(partner: str, events: int, figures: int) -> dict[str, Any]:
    """One article about Kazakhstan and a partner with the given numbers of events and figures."""
    name = all_countries()[partner].name
    meetings = [
        f"Kazakhstan and {name} held round {i} of talks on 2024-01-{i + 1:02d} with envoy Person {partner} Lead."
        for i in range(events)
    ]
    trades = [
        f"Trade between Kazakhstan and {name} in {2000 + i} amounted to {i + 1} million US dollars."
        for i in range(figures)
    ]
    text = " ".join(meetings + trades)
    return {
        "article": {"text": text, "title": f"Kazakhstan and {name}", "publishedOn": "2024-02-01"},
        "countries": ["KAZ", partner],
        "people": [{"key": "lead", "name": f"Person {partner} Lead", "country": partner, "quotes": [meetings[0]]}],
        "events": [
            {"key": f"kaz-{partner.lower()}:round-{i}", "type": "MEETING", "title": f"Round {i}", "date": f"2024-01-{i + 1:02d}",
             "countries": ["KAZ", partner], "participants": ["lead"], "quotes": [sentence]}
            for i, sentence in enumerate(meetings)
        ],
        "figures": [
            {"metric": "TRADE_TURNOVER", "value": str((i + 1) * 1_000_000), "unit": "USD",
             "period": {"start": str(2000 + i), "end": str(2000 + i)}, "countries": ["KAZ", partner], "quotes": [sentence],
             # The first figure is stated at the first round of talks, the others at none.
             **({"event": f"kaz-{partner.lower()}:round-0"} if i == 0 else {})}
            for i, sentence in enumerate(trades)
        ],
    }  # fmt: skip


async def seeded_with(db: Any, tmp_path: Path, partners: int, events: int, figures: int) -> Any:
    codes = [code for code in all_countries() if code != "KAZ"][:partners]
    for code in codes:
        (tmp_path / f"{code}.json").write_text(json.dumps(synthetic_file(code, events, figures)), encoding="utf-8")
    await seed(db, [tmp_path])
    return db


async def _operations(db: Any, partners: int, events: int) -> dict[tuple[str, str], int]:
    counting = CountingDatabase(db)
    result = await data(counting, NESTED)
    relations = result["country"]["relations"]["edges"]
    assert len(relations) == partners
    assert all(len(r["node"]["events"]["edges"]) == events for r in relations)
    return dict(counting.counts)


# The operations a NESTED query makes, one per level and loader: the country, then its relations, their
# parties (countries again, with the participants' countries and the figures' origins), the relations'
# events and figures (one query for all the relations' pages each), the events' figures by id, the
# participants, the quotes of every event and figure, and the quoted articles.
BATCHES = {
    ("countries", "find"): 2,
    ("relations", "find"): 1,
    ("events", "find"): 1,
    ("figures", "find"): 2,
    ("people", "find"): 1,
    ("quotes", "find"): 1,
    ("articles", "find"): 1,
}


async def test_nested_query_operations_do_not_grow_with_fan_out(new_db: Any, tmp_path: Path) -> None:
    """The same operations for 2 relations x 2 events (about 40 leaves) as for 30 x 12 (about 3,000)."""
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small = await seeded_with(await new_db(), tmp_path / "small", partners=2, events=2, figures=1)
    large = await seeded_with(await new_db(), tmp_path / "large", partners=30, events=12, figures=5)
    assert await _operations(small, 2, 2) == BATCHES
    assert await _operations(large, 30, 12) == BATCHES
