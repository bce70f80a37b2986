"""Errors reach clients with a stable code; unexpected ones are masked and logged."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from pymongo.errors import ServerSelectionTimeoutError

from entente.settings import Settings
from resolvers.loaders import Context
from schema import schema


class _FailingCollection:
    def __init__(self, error: Exception):
        self.error = error

    def find(self, *args: Any, **kwargs: Any) -> Any:
        raise self.error

    async def find_one(self, *args: Any, **kwargs: Any) -> Any:
        raise self.error


class _FailingDatabase:
    def __init__(self, error: Exception):
        self.error = error

    def __getitem__(self, name: str) -> _FailingCollection:
        return _FailingCollection(self.error)


async def _errors(error: Exception, *, debug: bool = False) -> list[Any]:
    context = Context.for_request(_FailingDatabase(error), Settings(debug=debug))
    result = await schema.execute('{ country(code: "KZ") { name } }', context_value=context)
    assert result.data == {"country": None}
    return [e.formatted for e in result.errors]


async def test_a_database_that_is_down_is_service_unavailable() -> None:
    [error] = await _errors(ServerSelectionTimeoutError("127.0.0.1:1: Connection refused"))
    assert error["message"] == "The database is unavailable; try again shortly."
    assert error["extensions"] == {"code": "SERVICE_UNAVAILABLE"}
    assert error["path"] == ["country"]


async def test_unexpected_errors_are_masked_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="entente"):
        [error] = await _errors(RuntimeError("secret internals"))
    assert error["message"] == "Internal server error."
    assert error["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
    assert "secret internals" in caplog.text


async def test_debug_shows_the_unexpected_error() -> None:
    [error] = await _errors(RuntimeError("secret internals"), debug=True)
    assert error["message"] == "secret internals"


async def test_validation_errors_stay_visible(seeded: Any) -> None:
    result = await schema.execute("{ country(code: 1) { nme } }", context_value=Context.for_request(seeded))
    messages = [e.message for e in result.errors]
    assert any("String cannot represent a non string value: 1" in m for m in messages)
    assert any("Cannot query field 'nme' on type 'Country'" in m for m in messages)
    assert {e.extensions["code"] for e in result.errors} == {"BAD_USER_INPUT"}


async def test_a_malformed_variable_is_bad_user_input(seeded: Any) -> None:
    result = await schema.execute(
        "query($to: Date) { events(filter: {to: $to}) { totalCount } }",
        variable_values={"to": "2023-02-30"},
        context_value=Context.for_request(seeded),
    )
    [error] = result.errors
    assert "$to" in error.message and error.extensions == {"code": "BAD_USER_INPUT"}


async def test_a_masked_error_names_the_request_whose_log_has_the_traceback(caplog: pytest.LogCaptureFixture) -> None:
    context = Context.for_request(_FailingDatabase(RuntimeError("secret internals")), request_id="req-42")
    with caplog.at_level(logging.ERROR, logger="entente"):
        result = await schema.execute('{ country(code: "KZ") { name } }', context_value=context)
    assert result.errors[0].extensions == {"code": "INTERNAL_SERVER_ERROR", "requestId": "req-42"}
    assert "(request req-42)" in caplog.text and "secret internals" in caplog.text


async def test_a_bug_in_an_extension_hook_is_masked_over_http(
    client: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An exception in a schema extension's hook skips ErrorCodes' post-processing; the HTTP
    view codes it the same way instead of passing its message on as BAD_USER_INPUT."""

    def broken(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("secret internals of the cost estimate")

    monkeypatch.setattr("schema.limits.estimate", broken)
    with caplog.at_level(logging.ERROR, logger="entente"):
        response = await client.post("/graphql", json={"query": '{ country(code: "KAZ") { name } }'})
    assert "secret" not in response.text
    [error] = response.json()["errors"]
    assert error["message"] == "Internal server error."
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert "secret internals" in caplog.text
