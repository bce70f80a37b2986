"""Domain errors with a stable ``extensions.code``, raised to clients as GraphQL errors."""

from __future__ import annotations

import logging

from graphql import GraphQLError
from pymongo.errors import ConnectionFailure
from strawberry.extensions import MaskErrors

log = logging.getLogger("entente")


class EntenteError(GraphQLError):
    code = "INTERNAL_SERVER_ERROR"

    def __init__(self, message: str):
        super().__init__(message, extensions={"code": self.code})


class BadUserInput(EntenteError):
    """The request is well-formed GraphQL but asks for something invalid."""

    code = "BAD_USER_INPUT"


class ServiceUnavailable(EntenteError):
    """The database cannot be reached."""

    code = "SERVICE_UNAVAILABLE"


class ErrorCodes(MaskErrors):
    """Gives every error raised while resolving a stable code, and hides the unexpected ones.

    Domain errors keep their message and code. A database that cannot be reached becomes
    SERVICE_UNAVAILABLE. Anything else is a bug: it is logged with its traceback and, outside
    debug, reaches the client only as INTERNAL_SERVER_ERROR. Parse and validation errors
    carry no original error and pass through unchanged, so clients still see what they got wrong.
    """

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        debug = getattr(self.execution_context.context, "debug", False)
        return [self._process(error, debug) for error in errors]

    def _process(self, error: GraphQLError, debug: bool) -> GraphQLError:
        original = error.original_error
        if original is None or isinstance(original, GraphQLError):
            return error
        if isinstance(original, ConnectionFailure):
            return _coded(error, "The database is unavailable; try again shortly.", ServiceUnavailable.code)
        log.error("unexpected error at %s", ".".join(map(str, error.path or [])), exc_info=original)
        return _coded(error, error.message if debug else "Internal server error.", EntenteError.code)


def _coded(error: GraphQLError, message: str, code: str) -> GraphQLError:
    return GraphQLError(message, error.nodes, error.source, error.positions, error.path, extensions={"code": code})
