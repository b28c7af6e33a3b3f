"""Hand-written mention cases for harder references: (text, article date, mention text, expected code).

Former states, misspellings, ethnic minorities, contextual roles, appositions, coordinated and gendered
pronouns.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

D = "2022-05-01"

# Former and renamed states, and places that changed country, coded by the article's date.
HISTORIC = [
    ("The Soviet Union invaded Afghanistan.", "1980-01-10", "Soviet Union", "USR"),
    ("Soviet troops crossed the border.", "1980-01-10", "Soviet troops", "USRMIL"),
    ("The USSR vetoed the resolution.", "1975-01-10", "USSR", "USR"),
    ("Congo closed its border with Gabon.", "1990-06-01", "Congo", "COG"),
    ("Congo closed its border with Rwanda.", "2020-06-01", "Congo", "COD"),
    ("Zaire expelled Belgian diplomats.", "1990-06-01", "Zaire", "COD"),
    ("Yugoslavia protested to Albania.", "1989-03-01", "Yugoslavia", "YUG"),
    ("Yugoslavia rejected the NATO ultimatum.", "1999-03-20", "Yugoslavia", "SRB"),
    ("Czechoslovakia and Poland signed a treaty.", "1985-05-01", "Czechoslovakia", "CSK"),
    ("East Germany opened the border.", "1989-11-09", "East Germany", "DDR"),
    ("Rebels shelled Juba overnight.", "2005-03-01", "Juba", "SDN"),
    ("Juba accused Khartoum of backing rebels.", "2015-03-01", "Juba", "SSDGOV"),
]

# Misspelt country, demonym and capital names one edit away from a single knowledge-base name.
MISSPELT = [
    ("Isreali jets struck targets in Gaza.", D, "Isreali jets", "ISRMIL"),
    ("Morrocco recalled its ambassador.", D, "Morrocco", "MAR"),
    ("Sweeden denied the report.", D, "Sweeden", "SWE"),
    ("Austrailian troops arrived on Monday.", D, "Austrailian troops", "AUSMIL"),
    ("The Phillippine army attacked a rebel camp.", D, "Phillippine army", "PHLMIL"),
    ("Tunisia and Argentinia reopened the border crossing.", D, "Argentinia", "ARG"),
    ("Talks with Afghanstan resumed.", D, "Afghanstan", "AFG"),
    ("Officials said Lithuanai would send aid.", D, "Lithuanai", "LTU"),
    ("Kuwiat's emir received the envoy.", D, "Kuwiat's emir", "KWTGOV"),
    ("Talks opened in Katmandu.", D, "Katmandu", "NPLGOV"),
]

# Words near a country name that are something else: (text, mention text, country it must not get).
NOT_COUNTRIES = [
    ("Romani families were evicted in the town.", "Romani", "ROU"),
    ("Indiana lawmakers approved the budget.", "Indiana", "IND"),
    ("Columbia University students marched.", "Columbia", "COL"),
    ("Roland met the mayor on Tuesday.", "Roland", "POL"),
    ("Athena Capital bought the company.", "Athena", "GRC"),
]

# Ethnic and national groups coded by their state of residence plus a CAMEO ethnic code.
ETHNIC = [
    ("Ethnic Russians in eastern Ukraine voted.", D, "Russians", "UKRCVLrus"),
    ("Hundreds of ethnic Hungarians rallied in Slovakia.", D, "Hungarians", "SVKCVLhun"),
    ("Ethnic Armenian fighters in Azerbaijan laid down their arms.", D, "Armenian fighters", "AZEREBarm"),
    ("The Serbs of northern Kosovo boycotted the vote.", D, "Serbs", "KSVCVLsrp"),
    ("Kurds in Syria protested against the offensive.", D, "Kurds", "SYRCVLkur"),
    ("Iraqi Kurds voted in a referendum.", D, "Iraqi Kurds", "IRQCVLkur"),
    ("Turkish police detained Kurdish activists.", D, "Kurdish activists", "TUROPPkur"),
    ("Hutu rebels in Burundi attacked a village.", D, "Hutu rebels", "BDIREB"),
    ("The main Hutu rebel group rejected Burundi's offer.", D, "Hutu rebel group", "BDIREB"),
    ("Bosnian Serb forces shelled the town.", D, "Bosnian Serb forces", "BIHMILsrp"),
    ("Tamil refugees arrived by boat.", D, "Tamil refugees", "LKAREFtam"),
    ("Chinese police detained ethnic Uighurs.", D, "Uighurs", "CHNCVLuig"),
    ("Americans in Afghanistan were evacuated.", D, "Americans", "USA"),  # not an ethnic minority
]

# Role nouns with no country attached, in a sentence naming exactly one country (two or more: the sector
# alone, test_mention_cases_unowned.py).
CONTEXT_ROLES = [
    ("Islamist militants attacked a checkpoint near Peshawar.", D, "Islamist militants", "PAKRAD"),
    ("Striking workers blocked the port of Piraeus.", D, "workers", "GRCLAB"),
    ("In Caracas, protesters set up barricades.", D, "protesters", "VENOPP"),
    ("Leaders of the Unity opposition alliance met in Harare.", D, "Unity opposition alliance", "ZWEOPP"),
    ("An anti-Iran journalist was arrested in Baghdad.", D, "journalist", "IRQMED"),
    ("Pro-Russian separatists shelled Donetsk.", D, "separatists", "UKRREB"),
    ("The independent newspaper Kommersant was fined in Moscow.", D, "newspaper Kommersant", "RUSMED"),
]

# Role objects of taking in or sending away come from elsewhere: no country from the clause's subject.
TAKEN_IN = [
    ("Lebanon says it can no longer admit refugees.", D, "refugees", "REF"),
    ("Jordan is hosting tens of thousands of refugees.", D, "refugees", "REF"),
    ("Germany deported migrants on Tuesday.", D, "migrants", "REF"),
    ("Kenya refused to take in more refugees.", D, "refugees", "REF"),
    ("Migrants were expelled by Algeria last week.", D, "Migrants", "REF"),
    # Controls: an attached demonym, an origin, or a verb of another kind keep the country.
    ("Afghan refugees were deported by Iran.", D, "Afghan refugees", "AFGREF"),
    ("Refugees fleeing Sudan crossed the border.", D, "Refugees", "SDNREF"),
    ("Police in Kenya dispersed protesters.", D, "protesters", "KENOPP"),
]

# Titles after the name (apposition) and abbreviated military titles.
APPOSITIONS = [
    ("Ahmed Farouk, Egypt's trade minister, visited Rome.", D, "Ahmed Farouk", "EGYGOVBUS"),
    ("Turkey's defence minister, Hulusi Akar, visited Kyiv.", D, "Hulusi Akar", "TURGOVMIL"),
    ("Maria Lopez, a Colombian human rights activist, was detained.", D, "Maria Lopez", "COLOPP"),
    ("Jan Novak, the Czech interior minister, resigned.", D, "Jan Novak", "CZEGOV"),
    ("Lt. Gen. Amadou Diallo took power in Mali's capital.", D, "Amadou Diallo", "MLIMIL"),
    ("Brig. Gen. Kofi Mensah of Ghana's army spoke.", D, "Kofi Mensah", "GHAMIL"),
    ("The Minister for Foreign Affairs Ivan Petrov flew to Sofia.", D, "Ivan Petrov", "BGRGOV"),
    ("President Volodimir Zelensky visited the front.", D, "Volodimir Zelensky", "UKRGOV"),
    ("Foreign Minister Sergei Lavrof arrived.", D, "Sergei Lavrof", "RUSGOV"),
    ("Jewish settlers attacked a village near Nablus.", D, "Jewish settlers", "ISRCVL"),
]

CASES = HISTORIC + MISSPELT + ETHNIC + CONTEXT_ROLES + TAKEN_IN + APPOSITIONS


def _check(code_actors, text: str, day: str | None, mention: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(text, day)
    start = doc.text.index(mention)
    found = [m for m in doc.mentions if m.start <= start and start + len(mention) <= m.end]
    assert found, f"no mention covers {mention!r}: {[(m.text, m.actor.code) for m in doc.mentions]}"
    got = [(m.text, m.actor.code, m.rule) for m in found]
    assert found[0].actor.code == expected, got


@pytest.mark.parametrize(("text", "day", "mention", "expected"), CASES)
def test_actors_context_case_table_codes_mention(
    code_actors, text: str, day: str | None, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    _check(code_actors, text, day, mention, expected)


@pytest.mark.parametrize(("text", "mention", "country"), NOT_COUNTRIES)
def test_actors_near_miss_words_are_not_countries(code_actors, text: str, mention: str, country: str) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(text, D)
    start = doc.text.index(mention)
    hits = [m for m in doc.mentions if m.start <= start < m.end]
    assert all(m.actor.country != country for m in hits), [(m.text, m.actor.code, m.rule) for m in hits]
