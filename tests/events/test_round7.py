"""Round 7: target selection.

The last-resort target (the first other actor in the event's phrases, rule suffix `>phrase`) is dropped when
it is a group with no country ("workers", "prisoners") or the source's own country named as a bare place
("agreed to step down without returning to Chile"): neither says who undergoes the act. A complaint
targets who is blamed in its about/over/against phrase (PLOVER ACCUSE: criticize responsible parties), not
who hears it; victims ("over the deaths of Lebanese civilians") are no culprits.

A demanded or appealed-for concession (CAMEO 08, yield: "Russia's withdrawal from Georgia", "the release
of prisoners by Iraq", "the lifting of American sanctions") targets who must yield, not the place it leaves.

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round6.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- last-resort target: no country-less groups, no own country as a bare place ----
    c(
        "phrase target skips a group with no country",
        "Kofi Annan demanded parties to the fighting to allow workers the freedom of movement.",
        e("IGO", "10", None),
    ),
    c(
        "phrase target skips own country as a place",
        "The ousted Chilean president agreed to step down without returning to Chile.",
        e("CHL", "034", None),
    ),
    c(
        "phrase target skips own country as a place (after)",
        "The Peruvian leader decided to resign after returning to Peru.",
        e("PER", "034", None),
    ),
    c("phrase target keeps a foreign group", "Togo refused admittance to Ghanaians.", e("TGO", "12", "GHA")),
    # ---- complaints target who is blamed (PLOVER ACCUSE), else who hears them ----
    c(
        "complaint about a possessor's act",
        "Syria complained to the Security Council about Turkey's shelling of its border towns.",
        e("SYR", "114", "TUR"),
    ),
    c(
        "complaint about an act by someone",
        "Cuba complained to the UN about attacks by American planes.",
        e("CUB", "114", "USA"),
    ),
    c(
        "complaint lodged against someone",
        "Greece lodged a complaint with the European Union against Turkey.",
        e("GRC", "114", "TUR"),
    ),
    c(
        "complaint over victims targets the addressee",
        "Israel complained to France over the deaths of Lebanese civilians.",
        e("ISR", "114", "FRA"),
    ),
    c(
        "complaint with no grievance phrase",
        "Egypt complained to the United Nations.",
        e("EGY", "114", "IGO"),
    ),
    c(
        "protest over an act with no agent targets the addressee",
        "Kenya filed a formal protest with Uganda over the border raids.",
        e("KEN", "114", "UGA"),
    ),
    # ---- a demanded or appealed-for concession targets who must yield, not the place ----
    c(
        "demanded a possessor's withdrawal",
        "Canada demanded Ethiopia's withdrawal from Eritrea.",
        e("CAN", "105", "ETH"),
    ),
    c(
        "called for the withdrawal of someone's troops",
        "Britain called for the withdrawal of Syrian troops from Lebanon.",
        e("GBR", "025", "SYR"),
    ),
    c(
        "demanded a release by someone",
        "Germany demanded the release of Iranian prisoners by Iraq.",
        e("DEU", "105", "IRQ"),
    ),
    c(
        "demanded the lifting of someone's sanctions",
        "Syria demanded the lifting of American sanctions.",
        e("SYR", "105", "USA"),
    ),
    c(
        "appeal for a hostile act keeps its target",
        "Iran called for US sanctions against Cuba.",
        e("IRN", "02", "CUB"),
    ),
]


def test_round7_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_round7_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)


@pytest.mark.model
def test_no_phrase_target_names_a_country_less_group(code: Any) -> None:
    doc = code("Kofi Annan demanded parties to the fighting to allow workers the freedom of movement.")
    assert all(ev.target is None or ev.target.actor.country is not None for ev in doc.events)


@pytest.mark.model
def test_demanded_withdrawal_does_not_target_the_place_left(code: Any) -> None:
    doc = code("Britain called for the withdrawal of Syrian troops from Lebanon.")
    appeals = [ev for ev in doc.events if ev.cameo.startswith("02")]
    assert appeals and all(ev.target is not None and ev.target.actor.country == "SYR" for ev in appeals)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China urged the United States to return to negotiations.", ("CHN", "026", "USA")),
        ("Iran returned to the negotiating table with the United States.", ("IRN", "046", "USA")),
        ("Russia returned the bodies of soldiers to Ukraine.", ("RUS", "0841", "UKR")),
    ],
)
def test_return_to_talks_is_negotiation_not_release(code, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = code(text)
    coded = {(e.source.actor.code, e.cameo, e.target.actor.code if e.target else None) for e in doc.events}
    assert expected in coded, coded


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The minister accused Washington of adding fuel to the fire.", False),
        ("Russia added troops along the border.", False),
        ("Japan said nothing about the dispute.", True),
        ("France added that the talks would continue.", True),
        ("Germany told reporters the plan was dead.", True),
    ],
)
def test_speech_verbs_with_a_thing_as_object_are_not_statements(code, text: str, statement: bool) -> None:  # type: ignore[no-untyped-def]
    doc = code(text)
    assert any(e.cameo == "010" for e in doc.events) is statement, [
        (e.cameo, e.trigger.text) for e in doc.events
    ]
