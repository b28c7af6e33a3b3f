"""Readers: every input becomes a `Document` or an `InputError` that names the input and the problem.

Nothing here raises for a bad article: a batch of a million keeps going past the one that is broken.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from tacitus.errors import InputError
from tacitus.model import Document, make_doc_id
from tacitus.readers.html import extract_html, looks_like_html
from tacitus.readers.repair import repair_replacement_chars
from tacitus.settings import Settings

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read_paths(
    paths: Iterable[str | Path], settings: Settings | None = None, default_date: date | None = None
) -> Iterator[Document | InputError]:
    """Read files, directories (recursively, sorted) and `-` (stdin)."""
    settings = settings or Settings()
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", settings, default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield InputError(str(path), "directory holds no files")
            for f in files:
                if f.suffix.lower() in READABLE:
                    yield from read_file(f, settings, default_date)
        elif path.exists():
            yield from read_file(path, settings, default_date)
        else:
            yield InputError(str(path), "no such file or directory")


def read_file(
    path: Path, settings: Settings, default_date: date | None = None
) -> Iterator[Document | InputError]:
    try:
        size = path.stat().st_size
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, str(path), settings, default_date)
            return
        if size > settings.max_bytes:
            yield InputError(str(path), _too_large(size, settings))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    kind = "html" if path.suffix.lower() in HTML_SUFFIXES else "auto"
    yield _from_bytes(data, str(path), settings, kind=kind, doc_id=path.stem, default_date=default_date)


def read_blob(
    data: bytes, origin: str, settings: Settings, default_date: date | None = None
) -> Iterator[Document | InputError]:
    """Read a file's bytes as `read_file` reads the file (kind from the suffix of `origin`)."""
    path = PurePosixPath(origin)  # the suffix and stem as `read_file` takes them from a `Path`
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        import io

        yield from read_jsonl(io.BytesIO(data), origin, settings, default_date)
        return
    if len(data) > settings.max_bytes:
        yield InputError(origin, _too_large(len(data), settings))
        return
    kind = "html" if suffix in HTML_SUFFIXES else "auto"
    yield _from_bytes(data, origin, settings, kind=kind, doc_id=path.stem, default_date=default_date)


def read_record(
    obj: dict[str, Any], origin: str, settings: Settings, default_date: date | None = None
) -> Document | InputError:
    """One article from a mapping (a JSONL object, a table row): `text` or `html`, optional `id`, `title`,
    `url`, `date`, `source`."""
    return _from_record(obj, origin, settings, default_date)


def _read_stream(
    stream: BinaryIO, origin: str, settings: Settings, default_date: date | None
) -> Iterator[Document | InputError]:
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield InputError(origin, _too_large(len(data), settings, at_least=True))
        return
    head = data.lstrip()[:1]
    if head == b"{":  # JSONL on stdin
        import io

        yield from read_jsonl(io.BytesIO(data), origin, settings, default_date)
        return
    yield _from_bytes(data, origin, settings, kind="auto", doc_id=None, default_date=default_date)


def read_jsonl(
    stream: BinaryIO, origin: str, settings: Settings, default_date: date | None = None
) -> Iterator[Document | InputError]:
    """One article per line: `text` (or `html`) plus optional `id`, `title`, `url`, `date`, `source`."""
    for lineno, (line, size) in enumerate(_bounded_lines(stream, settings.max_bytes), start=1):
        where = f"{origin}:{lineno}"
        if size > settings.max_bytes:
            yield InputError(where, _too_large(size, settings))
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield InputError(where, f"invalid UTF-8 at byte {exc.start}")
            continue
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:  # '[[[[...' nested deeper than the parser's stack
            yield InputError(where, "invalid JSON: nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "a JSONL line must be an object")
            continue
        yield _from_record(obj, where, settings, default_date)


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes, int]]:
    """Yield (line, size) without holding more than `limit` bytes of one line in memory.

    A line longer than `limit` is yielded as (b"", size) after the rest of it has been skipped.
    """
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        size = len(line)
        if size > limit and not line.endswith(b"\n"):
            while True:
                chunk = stream.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield b"", size
            continue
        yield line, size


def _from_record(
    obj: dict[str, Any], where: str, settings: Settings, default_date: date | None
) -> Document | InputError:
    text = obj.get("text")
    html = obj.get("html")
    title = _opt_str(obj.get("title"))
    if isinstance(html, str) and not isinstance(text, str):
        extracted = extract_html(html)
        text, title = extracted.text, title or extracted.title
    if not isinstance(text, str):
        return InputError(where, 'record has no "text" string')
    try:
        when = _parse_date(obj.get("date")) or default_date
    except ValueError:
        return InputError(where, f"unreadable date {obj.get('date')!r} (use YYYY-MM-DD)")
    return _make_doc(
        text,
        where,
        settings,
        doc_id=_opt_str(obj.get("id")),
        title=title,
        url=_opt_str(obj.get("url")),
        source=_opt_str(obj.get("source")),
        when=when,
    )


def read_text(
    text: str, doc_id: str | None = None, when: date | None = None, title: str | None = None
) -> Document:
    """Build a document from a Python string (library use); raises `InputError` if it is unusable."""
    doc = _make_doc(text, doc_id or "<text>", Settings(), doc_id=doc_id, when=when, title=title)
    if isinstance(doc, InputError):
        raise doc
    return doc


def _from_bytes(
    data: bytes, origin: str, settings: Settings, kind: str, doc_id: str | None, default_date: date | None
) -> Document | InputError:
    if not data.strip():
        return InputError(origin, "empty input")
    if b"\x00" in data[:8192]:
        return InputError(origin, "binary data, not text (NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(origin, f"invalid UTF-8 at byte {exc.start}; re-encode the file as UTF-8")
    title = None
    when = default_date
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        extracted = extract_html(text)
        text, title = extracted.text, extracted.title
        when = when or extracted.date
        if not text.strip():
            return InputError(origin, "HTML page has no main text")
    return _make_doc(text, origin, settings, doc_id=doc_id, title=title, when=when)


def _make_doc(
    text: str,
    origin: str,
    settings: Settings,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    when: date | None = None,
) -> Document | InputError:
    if not text.strip():
        return InputError(origin, "empty input")
    if "\x00" in text:
        return InputError(origin, "binary data, not text (NUL characters)")
    if len(text.encode("utf-8")) > settings.max_bytes:
        return InputError(origin, _too_large(len(text.encode("utf-8")), settings))
    # Normalise newlines so character offsets are the same whatever platform wrote the file, and restore
    # quote marks lost to a bad decode (readers/repair.py).
    text = repair_replacement_chars(text.replace("\r\n", "\n").replace("\r", "\n"))
    return Document(
        id=doc_id or make_doc_id(text),
        text=text,
        title=title,
        url=url,
        date=when,
        source=source,
        origin=origin,
    )


def _too_large(size: int, settings: Settings, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (
        f"too large ({more}{size / 1e6:.1f} MB; the limit is {settings.max_bytes / 1e6:.1f} MB "
        "per article): split it into articles"
    )


def _opt_str(value: object) -> str | None:
    return str(value) if value is not None and value != "" else None


def _parse_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    return date.fromisoformat(value[:10])
