"""Per-request DataLoaders, built in the request context (never at module level, where a
loader would cache forever and leak documents across requests)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from strawberry.dataloader import DataLoader

from entente import documents as d
from entente.journal import Journal
from entente.settings import Settings
from resolvers import queries as q
from resolvers.cache import CachedReads, DocumentCache
from resolvers.pagination import Page


@dataclass
class Loaders:
    countries: DataLoader[str, Any]
    relations: DataLoader[str, Any]
    events: DataLoader[str, Any]
    figures: DataLoader[str, Any]
    # Their quotes, from the collection of their own (resolvers.queries._quotes).
    event_sources: DataLoader[str, Any]
    figure_sources: DataLoader[str, Any]
    people: DataLoader[str, Any]
    articles: DataLoader[str, Any]
    # A page of search entries by (terms, first, after): from the cache's index, or else the store.
    search: Callable[[tuple[str, ...], int | None, str | None], Awaitable[Page]]

    @classmethod
    def for_request(cls, db: Any, cache: DocumentCache | None = None) -> Loaders:
        """Loaders over ``db``; with a cache, each answers what it can from memory first."""
        reads = CachedReads(cache, db) if cache is not None else None

        def loader(kind: str, batch: Callable[..., Any]) -> DataLoader[str, Any]:
            load = partial(batch, db)
            return DataLoader(reads.batch(kind, load) if reads else load)

        return cls(
            # Kinds named as the collections they load by id from, or that and a part, so a write's logged ids
            # name the stale loads (resolvers.cache.DocumentCache).
            countries=loader(d.COUNTRIES, q.countries_by_code),
            relations=loader(d.RELATIONS, q.relations_by_id),
            events=loader(d.EVENTS, q.events_by_id),
            figures=loader(d.FIGURES, q.figures_by_id),
            # Named for the events and figures, whose writes make them stale: an item gains quotes only from an
            # article new to it, which a merge adds to the item's document (its ``articles``) as it writes them.
            event_sources=loader(f"{d.EVENTS}.sources", q.event_sources_by_id),
            figure_sources=loader(f"{d.FIGURES}.sources", q.figure_sources_by_id),
            people=loader(d.PEOPLE, q.people_by_id),
            articles=loader(d.ARTICLES, q.articles_by_id),
            search=reads.search if reads else partial(q.search_page, db),
        )


@dataclass
class Context:
    """What every resolver gets as ``info.context``."""

    db: Any
    loaders: Loaders
    settings: Settings = field(default_factory=Settings)
    authorization: str | None = None
    journal: Journal | None = None
    request_id: str | None = None
    request: Any = None
    response: Any = None
    # The event loop's time by which the request must have answered (ENTENTE_QUERY_TIMEOUT_MS), if any.
    deadline: float | None = None

    @classmethod
    def for_request(
        cls,
        db: Any,
        settings: Settings | None = None,
        *,
        authorization: str | None = None,
        journal: Journal | None = None,
        request_id: str | None = None,
        request: Any = None,
        response: Any = None,
        cache: DocumentCache | None = None,
    ) -> Context:
        return cls(
            db=db,
            loaders=Loaders.for_request(db, cache),
            settings=settings or Settings(),
            authorization=authorization,
            journal=journal,
            request_id=request_id,
            request=request,
            response=response,
        )
