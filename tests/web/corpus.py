"""A small hand-coded corpus for the web tests: realistic sentences, consistent offsets, many weeks and dyads.

Built without the model so the Explore page (table, timeline, network) has data whatever the coding
stages produce; the API tests also ingest real articles through the pipeline.
"""

from __future__ import annotations

from datetime import date, timedelta

from tacitus.model import Actor, Document, Event, Mention, Place, Quote, Sentence, Span, make_doc_id

NAMES = {
    "RUS": "Russia",
    "UKR": "Ukraine",
    "USA": "United States",
    "CHN": "China",
    "EUR": "European Union",
    "TUR": "Turkey",
    "FRA": "France",
}
# (source text, source code, trigger, CAMEO, target text, target code, sentence template)
TEMPLATES = [
    (
        "Russian forces",
        "RUSMIL",
        "shelled",
        "195",
        "Kharkiv",
        "UKR",
        "{s} {t} {o} overnight, officials said.",
    ),
    ("The United States", "USA", "imposed", "163", "Russia", "RUS", "{s} {t} new sanctions on {o}."),
    (
        "China",
        "CHN",
        "praised",
        "051",
        "Russia",
        "RUS",
        'Beijing {t} ties. "{o} is a reliable partner," {s} said.',
    ),
    ("Ukraine", "UKR", "accused", "112", "Moscow", "RUS", "{s} {t} {o} of targeting civilians."),
    ("The European Union", "EUR", "pledged", "071", "Kyiv", "UKR", "{s} {t} fresh economic aid to {o}."),
    ("Turkey", "TUR", "hosted", "043", "Russian", "RUS", "{s} {t} {o} and Ukrainian envoys for talks."),
    ("France", "FRA", "criticised", "111", "China", "CHN", "{s} {t} {o} over its trade practices."),
    ("Washington", "USA", "accused", "112", "Beijing", "CHN", "{s} {t} {o} of supplying drones."),
    ("Russia", "RUS", "threatened", "138", "Kyiv", "UKR", "{s} {t} {o} with a new offensive."),
]


def _sentence(tpl: tuple[str, str, str, str, str, str, str], offset: int, index: int) -> tuple[str, dict]:
    s_text, s_code, trig, cameo, o_text, o_code, pattern = tpl
    # Fill the pattern, keeping only the first occurrence of each slot coded.
    text = pattern.format(s=s_text, t=trig, o=o_text)
    if not text[0].isupper():
        text = text[0].upper() + text[1:]
    return text, {
        "source": (text.index(s_text) if s_text in text else text.index(s_text.lower()), s_text, s_code),
        "target": (text.index(o_text), o_text, o_code),
        "trigger": (text.index(trig), trig),
        "cameo": cameo,
        "offset": offset,
        "index": index,
    }


def _actor(code: str) -> Actor:
    country = code[:3]
    return Actor(code=code, name=NAMES.get(country, country), country=country, sector=code[3:] or None)


def story(day: date, picks: list[int], source: str, number: int) -> Document:
    """One article: a headline line then one coded sentence per template index in `picks`."""
    title = f"Wire report {number}: {TEMPLATES[picks[0]][0]} and {TEMPLATES[picks[0]][4]}"
    parts: list[str] = []
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    quotes: list[Quote] = []
    specs = []
    dateline = f"{['KYIV', 'MOSCOW', 'BRUSSELS'][number % 3]}, {day:%B} {day.day} ({source}) - "
    pos = len(dateline)
    for i, k in enumerate(picks):
        text, spec = _sentence(TEMPLATES[k], pos, i)
        sentences.append(Sentence(i, pos, pos + len(text), text))
        specs.append(spec)
        parts.append(text)
        pos += len(text) + 1
    full = dateline + " ".join(parts)
    doc_id = make_doc_id(full + source)
    events: list[Event] = []
    for spec in specs:
        base = spec["offset"]
        found = []
        for side in ("source", "target"):
            start, text, code = spec[side]
            m = Mention(
                len(mentions),
                base + start,
                base + start + len(text),
                text,
                spec["index"],
                _actor(code),
                "test",
            )
            mentions.append(m)
            found.append(m)
        t0 = base + spec["trigger"][0]
        trigger = Span(t0, t0 + len(spec["trigger"][1]), spec["trigger"][1])
        sent = sentences[spec["index"]]
        if '"' in sent.text:
            a = sent.text.index('"') + 1
            b = sent.text.index('"', a)
            content = Span(sent.start + a, sent.start + b, sent.text[a:b])
            quotes.append(Quote(len(quotes), content, "direct", spec["index"], speaker=found[0], rule="test"))
        events.append(
            Event(
                doc_id=doc_id,
                sentence=spec["index"],
                source=found[0],
                target=found[1],
                cameo=spec["cameo"],
                trigger=trigger,
                rule="test",
                date=day,
                location=Place("Kharkiv", "UKR", "city", 49.98, 36.25)
                if spec["cameo"].startswith("19")
                else None,
            )
        )
    assert all(full[m.start : m.end] == m.text for m in mentions)
    return Document(
        id=doc_id,
        text=full,
        title=title,
        url=f"https://news.example.org/{doc_id}",
        date=day,
        source=source,
        origin="tests",
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        quotes=tuple(quotes),
        events=tuple(events),
    )


def corpus(weeks: int = 8) -> list[Document]:
    """Two or three stories a week over `weeks` weeks, rotating through the templates."""
    docs = []
    start = date(2026, 1, 5)
    n = 0
    for w in range(weeks):
        for j in range(2 + w % 2):
            picks = [(w + j + k * 3) % len(TEMPLATES) for k in range(3)]
            if j == 0:
                picks[0] = 0  # RUSMIL -> UKR every week: a dyad with a full timeline
            docs.append(
                story(start + timedelta(days=7 * w + 2 * j), picks, ["Wire", "Daily", "Herald"][j], n)
            )
            n += 1
    return docs
