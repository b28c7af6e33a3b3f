"""A tiny, test-only actor tagger so event tests do not depend on the actors stage's coverage."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tacitus.model import Actor, Document, Mention, Sentence

COUNTRIES = {
    "united states": "USA",
    "u.s.": "USA",
    "us": "USA",
    "america": "USA",
    "american": "USA",
    "washington": "USA",
    "china": "CHN",
    "chinese": "CHN",
    "beijing": "CHN",
    "russia": "RUS",
    "russian": "RUS",
    "moscow": "RUS",
    "kremlin": "RUS",
    "ukraine": "UKR",
    "ukrainian": "UKR",
    "kyiv": "UKR",
    "japan": "JPN",
    "japanese": "JPN",
    "tokyo": "JPN",
    "iran": "IRN",
    "iranian": "IRN",
    "tehran": "IRN",
    "israel": "ISR",
    "israeli": "ISR",
    "france": "FRA",
    "french": "FRA",
    "paris": "FRA",
    "germany": "DEU",
    "german": "DEU",
    "berlin": "DEU",
    "britain": "GBR",
    "british": "GBR",
    "london": "GBR",
    "india": "IND",
    "indian": "IND",
    "pakistan": "PAK",
    "pakistani": "PAK",
    "turkey": "TUR",
    "turkish": "TUR",
    "syria": "SYR",
    "syrian": "SYR",
    "egypt": "EGY",
    "egyptian": "EGY",
    "north korea": "PRK",
    "north korean": "PRK",
    "south korea": "KOR",
    "seoul": "KOR",
    "pyongyang": "PRK",
    "taiwan": "TWN",
    "cuba": "CUB",
    "venezuela": "VEN",
    "brazil": "BRA",
    "mexico": "MEX",
    "canada": "CAN",
    "poland": "POL",
    "polish": "POL",
    "nato": "NAT",
    "un": "UNO",
    "united nations": "UNO",
    "european union": "EUR",
    "eu": "EUR",
    "iraq": "IRQ",
    "iraqi": "IRQ",
    "afghanistan": "AFG",
    "saudi arabia": "SAU",
    "saudi": "SAU",
    "sudan": "SDN",
    "ethiopia": "ETH",
    "kenya": "KEN",
    "nigeria": "NGA",
    "serbia": "SRB",
    "kosovo": "XKX",
    "greece": "GRC",
    "greek": "GRC",
    "italy": "ITA",
    "italian": "ITA",
    "spain": "ESP",
    "vietnam": "VNM",
    "philippines": "PHL",
    "lebanon": "LBN",
    "hamas": "PSE",
    "palestinian": "PSE",
    "jordan": "JOR",
    "qatar": "QAT",
    "armenia": "ARM",
    "azerbaijan": "AZE",
    "georgia": "GEO",
    "belarus": "BLR",
    "kharkiv": "UKR",
}
SECTORS = {
    "forces": "MIL",
    "troops": "MIL",
    "army": "MIL",
    "military": "MIL",
    "soldiers": "MIL",
    "navy": "MIL",
    "police": "COP",
    "government": "GOV",
    "ministry": "GOV",
    "minister": "GOV",
    "president": "GOV",
    "officials": "GOV",
    "diplomats": "GOV",
    "court": "JUD",
    "rebels": "REB",
    "protesters": "OPP",
    "opposition": "OPP",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "leader": "GOV",
    "parliament": "LEG",
    "embassy": "GOV",
    "activists": "OPP",
    "prime": "GOV",
}
PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their"}


def tag_actors(doc: Document) -> Document:
    """Mentions for the table's names, with a following sector word ("Russian forces" -> RUSMIL)."""
    parsed = doc.parsed
    mentions: list[Mention] = []
    last: Mention | None = None
    i = 0
    toks = list(parsed)
    while i < len(toks):
        hit = None
        for n in (3, 2, 1):
            words = " ".join(t.lower_ for t in toks[i : i + n])
            if i + n <= len(toks) and words in COUNTRIES:
                hit = (n, COUNTRIES[words])
                break
        if hit is None and toks[i].lower_ in PRONOUNS and last is not None:
            t = toks[i]
            mentions.append(
                replace(
                    last,
                    id=len(mentions),
                    start=t.idx,
                    end=t.idx + len(t),
                    text=t.text,
                    sentence=_sent(doc, t.idx),
                    rule="test:pronoun",
                )
            )
            i += 1
            continue
        if hit is None:
            i += 1
            continue
        n, code = hit
        end = i + n
        sector = None
        j = end
        while j < len(toks) and j < end + 4 and (toks[j].pos_ in ("PROPN", "NOUN", "ADJ")):
            sector = sector or SECTORS.get(toks[j].lower_)
            j += 1
        span_end = j if sector else end
        start_c, end_c = toks[i].idx, toks[span_end - 1].idx + len(toks[span_end - 1])
        m = Mention(
            len(mentions),
            start_c,
            end_c,
            doc.text[start_c:end_c],
            _sent(doc, start_c),
            Actor(code + (sector or ""), doc.text[start_c:end_c], code, sector),
            "test:table",
        )
        mentions.append(m)
        if sector:
            last = m
        i = span_end
    return replace(doc, mentions=tuple(mentions))


def _sent(doc: Document, offset: int) -> int:
    s = doc.sentence_at(offset)
    return s.index if s else 0


def parse(nlp: Any, text: str, when: Any = None) -> Document:
    parsed = nlp(text)
    sents = tuple(Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(parsed.sents))
    return tag_actors(Document(id="t", text=text, date=when, sentences=sents, parsed=parsed))
