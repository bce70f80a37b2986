"""The Mutation root: ingesting articles."""

from __future__ import annotations

from datetime import date

import strawberry
from strawberry.types import Info

from resolvers import ingest as r
from schema.article import Article


@strawberry.input(description="A news article to ingest.")
class ArticleInput:
    text: str = strawberry.field(description="The article's full text, as published.")
    title: str | None = strawberry.field(default=None, description="Its headline; read from the text when absent.")
    url: str | None = strawberry.field(default=None, description="Where it was published.")
    published_on: date | None = strawberry.field(
        default=None, description="When absent, read from the text where it says, else unknown."
    )


@strawberry.type(description="What ingestArticle stored.")
class IngestPayload:
    article: Article = strawberry.field(description="The article with its entities, merged with what was known.")
    derived: bool = strawberry.field(
        description="Whether the merged entities (the article's events, figures, people, relations) hold the "
        "article yet. False when they took longer than ENTENTE_INGEST_WAIT_MS: the article is stored, and they "
        "will hold it shortly."
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Extracts the article's entities and stores them; ingesting the same text again changes nothing. "
        "Needs 'Authorization: Bearer <token>'."
    )
    async def ingest_article(self, info: Info, input: ArticleInput) -> IngestPayload:
        ingested = await r.ingest_article(info.context, input.text, input.title, input.url, input.published_on)
        return IngestPayload(article=Article.from_doc(ingested.document), derived=ingested.derived)
