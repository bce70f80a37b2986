"""Every query the resolvers and the writer send has an index, and the real server's planner uses it."""

from __future__ import annotations

from typing import Any

import pytest

from entente import documents as d
from entente.store import INDEXES
from resolvers import aggregates as agg
from resolvers.criteria import EventCriteria

RELATION_EVENTS = "relations_1_dateFirst_-1__id_-1"
RELATION_FIGURES = "relations_1_dateLast_-1__id_-1"
COUNTRY_FIGURES = "countries_1_metric_1_unit_1"
# (collection, filter, sort, the indexes that serve it): what resolvers/queries.py and aggregates.py, entente/write/merge.py,
# entente/write/reconcile.py and entente/write/writer.py ask.
HOT_QUERIES = [
    ("countries", {"_id": {"$in": ["KAZ", "KEN"]}}, None, {"_id_"}),
    ("relations", {"_id": {"$in": ["GBR-KAZ", "KAZ-KEN"]}}, None, {"_id_"}),
    ("relations", {"countries": {"$in": ["KAZ", "KEN"]}}, None, {"countries_1"}),
    ("events", {"_id": {"$in": ["ev_1", "ev_2"]}}, None, {"_id_"}),
    ("events", {"relations": "GBR-KAZ"}, [("dateFirst", -1), ("_id", -1)], {RELATION_EVENTS}),
    ("events", {"relations": {"$in": ["GBR-KAZ", "KAZ-TUR"]}}, [("dateFirst", -1), ("_id", -1)], {RELATION_EVENTS}),
    ("events", {"countries": "KAZ"}, [("dateFirst", -1), ("_id", -1)], {"countries_1_dateFirst_-1__id_-1"}),
    ("events", {"type": {"$in": ["VISIT", "MEETING"]}}, [("dateFirst", -1), ("_id", -1)], {"type_1_dateFirst_-1__id_-1"}),
    (
        "events",
        {"$or": [{"type": "VISIT", "countries": {"$all": ["KAZ", "KEN"]}}]},
        None,
        {"type_1_dateFirst_-1__id_-1", "countries_1_dateFirst_-1__id_-1"},
    ),
    ("figures", {"_id": {"$in": ["fig_1"]}}, None, {"_id_"}),
    ("figures", {"relations": {"$in": ["GBR-KAZ"]}, "metric": {"$in": ["TRADE_TURNOVER"]}}, None, {RELATION_FIGURES}),
    ("figures", {"countries": {"$in": ["KAZ"]}, "counterpart": {"$ne": None}}, None, {COUNTRY_FIGURES}),
    # The aggregates' first stages (resolvers/aggregates.py).
    ("figures", {"relations": "KAZ-TUR", "metric": {"$in": ["TRADE_TURNOVER", "EXPORTS"]}, "when": {"$ne": ""}}, None,
     {RELATION_FIGURES}),
    ("figures", {"countries": "KAZ", "metric": "TRADE_TURNOVER", "unit": "USD", "when": {"$ne": ""}}, None,
     {COUNTRY_FIGURES}),
    ("events", {"countries": "KAZ", "dateLast": {"$gte": "2022-01-01"}}, None, {"countries_1_dateFirst_-1__id_-1"}),
    ("events", {"relations": "KAZ-TUR", "type": {"$in": ["VISIT"]}}, None, {RELATION_EVENTS}),
    ("people", {"_id": {"$in": ["per_1"]}}, None, {"_id_"}),
    ("people", {"country": {"$in": ["KAZ", "KEN"]}}, None, {"country_1"}),
    ("quotes", {"item": {"$in": ["ev_1", "fig_1"]}}, None, {"item_1"}),
    ("articles", {"_id": {"$in": ["art_1"]}}, None, {"_id_"}),
    ("articles", {"terms": {"$all": ["trade", "kenya"]}}, [("sortKey", -1), ("_id", -1)], {"terms_1"}),
    ("articles", {"pending": True}, None, {"pending_1"}),
    (
        "articles",
        {"$or": [{"events._id": {"$in": ["ev_1"]}}, {"events.figures._id": {"$in": ["fig_1"]}},
                 {"figures._id": {"$in": ["fig_1"]}}, {"people._id": {"$in": ["per_1"]}}]},
        None,
        {"events._id_1", "events.figures._id_1", "figures._id_1", "people._id_1"},
    ),
]  # fmt: skip


async def test_each_collection_has_its_indexes(seeded: Any) -> None:
    for collection, specs in INDEXES.items():
        info = await seeded[collection].index_information()
        keys = sorted(tuple(tuple(k) for k in index["key"]) for name, index in info.items() if name != "_id_")
        assert keys == sorted(tuple(spec) for spec in specs), collection


def _nodes(plan: Any) -> list[tuple[str, str | None]]:
    """The (node type, index name) of every node of a PostgreSQL plan, as DocumentDB's explain gives it."""
    if isinstance(plan, dict):
        own = [(plan["Node Type"], plan.get("Index Name"))] if "Node Type" in plan else []
        return own + [node for value in plan.values() for node in _nodes(value)]
    if isinstance(plan, list):
        return [node for value in plan for node in _nodes(value)]
    return []


@pytest.mark.parametrize(("collection", "filter_", "sort", "indexes"), HOT_QUERIES, ids=lambda v: str(v)[:40])
async def test_every_hot_query_uses_its_index_on_the_real_server(
    seeded: Any, collection: str, filter_: dict[str, Any], sort: Any, indexes: set[str]
) -> None:
    cursor = seeded[collection].find(filter_, sort=sort, limit=20)
    if not hasattr(cursor, "explain"):
        pytest.skip("mongomock has no planner; tests/test_store.py checks that its indexes narrow reads")
    nodes = _nodes((await cursor.explain())["queryPlanner"])
    assert {index for _, index in nodes} & indexes, nodes
    assert not [kind for kind, _ in nodes if kind == "Seq Scan"], nodes


class _Recording:
    """A database whose aggregate() calls are recorded: the pipelines the aggregates send."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.sent: list[tuple[str, list[dict[str, Any]]]] = []

    def __getitem__(self, name: str) -> Any:
        recording, collection = self, self.db[name]

        class Collection:
            async def aggregate(self, pipeline: list[dict[str, Any]]) -> Any:
                recording.sent.append((name, pipeline))
                return await collection.aggregate(pipeline)

        return Collection()


async def test_every_aggregate_starts_with_an_indexed_match_on_the_real_server(seeded: Any) -> None:
    if not hasattr(seeded[d.FIGURES].find({}), "explain"):
        pytest.skip("mongomock has no planner")
    db = _Recording(seeded)
    await agg.trade_timeline(db, "KAZ-TUR", agg.TRADE_METRICS)
    await agg.partners_by_trade(db, "KAZ", "USD")
    await agg.partners_by_events(db, "KAZ", EventCriteria(types=("VISIT",), start="2022-01-01"))
    await agg.event_counts(db, EventCriteria(), "KAZ-TUR")
    await agg.event_counts(db, EventCriteria(country="KAZ"))
    served_by = [RELATION_FIGURES, COUNTRY_FIGURES, "countries_1_dateFirst_-1__id_-1", RELATION_EVENTS,
                 "countries_1_dateFirst_-1__id_-1"]  # fmt: skip
    for (collection, pipeline), index in zip(db.sent, served_by, strict=True):
        plan = await seeded.command("explain", {"aggregate": collection, "pipeline": pipeline, "cursor": {}})
        nodes = _nodes(plan["queryPlanner"])
        assert index in {name for _, name in nodes}, (pipeline[0], nodes)
        assert not [kind for kind, _ in nodes if kind == "Seq Scan"], (pipeline[0], nodes)
