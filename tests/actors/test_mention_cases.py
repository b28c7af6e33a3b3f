"""A table of hand-written mention cases: (text, article date, mention text, expected code)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

D = "2022-05-01"

# Countries by name, alias and abbreviation.
NAMES = [
    ("The United States criticised the plan.", "United States", "USA"),
    ("The U.S. criticised the plan.", "U.S.", "USA"),
    ("The US criticised the plan.", "US", "USA"),
    ("America criticised the plan.", "America", "USA"),
    ("Britain criticised the plan.", "Britain", "GBR"),
    ("The UK criticised the plan.", "UK", "GBR"),
    ("The U.K. criticised the plan.", "U.K.", "GBR"),
    ("North Korea fired a missile.", "North Korea", "PRK"),
    ("The DPRK fired a missile.", "DPRK", "PRK"),
    ("South Korea condemned the launch.", "South Korea", "KOR"),
    ("Burma rejected the report.", "Burma", "MMR"),
    ("Myanmar rejected the report.", "Myanmar", "MMR"),
    ("Ivory Coast closed its border.", "Ivory Coast", "CIV"),
    ("Côte d'Ivoire closed its border.", "Côte d'Ivoire", "CIV"),
    ("Russia warned Ukraine.", "Russia", "RUS"),
    ("Russia warned Ukraine.", "Ukraine", "UKR"),
    ("China and Japan held talks.", "Japan", "JPN"),
    ("Germany and France signed a deal.", "France", "FRA"),
    ("Germany and France signed a deal.", "Germany", "DEU"),
    ("Iran threatened Israel.", "Iran", "IRN"),
    ("Iran threatened Israel.", "Israel", "ISR"),
    ("Turkey hosted the talks.", "Turkey", "TUR"),
    ("Türkiye hosted the talks.", "Türkiye", "TUR"),
    ("The UAE hosted the talks.", "UAE", "ARE"),
    ("Saudi Arabia hosted the talks.", "Saudi Arabia", "SAU"),
    ("The Democratic Republic of Congo accused Rwanda.", "Democratic Republic of Congo", "COD"),
    ("The DRC accused Rwanda.", "DRC", "COD"),
    ("The DRC accused Rwanda.", "Rwanda", "RWA"),
    ("Kosovo declared independence.", "Kosovo", "KSV"),
    ("East Timor held elections.", "East Timor", "TMP"),
    ("Taiwan protested.", "Taiwan", "TWN"),
    ("The Philippines protested.", "Philippines", "PHL"),
    ("The Netherlands protested.", "Netherlands", "NLD"),
    ("Palestine applied for membership.", "Palestine", "PSE"),
    ("Venezuela expelled diplomats.", "Venezuela", "VEN"),
    ("Eswatini held a vote.", "Eswatini", "SWZ"),
    ("Swaziland held a vote.", "Swaziland", "SWZ"),
    ("North Macedonia joined NATO.", "North Macedonia", "MKD"),
    ("Czech Republic voted against.", "Czech Republic", "CZE"),
    ("Puerto Rico asked for aid.", "Puerto Rico", "USAPRI"),
    ("Greenland rejected the offer.", "Greenland", "DNKGRL"),
]

# Demonyms and plurals.
DEMONYMS = [
    ("Chinese diplomats left.", "Chinese diplomats", "CHNGOV"),
    ("Russians protested in the street.", "Russians", "RUS"),
    ("The Ukrainian delegation arrived.", "Ukrainian delegation", "UKRGOV"),
    ("An Israeli was killed.", "Israeli", "ISR"),
    ("Palestinians marched.", "Palestinians", "PSE"),
    ("A Kosovar was arrested.", "Kosovar", "KSV"),
    ("The Iraqis agreed.", "Iraqis", "IRQ"),
    ("Afghan civilians fled.", "Afghan civilians", "AFGCVL"),
    ("Syrian refugees crossed the border.", "Syrian refugees", "SYRREF"),
    ("Turkish troops crossed the border.", "Turkish troops", "TURMIL"),
    ("Pakistani police arrested him.", "Pakistani police", "PAKCOP"),
    ("Indian soldiers patrolled the area.", "Indian soldiers", "INDMIL"),
    ("Iranian lawmakers voted.", "Iranian lawmakers", "IRNLEG"),
    ("Egyptian protesters gathered.", "Egyptian protesters", "EGYOPP"),
    ("Somali pirates seized a ship.", "Somali pirates", "SOMCRM"),
    ("Nigerian students protested.", "Nigerian students", "NGAEDU"),
    ("Colombian rebels attacked.", "Colombian rebels", "COLREB"),
    ("British journalists were expelled.", "British journalists", "GBRMED"),
    ("Japanese companies invested.", "Japanese companies", "JPNBUS"),
    ("Brazilian judges ruled.", "Brazilian judges", "BRAJUD"),
    ("Saudi officials met.", "Saudi officials", "SAUGOV"),
    ("Venezuelan opposition leaders met.", "Venezuelan opposition", "VENOPP"),
    ("Filipino workers went on strike.", "Filipino workers", "PHLLAB"),
    ("Greek farmers blocked roads.", "Greek farmers", "GRCAGR"),
    ("Lebanese militants fired rockets.", "Lebanese militants", "LBNREB"),
    ("Kenyan doctors went on strike.", "Kenyan doctors", "KENHLH"),
    ("Ethiopian priests prayed.", "Ethiopian priests", "ETHREL"),
    ("Mexican cartels fought.", "Mexican cartels", "MEXCRM"),
    ("North Korean hackers stole funds.", "North Korean hackers", "PRKCRM"),
    ("South Korean activists protested.", "South Korean activists", "KOROPP"),
    ("Belarusian dissidents fled.", "Belarusian dissidents", "BLROPP"),
    ("Sudanese civilians fled.", "Sudanese civilians", "SDNCVL"),
    ("Malian soldiers patrolled.", "Malian soldiers", "MLIMIL"),
    ("Libyan militias clashed.", "Libyan militias", "LBYREB"),
    ("Yemeni fighters advanced.", "Yemeni fighters", "YEMREB"),
    ("Dutch investors sold.", "Dutch investors", "NLDBUS"),
    ("Swiss banks froze assets.", "Swiss banks", "CHEBUS"),
    ("Polish border guards stopped migrants.", "Polish border guards", "POLMIL"),
    ("Israeli forces raided Jenin.", "Israeli forces", "ISRMIL"),
    ("American warships sailed.", "American warships", "USAMIL"),
]

# Possessives and prepositional attachments.
ATTACHMENT = [
    ("Russia's defence ministry said it struck targets.", "Russia's defence ministry", "RUSGOVMIL"),
    ("China's foreign ministry protested.", "China's foreign ministry", "CHNGOV"),
    ("Ukraine's army advanced.", "Ukraine's army", "UKRMIL"),
    ("Iran's parliament voted.", "Iran's parliament", "IRNLEG"),
    ("Egypt's police arrested him.", "Egypt's police", "EGYCOP"),
    ("Brazil's supreme court ruled.", "Brazil's supreme court", "BRAJUD"),
    ("Israel's military said.", "Israel's military", "ISRMIL"),
    ("Venezuela's opposition rejected the vote.", "Venezuela's opposition", "VENOPP"),
    ("The troops of Ukraine advanced.", "troops of Ukraine", "UKRMIL"),
    ("The government of Sudan agreed.", "government of Sudan", "SDNGOV"),
    ("The army of Mali withdrew.", "army of Mali", "MLIMIL"),
    ("Rebels in the Ivory Coast attacked.", "Rebels in the Ivory Coast", "CIVREB"),
    ("Protesters in Hong Kong marched.", "Protesters in Hong Kong", "HKGOPP"),
    ("Senior Hungarian and Romanian officials agreed.", "Hungarian", "HUNGOV"),
    ("Senior Hungarian and Romanian officials agreed.", "Romanian officials", "ROUGOV"),
    ("The Indian navy rescued them.", "Indian navy", "INDMIL"),
    ("The Chinese coast guard fired water cannon.", "Chinese coast guard", "CHNMIL"),
    ("The Turkish health ministry reported cases.", "Turkish health ministry", "TURGOVHLH"),
    ("The Russian intelligence services denied it.", "Russian intelligence services", "RUSSPY"),
    ("A Syrian state news agency reported it.", "Syrian state news agency", "SYRGOVMED"),
]

# Capitals and seats of power as government metonyms.
METONYMS = [
    ("Beijing warned Washington.", "Beijing", "CHNGOV"),
    ("Beijing warned Washington.", "Washington", "USAGOV"),
    ("Moscow denied it.", "Moscow", "RUSGOV"),
    ("Kyiv asked for weapons.", "Kyiv", "UKRGOV"),
    ("Kiev asked for weapons.", "Kiev", "UKRGOV"),
    ("The Kremlin denied it.", "Kremlin", "RUSGOV"),
    ("The White House denied it.", "White House", "USAGOV"),
    ("The Pentagon denied it.", "Pentagon", "USAMIL"),
    ("Downing Street denied it.", "Downing Street", "GBRGOV"),
    ("The Élysée denied it.", "Élysée", "FRAGOV"),
    ("Zhongnanhai approved it.", "Zhongnanhai", "CHNGOV"),
    ("The State Department denied it.", "State Department", "USAGOV"),
    ("Foggy Bottom denied it.", "Foggy Bottom", "USAGOV"),
    ("Tehran rejected the offer.", "Tehran", "IRNGOV"),
    ("Ankara rejected the offer.", "Ankara", "TURGOV"),
    ("Tokyo protested.", "Tokyo", "JPNGOV"),
    ("Seoul protested.", "Seoul", "KORGOV"),
    ("Pyongyang protested.", "Pyongyang", "PRKGOV"),
    ("New Delhi protested.", "New Delhi", "INDGOV"),
    ("Islamabad protested.", "Islamabad", "PAKGOV"),
    ("Paris and Berlin agreed.", "Paris", "FRAGOV"),
    ("Paris and Berlin agreed.", "Berlin", "DEUGOV"),
    ("London and Ottawa agreed.", "London", "GBRGOV"),
    ("Riyadh and Cairo agreed.", "Cairo", "EGYGOV"),
    ("Damascus denied it.", "Damascus", "SYRGOV"),
    ("The Knesset voted.", "Knesset", "ISRLEG"),
    ("The Duma voted.", "Duma", "RUSLEG"),
    ("The Bundestag voted.", "Bundestag", "DEULEG"),
    ("Ramallah condemned the raid.", "Ramallah", "PSEGOV"),
    ("Minsk denied it.", "Minsk", "BLRGOV"),
]

# Organisations.
ORGS = [
    ("The United Nations condemned it.", "United Nations", "IGO"),
    ("The UN condemned it.", "UN", "IGO"),
    ("The U.N. condemned it.", "U.N.", "IGO"),
    ("The UN Security Council met.", "UN Security Council", "IGOGOV"),
    ("UNHCR said thousands fled.", "UNHCR", "IGOREF"),
    ("UNICEF warned of famine.", "UNICEF", "IGOHLH"),
    ("The World Food Programme warned.", "World Food Programme", "IGOAGR"),
    ("The IAEA inspected the site.", "IAEA", "IGO"),
    ("The WHO declared an emergency.", "WHO", "IGOHLH"),
    ("NATO warned Russia.", "NATO", "IGOMIL"),
    ("The EU imposed sanctions.", "EU", "IGO"),
    ("The European Union imposed sanctions.", "European Union", "IGO"),
    ("The African Union suspended Mali.", "African Union", "IGO"),
    ("ASEAN leaders met.", "ASEAN leaders", "IGOGOV"),
    ("OPEC cut output.", "OPEC", "IGOBUS"),
    ("The IMF approved a loan.", "IMF", "IGOBUS"),
    ("The World Bank approved a loan.", "World Bank", "IGOBUS"),
    ("The International Criminal Court issued a warrant.", "International Criminal Court", "IGOJUD"),
    ("The ICJ ruled.", "ICJ", "IGOJUD"),
    ("The Red Cross delivered aid.", "Red Cross", "IGOHLH"),
    ("The ICRC delivered aid.", "ICRC", "IGOHLH"),
    ("Amnesty International criticised the law.", "Amnesty International", "IGOHRI"),
    ("Human Rights Watch criticised the law.", "Human Rights Watch", "IGOHRI"),
    ("Doctors Without Borders treated the wounded.", "Doctors Without Borders", "IGOHLH"),
    ("The Arab League met.", "Arab League", "IGO"),
    ("The OSCE sent observers.", "OSCE", "IGO"),
    ("The G7 met.", "G7", "IGO"),
    ("The G20 met.", "G20", "IGO"),
    ("APEC ministers met.", "APEC ministers", "IGOGOV"),
    ("The GCC met.", "GCC", "IGO"),
    ("ECOWAS suspended Niger.", "ECOWAS", "IGO"),
    ("The Shanghai Cooperation Organisation met.", "Shanghai Cooperation Organisation", "IGO"),
    ("BRICS met in Kazan.", "BRICS", "IGO"),
    ("Hamas fired rockets.", "Hamas", "PSEREB"),
    ("Hezbollah fired rockets.", "Hezbollah", "LBNREB"),
    ("The Taliban seized Kabul.", "Taliban", "AFGREB"),
    ("The Houthis attacked a ship.", "Houthis", "YEMREB"),
    ("ISIS claimed the attack.", "ISIS", "IMG"),
    ("The Islamic State claimed the attack.", "Islamic State", "IMG"),
    ("ISIL claimed the attack.", "ISIL", "IMG"),
    ("Al-Qaeda claimed the attack.", "Al-Qaeda", "IMG"),
    ("al-Shabaab claimed the attack.", "al-Shabaab", "SOMREB"),
    ("Boko Haram kidnapped students.", "Boko Haram", "NGAREB"),
    ("The PKK claimed the attack.", "PKK", "TURREB"),
    ("The Wagner Group withdrew.", "Wagner Group", "RUSMIL"),
    ("Hamas fighters crossed the fence.", "Hamas fighters", "PSEREB"),
    ("NATO troops arrived.", "NATO troops", "IGOMIL"),
    ("UN peacekeepers withdrew.", "UN peacekeepers", "IGOMIL"),
    ("Xinhua reported the meeting.", "Xinhua", "CHNGOVMED"),
    ("The CIA declined to comment.", "CIA", "USASPY"),
]

# Title + name, and dated roles on different dates.
PEOPLE = [
    ("Chinese Foreign Minister Wang Yi spoke.", D, "Chinese Foreign Minister Wang Yi", "CHNGOV"),
    ("U.S. Secretary of State Antony Blinken spoke.", D, "U.S. Secretary of State Antony Blinken", "USAGOV"),
    ("Russian President Vladimir Putin spoke.", D, "Russian President Vladimir Putin", "RUSGOV"),
    (
        "Ukrainian Defence Minister Oleksii Reznikov spoke.",
        D,
        "Ukrainian Defence Minister Oleksii Reznikov",
        "UKRGOVMIL",
    ),
    ("French President Emmanuel Macron spoke.", D, "French President Emmanuel Macron", "FRAGOV"),
    ("Israeli Prime Minister Naftali Bennett spoke.", D, "Israeli Prime Minister Naftali Bennett", "ISRGOV"),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian spoke.", D, "Iranian Foreign Minister", "IRNGOV"),
    ("Japanese Prime Minister Fumio Kishida spoke.", D, "Japanese Prime Minister Fumio Kishida", "JPNGOV"),
    ("Turkish President Recep Tayyip Erdogan spoke.", D, "Turkish President Recep Tayyip Erdogan", "TURGOV"),
    ("Indian Prime Minister Narendra Modi spoke.", D, "Indian Prime Minister Narendra Modi", "INDGOV"),
    ("German Chancellor Olaf Scholz spoke.", D, "German Chancellor Olaf Scholz", "DEUGOV"),
    ("Egyptian President Abdel Fattah el-Sisi spoke.", D, "Egyptian President", "EGYGOV"),
    ("Brazilian President Jair Bolsonaro spoke.", D, "Brazilian President Jair Bolsonaro", "BRAGOV"),
    ("A Russian general, Ivan Petrov, spoke.", D, "Russian general", "RUSMIL"),
    ("Former Pakistani prime minister Imran Khan spoke.", D, "Pakistani prime minister Imran Khan", "PAKGOV"),
    ("Putin spoke on television.", "2022-05-01", "Putin", "RUSGOV"),
    ("Putin spoke on television.", "2010-05-01", "Putin", "RUSGOV"),
    ("Trump spoke on television.", "2015-05-01", "Trump", "USA"),
    ("Trump spoke on television.", "2018-05-01", "Trump", "USAGOV"),
    ("Trump spoke on television.", "2023-05-01", "Trump", "USAELI"),
    ("Trump spoke on television.", "2025-05-01", "Trump", "USAGOV"),
    ("Zelensky spoke on television.", "2018-05-01", "Zelensky", "UKR"),
    ("Zelensky spoke on television.", "2022-05-01", "Zelensky", "UKRGOV"),
    ("Blinken spoke on television.", "2022-05-01", "Blinken", "USAGOV"),
    ("Blinken spoke on television.", "2019-05-01", "Blinken", "USAELI"),
    ("Merkel spoke on television.", "2010-05-01", "Merkel", "DEUGOV"),
    ("Merkel spoke on television.", "2023-05-01", "Merkel", "DEUELI"),
    ("Lavrov spoke on television.", "2022-05-01", "Lavrov", "RUSGOV"),
    ("Shoigu spoke on television.", "2020-05-01", "Shoigu", "RUSGOVMIL"),
    ("Shoigu spoke on television.", "2024-08-01", "Shoigu", "RUSGOV"),
    ("Netanyahu spoke on television.", "2015-05-01", "Netanyahu", "ISRGOV"),
    ("Netanyahu spoke on television.", "2022-01-01", "Netanyahu", "ISRELI"),
    ("Erdogan spoke on television.", "2010-05-01", "Erdogan", "TURGOV"),
    ("Mubarak spoke on television.", "2005-05-01", "Mubarak", "EGYGOV"),
    ("Assad spoke on television.", "2015-05-01", "Assad", "SYRGOV"),
    ("Xi Jinping spoke on television.", "2020-05-01", "Xi Jinping", "CHNGOV"),
    ("Kim Jong Un spoke on television.", "2020-05-01", "Kim Jong Un", "PRKGOV"),
    ("Guterres spoke on television.", "2020-05-01", "Guterres", "IGOGOV"),
    ("Stoltenberg spoke on television.", "2020-05-01", "Stoltenberg", "IGOMIL"),
    ("Macron spoke on television.", "2015-05-01", "Macron", "FRA"),
    ("Lula spoke on television.", "2005-05-01", "Lula", "BRAGOV"),
    ("Lula spoke on television.", "2015-05-01", "Lula", "BRAELI"),
    ("Obama spoke on television.", "2012-05-01", "Obama", "USAGOV"),
    ("Modi spoke on television.", "2020-05-01", "Modi", "INDGOV"),
    ("Bolsonaro spoke on television.", "2020-05-01", "Bolsonaro", "BRAGOV"),
    ("Trump spoke on television.", None, "Trump", "USAGOV"),
]

# Places: cities from GeoNames as their country, regions.
PLACES = [
    ("Shelling hit Kharkiv.", "Kharkiv", "UKR"),
    ("BRICS met in Kazan.", "Kazan", "RUS"),
    ("Fighting raged in Darfur.", "Darfur", "SDN"),
    ("Troops entered Crimea.", "Crimea", "UKR"),
    ("Clashes erupted in Tigray.", "Tigray", "ETH"),
    ("Rockets hit Haifa.", "Haifa", "ISR"),
    ("Floods hit Karachi.", "Karachi", "PAK"),
    ("Protesters gathered in Mumbai.", "Mumbai", "IND"),
    ("Police raided homes in Xinjiang.", "Xinjiang", "CHN"),
    ("Shelling hit the Gaza Strip.", "Gaza Strip", "PSEGZA"),
]


def _check(code_actors, text: str, day: str | None, mention: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(text, day)
    start = doc.text.index(mention)
    found = [m for m in doc.mentions if m.start <= start and start + len(mention) <= m.end]
    assert found, f"no mention covers {mention!r}: {[(m.text, m.actor.code) for m in doc.mentions]}"
    assert found[0].actor.code == expected, (found[0].text, found[0].actor.code, found[0].rule)


@pytest.mark.parametrize(
    ("text", "mention", "expected"), NAMES + DEMONYMS + ATTACHMENT + METONYMS + ORGS + PLACES
)
def test_actors_case_table_codes_mention(code_actors, text: str, mention: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    _check(code_actors, text, D, mention, expected)


@pytest.mark.parametrize(("text", "day", "mention", "expected"), PEOPLE)
def test_actors_people_coded_by_title_or_dated_role(
    code_actors, text: str, day: str | None, mention: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    _check(code_actors, text, day, mention, expected)
