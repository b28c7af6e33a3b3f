"""Dyad time series: events A->B (and B->A) per period, counts per QuadClass and mean Goldstein."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from sqlalchemy import func, select

from tacitus.analysis.common import event_source
from tacitus.errors import ConfigError
from tacitus.store.filters import EventFilter, where

if TYPE_CHECKING:
    from tacitus.store.db import Store

# Period names -> pandas period aliases (weeks start on Monday).
FREQS = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
COLUMNS = ["period", "source", "target", "events", "q1", "q2", "q3", "q4", "goldstein_mean"]


def dyad_timeline(
    store: Store, a: str, b: str, freq: str = "week", *, both_directions: bool = False, dedup: bool = True
) -> pd.DataFrame:
    """One row per period and direction: `period` (start date), `source`, `target`, `events`,
    `q1`..`q4` (counts per QuadClass), `goldstein_mean` (NaN without events). Periods without events
    between the first and last event of the dyad are filled with zeros."""
    if freq not in FREQS:
        raise ConfigError(f"freq {freq!r}: use one of {', '.join(FREQS)}")
    pairs = [(a.upper(), b.upper())] + ([(b.upper(), a.upper())] if both_directions else [])
    daily = pd.concat([_daily(store, s, t, dedup) for s, t in pairs], ignore_index=True)
    if daily.empty:
        return pd.DataFrame(columns=COLUMNS)
    daily["period"] = pd.to_datetime(daily["date"]).dt.to_period(FREQS[freq]).dt.start_time
    periods = _all_periods(daily["period"], freq)
    frames = [_per_period(daily[(daily.source == s) & (daily.target == t)], s, t, periods) for s, t in pairs]
    return pd.concat(frames, ignore_index=True)[COLUMNS]


def _all_periods(period: pd.Series, freq: str) -> pd.DatetimeIndex:
    rng = pd.period_range(period.min(), period.max(), freq=FREQS[freq])
    return pd.DatetimeIndex(rng.start_time)


def _daily(store: Store, source: str, target: str, dedup: bool) -> pd.DataFrame:
    t, ok = event_source(dedup)
    q = (
        select(t.c.date, t.c.quad_class, func.count().label("n"), func.sum(t.c.goldstein).label("g"))
        .where(ok, where(t, EventFilter(dyad=(source, target))), t.c.date.is_not(None))
        .group_by(t.c.date, t.c.quad_class)
    )
    with store.engine.connect() as conn:
        df = pd.DataFrame(conn.execute(q).all(), columns=["date", "quad_class", "n", "g"])
    df["source"], df["target"] = source, target
    return df


def _per_period(df: pd.DataFrame, source: str, target: str, periods: pd.DatetimeIndex) -> pd.DataFrame:
    counts = df.pivot_table(index="period", columns="quad_class", values="n", aggfunc="sum", fill_value=0)
    counts = counts.reindex(index=periods, columns=[1, 2, 3, 4], fill_value=0).fillna(0).astype(int)
    out = pd.DataFrame({"period": periods})
    for q in (1, 2, 3, 4):
        out[f"q{q}"] = counts[q].to_numpy()
    out["events"] = out[["q1", "q2", "q3", "q4"]].sum(axis=1)
    sums = df.groupby("period")[["n", "g"]].sum().reindex(periods)
    # Rounded: SQL sums of floats differ in the last bits between back ends.
    out["goldstein_mean"] = (sums["g"] / sums["n"]).to_numpy(dtype=float).round(3)
    out["source"], out["target"] = source, target
    return out
