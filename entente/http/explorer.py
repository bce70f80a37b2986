"""The explorer page at /explorer: its prebuilt files, history-routing fallback, and its persisted documents.

The page is built ahead of time from explorer/ (`npm ci --prefix explorer && npm run --prefix
explorer build`) into static/explorer/, which ships as package data, so serving it needs no
Node.js. Every path under /explorer that is not an asset answers index.html (deep links such as
/explorer/relation/KAZ-TUR), revalidated on each visit; the assets' names carry a hash of their
content, so they are cached for a year. Their gzipped copies, made by the build, are sent to
clients that accept gzip. The page sends only persisted documents, which startup registers.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from entente.http.persisted import PersistedDocuments, read_documents

PATH = "/explorer"
FILES = Path(__file__).parent / "static" / "explorer"
ASSETS = FILES / "assets"
MANIFEST = FILES / "persisted-documents.json"

# Only this server: scripts and styles from its files (no inline script, no eval), requests to
# its API alone, no frames, no forms sent anywhere. Chart.js and Preact set styles through the
# CSSOM, which the policy does not restrict; the favicon is a data: URL.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
IMMUTABLE = "public, max-age=31536000, immutable"
# The page itself may be stored but must be revalidated, so that a new release is seen at once.
REVALIDATE = "no-cache"

_MEDIA_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


def built() -> bool:
    """Whether the build's files are there (a source checkout always has them: they are committed)."""
    return (FILES / "index.html").is_file() and MANIFEST.is_file()


def _index() -> tuple[bytes, str]:
    """The page and its ETag, read at each request (700 bytes): a rebuild shows without a restart."""
    body = (FILES / "index.html").read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


async def page(request: Request) -> Response:
    """index.html, for /explorer and any path below it that is not an asset (the page routes by URL)."""
    body, tag = _index()
    headers = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "Cache-Control": REVALIDATE, "ETag": tag}
    if tag in (value.strip().removeprefix("W/") for value in request.headers.get("if-none-match", "").split(",")):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/html; charset=utf-8", headers=headers)


async def asset(request: Request) -> Response:
    """A built asset, gzipped when the client accepts it; a name that is not one is 404 (never the page)."""
    name = request.path_params["name"]
    path = (ASSETS / name).resolve()
    if path.parent != ASSETS.resolve() or path.suffix == ".gz" or not path.is_file():
        return PlainTextResponse("Not Found", status_code=404, headers={"Cache-Control": "no-store"})
    headers = {"Cache-Control": IMMUTABLE, "Vary": "Accept-Encoding"}
    media_type = _MEDIA_TYPES.get(path.suffix)
    compressed = path.with_name(path.name + ".gz")
    if "gzip" in request.headers.get("accept-encoding", "") and compressed.is_file():
        headers["Content-Encoding"] = "gzip"
        return FileResponse(compressed, media_type=media_type, headers=headers)
    return FileResponse(path, media_type=media_type, headers=headers)


def routes() -> list[Route]:
    return [
        Route(PATH, page, methods=["GET", "HEAD"]),
        Route(PATH + "/assets/{name:path}", asset, methods=["GET", "HEAD"]),
        Route(PATH + "/{rest:path}", page, methods=["GET", "HEAD"]),
    ]


def documents() -> list[str]:
    """The texts of the documents the page sends (the build's manifest)."""
    return read_documents(MANIFEST)


async def register(db: Any) -> int:
    """Store the page's documents among the persisted documents (idempotent); how many there are."""
    if not built():
        return 0
    store = PersistedDocuments(db)
    texts = documents()
    for text in texts:
        await store.put(text)
    return len(texts)
