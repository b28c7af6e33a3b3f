"""The most active actors: events as source and as target, mean Goldstein of their events."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from sqlalchemy import func, select

from tacitus.analysis.common import event_source
from tacitus.store.filters import EventFilter, where

if TYPE_CHECKING:
    from tacitus.store.db import Store

COLUMNS = ["code", "name", "as_source", "as_target", "events", "goldstein_mean"]


def top_actors(
    store: Store, limit: int = 50, filters: EventFilter | None = None, *, dedup: bool = True
) -> pd.DataFrame:
    """Actors ranked by events they take part in (either side), most active first."""
    t, ok = event_source(dedup)
    f = filters or EventFilter()
    frames = []
    for side in ("source", "target"):
        code, name = t.c[f"{side}_code"], t.c[f"{side}_name"]
        q = (
            select(
                code.label("code"),
                name.label("name"),
                func.count().label("n"),
                func.sum(t.c.goldstein).label("g"),
            )
            .where(ok, where(t, f), code.is_not(None))
            .group_by(code, name)
        )
        with store.engine.connect() as conn:
            df = pd.DataFrame(conn.execute(q).all(), columns=["code", "name", "n", "g"])
        df["side"] = side
        frames.append(df)
    both = pd.concat(frames, ignore_index=True)
    if both.empty:
        return pd.DataFrame(columns=COLUMNS)
    n = both.pivot_table(index="code", columns="side", values="n", aggfunc="sum", fill_value=0)
    n = n.reindex(columns=["source", "target"], fill_value=0)
    g = both.groupby("code")["g"].sum()
    # The name an actor is most often called (ties: alphabetical, so every back end agrees).
    by_name = both.groupby(["code", "name"], dropna=False)["n"].sum().reset_index()
    names = by_name.sort_values(["n", "name"], ascending=[False, True]).groupby("code")["name"].first()
    out = pd.DataFrame(
        {
            "code": n.index,
            "name": names.reindex(n.index).to_numpy(),
            "as_source": n["source"].astype(int).to_numpy(),
            "as_target": n["target"].astype(int).to_numpy(),
        }
    )
    out["events"] = out["as_source"] + out["as_target"]
    out["goldstein_mean"] = (g.reindex(n.index).to_numpy(dtype=float) / out["events"]).round(3)
    out = out.sort_values(["events", "code"], ascending=[False, True]).head(limit)
    return out.reset_index(drop=True)[COLUMNS]
