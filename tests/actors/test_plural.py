"""Plural definite descriptions ("the two leaders", "both countries") resolved to the actors they refer to."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.actors.plural import RULE, load_plural_nouns, plural_nouns
from tacitus.errors import DataFileError
from tacitus.model import Document


def members(doc: Document, words: str) -> list[str]:
    start = doc.text.rindex(words)
    return [m.actor.code for m in doc.mentions if m.start == start and m.rule == RULE]


def test_plural_nouns_table_passes_its_schema() -> None:
    table = plural_nouns()
    assert table["leaders"].refers == "person" and table["governments"].sector == "GOV"
    assert table["allies"].unnumbered and not table["countries"].unnumbered


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("leaders\tpeople\t\tno", "refers"),
        ("governments\tstate\tgov\tno", "sector"),
        ("sides\tside\t\tx", "yes"),
    ],
)
def test_plural_nouns_bad_row_names_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    path = tmp_path / "plural.tsv"
    path.write_text(f"noun\trefers\tsector\tunnumbered\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=problem) as info:
        load_plural_nouns(path)
    assert info.value.line == 2


RESOLVED = [
    (
        "Putin met Erdogan on Sunday. The two leaders agreed to meet again.",
        "The two leaders",
        ["RUSGOV", "TURGOV"],
    ),
    (
        "Kenya and Uganda signed a pact. Both countries will open the border.",
        "Both countries",
        ["KEN", "UGA"],
    ),
    (
        "Chile and Peru held talks. Both governments praised the outcome.",
        "Both governments",
        ["CHLGOV", "PERGOV"],
    ),
    (
        "Norway, Sweden and Finland protested on Friday. The three countries demanded an apology.",
        "The three countries",
        ["NOR", "SWE", "FIN"],
    ),
    (
        "Israeli troops clashed with Hamas gunmen. The two sides exchanged fire.",
        "The two sides",
        ["ISRMIL", "PSEREB"],
    ),
    (
        "Japan and Australia launched a joint patrol near Fiji. The allies said it would continue.",
        "The allies",
        ["JPN", "AUS"],
    ),
    (
        "Iran criticised Germany and France. Tehran accused both countries of hypocrisy.",
        "both countries",
        ["DEU", "FRA"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "codes"), RESOLVED)
def test_plural_description_refers_to_recent_compatible_actors(
    code_actors, text: str, words: str, codes: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert members(code_actors(text), words) == codes


BARE = [
    ("Putin met Erdogan on Sunday. The two agreed to meet again.", "The two", ["RUSGOV", "TURGOV"]),
    ("Kenya and Uganda signed a pact on Monday. Both said it was fair.", "Both", ["KEN", "UGA"]),
    ("Putin met Erdogan on Sunday. Both men agreed to meet again.", "Both men", ["RUSGOV", "TURGOV"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "codes"), BARE)
def test_number_alone_refers_to_named_persons_and_states(
    code_actors, text: str, words: str, codes: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert members(code_actors(text), words) == codes


UNRESOLVED = [
    ("Israeli troops shot two Palestinians in Hebron. Both were wounded.", "Both"),  # not Israel
    ("Merkel met Macron. She thanked the two for their help.", "two"),  # only Macron is left
    ("The German government praised Macron on Monday. The two have long been close.", "two"),  # mixed
    ("Putin met Erdogan and Macron. The two leaders agreed to meet again.", "two leaders"),  # which two?
    ("Putin visited Ankara on Monday. The two leaders agreed to meet again.", "two leaders"),  # only one
    ("Two leaders of the opposition were arrested in Kenya and Uganda.", "leaders"),  # indefinite
    ("Kenya and Uganda signed a pact. The other two countries refused.", "countries"),  # someone else
    ("Kenya and Uganda signed a pact. The two leaders of Africa welcomed it.", "leaders"),  # restricted
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), UNRESOLVED)
def test_plural_description_is_left_alone_when_unclear(code_actors, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(text)
    assert not [m for m in doc.mentions if m.rule == RULE], [(m.text, m.actor.code) for m in doc.mentions]


@pytest.mark.model
def test_plural_members_join_their_antecedents_chains(code_actors) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors("Putin met Erdogan on Sunday. The two leaders agreed to meet again.")
    putin, erdogan = doc.mentions[0], doc.mentions[1]
    group = [m for m in doc.mentions if m.rule == RULE]
    assert {m.entity for m in group} == {putin.entity, erdogan.entity}
    assert len({(m.start, m.end) for m in group}) == 1


OWNED = [
    (
        "Putin met Erdogan on Sunday. The leaders of both countries agreed to meet again.",
        "leaders",
        ["RUSGOV", "TURGOV"],
    ),
    (
        "Kenya and Uganda signed a pact. Troops from the two countries will patrol.",
        "Troops",
        ["KENMIL", "UGAMIL"],
    ),
    (
        "Israel and Hamas agreed to a truce. Negotiators from the two sides met.",
        "Negotiators",
        ["ISRGOV", "PSEREB"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "codes"), OWNED)
def test_role_owned_by_a_plural_description_gets_each_members_country(
    code_actors, text: str, words: str, codes: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert members(code_actors(text), words) == codes
