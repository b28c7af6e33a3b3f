"""User dictionaries: our YAML/CSV format, PETRARCH actor and agent dictionaries, malformed files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tacitus.actors.dictionaries import load_dictionary, parse_code_block, petrarch_phrases
from tacitus.actors.kb import build_kb
from tacitus.errors import DataFileError

YAML = """
actors:
  - name: Acme Militia
    code: XYZREB
    aliases: [Acme fighters]
  - name: Jane Roe
    kind: person
    code: XYZ
    roles:
      - {code: XYZGOV, start: 2020-01-01, end: 2021-12-31}
roles:
  - {phrase: frogmen, sector: MIL, type: group}
  - {phrase: observers, sector: MIL, type: group, alone: IGOMIL}
  - {phrase: fans, sector: CVL, type: group, alone: "-"}
"""


def test_dictionaries_yaml_entries_roles_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(YAML, encoding="utf-8")
    loaded = load_dictionary(path)
    phrases = dict(loaded.entries)
    assert phrases["Acme fighters"].actor.code == "XYZREB"
    jane = phrases["Jane Roe"]
    assert jane.resolve(date(2020, 6, 1))[0].code == "XYZGOV"
    assert jane.resolve(date(2023, 6, 1))[0].code == "XYZ"
    assert loaded.roles[0].sector == "MIL"
    alone = {r.phrase: r.alone_code() for r in loaded.roles}
    assert alone == {"frogmen": "MIL", "observers": "IGOMIL", "fans": ""}


def test_dictionaries_user_entries_override_builtin(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("name,code,aliases,kind,start,end\nKremlin,RUSSPY,,org,,\n", encoding="utf-8")
    kb = build_kb((path,))
    assert kb.entries["kremlin"].actor.code == "RUSSPY"


@pytest.mark.parametrize(
    ("name", "content", "line", "problem"),
    [
        ("a.yaml", "actors:\n  - name: X\n    code: usa\n", 2, "bad actor code"),
        ("b.yaml", "actors:\n  - code: USA\n", 2, "without 'name'"),
        ("c.yaml", "actors:\n  - name: X\n    code: USA\n    kind: planet\n", 2, "kind must be"),
        ("d.yaml", "actors: [\n", 2, "invalid YAML"),
        ("e.yaml", "roles:\n  - {phrase: x, sector: mil}\n", 2, "bad sector"),
        ("e2.yaml", "roles:\n  - {phrase: x, sector: MIL, alone: mil}\n", 2, "bad 'alone'"),
        ("f.csv", "name,code\nFoo,USA\nBar,12\n", 3, "bad actor code"),
        ("g.csv", "name,kode\nFoo,USA\n", 1, "header"),
        ("h.txt", "ARNOR [ARN]\n+GONDOR\nMORDOR\n", 3, "has no [CODE]"),
        ("i.txt", "ARNOR [ARN <9x0101]\n", 1, "bad date"),
        ("j.txt", "+ARNOR [ARN]\n", 1, "synonym"),
        ("k.txt", "POLICE [~COP]\nARMY [MIL]\n", 2, "bad agent code"),
    ],
)
def test_dictionaries_malformed_file_names_file_line_problem(
    tmp_path: Path, name: str, content: str, line: int, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_dictionary(path)
    assert err.value.path == str(path) and err.value.line == line and problem in err.value.problem


def test_dictionaries_petrarch_code_blocks_and_stems() -> None:
    p = Path("x")
    assert parse_code_block(p, 1, "HOBGOV 19950601 - 19990815").start == date(1995, 6, 1)
    assert parse_code_block(p, 1, "HOB < 950601").end == date(1995, 5, 31)
    assert parse_code_block(p, 1, "HOBREB > 990816").start == date(1999, 8, 16)
    assert "argentina" in petrarch_phrases("ARGENTIN") and petrarch_phrases("ARNOR_") == ["arnor"]


def test_dictionaries_petrarch_agents_macros_plurals_prefix(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text(
        "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\nRIGHTS_BODY [NGO~]\nARMY [~MIL]\n",
        encoding="utf-8",
    )
    roles = {r.phrase: r for r in load_dictionary(path).roles}
    assert roles["congressman"].sector == "LEG" and "congressmen" in roles and "congresswomen" in roles
    assert "polices" not in roles and roles["police"].sector == "COP"
    assert roles["rights body"].prefix and roles["rights bodies"].prefix
    assert roles["armies"].type == "group"


def test_dictionaries_petrarch_multi_code_entry_keeps_every_code(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text("THE_SHIRE  [FRO/BIL/SAM]\nARNOR [ARN]\n", encoding="utf-8")
    entry = build_kb((path,)).entries["the shire"]
    assert entry.actor.code == "FRO" and entry.also == ("BIL", "SAM")
    assert build_kb((path,)).entries["arnor"].also == ()


def test_dictionaries_user_agent_hides_builtin_name_with_same_phrase(tmp_path: Path) -> None:
    path = tmp_path / "agents.txt"
    path.write_text("MSF {}  [NGO~]\n", encoding="utf-8")
    kb = build_kb((path,))
    assert kb.roles["msf"].prefix and "=MSF" not in kb.entries and "msf" not in kb.entries
    assert "=MSF" in build_kb().entries  # the built-in organisation without the user's agent


@pytest.mark.model
def test_dictionaries_multi_code_and_prefix_agent_code_mentions(tmp_path: Path) -> None:
    from tacitus.pipeline import Pipeline
    from tacitus.readers import read_text
    from tacitus.settings import Settings

    actors, agents = tmp_path / "actors.txt", tmp_path / "agents.txt"
    actors.write_text("THE_SHIRE  [FRO/BIL/SAM]\nARNOR [ARN]\n", encoding="utf-8")
    agents.write_text("MSF {}  [NGO~]\n", encoding="utf-8")
    pipeline = Pipeline(Settings(stages=("nlp", "actors"), actor_files=(actors, agents)))
    doc = pipeline.code(read_text("The Shire and MSF Arnor restored ties."))
    codes = {m.actor.code for m in doc.mentions}
    assert {"FRO", "BIL", "SAM", "NGOARN"} <= codes
