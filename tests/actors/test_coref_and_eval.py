"""Coreference chains, PETRARCH dictionaries on the unit suite, and the actor evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.evaluation.actors import normalise, petrarch_dictionaries, run_actor_eval, run_petrarch_suite
from tacitus.pipeline import Pipeline
from tacitus.readers import read_text
from tacitus.settings import Settings

COREF = [
    (
        "Ukrainian General Oleksandr Syrsky spoke on Monday. Syrsky said talks had failed.",
        "Syrsky",
        "coref:shortname",
    ),
    ("Chinese Foreign Minister Wang Yi arrived. He met officials.", "He", "coref:pronoun"),
    ("Chinese Foreign Minister Wang Yi arrived. The minister met officials.", "The minister", "coref:title"),
    ("China's foreign ministry protested. The ministry said it was angry.", "The ministry", "coref:title"),
    ("NATO met on Monday. It said it would send troops.", "It", "coref:pronoun"),
    ("Ukrainian troops advanced. They took the village.", "They", "coref:pronoun"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "rule"), COREF)
def test_coref_back_reference_joins_first_mention_chain(
    code_actors, text: str, mention: str, rule: str
) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors(text)
    start = doc.text.rindex(mention)
    m = next(m for m in doc.mentions if m.start == start)
    first = doc.mentions[m.entity] if m.entity is not None else None
    assert m.rule == rule and first is not None and first.start < m.start
    assert m.actor.country == first.actor.country


@pytest.mark.model
def test_coref_capital_after_country_is_same_entity_but_government(code_actors) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors("China rejected the claim. Beijing said the report was false.")
    china, beijing = doc.mentions[0], next(m for m in doc.mentions if m.text == "Beijing")
    assert beijing.entity == china.id and beijing.actor.code == "CHNGOV"


@pytest.mark.model
def test_coref_unknown_person_kept_with_empty_code(code_actors) -> None:  # type: ignore[no-untyped-def]
    doc = code_actors("John Smallwood criticised the plan. Smallwood said it was costly.")
    first, later = doc.mentions[0], doc.mentions[1]
    assert first.actor.code == "" and first.actor.kind == "unknown" and first.rule == "unknown:ner"
    assert later.entity == first.id


def test_eval_normalise_maps_legacy_country_codes() -> None:
    assert normalise("JAPGOV") == "JPNGOV" and normalise("ISR***") == "ISR" and normalise("USA") == "USA"


@pytest.mark.model
@pytest.mark.gold
def test_eval_petrarch_dictionaries_code_fictional_actors(gold_dir: Path) -> None:
    pipe = Pipeline(Settings(stages=("nlp", "actors"), actor_files=petrarch_dictionaries(gold_dir)))
    doc = pipe.code(read_text("The Calenardhon government criticised a raid by Osgiliath soldiers."))
    assert {m.actor.code for m in doc.mentions} >= {"CALGOV", "OSGMIL"}
    rep = run_petrarch_suite(gold_dir)
    assert rep.expected > 500 and rep.fraction >= 0.89


@pytest.mark.model
@pytest.mark.gold
def test_eval_plover_gsr_country_accuracy_floor(gold_dir: Path) -> None:
    score = run_actor_eval(gold_dir / "plover_gsr.jsonl")
    overall = score.overall.rates()
    assert overall["n"] > 600 and overall["country_acc"] >= 0.945 and overall["full_acc"] >= 0.745
    source, target = score.by_role["source"].rates(), score.by_role["target"].rates()
    assert source["country_acc"] >= 0.94 and target["country_acc"] >= 0.95
    assert score.rows()[-1][0] == "overall" and "errors" in score.to_dict()
