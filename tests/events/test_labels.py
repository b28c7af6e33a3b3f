"""Event label choice: which triggers of a sentence are coded, and with which code (PLOVER types).

Acts that serve a promised, planned, refused or possible act have not happened ("will visit Senegal to
mediate"); what a protest demands is the protest; preparing an attack is a force posture (CAMEO 15, PLOVER
MOBILIZE); a reiterated demand is a demand; legal accusations are accusations, not arrests; resignations
are PLOVER RETREAT `resign`.

Each case: (name, sentence, expected events, forbidden code prefixes), as in test_round8.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.explain import explain
from tacitus.ontology import ontology
from tacitus.pipeline import Pipeline

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- the purpose of an unrealized act is unrealized too ----
    c(
        "purpose of a future visit",
        "The Kenyan president will travel to Uganda and Rwanda to mediate in their border dispute.",
        e("KEN", "03"),
        never=("04",),
    ),
    c(
        "purpose of a willing act",
        "Canada is ready to send engineers to help rebuild Haiti.",
        e("CAN", "03"),
        never=("07",),
    ),
    c(
        "complement of an offered help",
        "Egypt offered its soldiers to the Sudanese president to help him expel the militias.",
        e("EGY", "03"),
        never=("17",),
    ),
    c(
        "purpose of a done act is still coded",
        "The United Nations sent experts to Syria to investigate the attack.",
        e("IGO", "09"),
    ),
    c(
        "coordinate future acts keep their own reading",
        "Canada said it would ban arms exports to Iran and would deny visas to Iranian officials.",
        e("CAN", "12"),
    ),
    c(
        "what a refusal is about is no fact",
        "Eritrea refused to allow African Union aircraft to land and evacuate injured civilians.",
        e("ERI", "12"),
        never=("07",),
    ),
    # ---- a protest's demand is the protest ----
    c(
        "protest participle demands",
        "Students marched through Seoul on Sunday, demanding the resignation of the president.",
        e("KOR", "14"),
        never=("10",),
    ),
    # ---- preparing an attack is a force posture; aspect verbs pass their complement through ----
    c(
        "preparing an attack",
        "The Ethiopian army prepared to launch an offensive against Eritrean positions.",
        e("ETH", "15"),
        never=("03", "13", "19"),
    ),
    c(
        "preparing to continue shelling",
        "The Serbian army prepared to continue shelling Bosnian towns.",
        e("SRB", "15"),
        never=("03", "13", "19"),
    ),
    c(
        "prepared as a willingness is a threat",
        "Iran is prepared to attack Israel.",
        e("IRN", "13", "ISR"),
        never=("15",),
    ),
    c(
        "vowing to continue fighting",
        "The Taliban vowed to continue fighting Afghan forces.",
        e("AFG", "138"),
    ),
    # ---- a possible act under a condition is a conditional threat or offer ----
    c(
        "conditional halt is a threat",
        "Norway may suspend its aid to Nicaragua if the elections are postponed, its foreign minister said.",
        e("NOR", "13", "NIC"),
    ),
    c("unconditioned possibility is no fact", "Norway may suspend its aid to Nicaragua.", never=("13", "16")),
    # ---- who arrives decides what an arrival is ----
    c(
        "peacekeepers arriving provide peacekeeping",
        "A battalion of Nepalese peacekeepers arrived in Lebanon on Monday.",
        e("NPL", "074", "LBN"),
        never=("04",),
    ),
    c(
        "a minister arriving visits",
        "The Nepalese foreign minister arrived in India on Monday.",
        e("NPL", "042"),
    ),
    # ---- one statement told twice ----
    c(
        "participle continuing an accusation",
        "China accused Japan of distorting history, ignoring the suffering of its victims.",
        e("CHN", "112", "JPN"),
        never=("12",),
    ),
    # ---- legal accusations ----
    c(
        "indictment accuses",
        "A Peruvian court indicted the former president.",
        e("PER", "112"),
        never=("17",),
    ),
    c("charging accuses", "Kenyan police charged the opposition leader.", e("KEN", "112"), never=("17",)),
    c(
        "prosecution is a lawsuit",
        "Brazil prosecuted the Chilean mining company.",
        e("BRA", "115"),
        never=("17",),
    ),
    # ---- resignations ----
    c("resignation", "The Georgian prime minister resigned on Sunday.", e("GEO", "0831")),
]


def test_labels_case_names_are_unique() -> None:
    assert_unique_names(CASES)


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_labels_sentence_codes(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)


def test_resignation_is_a_plover_retreat() -> None:
    info = ontology().get("0831")
    assert (info.plover, info.mode) == ("RETREAT", "resign")


@pytest.mark.model
def test_reiterate_is_a_light_verb_for_a_demand(code: Any) -> None:
    doc = code("The European Union reiterated its demand today that Turkey lift restrictions on the press.")
    demands = [ev for ev in doc.events if ev.cameo.startswith("10")]
    assert demands and all(ev.trigger.text == "reiterated" for ev in demands)


@pytest.mark.model
def test_purpose_of_the_same_root_is_one_event(code: Any) -> None:
    doc = code("Kenya summoned the Ugandan ambassador on Monday to complain about border raids.")
    assert {ev.trigger.text for ev in doc.events if ev.cameo.startswith("11")} == {"summoned"}


@pytest.mark.model
def test_coordinate_of_a_frame_content_is_content(pipeline: Pipeline) -> None:
    ex = explain("Russia accused Georgia of shelling villages and killing civilians.", pipeline)
    status = {d.trigger.text: d.status for d in ex.decisions}
    assert status["killing"].startswith("not a fact")
