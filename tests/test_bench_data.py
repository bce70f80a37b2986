"""The benchmarks' generated store is what deriving its articles gives: a server started on it has
nothing to derive again, and measures the documents the app itself would write."""

from __future__ import annotations

from bench.data import Scale, generate
from entente import documents as d
from entente.write.derive import derive


def test_generated_collections_are_the_derivation_of_the_generated_articles() -> None:
    dataset = generate(Scale("tiny", relations=60, events=400, figures=1_100, articles=150, people=40))
    expected = derive(dataset.collections[d.ARTICLES])
    for name, docs in expected.items():
        assert sorted(dataset.collections[name], key=lambda doc: doc["_id"]) == docs, name
    assert len(dataset.hubs) == 20
