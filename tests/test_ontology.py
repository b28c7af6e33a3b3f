"""The CAMEO table's PLOVER columns: complete, and corrected where the PLOVER manual requires it."""

from __future__ import annotations

import pytest

from tacitus.ontology import ontology

# Overrides of the 2021 draft conversion table, documented in scripts/build_ontology.py (OVERRIDES).
MANUAL_OVERRIDES = {
    "0813": ("CONCEDE", None),
    "0814": ("CONCEDE", None),
    "163": ("SANCTION", "discontinue"),
    "192": ("ASSAULT", None),
    "1712": ("ASSAULT", "destroy"),
    "175": ("ASSAULT", None),
}


@pytest.mark.parametrize(("code", "expected"), sorted(MANUAL_OVERRIDES.items()))
def test_manual_override_sets_plover_type_and_mode(code: str, expected: tuple[str, str | None]) -> None:
    entry = ontology().codes[code]
    assert (entry.plover, entry.mode or None) == expected


def test_every_code_has_a_plover_type_except_statements_and_appeals() -> None:
    codes = ontology().codes.values()
    missing = sorted(c.code for c in codes if not c.plover and c.root not in ("01", "02"))
    assert missing == []
    assert all(not c.plover for c in codes if c.root in ("01", "02"))


def test_pro_autocracy_is_a_context_not_a_mode() -> None:
    entry = ontology().codes["175"]
    assert entry.context is not None and "pro_autocracy" in entry.context
    assert entry.mode != "pro_autocracy"
