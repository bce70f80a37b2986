"""The explorer in real headless Chromium, offline, against a live `entente serve` that runs only persisted documents."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from entente.http import explorer
from entente.http.persisted import document_id, read_documents
from tests.live_server import ARTIFACTS, BROWSER, live_server, node_for_chromium

SCREENSHOTS = ["country", "relation", "article", "empty", "error"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One run of tests/browser/explorer.mjs (a browser session through every view), its JSON report."""
    node_binary = node_for_chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    for name in SCREENSHOTS:
        (ARTIFACTS / f"explorer-{name}.png").unlink(missing_ok=True)
    # The allow-list mode: the page works only if every document it sends was registered at startup.
    with live_server(tmp_path_factory.mktemp("data"), env={"ENTENTE_PERSISTED_ONLY": "1"}) as running:
        run = subprocess.run(
            [node_binary, "explorer.mjs", f"http://127.0.0.1:{running.port}", str(ARTIFACTS)],
            cwd=BROWSER,
            capture_output=True,
            text=True,
            timeout=240,
        )
    lines = run.stdout.strip().splitlines()
    assert lines, run.stderr
    result = json.loads(lines[-1])
    assert result.get("failure") is None, result.get("failure")
    yield result


def test_the_page_asks_nothing_of_any_other_host_and_runs_cleanly(report: dict[str, Any]) -> None:
    assert report["blocked"] == []
    assert report["pageErrors"] == []
    assert report["consoleErrors"] == []  # a refusal by the page's Content-Security-Policy would be one


def test_every_request_is_a_persisted_query_over_get(report: dict[str, Any]) -> None:
    registered = {document_id(text) for text in read_documents(explorer.MANIFEST)}
    assert report["graphql"], "the page sent no query"
    for request in report["graphql"]:
        assert request["method"] == "GET"
        assert "query" not in request["params"]
        assert request["params"]["documentId"] in registered


def test_a_country_is_found_and_opens_with_its_partners_ranked(report: dict[str, Any]) -> None:
    assert report["steps"]["search"] == {"heading": "Countries", "found": ["Kazakhstan"]}
    country = report["steps"]["country"]
    assert country["url"].endswith("/explorer/country/KAZ")
    assert country["heading"] == "Kazakhstan"
    assert country["headings"] == ["Partners by trade", "Partners by events", "Relations (12)"]
    assert country["byTrade"][0] == "Türkiye 5 billion USD as of 2022-05-10"
    assert country["byEvents"][0] == "Türkiye 10 events"
    assert "Kazakhstan – Türkiye" in country["relations"] and len(country["relations"]) == 12
    # An alias, then Enter: the one country it matches opens.
    assert report["steps"]["enter"]["heading"] == "Türkiye"
    assert report["steps"]["enter"]["url"].endswith("/explorer/country/TUR")


def test_load_more_fetches_the_next_page_after_the_cursor(report: dict[str, Any]) -> None:
    country = report["steps"]["country"]
    assert (country["shownBefore"], country["shownAfter"]) == ("Showing 10 of 12 partners", "Showing 12 of 12 partners")
    assert country["byEventsAll"][:10] == country["byEvents"] and len(set(country["byEventsAll"])) == 12
    after = [r["params"] for r in report["graphql"] if '"eventsAfter":"' in r["params"].get("variables", "")]
    assert len(after) == 1


def test_the_relation_shows_its_trade_chart_and_event_timeline(report: dict[str, Any]) -> None:
    relation = report["steps"]["relation"]
    assert relation["url"].endswith("/explorer/relation/KAZ-TUR")
    assert relation["heading"] == "Kazakhstan – Türkiye"
    assert relation["headings"] == ["Trade over time", "Events by type and year", "Timeline of events"]
    # One chart per currency, never two currencies on one axis; drawn, labelled, and read out in a table.
    assert relation["chartUnits"] == ["USD"] and relation["chartTitles"] == ["In USD"]
    assert relation["chartPainted"] > 0.02
    assert "Trade turnover: 1992 30M, as of 2022-05-10 5B" in relation["chartLabels"][0]
    assert relation["tableCaptions"] == ["Figures in USD"]
    assert {"1992", "2021", "as of 2022-05-10"} <= set(relation["periods"])
    assert relation["events"][0] == "President Tokayev's first official visit to Türkiye"
    assert "Talks between Presidents Tokayev and Erdoğan in Ankara" in relation["events"]
    assert relation["firstQuote"].startswith("The first official visit to Turkey by Kazakhstan's President")
    assert {"Visit", "Agreement", "Recognition"} <= set(relation["countsTable"])


def test_a_source_opens_the_article_with_its_quote_highlighted(report: dict[str, Any]) -> None:
    article = report["steps"]["article"]
    assert article["url"].endswith("/explorer/article/Article%3Aart_78ff09250efc477d?start=175&end=347")
    assert article["heading"] == "Kazakh president's first visit to Turkey marks new era in bilateral ties"
    assert article["current"] == report["steps"]["relation"]["firstQuote"]
    assert article["focused"] == "evidence" and article["marks"] > 5


def test_going_back_reads_the_normalized_cache(report: dict[str, Any]) -> None:
    assert report["steps"]["back"] == {"heading": "Kazakhstan – Türkiye", "requests": 0}


def test_a_deep_link_loads_directly(report: dict[str, Any]) -> None:
    deep = report["steps"]["deepLink"]
    assert (deep["heading"], deep["field"]) == ("Articles", "Tokayev visit")
    assert "Kazakh president's first visit to Turkey marks new era in bilateral ties" in deep["results"]
    assert deep["count"] == f"Showing {len(deep['results'])} of {len(deep['results'])} articles"


def test_empty_error_and_unknown_states(report: dict[str, Any]) -> None:
    steps = report["steps"]
    assert steps["emptySearch"]["text"] == "No article matches “zzyzx”."
    assert steps["emptySearch"]["url"].endswith("/explorer/articles?q=zzyzx")
    assert steps["emptyCountry"] == {
        "heading": "United States",
        "text": "No relations of United States are recorded yet.",
    }
    # The server's own message and code.
    assert "search: 51 different words; the maximum is 50 BAD_USER_INPUT" in steps["graphqlError"]["text"]
    network = steps["networkError"]
    assert network["text"].startswith("Cannot reach the server to load the relation KAZ–GBR.")
    assert network["after"] == "Kazakhstan – United Kingdom"  # after Try again, with the server back
    assert steps["notFound"] == {"heading": "Page not found"}


def test_screenshots_are_saved(report: dict[str, Any]) -> None:
    for name in SCREENSHOTS:
        assert (ARTIFACTS / f"explorer-{name}.png").stat().st_size > 10_000, name
