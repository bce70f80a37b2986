"""A client of the app on a seeded embedded store, for HTTP tests whose answers do not depend on the store."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import httpx

from entente.app import create_app
from entente.settings import Settings
from entente.store import ensure_indexes
from entente.store.mock import AsyncMockClient
from seed.load import seed


@contextlib.asynccontextmanager
async def embedded_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    db = AsyncMockClient()["entente_http"]
    await ensure_indexes(db)
    await seed(db)
    app = create_app(settings, db=db)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http
