"""Regression: extract() against the curated seed files and the hand-written samples, scored by the evaluator."""

from __future__ import annotations

import logging
import statistics
from pathlib import Path

import pytest

from seed.extract import evaluate, extract
from seed.model import SeedFile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = evaluate.load([ROOT / "seed" / "data"])
SAMPLES = evaluate.load([ROOT / "tests" / "extract_samples"])
BLIND = evaluate.load([ROOT / "tests" / "extract_blind"])
# Never used to write or tune a rule: the honest measure of articles the extractor has not seen.
HOLDOUT = evaluate.load([ROOT / "tests" / "extract_holdout"])

# The levels reached when these tests were written; a rule change that lowers one fails here.
SEED_FLOOR = {"countries": 0.95, "people": 0.95, "relations": 0.95, "events": 0.95, "figures": 0.95}
# s01's two agreements signed "Following the talks" now take the talks' day, as the blind articles date such
# signings (b01, b05, b07); every kind was 1.000 on 2026-12-05, third round.
SAMPLE_FLOOR = {"countries": 0.95, "people": 0.95, "relations": 0.95, "events": 0.97, "figures": 0.97}
# Articles written independently of the rules (macro F1 0.991 in both publishedOn modes when written).
BLIND_MACRO_FLOOR = 0.97


@pytest.mark.parametrize("with_date", [True, False], ids=["published-given", "published-from-text"])
@pytest.mark.parametrize("kind", evaluate.KINDS)
def test_seed_f1_per_kind(kind: str, with_date: bool) -> None:
    totals = evaluate.evaluate(SEEDS, with_date=with_date)
    assert totals[kind].f1 >= SEED_FLOOR[kind], evaluate.table(totals)


@pytest.mark.parametrize("kind", evaluate.KINDS)
def test_sample_f1_per_kind(kind: str) -> None:
    totals = evaluate.evaluate(SAMPLES)
    assert totals[kind].f1 >= SAMPLE_FLOOR[kind], evaluate.table(totals)


@pytest.mark.parametrize("with_date", [True, False], ids=["published-given", "published-from-text"])
def test_blind_macro_f1(with_date: bool) -> None:
    totals = evaluate.evaluate(BLIND, with_date=with_date)
    assert statistics.mean(s.f1 for s in totals.values()) >= BLIND_MACRO_FLOOR, evaluate.table(totals)


# Macro F1 when the holdout was first scored: 0.854 with the publication date given, 0.804 read from the text
# (0.901 in both modes on 2026-12-05, with the publication date read from header lines; 0.940 in both on
# 2026-12-05 after the third round, with the truth changes docs/2026-12-05-extraction.md lists; 0.943 after the
# fourth).
HOLDOUT_MACRO_FLOOR = {True: 0.93, False: 0.93}


@pytest.mark.parametrize("with_date", [True, False], ids=["published-given", "published-from-text"])
def test_holdout_macro_f1(with_date: bool) -> None:
    totals = evaluate.evaluate(HOLDOUT, with_date=with_date)
    assert statistics.mean(s.f1 for s in totals.values()) >= HOLDOUT_MACRO_FLOOR[with_date], evaluate.table(totals)


# Issue 22 (docs/2026-12-05-extraction.md): wire and ministry copy of many pairs, outlets and currencies.
CORPUS = evaluate.load([ROOT / "tests" / "extract_corpus"])  # written first, then used to write the rules
FINAL = evaluate.load([ROOT / "tests" / "extract_final"])  # untouched until scored once (0.821), then used
FINAL2 = evaluate.load([ROOT / "tests" / "extract_final2"])  # written after that, scored once at the end (0.925)
FINAL3 = evaluate.load([ROOT / "tests" / "extract_final3"])  # written before the third round, scored once (0.823)
FINAL4 = evaluate.load([ROOT / "tests" / "extract_final4"])  # written during the fourth round, scored once (0.763)
FINAL5 = evaluate.load([ROOT / "tests" / "extract_final5"])  # written after it, scored once after the fifth (0.829)
FINAL6 = evaluate.load([ROOT / "tests" / "extract_final6"])  # written before the sixth, scored once after it (0.782)
FINAL7 = evaluate.load([ROOT / "tests" / "extract_final7"])  # written before the seventh, scored once after it (0.847)
FINAL8 = evaluate.load([ROOT / "tests" / "extract_final8"])  # written before the eighth, scored once after it (0.866)
FINAL9 = evaluate.load([ROOT / "tests" / "extract_final9"])  # written before the ninth, scored once after it (0.803)
FINAL10 = evaluate.load([ROOT / "tests" / "extract_final10"])  # written before the tenth, scored once after it (0.803)
FINAL11 = evaluate.load([ROOT / "tests" / "extract_final11"])  # written before the 11th, scored once after it (0.811)
# Macro F1 in both publishedOn modes after the third round (2026-12-05): corpus 0.986, final 0.975 and final2 1.000
# (both used), final3 0.823 given and 0.821 read from the text (scored once, at the end of the round). After the
# fourth round, which used final3: 0.947 given and 0.937 read from the text. final4, written during the fourth
# round by someone who saw neither the rules nor their errors, scored once at its end: 0.763 given, 0.754 read.
# The fifth round used final4 (0.929 given, 0.920 read after it); final5, untouched until then, scored 0.829 given
# and 0.821 read from the text, and is used from here on. The sixth round used final5 (0.971 in both modes after
# it); final6 scored 0.782 given and 0.749 read (0.813 / 0.780 once its country lists followed the model). The
# seventh used final6 (0.924 / 0.893 after it); final7 scored 0.847 given and 0.786 read from the text. The eighth
# used final7 (0.984 / 0.959 after it, final6 0.933 in both modes); final8 scored 0.866 given and 0.844 read. The
# ninth, a short one, used final8 (0.922 / 0.901 after it); final9 scored 0.803 in both modes. The tenth, shorter
# still, used final9 (0.823 after it); final10 scored 0.803 given and 0.764 read from the text.
ISSUE22_MACRO_FLOOR = {
    "corpus": 0.97,
    "final": 0.95,
    "final2": 0.97,
    "final3": 0.95,
    "final4": 0.93,
    "final5": 0.95,
    "final6": 0.92,
    "final7": 0.95,
    "final8": 0.92,
    "final9": 0.86,
    "final10": 0.90,
    "final11": 0.78,
}
ISSUE22_SETS = {
    "corpus": CORPUS,
    "final": FINAL,
    "final2": FINAL2,
    "final3": FINAL3,
    "final4": FINAL4,
    "final5": FINAL5,
    "final6": FINAL6,
    "final7": FINAL7,
    "final8": FINAL8,
    "final9": FINAL9,
    "final10": FINAL10,
    "final11": FINAL11,
}


@pytest.mark.parametrize("with_date", [True, False], ids=["published-given", "published-from-text"])
@pytest.mark.parametrize("name", sorted(ISSUE22_MACRO_FLOOR))
def test_issue22_sets_macro_f1(name: str, with_date: bool) -> None:
    totals = evaluate.evaluate(ISSUE22_SETS[name], with_date=with_date)
    assert statistics.mean(s.f1 for s in totals.values()) >= ISSUE22_MACRO_FLOOR[name], evaluate.table(totals)


CURATED = SEEDS + SAMPLES + BLIND + HOLDOUT + [article for articles in ISSUE22_SETS.values() for article in articles]


@pytest.mark.parametrize(("path", "truth"), CURATED, ids=[p.stem for p, _ in CURATED])
def test_no_rule_fails_on_a_curated_article(path: Path, truth: SeedFile, caplog: pytest.LogCaptureFixture) -> None:
    """extract() keeps the article when a rule raises, and logs it: no curated article may take that path."""
    a = truth.article
    with caplog.at_level(logging.ERROR, logger="entente"):
        for published in (a.published_on, None):
            extract(a.text, title=a.title, url=a.url, published_on=published)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], path.name


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


def test_the_evaluator_lists_errors_with_the_date_read_and_refuses_a_missing_path(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = ROOT / "tests" / "extract_final6" / "aj03_qatar_turkiye_aljazeera.json"
    assert evaluate.main(["--errors-read", str(path)]) == 0
    out = capsys.readouterr().out
    assert "errors, publishedOn withheld" in out and "errors, publishedOn given" not in out
    with pytest.raises(SystemExit) as exc:
        evaluate.main([str(ROOT / "no-such-set")])
    assert exc.value.code == 2 and "no such file or directory" in capsys.readouterr().err
