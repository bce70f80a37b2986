"""Prometheus metrics, one registry per app, served at GET /metrics (ENTENTE_METRICS=0 turns them off).

- ``entente_http_request_duration_seconds{method, route, status}``: every HTTP request but the
  scrapes of /metrics themselves; ``route`` is the matched route's path (``/graphql``), never the
  raw URL, and ``unmatched`` for 404s and for CORS preflights (answered before routing).
- ``entente_graphql_operations_total{operation_type}`` and
  ``entente_graphql_operation_duration_seconds{operation_type}``: operations that reached the
  schema (parse, validation, execution); ``unknown`` when the type cannot be told (a document
  that does not parse, or names no operation among several).
- ``entente_db_operations_total{collection, operation}``: every store call the app issues, at
  startup (seeding, journal replay) as well as per request; fed by ``entente.store.CountingDatabase``.
- ``entente_graphql_errors_total{code}``: each GraphQL error as it leaves the server, by its
  ``extensions.code``: the errors of an executed result, and each refusal (``Refusal.response``).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.extensions import SchemaExtension

from entente.store import CountingDatabase

PATH = "/metrics"
UNMATCHED = "unmatched"
UNKNOWN = "unknown"
# 1 ms to 10 s.
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
# Any other method a client sends is labelled "other", so that it cannot invent label values.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

# The metrics of the app serving the current request, set by MetricsMiddleware, so that code
# with no request at hand (a refusal building its response, a schema extension) can count.
_current: ContextVar[Metrics | None] = ContextVar("entente_metrics", default=None)


class Metrics:
    """The app's metrics in their own registry (one per app: tests create many apps)."""

    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = CollectorRegistry() if registry is None else registry
        self.http_duration = Histogram(
            "entente_http_request_duration_seconds",
            "HTTP request latency, by method, matched route and status.",
            ["method", "route", "status"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.operations = Counter(
            "entente_graphql_operations",
            "GraphQL operations run, by type.",
            ["operation_type"],
            registry=self.registry,
        )
        self.operation_duration = Histogram(
            "entente_graphql_operation_duration_seconds",
            "GraphQL operation duration (parse, validation, execution), by type.",
            ["operation_type"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.db_operations = Counter(
            "entente_db_operations",
            "Database operations issued, by collection and operation.",
            ["collection", "operation"],
            registry=self.registry,
        )
        self.errors = Counter(
            "entente_graphql_errors",
            "GraphQL errors sent to clients, by extensions.code.",
            ["code"],
            registry=self.registry,
        )
        # Labelled children, looked up once: .labels() takes a lock and builds a key each time.
        self._children: dict[tuple[Any, ...], Any] = {}

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), *labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def database(self, db: Any) -> CountingDatabase:
        """``db`` with every operation counted in ``entente_db_operations_total``."""
        return CountingDatabase(db, record=self.db_operation)

    def db_operation(self, collection: str, operation: str) -> None:
        self._child(self.db_operations, collection, operation).inc()

    def error(self, code: str) -> None:
        self._child(self.errors, code).inc()

    def operation(self, operation_type: str, seconds: float) -> None:
        self._child(self.operations, operation_type).inc()
        self._child(self.operation_duration, operation_type).observe(seconds)

    def request(self, method: str, route: str, status: int, seconds: float) -> None:
        method = method if method in METHODS else "other"
        self._child(self.http_duration, method, route, str(status)).observe(seconds)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def count_errors(codes: Iterable[str | None]) -> None:
    """Count GraphQL errors leaving the server, for the app serving this request (if it has metrics)."""
    metrics = _current.get()
    if metrics is not None:
        for code in codes:
            metrics.error(code or UNKNOWN)


class MetricsMiddleware:
    """Times every HTTP request (except the scrapes of /metrics) and makes the app's metrics current."""

    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # unless a response starts: an exception escaped

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        token = _current.set(self.metrics)
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send_with_status)
        finally:
            elapsed = time.perf_counter() - started
            _current.reset(token)
            # The router leaves the matched route in the scope, which is shared down the stack.
            route = getattr(scope.get("route"), "path", None) or UNMATCHED
            if route != PATH:
                self.metrics.request(scope["method"], route, status, elapsed)


async def endpoint(request: Request) -> Response:
    """GET /metrics: the text exposition format. No auth: keep it off the public network."""
    metrics: Metrics = request.app.state.metrics
    return Response(metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST})


class OperationMetrics(SchemaExtension):
    """Counts and times each GraphQL operation by type, when an app with metrics runs it."""

    def on_operation(self) -> Iterator[None]:
        metrics = _current.get()
        if metrics is None:
            yield
            return
        started = time.perf_counter()
        try:
            yield
        finally:
            metrics.operation(self._operation_type(), time.perf_counter() - started)

    def _operation_type(self) -> str:
        if self.execution_context.graphql_document is None:
            return UNKNOWN
        try:
            return self.execution_context.operation_type.value
        except Exception:  # no operation of that name, or several without a name
            return UNKNOWN
