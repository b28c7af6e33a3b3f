"""Event filters shared by the store queries, the CLI and the web API."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, or_, true

from tacitus.errors import ConfigError


@dataclass(frozen=True)
class EventFilter:
    """Which events to select. Every field is optional; set fields are AND-ed together.

    Actor codes match by prefix (`CHN` matches `CHN`, `CHNGOV`, `CHNMIL`...), so do CAMEO codes
    (`19` matches every code of root 19). Dates are inclusive. `text` is a case-insensitive substring
    of the sentence.
    """

    actor: str | None = None  # either side
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None  # (source prefix, target prefix), directed
    cameo: str | None = None  # code prefix
    root: str | None = None  # exact root, "01".."20"
    quad_class: int | None = None
    plover: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    doc_id: str | None = None
    negated: bool | None = None  # None: both

    @classmethod
    def of(cls, filters: EventFilter | None = None, **kw: Any) -> EventFilter:
        """Build from an optional filter plus keyword overrides (`dyad="CHN-RUS"` is accepted)."""
        base = filters or cls()
        if not kw:
            return base
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(kw) - names)
        if unknown:
            raise ConfigError(f"unknown event filter(s) {unknown}; known: {sorted(names)}")
        values = {f.name: getattr(base, f.name) for f in fields(cls)}
        values.update({k: v for k, v in kw.items() if v is not None})
        return cls(**_normalise(values))

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


def _normalise(values: dict[str, Any]) -> dict[str, Any]:
    dyad = values.get("dyad")
    if isinstance(dyad, str):
        parts = dyad.replace(">", "-").replace(",", "-").split("-")
        if len(parts) != 2 or not all(parts):
            raise ConfigError(f"dyad {dyad!r}: write it SOURCE-TARGET, e.g. CHN-RUS")
        values["dyad"] = (parts[0], parts[1])
    for key in ("date_from", "date_to"):
        if isinstance(values.get(key), str):
            try:
                values[key] = date.fromisoformat(values[key])
            except ValueError as e:
                raise ConfigError(f"{key} {values[key]!r} is not a date (YYYY-MM-DD)") from e
    if isinstance(values.get("quad_class"), str):
        values["quad_class"] = int(values["quad_class"])
    return values


def _prefix(col: Any, value: str) -> ColumnElement[bool]:
    value = value.upper()
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(col == value, col.like(escaped + "%", escape="\\"))


def where(t: Table, f: EventFilter, text_col: str = "sentence") -> ColumnElement[bool]:
    """The SQL condition selecting `f`'s events from table/view `t` (events or event_groups)."""
    c = t.c
    conds: list[ColumnElement[bool]] = []
    if f.actor:
        conds.append(or_(_prefix(c.source_code, f.actor), _prefix(c.target_code, f.actor)))
    if f.source:
        conds.append(_prefix(c.source_code, f.source))
    if f.target:
        conds.append(_prefix(c.target_code, f.target))
    if f.dyad:
        conds.append(and_(_prefix(c.source_code, f.dyad[0]), _prefix(c.target_code, f.dyad[1])))
    if f.cameo:
        conds.append(c.cameo.like(f.cameo + "%"))
    if f.root:
        conds.append(c.cameo_root == f.root.zfill(2))
    if f.quad_class is not None:
        conds.append(c.quad_class == f.quad_class)
    if f.plover:
        conds.append(c.plover == f.plover.upper())
    if f.date_from:
        conds.append(c.date >= f.date_from)
    if f.date_to:
        conds.append(c.date <= f.date_to)
    if f.text and text_col in c:
        conds.append(c[text_col].icontains(f.text, autoescape=True))  # % and _ are literal
    if f.negated is not None and "negated" in c:
        conds.append(c.negated == f.negated)
    return and_(true(), *conds)
