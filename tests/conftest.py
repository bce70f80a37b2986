"""Fixtures: settings -> a fresh database per test -> the seeded database -> an HTTP client."""

from __future__ import annotations

import itertools
from typing import Any

import httpx
import pytest

from entente.app import create_app
from entente.mockasync import AsyncMockClient
from entente.settings import Settings
from entente.store import ensure_indexes
from resolvers.loaders import Context
from schema import schema
from seed.load import seed

_names = itertools.count()


@pytest.fixture
def settings() -> Settings:
    return Settings(mongodb_uri=None, seed_on_start=False)


@pytest.fixture
async def db() -> Any:
    """A fresh, empty embedded database with its indexes."""
    database = AsyncMockClient()[f"entente_test_{next(_names)}"]
    await ensure_indexes(database)
    return database


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
