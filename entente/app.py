"""The Starlette application: /graphql (API and playground) and /health."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from prometheus_client import CollectorRegistry
from pymongo.errors import ConnectionFailure
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from entente import documents as d
from entente import metrics
from entente.http import cors, explorer, playground
from entente.http.headers import SecurityHeadersMiddleware
from entente.http.ratelimit import RateLimits
from entente.http.requestid import RequestIdMiddleware
from entente.http.view import GraphQLOverHTTP
from entente.metrics import Metrics, MetricsMiddleware
from entente.settings import Settings
from entente.store import Store, connect, ensure_indexes, schema_version, set_schema_version
from entente.write.journal import Journal
from entente.write.merge import Report, rebuild
from entente.write.writer import Writer
from resolvers.cache import Cache
from resolvers.loaders import Context
from schema import schema
from seed.extract import gazetteer
from seed.load import seed

log = logging.getLogger("entente")


class EntenteGraphQL(GraphQLOverHTTP):
    """Strawberry's ASGI app with a fresh context (and fresh DataLoaders) per request."""

    async def get_context(self, request: Any, response: Any) -> Context:  # type: ignore[override]
        state = request.app.state
        return Context.for_request(
            state.store.db,
            state.settings,
            writer=state.writer,
            cache=state.cache,
            authorization=request.headers.get("authorization"),
            request_id=getattr(request.state, "request_id", None),
            request=request,
            response=response,
        )

    async def render_graphql_ide(self, request: Any) -> HTMLResponse:  # type: ignore[override]
        """The offline playground (entente/http/playground.py): GraphiQL from this server, never a CDN."""
        page = playground.page(request.scope.get("root_path", "") + playground.ASSETS_PATH)
        return HTMLResponse(page, headers={"Content-Security-Policy": playground.CONTENT_SECURITY_POLICY})


async def prepare(store: Store, settings: Settings, writer: Writer) -> None:
    """Create indexes; derive everything again if the store holds derived documents of another shape;
    derive what a stopped process left pending; seed the embedded store from seed/data when it is
    empty, then replay its journal, so that what was ingested before a restart is there again."""
    await ensure_indexes(store.db)
    version = await schema_version(store.db)
    if version != d.SCHEMA_VERSION and not await store.is_empty():
        await rebuild(store.db, Report())
        log.warning(
            "the store's derived documents were of version %s; derived them again as %d", version, d.SCHEMA_VERSION
        )
    await set_schema_version(store.db)
    if settings.explorer:
        await explorer.register(store.db)  # the explorer page's persisted queries
    if pending := await writer.finish_pending():
        log.warning("derived %d article(s) a stopped process had written and not derived", pending)
    if store.embedded and settings.seed_on_start and await store.is_empty():
        report = await seed(store.db)
        log.info("embedded store seeded: %s", report.summary())
    if writer.journal is not None:
        replayed = await writer.replay(writer.journal)
        if replayed:
            log.info("replayed %d ingested article(s) from %s", replayed, writer.journal.path)


async def prepare_when_reachable(store: Store, settings: Settings, writer: Writer, retry_seconds: float = 5.0) -> None:
    """Prepare the store once the database answers, retrying until it does.

    Meanwhile the server runs: /health says 503 and queries get SERVICE_UNAVAILABLE,
    rather than the process refusing to start because the database is late.
    """
    while True:
        await asyncio.sleep(retry_seconds)
        try:
            await prepare(store, settings, writer)
        except ConnectionFailure as exc:
            log.warning("database still unreachable: %s", _first_line(exc))
            continue
        log.info("database reachable again; indexes created")
        return


def _first_line(exc: Exception) -> str:
    """The gist of a pymongo connection error, without its timeouts and topology description."""
    return re.split(r" \(configured timeouts|, Timeout: ", str(exc))[0]


async def health(request: Request) -> JSONResponse:
    store: Store = request.app.state.store
    kind = "embedded" if store.embedded else "mongodb"
    try:
        latency = await store.ping()
    except ConnectionFailure as exc:
        return JSONResponse({"status": "unavailable", "store": kind, "error": _first_line(exc)}, status_code=503)
    return JSONResponse({"status": "ok", "store": kind, "pingMs": round(latency, 2)})


def settle_memory() -> None:
    """Build what the server keeps for its life, then exempt what startup built from the garbage
    collector's full passes.

    The extractor's gazetteer is built now rather than by the first ingest, so that a server that
    only reads holds it too and the first ingest is not the slow one. The embedded store keeps
    every document as Python objects for the life of the process, and a full collection walks
    them all: freezing moves what exists now out of the collector's generations (it is still
    freed when dropped), which spares the requests those pauses. The collector otherwise keeps
    CPython's default thresholds: every request leaves cyclic garbage (graphql-core's executor
    refers to itself and holds the request's context and documents), and larger young
    generations let it pile up (bench/soak.py measures the server's memory over time)."""
    gazetteer.build()
    gc.collect()
    gc.freeze()


def _metered(store: Store, app_metrics: Metrics | None) -> Store:
    """The store with its database counting every operation into the app's metrics, if it has any."""
    return store if app_metrics is None else dataclasses.replace(store, db=app_metrics.database(store.db))


def create_app(settings: Settings | None = None, *, db: Any = None) -> Starlette:
    """The app; with ``db`` given, it serves that database as it is (tests hand in a fresh one),
    only wrapped to count its operations when metrics are on."""
    settings = settings or Settings.from_env()
    # Metrics live in a registry of this app's own, never the process-wide default one.
    app_metrics = Metrics(CollectorRegistry()) if settings.metrics else None

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if db is not None:
            settle_memory()
            yield
            await app.state.writer.close()
            return
        store = app.state.store = _metered(connect(settings), app_metrics)
        # The embedded store forgets everything at exit, so what is ingested into it is journaled.
        journal = Journal(settings.data_dir) if settings.embedded else None
        writer = app.state.writer = Writer(store.db, journal)
        retrying = None
        try:
            await prepare(store, settings, writer)
        except ConnectionFailure as exc:
            log.warning("database unreachable at startup; serving anyway and retrying: %s", _first_line(exc))
            retrying = asyncio.create_task(prepare_when_reachable(store, settings, writer))
        settle_memory()
        try:
            yield
        finally:
            if retrying is not None:
                retrying.cancel()
            await writer.close()
            await store.close()

    # Without the playground (production, unless ENTENTE_PLAYGROUND=1) its page and assets are not served.
    ide = "graphiql" if settings.serves_playground else None
    graphql = EntenteGraphQL(schema, graphql_ide=ide, allow_queries_via_get=True)
    routes = [Route("/graphql", graphql), Route("/health", health, methods=["GET"])]
    if ide:
        routes.append(playground.assets_mount())
    if settings.explorer:
        routes.extend(explorer.routes())
    # Security headers outermost, so that every answer has them, CORS refusals included.
    middleware = [
        Middleware(SecurityHeadersMiddleware, settings=settings),
        Middleware(RequestIdMiddleware),
        *cors.middleware(settings),
    ]
    if app_metrics is not None:
        # Unauthenticated, like /health: operators keep it off the public network.
        routes.append(Route(metrics.PATH, metrics.endpoint, methods=["GET"]))
        middleware.insert(0, Middleware(MetricsMiddleware, metrics=app_metrics))
    app = Starlette(
        debug=settings.debug,
        # No methods on /graphql: the view answers every method itself, refusals included.
        routes=routes,
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.metrics = app_metrics
    app.state.rate_limits = RateLimits(settings)  # in memory, per app (per process)
    app.state.cache = Cache(settings.cache_mb * 2**20) if settings.cache_mb else None
    if db is not None:
        app.state.store = _metered(Store(client=None, db=db, embedded=True), app_metrics)
        app.state.writer = Writer(app.state.store.db)
    return app
