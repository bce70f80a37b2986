"""A real server that goes away and comes back: clean errors meanwhile, service resumes after."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from entente.app import create_app
from entente.settings import Settings
from seed.load import seed
from tests.conftest import _unavailable

BINARY = Path(os.environ.get("FERRETDB_BIN", Path(__file__).parents[1] / ".ferretdb" / "bin" / "ferretdb"))


class FerretDB:
    """A FerretDB process of the test's own, on a fixed port and data directory, to stop and start."""

    def __init__(self, data: Path):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.data = data
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}/"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(BINARY), "--handler=sqlite", f"--sqlite-url=file:{self.data}/", f"--state-dir={self.data}",
             f"--listen-addr=127.0.0.1:{self.port}", "--debug-addr=-", "--telemetry=disable", "--log-level=error"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("FerretDB did not start within 10 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def ferretdb(tmp_path: Path) -> Iterator[FerretDB]:
    if not os.access(BINARY, os.X_OK):
        _unavailable(f"no FerretDB binary at {BINARY}: run scripts/ferretdb.sh install")
    server = FerretDB(tmp_path)
    server.start()
    yield server
    server.stop()


QUERY = '{ country(code: "KZ") { name relations { totalCount } } }'


async def test_queries_fail_cleanly_while_the_server_is_down_and_work_again_after(ferretdb: FerretDB) -> None:
    settings = Settings(mongodb_uri=ferretdb.uri, database="outage", timeout_ms=500)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            await seed(app.state.store.db)
            before = (await http.post("/graphql", json={"query": QUERY})).json()
            assert before == {"data": {"country": {"name": "Kazakhstan", "relations": {"totalCount": 12}}}}

            ferretdb.stop()
            started = time.monotonic()
            during = (await http.post("/graphql", json={"query": QUERY})).json()
            elapsed = time.monotonic() - started
            health = await http.get("/health")
            assert during["data"] == {"country": None}
            assert [(e["message"], e["extensions"]) for e in during["errors"]] == [
                ("The database is unavailable; try again shortly.", {"code": "SERVICE_UNAVAILABLE"})
            ]
            assert elapsed < 5  # bounded by the 0.5 s server-selection timeout, never a hang
            assert health.status_code == 503

            ferretdb.start()
            after = (await http.post("/graphql", json={"query": QUERY})).json()
            assert after == before
            assert (await http.get("/health")).status_code == 200


async def test_a_request_timed_out_waiting_for_the_absent_server_is_service_unavailable(ferretdb: FerretDB) -> None:
    # Server selection waits 3 s, the request only 1 s: it times out, and the cause is the database.
    settings = Settings(mongodb_uri=ferretdb.uri, database="outage", timeout_ms=3000, query_timeout_ms=1000)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            await seed(app.state.store.db)
            ferretdb.stop()
            accept = {"Accept": "application/graphql-response+json"}  # execution began: 200, never a 4xx
            during = await http.post("/graphql", json={"query": QUERY}, headers=accept)
            assert during.status_code == 200
            assert during.json() == {
                "data": None,
                "errors": [
                    {"message": "The database is unavailable; try again shortly.",
                     "extensions": {"code": "SERVICE_UNAVAILABLE"}}
                ],
            }  # fmt: skip
