"""Event dates: the sentence's DATE expressions ("on Monday", "yesterday") resolved against publication."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

# Only day-level expressions are resolved: "two years", "the past decade" or "18-year" are durations.
DAY_LEVEL = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|\btonight\b|\blast night\b"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def resolve_date(expression: str, base: date) -> date | None:
    """A day-level date expression resolved against `base` (past preferred), or None."""
    if not DAY_LEVEL.search(expression):
        return None
    import dateparser

    text = re.sub(r"^(on|last|this|early|late)\s+", "", expression.strip(), flags=re.IGNORECASE)
    # Wire copy dated Monday that says "on Monday" means that same day, not a week earlier.
    bare = re.sub(r"^(on|this)\s+", "", expression.strip().lower()).rstrip(".")
    if bare == base.strftime("%A").lower():
        return base
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a date is optional
        log.debug("date expression %r not parsed", expression, exc_info=True)
        return None
    if parsed is None:
        return None
    found = parsed.date()
    return found if found <= base else None


def sentence_date(sent: Any, published: date | None) -> date | None:
    """The first resolvable DATE entity of a spaCy sentence, else the publication date."""
    if published is None:
        return None
    for ent in sent.ents:
        if ent.label_ == "DATE":
            found = resolve_date(ent.text, published)
            if found is not None:
                return found
    return published
