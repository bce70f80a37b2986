"""CSRF prevention in the way of Apollo Server and GraphQL Yoga: no simple POSTs without a preflight header."""

from __future__ import annotations

from starlette.requests import Request

from entente.http.refusals import bad_request

# Content types a page on any origin can POST without a CORS preflight (HTML forms, fetch no-cors).
SIMPLE_CONTENT_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data", "text/plain"})
# A browser adds a custom header only after a preflight the CORS allow-list has approved.
PREFLIGHT_HEADERS = ("x-apollo-operation-name", "apollo-require-preflight", "graphql-preflight")


def check(request: Request) -> None:
    """Refuse a POST a browser could send cross-origin without a preflight.

    That is a POST whose content type is missing or "simple" and that carries none of the
    preflight headers: it could come from a form on a hostile page, with the user's cookies.

    GET is not checked, unlike in Apollo Server. GET only ever runs queries (a mutation over
    GET is refused with 405 before anything runs), queries here only read, and the API takes
    its credential from the Authorization header, which browsers never attach on their own: a
    cross-site GET can neither change anything nor read the answer (CORS keeps it from the
    page). Checking GET would also break plain GET clients, caches and the GraphQL-over-HTTP
    audits, for no gain. The one write GET can cause is registering an automatic persisted
    query, whose hash is checked against its text, so it only ever stores what it says it is
    (and never in the allow-list mode).
    """
    if request.method == "GET":
        return
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in SIMPLE_CONTENT_TYPES:
        return
    if any(request.headers.get(name, "").strip() for name in PREFLIGHT_HEADERS):
        return
    raise bad_request(
        "This request has been blocked as a possible cross-site request forgery (CSRF): "
        f"a POST with content type {content_type or '(none)'!r} needs a preflight. "
        "Send the operation as application/json, or add a non-empty header "
        + ", ".join(PREFLIGHT_HEADERS[:-1])
        + f" or {PREFLIGHT_HEADERS[-1]}."
    )
