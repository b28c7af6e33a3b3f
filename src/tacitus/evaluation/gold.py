"""Loading gold-standard event files (the JSONL format of ../shared/gold/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tacitus.errors import DataFileError


@dataclass(frozen=True)
class GoldActor:
    code: str
    text: str | None = None

    @property
    def country(self) -> str:
        """The country (or international) part of a CAMEO actor code: its first three letters."""
        return self.code[:3]


@dataclass(frozen=True)
class GoldEvent:
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    cameo: str | None
    plover: str | None
    mode: str | None = None
    context: str | None = None

    @property
    def root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    set: str
    text: str
    date: date | None
    events: tuple[GoldEvent, ...]
    no_event: bool


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold JSONL file; a malformed line raises `DataFileError` naming file and line."""
    path = Path(path)
    out: list[GoldRecord] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read gold file: {exc.strerror or exc}") from exc
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            out.append(_record(obj))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise DataFileError(str(path), lineno, f"bad gold record: {exc}") from exc
    return out


def _actors(items: list[dict[str, str]] | None) -> tuple[GoldActor, ...]:
    return tuple(GoldActor(a["code"], a.get("text")) for a in (items or []) if a.get("code"))


def _record(obj: dict[str, object]) -> GoldRecord:
    events = tuple(
        GoldEvent(
            sources=_actors(e.get("source")),
            targets=_actors(e.get("target")),
            cameo=e.get("cameo"),
            plover=e.get("plover"),
            mode=e.get("mode"),
            context=e.get("context"),
        )
        for e in obj.get("events", [])  # type: ignore[attr-defined]
    )
    raw_date = obj.get("date")
    return GoldRecord(
        id=str(obj["id"]),
        set=str(obj.get("set", "")),
        text=str(obj["text"]),
        date=date.fromisoformat(str(raw_date)[:10]) if raw_date else None,
        events=events,
        no_event=bool(obj.get("no_event", False)),
    )
