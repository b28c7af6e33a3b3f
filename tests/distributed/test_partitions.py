"""Per-partition work without Spark: reading rows and files into articles, and coding them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from tacitus.distributed.partitions import CodeArticles, ReadArticles, coded_rows
from tacitus.distributed.schema import ARTICLES, coded_schema
from tacitus.model import Document
from tacitus.pipeline import Failure, Pipeline
from tacitus.readers import read_paths
from tacitus.settings import Settings

READ = ReadArticles(Settings(), default_date=date(2026, 3, 2))


def test_table_rows_become_articles_with_the_readers_checks() -> None:
    good = READ.read({"id": "a", "text": "China praised Russia.\r\n", "date": "2026-01-05", "title": "T"})
    empty = READ.read({"id": "b", "text": "  "})
    binary = READ.read({"id": "c", "text": "abc\x00def"})
    undated = READ.read({"id": "d", "text": "China praised Russia."})
    assert good[0]["text"] == "China praised Russia.\n" and good[0]["date"] == date(2026, 1, 5)
    assert "error" not in good[0]
    assert empty == [{"doc_id": "b", "origin": "id b", "error": "empty input"}]
    assert binary[0]["doc_id"] == "c" and "binary" in binary[0]["error"]
    assert undated[0]["date"] == date(2026, 3, 2)


def test_a_jsonl_file_gives_one_article_per_line_and_errors_name_the_line() -> None:
    content = b'{"id": "x", "text": "China praised Russia."}\n\n{"id": "y", "text": ""}\nnot json\n'
    rows = READ.read({"path": "file:/data/news.jsonl", "content": content})
    assert [r.get("doc_id") for r in rows] == ["x", None, None]
    assert rows[1]["origin"] == "/data/news.jsonl:3" and rows[1]["error"] == "empty input"
    assert rows[2]["origin"] == "/data/news.jsonl:4" and "invalid JSON" in rows[2]["error"]


def test_text_files_are_named_by_their_stem_and_other_files_skipped() -> None:
    (text,) = READ.read({"path": "hdfs://nn/news/wire-17.txt", "content": b"China praised Russia."})
    assert text["doc_id"] == "wire-17" and text["origin"] == "hdfs://nn/news/wire-17.txt"
    assert READ.read({"path": "file:/data/photo.png", "content": b"\x89PNG"}) == []
    (binary,) = READ.read({"path": "file:/data/b.txt", "content": b"\x00\x01\x02"})
    assert "binary" in binary["error"]


@pytest.mark.parametrize("name", ["wire.v2.txt", ".notes", "README"])
def test_file_articles_get_the_ids_the_local_readers_give(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("China praised Russia.", encoding="utf-8")
    (local,) = read_paths([path])
    (row,) = READ.read({"path": f"file:{path}", "content": path.read_bytes()})
    assert isinstance(local, Document) and row["doc_id"] == local.id and row["origin"] == local.origin


def test_read_batches_match_the_articles_schema() -> None:
    batch = pa.RecordBatch.from_pylist(
        [{"id": "a", "text": "China praised Russia."}, {"id": "b", "text": ""}],
        schema=pa.schema([pa.field("id", pa.string()), pa.field("text", pa.string())]),
    )
    (out,) = list(READ([batch]))
    assert out.schema.equals(ARTICLES) and out.num_rows == 2
    assert out.column("error").to_pylist() == [None, "empty input"]


@pytest.mark.model
def test_coding_isolates_errors_and_keeps_article_order(pipeline: Pipeline) -> None:
    articles = READ.read({"id": "a", "text": "China praised Russia on Monday."})
    articles += READ.read({"id": "b", "text": ""})
    articles += READ.read({"id": "c", "text": "Russian forces shelled Kharkiv."})
    rows = coded_rows(pipeline, [{**dict.fromkeys(ARTICLES.names), **a} for a in articles])
    assert [r["document"]["doc_id"] if r["document"] else None for r in rows] == ["a", None, "c"]
    assert rows[1]["error"] == {"doc_id": "b", "origin": "id b", "stage": "read", "message": "empty input"}
    assert [e["cameo"] for e in rows[0]["events"]] and rows[0]["events"][0]["source_code"] == "CHN"


@pytest.mark.model
def test_code_batches_match_the_coded_schema(pipeline: Pipeline) -> None:
    (articles,) = list(READ([pa.RecordBatch.from_pylist([{"id": "a", "text": "China praised Russia."}])]))
    (out,) = list(CodeArticles(Settings())([articles]))
    assert out.schema.equals(coded_schema()) and out.num_rows == 1


class _FlakyPipeline:
    """Fails one document as a stage would, and breaks a whole batch that holds "crash"."""

    def run(self, docs: list[Document]) -> Iterator[Document | Failure]:
        if len(docs) > 1 and any("crash" in d.text for d in docs):
            raise RuntimeError("batch broke")
        for d in docs:
            if "crash" in d.text:
                raise RuntimeError("still broken")
            yield Failure(d.origin or d.id, "bad parse", "nlp") if "boom" in d.text else d


def test_a_failing_document_or_batch_becomes_error_rows_and_the_others_are_kept() -> None:
    texts = {"a": "China praised Russia.", "b": "boom", "c": "crash", "d": "Russia thanked China."}
    articles = [
        {**dict.fromkeys(ARTICLES.names), **READ.read({"id": k, "text": v})[0]} for k, v in texts.items()
    ]
    rows = coded_rows(_FlakyPipeline(), articles)  # type: ignore[arg-type]
    assert [r["document"]["doc_id"] if r["document"] else None for r in rows] == ["a", None, None, "d"]
    assert rows[1]["error"]["stage"] == "nlp" and rows[1]["error"]["message"] == "bad parse"
    assert rows[2]["error"]["doc_id"] == "c" and "still broken" in rows[2]["error"]["message"]
