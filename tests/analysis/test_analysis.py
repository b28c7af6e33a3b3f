"""Analyses: dyad series, most active actors and the actor network, from hand-built documents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from tacitus.analysis import actor_network, dyad_timeline, top_actors
from tacitus.analysis.network import write_network
from tacitus.cli.main import app
from tacitus.errors import ConfigError
from tacitus.store import Store
from tacitus.store.samples import coded_doc


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "a.db")
    s.add_documents(
        [
            coded_doc([("CHNGOV", "051", "RUS"), ("CHN", "111", "RUS")], when=date(2026, 3, 2)),  # Monday
            coded_doc([("CHN", "051", "RUS")], when=date(2026, 3, 4), source="B"),
            coded_doc([("RUS", "042", "CHN")], when=date(2026, 3, 18)),
            coded_doc([("RUSMIL", "190", "UKR")], when=date(2026, 3, 18)),
        ]
    )
    return s


def test_dyad_timeline_counts_quad_classes_per_week_and_fills_gaps(store: Store) -> None:
    df = dyad_timeline(store, "CHN", "RUS", "week")
    assert list(df["period"]) == [pd.Timestamp("2026-03-02")]
    row = df.iloc[0]
    assert (row.events, row.q1, row.q3) == (3, 2, 1)
    assert row.goldstein_mean == pytest.approx((3.4 + 3.4 - 2.0) / 3, abs=0.01)


def test_dyad_timeline_both_directions_share_the_periods(store: Store) -> None:
    df = dyad_timeline(store, "chn", "rus", "week", both_directions=True)
    back = df[df.source == "RUS"]
    assert list(back["period"]) == [
        pd.Timestamp("2026-03-02"),
        pd.Timestamp("2026-03-09"),
        pd.Timestamp("2026-03-16"),
    ]
    assert list(back["events"]) == [0, 0, 1]
    assert back["goldstein_mean"].isna().tolist() == [True, True, False]


def test_dyad_timeline_rejects_unknown_frequency(store: Store) -> None:
    with pytest.raises(ConfigError):
        dyad_timeline(store, "CHN", "RUS", "fortnight")


def test_top_actors_rank_by_events_on_either_side(store: Store) -> None:
    df = top_actors(store, 3)
    assert df.iloc[0].code == "RUS" and df.iloc[0].as_target == 3 and df.iloc[0].as_source == 1
    assert len(df) == 3


def test_network_edges_weigh_events_and_carry_mean_goldstein(store: Store, tmp_path: Path) -> None:
    g = actor_network(store, level="country")
    assert g["CHN"]["RUS"]["weight"] == 3 and g["RUS"]["UKR"]["goldstein_mean"] == -10.0
    write_network(g, tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml")["CHN"]["RUS"]["weight"] == 3
    write_network(g, tmp_path / "g.json")
    assert json.loads((tmp_path / "g.json").read_text())["directed"] is True


def test_cli_dyad_writes_a_plot(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "d.png"
    url = str(store.path)
    res = CliRunner().invoke(
        app, ["dyad", "CHN", "RUS", "--db", url, "--freq", "week", "--both", "--plot", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000


def test_cli_actors_and_network_run(store: Store, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["actors", "--db", str(store.path), "--csv"])
    assert res.exit_code == 0 and res.output.splitlines()[1].startswith("RUS,")
    res = runner.invoke(app, ["network", "--db", str(store.path), "--out", str(tmp_path / "n.json")])
    assert res.exit_code == 0 and (tmp_path / "n.json").is_file()


def test_network_at_country_level_leaves_out_sector_only_actors(tmp_path: Path) -> None:
    s = Store(tmp_path / "c.db")
    s.add_documents(
        [
            coded_doc([("COP", "173", "OPP"), ("CHNGOV", "051", "RUS")]),
            coded_doc([("IGOMIL", "042", "UKR")], when=date(2026, 3, 5)),
        ]
    )
    g = actor_network(s, level="country")
    assert set(g.nodes) == {"CHN", "RUS", "IGO", "UKR"}


@pytest.mark.parametrize(
    ("code", "country"),
    [("CHNGOV", "CHN"), ("RUS", "RUS"), ("COP", None), ("REBMIL", None), ("IGOMIL", "IGO"), ("", None)],
)
def test_country_part_of_actor_codes(code: str, country: str | None) -> None:
    from tacitus.ontology import country_part

    assert country_part(code) == country
