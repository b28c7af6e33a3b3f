"""Stated future acts: intentions, threats made conditional with "unless", vows parsed as adverbials."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def codes(doc: Any) -> set[str]:
    return {e.cameo for e in doc.events}


def test_future_act_unless_the_other_side_acts_is_a_threat(code: Any) -> None:
    doc = code("Nigeria said it will withdraw its troops from Chad unless the rebels agree to a ceasefire.")
    assert any(c.startswith("13") for c in codes(doc))


def test_plain_future_act_is_an_intention(code: Any) -> None:
    doc = code("Nigeria said it will withdraw its troops from Chad.")
    assert any(c.startswith("03") for c in codes(doc))
    assert not any(c.startswith("13") for c in codes(doc))


def test_promise_on_a_condition_stays_an_intention(code: Any) -> None:
    doc = code("Nigeria will provide aid to Chad if the rebels agree to a ceasefire.")
    assert any(c.startswith("03") for c in codes(doc))


def test_vow_to_fight_is_a_threat_of_force(code: Any) -> None:
    doc = code("Kurdish militants have sworn to fight on until they seize the border towns.")
    assert any(c.startswith("138") for c in codes(doc))
    assert not any(c.startswith("19") for c in codes(doc))
