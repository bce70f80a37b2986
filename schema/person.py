"""The Person type: an official named in the articles, merged by name and country."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types import Info

from schema.node import Node, to_global_id


@strawberry.type(description="A person named in the articles; one person whatever form of the name a text uses.")
class Person(Node):
    id: strawberry.ID
    name: str = strawberry.field(description="Full name.")
    roles: list[str] = strawberry.field(description="Roles the articles give, e.g. President of Kazakhstan.")
    aliases: list[str] = strawberry.field(description="Other forms of the name the texts use.")
    _country: strawberry.Private[str | None]

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Person:
        roles = doc["roles"] if "roles" in doc else [doc["role"]] if doc.get("role") else []
        return cls(
            id=to_global_id("Person", doc["_id"]),
            name=doc["name"],
            roles=roles,
            aliases=doc["aliases"],
            _country=doc["country"],
        )

    @strawberry.field(description="The country the person speaks or acts for.")
    async def country(self, info: Info) -> Country | None:
        return await load_country(info, self._country)


# Imported last: the entity types refer to each other, and each module is complete by here.
from schema.country import Country, load_country  # noqa: E402
