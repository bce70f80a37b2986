"""The ingest mutation's checks: the bearer token, then the article input."""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from typing import Any

from entente.auth import matching_token
from entente.errors import BadUserInput, Forbidden, Unauthenticated
from resolvers.loaders import Context
from seed.ingest import Ingested, ingest

log = logging.getLogger("entente")


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


# An ingest stops waiting for its merge this long before the request's deadline: a write slowed by a
# busy database then answers with its stored article (``derived: false``) rather than TIMEOUT,
# leaving time to resolve the payload.
ANSWER_MARGIN_S = 1.0


async def ingest_article(
    ctx: Context, text: str, title: str | None, url: str | None, published_on: date | None
) -> Ingested:
    check_token(ctx)
    check_article(ctx, text)
    # The write runs to its end even when the request is cancelled (ENTENTE_QUERY_TIMEOUT_MS):
    # stopped between its writes, it would leave the derived collections behind the article.
    # Ingesting is idempotent, so a client told TIMEOUT can send the article again.
    wait_ms = ctx.settings.ingest_wait_ms
    answer_by = None if ctx.deadline is None else ctx.deadline - ANSWER_MARGIN_S
    write = asyncio.create_task(
        ingest(
            ctx.db,
            text,
            title=title,
            url=url,
            published_on=published_on,
            journal=ctx.journal,
            derived_within=wait_ms / 1000 if wait_ms else None,
            answer_by=answer_by,
        )
    )
    try:
        ingested = await asyncio.shield(write)
    except asyncio.CancelledError:
        _orphans.add(write)
        write.add_done_callback(_orphan_done)
        raise
    return ingested


# Writes whose request was cancelled, kept referenced until they finish (the event loop
# holds only weak references to tasks).
_orphans: set[asyncio.Task[Any]] = set()


def _orphan_done(write: asyncio.Task[Any]) -> None:
    _orphans.discard(write)
    if not write.cancelled() and write.exception() is not None:
        # No request awaits it any more: logged here, or it would fail unseen.
        log.error("an ingest failed after its request had timed out", exc_info=write.exception())
