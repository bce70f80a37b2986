"""Per-request DataLoaders, built in the request context (never at module level, where a
loader would cache forever and leak documents across requests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any

from strawberry.dataloader import DataLoader

from entente.journal import Journal
from entente.settings import Settings
from resolvers import queries as q


@dataclass
class Loaders:
    countries: DataLoader[str, Any]
    relations: DataLoader[str, Any]
    relations_by_country: DataLoader[str, Any]
    events: DataLoader[str, Any]
    figures: DataLoader[str, Any]
    people: DataLoader[str, Any]
    articles: DataLoader[str, Any]

    @classmethod
    def for_request(cls, db: Any) -> Loaders:
        return cls(
            countries=DataLoader(partial(q.countries_by_code, db)),
            relations=DataLoader(partial(q.relations_by_id, db)),
            relations_by_country=DataLoader(partial(q.relations_by_country, db)),
            events=DataLoader(partial(q.events_by_id, db)),
            figures=DataLoader(partial(q.figures_by_id, db)),
            people=DataLoader(partial(q.people_by_id, db)),
            articles=DataLoader(partial(q.articles_by_id, db)),
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
    ) -> Context:
        return cls(
            db=db,
            loaders=Loaders.for_request(db),
            settings=settings or Settings(),
            authorization=authorization,
            journal=journal,
            request_id=request_id,
            request=request,
            response=response,
        )
