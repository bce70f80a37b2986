"""Relay connections: walking pages with cursors gives every item once, in order."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resolvers.pagination import encode_cursor, page_list
from tests.conftest import data

EVENTS_PAGE = """
query($first: Int, $after: String) {
  events(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}
"""

RELATION_EVENTS_PAGE = """
query($first: Int, $after: String) {
  relation(a: "KAZ", b: "TUR") {
    events(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
  }
}
"""

COUNTRIES_PAGE = """
query($first: Int, $after: String) {
  countries(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}
"""


async def _walk(db: Any, query: str, path: list[str], size: int) -> tuple[list[str], list[dict[str, Any]]]:
    ids: list[str] = []
    infos = []
    after = None
    while True:
        result = await data(db, query, {"first": size, "after": after})
        for key in path:
            result = result[key]
        ids.extend(edge["node"]["id"] for edge in result["edges"])
        infos.append(result["pageInfo"])
        if not result["pageInfo"]["hasNextPage"]:
            return ids, infos
        after = result["pageInfo"]["endCursor"]


@pytest.mark.parametrize(
    ("query", "path", "total"),
    [
        (EVENTS_PAGE, ["events"], 39),
        (RELATION_EVENTS_PAGE, ["relation", "events"], 10),
        (COUNTRIES_PAGE, ["countries"], 249),
    ],
    ids=["store-keyset", "embedded-list", "countries"],
)
@pytest.mark.parametrize("size", [1, 3, 100])
async def test_pages_cover_every_item_once_in_order(
    seeded: Any, query: str, path: list[str], total: int, size: int
) -> None:
    whole = await data(seeded, query, {"first": 100})
    for key in path:
        whole = whole[key]
    ids, infos = await _walk(seeded, query, path, size)
    expected = [edge["node"]["id"] for edge in whole["edges"]] if total <= 100 else ids
    assert whole["totalCount"] == total
    assert ids == expected and len(set(ids)) == total
    assert [info["hasPreviousPage"] for info in infos] == [False] + [True] * (len(infos) - 1)
    assert len(infos) == -(-total // size)


async def test_page_cursors_are_the_edges_cursors(seeded: Any) -> None:
    page = (await data(seeded, EVENTS_PAGE, {"first": 3}))["events"]
    assert page["pageInfo"]["startCursor"] == page["edges"][0]["cursor"]
    assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]


async def test_an_empty_page_has_no_cursors(seeded: Any) -> None:
    page = (await data(seeded, EVENTS_PAGE, {"first": 0}))["events"]
    assert page == {
        "totalCount": 39,
        "pageInfo": {"hasNextPage": True, "hasPreviousPage": False, "startCursor": None, "endCursor": None},
        "edges": [],
    }


async def test_countries_can_be_narrowed_to_those_with_relations(seeded: Any) -> None:
    result = await data(
        seeded, "{ countries(first: 100, withRelations: true) { totalCount edges { node { code relationCount } } } }"
    )
    codes = [edge["node"]["code"] for edge in result["countries"]["edges"]]
    assert codes == ["BEN", "BFA", "COG", "GBR", "GNB", "KAZ", "KEN", "MAR", "NGA", "RWA", "SLE", "TGO", "TUR"]
    assert result["countries"]["totalCount"] == 13


async def test_undated_events_come_last_on_every_store(seeded: Any) -> None:
    # Undated events sort on dateFirst "" (never null, whose place in a sort differs between
    # stores and types), so newest-first puts them after every dated event on both stores.
    result = await data(seeded, "{ events(first: 100) { edges { node { dateText } } } }")
    dates = [edge["node"]["dateText"] for edge in result["events"]["edges"]]
    dated = [d for d in dates if d and not d.startswith("--")]
    assert dates[: len(dated)] == dated
    assert all(d is None or d.startswith("--") for d in dates[len(dated) :])


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    keys=st.lists(st.integers(0, 30), max_size=40),
    first=st.integers(0, 12),
    modulus=st.integers(1, 4),
    after_at=st.none() | st.integers(0, 45),
)
def test_a_filtered_page_is_the_page_of_the_filtered_list(
    keys: list[int], first: int, modulus: int, after_at: int | None
) -> None:
    """page_list picks filtered documents lazily; it must page exactly as if the list were filtered first."""
    docs = [{"k": f"{k:02d}", "_id": f"{i:03d}"} for i, k in enumerate(sorted(keys, reverse=True))]
    docs.sort(key=lambda d: (d["k"], d["_id"]), reverse=True)

    def keep(doc: dict[str, str]) -> bool:
        return int(doc["_id"]) % modulus == 0

    after = None if after_at is None else encode_cursor([f"{after_at % 31:02d}", f"{after_at:03d}"])
    lazy = page_list(docs, ["k", "_id"], first, after, descending=True, keep=keep)
    eager = page_list([d for d in docs if keep(d)], ["k", "_id"], first, after, descending=True)
    assert (lazy.docs, lazy.cursors, lazy.has_next, lazy.has_previous) == (
        eager.docs,
        eager.cursors,
        eager.has_next,
        eager.has_previous,
    )
    assert lazy.total is None and lazy.count is not None and lazy.count() == eager.total
