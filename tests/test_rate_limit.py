"""Rate limits per client for mutations and expensive queries: token buckets on a fake clock, over HTTP."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from entente.app import create_app
from entente.http.ratelimit import BACKLOG_RETRY_S, RateLimits, TokenBuckets, client_address
from entente.settings import Settings
from entente.store.mock import AsyncMockClient
from resolvers import ingest

# Valid and executed, but refused by the resolver, for a wrong token (UNAUTHENTICATED) or, with
# a valid one, for its blank text (BAD_USER_INPUT): it stores nothing.
MUTATION = 'mutation { ingestArticle(input: {text: " "}) { article { id } } }'
CHEAP = '{ country(code: "KZ") { name } }'  # cost 1
EXPENSIVE = "{ countries(first: 20) { edges { node { name } } } }"  # cost 21
TOKEN = "s3cret"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _settings(**changes: Any) -> Settings:
    base = {"seed_on_start": False, "rate_mutations": 2, "rate_expensive": 2, "expensive_cost": 20, "api_token": TOKEN}
    return Settings(**{**base, **changes})


@dataclass
class Server:
    app: Any
    clock: Clock = field(default_factory=Clock)

    @contextlib.asynccontextmanager
    async def client(self, host: str = "127.0.0.1") -> AsyncIterator[httpx.AsyncClient]:
        transport = httpx.ASGITransport(app=self.app, client=(host, 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield http


def server(settings: Settings) -> Server:
    """The app on an empty embedded database, its rate limits on a fake clock."""
    app = create_app(settings, db=AsyncMockClient()["ratelimit"])
    served = Server(app)
    app.state.rate_limits = RateLimits(settings, clock=served.clock)
    return served


async def _post(http: httpx.AsyncClient, query: str, headers: dict[str, str] | None = None) -> httpx.Response:
    return await http.post("/graphql", json={"query": query}, headers=headers or {})


def _code(response: httpx.Response) -> str:
    return response.json()["errors"][0]["extensions"]["code"]


# The buckets


def test_a_bucket_allows_a_burst_then_one_token_per_interval() -> None:
    clock = Clock()
    buckets = TokenBuckets(6, clock=clock)  # 6 a minute: one every 10 s
    assert [buckets.take("a") for _ in range(6)] == [0.0] * 6
    assert buckets.take("a") == pytest.approx(10.0)
    clock.now += 4
    assert buckets.take("a") == pytest.approx(6.0)
    clock.now += 6
    assert buckets.take("a") == 0.0
    assert buckets.take("b") == 0.0  # another client has its own bucket


def test_a_bucket_never_holds_more_than_its_capacity() -> None:
    clock = Clock()
    buckets = TokenBuckets(2, clock=clock)
    buckets.take("a")
    clock.now += 3600
    assert [buckets.take("a") for _ in range(3)][:2] == [0.0, 0.0]
    assert buckets.take("a") > 0


def test_the_least_recently_seen_client_is_forgotten_first() -> None:
    clock = Clock()
    buckets = TokenBuckets(1, clock=clock, max_clients=2)
    assert buckets.take("a") == buckets.take("b") == 0.0
    assert buckets.take("a") > 0  # a is now the most recently seen
    assert buckets.take("c") == 0.0  # b goes
    assert len(buckets) == 2
    assert buckets.take("a") > 0  # a was kept, still empty
    assert buckets.take("b") == 0.0  # b was forgotten: a full bucket again


@dataclass
class _Request:
    host: str
    forwarded: str | None = None

    @property
    def client(self) -> Any:
        return type("Address", (), {"host": self.host})()

    @property
    def headers(self) -> dict[str, str]:
        return {"x-forwarded-for": self.forwarded} if self.forwarded is not None else {}


@pytest.mark.parametrize(
    ("host", "forwarded", "proxies", "expected"),
    [
        ("10.0.0.1", None, 0, "10.0.0.1"),
        ("10.0.0.1", "6.6.6.6", 0, "10.0.0.1"),  # not trusted: ignored
        ("10.0.0.1", "6.6.6.6, 203.0.113.7", 1, "203.0.113.7"),  # the entry the proxy appended
        ("10.0.0.1", "203.0.113.7, 198.51.100.2", 2, "203.0.113.7"),
        ("10.0.0.1", "203.0.113.7", 2, "203.0.113.7"),  # fewer entries than proxies
        ("10.0.0.1", "", 1, "10.0.0.1"),
        ("2001:db8:1:2:3:4:5:6", None, 0, "2001:db8:1:2::/64"),
        ("::ffff:192.0.2.1", None, 0, "192.0.2.1"),
    ],
    ids=["peer", "untrusted", "one-proxy", "two-proxies", "short-header", "empty-header", "ipv6-64", "ipv4-mapped"],
)
def test_the_client_address(host: str, forwarded: str | None, proxies: int, expected: str) -> None:
    assert client_address(_Request(host, forwarded), proxies) == expected


def test_the_limits_come_from_the_environment() -> None:
    env = {
        "ENTENTE_RATE_MUTATIONS": "10",
        "ENTENTE_RATE_EXPENSIVE": "0",
        "ENTENTE_EXPENSIVE_COST": "500",
        "ENTENTE_TRUSTED_PROXIES": "1",
    }
    settings = Settings.from_env(env)
    assert (settings.rate_mutations, settings.rate_expensive, settings.expensive_cost) == (10, 0, 500)
    assert settings.trusted_proxies == 1
    defaults = Settings.from_env({})
    assert (defaults.rate_mutations, defaults.rate_expensive, defaults.expensive_cost) == (60, 30, 10_000)
    assert defaults.trusted_proxies == 0


# Over HTTP


async def test_mutations_over_the_limit_are_429_with_retry_after() -> None:
    served = server(_settings())
    async with served.client() as http:
        assert [_code(await _post(http, MUTATION)) for _ in range(2)] == ["UNAUTHENTICATED"] * 2
        refused = await _post(http, MUTATION)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "30"  # 2 a minute: a token every 30 s
        assert refused.headers["cache-control"] == "no-store"
        assert refused.json() == {
            "errors": [
                {
                    "message": "Too many mutations: at most 2 a minute per client; retry in 30 s.",
                    "extensions": {"code": "RATE_LIMITED"},
                }
            ]
        }
        served.clock.now += 29
        assert (await _post(http, MUTATION)).headers["retry-after"] == "1"
        served.clock.now += 1
        assert _code(await _post(http, MUTATION)) == "UNAUTHENTICATED"


async def test_mutations_wait_out_a_full_writer_backlog_whoever_sends_them() -> None:
    """Articles written and not merged yet (a busy database) fill the writer's backlog: every client's
    mutations are refused until it drains, before any per-client token is taken; queries still run."""
    served = server(_settings(rate_mutations=0, ingest_backlog=2))
    writing = served.app.state.writer
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    async with served.client() as http:
        writing._pending["art_1"] = ({"_id": "art_1"}, [])
        assert _code(await _post(http, MUTATION, bearer)) == "BAD_USER_INPUT"  # one waiting: room for more
        writing._pending["art_2"] = ({"_id": "art_2"}, [])
        for headers in (bearer, {}):
            refused = await _post(http, MUTATION, headers)
            assert refused.status_code == 429
            assert refused.headers["retry-after"] == str(BACKLOG_RETRY_S)
            assert refused.json()["errors"] == [{
                "message": "2 ingested articles are waiting to be merged (ENTENTE_INGEST_BACKLOG is 2); retry in 5 s.",
                "extensions": {"code": "RATE_LIMITED"},
            }]  # fmt: skip
        assert (await _post(http, CHEAP)).json() == {"data": {"country": None}}  # an empty store, answered
        writing._pending.clear()
        assert _code(await _post(http, MUTATION, bearer)) == "BAD_USER_INPUT"
    unbounded = server(_settings(rate_mutations=0, ingest_backlog=0))
    unbounded.app.state.writer._pending.update((f"art_{n}", ({"_id": f"art_{n}"}, [])) for n in range(5000))
    async with unbounded.client() as http:
        assert _code(await _post(http, MUTATION, {"Authorization": f"Bearer {TOKEN}"})) == "BAD_USER_INPUT"


async def test_a_limited_request_does_no_work(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    checked = ingest.check_token
    monkeypatch.setattr(ingest, "check_token", lambda ctx: calls.append(1) or checked(ctx))
    served = server(_settings(rate_mutations=1))
    async with served.client() as http:
        await _post(http, MUTATION)
        assert (await _post(http, MUTATION)).status_code == 429
    assert len(calls) == 1


async def test_the_status_is_429_whatever_the_media_type() -> None:
    served = server(_settings(rate_mutations=1))
    async with served.client() as http:
        await _post(http, MUTATION)
        headers = {"Accept": "application/graphql-response+json"}
        refused = await _post(http, MUTATION, headers)
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/graphql-response+json"
        assert _code(refused) == "RATE_LIMITED"


async def test_expensive_queries_are_limited_and_cheap_ones_never() -> None:
    served = server(_settings())
    async with served.client() as http:
        for _ in range(2):
            assert (await _post(http, EXPENSIVE)).json() == {"data": {"countries": {"edges": []}}}
        refused = await _post(http, EXPENSIVE)
        assert (refused.status_code, _code(refused)) == (429, "RATE_LIMITED")
        assert "Too many expensive queries" in refused.json()["errors"][0]["message"]
        refused_by_get = await http.get("/graphql", params={"query": EXPENSIVE})
        assert refused_by_get.status_code == 429
        for _ in range(20):
            assert (await _post(http, CHEAP)).json() == {"data": {"country": None}}


async def test_clients_are_told_apart_by_address() -> None:
    served = server(_settings(rate_mutations=1))
    async with served.client("192.0.2.1") as first, served.client("192.0.2.2") as second:
        assert (await _post(first, MUTATION)).status_code == 200
        assert (await _post(first, MUTATION)).status_code == 429
        assert (await _post(second, MUTATION)).status_code == 200


async def test_x_forwarded_for_counts_only_behind_trusted_proxies() -> None:
    spoofing = [{"X-Forwarded-For": f"198.51.100.{n}"} for n in range(3)]
    untrusted = server(_settings(rate_mutations=1))
    async with untrusted.client() as http:
        statuses = [(await _post(http, MUTATION, headers)).status_code for headers in spoofing]
    assert statuses == [200, 429, 429]  # one client, whatever the header says
    proxied = server(_settings(rate_mutations=1, trusted_proxies=1))
    async with proxied.client() as http:
        statuses = [(await _post(http, MUTATION, headers)).status_code for headers in spoofing]
    assert statuses == [200, 200, 200]  # three clients, as the proxy says


async def test_a_valid_token_is_the_client_wherever_it_comes_from() -> None:
    settings = _settings(rate_mutations=1, api_token=None, api_tokens=("alpha", "beta"))
    served = server(settings)
    async with served.client("192.0.2.1") as first, served.client("192.0.2.2") as second:
        alpha = {"Authorization": "Bearer alpha"}
        assert _code(await _post(first, MUTATION, alpha)) == "BAD_USER_INPUT"  # accepted; the text is blank
        assert (await _post(second, MUTATION, alpha)).status_code == 429  # the same token, another address
        assert _code(await _post(second, MUTATION, {"Authorization": "Bearer beta"})) == "BAD_USER_INPUT"
        # A wrong token is no identity: the address is, and 192.0.2.1 has not sent anything without one yet.
        assert _code(await _post(first, MUTATION, {"Authorization": "Bearer wrong"})) == "UNAUTHENTICATED"


async def test_a_limit_of_zero_is_no_limit() -> None:
    served = server(_settings(rate_mutations=0, rate_expensive=0))
    async with served.client() as http:
        for _ in range(5):
            assert _code(await _post(http, MUTATION)) == "UNAUTHENTICATED"
            assert (await _post(http, EXPENSIVE)).status_code == 200


async def test_a_frontend_on_an_allowed_origin_can_read_retry_after() -> None:
    origin = "https://app.example.org"
    served = server(_settings(rate_mutations=1, cors_origins=(origin,)))
    async with served.client() as http:
        await _post(http, MUTATION, {"Origin": origin})
        refused = await _post(http, MUTATION, {"Origin": origin})
    assert refused.status_code == 429
    assert refused.headers["access-control-allow-origin"] == origin
    assert "retry-after" in refused.headers["access-control-expose-headers"].lower()
