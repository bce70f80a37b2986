"""Authentication and abuse: token rotation, request size limits, the execution timeout,
security headers and production mode, over HTTP with the in-process app."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from entente.app import create_app
from entente.auth import matching_token
from entente.mockasync import AsyncMockClient
from entente.settings import Settings

# Valid GraphQL that reaches the resolver, which checks the token before the text: a valid
# token gets BAD_USER_INPUT (empty text), a wrong one UNAUTHENTICATED; nothing is ingested.
INGEST_NOTHING = 'mutation { ingestArticle(input: {text: " "}) { article { id } } }'


@contextlib.asynccontextmanager
async def serve(settings: Settings, db: Any = None) -> AsyncIterator[httpx.AsyncClient]:
    """The app on an empty embedded database (none of these answers needs data)."""
    app = create_app(settings, db=db if db is not None else AsyncMockClient()["security"])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
        yield http


def _code(response: httpx.Response) -> str:
    return response.json()["errors"][0]["extensions"]["code"]


async def _ingest_nothing(http: httpx.AsyncClient, token: str | None) -> str:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    response = await http.post("/graphql", json={"query": INGEST_NOTHING}, headers=headers)
    assert response.status_code == 200
    return _code(response)


# Token rotation


def test_tokens_are_read_from_both_variables_and_blank_entries_ignored() -> None:
    settings = Settings.from_env({"ENTENTE_API_TOKEN": " old ", "ENTENTE_API_TOKENS": "new, ,next,,old,  "})
    assert settings.tokens == ("old", "new", "next")
    assert Settings.from_env({"ENTENTE_API_TOKENS": " , "}).tokens == ()
    assert Settings.from_env({"ENTENTE_API_TOKEN": "  "}).tokens == ()


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Bearer old", "old"),
        ("Bearer new", "new"),
        ("bearer  next ", "next"),
        ("Bearer gone", None),
        ("Bearer ", None),
        ("Basic new", None),
        ("new", None),
        (None, None),
    ],
    ids=["first", "second", "third-spaced", "unknown", "empty", "other-scheme", "no-scheme", "absent"],
)
def test_the_matching_token_is_found_among_all(header: str | None, expected: str | None) -> None:
    settings = Settings(api_token="old", api_tokens=("new", "next"))
    assert matching_token(settings, header) == expected


@pytest.mark.parametrize("token", ["old-token", "new-token", "newer-token"])
async def test_every_configured_token_is_accepted(token: str) -> None:
    settings = Settings(seed_on_start=False, api_token="old-token", api_tokens=("new-token", "newer-token"))
    async with serve(settings) as http:
        assert await _ingest_nothing(http, token) == "BAD_USER_INPUT"


async def test_a_removed_token_is_unauthenticated() -> None:
    before = Settings(seed_on_start=False, api_tokens=("old-token", "new-token"))
    after = Settings(seed_on_start=False, api_tokens=("new-token",))
    async with serve(before) as http:
        assert await _ingest_nothing(http, "old-token") == "BAD_USER_INPUT"
    async with serve(after) as http:
        assert await _ingest_nothing(http, "old-token") == "UNAUTHENTICATED"
        assert await _ingest_nothing(http, "new-token") == "BAD_USER_INPUT"
        assert await _ingest_nothing(http, None) == "UNAUTHENTICATED"


async def test_without_any_token_mutations_are_forbidden() -> None:
    async with serve(Settings(seed_on_start=False, api_tokens=(" ",))) as http:
        assert await _ingest_nothing(http, "anything") == "FORBIDDEN"
