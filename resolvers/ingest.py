"""The ingest mutation: the bearer token and the article checked, then the article handed to the app's writer."""

from __future__ import annotations

import asyncio
from datetime import date

from entente.auth import matching_token
from entente.errors import BadUserInput, Forbidden, Unauthenticated
from resolvers.loaders import Context, Ingested


def check_token(ctx: Context) -> None:
    """Mutations need ``Authorization: Bearer <token>`` with one of the configured tokens
    (ENTENTE_API_TOKEN, ENTENTE_API_TOKENS); none are allowed without a token set."""
    if not ctx.settings.tokens:
        raise Forbidden("Mutations are disabled on this server: set ENTENTE_API_TOKEN to enable them.")
    if matching_token(ctx.settings, ctx.authorization) is None:
        raise Unauthenticated("Send a valid token as 'Authorization: Bearer <token>'.")


def check_article(ctx: Context, text: str) -> None:
    if not text.strip():
        raise BadUserInput("input.text: the article text is empty")
    limit = ctx.settings.max_article_chars
    if len(text) > limit:
        raise BadUserInput(f"input.text: {len(text):,} characters is over the limit of {limit:,}")


# An ingest stops waiting for its derivation this long before the request's deadline: a write slowed by a
# busy database then answers with its stored article (``derived: false``) rather than TIMEOUT.
ANSWER_MARGIN_S = 1.0


async def ingest_article(
    ctx: Context, text: str, title: str | None, url: str | None, published_on: date | None
) -> Ingested:
    check_token(ctx)
    check_article(ctx, text)
    if ctx.writer is None:
        raise Forbidden("This server takes no writes.")
    wait = ctx.settings.ingest_wait_ms / 1000 if ctx.settings.ingest_wait_ms else None
    if ctx.deadline is not None:
        left = max(0.0, ctx.deadline - ANSWER_MARGIN_S - asyncio.get_running_loop().time())
        wait = left if wait is None else min(wait, left)
    return await ctx.writer.ingest(text, title=title, url=url, published_on=published_on, wait=wait)
