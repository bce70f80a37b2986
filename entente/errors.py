"""Domain errors with a stable ``extensions.code``, raised to clients as GraphQL errors."""

from __future__ import annotations

import logging
from typing import Any

from graphql import GraphQLError
from pymongo.errors import ConnectionFailure
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.extensions import MaskErrors

log = logging.getLogger("entente")


class EntenteError(GraphQLError):
    code = "INTERNAL_SERVER_ERROR"

    def __init__(self, message: str):
        super().__init__(message, extensions={"code": self.code})


class BadUserInput(EntenteError):
    """The request is well-formed GraphQL but asks for something invalid."""

    code = "BAD_USER_INPUT"


class Unauthenticated(EntenteError):
    """The request needs a credential it lacks, or carries a wrong one."""

    code = "UNAUTHENTICATED"


class Forbidden(EntenteError):
    """The server refuses the operation whatever the credential."""

    code = "FORBIDDEN"


class ServiceUnavailable(EntenteError):
    """The database cannot be reached."""

    code = "SERVICE_UNAVAILABLE"


class QueryTooComplex(EntenteError):
    """The operation exceeds a limit (depth, aliases, tokens or estimated cost); refused before execution."""

    code = "QUERY_TOO_COMPLEX"

    def __init__(self, message: str, nodes: Any = None):
        GraphQLError.__init__(self, message, nodes, extensions={"code": self.code})


class RateLimited(EntenteError):
    """The client sent more mutations or expensive queries than its rate allows (entente/http/ratelimit.py);
    refused before execution, answered over HTTP with 429 and Retry-After."""

    code = "RATE_LIMITED"

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


class QueryTimeout(EntenteError):
    """The operation ran past ENTENTE_QUERY_TIMEOUT_MS and was cancelled."""

    code = "TIMEOUT"


class ErrorCodes(MaskErrors):
    """Gives every error raised while resolving a stable code, and hides the unexpected ones.

    Domain errors keep their message and code. A database that cannot be reached becomes
    SERVICE_UNAVAILABLE. Anything else is a bug: it is logged with its traceback and, outside
    debug, reaches the client only as INTERNAL_SERVER_ERROR. Parse, validation and variable
    errors keep their messages, so clients still see what they got wrong, as BAD_USER_INPUT.
    """

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        context = self.execution_context.context
        settings = getattr(context, "settings", None)
        debug = bool(settings and settings.debug)
        request_id = getattr(context, "request_id", None)
        for error in errors:
            assign_code(error, debug, request_id)
        return errors


def _bad_literal(error: GraphQLError) -> bool:
    """A literal the validation could not coerce, with the exception that stopped it as original error:
    'first: 999...' (5,000 digits) makes int() raise ValueError inside graphql-core's Int parsing."""
    return error.path is None and error.message.startswith("Expected value of type ")


def assign_code(error: GraphQLError, debug: bool, request_id: str | None = None) -> None:
    """Give an error without a code its code, masking and logging the unexpected (see ErrorCodes).

    The errors are changed in place: Strawberry may already hold them in the result it
    returns, and a replaced list would not reach the client."""
    if "code" in (error.extensions or {}):
        return
    original = error.original_error
    if original is None or isinstance(original, GraphQLError | StrawberryInputCoercionError) or _bad_literal(error):
        # Parse, validation and variable errors: the client's to fix, with the message kept.
        error.extensions = {"code": BadUserInput.code}
    elif isinstance(original, ConnectionFailure):
        error.message = "The database is unavailable; try again shortly."
        error.extensions = {"code": ServiceUnavailable.code}
    else:
        where = ".".join(map(str, error.path or []))
        log.error("unexpected error at %s (request %s)", where, request_id or "-", exc_info=original)
        if not debug:
            error.message = "Internal server error."
        # The id lets an operator find the logged traceback behind a masked message.
        error.extensions = {"code": EntenteError.code, **({"requestId": request_id} if request_id else {})}
