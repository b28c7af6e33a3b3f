"""Code articles with Spark: a DataFrame of articles (or input files) in, DataFrames of records out.

    spark = spark_session("local[2]")                   # or "spark://host:7077", "yarn"
    corpus = code_articles(spark, articles_df)          # columns id, text; optional title, date, url, source
    corpus = code_paths(spark, ["hdfs:///news/2026/"])  # text, HTML and JSONL files, read on the executors
    write_datasets(corpus, "out/")                      # Parquet: documents ... events, groups, errors

Every worker node needs Tacitus and its model installed in the Python Spark runs (`PYSPARK_PYTHON`).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from tacitus.distributed.partitions import RECORD_FIELDS, CodeArticles, ReadArticles, gdelt_lines
from tacitus.distributed.schema import (
    ARTICLES,
    DATASETS,
    GDELT_LINES,
    coded_schema,
    dataset_schemas,
    spark_schema,
    spark_type,
)
from tacitus.errors import ConfigError
from tacitus.settings import Settings

log = logging.getLogger(__name__)

PARTITIONS_PER_CORE = 4  # several tasks per core: a slow partition (long articles) does not hold the job


def require_pyspark() -> None:
    """Raise `ConfigError` with the install command when pyspark is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError as e:
        raise ConfigError(
            "Spark support needs pyspark: pip install 'tacitus[spark]' (pyspark 4.3.0 and a Java 17+ runtime)"
        ) from e


def require_java() -> None:
    """Raise `ConfigError` when no Java runtime is found (Spark's driver runs in a JVM)."""
    home = os.environ.get("JAVA_HOME")
    if (home and (Path(home) / "bin" / "java").is_file()) or shutil.which("java"):
        return
    raise ConfigError(
        "Spark needs a Java 17+ runtime and none was found on PATH or in JAVA_HOME: install one "
        "(Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME"
    )


def spark_session(
    master: str | None = "local[*]", app_name: str = "tacitus", conf: Mapping[str, str] | None = None
) -> Any:
    """The active SparkSession, or a new one on `master` (None: the master spark-submit configured)."""
    require_pyspark()
    from pyspark.sql import SparkSession

    with _quiet_pandas_check():
        # pyspark imports this on its first py4j call and warns then that pandas 3 is "not yet fully
        # supported": import it now, quietly (we hand Spark Arrow batches, never pandas).
        import pyspark.testing.utils  # noqa: F401
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    require_java()
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master is None or master.startswith("local"):
        # Bind to loopback (Spark otherwise picks a LAN address) and run workers in this Python (Tacitus and
        # its model are installed here). On a cluster both come from the cluster's own configuration.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.config("spark.ui.enabled", "false")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as e:
        raise ConfigError(f"cannot start Spark (master {master or 'from spark-submit'}): {e}") from e


@contextmanager
def _quiet_pandas_check() -> Iterator[None]:
    # mapInArrow checks the pandas version and warns that pandas 3 is "not yet fully supported"; we pass
    # Arrow batches only and never go through pandas.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="PySpark does not yet fully support pandas", category=FutureWarning
        )
        yield


@dataclass
class CodedCorpus:
    """The coded corpus: one persisted row per article, split into the output datasets on demand."""

    coded: Any  # DataFrame of `coded_schema()` rows, persisted (memory and disk)

    def dataset(self, name: str) -> Any:
        """One output DataFrame: documents, mentions, quotes, events or errors (see `schema.DATASETS`)."""
        from pyspark.sql import functions as F

        if name in ("documents", "errors"):
            column = "document" if name == "documents" else "error"
            return self.coded.where(F.col(column).isNotNull()).select(f"{column}.*")
        if name in ("mentions", "quotes", "events"):
            return self.coded.select(F.explode(name).alias("r")).select("r.*")
        if name == "groups":
            return event_groups(self.dataset("events"), self.dataset("documents"))
        raise ConfigError(f"dataset {name!r}: use one of {', '.join(DATASETS)}")

    @property
    def events(self) -> Any:
        return self.dataset("events")

    @property
    def quotes(self) -> Any:
        return self.dataset("quotes")

    @property
    def mentions(self) -> Any:
        return self.dataset("mentions")

    @property
    def documents(self) -> Any:
        return self.dataset("documents")

    @property
    def errors(self) -> Any:
        return self.dataset("errors")

    def counts(self) -> dict[str, int]:
        """Rows per dataset but `groups` (an aggregation of its own), in one pass over the persisted rows."""
        from pyspark.sql import functions as F

        row = self.coded.agg(
            F.count("document").alias("documents"),
            *(F.sum(F.size(n)).alias(n) for n in ("mentions", "quotes", "events")),
            F.count("error").alias("errors"),
        ).first()
        return {name: int(row[name] or 0) for name in DATASETS if name != "groups"}

    def written_counts(self, written: Mapping[str, str]) -> dict[str, int]:
        """Rows per dataset after `write_datasets`; `groups` from its Parquet (not aggregated again)."""
        groups = self.coded.sparkSession.read.parquet(written["groups"]).count()
        return {**self.counts(), "groups": groups}

    @property
    def groups(self) -> Any:
        return self.dataset("groups")

    def gdelt(self) -> Any:
        """The GDELT 2.0 event table as a DataFrame of tab-separated lines (column `value`)."""
        return gdelt_table(self.groups)

    def unpersist(self) -> None:
        self.coded.unpersist()


def gdelt_table(groups: Any) -> Any:
    """Deduplicated events (a `groups` DataFrame) as GDELT 2.0 lines (column `value`)."""
    with _quiet_pandas_check():
        return groups.mapInArrow(gdelt_lines, spark_schema(GDELT_LINES))


def event_groups(events: Any, documents: Any) -> Any:
    """GDELT-style deduplicated events, as the database computes its `event_groups` table.

    One row per (source code, target code, CAMEO code, date) among non-negated events, described by its
    first event (smallest id) with counts of mentions, sources and articles and the articles' mean tone.
    `first_added` is the time of this run (GDELT's DATEADDED).
    """
    from pyspark.sql import functions as F

    tone = documents.select(F.col("id").alias("document_id"), F.col("tone").alias("_tone"))
    ev = events.where(~F.col("negated")).join(tone, "document_id", "left")
    schema = dataset_schemas()["groups"]
    keys = ["source_code", "target_code", "cameo", "date"]
    counted = {
        "num_mentions": F.count(F.lit(1)),
        # size(collect_set): a group's sets are small, and two distinct counts would double every row.
        "num_sources": F.size(F.collect_set(F.coalesce(F.col("doc_source"), F.lit("")))),
        "num_articles": F.size(F.collect_set("document_id")),
        "is_root": F.max(F.when(F.col("sentence_index") == 0, 1).otherwise(0)),
        "avg_tone": F.avg("_tone"),
    }
    described = [n for n in schema.names if n not in counted and n not in keys and n in events.columns]
    grouped = ev.groupBy(*keys).agg(
        *(agg.alias(name) for name, agg in counted.items()),
        F.min(F.struct("id", *(c for c in described if c != "id"), "doc_url")).alias("first"),
    )
    computed = {
        **{k: F.col(k) for k in (*keys, *counted)},
        **{c: F.col(f"first.{c}") for c in described},
        "url": F.col("first.doc_url"),
        "first_added": F.current_timestamp(),
    }
    return grouped.select(*(computed[f.name].cast(spark_type(f.type)).alias(f.name) for f in schema))


def default_partitions(spark: Any) -> int:
    """Partitions for coding: a few per core of the cluster."""
    try:
        cores = int(spark.sparkContext.defaultParallelism)
    except Exception:  # Spark Connect has no SparkContext
        cores = int(spark.conf.get("spark.default.parallelism", "2"))
    return max(1, cores) * PARTITIONS_PER_CORE


def read_articles(articles: Any, settings: Settings | None = None, default_date: date | None = None) -> Any:
    """A DataFrame of articles (`id`, `text` or `html`, optional `title`, `date`, `url`, `source`) read
    and checked as the JSONL reader does: an empty or binary text becomes a row with `error` set."""
    names = set(articles.columns)
    if not names & {"text", "html"}:
        raise ConfigError(f"the articles DataFrame needs a text (or html) column; it has {sorted(names)}")
    cols = [_as_string(articles, f).alias(f) for f in RECORD_FIELDS]
    with _quiet_pandas_check():
        return articles.select(*cols).mapInArrow(
            ReadArticles(settings or Settings(), default_date), spark_schema(ARTICLES)
        )


def _as_string(articles: Any, name: str) -> Any:
    """A column as the readers' string; a timestamp `date` as its UTC date, whatever the session time zone."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import TimestampType

    if name not in articles.columns:
        return F.lit(None).cast("string")
    column = F.col(name)
    if isinstance(articles.schema[name].dataType, TimestampType):
        # Shown in the session time zone, the shifted instant reads as the UTC wall-clock time.
        zone = articles.sparkSession.conf.get("spark.sql.session.timeZone")
        column = F.to_date(F.to_utc_timestamp(column, zone))
    return column.cast("string")


def read_files(
    spark: Any, paths: Sequence[str], settings: Settings | None = None, default_date: date | None = None
) -> Any:
    """Text, HTML and JSONL files under `paths` (any Hadoop path), read on the executors by our readers."""
    files = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load([str(p) for p in paths])
        .select("path", "content")
    )
    with _quiet_pandas_check():
        return files.mapInArrow(ReadArticles(settings or Settings(), default_date), spark_schema(ARTICLES))


def _dedupe(articles: Any) -> Any:
    """One article per content hash (as the database keeps), the one with the smallest id and origin.

    Read errors have no hash: they are keyed by what they say, so each is kept (once). One grouping over
    all rows, not a union of two filters, so the inputs are read once.
    """
    from pyspark.sql import functions as F

    error_key = F.concat_ws("\x00", F.lit("error"), "origin", "doc_id", "error")
    key = F.coalesce(F.col("content_hash"), error_key).alias("key")
    rest = [c for c in ARTICLES.names if c not in ("doc_id", "origin")]
    first = F.min(F.struct("doc_id", "origin", *rest)).alias("a")
    return articles.groupBy(key).agg(first).select("a.*").select(*ARTICLES.names)


def code_read_articles(
    spark: Any,
    articles: Any,
    settings: Settings | None = None,
    *,
    partitions: int | None = None,
    dedupe: bool = True,
) -> CodedCorpus:
    """Code `ARTICLES` rows (from `read_articles` or `read_files`) with one pipeline per Python worker."""
    from pyspark import StorageLevel

    # One spaCy process per Spark task: Spark provides the parallelism.
    settings = replace(settings or Settings(), n_process=1)
    if dedupe:
        articles = _dedupe(articles)
    articles = articles.repartition(partitions or default_partitions(spark))
    with _quiet_pandas_check():
        coded = articles.mapInArrow(CodeArticles(settings), spark_schema(coded_schema()))
    return CodedCorpus(coded.persist(StorageLevel.MEMORY_AND_DISK))


def code_articles(
    spark: Any,
    articles: Any,
    settings: Settings | None = None,
    *,
    default_date: date | None = None,
    partitions: int | None = None,
    dedupe: bool = True,
) -> CodedCorpus:
    """Code a DataFrame of articles; bad articles become `errors` rows, the job never fails on one."""
    read = read_articles(articles, settings, default_date)
    return code_read_articles(spark, read, settings, partitions=partitions, dedupe=dedupe)


def code_paths(
    spark: Any,
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    default_date: date | None = None,
    partitions: int | None = None,
    dedupe: bool = True,
) -> CodedCorpus:
    """Code the text, HTML and JSONL files under `paths` (local, hdfs://, s3a://...)."""
    read = read_files(spark, paths, settings, default_date)
    return code_read_articles(spark, read, settings, partitions=partitions, dedupe=dedupe)


# Parquet timestamps as the export writes them (UTC microseconds), not Spark's legacy INT96 default.
TIMESTAMPS_AS_MICROS = {"spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS"}


@contextmanager
def _session_conf(spark: Any, conf: Mapping[str, str]) -> Iterator[None]:
    """Set session settings for the block, then restore the caller's."""
    before = {key: spark.conf.get(key, None) for key in conf}
    for key, value in conf.items():
        spark.conf.set(key, value)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                spark.conf.unset(key)
            else:
                spark.conf.set(key, value)


def write_datasets(
    corpus: CodedCorpus, out: str, *, overwrite: bool = False, gdelt: bool = False
) -> dict[str, str]:
    """Write each dataset as Parquet under `out` (`out/events`...), and with `gdelt` the GDELT 2.0 event
    table as tab-separated text files (`out/gdelt/part-*.txt`); returns the paths written."""
    mode = "overwrite" if overwrite else "errorifexists"
    written: dict[str, str] = {}
    with _session_conf(corpus.coded.sparkSession, TIMESTAMPS_AS_MICROS):
        for name in DATASETS:
            path = f"{out.rstrip('/')}/{name}"
            corpus.dataset(name).write.mode(mode).parquet(path)
            written[name] = path
    if gdelt:
        # From the groups just written: aggregating again would redo the work and stamp another DATEADDED.
        path = f"{out.rstrip('/')}/gdelt"
        groups = corpus.coded.sparkSession.read.parquet(written["groups"])
        gdelt_table(groups).write.mode(mode).text(path)
        written["gdelt"] = path
    return written
