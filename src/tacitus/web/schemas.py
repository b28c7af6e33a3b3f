"""Request bodies of the API (validated by pydantic: wrong types get a 422 naming the field)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, model_validator


class ArticleIn(BaseModel):
    """One article to code: plain `text` or an `html` page (its main text is extracted)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Article text (plain).", examples=["Russia shelled Kharkiv."])
    html: str | None = Field(None, description="A whole HTML page; its main text is extracted.")
    date: dt.date | None = Field(None, description="Publication date (YYYY-MM-DD); resolves relative dates.")
    id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[\w.:@/-]+$", description="Doc id.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="Publisher or feed name.")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" or "html"')
        return self


class ArticlesIn(BaseModel):
    """A batch of articles to ingest into the store."""

    model_config = ConfigDict(extra="forbid")

    documents: list[ArticleIn] = Field(..., min_length=1, max_length=100)
