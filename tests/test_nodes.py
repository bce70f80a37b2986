"""Global ids: every Node can be fetched again with node(id:), and ids survive re-seeding."""

from __future__ import annotations

from typing import Any

from seed.load import seed
from tests.conftest import data

IDS = """
{
  country(code: "KAZ") { id }
  relation(a: "KAZ", b: "TUR") { id
    events(first: 100) { edges { node { id participants { id } figures { id } sources { article { id } } } } }
    figures(first: 100) { edges { node { id } } }
  }
}
"""

REFETCH = """
query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Country { code }
    ... on Relation { countries { code } }
    ... on Event { title }
    ... on Figure { value }
    ... on Person { name }
    ... on Article { publishedOn }
  }
}
"""


def _ids(tree: Any) -> set[str]:
    if isinstance(tree, dict):
        own = {tree["id"]} if "id" in tree else set()
        return own | {i for v in tree.values() for i in _ids(v)}
    if isinstance(tree, list):
        return {i for v in tree for i in _ids(v)}
    return set()


async def test_node_refetches_every_type_by_its_id(seeded: Any) -> None:
    ids = _ids(await data(seeded, IDS))
    kinds = {i.partition(":")[0] for i in ids}
    assert kinds == {"Country", "Relation", "Event", "Figure", "Person", "Article"}
    for global_id in ids:
        node = (await data(seeded, REFETCH, {"id": global_id}))["node"]
        assert node["id"] == global_id
        assert node["__typename"] == global_id.partition(":")[0]


async def test_node_of_a_well_formed_unknown_id_is_null(seeded: Any) -> None:
    assert await data(seeded, '{ node(id: "Event:ev_0000") { id } }') == {"node": None}


async def test_ids_are_the_same_in_a_store_seeded_again_from_scratch(seeded: Any, new_db: Any) -> None:
    other = await new_db()
    await seed(other)
    assert _ids(await data(seeded, IDS)) == _ids(await data(other, IDS))


async def test_hand_written_country_and_relation_ids_are_accepted_in_any_order_and_case(seeded: Any) -> None:
    result = await data(seeded, '{ a: node(id: "Relation:kaz-gbr") { id } b: node(id: "Country:kz") { id } }')
    assert result == {"a": {"id": "Relation:GBR-KAZ"}, "b": {"id": "Country:KAZ"}}
