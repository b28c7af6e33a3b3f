"""`tacitus explain "a sentence"`: the parse, the actors, and why each event was or was not coded."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli.app import app
from tacitus.cli.common import make_settings, parse_date
from tacitus.events.explain import Explanation, explain
from tacitus.model import Event
from tacitus.ontology import ontology
from tacitus.pipeline import Pipeline


@app.command("explain")
def explain_command(
    text: str = typer.Argument(..., help="The sentence (or short text) to explain; - reads stdin."),
    date: str | None = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for 'on Monday'."),
    as_json: bool = typer.Option(False, "--json", help="Print the explanation as JSON."),
) -> None:
    """Show the parse, the actors, each trigger candidate and the events coded from a text."""
    if text == "-":
        text = sys.stdin.read()
    result = explain(text, Pipeline(make_settings()), parse_date(date))
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    render(result, Console())


def render(result: Explanation, console: Console) -> None:
    """Print an explanation as rich tables."""
    parse = Table(title="Parse", show_lines=False)
    for col in ("#", "token", "lemma", "pos", "dep", "head"):
        parse.add_column(col)
    for t in result.tokens:
        head = result.tokens[t.head].text if 0 <= t.head < len(result.tokens) else ""
        parse.add_row(str(t.i), t.text, t.lemma, t.pos, t.dep, f"{t.head} {head}")
    console.print(parse)
    actors = Table(title="Actors")
    for col in ("text", "code", "kind", "rule"):
        actors.add_column(col)
    for m in result.mentions:
        actors.add_row(m.text, m.actor.code or "(unknown)", m.actor.kind, m.rule)
    console.print(actors)
    cands = Table(title="Trigger candidates")
    for col in ("trigger", "pattern", "cameo", "decision"):
        cands.add_column(col)
    for d in result.decisions:
        name = ontology().get(d.cameo).name if d.cameo in ontology() else ""
        style = "green" if d.status.startswith("coded") else "yellow"
        cands.add_row(d.trigger.text, d.rule, f"{d.cameo} {name}", f"[{style}]{d.status}[/{style}]")
    console.print(cands)
    events = Table(title=f"Events ({len(result.events)})")
    for col in ("source", "event", "target", "said by", "negated", "conf", "date"):
        events.add_column(col)
    for e in result.events:
        info = ontology().get(e.cameo)
        events.add_row(
            f"{e.source.actor.code} ({e.source.text})",
            f"{e.cameo} {info.name}" + (f" / {info.plover}" if info.plover else ""),
            _target(e),
            e.reported_by.actor.code if e.reported_by else "",
            "yes" if e.negated else "",
            f"{e.confidence:.2f}",
            e.date.isoformat() if e.date else "",
        )
    console.print(events)


def _target(e: Event) -> str:
    """The target cell: an implicit recipient names no words, so say why it is there."""
    if e.target is None:
        return "—"
    words = "implicit: the source's own country" if e.target.start == e.target.end else e.target.text
    return f"{e.target.actor.code} ({words})"
