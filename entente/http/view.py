"""GraphQL over HTTP: the /graphql view with negotiation, spec status codes, persisted documents and caching."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import traceback
from pathlib import Path
from typing import Any

import orjson
from pymongo.errors import ConnectionFailure
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.exceptions import MissingQueryError
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from entente import metrics
from entente.errors import QueryTimeout, RateLimited, ServiceUnavailable, assign_code
from entente.http import caching, csrf
from entente.http.negotiation import negotiate
from entente.http.persisted import LRU, Operation, PersistedDocuments, resolve
from entente.http.refusals import GRAPHQL_RESPONSE_JSON, JSON, Refusal, bad_request
from entente.settings import Settings

ALLOWED_OPERATIONS = {"GET": {OperationType.QUERY}, "POST": {OperationType.QUERY, OperationType.MUTATION}}
ROOT = Path(__file__).resolve().parents[2]

log = logging.getLogger("entente")


def _waiting_in(cancelled: BaseException | None, frames: int = 3) -> str:
    """Where a stopped operation was waiting: the innermost few of this project's frames its
    cancellation went through, innermost first (``resolvers/queries.py:120 in article_page < ...``)."""
    ours = [
        frame for frame in traceback.extract_tb(cancelled.__traceback__ if cancelled else None)
        if frame.filename.startswith(str(ROOT)) and "site-packages" not in frame.filename
    ]  # fmt: skip
    where = [f"{Path(f.filename).relative_to(ROOT)}:{f.lineno} in {f.name}" for f in reversed(ours[-frames:])]
    return " < ".join(where) or "no frame of this project"


def is_request_error(result: ExecutionResult) -> bool:
    """True when execution never started: parse, validation and variable-coercion errors.

    Those errors have no path and leave no data; an error raised while executing a field
    always has the path of that field, even when it nulls the whole data.
    """
    return (
        result.data is None
        and bool(result.errors)
        and all(
            error.path is None and not isinstance(error, QueryTimeout | ServiceUnavailable) for error in result.errors
        )
    )


def _json_param(value: str, name: str) -> Any:
    try:
        return json.loads(value)
    except (ValueError, RecursionError):  # RecursionError: arrays or objects nested too deeply to decode
        raise bad_request(f"The {name} parameter is not valid JSON.") from None


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 once it is known to exceed ``limit`` bytes: at once when
    Content-Length says so, else (chunked) as soon as the bytes read pass it, never holding more."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise _too_large(int(declared), limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(size, limit, at_least=True)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int, limit: int, *, at_least: bool = False) -> Refusal:
    more = "more than " if at_least else ""
    return Refusal(413, f"The request body is {more}{size:,} bytes; the maximum is {limit:,} (ENTENTE_MAX_BODY_BYTES).")


def _charset(parameters: list[str]) -> str | None:
    """The charset a Content-Type's parameters declare, lowercased, if any."""
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').lower()
    return None


async def read_params(request: Request, max_body_bytes: int = Settings.max_body_bytes) -> dict[str, Any]:
    """The GraphQL request parameters of a GET (URL query) or POST (JSON body), checked for type."""
    if request.method == "GET":
        params: dict[str, Any] = dict(request.query_params)
        for name in ("variables", "extensions"):
            if name in params:
                params[name] = _json_param(params[name], name) if params[name] else None
    else:
        content_type, *parameters = request.headers.get("content-type", "").split(";")
        content_type = content_type.strip().lower()
        if content_type != JSON:
            raise Refusal(415, f"Unsupported content type {content_type or '(none)'!r}; send {JSON}.")
        charset = _charset(parameters)
        if charset not in (None, "utf-8", "utf8"):
            # JSON is UTF-8 (RFC 8259); a body in another charset would be misread, not refused, if decoded as UTF-8.
            raise Refusal(415, f"Unsupported charset {charset!r}; send {JSON} in UTF-8.")
        body = await read_body(request, max_body_bytes)
        if not body.strip():
            raise bad_request("The request body is empty; send a JSON object with a query or a documentId.")
        try:
            params = json.loads(body)
        except (ValueError, RecursionError):  # RecursionError: arrays or objects nested too deeply to decode
            raise bad_request("Unable to parse the request body as JSON.") from None
        if not isinstance(params, dict):
            raise bad_request("The request body must be a JSON object; batched requests are not supported.")
    for name, kind, label in (
        ("query", str, "a string"),
        ("operationName", str, "a string"),
        ("documentId", str, "a string"),
        ("variables", dict, "an object"),
        ("extensions", dict, "an object"),
    ):
        if params.get(name) is not None and not isinstance(params[name], kind):
            raise bad_request(f"The {name} parameter must be {label} or null.")
    return params


class GraphQLOverHTTP(GraphQL):
    """Strawberry's ASGI view, answering over HTTP as the GraphQL-over-HTTP spec says.

    Its hooks (get_context, get_root_value, render_graphql_ide, should_render_graphql_ide,
    process_result) are still the ones subclasses override.
    """

    def encode_json(self, data: object) -> bytes:
        """Responses are encoded with orjson: about 10x json.dumps on large results, UTF-8 unescaped."""
        return orjson.dumps(data)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            response = await self.answer(request)
        except Refusal as refusal:
            response = refusal.response()
        await response(scope, receive, send)

    async def answer(self, request: Request) -> Response:
        if request.method not in ALLOWED_OPERATIONS:
            raise Refusal(405, f"/graphql answers GET and POST, not {request.method}.", headers={"Allow": "GET, POST"})
        limit = request.app.state.settings.max_query_string_bytes
        if len(request.scope["query_string"]) > limit:
            raise Refusal(414, f"The query string is over {limit:,} bytes (ENTENTE_MAX_QUERY_STRING_BYTES); use POST.")
        if self._wants_ide(request):
            return await self.render_graphql_ide(request)
        media_type = negotiate(request.headers.get("accept"))
        try:
            return await self._execute(request, media_type)
        except Refusal as refusal:
            return refusal.response(media_type)
        except ConnectionFailure:
            return Refusal(503, "The database is unavailable; try again shortly.", ServiceUnavailable.code).response(
                media_type
            )

    def _wants_ide(self, request: Request) -> bool:
        persisted = "documentId" in request.query_params or "extensions" in request.query_params
        return (
            bool(self.graphql_ide)
            and not persisted
            and self.should_render_graphql_ide(self.request_adapter_class(request))
        )

    async def _execute(self, request: Request, media_type: str) -> Response:
        csrf.check(request)
        settings = request.app.state.settings
        params = await read_params(request, settings.max_body_bytes)
        documents = _documents(request)
        operation = await resolve(
            params.get("query"),
            params.get("documentId"),
            params.get("extensions"),
            documents,
            only=settings.persisted_only,
        )
        sub_response = await self.get_sub_response(request)
        context = await self.get_context(request, response=sub_response)
        try:
            result = await self._run(request, operation, params, context)
        finally:
            # graphql-core's executor is in a reference cycle and holds the context: without this, every
            # document the request's loaders read would wait for the cyclic collector instead of going now.
            context.loaders = None
        request_error = is_request_error(result)
        if request_error:
            _code_request_errors(result, context)
        if operation.register and not request_error:
            await documents.put(operation.query or "")

        body = await self.process_result(request=request, result=result)
        if result.errors:
            self._handle_errors(result.errors, body)
            metrics.count_errors((error.extensions or {}).get("code") for error in result.errors)
        if request_error:
            body.pop("data", None)  # execution never started, so there is no data entry at all
        response = self.create_response(response_data=body, sub_response=sub_response)
        response.headers["content-type"] = media_type
        if request_error and media_type == GRAPHQL_RESPONSE_JSON:
            response.status_code = 400
        cache = caching.cacheable(request, response.status_code, bool(result.errors))
        return caching.apply(request, response, bytes(response.body), cache=cache, max_age=settings.cache_max_age)

    async def _run(self, request: Request, operation: Operation, params: dict[str, Any], context: Any) -> Any:
        """Execute, within ENTENTE_QUERY_TIMEOUT_MS; a timeout cancels the execution at its next
        await and answers TIMEOUT (200: execution had started, as for a field error)."""
        timeout_ms = request.app.state.settings.query_timeout_ms
        begun = time.monotonic()
        try:
            async with asyncio.timeout(timeout_ms / 1000 if timeout_ms else None) as deadline:
                if hasattr(context, "deadline"):  # resolvers that may wait (an ingest) answer before it
                    context.deadline = deadline.when()
                result = await self.schema.execute(
                    operation.query,
                    variable_values=params.get("variables"),
                    context_value=context,
                    root_value=await self.get_root_value(request),
                    operation_name=params.get("operationName"),
                    allowed_operation_types=ALLOWED_OPERATIONS[request.method],
                    operation_extensions=params.get("extensions"),
                )
        except TimeoutError as exc:
            if not deadline.expired():
                raise
            if request.app.state.store.was_down_since(begun):
                # It waited on a database that went away (server selection, or ingests queued behind
                # one that did), even if it is back by now: SERVICE_UNAVAILABLE tells the client to
                # retry, not to simplify the query.
                unavailable = ServiceUnavailable("The database is unavailable; try again shortly.")
                return ExecutionResult(data=None, errors=[unavailable])
            message = f"The operation took longer than {timeout_ms:,} ms (ENTENTE_QUERY_TIMEOUT_MS) and was stopped."
            log.warning(
                "request %s: stopped after %s ms (ENTENTE_QUERY_TIMEOUT_MS), waiting in %s",
                getattr(context, "request_id", None), f"{timeout_ms:,}", _waiting_in(exc.__cause__),
            )  # fmt: skip
            return ExecutionResult(data=None, errors=[QueryTimeout(message)])
        except InvalidOperationTypeError as exc:
            if exc.operation_type == OperationType.SUBSCRIPTION:  # by POST as by GET
                raise Refusal(405, "Subscriptions are not served over HTTP.", headers={"Allow": "GET, POST"}) from None
            raise Refusal(405, "Mutations cannot be sent by GET; use POST.", headers={"Allow": "POST"}) from None
        except CannotGetOperationTypeError as exc:
            raise bad_request(exc.as_http_error_reason(), request_error=True) from None
        except MissingQueryError:
            raise bad_request("No GraphQL query found in the request: send a query or a documentId.") from None
        limited = next((error for error in result.errors or () if isinstance(error, RateLimited)), None)
        if limited is not None:
            headers = {"Retry-After": str(limited.retry_after)}
            raise Refusal(429, limited.message, RateLimited.code, headers=headers)
        return result


def _code_request_errors(result: ExecutionResult, context: Any) -> None:
    """Errors raised in an extension's hook (a parse error, or a bug in a hook) reach here without
    the code ErrorCodes gives (Strawberry skips its post-processing for them): give it the same way,
    so a parse error is BAD_USER_INPUT and an unexpected exception is masked and logged."""
    settings = getattr(context, "settings", None)
    for error in result.errors or []:
        assign_code(error, bool(settings and settings.debug), getattr(context, "request_id", None))


def _documents(request: Request) -> PersistedDocuments:
    """The persisted documents of the app's database, with one LRU cache per app."""
    state = request.app.state
    cache = getattr(state, "persisted_cache", None)
    if cache is None:
        cache = state.persisted_cache = LRU()
    return PersistedDocuments(state.store.db, cache)
