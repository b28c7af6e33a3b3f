"""End to end on the example wire story (a foreign minister's briefing): dyads, directions, quotes, HTML."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tacitus.model import Document, Event
from tacitus.pipeline import Pipeline
from tacitus.readers import read_paths
from tacitus.settings import Settings

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "briefing.txt"


def _dyads(doc: Document) -> set[tuple[str, str | None, str]]:
    def country(e: Event, side: str) -> str | None:
        m = e.source if side == "source" else e.target
        return m.actor.code[:3] if m is not None and m.actor.code else None

    return {(country(e, "source") or "", country(e, "target"), e.cameo) for e in doc.events if not e.negated}


@pytest.fixture(scope="module")
def briefing(pipeline: Pipeline) -> Document:
    (doc,) = list(pipeline.run(read_paths([ARTICLE], pipeline.settings, default_date=None)))
    assert isinstance(doc, Document)
    return doc


@pytest.mark.parametrize(
    ("source", "target", "prefixes", "what"),
    [
        ("CHN", "RUS", ("05",), "praise or support"),
        ("CHN", "USA", ("112",), "accuse"),
        ("USA", "RUS", ("163",), "impose sanctions"),
        ("RUS", "UKR", ("19", "18", "192"), "use military force"),
        ("CHN", "UKR", ("033",), "intend to provide humanitarian aid"),
    ],
)
def test_example_article_has_the_briefing_dyads_in_the_right_direction(
    briefing: Document, source: str, target: str, prefixes: tuple[str, ...], what: str
) -> None:
    found = {c for s, t, c in _dyads(briefing) if s == source and t == target}
    assert any(c.startswith(prefixes) for c in found), f"{source}->{target} {what}: coded {sorted(found)}"
    reverse = {c for s, t, c in _dyads(briefing) if s == target and t == source}
    assert not any(c.startswith(prefixes) for c in reverse), f"{target}->{source} {what} coded backwards"


def test_example_article_two_leaders_are_putin_and_erdogan_agreeing_with_each_other(
    briefing: Document,
) -> None:
    joint = [e for e in briefing.events if e.source.text.lower() == "the two leaders"]
    pairs = {(e.source.actor.code, e.target.actor.code if e.target else None) for e in joint}
    assert pairs == {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}, [
        (e.source.actor.code, e.cameo) for e in joint
    ]
    assert all(e.cameo.startswith("03") for e in joint)


def test_example_article_events_cite_their_evidence(briefing: Document) -> None:
    for e in briefing.events:
        sent = briefing.sentences[e.sentence]
        assert briefing.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert sent.start <= e.trigger.start < sent.end
        assert briefing.text[e.source.start : e.source.end] == e.source.text


def test_example_article_minister_quotes_are_his(briefing: Document) -> None:
    said = [
        q
        for q in briefing.quotes
        if "strategic coordination" in q.content.text or "rock solid" in q.content.text
    ]
    assert said, [q.content.text for q in briefing.quotes]
    for q in said:
        assert q.speaker is not None and q.speaker.actor.code == "CHNGOV", q


def test_example_article_aid_offer_is_reported_by_the_minister(briefing: Document) -> None:
    aid = [e for e in briefing.events if e.cameo.startswith("033")]
    assert aid and all(e.reported_by is not None and e.reported_by.actor.code == "CHNGOV" for e in aid)


def test_example_article_as_html_drops_navigation_scripts_and_read_also_teaser(tmp_path: Path) -> None:
    paragraphs = ARTICLE.read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:4])
    teaser = "<p>READ ALSO: Israel launches air strikes on Hezbollah targets in Lebanon</p>"
    page = (
        f"<!doctype html><html><head><title>{html.escape(paragraphs[0])}</title>"
        "<script>var x = 'Iran attacked Iraq';</script></head><body>"
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(paragraphs[0])}</h1>{body}{teaser}"
        f"{''.join(f'<p>{html.escape(p)}</p>' for p in paragraphs[4:])}</article>"
        "<footer>About us | Contact</footer></body></html>"
    )
    f = tmp_path / "briefing.html"
    f.write_text(page, encoding="utf-8")
    pipeline = Pipeline(Settings())
    (doc,) = list(pipeline.run(read_paths([f], pipeline.settings)))
    assert isinstance(doc, Document)
    assert "READ ALSO" not in doc.text and "Hezbollah" not in doc.text and "Iran attacked" not in doc.text
    countries = {c for s, t, _ in _dyads(doc) for c in (s, t)}
    assert not countries & {"ISR", "LBN", "IRN", "IRQ"}
    assert ("USA", "RUS") in {(s, t) for s, t, _ in _dyads(doc)}
