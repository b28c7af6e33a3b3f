"""The actor network: a weighted directed graph (edge weight = event count, mean Goldstein attribute)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd
from sqlalchemy import func, select

from tacitus.analysis.common import event_source
from tacitus.errors import ConfigError
from tacitus.ontology import country_part
from tacitus.store.filters import EventFilter, where

if TYPE_CHECKING:
    from tacitus.store.db import Store


def dyad_table(store: Store, filters: EventFilter | None = None, *, dedup: bool = True) -> pd.DataFrame:
    """Directed dyads with `events`, `q1`..`q4` and `goldstein_mean` (both actors coded)."""
    t, ok = event_source(dedup)
    q = (
        select(
            t.c.source_code,
            t.c.target_code,
            t.c.quad_class,
            func.count().label("n"),
            func.sum(t.c.goldstein).label("g"),
        )
        .where(
            ok, where(t, filters or EventFilter()), t.c.source_code.is_not(None), t.c.target_code.is_not(None)
        )
        .group_by(t.c.source_code, t.c.target_code, t.c.quad_class)
    )
    with store.engine.connect() as conn:
        df = pd.DataFrame(conn.execute(q).all(), columns=["source", "target", "quad_class", "n", "g"])
    if df.empty:
        return pd.DataFrame(columns=["source", "target", "events", "q1", "q2", "q3", "q4", "goldstein_mean"])
    wide = df.pivot_table(
        index=["source", "target"], columns="quad_class", values="n", aggfunc="sum", fill_value=0
    )
    wide = wide.reindex(columns=[1, 2, 3, 4], fill_value=0)
    wide.columns = ["q1", "q2", "q3", "q4"]
    sums = df.groupby(["source", "target"])[["n", "g"]].sum()
    wide["events"] = sums["n"]
    wide["goldstein_mean"] = (sums["g"] / sums["n"]).round(3)
    return wide.reset_index().sort_values(["events", "source", "target"], ascending=[False, True, True])


def _country(code: object) -> str | None:
    return country_part(code) if isinstance(code, str) else None


def actor_network(
    store: Store, filters: EventFilter | None = None, *, level: str = "code", min_events: int = 1
) -> Any:
    """A `networkx.DiGraph`: nodes are actor codes (or countries with level="country")."""
    if level not in ("code", "country"):
        raise ConfigError(f"level {level!r}: use code or country")
    df = dyad_table(store, filters)
    if level == "country" and not df.empty:
        # Sector-only actors ("COP": police of unknown country) have no country: left out here.
        df = df.assign(source=df["source"].map(_country), target=df["target"].map(_country))
        df = df.dropna(subset=["source", "target"])
        df["g"] = df["goldstein_mean"] * df["events"]
        agg = df.groupby(["source", "target"])[["events", "q1", "q2", "q3", "q4", "g"]].sum().reset_index()
        agg["goldstein_mean"] = (agg["g"] / agg["events"]).round(3)
        df = agg.drop(columns="g")
    graph = nx.DiGraph()
    for r in df.itertuples(index=False):
        if int(r.events) < min_events:
            continue
        graph.add_edge(
            r.source,
            r.target,
            weight=int(r.events),
            goldstein_mean=float(r.goldstein_mean),
            **{f"q{i}": int(getattr(r, f"q{i}")) for i in (1, 2, 3, 4)},
        )
    for node in graph.nodes:
        graph.nodes[node]["events"] = int(
            graph.out_degree(node, weight="weight") + graph.in_degree(node, weight="weight")
        )
    return graph


def write_network(graph: Any, out: Path) -> None:
    """Write GraphML (.graphml) or node-link JSON (.json)."""
    suffix = out.suffix.lower()
    if suffix == ".graphml":
        nx.write_graphml(graph, out)
    elif suffix == ".json":
        out.write_text(json.dumps(nx.node_link_data(graph, edges="links"), indent=1), encoding="utf-8")
    else:
        raise ConfigError(f"{out}: the network is written as .graphml or .json")
