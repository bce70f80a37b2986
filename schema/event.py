"""The Event type: one real-world event, merged from every report of it."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from entente import documents
from schema.dates import PartialDate
from schema.node import Node, to_global_id

EventType = strawberry.enum(documents.EventType, description="What kind of event this is.")
EventStatus = strawberry.enum(documents.EventStatus, description="Whether the sources report it as done or planned.")


@strawberry.type(
    description="One real-world event; reports of it in several articles are merged into one event "
    "with several sources."
)
class Event(Node):
    id: strawberry.ID
    type: EventType
    title: str = strawberry.field(description="A short headline for the event, fit for a list.")
    status: EventStatus = strawberry.field(description="PLANNED events are announced, not reported as done.")
    date: PartialDate | None = strawberry.field(description="When it happened or began; null when the year is unknown.")
    end_date: PartialDate | None = strawberry.field(description="When a multi-day event ended.")
    date_text: str | None = strawberry.field(
        description='The date as stated, including a month-day with no year ("--06-03") that `date` cannot hold.'
    )
    location: str | None = strawberry.field(description="Where it took place, as the text names it (a city or venue).")
    _doc: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Event:
        return cls(
            id=to_global_id("Event", doc["_id"]),
            type=documents.member(documents.EventType, doc["type"]),
            title=doc["title"],
            status=documents.member(documents.EventStatus, doc["status"]),
            date=PartialDate.from_text(doc["date"]),
            end_date=PartialDate.from_text(doc["endDate"]),
            date_text=doc["date"],
            location=doc["location"],
            _doc=doc,
        )

    @strawberry.field(description="The countries taking part; the first is the subject.")
    def countries(self, info: Info) -> list[Country]:
        return load_countries(info, self._doc["countries"])

    @strawberry.field(description="The people named as taking part.")
    def participants(self, info: Info) -> list[Person]:
        make = info.context.reads.maker(Person.from_doc)
        return info.context.loaders.objects(documents.PEOPLE, self._doc["participants"], make)  # type: ignore[return-value]

    @strawberry.field(description="Figures stated in connection with this event, e.g. a trade target set at talks.")
    def figures(self, info: Info) -> list[Figure]:
        make = info.context.reads.maker(Figure.from_doc)
        return info.context.loaders.objects(documents.FIGURES, self._doc["figures"], make)  # type: ignore[return-value]

    @strawberry.field(description="Every sentence, in every article, that reports this event.")
    async def sources(self, info: Info) -> list[Evidence]:
        return await Evidence.of(self._doc["_id"], info)


# Imported last: the entity types refer to each other, and each module is complete by here.
from schema.article import Evidence  # noqa: E402
from schema.country import Country, load_countries  # noqa: E402
from schema.figure import Figure  # noqa: E402
from schema.person import Person  # noqa: E402
