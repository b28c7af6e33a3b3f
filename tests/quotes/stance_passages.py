"""Hand-written passages for stance attributions without a speech verb: acts of reception, deliberation
and attention (quote_cues.yaml `act_verbs`), characterisations (`X as “...”`), `X is against Y` and
headline layouts.

Same layout as passages.py: (id, text, expected quotes, snippets that are not quotes).
"""

from __future__ import annotations

from .passages import Passage

STANCES: list[Passage] = [
    # --- reception: taking up or passing over a proposal or a view ---
    (
        "reception-ignore",
        "The board ignored the auditors' warnings about the pension fund.",
        [("the auditors' warnings about the pension fund", "The board", "indirect")],
        [],
    ),
    (
        "reception-accept-without-time",
        "The union accepted the final wage offer on Monday.",
        [("the final wage offer", "The union", "indirect")],
        ["on Monday"],
    ),
    # --- deliberation: weighing an option ---
    (
        "deliberation-weigh",
        "The opposition party is weighing a boycott of the election.",
        [("a boycott of the election", "The opposition party", "indirect")],
        [],
    ),
    (
        "deliberation-eye",
        "Governor Reyes is eyeing a Senate seat.",
        [("a Senate seat", "Governor Reyes", "indirect")],
        [],
    ),
    # --- attention: where a concern lies ---
    (
        "attention-focus-on",
        "The mayor focused on housing costs in her first year.",
        [("housing costs", "The mayor", "indirect")],
        ["her first year"],
    ),
    (
        "attention-care-about",
        "Voters care about jobs more than anything else.",
        [("jobs", "Voters", "indirect")],
        [],
    ),
    (
        "attention-needs-an-agent",
        "The water level focused on nothing in particular.",
        [],
        ["nothing in particular"],
    ),
    # --- characterisation: an object named in quotation marks by an `as` phrase ---
    (
        "characterisation-quoted-name",
        "The senator pounded the governor as a “career grifter” all week.",
        [("the governor as a “career grifter”", "The senator", "mixed")],
        [],
    ),
    (
        "characterisation-role-is-not-a-stance",
        "The company tapped Lee as its new chief executive.",
        [],
        ["Lee as its new chief executive"],
    ),
    # --- a stance after a copula ---
    (
        "stance-is-against",
        "Senator Ortiz is against the pipeline.",
        [("the pipeline", "Senator Ortiz", "indirect")],
        [],
    ),
    # --- attitude adjectives and nouns in other parses ---
    (
        "attitude-adjective-with-its-own-subject",
        "With city leaders increasingly worried about the drought, the council met on Monday.",
        [("the drought", "city leaders", "indirect")],
        [],
    ),
    (
        "attitude-participle-after-copula",
        "After years abroad, we are convinced this is the right plan.",
        [("this is the right plan", "we", "indirect")],
        [],
    ),
    (
        "noun-nationality-adjective-holds-it",
        "Canadian reluctance to raise tariffs has slowed the talks.",
        [("to raise tariffs", "Canadian", "indirect")],
        [],
    ),
    (
        "noun-clause-on-the-light-verb",
        "The ministry tried to make the case to lawmakers that the tax is fair.",
        [("that the tax is fair", "The ministry", "indirect")],
        [],
    ),
    (
        "noun-after-despite-is-not-the-subjects",
        "Despite claims that the mayor was the winner of the debate, he lost.",
        [("that the mayor was the winner of the debate", None, "indirect")],
        [],
    ),
    # --- stance roles ---
    (
        "stance-role-after-copula",
        "Senator Vance has been a consistent supporter of the rail link.",
        [("the rail link", "Senator Vance", "indirect")],
        [],
    ),
    (
        "stance-role-in-apposition",
        "Ana Lee, a longtime opponent of the toll, spoke at the rally.",
        [("the toll", "Ana Lee", "indirect")],
        [],
    ),
    (
        "stance-role-with-nobody-named",
        "Early backers of the stadium plan have gone quiet.",
        [("the stadium plan", None, "indirect")],
        [],
    ),
    (
        "stance-role-not-a-job-title",
        "The paper hired a film critic of some renown.",
        [],
        ["some renown"],
    ),
    # --- reactions: the object of `at` ---
    (
        "reaction-bristle-at",
        "Several ministers bristled at the fresh demands from the unions.",
        [("the fresh demands from the unions", "Several ministers", "indirect")],
        [],
    ),
    (
        "reaction-look-at-is-no-stance",
        "The engineers looked at the charts for an hour.",
        [],
        ["the charts"],
    ),
    # --- headlines ---
    (
        "headline-verb-read-as-noun",
        "Appeals court rules against county's voting map.\n\nThe ruling came on Friday after a long trial.",
        [("county's voting map", "Appeals court", "indirect")],
        [],
    ),
    (
        "headline-name-verb-single-quotes",
        "Mayor Ruiz calls transit plan ‘a fantasy’ at council meeting.\n\nThe mayor spoke for an hour.",
        [("transit plan ‘a fantasy’", "Mayor Ruiz", None)],
        [],
    ),
    (
        "headline-single-quotes-need-a-cue-verb",
        "Mayor Ruiz sings to voters in new ‘Hometown’ video.\n\nThe clip was posted on Tuesday.",
        [],
        ["Hometown"],
    ),
]
