"""Article tone (GDELT AvgTone scale): positive, negative, neutral and empty documents."""

from __future__ import annotations

from tacitus.model import Document, Sentence
from tacitus.tone import document_tone


def _doc(*sentences: str) -> Document:
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, pos, pos + len(s), s))
        text += s + " "
        pos = len(text)
    return Document(id="d", text=text, sentences=tuple(sents))


def test_tone_praise_is_positive_and_killing_is_negative() -> None:
    good = document_tone(_doc("China praised Russia as a reliable partner.", "The friendship is strong."))
    bad = document_tone(
        _doc("Russian forces shelled the city, killing three civilians.", "It was a horrific attack.")
    )
    assert good is not None and good > 1
    assert bad is not None and bad < -1


def test_tone_stays_within_the_gdelt_range() -> None:
    tone = document_tone(_doc("Terrible, horrible, awful, catastrophic disaster!!!"))
    assert tone is not None and -10 <= tone <= 10


def test_tone_of_a_document_without_text_is_none() -> None:
    assert document_tone(Document(id="d", text="   ")) is None
