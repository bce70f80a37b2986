"""Rate limits per client for mutations and expensive queries: token buckets in memory, per app.

A client is its bearer token when the token is valid, else its IP address (an IPv6 client
by its /64, which one host usually holds whole). Only mutations and queries whose estimated
cost exceeds ENTENTE_EXPENSIVE_COST are limited; cheap queries never are. The check runs
in QueryLimits (schema/limits.py) once the cost is known and before anything executes; a
refused operation raises RateLimited, which the HTTP view answers with 429 and Retry-After.

Every client's mutations are refused alike while the writer is ENTENTE_INGEST_BACKLOG articles
behind: ingests a busy database merges more slowly than they come would otherwise wait in
memory without end, each answered ``derived: false`` in turn.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from strawberry.types.graphql import OperationType

from entente.auth import matching_token
from entente.errors import RateLimited
from entente.settings import Settings

# Clients tracked per kind; the least recently seen is forgotten first (and starts afresh).
MAX_CLIENTS = 10_000
# When a mutation refused for the writer's backlog may try again: a merge of a few hundred articles
# takes seconds on a busy database.
BACKLOG_RETRY_S = 5

Clock = Callable[[], float]


class TokenBuckets:
    """One bucket per client holding up to ``per_minute`` tokens, refilled at ``per_minute`` a minute."""

    def __init__(self, per_minute: int, *, clock: Clock = time.monotonic, max_clients: int = MAX_CLIENTS):
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, when)

    def take(self, client: str) -> float:
        """Take a token from the client's bucket: 0 when there was one, else the seconds until there is."""
        now = self.clock()
        tokens, when = self._buckets.pop(client, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - when) * self.rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self.rate
        self._buckets[client] = (tokens, now)  # popped and put back: now the most recently seen
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return wait

    def __len__(self) -> int:
        return len(self._buckets)


class RateLimits:
    """The app's limits: a bucket per client for mutations, another for expensive queries, and the writer's
    backlog for every mutation."""

    def __init__(self, settings: Settings, *, clock: Clock = time.monotonic):
        self.settings = settings
        self.mutations = TokenBuckets(settings.rate_mutations, clock=clock) if settings.rate_mutations else None
        self.expensive = TokenBuckets(settings.rate_expensive, clock=clock) if settings.rate_expensive else None

    def admit(self, request: Any, operation: OperationType, cost: int) -> None:
        """Let the operation run, or raise RateLimited when its client is over the limit, or for a
        mutation, when the writer's backlog is full."""
        if operation == OperationType.MUTATION:
            self._check_backlog(request)
            buckets, what = self.mutations, "mutations"
        elif cost > self.settings.expensive_cost:
            buckets, what = self.expensive, "expensive queries"
        else:
            return
        if buckets is None:
            return
        wait = buckets.take(client_id(request, self.settings))
        if wait > 0:
            retry_after = max(1, math.ceil(wait))
            raise RateLimited(
                f"Too many {what}: at most {int(buckets.capacity)} a minute per client; retry in {retry_after} s.",
                retry_after,
            )

    def _check_backlog(self, request: Any) -> None:
        writer = getattr(request.app.state, "writer", None)
        limit = self.settings.ingest_backlog
        if not limit or writer is None:
            return
        waiting = writer.backlog()
        if waiting >= limit:
            raise RateLimited(
                f"{waiting:,} ingested articles are waiting to be merged (ENTENTE_INGEST_BACKLOG is {limit:,}); "
                f"retry in {BACKLOG_RETRY_S} s.",
                BACKLOG_RETRY_S,
            )


def admit(request: Any, operation: OperationType, cost: int) -> None:
    """Apply the rate limits of the app serving ``request`` (a Starlette request), if it has any."""
    limits: RateLimits | None = getattr(request.app.state, "rate_limits", None)
    if limits is not None:
        limits.admit(request, operation, cost)


def client_id(request: Any, settings: Settings) -> str:
    """Who is asking: a digest of the bearer token when it is valid, else the client address."""
    token = matching_token(settings, request.headers.get("authorization"))
    if token is not None:
        # A digest, so that the tokens themselves are not kept as keys.
        return "token:" + hashlib.sha256(token.encode()).hexdigest()[:32]
    return "ip:" + client_address(request, settings.trusted_proxies)


def client_address(request: Any, trusted_proxies: int = 0) -> str:
    """The client's address; an IPv6 address is reduced to its /64.

    With ``trusted_proxies`` = n > 0, the n proxies in front each append the address they got the
    request from to X-Forwarded-For, so the client is the n-th entry from the right: entries
    further left are whatever the client chose to send.
    """
    host = request.client.host if request.client else ""
    if trusted_proxies:
        forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",") if part.strip()]
        if forwarded:
            host = forwarded[-min(trusted_proxies, len(forwarded))]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host or "unknown"
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)
