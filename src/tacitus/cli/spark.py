"""`tacitus spark INPUT... --out DIR [--master URL]`: code a corpus with Spark into Parquet datasets."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from tacitus.cli.app import app
from tacitus.cli.common import make_settings, parse_date, report_failure
from tacitus.errors import ConfigError
from tacitus.pipeline import Failure

MAX_LISTED_ERRORS = 20


class InputFormat(StrEnum):
    files = "files"
    parquet = "parquet"


def _conf(pairs: list[str] | None) -> dict[str, str]:
    conf: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{pair!r}: use KEY=VALUE", param_hint="--conf")
        conf[key.strip()] = value
    return conf


def _check_out(out: str, overwrite: bool) -> None:
    """Refuse to mix a new run with an old one in a local output directory (remote paths: Spark refuses)."""
    if "://" in out or overwrite:
        return
    from tacitus.distributed.schema import DATASETS

    existing = [name for name in (*DATASETS, "gdelt") if (Path(out) / name).exists()]
    if existing:
        raise ConfigError(
            f"{out} already holds {', '.join(existing)}: choose another --out or add --overwrite"
        )


@app.command("spark")
def spark_command(
    inputs: list[str] = typer.Argument(
        ..., help="Files or directories (text, HTML, JSONL; local, hdfs://, s3a://...), or Parquet tables."
    ),
    out: str = typer.Option(..., "--out", "-o", help="Output directory for the Parquet datasets."),
    master: str = typer.Option(
        "local[*]", "--master", help="Spark master: local[N], spark://HOST:7077, yarn, k8s://..."
    ),
    input_format: InputFormat = typer.Option(
        InputFormat.files,
        "--input-format",
        help="files: text/HTML/JSONL files; parquet: a table with id, text (title, date, url, source).",
    ),
    partitions: int | None = typer.Option(
        None, "--partitions", min=1, help="Partitions to code in (default: 4 per core of the cluster)."
    ),
    date: str | None = typer.Option(None, "--date", help="Publication date for inputs that carry none."),
    actors: list[Path] | None = typer.Option(
        None, "--actors", help="Extra actor dictionary (YAML/CSV); the path must exist on every worker."
    ),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per spaCy batch in a task."),
    dedupe: bool = typer.Option(True, "--dedupe/--no-dedupe", help="Code identical texts once."),
    gdelt: bool = typer.Option(
        False, "--gdelt", help="Also write the GDELT 2.0 event table (tab-separated) under OUT/gdelt."
    ),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace datasets already in --out."),
    conf: list[str] | None = typer.Option(None, "--conf", help="Spark setting KEY=VALUE (repeatable)."),
) -> None:
    """Code articles on Spark; write documents, mentions, quotes, events, groups, errors as Parquet."""
    from tacitus.distributed import spark as tspark

    settings = make_settings(actors, batch_size=batch_size)
    when = parse_date(date)
    _check_out(out, overwrite)
    tspark.require_pyspark()
    from pyspark.errors import AnalysisException
    from pyspark.sql import SparkSession

    own_session = SparkSession.getActiveSession() is None
    progress = {"spark.ui.showConsoleProgress": str(sys.stderr.isatty()).lower()}
    session = tspark.spark_session(master, conf={**progress, **_conf(conf)})
    try:
        session.sparkContext.setLogLevel("ERROR")
        if input_format is InputFormat.parquet:
            corpus = tspark.code_articles(
                session,
                session.read.parquet(*inputs),
                settings,
                default_date=when,
                partitions=partitions,
                dedupe=dedupe,
            )
        else:
            corpus = tspark.code_paths(
                session, inputs, settings, default_date=when, partitions=partitions, dedupe=dedupe
            )
        written = tspark.write_datasets(corpus, out, overwrite=overwrite, gdelt=gdelt)
        counts = corpus.written_counts(written)
        failed = corpus.errors.limit(MAX_LISTED_ERRORS).collect() if counts["errors"] else []
        corpus.unpersist()
    except AnalysisException as e:  # a missing input, an existing remote output: no article was coded
        raise ConfigError(f"Spark: {str(e).splitlines()[0]}") from e
    finally:
        if own_session:
            session.stop()
    _summary(out, counts, failed, list(written))
    if counts["errors"]:
        raise typer.Exit(1)


def _summary(out: str, counts: dict[str, int], failed: list[Any], written: list[str]) -> None:
    for row in failed:
        report_failure(Failure(row["origin"] or row["doc_id"], row["message"], row["stage"]))
    if counts["errors"] > len(failed):
        print(f"tacitus: ... and {counts['errors'] - len(failed)} more", file=sys.stderr)
    print(
        f"tacitus: coded {counts['documents']} articles ({counts['events']} events, "
        f"{counts['quotes']} quotes, {counts['mentions']} mentions; {counts['groups']} events after dedup); "
        f"failed {counts['errors']}",
        file=sys.stderr,
    )
    print(f"tacitus: wrote {', '.join(written)} under {out}", file=sys.stderr)
