"""`explain()` and the `tacitus explain` command."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

from tacitus.cli.main import app
from tacitus.events.explain import explain

pytestmark = pytest.mark.model


def test_explain_lists_parse_actors_decisions_and_events(pipeline: Any) -> None:
    x = explain("Russia could attack Finland. China praised Russia.", pipeline)
    assert x.tokens and {m.actor.code for m in x.mentions} >= {"RUS", "FIN", "CHN"}
    statuses = {d.trigger.text: d.status for d in x.decisions}
    assert statuses["attack"].startswith("not a fact") and statuses["praised"] == "coded"
    assert [(e.source.actor.code, e.cameo) for e in x.events] == [("CHN", "051")]
    assert x.to_dict()["candidates"][0]["status"]


def test_explain_command_renders_tables() -> None:
    result = CliRunner().invoke(app, ["explain", "China praised Russia on Monday.", "--date", "2026-03-04"])
    assert result.exit_code == 0, result.output
    assert "Trigger candidates" in result.output and "051" in result.output and "2026-03-02" in result.output
