"""Hand-built coded documents (no model needed) for tests, examples and demos of the store."""

from __future__ import annotations

from datetime import date

from tacitus.model import Actor, Document, Event, Mention, Place, Quote, Sentence, Span, make_doc_id

COUNTRY_NAMES = {"CHN": "China", "RUS": "Russia", "USA": "United States", "UKR": "Ukraine", "FRA": "France"}


def actor(code: str) -> Actor:
    country = code[:3]
    return Actor(
        code=code, name=COUNTRY_NAMES.get(country, country), country=country, sector=code[3:] or None
    )


def coded_doc(
    text_events: list[tuple[str, str, str]],
    when: date = date(2026, 3, 2),
    source: str | None = "Wire",
    doc_id: str | None = None,
    event_dates: list[date | None] | None = None,
    negated: set[int] | None = None,
) -> Document:
    """A document with one sentence per (source code, CAMEO code, target code) triple, each coded.

    Sentences read "<SRC> <cameo> <TGT> in Kharkiv." so offsets, mentions and events are all consistent.
    """
    parts: list[str] = []
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    events: list[Event] = []
    pos = 0
    for i, (src, cameo, tgt) in enumerate(text_events):
        s_text = f"{src} did {cameo} to {tgt} in Kharkiv."
        sentences.append(Sentence(i, pos, pos + len(s_text), s_text))
        m_src = Mention(len(mentions), pos, pos + len(src), src, i, actor(src), rule="test")
        t0 = pos + s_text.index(" to ") + 4
        m_tgt = Mention(len(mentions) + 1, t0, t0 + len(tgt), tgt, i, actor(tgt), rule="test")
        mentions += [m_src, m_tgt]
        trig = pos + len(src) + 1
        events.append(
            Event(
                doc_id="",
                sentence=i,
                source=m_src,
                target=m_tgt,
                cameo=cameo,
                trigger=Span(trig, trig + 3, "did"),
                rule="test",
                negated=i in (negated or set()),
                date=(event_dates[i] if event_dates else None) or when,
                location=Place("Kharkiv", "UKR", "city", 49.98177, 36.25475, 706483),
            )
        )
        parts.append(s_text)
        pos += len(s_text) + 1
    text = " ".join(parts)
    did = doc_id or make_doc_id(text + (source or ""))
    events = [Event(**{**e.__dict__, "doc_id": did}) for e in events]
    quote = Quote(
        0, Span(0, min(len(text), 10), text[:10]), "direct", 0, speaker=mentions[0] if mentions else None
    )
    return Document(
        id=did,
        text=text,
        title=f"Story {did}",
        url=f"https://example.org/{did}",
        date=when,
        source=source,
        origin="samples",
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        quotes=(quote,),
        events=tuple(events),
    )
