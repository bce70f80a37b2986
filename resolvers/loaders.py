"""Per-request DataLoaders and the request context, built for each request (never at module level,
where a loader would cache forever and keep documents across requests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any, Protocol

from strawberry.dataloader import DataLoader

from entente import documents as d
from entente.settings import Settings
from resolvers import queries as q


class Ingested(Protocol):
    document: dict[str, Any]
    changed: bool
    derived: bool


class Writer(Protocol):
    """What the ingest mutation asks of the app's writer (entente.write.writer.Writer)."""

    async def ingest(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published_on: date | None = None,
        wait: float | None = None,
    ) -> Ingested: ...


@dataclass
class Loaders:
    countries: DataLoader[str, Any]
    relations: DataLoader[str, Any]
    events: DataLoader[str, Any]
    figures: DataLoader[str, Any]
    people: DataLoader[str, Any]
    articles: DataLoader[str, Any]
    # An event's or figure's quotes, by its id.
    quotes: DataLoader[str, list[Any]]
    # Pages of a relation's events and figures, by (relation id, criteria, first, after), and their counts.
    relation_events: DataLoader[q.PageKey, Any]
    relation_figures: DataLoader[q.PageKey, Any]
    event_counts: DataLoader[tuple[str, Any], int]
    figure_counts: DataLoader[tuple[str, Any], int]

    @classmethod
    def for_request(cls, db: Any) -> Loaders:
        def loader(batch: Any, *args: Any) -> DataLoader[Any, Any]:
            return DataLoader(partial(batch, db, *args))

        return cls(
            countries=loader(q.countries_by_code),
            relations=loader(q.relations_by_id),
            events=loader(q.events_by_id),
            figures=loader(q.figures_by_id),
            people=loader(q.people_by_id),
            articles=loader(q.articles_by_id),
            quotes=loader(q.quotes_by_item),
            relation_events=loader(q.relation_events),
            relation_figures=loader(q.relation_figures),
            event_counts=loader(q.relation_counts, d.EVENTS),
            figure_counts=loader(q.relation_counts, d.FIGURES),
        )


@dataclass
class Context:
    """What every resolver gets as ``info.context``."""

    db: Any
    loaders: Loaders
    settings: Settings = field(default_factory=Settings)
    writer: Writer | None = None
    authorization: str | None = None
    request_id: str | None = None
    request: Any = None
    response: Any = None
    # The event loop's time by which the request must have answered (ENTENTE_QUERY_TIMEOUT_MS), if any.
    deadline: float | None = None

    @classmethod
    def for_request(cls, db: Any, settings: Settings | None = None, **kwargs: Any) -> Context:
        return cls(db=db, loaders=Loaders.for_request(db), settings=settings or Settings(), **kwargs)
