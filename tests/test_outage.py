"""A real server that goes away and comes back: clean errors meanwhile, service resumes after."""

from __future__ import annotations

import asyncio
import time

import httpx

from bench.realstore import FerretDB
from entente.app import create_app
from entente.settings import Settings
from seed.load import seed

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
            # The client finds the server again at its next heartbeat, which may come after the first
            # request's 0.5 s of server selection: service resumes within seconds, by itself.
            deadline = time.monotonic() + 10
            while "errors" in (after := (await http.post("/graphql", json={"query": QUERY})).json()):
                assert time.monotonic() < deadline, after
                await asyncio.sleep(0.2)
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
