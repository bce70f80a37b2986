"""HTTP refusals: a status, a stable ``extensions.code`` and a message, sent as a GraphQL-shaped body."""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.responses import Response

from entente import metrics
from entente.errors import BadUserInput, Forbidden

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"
PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"


class Refusal(Exception):
    """A request the server answers without executing it.

    ``request_error`` marks a well-formed GraphQL-over-HTTP request that still cannot be
    executed (an unknown persisted document, one outside the allow-list): the spec has those
    answered with 200 under ``application/json`` (the legacy media type) and with a 4xx status
    under ``application/graphql-response+json``. Other refusals (malformed requests, CSRF,
    405, 406, 415) keep their status whatever the media type.
    """

    def __init__(
        self,
        status: int,
        message: str,
        code: str = BadUserInput.code,
        *,
        headers: Mapping[str, str] | None = None,
        request_error: bool = False,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = dict(headers or {})
        self.request_error = request_error

    def body(self) -> dict[str, object]:
        return {"errors": [{"message": self.message, "extensions": {"code": self.code}}]}

    def response(self, media_type: str = JSON) -> Response:
        """The refusal as sent; every refusal is built into a response once, so its error is counted here."""
        metrics.count_errors((self.code,))
        status = 200 if self.request_error and media_type == JSON else self.status
        headers = {"Cache-Control": "no-store", **self.headers}
        content = json.dumps(self.body(), separators=(",", ":"), ensure_ascii=False)
        return Response(content.encode(), status_code=status, media_type=media_type, headers=headers)


def bad_request(message: str, *, request_error: bool = False) -> Refusal:
    return Refusal(400, message, BadUserInput.code, request_error=request_error)


def forbidden(message: str) -> Refusal:
    return Refusal(403, message, Forbidden.code, request_error=True)


def not_found(message: str) -> Refusal:
    return Refusal(400, message, PERSISTED_QUERY_NOT_FOUND, request_error=True)
