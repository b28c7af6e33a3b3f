"""Round 4: which trigger reports the event, object patterns with modifiers, states the subject is in,
and precision of generic intent patterns.

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_frames_round3.py.
Expected events use the conventions of cases.py: (source prefix, CAMEO code prefix, target prefix | None |
"*"). A forbidden prefix must not be coded (as a non-negated event) for the sentence at all.
"""

from __future__ import annotations

from typing import Any

import pytest

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- commit: intent only with its to-phrase; committing atrocities is violence ----
    c(
        "committed atrocities",
        "Serb forces committed atrocities against Albanians.",
        e("SRB", "180", "ALB"),
        never=("03",),
    ),
    c(
        "committed war crimes",
        "Sudanese militias committed war crimes against Chadian villagers.",
        e("SDN", "18"),
    ),
    c("committed itself to talks", "Iran committed itself to talks with the European Union.", e("IRN", "03")),
    c(
        "perpetrated a massacre",
        "Burundian soldiers perpetrated a massacre in a Congolese village.",
        e("BDI", "20"),
    ),
    # ---- an obj pattern may name the object's modifier too ----
    c(
        "deployed peacekeeping troops",
        "Ghana deployed peacekeeping troops in Liberia.",
        e("GHA", "074", "LBR"),
        never=("154",),
    ),
    c(
        "deployed troops",
        "Russia deployed troops near the border with Ukraine.",
        e("RUS", "154"),
        never=("074",),
    ),
    c(
        "withdrew peacekeeping force",
        "Nigeria withdrew its peacekeeping force from Sierra Leone.",
        e("NGA", "166"),
    ),
    # ---- a state the clause subject is in: on alert, on strike, on patrol ----
    c("remained on alert", "Pakistani troops remained on alert on Sunday.", e("PAK", "152")),
    c("are on patrol", "Indian soldiers are on patrol in Kashmir.", e("IND", "150")),
    c("stayed on strike", "Nigerian oil workers stayed on strike on Monday.", e("NGA", "143"), never=("19",)),
    c("are on strike", "Greek dockworkers are on strike.", e("GRC", "143"), never=("19",)),
    c("on a visit", "The Iranian president is on a visit to China.", e("IRN", "042", "CHN")),
    # ---- what a speaker wants another party to do is an appeal to it ----
    c(
        "wants other to pay",
        "Israel wants Germany to pay more compensation.",
        e("ISR", "02", "DEU"),
        never=("03",),
    ),
    c("wants other to lift", "Iran wants the United States to lift sanctions.", e("IRN", "025", "USA")),
    c("wants to pay itself", "Israel wants to pay compensation to Germany.", e("ISR", "03"), never=("02",)),
    c("promised others would", "Iran promised that its troops would withdraw from Iraq.", never=("02",)),
    # ---- a passive subject without agent may be the source ----
    c("were demobilized", "Many Albanian guerrillas have been demobilized.", e("ALB", "0873")),
    c("disarmed by", "Albanian rebels were disarmed by NATO troops.", e("IGO", "0873", "ALB")),
    c("was disbanded", "The Iraqi army was disbanded.", e("IRQ", "0873")),
    # ---- a promise inside a refusal or appeal is see-through ----
    c(
        "refused to commit to assistance",
        "Turkey refused to commit to any assistance to the United States.",
        e("TUR", "122", "USA"),
    ),
    c(
        "urged to commit to talks",
        "Germany urged Iran to commit to talks with France.",
        e("DEU", "026", "IRN"),
    ),
    # ---- the lifting of sanctions: a nominalization takes its verb's object patterns ----
    c(
        "announced the lifting",
        "The United Nations announced the lifting of sanctions against Iraq.",
        e("IGO", "085"),
    ),
    c(
        "lifting was announced",
        "The lifting of sanctions against Libya was announced by Britain.",
        e("GBR", "085"),
    ),
    c(
        "the expulsion of diplomats",
        "Russia ordered the expulsion of British diplomats.",
        e("RUS", "161", "GBR"),
    ),
    # ---- support and oppose frames: a stand on someone's act ----
    c("opposed mediation", "Israel is opposed to French mediation.", e("ISR", "126", "FRA"), never=("11",)),
    c(
        "opposed the invasion",
        "Russia opposed the US invasion of Iraq.",
        e("RUS", "11", "USA"),
        never=("19",),
    ),
    c(
        "backed the air strikes",
        "Britain backed the US air strikes against Iraq.",
        e("GBR", "051", "USA"),
        never=("19",),
    ),
    c("objected to talks", "Iran objected to talks with the United States.", e("IRN", "125", "USA")),
    c(
        "backed the talks",
        "The European Union backed the talks between Israel and Syria.",
        e("IGO", "051"),
        never=("04",),
    ),
    # ---- an event noun that another event acts on is its participant, not an event ----
    c("attack on a patrol", "Two died in an attack on an Indian police patrol in Kashmir.", never=("15",)),
    c("patrol on its own", "Indian police were on patrol in Kashmir.", e("IND", "150")),
    c(
        "protest against invasion",
        "Thousands of Iraqis held a protest against the US invasion.",
        never=("19",),
    ),
]


def test_round4_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_round4_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)
