"""The Node interface, global ids, and the generic Relay connection types."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import strawberry

from resolvers.pagination import Page

T = TypeVar("T")


def to_global_id(type_name: str, key: str) -> strawberry.ID:
    """Global ids read as '<Type>:<stored id>', e.g. 'Country:KAZ' or 'Relation:GBR-KAZ'."""
    return strawberry.ID(f"{type_name}:{key}")


@strawberry.interface(description="An object with a global id that `node(id:)` can fetch again.")
class Node:
    id: strawberry.ID


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    _page: strawberry.Private[Page]

    @strawberry.field(description="How many items match, across all pages.")
    def total_count(self) -> int:
        # Counting is an extra query for store-backed lists, so it runs only when asked for.
        if self._page.total is not None:
            return self._page.total
        assert self._page.count is not None
        return self._page.count()  # type: ignore[return-value]  # graphql-core awaits it

    @classmethod
    def from_page(cls, page: Page, make: Callable[[dict[str, Any]], T]) -> Connection[T]:
        return cls(
            edges=[Edge(cursor=c, node=make(doc)) for c, doc in zip(page.cursors, page.docs, strict=True)],
            page_info=PageInfo(
                has_next_page=page.has_next,
                has_previous_page=page.has_previous,
                start_cursor=page.cursors[0] if page.cursors else None,
                end_cursor=page.cursors[-1] if page.cursors else None,
            ),
            _page=page,
        )
