"""The playground in real headless Chromium, offline: it loads from the server alone and runs the example."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import _unavailable
from tests.live_server import ROOT, server

__all__ = ["server"]  # the fixture

BROWSER = ROOT / "tests" / "browser"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@pytest.fixture
def node() -> str:
    """Node, Chromium and playwright-core, or a skip (a failure in CI) saying what is missing."""
    node = shutil.which("node")
    if node is None:
        _unavailable("node is not installed: the browser test needs Node 20")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}: apt-get install -y chromium")
    if not (BROWSER / "node_modules" / "playwright-core").is_dir():
        _unavailable("tests/browser/node_modules is missing: npm ci --prefix tests/browser")
    return node


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
