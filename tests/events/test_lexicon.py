"""The trigger lexicon: schema checks of the built-in files, coverage of CAMEO roots, user extension."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import DataFileError
from tacitus.events.lexicon import (
    FRAMES,
    build_lexicon,
    load_lexicon,
    parse_entries,
    parse_frames,
)
from tacitus.ontology import ontology


def test_builtin_lexicon_loads_and_passes_schema() -> None:
    lex = load_lexicon()
    assert len(lex) > 500
    assert lex.verb_entries("attack") and lex.noun_entries("invasion")


def test_every_cameo_root_has_a_trigger() -> None:
    lex = load_lexicon()
    roots = {e.cameo[:2] for table in (lex.verbs, lex.nouns) for es in table.values() for e in es}
    assert {r.code for r in ontology().roots()} <= roots


def test_every_entry_code_is_in_the_ontology() -> None:
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for entries in table.values():
            assert all(e.cameo in ontology() for e in entries)


def test_frame_maps_cover_material_cooperation_codes() -> None:
    frames = load_lexicon().frames
    assert frames.map_code("intent", "073") == "0333"
    assert frames.map_code("intent", "0421") is None or frames.map_code("intent", "042") == "036"
    assert frames.map_code("threat", "163") == "1312"
    assert frames.map_code("appeal", "0841") == "0253"
    assert frames.map_code("reject", "085") == "1244"
    assert frames.map_code("accuse", "190") == "1123"
    assert set(frames.maps) <= set(FRAMES)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version: 2\nkind: verbs\nentries: {}\n", "version"),
        ("version: 1\nkind: adverbs\nentries: {}\n", "kind"),
        ("version: 1\nkind: verbs\nentries:\n  hit: {cameo: '999'}\n", "not a CAMEO code"),
        ("version: 1\nkind: verbs\nentries:\n  hit: {cameo: '190', target: [elsewhere]}\n", "slots"),
        ("version: 1\nkind: verbs\nentries:\n  hit: {cameo: '190', colour: red}\n", "unknown keys"),
        ("version: 1\nkind: verbs\nentries:\n  hit: {cameo: '190', frame: wish}\n", "frame"),
        ("version: 1\nkind: verbs\nentries:\n  hit: {cameo: '190'}\n  hit: {cameo: '193'}\n", "duplicate"),
        ("version: 1\nkind: verbs\nentries:\n  call: {cameo: '020', prep: on}\n", "quote it"),
        ("version: 1\nkind: nouns\nentries:\n  raid: {cameo: '190', prep: on}\n", "nouns take no"),
        ("version: 1\nkind: verbs\nentries:\n  hit: {cameo: '190', confidence: 3}\n", "confidence"),
        ("version: 1\nkind: verbs\nentries: [\n", "invalid YAML"),
    ],
)
def test_malformed_lexicon_is_rejected_with_a_clear_message(text: str, problem: str) -> None:
    with pytest.raises(DataFileError, match=problem):
        parse_entries("user.yaml", text)


def test_bad_frames_file_is_rejected() -> None:
    with pytest.raises(DataFileError, match="maps"):
        parse_frames("f.yaml", "version: 1\nkind: frames\nmaps:\n  intent: {'073': '9999'}\n")


def test_entries_parse_particles_objects_and_default_target() -> None:
    text = (
        "version: 1\nkind: verbs\nentries:\n"
        "  pull out: {cameo: '0874', target: [prep:of]}\n"
        "  impose: {obj: [sanction], cameo: '163', target: [prep:on]}\n"
        "  shell: {cameo: '194'}\n"
    )
    pull, impose, shell = parse_entries("x.yaml", text)
    assert (pull.lemma, pull.particle, pull.target) == ("pull", "out", ("prep:of",))
    assert impose.obj == frozenset({"sanction"}) and impose.specificity > shell.specificity
    assert shell.target == ("dobj",)


def test_user_lexicon_file_adds_patterns(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("version: 1\nkind: verbs\nentries:\n  excoriate: {cameo: '111'}\n", encoding="utf-8")
    lex = load_lexicon((extra,))
    assert lex.verb_entries("excoriate")[0].cameo == "111"
    assert lex.verb_entries("attack")  # built-ins kept


def test_missing_user_lexicon_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_lexicon((tmp_path / "absent.yaml",))


def test_build_lexicon_indexes_by_lemma_most_specific_first() -> None:
    lex = load_lexicon()
    text = "version: 1\nkind: verbs\nentries:\n  hold: [{cameo: '040'}, {obj: [talk], cameo: '046'}]\n"
    built = build_lexicon([("t.yaml", text)], lex.frames)
    assert [e.cameo for e in built.verb_entries("hold")] == ["046", "040"]
