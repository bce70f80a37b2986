"""Fixtures: settings -> a fresh database per test -> the seeded database -> an HTTP client."""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient
from pymongo.errors import ConnectionFailure

from bench.realstore import FerretDB, available
from entente.app import create_app
from entente.settings import Settings
from entente.store import ensure_indexes
from entente.store.mock import AsyncMockClient
from resolvers.loaders import Context
from schema import schema
from seed.load import seed

_names = itertools.count()


@pytest.fixture
def settings() -> Settings:
    return Settings(mongodb_uri=None, seed_on_start=False)


@pytest.fixture
def held_derivation(monkeypatch: pytest.MonkeyPatch) -> asyncio.Event:
    """Holds every derivation of ingested articles until the event is set."""
    from entente.write import writer as writer_module

    release = asyncio.Event()
    real = writer_module.derive_articles

    async def held_up(*args: Any, **kwargs: Any) -> None:
        await release.wait()
        await real(*args, **kwargs)

    monkeypatch.setattr(writer_module, "derive_articles", held_up)
    return release


def _unavailable(reason: str) -> None:
    """Skip locally, with the reason shown; in CI a missing server is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the real-server tests must run)")
    pytest.skip(reason)


@pytest.fixture(params=["mongomock", "mongodb"])
async def new_db(request: pytest.FixtureRequest) -> AsyncIterator[Callable[[], Awaitable[Any]]]:
    """A factory of fresh, empty databases with their indexes, on each store in turn:
    the embedded mongomock store, and the real server at MONGODB_URI (FerretDB v2 in CI)."""
    clients: list[Any] = []
    names: list[tuple[Any, str]] = []
    uri = os.environ.get("MONGODB_URI")
    if request.param == "mongodb":
        if not uri:
            _unavailable("MONGODB_URI is not set: start a server with scripts/realstore.sh start")
        client = AsyncMongoClient(uri, serverSelectionTimeoutMS=3000)
        clients.append(client)
        try:
            await client.admin.command("ping")
        except ConnectionFailure as exc:
            await client.close()
            _unavailable(f"no MongoDB server answers at MONGODB_URI={uri}: {exc}")

    async def make() -> Any:
        name = f"entente_test_{os.getpid()}_{next(_names)}"
        database = clients[0][name] if clients else AsyncMockClient()[name]
        if clients:
            names.append((clients[0], name))
        await ensure_indexes(database)
        return database

    yield make
    for client, name in names:
        await client.drop_database(name)
    for client in clients:
        await client.close()


@pytest.fixture
def ferretdb(tmp_path: Path) -> Iterator[FerretDB]:
    """A FerretDB of the test's own in front of the real server's PostgreSQL (bench/realstore.py), which the
    test may stop (an outage) and start again."""
    reason = available()
    if reason is not None:
        _unavailable(reason)
    server = FerretDB(tmp_path / "ferretdb")
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def db(new_db: Callable[[], Awaitable[Any]]) -> Any:
    """A fresh, empty database with its indexes, on each store in turn."""
    return await new_db()


@pytest.fixture
async def seeded(db: Any) -> Any:
    await seed(db)
    return db


@pytest.fixture
async def client(settings: Settings, seeded: Any) -> Any:
    app = create_app(settings, db=seeded)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http


async def run(db: Any, query: str, variables: dict[str, Any] | None = None) -> Any:
    """Execute a query in-process with a fresh request context; returns the ExecutionResult."""
    return await schema.execute(query, variable_values=variables, context_value=Context.for_request(db))


async def data(db: Any, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """The data of a query that must succeed."""
    result = await run(db, query, variables)
    assert result.errors is None, result.errors
    return result.data


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many tests ran on each store, so a log shows both were exercised (or why not)."""
    for store in ("mongomock", "mongodb"):
        counts = {}
        reasons = set()
        for outcome in ("passed", "failed", "error", "skipped"):
            reports = [r for r in terminalreporter.stats.get(outcome, []) if _store_of(r.nodeid) == store]
            if reports:
                counts[outcome] = len(reports)
            if outcome == "skipped":
                reasons |= {r.longrepr[2] for r in reports if isinstance(r.longrepr, tuple)}
        line = ", ".join(f"{n} {outcome}" for outcome, n in counts.items()) or "no tests"
        terminalreporter.write_line(f"store {store}: {line}" + "".join(f"; {r}" for r in sorted(reasons)))


def _store_of(nodeid: str) -> str | None:
    params = nodeid.partition("[")[2].rstrip("]").split("-")
    return next((p for p in params if p in ("mongomock", "mongodb")), None)
