"""Reading attribution annotations in brat standoff (PolNeAR): Source / Cue / Content tied by E lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import DataFileError

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution; each part may be discontinuous (several character spans)."""

    content: Spans
    cue: Spans = ()
    source: Spans = ()


def read_ann(path: Path) -> list[GoldAttribution]:
    """Parse a brat .ann file into attributions (those with a Content span)."""
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc.strerror or exc}") from exc
    for lineno, line in enumerate(lines, start=1):
        try:
            if line.startswith("T"):
                tid, info = line.split("\t")[:2]
                spans[tid] = _spans(info.split(" ", 1)[1])
            elif line.startswith("E"):
                args = line.split("\t")[1].split()
                events.append(dict(a.split(":", 1) for a in args))
        except (ValueError, IndexError) as exc:
            raise DataFileError(str(path), lineno, f"bad brat line: {exc}") from exc
    out = []
    for ev in events:
        roles = {_role(k): spans.get(v, ()) for k, v in ev.items()}
        if roles.get("Content"):
            out.append(GoldAttribution(roles["Content"], roles.get("Cue", ()), roles.get("Source", ())))
    return out


def _role(key: str) -> str:
    return re.sub(r"\d+$", "", key)


def _spans(text: str) -> Spans:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in text.split(";")))


def pick_annotations(gold_dir: Path) -> dict[str, Path]:
    """One .ann file per article: the first annotator's file in name order (deterministic)."""
    return {stem: files[0] for stem, files in all_annotations(gold_dir).items()}


def all_annotations(gold_dir: Path) -> dict[str, list[Path]]:
    """Every annotator's .ann file per article (`<article>_<annotator>.ann`), in name order."""
    out: dict[str, list[Path]] = {}
    for ann in sorted((gold_dir / "attributions").glob("*.ann")):
        out.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return out
