"""Hand-written passages for the quotes stage: (id, text, expected quotes, snippets that are not quotes).

Each expected quote is (content snippet, speaker snippet or None, kind or None): some quote's content
must contain the content snippet, its speaker words contain the speaker snippet, and its kind match.
"""

from __future__ import annotations

Expect = tuple[str, str | None, str | None]
Passage = tuple[str, str, list[Expect], list[str]]

P: list[Passage] = [
    # --- direct: quotation then cue ---
    ("after-he-said", '"We will not back down," he said.', [("We will not back down", "he", "direct")], []),
    (
        "after-said-name",
        '"The talks are over," said Maria Lopez.',
        [("The talks are over", "Maria Lopez", "direct")],
        [],
    ),
    (
        "after-name-said",
        '"Prices will rise," Tom Becker said on Tuesday.',
        [("Prices will rise", "Tom Becker", "direct")],
        [],
    ),
    (
        "after-title-told",
        '"We expect a deal soon," the trade minister told reporters.',
        [("We expect a deal soon", "the trade minister", "direct")],
        [],
    ),
    (
        "after-question",
        '"Who will pay for this?" asked Senator Ann Ruiz.',
        [("Who will pay for this?", "Ann Ruiz", "direct")],
        [],
    ),
    (
        "after-exclaim",
        '"This is a victory for workers!" the union leader shouted.',
        [("This is a victory for workers", "the union leader", "direct")],
        [],
    ),
    (
        "after-statement",
        '"The border remains closed," the ministry said in a statement.',
        [("The border remains closed", "the ministry", "direct")],
        [],
    ),
    (
        "after-officials",
        '"Nobody was hurt," officials said.',
        [("Nobody was hurt", "officials", "direct")],
        [],
    ),
    (
        "after-source",
        '"The deal is dead," a senior diplomat said.',
        [("The deal is dead", "a senior diplomat", "direct")],
        [],
    ),
    ("after-added", '"And we will keep going," she added.', [("we will keep going", "she", "direct")], []),
    (
        "after-multi-sentence",
        '"The vote was fair. The result stands. We accept it," the governor said.',
        [("The result stands", "the governor", "direct")],
        [],
    ),
    (
        "after-curly",
        "“Our forces are ready,” the general said.",
        [("Our forces are ready", "the general", "direct")],
        [],
    ),
    (
        "after-guillemets",
        "« Nous sommes prêts », the minister said.",
        [("Nous sommes prêts", "the minister", "direct")],
        [],
    ),
    (
        "after-low9",
        "„Wir sind bereit“, the chancellor said.",
        [("Wir sind bereit", "the chancellor", "direct")],
        [],
    ),
    (
        "after-nested-single",
        "\"They told us 'go home' and we refused,\" the protester said.",
        [("and we refused", "the protester", "direct")],
        [],
    ),
    # --- direct: cue then quotation ---
    (
        "colon-before",
        'The minister said: "We will fight for every job."',
        [("We will fight for every job", "The minister", "direct")],
        [],
    ),
    (
        "comma-before",
        'Senator Paul Grant said, "This bill is a disgrace."',
        [("This bill is a disgrace", "Paul Grant", "direct")],
        [],
    ),
    (
        "told-colon",
        'The spokesman told reporters on Monday: "No decision has been made."',
        [("No decision has been made", "The spokesman", "direct")],
        [],
    ),
    (
        "colon-curly",
        "President Lena Koval said: “Our doors remain open.”",
        [("Our doors remain open", "Lena Koval", "direct")],
        [],
    ),
    (
        "said-no-comma",
        'The mayor said "the city will rebuild every home."',
        [("the city will rebuild every home", "The mayor", "direct")],
        [],
    ),
    # --- split quotations ---
    (
        "split-around-cue",
        '"We are ready," Smith said, "and we will not wait."',
        [("We are ready", "Smith", "direct"), ("and we will not wait", "Smith", "direct")],
        [],
    ),
    (
        "split-curly",
        "“The plan is simple,” the minister said, “and it will work.”",
        [("The plan is simple", "the minister", "direct"), ("and it will work", "the minister", "direct")],
        [],
    ),
    (
        "split-adding",
        '"We lost," the coach said, adding, "but we learned a lot."',
        [("We lost", "the coach", "direct"), ("but we learned a lot", None, "direct")],
        [],
    ),
    # --- dash attributions ---
    ("dash-name", '"Peace is possible." - Jane Morris', [("Peace is possible", "Jane Morris", "direct")], []),
    (
        "dash-commissioner",
        '"This must stop now." -Commissioner Jane Doe',
        [("This must stop now", "Commissioner Jane Doe", "direct")],
        [],
    ),
    (
        "emdash-name",
        "“We have waited long enough.” — Amina Diallo",
        [("We have waited long enough", "Amina Diallo", "direct")],
        [],
    ),
    (
        "name-dash-before",
        "Carla Mendes ― “The law protects nobody in my town.”",
        [("The law protects nobody", "Carla Mendes", "direct")],
        [],
    ),
    # --- paragraphs: continuation, floating, colon in previous paragraph ---
    (
        "multi-paragraph",
        'The senator spoke at length.\n\n"We have been betrayed by this process.'
        '\n\n"Nobody asked us what we wanted.'
        '\n\n"And nobody will stop us now," Senator Hale said.',
        [("Nobody asked us what we wanted", "Senator Hale", "direct")],
        [],
    ),
    (
        "floating-next-paragraph",
        '"The strike will continue," union leader Omar Said told the rally.\n\n'
        '"We have nothing left to lose and everything to win."',
        [
            ("The strike will continue", "Omar Said", "direct"),
            ("We have nothing left to lose", "Omar Said", "direct"),
        ],
        [],
    ),
    (
        "continuation-same-paragraph",
        '"Taxes will fall," the chancellor said. "Growth will follow within two years."',
        [
            ("Taxes will fall", "the chancellor", "direct"),
            ("Growth will follow within two years", "the chancellor", "direct"),
        ],
        [],
    ),
    (
        "colon-previous-paragraph",
        "Prime Minister Ravi Anand said:\n\n“We will not accept any foreign troops on our soil.”",
        [("We will not accept any foreign troops", "Ravi Anand", "direct")],
        [],
    ),
    (
        "colon-previous-paragraph-no-verb",
        "The ambassador, Helen Ward, on the crisis:\n\n"
        "“We are working day and night to bring our people home.”",
        [("We are working day and night", None, "direct")],
        [],
    ),
    (
        "floating-chain",
        '"We will appeal," the lawyer Mark Rowe said.\n\n"The verdict ignores the evidence."\n\n'
        '"We will take this to the highest court."',
        [
            ("The verdict ignores the evidence", "Mark Rowe", "direct"),
            ("highest court", "Mark Rowe", "direct"),
        ],
        [],
    ),
    # --- unbalanced marks ---
    (
        "odd-marks-rest-of-paragraph",
        'The minister said: "We will never give up.\n\nOther news followed.',
        [("We will never give up", "The minister", "direct")],
        ["Other news followed"],
    ),
    (
        "odd-marks-straight",
        'Critics said "this is a scandal and she knew it',
        [("this is a scandal", "Critics", None)],
        [],
    ),
    ("stray-closing-mark", "The report was late” and nobody noticed.", [], ["nobody noticed"]),
    ("only-opening-marks", "“ “ “ “", [], []),
    ("lonely-mark-at-end", 'The leader left the room "', [], []),
    ("inch-marks", "The athlete is 6'2\" tall and weighs 90 kg.", [], ["tall and weighs"]),
    # --- scare quotes, titles, names: not quotations ---
    ("scare-so-called", "The bill targets so-called 'woke' policies in schools.", [], ["woke"]),
    ("scare-double", 'The party\'s "reset" of relations with its neighbours failed.', [], ["reset"]),
    ("scare-nickname", 'The senator, known as "the Hammer", voted against the bill.', [], ["the Hammer"]),
    ("scare-title", 'She wrote a book called "Winds of Change" last year.', [], ["Winds of Change"]),
    ("scare-single-words", 'The "experts" were wrong about the "crisis" again.', [], ["experts", "crisis"]),
    (
        "no-quotes-narration",
        "The parliament met on Tuesday and passed the budget.",
        [],
        ["passed the budget"],
    ),
    # --- indirect speech ---
    (
        "indirect-said-that",
        "The minister said that the talks had failed.",
        [("the talks had failed", "The minister", "indirect")],
        [],
    ),
    (
        "indirect-said-no-that",
        "Officials said the bridge would reopen next week.",
        [("the bridge would reopen", "Officials", "indirect")],
        [],
    ),
    (
        "indirect-told-reporters",
        "The general told reporters the troops would stay.",
        [("the troops would stay", "The general", "indirect")],
        [],
    ),
    (
        "indirect-reversed",
        "The talks collapsed, a senior official told reporters.",
        [("The talks collapsed", "a senior official", "indirect")],
        [],
    ),
    (
        "indirect-reversed-said",
        "The economy will shrink this year, the central bank said.",
        [("The economy will shrink", "the central bank", "indirect")],
        [],
    ),
    (
        "according-to-front",
        "According to officials, the talks collapsed.",
        [("the talks collapsed", "officials", "indirect")],
        [],
    ),
    (
        "according-to-end",
        "The rebels seized the airport, according to witnesses.",
        [("The rebels seized the airport", "witnesses", "indirect")],
        [],
    ),
    (
        "according-to-source",
        "According to a source close to the palace, the king is ill.",
        [("the king is ill", "a source", "indirect")],
        [],
    ),
    (
        "accused-of",
        "Chinese officials accused Japan of provoking tensions.",
        [("of provoking tensions", "Chinese officials", "indirect")],
        [],
    ),
    (
        "urged-to",
        "The president urged citizens to stay calm.",
        [("to stay calm", "The president", "indirect")],
        [],
    ),
    (
        "warned-that",
        "The agency warned that food supplies were running out.",
        [("food supplies were running out", "The agency", "indirect")],
        [],
    ),
    (
        "insisted",
        "The mayor insisted the city was safe.",
        [("the city was safe", "The mayor", "indirect")],
        [],
    ),
    (
        "denied-object",
        "The company denied the allegations.",
        [("the allegations", "The company", "indirect")],
        [],
    ),
    (
        "denied-that",
        "The army denied that it had fired on civilians.",
        [("it had fired on civilians", "The army", "indirect")],
        [],
    ),
    (
        "stressed",
        "The envoy stressed that dialogue was the only way forward.",
        [("dialogue was the only way", "The envoy", "indirect")],
        [],
    ),
    (
        "noted",
        "Analysts noted that exports had doubled.",
        [("exports had doubled", "Analysts", "indirect")],
        [],
    ),
    (
        "added",
        "She added that the plan would cost little.",
        [("the plan would cost little", "She", "indirect")],
        [],
    ),
    (
        "argued",
        "Critics argued the law was unconstitutional.",
        [("the law was unconstitutional", "Critics", "indirect")],
        [],
    ),
    (
        "claimed",
        "The group claimed it had carried out the attack.",
        [("it had carried out the attack", "The group", "indirect")],
        [],
    ),
    (
        "announced",
        "The ministry announced that elections would be held in May.",
        [("elections would be held in May", "The ministry", "indirect")],
        [],
    ),
    (
        "called-for",
        "Protesters called for the resignation of the mayor.",
        [("the resignation of the mayor", "Protesters", "indirect")],
        [],
    ),
    (
        "saying-participle",
        "The minister left the meeting early, saying the offer was an insult.",
        [("the offer was an insult", "The minister", "indirect")],
        [],
    ),
    ("passive-by", "The attack was condemned by the United Nations.", [], []),
    (
        "parenthetical",
        "The museum, he said, would open in the spring.",
        [("would open in the spring", "he", "indirect")],
        [],
    ),
    (
        "parenthetical-name",
        "Acts of protest are acts of patriotism, Mr. Grant said, whether big or small.",
        [("Acts of protest are acts of patriotism", "Mr. Grant", "indirect")],
        [],
    ),
    (
        "claim-noun",
        "Her claim that the vote was rigged has been rejected.",
        [("the vote was rigged", "Her", "indirect")],
        [],
    ),
    (
        "unnamed-diplomats",
        "Diplomats said the summit could be postponed.",
        [("the summit could be postponed", "Diplomats", "indirect")],
        [],
    ),
    (
        "unnamed-a-source",
        "A source said the minister would resign.",
        [("the minister would resign", "A source", "indirect")],
        [],
    ),
    # --- mixed speech ---
    (
        "mixed-called",
        'Beijing called the actions "perverse" and demanded an apology.',
        [("the actions", "Beijing", "mixed")],
        [],
    ),
    (
        "mixed-said-partial",
        'The judge said the evidence was "deeply troubling" and ordered a retrial.',
        [("the evidence was", "The judge", "mixed")],
        [],
    ),
    (
        "mixed-that-quote",
        'He said that the reform would "change everything for farmers."',
        [("change everything for farmers", "He", None)],
        [],
    ),
    (
        "mixed-described",
        'Officials described the blast as "a deliberate act of sabotage."',
        [("a deliberate act of sabotage", "Officials", None)],
        [],
    ),
    # --- asides and speakers ---
    (
        "aside-who",
        "Wang, who replaced Li last year, said the deal was dead.",
        [("the deal was dead", "Wang", "indirect")],
        [],
    ),
    (
        "aside-direct",
        '"The deal is dead," Wang, who replaced Li last year, said.',
        [("The deal is dead", "Wang", "direct")],
        ["who replaced Li"],
    ),
    (
        "apposition",
        "Maria Silva, the finance minister, said the budget was balanced.",
        [("the budget was balanced", "Maria Silva", "indirect")],
        [],
    ),
    (
        "possessive-title",
        "Hillary Clinton's campaign manager said the ads would continue.",
        [("the ads would continue", "campaign manager", "indirect")],
        [],
    ),
    ("pronoun-she", '"I will run again," she said.', [("I will run again", "she", "direct")], []),
    (
        "pronoun-they",
        '"We were never consulted," they said.',
        [("We were never consulted", "they", "direct")],
        [],
    ),
    (
        "inverted-title",
        '"There is no crisis," said the prime minister, Olaf Berg.',
        [("There is no crisis", "the prime minister", "direct")],
        [],
    ),
    # --- headline and transcript colons ---
    (
        "headline-colon",
        "John Carter: Talks Will Resume Next Week\n\nThe envoy spoke on Sunday.",
        [("Talks Will Resume Next Week", "John Carter", None)],
        [],
    ),
    (
        "transcript-colon",
        "WALLACE: Will the senator attend the debate tonight?\n\nHALE: Of course she will be there.",
        [("Will the senator attend", "WALLACE", "direct"), ("Of course she will be there", "HALE", "direct")],
        [],
    ),
    (
        "label-colon-not-speaker",
        "Update: the story was corrected on Monday morning.",
        [],
        ["the story was corrected"],
    ),
    # --- several quotations in one article ---
    (
        "two-speakers",
        '"We want peace," the Indian minister said. Pakistan\'s envoy replied: "Then stop the shelling."',
        [("We want peace", "the Indian minister", "direct"), ("Then stop the shelling", "envoy", "direct")],
        [],
    ),
    (
        "quote-then-narration",
        '"The vote is a farce," the opposition leader said.\n\n'
        "The election commission rejected the complaint on Friday.",
        [("The vote is a farce", "the opposition leader", "direct")],
        ["rejected the complaint"],
    ),
    # --- noun-phrase contents, evidence, passives, cue classes (PolNeAR conventions) ---
    (
        "object-mentioned",
        "The senator mentioned the trade deal twice during the hearing.",
        [("the trade deal", "The senator", "indirect")],
        [],
    ),
    (
        "object-endorsed-name",
        "The teachers' union endorsed Maria Lopez on Monday.",
        [("Maria Lopez", "union", None)],
        [],
    ),
    (
        "evidence-poll-shows",
        "A new poll shows the governor with a narrow lead in the state.",
        [("the governor with a narrow lead", "A new poll", None)],
        [],
    ),
    (
        "evidence-study-found",
        "A study by two economists found that the tax cut did not raise wages.",
        [("the tax cut did not raise wages", "A study", None)],
        [],
    ),
    (
        "passive-accused-no-speaker",
        "The former minister was accused of hiding the audit from parliament.",
        [("hiding the audit", None, "indirect")],
        [],
    ),
    (
        "passive-with-agent",
        "The reform plan was endorsed by the largest farmers' association.",
        [("The reform plan", "association", None)],
        [],
    ),
    (
        "nested-speech-stays-inside",
        "Lopez said the mayor wants a new budget before the winter.",
        [("the mayor wants a new budget", "Lopez", "indirect")],
        [],
    ),
    (
        "naming-call-needs-a-name",
        "Smith called the finance minister on Friday. Later he called the plan a disaster.",
        [("the plan a disaster", "he", None)],
        ["the finance minister"],
    ),
    (
        "addressee-is-not-content",
        "The president told reporters on Friday. He urged Japan to lift the ban.",
        [("Japan to lift the ban", "He", None)],  # who is urged belongs to what is urged (PolNeAR)
        ["reporters"],
    ),
    (
        "speak-about-topic",
        "The envoy spoke to reporters about the ceasefire in Gaza.",
        [("the ceasefire in Gaza", "The envoy", None)],
        ["to reporters"],
    ),
    (
        "cognition-clause-only",
        "Officials know the dam is weak. She knows the harbour master well.",
        [("the dam is weak", "Officials", None)],
        ["the harbour master"],
    ),
    (
        "object-without-aside",
        "The party endorsed Tom Becker, who later promised lower taxes for farmers.",
        [("Tom Becker", "party", None)],
        ["Becker, who"],
    ),
    (
        "continue-to-insist",
        "The governor continues to insist that the budget is balanced.",
        [("the budget is balanced", "The governor", "indirect")],
        ["to insist"],
    ),
    (
        "reason-clause-is-content",
        "The mayor said the bridge would close, because repairs were long overdue.",
        [("because repairs were long overdue", "The mayor", "indirect")],
        [],
    ),
    (
        "time-clause-is-not-content",
        "The agency warned state officials to boost security, after hackers struck two states.",
        [("to boost security", "The agency", None)],
        ["after hackers"],
    ),
    (
        "wrote-a-book-is-not-a-quote",
        "The general wrote a memoir about the war and later said it was his best work.",
        [("it was his best work", "The general", None)],
        ["a memoir"],
    ),
    (
        "nyt-marks-second-quotation",
        "''We will win,'' said Ann Ruiz, the campaign chief. ''Nobody can stop us now, not the courts.''",
        [("We will win", "Ann Ruiz", "direct"), ("Nobody can stop us now", "Ann Ruiz", "direct")],
        [],
    ),
    (
        "hoping-is-a-cue",
        "The coach is hoping that the injured striker returns in May.",
        [("the injured striker returns in May", "The coach", None)],
        [],
    ),
    # --- layouts and boundaries added with the PolNeAR error analysis ---
    (
        "colon-cue-unquoted",
        "The governor added: It is typical of the opposition to promise everything and deliver nothing.",
        [("It is typical of the opposition", "The governor", None)],
        [],
    ),
    (
        "transcript-turns-in-quote-marks",
        '"HOST: Will the senator attend the debate on Monday?\n\n"BAKER: She will be there, and win it.',
        [("Will the senator attend the debate", "HOST", "direct"), ("She will be there", "BAKER", "direct")],
        ["HOST: Will"],
    ),
    (
        "headline-name-colon",
        "Lopez: Budget talks will resume next week.\n\nFinance Minister Maria Lopez said on Friday that "
        "talks with the unions would resume.",
        [
            ("Budget talks will resume next week", "Lopez", None),
            ("talks with the unions would resume", "Lopez", None),
        ],
        [],
    ),
    (
        "reported-clause-after-time-phrase",
        "The senator said after the vote he would not support the budget.",
        [("he would not support the budget", "The senator", "indirect")],
        [],
    ),
    (
        "second-statement-is-not-content",
        "China said it was firmly opposed to the test and warned the North to refrain from further launches.",
        [
            ("it was firmly opposed to the test", "China", "indirect"),
            ("to refrain from further launches", "China", None),
        ],
        ["and warned"],
    ),
    (
        "mixed-fragment-before-a-later-cue",
        'The minister accused Washington of "adding fuel to the fire" by sending arms, and urged talks.',
        [('Washington of "adding fuel to the fire"', "The minister", "mixed")],
        [],
    ),
    # --- speakers the parse loses, and reporting asides ---
    (
        "gerund-after-by-borrows-subject",
        "The governor opened the session by saying that the budget would be balanced next year.",
        [("that the budget would be balanced next year", "The governor", "indirect")],
        [],
    ),
    (
        "participle-on-object-borrows-subject",
        "Opposition lawyers filed a motion opposing the release of the documents.",
        [("the release of the documents", "Opposition lawyers", "indirect")],
        [],
    ),
    (
        "declined-to-comment-is-content",
        "Through a spokeswoman, the mayor declined to comment.",
        [("to comment", "the mayor", "indirect")],
        [],
    ),
    (
        "spoke-of",
        "The president spoke of the sacrifices made by the families of soldiers.",
        [("the sacrifices made by the families of soldiers", "The president", "indirect")],
        [],
    ),
    (
        "aside-with-addressee-and-time",
        "The real problem, she told reporters on Monday, is that the ministry has no money left.",
        [("is that the ministry has no money left", "she", "indirect")],
        [],
    ),
    (
        "aside-after-a-subordinate-clause",
        "Although the first round went smoothly, he said, the second round could be far harder.",
        [("the second round could be far harder", "he", "indirect")],
        [],
    ),
    (
        "as-aside-mid-sentence",
        "The port, as several analysts have pointed out, handles most of the country's grain exports.",
        [("handles most of the country's grain exports", "several analysts", "indirect")],
        [],
    ),
    (
        "as-aside-after-a-one-word-subject-with-as-parsed-as-a-preposition",
        "Hawaii, as one of the governor's climate advisers pointed out, rarely gets back-to-back hurricanes.",
        [("rarely gets back-to-back hurricanes", "climate advisers", "indirect")],
        [],
    ),
    (
        "as-phrase-naming-a-role-before-the-cue-is-no-aside",
        "Ruiz, as the governor's climate adviser, pointed out that hurricanes are rare.",
        [("hurricanes are rare", "Ruiz", "indirect")],
        ["Ruiz, as"],
    ),
    (
        "a-clause-after-a-subordinate-cue-parsed-as-the-clause-it-modifies",
        "While she acknowledged money was the main reason she felt tired working for the mayor, Diaz also"
        " noted several other factors left her frustrated.",
        [
            ("money was the main reason she felt tired working for the mayor", "she", "indirect"),
            ("several other factors left her frustrated", "Diaz", "indirect"),
        ],
        [],
    ),
    (
        "a-subordinate-cue-with-its-own-object-keeps-it",
        "As he welcomed guests, Scott was launching his bid.",
        [("guests", "he", None)],
        ["was launching"],
    ),
    (
        "as-aside-opening-the-sentence",
        "As the central bank noted last week, inflation has fallen for three months in a row.",
        [("inflation has fallen for three months in a row", "the central bank", "indirect")],
        [],
    ),
    (
        "participle-after-the-cue-is-not-an-aside",
        "Prices will keep rising, the minister said, citing the cost of energy imports.",
        [("the cost of energy imports", "the minister", "indirect")],
        ["Prices will keep rising, the minister"],
    ),
    # --- speech nouns and object boundaries ---
    (
        "noun-possessor-infinitive",
        "The mayor's plan to close three hospitals angered nurses.",
        [("to close three hospitals", "The mayor's", "indirect")],
        [],
    ),
    (
        "noun-possessor-of-complement",
        "Her criticism of the new tariffs surprised the farmers.",
        [("the new tariffs", "Her", "indirect")],
        [],
    ),
    (
        "noun-light-verb-subject",
        "The weather service issued a warning that the river would flood by the weekend.",
        [("that the river would flood by the weekend", "The weather service", "indirect")],
        [],
    ),
    (
        "noun-copular-view-of",
        "The view of the central bank is that rates will stay high until next year.",
        [("that rates will stay high until next year", "the central bank", "indirect")],
        [],
    ),
    (
        "noun-without-speaker-is-no-cue",
        "A plan to build a new airport was shelved in 2019.",
        [],
        ["to build a new airport"],
    ),
    (
        "noun-misread-verb-is-no-cue",
        "Lopez charges a fee for parking at the border.",
        [],
        ["for parking"],
    ),
    (
        "object-without-circumstances",
        "The opposition leader attacked the budget in a televised speech on Tuesday.",
        [("the budget", "The opposition leader", "indirect")],
        ["televised speech"],
    ),
    # --- round 4: broader speech-act and attitude verbs (offers, proposals, assessments) ---
    (
        "offer-infinitive",
        "The mayor offered to meet the striking drivers on Monday.",
        [("to meet the striking drivers", "The mayor", "indirect")],
        [],
    ),
    (
        "highlight-object",
        "The report highlighted a sharp rise in food prices across the region.",
        [("a sharp rise in food prices", "The report", "indirect")],
        [],
    ),
    (
        "view-as",
        "Many diplomats view the agreement as a first step toward peace.",
        [("the agreement as a first step", "Many diplomats", "indirect")],
        [],
    ),
    (
        "compare-to",
        "The senator compared the new tariff to a tax on every family.",
        [("the new tariff to a tax on every family", "The senator", "indirect")],
        [],
    ),
    (
        "appear-infinitive",
        "The president appeared to favour a short delay of the vote.",
        [("to favour a short delay", "The president", "indirect")],
        [],
    ),
    # --- hearsay adverbs: the clause, with no speaker ---
    (
        "adverb-allegedly",
        "The general allegedly ordered the shelling of the village in March.",
        [("ordered the shelling of the village", None, "indirect")],
        [],
    ),
    (
        "adverb-reportedly-with-cue-verb",
        "The minister reportedly told aides that the talks would resume.",
        [("the talks would resume", "The minister", "indirect")],
        [],
    ),
    # --- fronted wh-words: the content is the wh-word and what follows the cue ---
    (
        "wh-what-she-called",
        "The mayor walked out after what she called a personal attack by the council.",
        [("a personal attack by the council", "she", "indirect")],
        [],
    ),
    (
        "wh-which-he-said",
        "The photos show her hands, which she said were on the wheel when she was stopped.",
        [("were on the wheel", "she", "indirect")],
        [],
    ),
    (
        "wh-which-named",
        "The ministry rejected the report, which it called a fabrication.",
        [("a fabrication", "it", "indirect"), ("the report", "The ministry", "indirect")],
        [],
    ),
    # --- appearances, attitude adjectives, impersonal judgements, sources in an `in` phrase ---
    (
        "seeming-infinitive",
        "The governor seems to have changed his mind about the fuel tax.",
        [("to have changed his mind about the fuel tax", None, "indirect")],
        [],
    ),
    (
        "seeming-looks-like",
        "It looks like the mayor will lose the runoff next month.",
        [("the mayor will lose the runoff", None, "indirect")],
        [],
    ),
    (
        "seeming-experiencer-is-source",
        "None of the new figures seem credible to the auditors.",
        [("None of the new figures", "the auditors", "indirect")],
        [],
    ),
    (
        "looking-to-is-an-intention-not-an-appearance",
        "Coal companies are looking to cut their debts this year.",
        [],
        ["to cut their debts"],
    ),
    (
        "attitude-adjective-clause",
        "Many farmers are afraid that grain prices will fall after the harvest.",
        [("grain prices will fall after the harvest", "Many farmers", "indirect")],
        [],
    ),
    (
        "attitude-adjective-infinitive",
        "The senator was determined to block the pipeline bill.",
        [("to block the pipeline bill", "The senator", "indirect")],
        [],
    ),
    (
        "attitude-adjective-preposition",
        "The union has been critical of the new pension rules.",
        [("the new pension rules", "The union", "indirect")],
        [],
    ),
    (
        "impersonal-clear-that",
        "It is clear that the ceasefire will not hold through the winter.",
        [("the ceasefire will not hold", None, "indirect")],
        [],
    ),
    (
        "impersonal-open-question-is-no-claim",
        "It is not clear whether the bridge will reopen before spring.",
        [],
        ["the bridge will reopen"],
    ),
    (
        "in-source-poll",
        "In the latest poll, the mayor leads her rival by six points.",
        [("the mayor leads her rival by six points", "the latest poll", "indirect")],
        [],
    ),
    (
        "in-interview-with-a-cue-verb-is-the-verb's",
        "The minister said in an interview that fuel taxes would rise.",
        [("fuel taxes would rise", "The minister", "indirect")],
        [],
    ),
    # --- side remarks the writer adds after the reported clause stay out of the content ---
    (
        "side-remark-although",
        "The minister said the plant was safe, although he refused to release the inspection report.",
        [("the plant was safe", "The minister", "indirect")],
        ["although he refused"],
    ),
    (
        "side-remark-with-absolute",
        "Aides said the race was tightening, with new polls showing the senator ahead by two points.",
        [("the race was tightening", "Aides", "indirect")],
        ["with new polls"],
    ),
    (
        "side-remark-participle",
        "The agency said the video proved the driver was unarmed, contradicting the police account.",
        [("the driver was unarmed", "The agency", "indirect")],
        ["contradicting the police account"],
    ),
    (
        "side-remark-relative-clause",
        "The mayor said the cuts would hurt the city's schools, which already lack teachers.",
        [("the cuts would hurt the city's schools", "The mayor", "indirect")],
        ["which already lack teachers"],
    ),
    # --- passives without an agent ---
    (
        "passive-announced-without-agent",
        "A curfew was announced for the downtown area on Thursday.",
        [("A curfew", None, "indirect")],
        [],
    ),
    (
        "passive-expected-to-continue",
        "The protests are expected to continue until the election.",
        [("to continue until the election", None, "indirect")],
        [],
    ),
    # --- seeing as judging ---
    (
        "see-object-as",
        "Many farmers see the new subsidy as a bribe before the election.",
        [("the new subsidy as a bribe", "Many farmers", "indirect")],
        [],
    ),
    (
        "see-bare-object-is-no-content",
        "The minister has seen the latest charts of rising sea levels.",
        [],
        ["the latest charts"],
    ),
    (
        "see-perceived-event-is-no-content",
        "Voters would see their electricity bills go down next year.",
        [],
        ["bills go down"],
    ),
    (
        "according-to-after-a-clause",
        "Exports rose by four percent, according to the trade office, twice the rate of last year.",
        [("Exports rose by four percent", "the trade office", "indirect")],
        [],
    ),
    (
        "object-with-trailing-adverb",
        "A new survey shows the governor narrowly ahead in the race.",
        [("the governor narrowly ahead", "A new survey", "indirect")],
        [],
    ),
    # --- speech nouns with a `that` clause: a named holder when the syntax gives one ---
    (
        "noun-that-clause-without-holder",
        "The mayor ignored growing concerns that the old bridge was unsafe.",
        [("that the old bridge was unsafe", None, "indirect")],
        [],
    ),
    (
        "noun-that-clause-holder-of-the-verb",
        "Democrats persisted in arguments that the panel was wasting public money.",
        [("that the panel was wasting public money", "Democrats", "indirect")],
        [],
    ),
    (
        "noun-that-clause-named-compound",
        "The shares fell after a Reuters report that the company had lost its biggest client.",
        [("that the company had lost its biggest client", "Reuters", "indirect")],
        [],
    ),
    (
        "noun-relative-clause-is-no-content",
        "The claims that he made in the interview were false.",
        [],
        ["that he made in the interview"],
    ),
    (
        "attitude-adjective-emotion",
        "Residents were frustrated that the council released only part of the report.",
        [("the council released only part of the report", "Residents", "indirect")],
        [],
    ),
    (
        "according-to-without-comma",
        "According to local officials the floods displaced thousands of families.",
        [("the floods displaced thousands of families", "local officials", "indirect")],
        [],
    ),
    (
        "quoted-title-is-no-speech",
        'The choir sang "A Change Is Gonna Come," the anthem of the movement.',
        [],
        ["A Change Is Gonna Come"],
    ),
    (
        "consider-names-its-object",
        "North Korea is considered a threat to the troops stationed in the region.",
        [("a threat to the troops", None, "indirect")],
        [],
    ),
    (
        "consider-without-a-name-is-no-attribution",
        "The board will consider the proposal at its next meeting.",
        [],
        ["the proposal"],
    ),
    (
        "topic-with-a-year-is-no-date",
        "Many voters point to the 1994 crime bill as the cause of their distrust.",
        [("the 1994 crime bill", "Many voters", "indirect")],
        [],
    ),
    (
        "preposition-goes-with-the-cue",
        "The union called for an independent inquiry into the crash.",
        [("an independent inquiry into the crash", "The union", "indirect")],
        ["for an independent inquiry"],
    ),
    (
        "urged-addressee-belongs-to-the-content",
        "The senator urged fellow Republicans to withdraw their support.",
        [("fellow Republicans to withdraw their support", "The senator", "indirect")],
        [],
    ),
    (
        "told-addressee-stays-out-of-the-content",
        "The minister told reporters that the border would stay closed.",
        [("the border would stay closed", "The minister", "indirect")],
        ["reporters"],
    ),
    (
        "headline-source-noun-label",
        "Poll: Most voters back the new transit plan\n\nThe survey of 900 adults was taken last week.",
        [("Most voters back the new transit plan", "Poll", "indirect")],
        [],
    ),
    (
        "dash-name-after-non-breaking-spaces",
        "\u201cThe plan will hurt every family in this town.\u201d\xa0\u2015\xa0Maria Lopez\n",
        [("The plan will hurt every family", "Maria Lopez", "direct")],
        [],
    ),
    (
        "asked-addressee-keeps-the-inner-cue-verb",
        "The moderator asked the two candidates to discuss their own budget plans.",
        [("the two candidates to discuss their own budget plans", "The moderator", "indirect")],
        [],
    ),
    (
        "second-infinitive-hung-on-the-cue-joins-the-content",
        "The mayor has pledged to match and in some years exceed the state's housing targets.",
        [("to match and in some years exceed the state's housing targets", "The mayor", "indirect")],
        [],
    ),
    (
        "second-gerund-hung-on-the-cue-joins-the-content",
        "The governor has mentioned raising teacher salaries and forcing districts to cut paperwork.",
        [("raising teacher salaries and forcing districts to cut paperwork", "The governor", "indirect")],
        [],
    ),
    (
        "indirect-question-after-a-topic-joins-the-content",
        "The judge spoke of the history of the court, and how its rulings were sometimes ignored.",
        [("the history of the court, and how its rulings were sometimes ignored", "The judge", "indirect")],
        [],
    ),
    (
        "second-predicate-of-the-speaker-stays-out",
        "The senator criticized the tax plan and left the chamber early.",
        [("the tax plan", "The senator", "indirect")],
        ["left the chamber"],
    ),
    (
        "modal-conjunct-continues-the-reported-clause",
        "The budget office says the plan would lower costs in the early years as prices fell, but would"
        " eventually add $30 billion.",
        [("but would eventually add $30 billion", "The budget office", "indirect")],
        [],
    ),
    (
        "definite-description-of-a-name-is-a-gloss",
        "The senator said he did not support Mr. Lopez, the presumed front-runner.",
        [("he did not support Mr. Lopez", "The senator", "indirect")],
        ["front-runner"],
    ),
    (
        "known-as-is-a-gloss",
        "Both parties have opposed a new trade deal with the Gulf states, known as the Gulf Compact.",
        [("a new trade deal with the Gulf states", "Both parties", "indirect")],
        ["Gulf Compact"],
    ),
    (
        "purpose-infinitive-is-no-content",
        "The mayor invoked the flooded streets to rally her supporters.",
        [("the flooded streets", "The mayor", "indirect")],
        ["rally her supporters"],
    ),
    (
        "infinitive-after-a-plan-noun-is-content",
        "The company announced plans this week to close two plants.",
        [("to close two plants", "The company", "indirect")],
        [],
    ),
    (
        "occasion-after-an-object-is-no-content",
        "She praised the raid that captured the smugglers during a televised forum.",
        [("the raid that captured the smugglers", "She", "indirect")],
        ["televised forum"],
    ),
    # --- content boundaries: words the parser hangs outside the object, glosses after a dash ---
    (
        "a-dash-after-an-object-content-opens-the-writer-s-gloss",
        'One economist compared the levy to "burning the harvest" - a remark that may have irritated the'
        " minister.",
        [('the levy to "burning the harvest', "One economist", None)],
        ["a remark that may have irritated"],
    ),
    (
        "a-pair-of-dashes-inside-a-clause-content-is-kept",
        "The report said prices of eggs, milk and bread - staples for most families - would rise.",
        [("staples for most families - would rise", "The report", "indirect")],
        [],
    ),
    (
        "an-infinitive-conjunct-hung-on-the-host-clause-continues-the-participle-cue",
        "The party has embraced the senator's climate agenda, promising to keep and in many areas exceed"
        " his goals.",
        [("to keep and in many areas exceed his goals", "The party", "indirect")],
        [],
    ),
    (
        "a-noun-conjunct-hung-on-the-host-clause-continues-the-object",
        "He opened by stressing job security, and a need to raise wages and expand training.",
        [("job security, and a need to raise wages", "He", "indirect")],
        [],
    ),
    (
        "a-by-phrase-right-after-the-object-belongs-to-it",
        "Witnesses described rough handling by Smith behind the walls of the old prison.",
        [("rough handling by Smith", "Witnesses", "indirect")],
        [],
    ),
    (
        "a-because-clause-after-an-object-is-the-speaker-s-reason",
        "Many voters resent the mayor because his tax plan hurt small shops.",
        [("the mayor", "Many voters", "indirect")],
        ["his tax plan hurt"],
    ),
    (
        "a-clause-fronted-before-the-cue-is-another-statement",
        'While she conceded money was one reason she felt worn out, Lee also noted several "small things"'
        " left her frustrated.",
        [('several "small things" left her frustrated', "Lee", None)],
        ["one reason she felt worn out"],
    ),
    (
        "a-time-clause-after-a-reporting-aside-is-no-content",
        "The budget is sound, the treasurer said on Monday, as critics waited outside.",
        [("The budget is sound", "the treasurer", "indirect")],
        ["as critics waited outside"],
    ),
    (
        "the-speaker-s-title-after-a-said-name-aside-is-no-content",
        "Repairs would likely take two weeks, said Tom Reyes, the city engineer in charge of the bridge.",
        [("Repairs would likely take two weeks", "Tom Reyes", "indirect")],
        ["the city engineer in charge"],
    ),
    (
        "a-cue-after-a-coordinated-sentence-reports-both-halves",
        "The convoy was supposed to be guarded by army units, but the rebels seized the road before troops"
        " could arrive, a local official said.",
        [
            (
                "The convoy was supposed to be guarded by army units, but the rebels",
                "a local official",
                "indirect",
            )
        ],
        [],
    ),
    (
        "a-modal-conjunct-hung-above-a-relative-cue-continues-its-clause",
        "By noon, Rivera began taking calls from listeners to his weekend program who said they had doubts"
        " about the mayor, but could not bear to vote for her rival.",
        [("they had doubts about the mayor, but could not bear to vote for her rival", None, "indirect")],
        [],
    ),
    (
        "an-infinitive-cue-inside-the-content-is-no-second-statement",
        "The host heard from several callers who said they had doubts about the mayor, but could not bring"
        " themselves to back her rival.",
        [("could not bring themselves to back her rival", "several callers", "indirect")],
        [],
    ),
    (
        "headline-name-and-verb-before-a-quoted-colon",
        "Maria Lopez Grills Bank Chief: \u2018You Should Give The Money Back.\u2019\n\nMaria Lopez spoke"
        " on Tuesday.",
        [("You Should Give The Money Back", "Maria Lopez", None)],
        [],
    ),
    (
        "headline-name-on-a-topic-colon",
        "Merkel on Migration: The Borders Will Stay 'Open.'\n\nChancellor Angela Merkel spoke in Berlin.",
        [("The Borders Will Stay", "Merkel", None)],
        [],
    ),
    (
        "sentence-with-a-colon-is-no-headline",
        "Maria Lopez visited three towns on the trip: Springfield, Dover and Salem.",
        [],
        ["Springfield, Dover"],
    ),
    (
        "title-case-headline-is-parsed-in-sentence-case",
        "Lopez Vows To Cut Rents For Seniors Across The City\n\nMayor Ana Lopez spoke on Monday.",
        [("To Cut Rents For Seniors", "Lopez", "indirect")],
        [],
    ),
    (
        "coordinated-reply-of-another-speaker-is-cut",
        'She said the plan would not cover fathers, and when pressed on the point, the mayor replied, "It is'
        ' meant for mothers."',
        [("the plan would not cover fathers", "She", "indirect")],
        ["the mayor replied"],
    ),
    (
        "coordinated-that-clause-stays-with-the-first-speaker",
        "The police said the videos were unclear and that the footage did not show whether he was armed.",
        [("and that the footage did not show whether he was armed", "The police", "indirect")],
        [],
    ),
    (
        "phrase-between-cue-and-bare-clause-goes-with-the-cue",
        "The governor said after the debate she would not sign the bill.",
        [("she would not sign the bill", "The governor", "indirect")],
        ["after the debate"],
    ),
    (
        "words-before-a-mid-sentence-quotation-are-content",
        'Skipping the fee "makes me smart," the developer said on Monday.',
        [('Skipping the fee "makes me smart', "the developer", "mixed")],
        [],
    ),
    (
        "a-fronted-phrase-set-off-by-a-comma-is-not-content",
        'As for the budget, "it is a mess," the mayor said.',
        [("it is a mess", "the mayor", "direct")],
        ["As for the budget"],
    ),
    # --- split quotations and stray marks ---
    (
        "second-half-keeps-its-speaker-past-a-passive-clause",
        '"The hearing goes ahead," the chairman said after the clerk was summoned to appear. "We expect'
        ' full answers from every witness."',
        [("We expect full answers from every witness", "the chairman", "direct")],
        [],
    ),
    (
        "a-quotation-after-a-participle-takes-the-reporting-subject",
        'The mayor spoke for an hour, listing several demands, including, "Will you publish the audit? Will'
        ' you meet the families next week?"',
        [("Will you publish the audit?", "The mayor", "direct")],
        [],
    ),
    (
        "a-stray-straight-mark-does-not-swallow-the-next-paragraph",
        '"The committee met twice in the spring and argued about every line of the budget.\n\n'
        "“Nobody here wanted a shutdown,” the treasurer said after the vote.",
        [("Nobody here wanted a shutdown", "the treasurer", "direct")],
        ["argued about every line"],
    ),
    # --- colons and dash pairs with no cue verb ---
    (
        "a-clause-and-colon-introduce-a-quotation",
        'Her aunt had one piece of advice for the new graduates: "Read everything you can find."',
        [("Read everything you can find", "Her aunt", "direct")],
        [],
    ),
    (
        "a-colon-quotation-in-archive-apostrophes",
        "The harbor master had a blunt message for the owners: ''Nobody moors here after October.''",
        [("Nobody moors here after October", "The harbor master", "direct")],
        [],
    ),
    (
        "a-quotation-between-dashes-after-a-name",
        'Several governors objected, among them the governor of Ohio, Tom Hale -- "This plan punishes our'
        ' farmers" -- and two of his neighbors.',
        [("This plan punishes our farmers", "Tom Hale", "direct")],
        [],
    ),
    (
        "a-quotation-between-dashes-takes-the-clause-subject",
        "The senator brushed off the question, treating it as a distraction -- ''I have nothing to hide''"
        " -- and walked out.",
        [("I have nothing to hide", "The senator", "direct")],
        [],
    ),
    # --- `according to X` beside too little of a clause ---
    (
        "according-to-a-source-after-a-short-claim-takes-the-sentence-before",
        "Prices barely moved all week, right?\nAccording to the traders, anyway.",
        [("Prices barely moved all week", "the traders", "indirect")],
        ["anyway"],
    ),
    (
        "according-to-a-source-the-parse-runs-into-the-clause",
        "According to union organizer Dana Ruiz, the offer smacks of panic and desperation.",
        [("the offer smacks of panic", "Dana Ruiz", "indirect")],
        [],
    ),
    # --- reporting `as` clauses ---
    (
        "a-trailing-as-clause-attributes-the-main-clause",
        "The bridge will stay closed until spring, as the city engineer has said.",
        [("The bridge will stay closed until spring", "the city engineer", "indirect")],
        [],
    ),
    (
        "as-someone-put-it-attributes-the-main-clause",
        "As one shopkeeper put it, the new parking rules are driving customers away.",
        [("the new parking rules are driving customers away", "one shopkeeper", "indirect")],
        [],
    ),
    (
        "as-stated-in-a-document-makes-the-document-the-source",
        "As stated in the audit, the fund lost money for three straight years.",
        [("the fund lost money for three straight years", "the audit", "indirect")],
        [],
    ),
    (
        "a-headline-quotation-after-a-name-that-ends-at-the-colon",
        "Advice from Maria Gomez: 'Never stop asking questions.'\n\nThe novelist spoke at the college"
        " on Friday.",
        [("Never stop asking questions", "Maria Gomez", "direct")],
        [],
    ),
    (
        "a-lost-full-stop-does-not-merge-two-reports",
        "The agency said it would tighten the rules for applicants The commission said it would review"
        " the fees as well.",
        [
            ("it would tighten the rules for applicants", "The agency", "indirect"),
            ("it would review the fees as well", "The commission", "indirect"),
        ],
        ["The commission said"],
    ),
    (
        "a-quoted-nickname-in-the-speaker-name-does-not-hide-the-cue",
        '"We are ready for a long campaign!" the mayor\'s sister, councilwoman Teresa "Tess" Alvarez'
        " (D-Fairview), told the crowd.",
        [("We are ready for a long campaign", "sister", "direct")],
        [],
    ),
    (
        "as-someone-with-a-long-title-put-it",
        "As Jordan K. Ellis, a housing lawyer and senior fellow at a city research institute, recently put"
        " it, the new rules help landlords more than tenants.",
        [("the new rules help landlords more than tenants", "Jordan K. Ellis", "indirect")],
        [],
    ),
    # --- pro-forms for the reported clause ---
    (
        "said-as-much-has-the-pro-form-as-content",
        "The harbor chief said as much in a radio interview on Sunday.",
        [("as much", "The harbor chief", "indirect")],
        [],
    ),
    (
        "does-not-think-so-has-the-pro-form-as-content",
        "Will the tunnel open on time? Her engineer does not think so.",
        [("so", "Her engineer", "indirect")],
        [],
    ),
    (
        "a-title-case-headline-with-words-in-single-marks",
        "Ann Ruiz Speaks ‘Plainly To Every Voter’ After Budget Vote\n\nThe meeting ran late on Monday.",
        [("‘Plainly To Every Voter’", "Ann Ruiz", "mixed")],
        [],
    ),
    (
        "a-short-second-half-of-a-split-quotation-goes-on-with-it",
        '"I would," the witness told the judge. "Every time."',
        [("Every time", "the witness", "direct")],
        [],
    ),
    (
        "a-fronted-connective-before-an-as-clause-is-not-content",
        "After all, as the engineers warned, old bridges can fail without notice.",
        [("old bridges can fail without notice", "the engineers", "indirect")],
        ["After all"],
    ),
    (
        "a-transcript-turn-goes-on-over-reopened-paragraphs",
        '"HOST: Do you really think the two plans are the same?\n\n"MAYOR: Well, look, the budget was'
        ' balanced twice.\n\n"And the schools got better every single year."',
        [("And the schools got better every single year", "MAYOR", "direct")],
        [],
    ),
    (
        "a-quotation-after-said-that-goes-on-with-the-sentence",
        'The spokesman said by phone that, "Of course the mayor will appeal" against what the city sees as'
        " an unfair ruling.",
        [('that, "Of course the mayor will appeal" against what the city sees', "The spokesman", "mixed")],
        [],
    ),
    (
        "a-participle-before-a-passive-clause-borrows-its-subject",
        "After insisting the bridge was safe, Lopez was escorted out of the hearing.",
        [("the bridge was safe", "Lopez", "indirect")],
        [],
    ),
    (
        "a-participle-after-aside-from-borrows-the-clause-subject",
        "The coach will not name the new captain, aside from saying he wants someone calm.",
        [("he wants someone calm", "The coach", "indirect")],
        [],
    ),
    (
        "who-is-kept-from-saying-is-the-speaker",
        "The rules kept him from saying that the count was flawed.",
        [("the count was flawed", "him", "indirect")],
        [],
    ),
]
