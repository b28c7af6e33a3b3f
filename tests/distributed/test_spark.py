"""Spark runner on a local[2] session: same records as the local pipeline, bad articles isolated, CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tacitus.cli.main import app
from tacitus.distributed.schema import dataset_schemas
from tacitus.errors import ConfigError
from tacitus.export import write_gdelt
from tacitus.model import Document
from tacitus.pipeline import Pipeline
from tacitus.readers import read_text
from tacitus.serialize import event_record, mention_record, quote_record
from tacitus.store import Store
from tacitus.store import schema as db
from tacitus.store.rows import event_dict

pytest.importorskip("pyspark")
pytestmark = [pytest.mark.spark, pytest.mark.model]

ROOT = Path(__file__).resolve().parents[2]
WHEN = date(2026, 3, 2)
TEXTS = {
    "briefing": (ROOT / "examples" / "briefing.txt").read_text(encoding="utf-8"),
    # "attacked", not "shelled": a RUSMIL-UKR 194 group would hold events of two articles with different
    # target names, and Spark's first event (smallest hash id) is not the database's (first inserted).
    "short": "Russian forces attacked Kharkiv on Monday. The EU imposed sanctions on Moscow, an aide said.",
    "quote": '"We will not negotiate under fire," Ukrainian President Volodymyr Zelensky told reporters.',
}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from tacitus.distributed.spark import require_java, spark_session

    try:
        require_java()
    except Exception as e:
        pytest.skip(str(e))
    session = spark_session("local[2]", conf={"spark.ui.showConsoleProgress": "false"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(spark: Any) -> Iterator[Any]:
    from tacitus.distributed.spark import code_articles

    rows = [(doc_id, text, WHEN.isoformat()) for doc_id, text in TEXTS.items()]
    rows += [
        ("short-copy", TEXTS["short"], WHEN.isoformat()),
        ("empty", "   ", None),
        ("binary", "ab\x00\x01cd", None),
    ]
    df = spark.createDataFrame(rows, "id string, text string, date string")
    coded = code_articles(spark, df, partitions=2)
    yield coded
    coded.unpersist()


def _local(pipeline: Pipeline) -> dict[str, Document]:
    docs = [read_text(text, doc_id=doc_id, when=WHEN) for doc_id, text in TEXTS.items()]
    return {d.id: d for d in pipeline.run(docs) if isinstance(d, Document)}


def _project(actual: Any, expected: Any) -> Any:
    """`actual` restricted to the keys `expected` has (stored rows carry a few more, e.g. ids)."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {k: _project(actual.get(k), v) for k, v in expected.items()}
    return actual


def _rounded(rec: dict[str, Any]) -> dict[str, Any]:
    return {**rec, "confidence": round(rec["confidence"], 3)}


def test_spark_events_equal_the_local_pipelines_records(corpus: Any, pipeline: Pipeline) -> None:
    local = _local(pipeline)
    expected = sorted(
        (
            {**event_record(d, e), "date": (e.date or d.date or WHEN).isoformat()}
            for d in local.values()
            for e in d.events
        ),
        key=lambda r: (r["doc_id"], r["sentence_index"], r["trigger"]["start"], r["cameo"]),
    )
    rows = sorted(
        (r.asDict(recursive=True) for r in corpus.events.collect()),
        key=lambda r: (r["doc_id"], r["sentence_index"], r["trigger_start"], r["cameo"]),
    )
    assert len(rows) == len(expected) > 10
    got = [_rounded(_project(event_dict(r), e)) for r, e in zip(rows, expected, strict=True)]
    assert got == expected


def test_spark_quotes_and_mentions_equal_the_local_pipelines(corpus: Any, pipeline: Pipeline) -> None:
    local = _local(pipeline)
    want_quotes = sorted(
        (q["doc_id"], q["id"], q["type"], q["text"], q["start"], (q["speaker"] or {}).get("code"))
        for d in local.values()
        for q in map(lambda q, d=d: quote_record(d, q), d.quotes)
    )
    got_quotes = sorted(
        (r.doc_id, r.quote_id, r.type, r.text, r.start, r.speaker_code) for r in corpus.quotes.collect()
    )
    assert got_quotes == want_quotes and len(want_quotes) > 3
    want_mentions = sorted(
        (m["doc_id"], m["id"], m["start"], m["end"], m["code"])
        for d in local.values()
        for m in map(lambda m, d=d: mention_record(d, m), d.mentions)
    )
    got_mentions = sorted(
        (r.doc_id, r.mention_id, r.start, r.end, r.actor_code) for r in corpus.mentions.collect()
    )
    assert got_mentions == want_mentions


def _local_store(pipeline: Pipeline, tmp_path: Path) -> Store:
    store = Store(tmp_path / "local.db")
    store.add_documents(list(_local(pipeline).values()))
    return store


GROUP_FIELDS = ("source_code", "target_code", "cameo", "date", "num_mentions", "num_sources", "num_articles")


def _group_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (*(row[f] for f in GROUP_FIELDS), row["is_root"], round(row["avg_tone"], 3))


def test_spark_groups_and_gdelt_lines_equal_the_databases(
    corpus: Any, pipeline: Pipeline, tmp_path: Path
) -> None:
    store = _local_store(pipeline, tmp_path)
    with store.engine.connect() as conn:
        stored = [dict(r._mapping) for r in conn.execute(select(db.event_groups_view()))]
    want = sorted(map(_group_key, stored), key=repr)
    got = sorted((_group_key(r.asDict()) for r in corpus.groups.collect()), key=repr)
    assert got == want and len(want) > 10
    # GDELT lines: the same but for the event id (a database serial here) and DATEADDED (ingestion time).
    local_gdelt = tmp_path / "local.tsv"
    write_gdelt(store, local_gdelt)
    store.close()

    def _comparable(line: str) -> tuple[str, ...]:
        fields = line.split("\t")
        assert len(fields) == 61
        return (*fields[1:59], fields[60])

    got_lines = sorted(_comparable(r.value) for r in corpus.gdelt().collect())
    want_lines = sorted(_comparable(line) for line in local_gdelt.read_text(encoding="utf-8").splitlines())
    assert got_lines == want_lines


def test_bad_articles_become_error_rows_and_duplicates_are_coded_once(corpus: Any) -> None:
    errors = {r.doc_id: r for r in corpus.errors.collect()}
    assert set(errors) == {"empty", "binary"}
    assert errors["empty"].message == "empty input" and errors["empty"].stage == "read"
    assert "binary" in errors["binary"].message
    docs = {r.doc_id for r in corpus.documents.collect()}
    assert docs == set(TEXTS)  # "short-copy" has the text of "short": the smaller id is kept
    counts = corpus.counts()
    assert counts["documents"] == 3 and counts["errors"] == 2
    assert counts["events"] == corpus.events.count()


def test_a_timestamp_date_column_gives_the_utc_date_in_any_session_time_zone(spark: Any) -> None:
    from tacitus.distributed.spark import read_articles

    late = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)  # the evening of March 2 in New York
    zone = spark.conf.get("spark.sql.session.timeZone")
    spark.conf.set("spark.sql.session.timeZone", "America/New_York")
    try:
        df = spark.createDataFrame(
            [("a", "China praised Russia.", late)], "id string, text string, date timestamp"
        )
        (row,) = read_articles(df).collect()
    finally:
        spark.conf.set("spark.sql.session.timeZone", zone)
    assert row.date == date(2026, 3, 3)


def test_cli_writes_readable_parquet_datasets(spark: Any, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "wire.jsonl").write_text(
        '{"id": "j1", "text": "China praised Russia.", "date": "2026-03-02"}\n{"id": "j2", "text": ""}\n',
        encoding="utf-8",
    )
    (inputs / "story.txt").write_text(TEXTS["short"], encoding="utf-8")
    (inputs / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["spark", str(inputs), "--out", str(out), "--master", "local[2]", "--gdelt"]
    )
    assert result.exit_code == 1, result.output  # two inputs failed
    assert "coded 2 articles" in result.stderr and "failed 2" in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("tacitus: skipped ")]
    assert len(skipped) == 2 and any("blob.txt: " in line for line in skipped)
    for name, schema in dataset_schemas().items():
        written = ds.dataset(out / name, format="parquet").schema  # Spark marks counts "not null"
        assert [(f.name, f.type) for f in written] == [(f.name, f.type) for f in schema], name
    events = ds.dataset(out / "events", format="parquet").to_table().to_pylist()
    assert {e["doc_id"] for e in events} == {"j1", "story"}
    gdelt = [line for f in sorted((out / "gdelt").glob("part-*")) for line in f.read_text().splitlines()]
    assert gdelt and all(len(line.split("\t")) == 61 for line in gdelt)
    # The GDELT table is the groups dataset written: the same events, the same DATEADDED.
    groups = ds.dataset(out / "groups", format="parquet").to_table().to_pylist()
    assert f"; {len(groups)} events after dedup" in result.stderr
    stamped = {(str(g["id"]), g["first_added"].astimezone(UTC).strftime("%Y%m%d%H%M%S")) for g in groups}
    assert {(f[0], f[59]) for f in (line.split("\t") for line in gdelt)} == stamped
    errors = ds.dataset(out / "errors", format="parquet").to_table().to_pylist()
    assert sorted(e["origin"].rsplit("/", 1)[-1] for e in errors) == ["blob.txt", "wire.jsonl:2"]
    again = CliRunner().invoke(app, ["spark", str(inputs), "--out", str(out)])
    assert again.exit_code != 0 and "--overwrite" in str(again.exception or again.stderr)


def test_cli_missing_input_is_a_config_error_not_a_traceback(spark: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(app, ["spark", str(missing), "--out", str(tmp_path / "out")])
    assert isinstance(result.exception, ConfigError), result.exception
    assert "does not exist" in str(result.exception) and str(missing) in str(result.exception)
