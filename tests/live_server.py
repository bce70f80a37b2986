"""A live server for the tests that need a real process: `entente serve` on the embedded store; and what the
browser tests drive it with (Node, playwright-core, Debian's Chromium)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import _unavailable

ROOT = Path(__file__).resolve().parents[1]
BROWSER = ROOT / "tests" / "browser"  # the Node scripts that drive Chromium, and their playwright-core
ARTIFACTS = ROOT / "tests" / "artifacts"  # screenshots
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Settings a developer's shell may carry that would change what these servers do.
_CLEARED = (
    "MONGODB_URI", "ENTENTE_PERSISTED_ONLY", "ENTENTE_CORS_ORIGINS", "ENTENTE_API_TOKEN", "ENTENTE_API_TOKENS",
    "ENTENTE_ENV", "ENTENTE_PLAYGROUND", "ENTENTE_INTROSPECTION",
)  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    process: subprocess.Popen[bytes]
    port: int

    @property
    def graphql(self) -> str:
        return f"http://127.0.0.1:{self.port}/graphql"


@contextmanager
def live_server(
    data_dir: Path, *, port: int | None = None, env: Mapping[str, str] = {}, args: Sequence[str] = ()
) -> Iterator[LiveServer]:
    """`entente serve` in a process of its own, up once /health answers; stopped on exit."""
    port = port or free_port()
    environment = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    environment.update({"ENTENTE_DATA_DIR": str(data_dir), **env})
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / f"server-{port}.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "entente.cli", "serve", "--port", str(port), *args],
            cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    pytest.fail(f"the server exited: {log_path.read_text()}")
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail("the server did not answer /health within 60 s")
                time.sleep(0.1)
            yield LiveServer(process, port)
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """`entente serve` on the embedded store; yields the /graphql URL."""
    with live_server(tmp_path / "data") as running:
        yield running.graphql


def node_for_chromium() -> str:
    """Node, with Chromium and playwright-core beside it, or a skip (a failure in CI) saying what is missing."""
    node = shutil.which("node")
    if node is None:
        _unavailable("node is not installed: the browser test needs Node 20")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}: apt-get install -y chromium")
    if not (BROWSER / "node_modules" / "playwright-core").is_dir():
        _unavailable("tests/browser/node_modules is missing: npm ci --prefix tests/browser")
    return node  # type: ignore[return-value]
