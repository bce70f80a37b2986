"""Persisted documents: ``documentId`` and Apollo's automatic persisted queries, stored in MongoDB."""

from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from entente.http.refusals import Refusal, bad_request, forbidden, not_found

COLLECTION = "persisted_documents"
_ID = re.compile(r"sha256:[0-9a-f]{64}")
_HASH = re.compile(r"[0-9a-f]{64}")


def document_id(query: str) -> str:
    """The id of a document: ``sha256:`` and the hex SHA-256 of its exact UTF-8 text."""
    return "sha256:" + hashlib.sha256(query.encode("utf-8")).hexdigest()


class ManifestError(ValueError):
    """A file of documents to register that cannot be read, or whose hashes do not match."""


def read_documents(path: Path) -> list[str]:
    """The documents of a file to register: a .graphql file is one document, its exact text
    (the id is the hash of what clients send); a .json file is a manifest {id or hex hash: text},
    as GraphQL Code Generator's persisted-documents.json, whose hashes are checked."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read: {exc}") from None
    if path.suffix != ".json":
        if not text.strip():
            raise ManifestError(f"{path}: empty document")
        return [text]
    try:
        manifest = json.loads(text)
    except ValueError as exc:
        raise ManifestError(f"{path}: not JSON: {exc}") from None
    if not isinstance(manifest, dict) or not all(isinstance(v, str) for v in manifest.values()):
        raise ManifestError(f"{path}: a manifest is a JSON object mapping hashes to document texts")
    for key, query in manifest.items():
        if document_id(query) != (key if key.startswith("sha256:") else "sha256:" + key):
            raise ManifestError(f"{path}: {key}: the hash is not the SHA-256 of its document")
    return list(manifest.values())


class LRU:
    """A small least-recently-used map from document id to text (hits only: a miss may be
    registered a moment later, by this process or another)."""

    def __init__(self, size: int = 1024):
        self.size = size
        self._items: OrderedDict[str, str] = OrderedDict()

    def get(self, key: str) -> str | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: str, value: str) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


class PersistedDocuments:
    """The ``persisted_documents`` collection (``_id`` = document id, ``query`` = text), with an LRU in front."""

    def __init__(self, db: Any, cache: LRU | None = None):
        self.collection = db[COLLECTION]
        self.cache = cache if cache is not None else LRU()

    async def get(self, doc_id: str) -> str | None:
        query = self.cache.get(doc_id)
        if query is None:
            found = await self.collection.find_one({"_id": doc_id})
            query = found and found.get("query")
            if query is not None:
                self.cache.put(doc_id, query)
        return query

    async def put(self, query: str) -> str:
        """Store a document (idempotent: the id is its hash) and return its id."""
        doc_id = document_id(query)
        await self.collection.replace_one({"_id": doc_id}, {"_id": doc_id, "query": query}, upsert=True)
        self.cache.put(doc_id, query)
        return doc_id


@dataclass
class Operation:
    """The document to execute, and the id to store it under once it has proved valid (APQ)."""

    query: str | None
    register: str | None = None


def _persisted_query_hash(extensions: dict[str, Any] | None) -> str | None:
    persisted = (extensions or {}).get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict):
        raise bad_request("extensions.persistedQuery must be an object {version: 1, sha256Hash}.")
    if persisted.get("version") != 1:
        raise bad_request("Unsupported persisted query version; only version 1 is supported.")
    sha = persisted.get("sha256Hash")
    if not isinstance(sha, str) or not _HASH.fullmatch(sha):
        raise bad_request("extensions.persistedQuery.sha256Hash must be 64 lowercase hex digits.")
    return "sha256:" + sha


async def resolve(
    query: str | None, doc_id: Any, extensions: dict[str, Any] | None, documents: PersistedDocuments, *, only: bool
) -> Operation:
    """The operation a request asks for, by its text, its ``documentId`` or its APQ hash.

    ``only`` (ENTENTE_PERSISTED_ONLY) is the allow-list mode: a document that is not already
    stored is refused (FORBIDDEN when the text was sent, PERSISTED_QUERY_NOT_FOUND for an
    unknown id or hash), and nothing is registered through the API.
    """
    if doc_id is not None:
        if not isinstance(doc_id, str) or not _ID.fullmatch(doc_id):
            raise bad_request("documentId must be 'sha256:' followed by 64 lowercase hex digits.")
        if query is not None:
            raise bad_request("Send either documentId or query, not both.")
        stored = await documents.get(doc_id)
        if stored is None:
            raise not_found(f"Unknown documentId {doc_id}; register the document first (entente persist).")
        return Operation(stored)

    apq_id = _persisted_query_hash(extensions)
    if apq_id is not None:
        if query is None:
            stored = await documents.get(apq_id)
            if stored is None:
                # Apollo clients retry with the query when they see this message or this code.
                raise not_found("PersistedQueryNotFound")
            return Operation(stored)
        if document_id(query) != apq_id:
            raise bad_request("provided sha does not match query")
        if await documents.get(apq_id) is not None:
            return Operation(query)
        if only:
            raise _not_allowed()
        return Operation(query, register=apq_id)

    if only and query is not None and await documents.get(document_id(query)) is None:
        raise _not_allowed()
    return Operation(query)


def _not_allowed() -> Refusal:
    return forbidden(
        "This server only executes persisted documents, and this one is not: "
        "send the documentId of a registered document (register documents with `entente persist`)."
    )
