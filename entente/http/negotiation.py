"""Content negotiation for GraphQL responses: application/graphql-response+json or application/json."""

from __future__ import annotations

from entente.http.refusals import GRAPHQL_RESPONSE_JSON, JSON, Refusal

MEDIA_TYPES = (GRAPHQL_RESPONSE_JSON, JSON)


def _ranges(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their quality (parameters other than q ignored)."""
    ranges = []
    for item in accept.split(","):
        media_range, *params = (part.strip() for part in item.split(";"))
        if not media_range:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        ranges.append((media_range.lower(), quality))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> tuple[float, int]:
    """The quality the client gives a media type, from its most specific matching range."""
    kind = media_type.split("/")[0]
    best: tuple[int, float] | None = None
    for media_range, quality in ranges:
        if media_range == media_type:
            specificity = 2
        elif media_range == f"{kind}/*":
            specificity = 1
        elif media_range == "*/*":
            specificity = 0
        else:
            continue
        if best is None or specificity > best[0]:
            best = (specificity, quality)
    return (0.0, -1) if best is None else (best[1], best[0])


def negotiate(accept: str | None) -> str:
    """The media type to answer with, or a 406 refusal.

    Without an Accept header (or with only wildcards) the answer is application/json, as the
    GraphQL-over-HTTP spec advises for the sake of legacy clients. A client that names both
    types with the same quality gets application/graphql-response+json.
    """
    ranges = _ranges(accept or "")
    if not ranges:
        return JSON
    scores = {media_type: _quality(media_type, ranges) for media_type in MEDIA_TYPES}
    acceptable = [(quality, specificity, media_type) for media_type, (quality, specificity) in scores.items()]
    acceptable = [entry for entry in acceptable if entry[0] > 0]
    if not acceptable:
        raise Refusal(
            406,
            f"Cannot answer with any of the accepted media types ({accept}); "
            f"this endpoint answers with {GRAPHQL_RESPONSE_JSON} or {JSON}.",
        )
    quality, specificity, _ = max(acceptable, key=lambda entry: entry[:2])
    best = [media_type for q, s, media_type in acceptable if (q, s) == (quality, specificity)]
    if len(best) == 1:
        return best[0]
    # A tie: named explicitly, the modern type wins; reached through wildcards, the legacy one.
    return GRAPHQL_RESPONSE_JSON if specificity == 2 else JSON
