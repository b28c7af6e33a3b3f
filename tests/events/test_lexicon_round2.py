"""Lexicon round 2: CAMEO subcodes decided by what a frame embeds (appeal, demand, intent, threat, reject,
accuse), and the verb and noun patterns whose object gives the subcode (investigate, withdraw, allow...).

Each case: (name, sentence, expected events, forbidden code prefixes). Expected events use the conventions
of cases.py: (source prefix, CAMEO code prefix, target prefix | None | "*"). A forbidden prefix must not be
coded for the sentence at all.
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.lexicon import load_lexicon

from .cases import Exp, e
from .table import Case, assert_codes, assert_unique_names, c

CASES: list[Case] = [
    # ---- appeal (02x): the requested act decides the subcode ----
    c("urge release", "Germany urged Iran to release the detained journalists.", e("DEU", "0253", "IRN")),
    c("call for easing sanctions", "Italy called for easing sanctions on Russia.", e("ITA", "0254")),
    c("urge ceasefire", "France urged Armenia to observe the ceasefire.", e("FRA", "0256", "ARM")),
    c("ask for military aid", "Ukraine asked Britain to send weapons.", e("UKR", "0232", "GBR")),
    c("appeal for talks", "Norway urged Colombia to negotiate with the rebels.", e("NOR", "026", "COL")),
    c(
        "urge mediation",
        "The Arab League urged Egypt to mediate between the factions.",
        e("IGO", "028", "EGY"),
    ),
    c("urge settlement", "Russia urged Armenia to sign a peace agreement.", e("RUS", "027", "ARM")),
    c("urge reforms", "The IMF urged Greece to enact economic reforms.", e("IGO", "0242", "GRC")),
    c("urge to condemn", "Ukraine urged China to condemn Russia.", e("UKR", "113"), never=("111",)),
    # ---- demand (10x) ----
    c("demand release", "Israel demanded the release of the Israeli hostages.", e("ISR", "1053")),
    c(
        "demand resignation",
        "Serbian students demanded the resignation of the Serbian president.",
        e("SRB", "1041"),
    ),
    c(
        "demand resign",
        "The Pakistani opposition demanded that the prime minister step down.",
        e("PAK", "1041"),
    ),
    c("demand reforms", "Jordanian protesters demanded political reforms.", e("JOR", "1044")),
    c("demand withdrawal", "Lebanon demanded the withdrawal of Israeli troops.", e("LBN", "1056")),
    c("demand mediation", "Sudan demanded that Egypt mediate between the generals.", e("SDN", "108", "EGY")),
    c("demand lifting", "Iran demanded that the United States lift sanctions.", e("IRN", "1054", "USA")),
    # ---- intent (03x) ----
    c("pledge peacekeepers", "Kenya pledged to send troops to Haiti.", e("KEN", "0334")),
    c("agree to release", "Hamas agreed to release the Israeli hostages.", e("*", "0353")),
    c("offer to mediate", "Turkey offered to mediate between Russia and Ukraine.", e("TUR", "039")),
    c(
        "willing to forgive",
        "The Rwandan president said he is willing to forgive the rebels.",
        e("RWA", "056"),
    ),
    c("promise reforms", "The Egyptian president promised political reforms.", e("EGY", "0344")),
    c("promise to democratize", "The Serbian president promised to democratize Serbia.", e("SRB", "0344")),
    c(
        "accept settlement",
        "Ecuador accepted a compromise to end its border dispute with Peru.",
        e("ECU", "037"),
    ),
    # ---- threat (13x) ----
    c("threaten cut aid", "The United States threatened to cut aid to Egypt.", e("USA", "1311", "EGY")),
    c("threaten sanctions", "The European Union threatened Belarus with sanctions.", e("IGO", "1312", "BLR")),
    c("threaten break ties", "Turkey threatened to sever ties with Israel.", e("TUR", "1313", "ISR")),
    c(
        "threaten halt talks",
        "North Korea threatened to withdraw from the talks.",
        e("PRK", "134"),
        never=("087",),
    ),
    c("threaten halt mediation", "Qatar threatened to suspend its mediation.", e("QAT", "135")),
    c("threaten expel inspectors", "Iran threatened to expel the IAEA inspectors.", e("IRN", "136")),
    c(
        "threaten withdraw observers",
        "Russia threatened to withdraw its observers from Georgia.",
        e("RUS", "136"),
    ),
    c("threaten curfew", "The Kenyan government threatened to impose a curfew.", e("KEN", "1323")),
    c("threaten invasion", "China threatened to invade Taiwan.", e("CHN", "1382", "TWN")),
    c(
        "will withdraw unless",
        "France will withdraw its troops from Mali unless the junta holds elections.",
        e("FRA", "13"),
    ),
    # ---- reject (12x) ----
    c("refuse ease sanctions", "Hungary refused to ease sanctions on Russia.", e("HUN", "1244")),
    c(
        "reject demands resignation",
        "The Thai prime minister rejected demands for his resignation.",
        e("THA", "1231"),
    ),
    c("reject calls for talks", "Israel rejected calls for talks with Hamas.", e("ISR", "125")),
    c("reject offer of mediation", "Ethiopia rejected an offer of mediation by Kenya.", e("ETH", "126")),
    c("refuse release", "Iran refused to release the British sailors.", e("IRN", "1243")),
    c("rule out talks", "The Ukrainian president ruled out talks with Russia.", e("UKR", "125")),
    c("rule out ceasefire", "Israel ruled out a ceasefire.", e("ISR", "1246")),
    c("reject appeal for aid", "Myanmar rejected the appeal for humanitarian aid.", e("MMR", "12")),
    # ---- accuse (112x) and other disapproval ----
    c(
        "accuse of torture",
        "Amnesty International accused Egypt of torturing prisoners.",
        e("*", "1122", "EGY"),
    ),
    c("accuse of invasion", "Georgia accused Russia of invading its territory.", e("GEO", "1123", "RUS")),
    c("accuse of kidnapping", "Nigeria accused the rebels of abducting the students.", e("NGA", "1121")),
    c("blame for attack", "Pakistan blamed India for the attack.", e("PAK", "1123", "IND")),
    c(
        "accuse of spying",
        "China accused Canada of sharing intelligence with Taiwan.",
        e("CHN", "1125", "CAN"),
    ),
    c("accuse of genocide", "Bosnia accused Serbia of genocide.", e("BIH", "1124", "SRB")),
    c("found guilty", "The Turkish journalist was found guilty by a Turkish court.", e("TUR", "116", "TUR")),
    c("rule against", "The European court ruled against Poland.", e("*", "116", "POL")),
    c(
        "rally opposition",
        "Ukraine rallied opposition against Russia.",
        e("UKR", "113", "RUS"),
        never=("14",),
    ),
    # ---- yield (08x) ----
    c("allow rally", "The Belarusian government allowed the opposition rally.", e("BLR", "0833")),
    c("allow humanitarian access", "Syria allowed humanitarian access to Aleppo.", e("SYR", "0863")),
    c("withdraw peacekeepers", "Bangladesh withdrew its peacekeepers from Sierra Leone.", e("BGD", "1661")),
    c("withdraw inspectors", "The IAEA withdrew its inspectors from Iran.", e("IGO", "1662", "IRN")),
    c("withdraw from talks", "The Palestinians withdrew from the talks with Israel.", e("PSE", "164", "ISR")),
    c(
        "hand over medicine",
        "Swiss doctors handed over medicine to the Iranian Red Crescent.",
        e("CHE", "073"),
    ),
    c("disband militias", "The Iraqi government disbanded the militias.", e("IRQ", "0873")),
    # ---- investigate (09x) ----
    c(
        "investigate corruption",
        "Brazilian prosecutors investigated corruption at Petrobras.",
        e("BRA", "091"),
    ),
    c("investigate abuses", "The United Nations investigated abuses in Myanmar.", e("IGO", "092")),
    c("investigate attack", "The Pentagon investigated the attack on the convoy.", e("USA", "093")),
    c("investigate atrocities", "Croatia investigated atrocities against Serb civilians.", e("HRV", "094")),
    c("corruption probe", "Spain opened a corruption probe into the Catalan government.", e("ESP", "091")),
    # ---- 01 and 07 ----
    c("express scepticism", "Germany expressed scepticism about the Iranian offer.", e("DEU", "012")),
    c("peacekeeping troops", "Nepal sent peacekeeping troops to Lebanon.", e("NPL", "074", "LBN")),
    c("consider sanctions", "Japan is considering sanctions against North Korea.", e("JPN", "014")),
    c("plan curfew", "The Thai government plans to impose a curfew in Bangkok.", e("THA", "1323")),
    c("vow arrests", "The Turkish interior minister vowed to arrest the protesters.", e("TUR", "137")),
    c("cancel visit", "The Japanese foreign minister cancelled a visit to China.", e("JPN", "161", "CHN")),
    c("force out agency", "Sudan forced the UN aid agency out of Darfur.", e("SDN", "1663", "IGO")),
    c("accept refugees", "Poland accepted Ukrainian refugees.", e("POL", "075", "UKR")),
    # ---- precision ----
    c("reform bill no accession", "The Ukrainian parliament debated a reform bill.", never=("08",)),
    c(
        "withdraw troops is retreat",
        "Russia withdrew its troops from Kherson.",
        e("RUS", "0874"),
        never=("16",),
    ),
    c("found a party is no verdict", "The Kenyan opposition leader founded a new party.", never=("116",)),
    c(
        "rally against is protest",
        "Thousands of Thai students rallied against the government.",
        never=("113",),
    ),
]


def test_round2_table_is_large_and_uniquely_named() -> None:
    assert len(CASES) >= 50
    assert_unique_names(CASES)


@pytest.mark.parametrize(
    ("frame", "embedded", "expected"),
    [
        ("reject", "1041", "1231"),  # rejected demands for his resignation
        ("reject", "0254", "1244"),  # rejected calls to ease sanctions
        ("reject", "036", "125"),  # rejected an offer of talks
        ("reject", "108", "126"),  # rejected demands for mediation
        ("appeal", "057", "027"),  # urged them to sign an agreement
        ("appeal", "111", "113"),  # urged others to condemn
        ("demand", "057", "107"),
        ("accuse", "064", "1125"),  # accused of passing intelligence
        ("accuse", "1821", "1122"),
        ("threat", "1662", "136"),
        ("threat", "0874", "136"),
        ("intent", "056", "056"),
        ("intent", "1723", "1323"),  # plans to impose a curfew
    ],
)
def test_frame_tables_map_embedded_code(frame: str, embedded: str, expected: str) -> None:
    assert load_lexicon().frames.map_code(frame, embedded) == expected


def test_reject_table_covers_every_appeal_and_demand_subcode() -> None:
    """Rejecting an appeal or a demand keeps what was asked for (02x/10x -> 12x), for every subcode."""
    from tacitus.ontology import ontology

    frames, onto = load_lexicon().frames, ontology()
    families = (
        "021",
        "023",
        "024",
        "025",
        "026",
        "027",
        "028",
        "101",
        "103",
        "104",
        "105",
        "106",
        "107",
        "108",
    )
    for family in families:
        base = frames.map_code("reject", family)
        assert base is not None and base.startswith("12") and len(base) == 3, family
        assert base not in ("120", "124") or family in ("025", "105"), family
        for leaf in "123456":
            if family + leaf in onto:
                want = base + leaf if base + leaf in onto else base
                assert frames.map_code("reject", family + leaf) == want, family + leaf


@pytest.mark.model
@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_round2_pattern_codes_sentence(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    assert_codes(code(text), expected, never)
