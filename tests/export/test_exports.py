"""Exports: the GDELT 2.0 table loads with the official names and types; Parquet round-trips."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from tacitus.export import gdelt_columns, gdelt_dtypes, write_csv, write_gdelt, write_jsonl, write_parquet
from tacitus.export.gdelt import split_actor
from tacitus.store import Store
from tacitus.store.samples import coded_doc

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "gdelt2_event_columns.txt"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "x.db")
    s.add_documents(
        [
            coded_doc(
                [("CHNGOV", "051", "RUS"), ("USAMIL", "190", "RUS")], source="A", when=date(2026, 3, 2)
            ),
            coded_doc([("CHNGOV", "051", "RUS")], source="B", when=date(2026, 3, 2)),
            coded_doc([("NATIGO", "112", "RUSGOV")], source="A", when=date(2026, 4, 9)),
        ]
    )
    return s


def _read_gdelt(path: Path) -> pd.DataFrame:
    names = [n for n, _ in gdelt_columns()]
    return pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=names,
        dtype=gdelt_dtypes(),
        keep_default_na=False,
        na_values={n: [""] for n, t in gdelt_columns() if t != "string"},
    )


def test_gdelt_column_names_match_the_reference() -> None:
    if not REFERENCE.is_file():
        pytest.skip("../shared/reference is absent")
    rows = [ln.split("\t") for ln in REFERENCE.read_text().splitlines() if ln and not ln.startswith("#")]
    assert [n for n, _ in gdelt_columns()] == [r[1] for r in rows]


def test_gdelt_export_loads_with_official_names_and_types(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.export.CSV"
    assert write_gdelt(store, out) == 3
    assert len(out.read_text().splitlines()[0].split("\t")) == 61  # no header, 61 fields
    df = _read_gdelt(out)
    assert len(df) == 3 and df.columns[0] == "GLOBALEVENTID"
    praise = df[df.EventCode == "051"].iloc[0]
    assert (praise.SQLDATE, praise.MonthYear, praise.Year) == (20260302, 202603, 2026)
    assert (praise.Actor1Code, praise.Actor1CountryCode, praise.Actor1Type1Code) == ("CHNGOV", "CHN", "GOV")
    assert (praise.EventBaseCode, praise.EventRootCode, praise.QuadClass) == ("051", "05", 1)
    assert (praise.NumMentions, praise.NumSources, praise.NumArticles) == (2, 2, 2)
    assert (
        praise.ActionGeo_CountryCode == "UP" and praise.ActionGeo_Type == 4
    )  # FIPS code of Ukraine, world city
    assert praise.ActionGeo_Lat == pytest.approx(49.98, abs=0.01)
    assert str(df.GoldsteinScale.dtype) == "float64" and str(df.NumMentions.dtype) == "Int64"


def test_gdelt_header_option_writes_the_column_names(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "h.tsv"
    write_gdelt(store, out, header=True)
    assert out.read_text().splitlines()[0].split("\t") == [n for n, _ in gdelt_columns()]


@pytest.mark.parametrize(
    ("code", "country", "expected"),
    [
        ("CHNGOV", "CHN", ("CHN", "", "", ["GOV"])),
        ("RUSGOVMIL", "RUS", ("RUS", "", "", ["GOV", "MIL"])),
        ("NATIGO", None, ("", "NAT", "", ["IGO"])),
        ("IGOUNO", None, ("", "UNO", "", ["IGO"])),
        ("COP", None, ("", "", "", ["COP"])),  # sector-only actor: country unknown
        ("REBMIL", None, ("", "", "", ["REB", "MIL"])),
        ("SRBCVLalb", "SRB", ("SRB", "", "alb", ["CVL"])),  # ethnic code in lower case
        (None, None, ("", "", "", [])),
    ],
)
def test_actor_codes_split_into_country_group_and_types(
    code: str | None, country: str | None, expected: tuple[str, str, str, list[str]]
) -> None:
    assert split_actor(code, country) == expected


@pytest.mark.parametrize("table", ["events", "groups"])
def test_parquet_export_round_trips(store: Store, tmp_path: Path, table: str) -> None:
    out = tmp_path / f"{table}.parquet"
    n = write_parquet(store, out, table)
    back = pq.read_table(out)
    assert back.num_rows == n == (store.count_events() if table == "events" else store.count_event_groups())
    rows = back.to_pylist()
    if table == "events":
        stored = store.events(limit=None)
        assert [r["id"] for r in rows] == [e["id"] for e in stored]
        assert [r["date"] for r in rows] == [date.fromisoformat(e["date"]) for e in stored]
        assert [r["cameo"] for r in rows] == [e["cameo"] for e in stored]
        assert [r["negated"] for r in rows] == [e["negated"] for e in stored]
        assert str(back.schema.field("goldstein").type) == "double"
        assert str(
            back.schema.field("ingested_at" if "ingested_at" in back.schema.names else "date").type
        ) in (
            "date32[day]",
            "timestamp[us, tz=UTC]",
        )
    else:
        groups = store.event_groups(limit=None)
        assert [(r["id"], r["num_mentions"]) for r in rows] == [(g["id"], g["num_mentions"]) for g in groups]


def test_empty_store_exports_an_empty_parquet_file(tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    assert write_parquet(Store(tmp_path / "e.db"), out) == 0
    assert pq.read_table(out).num_rows == 0


def test_csv_and_jsonl_exports_have_one_row_per_event(store: Store, tmp_path: Path) -> None:
    assert write_csv(store, tmp_path / "e.csv") == 4
    assert len(pd.read_csv(tmp_path / "e.csv", dtype={"cameo": str})) == 4
    assert write_jsonl(store, tmp_path / "e.jsonl") == 4
    first = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
    assert first["kind"] == "event" and first["source"]["code"] == "CHNGOV"


def test_export_cli_writes_every_format(store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tacitus.cli.main import app

    for fmt in ("gdelt", "parquet", "csv", "jsonl"):
        out = tmp_path / f"out.{fmt}"
        res = CliRunner().invoke(app, ["export", "--db", str(store.path), "--format", fmt, "--out", str(out)])
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 0


def test_gdelt_avg_tone_is_the_mean_tone_of_the_reporting_articles(tmp_path: Path) -> None:
    from dataclasses import replace

    s = Store(tmp_path / "t.db")
    docs = [
        replace(coded_doc([("CHNGOV", "051", "RUS")], source="A"), tone=2.0),
        replace(coded_doc([("CHNGOV", "051", "RUS"), ("USA", "010", "FRA")], source="B"), tone=4.0),
    ]
    s.add_documents(docs)
    out = tmp_path / "t.CSV"
    write_gdelt(s, out)
    df = _read_gdelt(out)
    assert df[df.EventCode == "051"].AvgTone.tolist() == [pytest.approx(3.0)]
    assert df[df.EventCode == "010"].AvgTone.tolist() == [pytest.approx(4.0)]


def test_store_migrations_add_tone_to_documents_and_groups(tmp_path: Path) -> None:
    from tacitus.store.migrations import applied_migrations

    s = Store(tmp_path / "m.db")
    assert {"0003_document_tone", "0004_event_groups_avg_tone"} <= set(applied_migrations(s.engine))


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2024, 1, 1), "2024.0000"), (date(2024, 12, 31), "2024.9973"), (date(2023, 12, 31), "2023.9973")],
)
def test_gdelt_fraction_date_stays_within_its_year(day: date, expected: str) -> None:
    from tacitus.export.gdelt import _fraction_date

    assert _fraction_date(day) == expected


def test_gdelt_dateadded_is_utc_for_aware_timestamps() -> None:
    from datetime import datetime, timedelta, timezone

    from tacitus.export.gdelt import _date_added

    berlin_summer = timezone(timedelta(hours=2))
    assert _date_added(datetime(2026, 3, 2, 1, 30, tzinfo=berlin_summer)) == "20260301233000"
    assert _date_added("2026-03-02T01:30:00") == "20260302013000"


def test_gdelt_fields_are_written_verbatim_without_escapes(tmp_path: Path) -> None:
    from dataclasses import replace

    s = Store(tmp_path / "q.db")
    doc = coded_doc([("CHNGOV", "051", "RUS")])
    s.add_documents([replace(doc, url='https://example.org/a?q="x"\\y')])
    out = tmp_path / "q.CSV"
    write_gdelt(s, out)
    line = out.read_text(encoding="utf-8").splitlines()[0]
    assert line.split("\t")[-1] == 'https://example.org/a?q="x"\\y'
