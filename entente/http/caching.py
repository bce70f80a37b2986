"""HTTP caching of GraphQL answers: Cache-Control, a strong ETag, and 304 for conditional GETs."""

from __future__ import annotations

import hashlib

from starlette.requests import Request
from starlette.responses import Response

NO_STORE = "no-store"


def etag(media_type: str, body: bytes) -> str:
    """A strong validator: the hash of the exact bytes sent and their media type (the same data
    sent as application/json and as application/graphql-response+json are two representations)."""
    return '"' + hashlib.sha256(media_type.encode() + b"\n" + body).hexdigest()[:32] + '"'


def _matches(if_none_match: str, tag: str) -> bool:
    """If-None-Match uses the weak comparison: W/ prefixes are ignored."""
    if if_none_match.strip() == "*":
        return True
    candidates = (candidate.strip() for candidate in if_none_match.split(","))
    return any(candidate.removeprefix("W/") == tag for candidate in candidates)


def cacheable(request: Request, status: int, has_errors: bool) -> bool:
    """Only successful, error-free answers to GET (which runs queries only) may be cached."""
    return request.method == "GET" and status == 200 and not has_errors


def apply(request: Request, response: Response, body: bytes, *, cache: bool, max_age: int) -> Response:
    """Set the caching headers on a GraphQL answer; a GET whose ETag the client has gets a 304."""
    response.headers["Vary"] = _vary(response, "Accept")
    if not cache:
        response.headers["Cache-Control"] = NO_STORE
        return response
    # An answer to a request with credentials is for that client only, never for shared caches.
    scope = "private" if request.headers.get("authorization") else "public"
    tag = etag(response.headers.get("content-type", ""), body)
    response.headers["Cache-Control"] = f"{scope}, max-age={max_age}"
    response.headers["ETag"] = tag
    if _matches(request.headers.get("if-none-match", ""), tag):
        headers = {name: response.headers[name] for name in ("Cache-Control", "ETag", "Vary")}
        return Response(status_code=304, headers=headers)
    return response


def _vary(response: Response, name: str) -> str:
    existing = [value.strip() for value in response.headers.get("vary", "").split(",") if value.strip()]
    if name.lower() not in (value.lower() for value in existing):
        existing.append(name)
    return ", ".join(existing)
