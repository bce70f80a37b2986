"""An event merged from the distinct reports its document keeps (seed.reports) is the event merged from
every report of it, in article id order, however the reports were added: all at once, or some kept in a
stored document and the rest merged into it later, an article's own report merged again included."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from entente.dates import PartialDate, PartialDateError, combine
from seed.reports import EVENT_BASE, Reported, merged_event

SAID = ("type", "title", "status", "date", "endDate", "location")
DATES = (None, "2023", "2024", "2024-05", "2024-05-10", "2024-05-12", "--05-10", "--06-01", "2024-06")
END_DATES = (None, "2024-05-14", "--05-14", "2024-06")


@st.composite
def reports(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Reports of one event by up to 40 articles, most of them repeating what another says."""
    articles = draw(st.lists(st.sampled_from([f"art_{i:02}" for i in range(40)]), unique=True, min_size=1))
    content = st.fixed_dictionaries(
        {
            "type": st.sampled_from(["VISIT", "MEETING"]),
            "title": st.sampled_from(["Talks", "Talks in Astana"]),
            "status": st.sampled_from(["HAPPENED", "PLANNED"]),
            "date": st.sampled_from(DATES),
            "endDate": st.sampled_from(END_DATES),
            "location": st.sampled_from([None, "Astana", "Nairobi"]),
            "countries": st.lists(st.sampled_from(["KAZ", "KEN", "GBR", "TUR"]), unique=True, min_size=1),
            "participants": st.lists(st.sampled_from(["per_a", "per_b", "per_c"]), unique=True),
            "figures": st.lists(st.sampled_from(["fig_a", "fig_b"]), unique=True),
        }
    )
    said = draw(st.lists(content, min_size=1, max_size=5))
    return [{"article": article, **draw(st.sampled_from(said))} for article in articles]


def _every_report_folded(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The merge as it was before documents kept their reports: every article's report, in article id order."""

    def dates(a: str | None, b: str | None) -> str | None:
        if not a or not b:
            return a or b
        try:
            return combine(PartialDate.parse(a), PartialDate.parse(b)).iso
        except PartialDateError:
            return a

    merged: dict[str, Any] = {}
    for report in sorted(reports, key=lambda r: r["article"]):
        if not merged:
            merged = {k: report[k] for k in SAID} | {"countries": [], "participants": [], "figures": []}
        else:
            merged["date"] = dates(merged["date"], report["date"])
            merged["endDate"] = dates(merged["endDate"], report["endDate"])
            merged["location"] = merged["location"] or report["location"]
            if report["status"] == "HAPPENED":
                merged["status"] = "HAPPENED"
        for name in ("countries", "participants", "figures"):
            merged[name] += [v for v in report[name] if v not in merged[name]]
    merged["articles"] = sorted(r["article"] for r in reports)
    return merged


def _merged(reports: list[dict[str, Any]], stored: dict[str, Any] | None = None, again: set[str] = frozenset()) -> Any:
    base = {"_id": "ev_1", "key": "talks"}
    said = Reported.stored(stored, EVENT_BASE, set(again)) if stored else Reported(base)
    for report in reports:
        said.add(report)
    return merged_event(said)


def _compared(event: dict[str, Any]) -> dict[str, Any]:
    return {k: event[k] for k in (*SAID, "countries", "participants", "figures", "articles")}


@settings(max_examples=300, deadline=None)
@given(reports(), st.data())
def test_the_distinct_reports_merge_as_every_report_does(reports: list[dict[str, Any]], data: st.DataObject) -> None:
    expected = _every_report_folded(reports)
    assert _compared(_merged(reports)) == expected

    # Some kept in a stored document, the rest merged into it, some of the stored ones again.
    split = data.draw(st.integers(0, len(reports)))
    stored = _merged(reports[:split]) if split else None
    again = data.draw(st.lists(st.sampled_from(reports[:split]), unique_by=lambda r: r["article"])) if split else []
    later = _merged(reports[split:] + again, stored, {r["article"] for r in again})
    assert _compared(later) == expected
    assert later["reports"] == _merged(reports)["reports"]
    firsts: dict[str, str] = {}
    for report in sorted(reports, key=lambda r: r["article"]):
        said = json.dumps({k: v for k, v in report.items() if k != "article"}, sort_keys=True)
        firsts.setdefault(said, report["article"])
    assert sorted(r["article"] for r in later["reports"]) == sorted(firsts.values())  # each with its first article
