"""Charts (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

QUAD_LABELS = {
    "q1": ("Verbal cooperation", "#4c9be8"),
    "q2": ("Material cooperation", "#1f5fa8"),
    "q3": ("Verbal conflict", "#f0a35e"),
    "q4": ("Material conflict", "#c0392b"),
}


def plot_dyad(df: pd.DataFrame, out: Path, title: str = "") -> None:
    """Stacked QuadClass bars per period (top) and mean Goldstein (bottom), one column per direction."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directions = list(dict.fromkeys(zip(df["source"], df["target"], strict=True))) or [("?", "?")]
    fig, axes = plt.subplots(
        2,
        len(directions),
        figsize=(7 * len(directions), 6),
        sharex=True,
        squeeze=False,
        gridspec_kw={"height_ratios": [3, 1.4]},
    )
    for i, (src, tgt) in enumerate(directions):
        part = df[(df["source"] == src) & (df["target"] == tgt)]
        _bars(axes[0][i], part, f"{src} → {tgt}")
        _goldstein(axes[1][i], part)
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=4, frameon=False)
    if title:
        fig.suptitle(title)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(out, dpi=110)
    plt.close(fig)


def _bars(ax: object, part: pd.DataFrame, label: str) -> None:
    bottom = None
    width = _bar_width(part)
    for col, (name, colour) in QUAD_LABELS.items():
        ax.bar(  # type: ignore[attr-defined]
            part["period"], part[col], width=width, bottom=bottom, color=colour, label=name, align="edge"
        )
        bottom = part[col].to_numpy() if bottom is None else bottom + part[col].to_numpy()
    ax.set_title(label)  # type: ignore[attr-defined]
    ax.set_ylabel("events")  # type: ignore[attr-defined]


def _goldstein(ax: object, part: pd.DataFrame) -> None:
    ax.axhline(0, color="#888", linewidth=0.8)  # type: ignore[attr-defined]
    ax.plot(part["period"], part["goldstein_mean"], marker="o", markersize=3, color="#333")  # type: ignore[attr-defined]
    ax.set_ylim(-10.5, 10.5)  # type: ignore[attr-defined]
    ax.set_ylabel("mean Goldstein")  # type: ignore[attr-defined]


def _bar_width(part: pd.DataFrame) -> float:
    if len(part) < 2:
        return 5.0
    step = int((part["period"].iloc[1] - part["period"].iloc[0]).days)
    return max(0.8, 0.8 * step)
