"""Corpus analysis returning pandas DataFrames: dyad time series, most active actors, actor networks."""

from tacitus.analysis.actors import top_actors
from tacitus.analysis.dyad import FREQS, dyad_timeline
from tacitus.analysis.network import actor_network

__all__ = ["FREQS", "actor_network", "dyad_timeline", "top_actors"]
