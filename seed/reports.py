"""What the articles say of one event or figure, kept in its document, and the merge of it.

An event (or figure) reported by several articles is merged from their reports in article id
order, so that which report's title or date wins does not depend on the order they arrived in.
Its document keeps what that merge needs besides the article ids it lists already: each
distinct report (all an article says of it but its quotes), with the first article saying
it. Merging a new article's report then reads the document, not every article reporting it
again: at 3,000 generated articles FerretDB answered that read of the articles in 3.2 s, a
scan of them all.

Keeping the distinct reports only is enough: merging a report again changes nothing (a date
only gains parts, lists only gain values, the first location and status stay), so a report
that an earlier article made already adds nothing but its article id. Most articles repeat
what others said of an event, and its document does not grow with each. Its quotes are not
kept in it but one document per article in ``quotes`` (``quote_documents``), which a merge
writes and never reads: kept in the event, they made most of what a merge read and wrote
(the events of a soak's store, 2,501 articles: 1.77 MB of BSON, 1.54 MB of it quotes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from entente import documents as d
from entente.dates import PartialDate, PartialDateError, combine

Doc = dict[str, Any]

# What every report of an event or figure says alike: its id (and an event's key, which the id is made from;
# a figure's id is made from its content).
EVENT_BASE = ("_id", "key")
FIGURE_BASE = ("_id", "metric", "value", "unit", "qualifier", "period", "counterpart", "origin", "destination", "label")
# What an event's report says besides its quotes and figures, and what a figure's report says that
# its id does not fix (its countries are the same set in another order).
EVENT_SAYS = ("type", "title", "status", "date", "endDate", "location", "countries", "participants")
FIGURE_SAYS = ("event", "countries")


def event_report(event: Doc, article_id: str) -> Doc:
    return {"article": article_id, **{k: event[k] for k in EVENT_SAYS}, "figures": [f["_id"] for f in event["figures"]]}


def figure_report(figure: Doc, article_id: str) -> Doc:
    return {"article": article_id, **{k: figure[k] for k in FIGURE_SAYS}}


def quote_documents(article_id: str, items: Iterable[Doc]) -> list[Doc]:
    """What one article quotes of each of its events and figures (``items``), one document each: the
    ``quotes`` collection. An item the article states twice has its quotes in one document; one it quotes
    nothing of (seed files quote every item; tests may not), none."""
    quoted: dict[str, Doc] = {}
    for item in items:
        if not item["evidence"]:
            continue
        qid = d.quote_id(item["_id"], article_id)
        quoted.setdefault(qid, {"_id": qid, "article": article_id, "evidence": []})["evidence"].extend(item["evidence"])
    return list(quoted.values())


@dataclass
class Reported:
    """Everything the articles reporting one event or figure say of it.

    ``base`` is what every report shares: an event's id and key, or a figure's content. Reports
    and articles may be added in any order: read, they come in article id order, each distinct
    report once, with the first article making it."""

    base: Doc
    _reports: list[Doc] = field(default_factory=list)
    _articles: set[str] = field(default_factory=set)

    @classmethod
    def stored(cls, doc: Doc, base: Iterable[str], again: set[str]) -> Reported:
        """What a stored document holds, less what the articles ``again`` said (they are merged anew)."""
        return cls(
            {k: doc[k] for k in base},
            [r for r in doc["reports"] if r["article"] not in again],
            set(doc["articles"]) - again,
        )

    def add(self, report: Doc) -> None:
        self._reports.append(report)
        self._articles.add(report["article"])

    @property
    def reports(self) -> list[Doc]:
        distinct: dict[str, Doc] = {}
        for report in sorted(self._reports, key=lambda r: r["article"]):
            said = json.dumps({k: v for k, v in report.items() if k != "article"}, sort_keys=True)
            distinct.setdefault(said, report)
        return list(distinct.values())

    @property
    def articles(self) -> list[str]:
        return sorted(self._articles)


def merged_event(said: Reported) -> Doc:
    """The event its reports make, its figures by id (``embed`` puts them in)."""
    reports = said.reports
    first = reports[0]
    merged = {**said.base, **{k: first[k] for k in ("type", "title", "status", "date", "endDate", "location")}}
    merged.update(countries=[], participants=[], figures=[])
    for report in reports:
        if report is not first:
            merged["date"] = _merge_dates(merged["date"], report["date"])
            merged["endDate"] = _merge_dates(merged["endDate"], report["endDate"])
            merged["location"] = merged["location"] or report["location"]
            if report["status"] == d.EventStatus.HAPPENED.value:
                merged["status"] = report["status"]
        add_new(merged["countries"], report["countries"])
        add_new(merged["participants"], report["participants"])
        add_new(merged["figures"], report["figures"])
    merged.update(articles=said.articles, reports=reports)
    merged["dateFirst"], merged["dateLast"] = _date_bounds(merged["date"], merged["endDate"])
    merged["relations"] = d.relation_pairs(merged["countries"])
    return merged


def embed(event: Doc, figures: dict[str, Doc]) -> Doc:
    """The event with its figures' documents in place of their ids (or of their older documents)."""
    return {**event, "figures": [figures[f if isinstance(f, str) else f["_id"]] for f in event["figures"]]}


def merged_figure(said: Reported) -> Doc:
    reports = said.reports
    merged = {**said.base, "countries": reports[0]["countries"], "event": None}
    for report in reports:
        merged["event"] = merged["event"] or report["event"]
    merged.update(articles=said.articles, reports=reports)
    period = merged["period"] or {}
    start = period.get("start") or period.get("end")
    merged["dateFirst"], merged["dateLast"] = _date_bounds(start, period.get("end"))
    merged["relations"] = d.relation_pairs(merged["countries"])
    return merged


def _date_bounds(date: str | None, end: str | None) -> tuple[str, str]:
    """Sortable first and last day an event covers; empty strings when the year is unknown."""
    if not date:
        return "", ""
    start = PartialDate.parse(date)
    last = PartialDate.parse(end) if end else start
    return start.first_day or "", last.last_day or ""


def _merge_dates(a: str | None, b: str | None) -> str | None:
    if not a or not b:
        return a or b
    try:
        return combine(PartialDate.parse(a), PartialDate.parse(b)).iso
    except PartialDateError:
        return a  # the reports disagree; keep the first article's date


def add_new(target: list[Any], values: Iterable[Any]) -> None:
    """Append each of ``values`` that ``target`` lacks: a union keeping the order of first mention."""
    for value in values:
        if value not in target:
            target.append(value)
