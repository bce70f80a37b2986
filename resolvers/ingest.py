"""The ingest mutation's checks: the bearer token, then the article input."""

from __future__ import annotations

import hmac
from datetime import date
from typing import Any

from entente.errors import BadUserInput, Forbidden, Unauthenticated
from resolvers.loaders import Context
from seed.ingest import ingest


def check_token(ctx: Context) -> None:
    """Mutations need ``Authorization: Bearer <ENTENTE_API_TOKEN>``; none are allowed without a token set."""
    expected = ctx.settings.api_token
    if not expected:
        raise Forbidden("Mutations are disabled on this server: set ENTENTE_API_TOKEN to enable them.")
    scheme, _, token = (ctx.authorization or "").strip().partition(" ")
    # compare_digest takes as long for a wrong token as for a right one of the same length.
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise Unauthenticated("Send a valid token as 'Authorization: Bearer <token>'.")


def check_article(ctx: Context, text: str) -> None:
    if not text.strip():
        raise BadUserInput("input.text: the article text is empty")
    limit = ctx.settings.max_article_chars
    if len(text) > limit:
        raise BadUserInput(f"input.text: {len(text):,} characters is over the limit of {limit:,}")


async def ingest_article(
    ctx: Context, text: str, title: str | None, url: str | None, published_on: date | None
) -> dict[str, Any]:
    check_token(ctx)
    check_article(ctx, text)
    document, _ = await ingest(ctx.db, text, title=title, url=url, published_on=published_on, journal=ctx.journal)
    return document
