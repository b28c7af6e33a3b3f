"""Event dates: weekday and relative expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.events.dates import resolve_date

MONDAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Monday", date(2026, 3, 2)),  # the publication day itself
        ("Monday", date(2026, 3, 2)),
        ("last Monday", date(2026, 2, 23)),
        ("on Friday", date(2026, 2, 27)),
        ("yesterday", date(2026, 3, 1)),
        ("Sunday", date(2026, 3, 1)),
        ("Feb. 20", date(2026, 2, 20)),
        ("two years", None),  # a duration, not a day
    ],
)
def test_dates_resolve_against_publication_date(expression: str, expected: date | None) -> None:
    assert resolve_date(expression, MONDAY) == expected
