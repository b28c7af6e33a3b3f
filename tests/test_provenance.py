"""The repository holds no text copied from the gold sets (their licences differ; tests must not fit them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 7  # words: long enough that shared wording is a copy, not an idiom
SCANNED = ("src", "tests", "docs", "examples", "scripts", "benchmarks", "quality", "README.md")
# Actor tables list organisations by their official names, which are facts and may match gold text.
NAME_TABLES = ROOT / "src" / "tacitus" / "data" / "actors"
SKIPPED_SUFFIXES = (".png", ".pyc", ".db", ".parquet")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _windows(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def _gold_windows(gold: Path) -> set[str]:
    out: set[str] = set()
    for path in gold.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out |= _windows(_words(json.loads(line)["text"]))
    for path in (gold / "polnear_dev" / "text").glob("*"):
        out |= _windows(_words(path.read_text(encoding="utf-8", errors="replace")))
    return out


def _project_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        top = ROOT / name
        candidates = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        files.extend(
            p
            for p in candidates
            if not p.name.endswith(SKIPPED_SUFFIXES)
            and NAME_TABLES not in p.parents
            and "__pycache__" not in p.parts
        )
    return files


@pytest.mark.gold
def test_no_project_file_shares_a_seven_word_run_with_a_gold_text(gold_dir: Path) -> None:
    gold = _gold_windows(gold_dir)
    copies = []
    for path in _project_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        shared = _windows(_words(text)) & gold
        if shared:
            copies.append(f"{path.relative_to(ROOT)}: {sorted(shared)[0]!r}")
    assert not copies, "text copied from the gold sets:\n" + "\n".join(copies)


def test_the_window_check_finds_a_copy_and_ignores_common_wording() -> None:
    gold = _windows(_words("The minister said on Monday that the talks would resume next week in Geneva."))
    assert _windows(_words("# e.g. said on Monday that the talks would resume next week")) & gold
    assert not _windows(_words("the minister said on Monday that")) & gold
