"""Main text of an HTML page via trafilatura (drops navigation, boilerplate and teaser blocks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)
# Teaser blocks ("READ ALSO: ...", "Related: ...") that some sites put inside the article body.
_TEASER = re.compile(
    r"^\s*(read (also|more)|see also|related( stories| articles)?|recommended|more on this)\b\s*[:\-–—]?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    date: date | None


class _Bare:
    def __init__(self, d: dict[str, Any]) -> None:
        self.text = d.get("text")
        self.title = d.get("title")
        self.date = d.get("date")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:1000]))


def extract_html(html: str) -> Extracted:
    """Return the article body, title and publication date found in `html`."""
    import trafilatura

    result: Any = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    if result is None:
        return Extracted("", None, None)
    if isinstance(result, dict):  # older trafilatura returned a dict
        result = _Bare(result)
    text = result.text or ""
    paragraphs = [p for p in text.split("\n") if not _TEASER.match(p)]
    when = None
    if result.date:
        try:
            when = date.fromisoformat(str(result.date)[:10])
        except ValueError:
            when = None
    return Extracted("\n".join(paragraphs).strip(), result.title, when)
