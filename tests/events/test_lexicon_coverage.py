"""Lexicon coverage: hand-written news sentences for the verbs, phrasal verbs, light-verb constructions and
nominalisations of every CAMEO root, plus object constraints that keep ambiguous verbs apart.

Each case: (name, sentence, expected events, forbidden code prefixes). Expected events use the conventions
of cases.py: (source prefix, CAMEO code prefix, target prefix | None | "*"). A forbidden prefix must not be
coded for the sentence at all (precision: "met the demands" is not a meeting).
"""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.model import Event

from .cases import Exp, e

pytestmark = pytest.mark.model

Case = tuple[str, str, list[Exp], tuple[str, ...]]


def c(name: str, text: str, *expected: Exp, never: tuple[str, ...] = ()) -> Case:
    return (name, text, list(expected), never)


CASES: list[Case] = [
    # ---- 01 make public statement ----
    c("confess", "The Kremlin confessed that its jets had strayed into Turkish airspace.", e("RUS", "015")),
    c("explore option", "Egypt is exploring the possibility of talks with Ethiopia.", e("EGY", "014")),
    c("dispute report", "Iran disputed the report by the IAEA.", e("IRN", "016"), never=("12",)),
    c("reject allegations", "Russia rejected the allegations by Ukraine.", e("RUS", "016"), never=("120",)),
    c("pay tribute", "The Indian prime minister paid tribute to Japanese victims.", e("IND", "017", "JPN")),
    c(
        "attend funeral",
        "The French president attended the funeral of the Polish president.",
        e("FRA", "017"),
    ),
    c(
        "commiserate",
        "The Chinese president commiserated with Turkey after the earthquake.",
        e("CHN", "018", "TUR"),
    ),
    # ---- 02 appeal ----
    c("beg", "Ukrainian officials begged Germany to send tanks.", e("UKR", "023", "DEU")),
    c(
        "submit petition",
        "Egyptian activists submitted a petition to the Egyptian government.",
        e("EGY", "02", "EGY"),
    ),
    c("extend invitation", "China extended an invitation to the Russian president.", e("CHN", "02", "RUS")),
    # ---- 03 express intent to cooperate ----
    c(
        "agree to mend ties",
        "Turkey and Israel agreed to mend ties.",
        e("TUR", "03", "ISR"),
        e("ISR", "03", "TUR"),
    ),
    c("commit troops", "Germany committed troops to the UN mission in Mali.", e("DEU", "074")),
    c(
        "ready to contribute",
        "France is ready to contribute troops to the peacekeeping force.",
        e("FRA", "0334"),
    ),
    # ---- 04 consult ----
    c(
        "speak by phone",
        "The German chancellor spoke by phone with the French president.",
        e("DEU", "041", "FRA"),
    ),
    c(
        "phone call noun",
        "The Japanese prime minister held a phone call with the Indian prime minister.",
        e("JPN", "041", "IND"),
    ),
    c("pay a visit", "The Chinese foreign minister paid a visit to Pakistan.", e("CHN", "042", "PAK")),
    c("head to", "The Turkish president headed to Moscow for talks.", e("TUR", "042", "RUS")),
    c("receive king", "The Egyptian president received the Jordanian king in Cairo.", e("EGY", "043", "JOR")),
    c("haggle", "Greece haggled with Germany over the bailout terms.", e("GRC", "046", "DEU")),
    # ---- 05 diplomatic cooperation ----
    c("reopen embassy", "Saudi Arabia reopened its embassy in Damascus.", e("SAU", "050", "SYR")),
    c("mend ties", "Japan and South Korea mended ties.", e("JPN", "050", "KOR")),
    c("acclaim", "The African Union acclaimed Kenya for its mediation.", e("IGO", "051", "KEN")),
    c("stand with", "Poland stands with Ukraine.", e("POL", "051", "UKR")),
    c("justify", "Israel justified its raid on the Lebanese village.", e("ISR", "052")),
    c("express regret", "Japan expressed regret to China over the incident.", e("JPN", "055", "CHN")),
    c(
        "commute sentence",
        "The Iranian president commuted the sentence of a British prisoner.",
        e("IRN", "056"),
    ),
    c("ink deal", "Britain inked a trade deal with Australia.", e("GBR", "057", "AUS")),
    # ---- 06 material cooperation ----
    c("join forces", "France joined forces with Germany against smuggling.", e("FRA", "060", "DEU")),
    c("team up", "Japan teamed up with Australia on hydrogen research.", e("JPN", "060", "AUS")),
    c("sell jets", "France sold fighter jets to India.", e("FRA", "072", "IND")),
    c("export", "Russia exported wheat to Egypt.", e("RUS", "061", "EGY")),
    c("provide intelligence", "Britain provided intelligence to Ukraine.", e("GBR", "064", "UKR")),
    # ---- 07 provide aid ----
    c("dispatch aid", "Canada dispatched humanitarian aid to Haiti.", e("CAN", "073", "HTI")),
    c("grant asylum", "Sweden gave asylum to the Belarusian dissident.", e("SWE", "075", "BLR")),
    c("bail out", "The European Union bailed out Greece.", e("IGO", "071", "GRC")),
    # ---- 08 yield ----
    c(
        "bow to demands",
        "The Sri Lankan government bowed to demands from Tamil protesters.",
        e("LKA", "080"),
        never=("10",),
    ),
    c(
        "meet demands",
        "The Israeli government met the demands of the protesters.",
        e("ISR", "080"),
        never=("04",),
    ),
    c("remove sanctions", "The United States removed sanctions on Sudan.", e("USA", "085", "SDN")),
    c("lift martial law", "The Thai government lifted martial law in Bangkok.", e("THA", "0814")),
    c("abandon positions", "Russian troops abandoned their positions near Kherson.", e("RUS", "0874")),
    c("quit post", "The Georgian prime minister quit his post on Monday.", e("GEO", "0831")),
    c("lay down arms", "Syrian rebels laid down their arms.", e("SYR", "0873"), never=("07",)),
    c("swap prisoners", "Russia and Ukraine swapped prisoners on Sunday.", e("RUS", "0841", "UKR")),
    c("cease-fire compound", "Hamas declared a unilateral cease-fire in Gaza.", e("PSE", "0871")),
    c(
        "grant rights",
        "The Turkish government granted rights to Kurdish citizens.",
        e("TUR", "0833"),
        never=("07",),
    ),
    # ---- 09 investigate ----
    c(
        "dispatch inspectors",
        "The IAEA dispatched inspectors to Iran.",
        e("IGO", "090", "IRN"),
        never=("07",),
    ),
    c(
        "put under investigation",
        "Italian prosecutors put the American student under investigation.",
        e("ITA", "090", "USA"),
    ),
    c("look into", "The United Nations looked into Syrian chemical attacks.", e("IGO", "090")),
    # ---- 10 demand ----
    c("demand withdrawal", "Iraq demanded the withdrawal of Turkish troops.", e("IRQ", "10")),
    # ---- 11 disapprove ----
    c("lodge protest", "Iran lodged a formal protest with Britain.", e("IRN", "114", "GBR"), never=("14",)),
    c("file lawsuit", "Egypt filed a lawsuit against Ethiopia.", e("EGY", "115", "ETH")),
    c("condemn to death", "The Egyptian court condemned the Islamist leader to death.", e("EGY", "116")),
    c("excoriate", "The Chinese government excoriated Japan for the visit.", e("CHN", "111", "JPN")),
    c("take aim", "The Russian president took aim at NATO.", e("RUS", "111", "IGO")),
    # ---- 12 reject ----
    c("deny entry", "Iraq denied entry to Kuwaiti officials.", e("IRQ", "120", "KWT"), never=("016",)),
    c("block resolution", "Russia blocked the resolution on Syria at the United Nations.", e("RUS", "129")),
    c("repudiate agreement", "Hungary repudiated the agreement with Ukraine.", e("HUN", "12", "UKR")),
    c("renege", "The Zambian president reneged on his commitment to the opposition.", e("ZMB", "120")),
    # ---- 13 threaten ----
    c("vow to attack", "Russia vowed to attack Ukraine.", e("RUS", "138", "UKR"), never=("03",)),
    # ---- 14 protest ----
    c("go on strike", "Greek workers went on strike on Monday.", e("GRC", "143"), never=("19",)),
    c("hunger strike", "Palestinian prisoners went on a hunger strike.", e("PSE", "14"), never=("19",)),
    c("throw stones", "Palestinian youths threw stones at Israeli soldiers.", e("PSE", "145", "ISR")),
    c("postpone demonstration", "The Kenyan opposition postponed the demonstration.", e("KEN", "082")),
    # ---- 15 exhibit force posture ----
    c("mass troops", "Russia massed troops along the border with Ukraine.", e("RUS", "154")),
    c("put on alert", "China put its troops on high alert.", e("CHN", "152")),
    c("strengthen forces", "Russia has strengthened its forces in Crimea.", e("RUS", "154")),
    # ---- 16 reduce relations ----
    c("tighten sanctions", "The European Union tightened sanctions on Iran.", e("IGO", "163", "IRN")),
    c("ban imports", "The Chinese government banned imports from Australia.", e("CHN", "163", "AUS")),
    c("withhold aid", "The United States withheld aid from Egypt.", e("USA", "162", "EGY")),
    c("halt mediation", "Qatar halted its mediation between Israel and Hamas.", e("QAT", "165")),
    # ---- 17 coerce ----
    c("reimpose blockade", "Israel reimposed a blockade on Gaza.", e("ISR", "191", "PSE")),
    c("quell protests", "The Burmese army quelled protests in Yangon.", e("MMR", "175")),
    c(
        "fire tear gas",
        "Chinese police fired tear gas at protesters in Hong Kong.",
        e("CHN", "175"),
        never=("193",),
    ),
    c("house arrest", "Thai police put the Cambodian activist under house arrest.", e("THA", "173", "KHM")),
    c(
        "take into custody",
        "Kenyan police took the Ugandan opposition leader into custody.",
        e("KEN", "173", "UGA"),
    ),
    c("set fire", "Iranian protesters set fire to the Saudi embassy.", e("IRN", "1712", "SAU")),
    c("ban protests", "The Russian government banned protests in Moscow.", e("RUS", "1721")),
    # ---- 18 assault ----
    c("hold hostage", "Syrian rebels held French journalists hostage.", e("SYR", "181", "FRA")),
    c("detonate bomb", "Boko Haram militants detonated a bomb in Nigeria.", e("NGA", "183")),
    c("human shields", "The Iraqi army used civilians as human shields.", e("IRQ", "184")),
    c("wound soldiers", "Taliban fighters wounded two British soldiers.", e("AFG", "18", "GBR")),
    # ---- 19 fight ----
    c("fire rockets", "Palestinian militants fired rockets at Israel.", e("PSE", "194", "ISR")),
    c("recapture", "Syrian troops recaptured Palmyra from Islamic State militants.", e("SYR", "192")),
    c(
        "capture city",
        "Russian forces captured the Ukrainian city of Mariupol.",
        e("RUS", "192"),
        never=("173",),
    ),
    c("exchange fire", "India and Pakistan exchanged fire along the border.", e("IND", "190", "PAK")),
    c("break cease-fire", "Azerbaijani forces violated the cease-fire with Armenia.", e("AZE", "196", "ARM")),
    # ---- 20 unconventional mass violence ----
    c("mass killings", "Sudanese troops engaged in mass killings in Darfur.", e("SDN", "202")),
    c("ethnically cleanse", "Serb forces cleansed Albanian villages in Kosovo.", e("SRB", "203")),
    # ---- light verbs and nominalisations ----
    c("summon ambassador", "China summoned the Japanese ambassador.", e("CHN", "114", "JPN")),
    c("reaffirm support", "Germany reaffirmed its support for Ukraine.", e("DEU", "051", "UKR")),
    c("express anger", "China expressed anger over the Japanese visit.", e("CHN", "111", "JPN")),
    c("own drills", "China held military drills near Taiwan.", e("CHN", "150", "TWN"), never=("06",)),
    c(
        "joint drills",
        "Russia and Belarus held joint drills.",
        e("RUS", "062", "BLR"),
        e("BLR", "062", "RUS"),
    ),
    c("increase pressure", "The United States increased pressure on Iran.", e("USA", "10", "IRN")),
    c(
        "express readiness",
        "Qatar expressed its readiness to mediate between Israel and Hamas.",
        e("QAT", "039"),
    ),
    c("lend support", "France lent its support to the Greek government.", e("FRA", "051", "GRC")),
    # ---- precision: ambiguous words ----
    c("sworn in is no event", "The new Nigerian president was sworn in on Monday.", never=("03",)),
    c("agree to sanctions is not a threat", "Hungary agreed to the sanctions on Russia.", never=("13",)),
    c(
        "air strikes are not labour strikes",
        "Israel carried out air strikes on Gaza.",
        e("ISR", "195"),
        never=("14",),
    ),
    c("abuse of power is not assault", "The Kenyan president abused his power.", never=("18",)),
]


def _matches(ev: Event, exp: Exp) -> bool:
    src, code, tgt, _ = exp
    if not ev.source.actor.code.startswith(src) or not ev.cameo.startswith(code):
        return False
    if tgt is None:
        return ev.target is None
    return tgt == "*" or (ev.target is not None and ev.target.actor.code.startswith(tgt))


def _show(events: tuple[Event, ...]) -> list[str]:
    return [
        f"{e.source.actor.code} {e.cameo} {e.target.actor.code if e.target else '-'} [{e.rule}]"
        for e in events
    ]


def test_coverage_table_spans_every_root() -> None:
    roots = {exp[1][:2] for _, _, expected, _ in CASES for exp in expected}
    assert roots >= {f"{r:02d}" for r in range(1, 21)}
    assert len({name for name, *_ in CASES}) == len(CASES), "case names must be unique"


@pytest.mark.parametrize(("name", "text", "expected", "never"), CASES, ids=[x[0] for x in CASES])
def test_lexicon_pattern_codes_sentence(
    code: Any, name: str, text: str, expected: list[Exp], never: tuple[str, ...]
) -> None:
    doc = code(text)
    events = tuple(ev for ev in doc.events if not ev.negated)
    for exp in expected:
        assert any(_matches(ev, exp) for ev in events), f"{exp} not in {_show(doc.events)}"
    for prefix in never:
        assert not any(ev.cameo.startswith(prefix) for ev in events), f"{prefix} in {_show(doc.events)}"
