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
    id: strawberry.ID = strawberry.field(
        description="Global id, stable across restarts and re-seeding, e.g. 'Country:KAZ'. Use it as a cache key."
    )


@strawberry.type(description="Where a page sits in its list (Relay). Fetch the next page with `after: endCursor`.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="True when items follow this page.")
    has_previous_page: bool = strawberry.field(description="True when this page was asked for with `after`.")
    start_cursor: str | None = strawberry.field(description="The first edge's cursor; null on an empty page.")
    end_cursor: str | None = strawberry.field(description="The last edge's cursor; pass it as `after` next.")


@strawberry.type(description="One item of a page, with the cursor that marks its place.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(description="Opaque; pass it as `after` to continue after this item.")
    node: T = strawberry.field(description="The item.")


@strawberry.type(description="A page of a list (Relay connection): `first` items after the cursor `after`.")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="The items of this page, in the list's order.")
    page_info: PageInfo = strawberry.field(description="Cursors and whether more items follow.")
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
