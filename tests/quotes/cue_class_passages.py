"""Hand-written passages for the cue classes of quote_cues.yaml (position, judgement, cognition, ...).

Same layout as passages.py: (id, text, expected quotes, snippets that are not quotes).
"""

from __future__ import annotations

from .passages import Passage

CUE_CLASSES: list[Passage] = [
    # --- statements of position (speech: clause or object) ---
    (
        "position-observe-that",
        "The governor observed that the budget had grown every year since 2010.",
        [("the budget had grown every year since 2010", "The governor", "indirect")],
        [],
    ),
    (
        "position-clarify-object",
        "The ministry later clarified its position on the fishing quotas.",
        [("its position on the fishing quotas", "The ministry", "indirect")],
        [],
    ),
    (
        "position-articulate-object",
        "The mayor has articulated a plan for cheaper buses.",
        [("a plan for cheaper buses", "The mayor", "indirect")],
        [],
    ),
    # --- judging and pleading (speech acts: object, infinitive, preposition) ---
    (
        "judgement-praise-verb-object",
        "The senator lauded the new water treaty.",
        [("the new water treaty", "The senator", "indirect")],
        [],
    ),
    (
        "judgement-rail-against",
        "The union leader railed against the pension cuts.",
        [("the pension cuts", "The union leader", "indirect")],
        [],
    ),
    (
        "judgement-portray-as",
        "The challenger portrayed the incumbent as a friend of the banks.",
        [("the incumbent as a friend of the banks", "The challenger", "indirect")],
        [],
    ),
    (
        "plea-plead-for",
        "The families pleaded for an end to the shelling.",
        [("an end to the shelling", "The families", "indirect")],
        [],
    ),
    # --- cognition: only a clause is content ---
    (
        "cognition-discover-that",
        "Auditors discovered that the fund had lost half its value.",
        [("the fund had lost half its value", "Auditors", "indirect")],
        [],
    ),
    (
        "cognition-sense-object-is-no-content",
        "The coach sensed the wind on his face.",
        [],
        ["the wind on his face"],
    ),
    # --- emotion: object, infinitive or clause ---
    (
        "emotion-despise-object",
        "Many voters despise the new toll.",
        [("the new toll", "Many voters", "indirect")],
        [],
    ),
    (
        "emotion-resent-gerund",
        "The smaller states resented being left out of the talks.",
        [("being left out of the talks", "The smaller states", "indirect")],
        [],
    ),
    # --- intention: only an infinitive is content ---
    (
        "intention-plan-to",
        "The company plans to close two factories next year.",
        [("to close two factories next year", "The company", "indirect")],
        [],
    ),
    (
        "intention-aim-to",
        "The new alliance aims to cut fuel imports.",
        [("to cut fuel imports", "The new alliance", "indirect")],
        [],
    ),
    (
        "intention-plan-object-is-no-content",
        "The students planned the picnic for weeks.",
        [],
        ["the picnic"],
    ),
    # --- speech and attitude nouns: speakers and contents in other places ---
    (
        "noun-speaker-in-a-from-phrase",
        "Warnings from economists that the currency would fall were ignored for months.",
        [("that the currency would fall", "economists", "indirect")],
        [],
    ),
    (
        "noun-speaker-from-phrase-before-the-content-phrase",
        "The pension reform followed a long push from the unions for earlier retirement.",
        [("earlier retirement", "the unions", "indirect")],
        [],
    ),
    (
        "noun-from-phrase-of-a-date-is-no-speaker",
        "The report from Tuesday on the border crossings was withdrawn.",
        [],
        ["the border crossings"],
    ),
    (
        "noun-its-possessor-with-an-infinitive",
        "The agency is still drafting its plan to reopen the harbor.",
        [("to reopen the harbor", "its", "indirect")],
        [],
    ),
    (
        "noun-its-possessor-prepositional-phrase-is-no-content",
        "The bank quietly raised its forecast for the northern regions.",
        [],
        ["the northern regions"],
    ),
    (
        "noun-that-clause-the-parse-hung-on-its-verb",
        "The floods fueled fears across Europe that the euro would collapse.",
        [("that the euro would collapse", None, "indirect")],
        [],
    ),
    (
        "noun-result-clause-of-its-verb-is-no-content",
        "The minister delayed the decision so long that the deadline passed.",
        [],
        ["the deadline passed"],
    ),
    (
        "noun-subject-with-an-extraposed-that-clause",
        "Concerns were raised that the old bridge was unsafe.",
        [("that the old bridge was unsafe", None, "indirect")],
        [],
    ),
    (
        "noun-subject-of-a-copula-with-a-result-clause-is-no-cue",
        "The criticism was so heavy that the coach resigned.",
        [],
        ["the coach resigned"],
    ),
    (
        "attitude-noun-in-a-manner-phrase-held-by-the-subject",
        "Ortiz went home with hopes of a deal by spring.",
        [("a deal", "Ortiz", "indirect")],
        [],
    ),
    (
        "attitude-noun-in-a-manner-phrase-after-an-object-is-not-the-subjects",
        "The committee held the aide in contempt of Congress.",
        [],
        ["Congress"],
    ),
    (
        "noun-raised-by-a-person",
        "Senator Reyes raised questions about the cost of the new jets.",
        [("the cost of the new jets", "Senator Reyes", "indirect")],
        [],
    ),
    (
        "noun-raised-by-a-thing-is-no-cue",
        "The delay raised questions about the cost of the new jets.",
        [],
        ["the cost of the new jets"],
    ),
    (
        "request-noun-infinitive-without-speaker",
        "Calls to close the border grew louder after the attack.",
        [("to close the border", None, "indirect")],
        [],
    ),
    (
        "commitment-noun-infinitive-without-speaker",
        "The summit ended with an agreement to cut fishing quotas.",
        [("to cut fishing quotas", None, "indirect")],
        [],
    ),
    (
        "decision-noun-infinitive-without-speaker-is-no-cue",
        "The decision to close the plant was reversed.",
        [],
        ["to close the plant"],
    ),
    (
        "noun-idiom-made-no-secret-of",
        "The senator made no secret of her doubts about the treaty.",
        [("her doubts about the treaty", "The senator", "indirect")],
        [],
    ),
    (
        "noun-idiom-made-fun-of",
        "The comedian made fun of the mayor's new hat.",
        [("the mayor's new hat", "The comedian", "indirect")],
        [],
    ),
    (
        "noun-idiom-noun-without-its-light-verb-is-no-cue",
        "The festival was great fun for the whole village.",
        [],
        ["the whole village"],
    ),
    (
        "noun-attack-with-a-speaker",
        "Her attacks on the governor's budget grew sharper.",
        [("the governor's budget", "Her", "indirect")],
        [],
    ),
    (
        "noun-attack-without-a-speaker-is-no-cue",
        "An attack on the army base killed three soldiers.",
        [],
        ["the army base"],
    ),
    # --- attack-like cues in their violent sense are no speech ---
    (
        "violence-armed-agent-attacked",
        "Rebels attacked the convoy near Goma on Tuesday. The senator attacked the trade deal.",
        [("the trade deal", "The senator", "indirect")],
        ["the convoy"],
    ),
    (
        "violence-coded-armed-actor-on-a-place",
        "Russian forces attacked Kharkiv overnight.",
        [],
        ["Kharkiv"],
    ),
    (
        "violence-country-on-a-place-but-a-person-on-a-country-is-words",
        "Russia attacked Ukraine in February. Trump attacked Mexico in his speech.",
        [("Mexico", "Trump", "indirect")],
        ["Ukraine"],
    ),
    (
        "violence-noun-with-a-speaker-on-a-building",
        "The militia's latest attacks on the villages drove thousands from their homes.",
        [],
        ["the villages"],
    ),
    (
        "violence-weapon-phrase",
        "The group attacked the ministry with rockets. The group attacked the ministry's new budget.",
        [("the ministry's new budget", "The group", "indirect")],
        ["the ministry with rockets"],
    ),
    (
        "violence-harm-participle",
        "Assailants attacked the market, killing 12 people.",
        [],
        ["the market"],
    ),
    (
        "violence-words-marked-by-as-or-for-stay-speech",
        "The general attacked the minister as a coward and attacked the army chief for his silence.",
        [("the minister as a coward", "The general", "indirect"), ("his silence", None, "indirect")],
        [],
    ),
    # --- naming: characterising verbs count only with the name given ---
    (
        "naming-paint-as",
        "The governor painted her rival as a puppet of the oil lobby.",
        [("her rival as a puppet of the oil lobby", "The governor", "indirect")],
        [],
    ),
    (
        "naming-dub-object-name",
        "Opponents dubbed the tariff plan a tax on farmers.",
        [("the tariff plan a tax on farmers", "Opponents", "indirect")],
        [],
    ),
    (
        "naming-bare-object-is-no-quote",
        "Volunteers painted the school gym and cast their ballots before noon.",
        [],
        ["the school gym", "their ballots"],
    ),
    (
        "attitude-hopes-lemma",
        "The mayor hopes to open the new bridge by the spring.",
        [("to open the new bridge by the spring", "The mayor", "indirect")],
        [],
    ),
    # --- acts (act_verbs): weak cues, only with an agent subject ---
    (
        "act-enactment-impose",
        "The city council imposed a curfew on the harbour district.",
        [("a curfew on the harbour district", "The city council", "indirect")],
        [],
    ),
    (
        "act-enactment-veto-named",
        "Governor Alvarez vetoed the school funding bill on Friday.",
        [("the school funding bill", "Governor Alvarez", "indirect")],
        ["on Friday"],
    ),
    (
        "act-enactment-passive-is-no-quote",
        "A curfew was imposed on the harbour district after the riots.",
        [],
        ["the harbour district"],
    ),
    (
        "act-enactment-thing-subject-is-no-quote",
        "The new ordinance bans smoking in parks and playgrounds.",
        [],
        ["smoking in parks"],
    ),
    (
        "act-causation-link-to",
        "The minister linked the blackout to the neglect of the power grid.",
        [("the blackout to the neglect of the power grid", "The minister", "indirect")],
        [],
    ),
    (
        "act-causation-thing-subject-is-no-quote",
        "A narrow causeway links the island to the mainland.",
        [],
        ["the island"],
    ),
    (
        "cognition-know-about",
        "The auditors knew about the missing pension money for months.",
        [("the missing pension money", "The auditors", "indirect")],
        [],
    ),
    (
        "cognition-decide-infinitive",
        "The regulator decided not to fine the two railway firms.",
        [("not to fine the two railway firms", "The regulator", "indirect")],
        [],
    ),
    (
        "cognition-bare-object-is-no-quote",
        "The old mayor knew every shopkeeper on the high street.",
        [],
        ["every shopkeeper"],
    ),
    (
        "act-physical-blocking-is-no-quote",
        "Striking dockers blocked the coastal road and lifted the barrier at noon.",
        [],
        ["the coastal road", "the barrier"],
    ),
    (
        "position-bare-speech-verb-takes-about-topic",
        "At the fair, the farmer boasted about his giant marrows.",
        [("his giant marrows", "the farmer", "indirect")],
        [],
    ),
    (
        "position-bare-speech-verb-takes-of-topic",
        "The retired captain often joked of his seasickness.",
        [("his seasickness", "The retired captain", "indirect")],
        [],
    ),
    (
        "phone-call-into-a-programme-is-no-quote",
        "Last week she called in to a breakfast programme on local radio. "
        "The councillor had called into the budget meeting from her car.",
        [],
        ["breakfast programme", "budget meeting"],
    ),
    (
        "speaking-verb-time-clause-is-no-quote",
        "The mayor was still speaking when the protesters walked into the hall.",
        [],
        ["the protesters walked"],
    ),
    # --- quarrels, hearsay, reposts and ratings (cue verbs) ---
    (
        "quarrel-disagree-with",
        "The finance minister disagreed with the central bank on interest rates.",
        [("the central bank on interest rates", "The finance minister", "indirect")],
        [],
    ),
    (
        "quarrel-spar-over-whether",
        "The two parties sparred over whether the port should be sold.",
        [("whether the port should be sold", "The two parties", "indirect")],
        [],
    ),
    (
        "cognition-hear-that-but-not-a-hearing",
        "Farmers in the valley heard that the dam would be closed. The judge heard the case in March.",
        [("the dam would be closed", "Farmers", "indirect")],
        ["the case"],
    ),
    (
        "repost-retweet-object",
        "The candidate retweeted a cartoon of his rival.",
        [("a cartoon of his rival", "The candidate", "indirect")],
        [],
    ),
    (
        "naming-rate-with-the-name-given",
        "The fact-checkers rated the senator's claim false. The agency rates bonds every year.",
        [("the senator's claim false", "The fact-checkers", "indirect")],
        ["bonds"],
    ),
    # --- apologies, advocacy, sponsorship and reproach (act verbs) ---
    (
        "act-apologize-for-but-not-a-date",
        "The mayor apologized for the long delays at the station. The rector apologized on Tuesday.",
        [("the long delays at the station", "The mayor", "indirect")],
        ["Tuesday"],
    ),
    (
        "act-campaign-against-an-issue",
        "The union campaigned against the pension reform.",
        [("the pension reform", "The union", "indirect")],
        [],
    ),
    (
        "act-vote-to-but-not-for-a-person",
        "Lawmakers voted to extend the fishing ban. Most retirees voted for her in the primary.",
        [("to extend the fishing ban", "Lawmakers", "indirect")],
        ["her in the primary"],
    ),
    (
        "act-sponsor-a-bill-but-not-a-thing-sponsoring",
        "Senator Okafor sponsored the clean water bill. The bakery sponsored the marathon.",
        [("the clean water bill", "Senator Okafor", "indirect")],
        ["the marathon"],
    ),
    (
        "act-reproach-object-and-reason",
        "The opposition leader excoriated the minister for the missing funds.",
        [("the minister for the missing funds", "The opposition leader", "indirect")],
        [],
    ),
    # --- phrasal act verbs (`lemma particle` entries) and words for words ---
    (
        "act-phrasal-bring-up-but-not-bring-in",
        "The senator brought up the audit at the hearing. She later brought in a new aide.",
        [("the audit", "The senator", "indirect")],
        ["a new aide"],
    ),
    (
        "act-phrasal-weigh-in-on",
        "The union weighed in on the pension dispute.",
        [("the pension dispute", "The union", "indirect")],
        [],
    ),
    (
        "act-phrasal-lay-out-but-not-lay",
        "The minister laid out her plan for the railways. The workers laid the cables in June.",
        [("her plan for the railways", "The minister", "indirect")],
        ["the cables"],
    ),
    (
        "act-wording-use-the-phrase-but-not-the-money",
        'Mr. Okoro has used the phrase "tax grab" often. She used the money to buy a tractor.',
        [('the phrase "tax grab"', "Mr. Okoro", None)],
        ["the money"],
    ),
    # --- feelings: `felt` with a predicate, held by an agent ---
    (
        "feeling-felt-betrayed-when-but-not-a-cold-room",
        "Many farmers felt betrayed when the mill closed. The old hall felt cold that night.",
        [("betrayed when the mill closed", "Many farmers", "indirect")],
        ["cold that night"],
    ),
    (
        "feeling-felt-comfortable-with",
        "Local officials felt comfortable with the new arrangement.",
        [("comfortable with the new arrangement", "Local officials", "indirect")],
        [],
    ),
    # --- more speech acts and phrasal acts ---
    (
        "speech-act-recommend-object",
        "The panel recommended a ban on night flights.",
        [("a ban on night flights", "The panel", "indirect")],
        [],
    ),
    (
        "speech-act-repudiate-object",
        "The senator later repudiated the remarks of his aide.",
        [("the remarks of his aide", "The senator", "indirect")],
        [],
    ),
    (
        "addressee-beg-to",
        "The villagers begged the governor to reopen the clinic.",
        [("to reopen the clinic", "The villagers", "indirect")],
        [],
    ),
    (
        "act-phrasal-double-down-but-not-doubled",
        "The union will double down on its demands. Sales doubled in May.",
        [("its demands", "The union", "indirect")],
        ["May"],
    ),
    (
        "act-strike-down-a-measure-but-not-by-a-storm",
        "The court struck down the curfew. The storm struck down two power lines.",
        [("the curfew", "The court", "indirect")],
        ["two power lines"],
    ),
    # --- laws and rules as the source of what they provide (act verbs with a provision subject) ---
    (
        "act-provision-rules-permit-but-not-a-storm",
        "The party's rules permit delegates to vote by proxy. The storm allowed no flights to leave.",
        [("delegates to vote by proxy", "The party's rules", "indirect")],
        ["no flights"],
    ),
    (
        "act-provision-relative-pronoun-speaks-for-its-antecedent",
        "The city has an ordinance that bans fireworks in parks.",
        [("fireworks", "an ordinance", "indirect")],
        [],
    ),
    (
        "act-conjoined-verb-takes-the-first-verbs-subject",
        "The senator arrived in Congress in 1993 and promptly voted against the crime bill.",
        [("the crime bill", "The senator", "indirect")],
        [],
    ),
    (
        "act-a-measure-is-no-stance",
        "The nominee is six feet tall and weighs 90 kilograms. The party is weighing a boycott of the vote.",
        [("a boycott of the vote", "The party", "indirect")],
        ["90 kilograms"],
    ),
]
