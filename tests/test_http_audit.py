"""The graphql-http audits (GraphQL-over-HTTP spec conformance) against a real server: every MUST and SHOULD passes."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import _unavailable
from tests.live_server import live_server

AUDIT = Path(__file__).parent / "http_audit"


@pytest.fixture(scope="module")
def node() -> str:
    """The node binary, once the audit's packages are installed (checked before a server starts)."""
    node = shutil.which("node")
    if node is None:
        _unavailable("node is not installed: the GraphQL-over-HTTP audits run on Node 18 or later")
    if not (AUDIT / "node_modules" / "graphql-http").is_dir():
        _unavailable("the audit's npm packages are missing: run npm ci --prefix tests/http_audit")
    return node


@pytest.fixture(scope="module")
def server(node: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`entente serve` on the embedded store, in a process of its own; yields its /graphql URL."""
    with live_server(tmp_path_factory.mktemp("audit")) as running:
        yield running.graphql


def _audit(node: str, url: str) -> list[dict[str, str]]:
    done = subprocess.run([node, str(AUDIT / "audit.mjs"), url], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_must_and_should_audit_passes(node: str, server: str) -> None:
    results = _audit(node, server)
    levels = {result["name"].split()[0] for result in results}
    assert levels == {"MUST", "SHOULD", "MAY"}
    assert len(results) >= 60
    failed = [
        f"{r['id']} {r['name']}: {r['status']}: {r['reason']}"
        for r in results
        if r["status"] != "ok" and (r["name"].startswith(("MUST", "SHOULD")) or r["status"] == "error")
    ]
    assert not failed, "\n".join(failed)
