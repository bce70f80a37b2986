"""GraphQL over HTTP: content negotiation, status codes, 405 + Allow, and no data entry for request errors."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from entente.http.negotiation import negotiate
from entente.http.refusals import GRAPHQL_RESPONSE_JSON, JSON, Refusal
from entente.settings import Settings
from tests.http_embedded import embedded_client

GRJ = GRAPHQL_RESPONSE_JSON
QUERY = '{ country(code: "KZ") { name } }'


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app on the embedded store only: how HTTP is answered does not depend on the store."""
    async with embedded_client(settings) as http:
        yield http


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, JSON),
        ("", JSON),
        ("*/*", JSON),
        ("application/*", JSON),
        ("application/json", JSON),
        (GRJ, GRJ),
        (f"{GRJ}, application/json", GRJ),
        (f"application/json, {GRJ}", GRJ),
        (f"{GRJ};q=0.5, application/json", JSON),
        (f"{GRJ}, application/json;q=0.9", GRJ),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", JSON),
        ("application/json; charset=utf-8", JSON),
        (f"{GRJ}, */*;q=0", GRJ),
    ],
)
def test_negotiation_picks_the_media_type(accept: str | None, expected: str) -> None:
    assert negotiate(accept) == expected


@pytest.mark.parametrize("accept", ["text/html", "application/xml", "application/json;q=0", "*/*;q=0"])
def test_negotiation_refuses_what_it_cannot_serve(accept: str) -> None:
    with pytest.raises(Refusal) as refused:
        negotiate(accept)
    assert refused.value.status == 406


async def test_406_is_a_graphql_shaped_refusal(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": QUERY}, headers={"Accept": "application/xml"})
    assert response.status_code == 406
    assert response.json()["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT"}


@pytest.mark.parametrize("accept", [GRJ, "application/json"])
async def test_a_result_is_200_in_the_negotiated_type(client: httpx.AsyncClient, accept: str) -> None:
    response = await client.post("/graphql", json={"query": QUERY}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == accept
    assert response.json() == {"data": {"country": {"name": "Kazakhstan"}}}


REQUEST_ERRORS = {
    "parse": {"query": "{ country(code: "},
    "validation": {"query": "{ country(code: 1) { nme } }"},
    "variables": {"query": "query($c: String!) { country(code: $c) { name } }", "variables": {"c": None}},
    "unknown operation": {"query": "query A { __typename }", "operationName": "B"},
}


@pytest.mark.parametrize("body", REQUEST_ERRORS.values(), ids=REQUEST_ERRORS.keys())
async def test_request_errors_are_400_under_graphql_response_json(client: httpx.AsyncClient, body: dict) -> None:
    response = await client.post("/graphql", json=body, headers={"Accept": GRJ})
    assert response.status_code == 400
    assert response.headers["content-type"] == GRJ
    payload = response.json()
    assert "data" not in payload
    assert {e["extensions"]["code"] for e in payload["errors"]} == {"BAD_USER_INPUT"}


@pytest.mark.parametrize("body", REQUEST_ERRORS.values(), ids=REQUEST_ERRORS.keys())
async def test_request_errors_are_200_under_application_json(client: httpx.AsyncClient, body: dict) -> None:
    response = await client.post("/graphql", json=body, headers={"Accept": "application/json"})
    assert response.status_code == 200
    payload = response.json()
    assert "data" not in payload
    assert payload["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_field_errors_keep_200_and_the_data_entry(client: httpx.AsyncClient) -> None:
    # An invalid node id is a field error: execution started, so 200 with data under either type.
    query = '{ node(id: "nonsense") { id } }'
    response = await client.post("/graphql", json={"query": query}, headers={"Accept": GRJ})
    payload = response.json()
    assert response.status_code == 200
    assert "data" in payload
    if "errors" in payload:
        assert all("path" in error for error in payload["errors"])


async def test_a_mutation_over_get_is_405_with_allow_post(client: httpx.AsyncClient) -> None:
    mutation = 'mutation { ingestArticle(input: {text: "x"}) { article { id } } }'
    for accept in (GRJ, "application/json"):
        response = await client.get("/graphql", params={"query": mutation}, headers={"Accept": accept})
        assert response.status_code == 405
        assert response.headers["allow"] == "POST"
        assert response.headers["cache-control"] == "no-store"
        assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS"])
async def test_other_methods_are_405_with_allow(client: httpx.AsyncClient, method: str) -> None:
    response = await client.request(method, "/graphql")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


MALFORMED = {
    "empty body": b"",
    "not JSON": b'{ "not a JSON',
    "a batch": b'[{"query": "{ __typename }"}]',
    "no query": b'{"qeury": "{ __typename }"}',
    "query not a string": b'{"query": 1}',
    "variables not an object": b'{"query": "{ __typename }", "variables": "x"}',
    "extensions not an object": b'{"query": "{ __typename }", "extensions": [1]}',
    "operationName not a string": b'{"query": "{ __typename }", "operationName": false}',
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
@pytest.mark.parametrize("accept", [GRJ, "application/json"])
async def test_malformed_requests_are_400_under_either_type(
    client: httpx.AsyncClient, body: bytes, accept: str
) -> None:
    response = await client.post(
        "/graphql", content=body, headers={"Content-Type": "application/json", "Accept": accept}
    )
    assert response.status_code == 400
    payload = response.json()
    assert "data" not in payload
    assert payload["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_non_json_content_type_is_415(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", content=b"<query/>", headers={"Content-Type": "application/xml", "Accept": GRJ}
    )
    assert response.status_code == 415
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize(
    ("content_type", "status"),
    [("application/json; charset=ISO-8859-1", 415), ('application/json; charset="latin1"', 415),
     ("application/json; charset=UTF-8", 200), ("application/json;charset=utf8", 200)],
)  # fmt: skip
async def test_a_charset_other_than_utf8_is_415(client: httpx.AsyncClient, content_type: str, status: int) -> None:
    body = b'{"query": "{ country(code: \\"TUR\\") { name } }"}'
    response = await client.post("/graphql", content=body, headers={"Content-Type": content_type, "Accept": GRJ})
    assert response.status_code == status
    if status == 415:
        error = response.json()["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert "UTF-8" in error["message"]


async def test_get_takes_json_variables_and_rejects_bad_ones(client: httpx.AsyncClient) -> None:
    query = "query($c: String!) { country(code: $c) { name } }"
    good = await client.get("/graphql", params={"query": query, "variables": '{"c": "KZ"}'}, headers={"Accept": GRJ})
    assert good.json() == {"data": {"country": {"name": "Kazakhstan"}}}
    bad = await client.get("/graphql", params={"query": query, "variables": "{c"}, headers={"Accept": GRJ})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_get_without_a_query_still_serves_the_playground_to_browsers(client: httpx.AsyncClient) -> None:
    navigation = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = await client.get("/graphql", headers={"Accept": navigation})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
