"""Score extract() against curated seed files: precision, recall and F1 per entity kind, and timing.

Run as ``python -m seed.extract.evaluate [--errors] [--errors-read] [DIR_OR_FILES...]`` (default: seed/data).
Two tables are printed: one with the publication date given as input, one with it withheld (read from the text);
``--errors`` lists every missed and spurious person, event and figure with the date given, ``--errors-read`` the
same with it withheld, one a line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from entente.dates import PartialDate
from entente.documents import EventStatus, relation_pairs
from entente.text import fold
from seed.extract import extract
from seed.model import EventIn, FigureIn, SeedFile

KINDS = ("countries", "people", "relations", "events", "figures")
DEFAULT = Path(__file__).resolve().parent.parent / "data"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _sets(truth: set, pred: set) -> Score:
    return Score(len(truth & pred), len(pred - truth), len(truth - pred))


def _pair(countries: list[str]) -> set[str]:
    return set(countries[:2])


def event_matches(truth: EventIn, pred: EventIn) -> bool:
    return truth.type == pred.type and _pair(truth.countries) <= set(pred.countries) and truth.date == pred.date


def _months(period) -> tuple[str, str] | None:
    if period is None or (period.start is None and period.end is None):
        return None
    start = PartialDate.parse(period.start or period.end)
    end = PartialDate.parse(period.end or period.start)
    first = (start.first_day or start.iso)[:7] if start.year else start.iso
    last = (end.last_day or end.iso)[:7] if end.year else end.iso
    return first, last


def figure_matches(truth: FigureIn, pred: FigureIn) -> bool:
    if truth.metric != pred.metric or truth.unit != pred.unit:
        return False
    if truth.value == 0:
        if pred.value != 0:
            return False
    elif abs(pred.value - truth.value) > abs(truth.value) * Decimal("0.005"):
        return False
    if len(truth.countries) == 1:
        if truth.countries[0] not in pred.countries or not (truth.counterpart and pred.counterpart):
            return False
    elif not _pair(truth.countries) <= set(pred.countries):
        return False
    return _months(truth.period) == _months(pred.period)


def _greedy(truth: list, pred: list, match, planned) -> Score:
    """One-to-one greedy matching; PLANNED truth items are neither required nor penalised."""
    used: set[int] = set()
    score = Score()
    matched_pred: set[int] = set()
    for t in truth:
        hit = next((i for i, p in enumerate(pred) if i not in used and match(t, p)), None)
        if hit is not None:
            used.add(hit)
            matched_pred.add(hit)
            if not planned(t):
                score.tp += 1
        elif not planned(t):
            score.fn += 1
    for i, p in enumerate(pred):
        if i not in matched_pred and not planned(p):
            score.fp += 1
    return score


def _planned(item) -> bool:
    return getattr(item, "status", None) == EventStatus.PLANNED


def _person_names(person) -> set[str]:
    return {fold(person.name), *(fold(a) for a in person.aliases)}


def _people(truth: SeedFile, pred: SeedFile) -> Score:
    def match(t, p):
        return t.country == p.country and fold(p.name) in _person_names(t)

    return _greedy(list(truth.people), list(pred.people), match, lambda _: False)


def _relations(seed: SeedFile) -> set[str]:
    pairs: set[str] = set()
    for item in (*seed.events, *seed.figures):
        pairs.update(relation_pairs(list(item.countries)))
    return pairs


def score_file(truth: SeedFile, pred: SeedFile) -> dict[str, Score]:
    return {
        "countries": _sets(set(truth.countries), set(pred.countries)),
        "people": _people(truth, pred),
        "relations": _sets(_relations(truth), _relations(pred)),
        "events": _greedy(list(truth.events), list(pred.events), event_matches, _planned),
        "figures": _greedy(list(truth.figures), list(pred.figures), figure_matches, lambda _: False),
    }


def load(paths: list[Path]) -> list[tuple[Path, SeedFile]]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return [(f, SeedFile.model_validate(json.loads(f.read_text(encoding="utf-8")))) for f in files]


def evaluate(seeds: list[tuple[Path, SeedFile]], *, with_date: bool = True) -> dict[str, Score]:
    totals = {kind: Score() for kind in KINDS}
    for _, truth in seeds:
        a = truth.article
        pred = extract(a.text, title=a.title, url=a.url, published_on=a.published_on if with_date else None)
        for kind, score in score_file(truth, pred).items():
            totals[kind].add(score)
    return totals


def table(totals: dict[str, Score]) -> str:
    lines = [f"{'kind':<10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for kind, s in totals.items():
        lines.append(f"{kind:<10} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    macro = [statistics.mean(getattr(s, k) for s in totals.values()) for k in ("precision", "recall", "f1")]
    lines.append(f"{'macro':<10} {'':>4} {'':>4} {'':>4} {macro[0]:6.3f} {macro[1]:6.3f} {macro[2]:6.3f}")
    return "\n".join(lines)


def timing(seeds: list[tuple[Path, SeedFile]], runs: int = 20) -> tuple[float, float]:
    """Median milliseconds per article and per 1,000 characters over ``runs`` passes."""
    per_article, per_k = [], []
    for _, truth in seeds:
        text = truth.article.text
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            extract(text, published_on=truth.article.published_on)
            samples.append((time.perf_counter() - t0) * 1000)
        ms = statistics.median(samples)
        per_article.append(ms)
        per_k.append(ms * 1000 / max(len(text), 1))
    return statistics.median(per_article), statistics.median(per_k)


def errors(path: Path, truth: SeedFile, pred: SeedFile) -> list[str]:
    """Each missed (FN) and spurious (FP) person, event and figure of one file, one line each."""
    lines: list[str] = []

    def person(p) -> str:
        return f"person {p.name} {p.country}"

    def event(e) -> str:
        return f"event {e.type.value} {e.date} {'-'.join(e.countries)} | {e.quotes[0][:70]}"

    def figure(f) -> str:
        period = (f.period.start, f.period.end, f.period.cumulative) if f.period else None
        return f"figure {f.metric.value} {f.value} {f.unit} {f.qualifier.value} {period} | {f.quotes[0][:60]}"

    def people_match(t, p):
        return t.country == p.country and fold(p.name) in _person_names(t)

    kinds: list[tuple[Callable[[Any, Any], bool], Callable[[Any], str], Sequence[Any], Sequence[Any]]] = [
        (people_match, person, truth.people, pred.people),
        (event_matches, event, truth.events, pred.events),
        (figure_matches, figure, truth.figures, pred.figures),
    ]
    for match, show, truths, preds in kinds:
        used: set[int] = set()
        for t in truths:
            hit = next((i for i, p in enumerate(preds) if i not in used and match(t, p)), None)
            if hit is not None:
                used.add(hit)
            elif not _planned(t):
                lines.append(f"{path.stem}: FN {show(t)}")
        lines += [f"{path.stem}: FP {show(p)}" for i, p in enumerate(preds) if i not in used and not _planned(p)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m seed.extract.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="gold directories or files (default: seed/data)")
    parser.add_argument("--errors", action="store_true", help="list the errors with the publication date given")
    parser.add_argument("--errors-read", action="store_true", help="list the errors with the date read from the text")
    args = parser.parse_args(argv)
    paths = args.paths or [DEFAULT]
    missing = [p for p in paths if not p.exists()]
    if missing:
        parser.error(f"no such file or directory: {', '.join(map(str, missing))}")
    seeds = load(paths)
    extract("Warm-up: Kazakhstan and Kenya.")
    print(f"{len(seeds)} file(s) from {', '.join(str(p) for p in paths)}\n")
    print("publishedOn given as input")
    print(table(evaluate(seeds, with_date=True)))
    print("\npublishedOn withheld (read from the text)")
    print(table(evaluate(seeds, with_date=False)))
    for wanted, given in ((args.errors, True), (args.errors_read, False)):
        if not wanted:
            continue
        how = "given" if given else "withheld"
        print(f"\nerrors, publishedOn {how} (FN: missed, FP: spurious; planned events are not scored)")
        for path, truth in seeds:
            a = truth.article
            found = extract(a.text, title=a.title, url=a.url, published_on=a.published_on if given else None)
            for line in errors(path, truth, found):
                print(line)
    article_ms, per_k = timing(seeds)
    print(f"\ntiming: median {article_ms:.2f} ms per article, {per_k:.2f} ms per 1,000 characters (20 runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
