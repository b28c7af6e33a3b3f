"""Readers: every bad input becomes a clear InputError; good ones become Documents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tacitus.errors import InputError
from tacitus.model import Document
from tacitus.readers import read_paths
from tacitus.settings import Settings


def _read(*paths: Path, settings: Settings | None = None) -> list[Document | InputError]:
    return list(read_paths([str(p) for p in paths], settings or Settings()))


def test_readers_text_file_becomes_document(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("China praised Russia.\r\nIt was Monday.", encoding="utf-8")
    (doc,) = _read(f)
    assert isinstance(doc, Document)
    assert doc.id == "a"
    assert doc.text == "China praised Russia.\nIt was Monday."


def test_readers_empty_binary_and_bad_utf8_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Good article.", encoding="utf-8")
    results = _read(tmp_path)
    problems = {Path(r.source).name: r.problem for r in results if isinstance(r, InputError)}
    assert problems["empty.txt"] == "empty input"
    assert "binary" in problems["bin.txt"]
    assert "invalid UTF-8" in problems["latin.txt"]
    assert [r.id for r in results if isinstance(r, Document)] == ["good"]


def test_readers_too_large_file_is_rejected_without_reading(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * 3000)
    (r,) = _read(f, settings=Settings(max_bytes=10_000))
    assert isinstance(r, InputError)
    assert "too large" in r.problem


def test_readers_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "Hello.", "date": "2022-03-01", "title": "T", "source": "AP"}),
        "{not json",
        json.dumps({"id": "x2"}),
        json.dumps([1, 2]),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = _read(f)
    first = results[0]
    assert isinstance(first, Document)
    assert (first.id, first.date, first.title, first.source) == ("x1", date(2022, 3, 1), "T", "AP")
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["2", "3", "4"]


def test_readers_missing_path_is_error(tmp_path: Path) -> None:
    (r,) = _read(tmp_path / "nope.txt")
    assert isinstance(r, InputError)
    assert "no such file" in r.problem


def test_readers_html_drops_scripts_and_read_also_teaser(tmp_path: Path) -> None:
    body = " ".join(["Chinese Foreign Minister Wang Yi praised Russia on Monday in Beijing."] * 3)
    html = f"""<!doctype html><html><head><title>Wang praises Russia</title>
    <script>alert('x')</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Wang praises Russia</h1><p>{body}</p>
    <p>READ ALSO: Ukraine says drones hit refinery near Moscow</p>
    <p>{body}</p></article><footer>Copyright 2026</footer></body></html>"""
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    (doc,) = _read(f)
    assert isinstance(doc, Document)
    assert "Wang Yi praised Russia" in doc.text
    assert "READ ALSO" not in doc.text and "refinery" not in doc.text
    assert "alert" not in doc.text and "Home" not in doc.text


def test_readers_jsonl_overlong_line_is_skipped_and_next_line_read(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    huge = json.dumps({"id": "big", "text": "word " * 5000})
    f.write_text(huge + "\n" + json.dumps({"id": "ok", "text": "Hello."}) + "\n", encoding="utf-8")
    results = _read(f, settings=Settings(max_bytes=1_000))
    assert isinstance(results[0], InputError)
    assert "too large" in results[0].problem
    assert results[0].source.endswith(":1")
    assert isinstance(results[1], Document)
    assert results[1].id == "ok"
    assert results[1].origin is not None and results[1].origin.endswith(":2")


def test_readers_jsonl_deeply_nested_line_is_an_error_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"a":' * 100_000 + "\n" + json.dumps({"id": "ok", "text": "Hello."}) + "\n")
    results = _read(f)
    assert isinstance(results[0], InputError)
    assert "nested" in results[0].problem
    assert isinstance(results[1], Document)


def test_readers_jsonl_never_reads_an_unbounded_line() -> None:
    import io

    from tacitus.readers.core import read_jsonl

    class Bounded(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            assert size is not None and 0 < size <= 1_001 + (1 << 20)
            return super().readline(size)

        def __iter__(self) -> Bounded:
            raise AssertionError("iterating reads whole lines")

    data = b'{"text": "' + b"x" * 3_000_000 + b'"}\n{"text": "Hello."}\n'
    results = list(read_jsonl(Bounded(data), "s", Settings(max_bytes=1_000)))
    assert isinstance(results[0], InputError)
    assert isinstance(results[1], Document)
