"""CORS for browser frontends: an explicit allow-list of origins (ENTENTE_CORS_ORIGINS)."""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response

from entente.errors import Forbidden
from entente.http.csrf import PREFLIGHT_HEADERS
from entente.http.refusals import Refusal
from entente.settings import Settings

ALLOW_METHODS = ("GET", "POST", "OPTIONS")
ALLOW_HEADERS = ("Content-Type", "Authorization", *PREFLIGHT_HEADERS)
# Retry-After: a frontend told RATE_LIMITED (429) can read when to retry.
EXPOSE_HEADERS = ("ETag", "Retry-After")


class EntenteCORS(CORSMiddleware):
    """Starlette's CORS middleware, whose refused preflights are GraphQL-shaped like every refusal."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code == 200:
            return response
        origin = request_headers.get("origin", "")
        refusal = Refusal(
            403 if not self.is_allowed_origin(origin) else 400,
            f"CORS preflight refused: {response.body.decode()} (origin {origin!r}).",
            Forbidden.code,
        )
        refused = refusal.response()
        for name in ("vary", "access-control-allow-methods", "access-control-max-age"):
            if name in response.headers:
                refused.headers[name] = response.headers[name]
        return refused


def middleware(settings: Settings) -> list[Middleware]:
    """The CORS middleware for the configured origins; none (no CORS headers at all) when empty.

    Credentials (cookies) are not allowed: the API authenticates with a bearer token, which a
    frontend sends in the Authorization header, allowed here.
    """
    if not settings.cors_origins:
        return []
    return [
        Middleware(
            EntenteCORS,
            allow_origins=list(settings.cors_origins),
            allow_methods=list(ALLOW_METHODS),
            allow_headers=list(ALLOW_HEADERS),
            expose_headers=list(EXPOSE_HEADERS),
            allow_credentials=False,
            max_age=600,
        )
    ]
