"""The playground in real headless Chromium, offline: it loads from the server alone and runs the example."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.live_server import ARTIFACTS, BROWSER, node_for_chromium, server

__all__ = ["server"]  # the fixture


@pytest.fixture
def node() -> str:
    return node_for_chromium()


def test_the_playground_runs_the_example_offline_in_chromium(node: str, server: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "playground.png"
    screenshot.unlink(missing_ok=True)
    run = subprocess.run(
        [node, "playground.mjs", server, str(screenshot)],
        cwd=BROWSER,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["blocked"] == []
    assert "/static/graphiql/graphiql.min.js" in report["served"]
    assert '"Kazakhstan"' in report["result"]
    assert screenshot.stat().st_size > 10_000
