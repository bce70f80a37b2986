"""Relay pagination: opaque cursors that encode the sort key and the id, never an offset.

The same cursor scheme serves collections in the store (keyset queries, so a late page
costs what the first does) and lists held in a document (sliced in memory).
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import orjson

from entente.errors import BadUserInput

DEFAULT_PAGE = 20
MAX_PAGE = 100

Doc = dict[str, Any]


@dataclass
class Page:
    """One page of documents with what the connection needs to describe it."""

    docs: list[Doc]
    cursors: list[str]
    has_next: bool
    has_previous: bool
    total: int | None = None
    count: Callable[[], Awaitable[int] | int] | None = None


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE
    if first < 0 or first > MAX_PAGE:
        raise BadUserInput(f"first must be between 0 and {MAX_PAGE}, got {first}")
    return first


def encode_cursor(key: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(key))).decode()


def check(first: int | None, after: str | None, width: int) -> None:
    """Refuse a bad page size or cursor before anything is read: the error is then the same whatever the
    cache holds, and comes before the field waits on anything."""
    page_size(first)
    if after is not None:
        decode_cursor(after, width)


def decode_cursor(cursor: str, width: int) -> list[Any]:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (binascii.Error, UnicodeError, ValueError):
        raise BadUserInput(f"after: {cursor!r} is not a cursor from this API") from None
    if not isinstance(key, list) or len(key) != width or not all(isinstance(k, str) for k in key):
        raise BadUserInput(f"after: {cursor!r} is not a cursor for this connection")
    return key


def page_list(
    docs: list[Doc],
    fields: Sequence[str],
    first: int | None,
    after: str | None,
    *,
    descending: bool,
    keep: Callable[[Doc], bool] | None = None,
) -> Page:
    """A page of an in-memory list already sorted by ``fields`` in the given direction.

    With ``keep``, only the documents it accepts are in the list. They are picked as the page
    needs them (a card asking for a relation's latest trade figure stops at the first one),
    and counted only when ``totalCount`` is asked for.
    """
    size = page_size(first)

    def key(doc: Doc) -> list[Any]:
        return [doc[f] for f in fields]

    kept: Iterable[Doc] = docs if keep is None else filter(keep, docs)
    skipped = 0
    if after is not None:
        mark = decode_cursor(after, len(fields))
        items = iter(kept)
        for doc in items:
            if key(doc) < mark if descending else key(doc) > mark:
                kept = itertools.chain((doc,), items)
                break
            skipped += 1
        else:
            kept = iter(())
    window = list(itertools.islice(kept, size + 1))
    chosen = window[:size]
    return Page(
        docs=chosen,
        cursors=[encode_cursor(key(doc)) for doc in chosen],
        has_next=len(window) > size,
        has_previous=skipped > 0,
        total=len(docs) if keep is None else None,
        count=None if keep is None else (lambda: sum(1 for doc in docs if keep(doc))),
    )


async def page_query(
    collection: Any,
    query: Doc,
    fields: Sequence[str],
    first: int | None,
    after: str | None,
    *,
    descending: bool,
    projection: Doc | None = None,
) -> Page:
    """A keyset page of a collection sorted by ``fields`` (the last one must be ``_id``)."""
    size = page_size(first)
    direction = -1 if descending else 1
    following = after_filter(after, fields, descending=descending)
    filter_ = {"$and": [query, following]} if following else dict(query)
    sort = [(f, direction) for f in fields]
    docs = await collection.find(filter_, projection, sort=sort, limit=size + 1).to_list(None)
    return cut(docs, fields, size, after, lambda: collection.count_documents(query))


def cut(
    docs: list[Doc],
    fields: Sequence[str],
    size: int,
    after: str | None,
    count: Callable[[], Awaitable[int] | int] | None = None,
) -> Page:
    """The page of ``size`` that begins ``docs``, which are sorted by ``fields`` and follow ``after``."""
    chosen = docs[:size]
    return Page(
        docs=chosen,
        cursors=[encode_cursor([doc[f] for f in fields]) for doc in chosen],
        has_next=len(docs) > size,
        has_previous=after is not None,
        count=count,
    )


def after_filter(after: str | None, fields: Sequence[str], *, descending: bool) -> Doc:
    """The filter that keeps what follows the cursor ``after`` in a sort by ``fields`` (empty: no cursor)."""
    if after is None:
        return {}
    return _after(decode_cursor(after, len(fields)), fields, "$lt" if descending else "$gt")


def _after(mark: list[Any], fields: Sequence[str], op: str) -> Doc:
    """Documents strictly past ``mark`` in a compound sort: (a > x) or (a = x and b > y) ..."""
    branches = []
    for i, field in enumerate(fields):
        branch = {f: mark[j] for j, f in enumerate(fields[:i])}
        branch[field] = {op: mark[i]}
        branches.append(branch)
    return {"$or": branches}


def page_ranked(
    ranking: Sequence[Any],
    score: Callable[[Any], Decimal],
    key: Callable[[Any], str],
    first: int | None,
    after: str | None,
) -> Page:
    """A page of a ranking held in memory, highest ``score`` first, ties by ``key`` ascending: the cursor is
    the (score, key) of the last item, so an item that moves does not shift the pages after it."""
    size = page_size(first)
    start = 0
    if after is not None:
        text, mark = decode_cursor(after, 2)
        try:
            bound = Decimal(text)
        except ArithmeticError:
            bound = Decimal("NaN")
        if not bound.is_finite():
            raise BadUserInput(f"after: {after!r} is not a cursor for this connection")
        start = next((i for i, item in enumerate(ranking) if (-score(item), key(item)) > (-bound, mark)), len(ranking))
    window = ranking[start : start + size + 1]
    chosen = list(window[:size])
    return Page(
        docs=chosen,
        cursors=[encode_cursor([str(score(item)), key(item)]) for item in chosen],
        has_next=len(window) > size,
        has_previous=after is not None,
        total=len(ranking),
    )
