"""Domain errors with a stable ``extensions.code``, raised to clients as GraphQL errors."""

from __future__ import annotations

from graphql import GraphQLError


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
