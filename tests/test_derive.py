"""An event merged from its reports (entente.write.derive) is every report folded in article id order,
whatever order the articles come in."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from entente.dates import PartialDate, PartialDateError, combine
from entente.write.derive import Said, merge, merged_event

SAID = ("type", "title", "status", "date", "endDate", "location")
DATES = (None, "2023", "2024", "2024-05", "2024-05-10", "2024-05-12", "--05-10", "--06-01", "2024-06")
END_DATES = (None, "2024-05-14", "--05-14", "2024-06")


def _figure(fid: str) -> dict[str, Any]:
    facts = {"metric": "TRADE_TURNOVER", "value": "1", "unit": "USD", "qualifier": "EXACT", "period": None}
    sides = {"counterpart": None, "origin": None, "destination": None, "label": None}
    return {"_id": fid, **facts, **sides, "countries": ["KAZ", "KEN"], "event": "ev_1", "evidence": []}


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
            "figures": st.lists(st.sampled_from([_figure("fig_a"), _figure("fig_b")]), unique_by=lambda f: f["_id"]),
        }
    )
    said = draw(st.lists(content, min_size=1, max_size=5))
    return [{"article": article, **draw(st.sampled_from(said))} for article in articles]


def _every_report_folded(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The merge by definition: every article's report, in article id order."""

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
        for name in ("countries", "participants"):
            merged[name] += [v for v in report[name] if v not in merged[name]]
        merged["figures"] += [f["_id"] for f in report["figures"] if f["_id"] not in merged["figures"]]
    return merged


def _article(report: dict[str, Any]) -> dict[str, Any]:
    """An article document holding nothing but this report of event ev_1."""
    event = {"_id": "ev_1", "key": "talks", **{k: v for k, v in report.items() if k != "article"}}
    return {"_id": report["article"], "publishedOn": None, "events": [event], "figures": [], "people": []}


@settings(max_examples=300, deadline=None)
@given(reports(), st.randoms())
def test_an_event_is_its_reports_folded_in_article_order(reports: list[dict[str, Any]], random: Any) -> None:
    articles = [_article(report) for report in reports]
    random.shuffle(articles)
    event = merge(articles).events["ev_1"]
    assert {k: event[k] for k in (*SAID, "countries", "participants", "figures")} == _every_report_folded(reports)


@settings(max_examples=200, deadline=None)
@given(reports(), st.data())
def test_reports_merged_into_the_distinct_ones_a_document_keeps_merge_as_all_of_them(
    reports: list[dict[str, Any]], data: st.DataObject
) -> None:
    """What the writer does: an event stored from some articles keeps their distinct reports; the others'
    reports, and some of the same articles' again (a derivation tried twice), merge into those."""
    said = Said.of([_article(report) for report in reports]).events["ev_1"]
    split = data.draw(st.integers(0, len(said)))
    again = data.draw(st.lists(st.sampled_from(said[:split]), unique_by=lambda r: r["article"])) if split else []
    stored = merged_event("ev_1", said[:split]) if split else None
    later = merged_event("ev_1", (stored["reports"] if stored else []) + said[split:] + again)
    assert later == merged_event("ev_1", said)
    assert len(later["reports"]) <= len({r["article"] for r in reports})
