"""examples/frontend: graphql-codegen still types its query from the committed SDL, and the client runs."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import _unavailable
from tests.live_server import ROOT, server

__all__ = ["server"]  # the fixture

FRONTEND = ROOT / "examples" / "frontend"


@pytest.fixture(scope="module")
def npm() -> str:
    """npm with the example's node_modules, or a skip (a failure in CI) saying what is missing."""
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        _unavailable("node/npm are not installed: the frontend example needs Node 20")
    if not (FRONTEND / "node_modules" / ".bin" / "graphql-codegen").exists():
        _unavailable("examples/frontend/node_modules is missing: npm ci --prefix examples/frontend")
    return npm


def _npm(npm: str, *args: str) -> str:
    run = subprocess.run([npm, "run", "--silent", *args], cwd=FRONTEND, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"npm run {' '.join(args)}:\n{run.stdout}\n{run.stderr}"
    return run.stdout


@pytest.fixture(scope="module")
def built(npm: str) -> str:
    """Types generated from schema/schema.graphql, checked by tsc, and compiled to dist/."""
    (FRONTEND / "src" / "generated" / "graphql.ts").unlink(missing_ok=True)
    _npm(npm, "codegen")
    generated = (FRONTEND / "src" / "generated" / "graphql.ts").read_text()
    assert "KazakhstanRelationsDocument" in generated
    _npm(npm, "typecheck")
    _npm(npm, "build")
    return npm


def test_codegen_and_typecheck_pass_against_the_committed_sdl(built: str) -> None:
    assert (FRONTEND / "dist" / "main.js").exists()


def test_the_typed_client_fetches_kazakhstan(built: str, server: str) -> None:
    node = shutil.which("node")
    assert node is not None
    run = subprocess.run([node, "dist/main.js", server, "KZ"], cwd=FRONTEND, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("Kazakhstan: 12 relation(s)")
    assert "Benin (latest" in run.stdout
