"""Frames round 3: content-only lexicon entries, the yield frame, and where a pattern finds its object.

Each case: (name, sentence, expected events, forbidden code prefixes). Expected events use the conventions
of cases.py: (source prefix, CAMEO code prefix, target prefix | None | "*"). A forbidden prefix must not be
coded (as a non-negated event) for the sentence at all; `never=("",)` forbids every event.
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.errors import DataFileError
from tacitus.events.lexicon import parse_entries

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- content-only entries: an event only inside a frame ----
    c("demand rights", "Kurdish protesters demanded rights from the Turkish government.", e("*", "1043")),
    c("promise democracy", "The Egyptian president promised democracy.", e("EGY", "0344")),
    c("reject demands for rights", "Bahrain rejected demands for rights.", e("BHR", "1233")),
    c("accused of war crimes", "Ukraine accused Russia of war crimes.", e("UKR", "1124", "RUS")),
    c("accused of spying", "Iran accused France of spying.", e("IRN", "1125", "FRA")),
    c("corruption alone", "Kenya's corruption worsened last year.", never=("",)),
    c("elections alone", "Bahrain held elections on Saturday.", never=("08",)),
    c("democracy alone", "Democracy in Tunisia is fragile, the Tunisian president said.", never=("083",)),
    # ---- yield frame: yielding to a demand is the conceded act ----
    c(
        "accept demands for reforms",
        "The Egyptian government accepted demands that it initiate political reforms.",
        e("EGY", "0834"),
        never=("104",),
    ),
    c("bow to demands", "The Serbian president bowed to demands for his resignation.", e("SRB", "0831")),
    c("accede to rights", "Bahrain acceded to demands for rights.", e("BHR", "0833")),
    c("give in to talks", "The Sudanese government gave in to demands for talks.", e("SDN", "036")),
    c("heed calls release", "Iran heeded calls for the release of the French journalists.", e("IRN", "084")),
    c("accept demands bare", "The Serbian government accepted the demands.", e("SRB", "080")),
    c("resist demands", "The Bahraini king resisted demands for democracy.", e("BHR", "1234")),
    # ---- where an `obj` pattern finds its object ----
    c("be skeptical", "The Israeli government was skeptical about the proposal.", e("ISR", "012")),
    c("remain optimistic", "Iran remained optimistic about the talks with France.", e("IRN", "013", "FRA")),
    c("be in a place", "The Russian ambassador was in Kiev on Monday.", never=("01",)),
    c("found guilty small clause", "A Kenyan court found the opposition leader guilty.", e("KEN", "116")),
    c("allow refugees to return", "Jordan allowed Syrian refugees to return.", e("JOR", "0833")),
    c(
        "pull out of talks",
        "North Korea pulled out of the talks with South Korea.",
        e("PRK", "164", "KOR"),
        never=("087",),
    ),
    # ---- accusation content on the accused's of-phrase ----
    c(
        "accused minister of corruption",
        "Egyptian prosecutors accused the Egyptian minister of corruption.",
        e("EGY", "1121", "EGY"),
    ),
    c(
        "accused rebels of kidnapping",
        "Colombia accused the rebels of kidnapping students.",
        e("COL", "1121"),
    ),
    # ---- a negated promise or concession is a rejection ----
    c("will not accept refugees", "Hungary will not accept refugees.", e("HUN", "1223"), never=("03", "07")),
    c("will not release", "Israel will not release the Palestinian prisoners.", e("ISR", "1243")),
    c(
        "did not bow to demands",
        "The Serbian president did not bow to demands for his resignation.",
        e("SRB", "1231"),
    ),
    c("would not agree to talks", "Iran said it would not agree to talks with France.", e("IRN", "125")),
    c("did not release is no refusal", "Israel did not release the prisoners.", never=("12", "08")),
    c("has not agreed is no refusal", "Iran has not agreed to talks.", never=("12", "03")),
    # ---- a pattern's prep may hang on its object noun ----
    c("rally support against", "Iran rallied support against Israel.", e("IRN", "113", "ISR")),
    c(
        "mobilize support for",
        "Turkey mobilized support for the Palestinians.",
        e("TUR", "053"),
        never=("113",),
    ),
    c("take to the streets", "Ecuadorian students took to the streets.", e("ECU", "141")),
]


def test_round3_case_names_are_unique() -> None:
    assert_unique_names(CASES)


def test_embedded_key_parses_and_is_checked() -> None:
    text = "version: 1\nkind: nouns\nentries:\n  graft: {cameo: '1121', embedded: true}\n"
    (graft,) = parse_entries("x.yaml", text)
    assert graft.embedded
    with pytest.raises(DataFileError, match="embedded"):
        parse_entries("x.yaml", "version: 1\nkind: nouns\nentries:\n  graft: {cameo: '1121', embedded: 2}\n")
    with pytest.raises(DataFileError, match="embedded"):
        bad = "version: 1\nkind: verbs\nentries:\n  urge: {cameo: '020', frame: appeal, embedded: true}\n"
        parse_entries("x.yaml", bad)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_round3_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)
