"""Regression: extract() against the curated seed files and the hand-written samples, scored by the evaluator."""

from __future__ import annotations

from pathlib import Path

import pytest

from seed.extract import evaluate
from seed.model import SeedFile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = evaluate.load([ROOT / "seed" / "data"])
SAMPLES = evaluate.load([ROOT / "tests" / "extract_samples"])

# The levels reached when these tests were written; a rule change that lowers one fails here.
SEED_FLOOR = {"countries": 0.95, "people": 0.95, "relations": 0.95, "events": 0.95, "figures": 0.95}
SAMPLE_FLOOR = {"countries": 0.95, "people": 0.95, "relations": 0.95, "events": 0.93, "figures": 0.93}


@pytest.mark.parametrize("with_date", [True, False], ids=["published-given", "published-from-text"])
@pytest.mark.parametrize("kind", evaluate.KINDS)
def test_seed_f1_per_kind(kind: str, with_date: bool) -> None:
    totals = evaluate.evaluate(SEEDS, with_date=with_date)
    assert totals[kind].f1 >= SEED_FLOOR[kind], evaluate.table(totals)


@pytest.mark.parametrize("kind", evaluate.KINDS)
def test_sample_f1_per_kind(kind: str) -> None:
    totals = evaluate.evaluate(SAMPLES)
    assert totals[kind].f1 >= SAMPLE_FLOOR[kind], evaluate.table(totals)


def test_samples_are_valid_and_numerous() -> None:
    assert len(SAMPLES) >= 6
    assert all(isinstance(seed, SeedFile) for _, seed in SAMPLES)


def test_the_scores_can_fail() -> None:
    """An extraction that finds nothing scores zero recall; one with a wrong date does not match."""
    path, truth = SEEDS[0]
    empty = SeedFile.model_validate({"article": truth.article.model_dump(by_alias=True), "countries": []})
    scores = evaluate.score_file(truth, empty)
    assert scores["events"].recall == 0 and scores["countries"].f1 == 0
    dated = truth.events[2]
    wrong = dated.model_copy(update={"date": "1999"})
    assert not evaluate.event_matches(dated, wrong)
    assert evaluate.event_matches(dated, dated)
