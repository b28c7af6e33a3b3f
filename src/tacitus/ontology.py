"""The CAMEO codebook as data, with the PLOVER type, mode and context of each code."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tacitus.errors import DataFileError

# CAMEO type (agent) codes: never a country or a known group. A code may open with one ("IGOUNO",
# "NGOAMN") or be made of them alone when the country is unknown ("COP", "REBMIL"), as in GDELT.
TYPE_CODES = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "MED", "BUS", "EDU", "CVL", "OPP", "REB", "REF", "REL", "LAB"}
    | {"HLH", "HRI", "AGR", "DEV", "ENV", "SPY", "CRM", "MNC", "IGO", "NGO", "IMG", "UAF", "INS", "PTY"}
    | {"ELI", "MOD", "RAD", "SEP", "UNK", "AMN"}
)


def country_part(code: str) -> str | None:
    """The country (or IGO/IMG/NGO) part of an actor code; None for a sector-only code like `COP`."""
    head = code[:3]
    if not head or (head in TYPE_CODES and head not in INTERNATIONAL):
        return None
    return head


INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})  # act as countries in dyads

QUAD_CLASS_NAMES = {
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None  # PLOVER drops CAMEO 01 (statements) and 02 (appeals)
    mode: str | None
    context: str | None

    @property
    def base(self) -> str:
        """GDELT's EventBaseCode: the three-digit level."""
        return self.code[:3]


@dataclass(frozen=True)
class Ontology:
    codes: dict[str, CameoCode]

    def get(self, code: str) -> CameoCode:
        try:
            return self.codes[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def roots(self) -> list[CameoCode]:
        return [c for c in self.codes.values() if len(c.code) == 2]


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The built-in CAMEO table (loaded once; immutable)."""
    path = resources.files("tacitus") / "data" / "cameo.tsv"
    text = path.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    codes: dict[str, CameoCode] = {}
    for lineno, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        try:
            code = CameoCode(
                code=row["code"],
                name=row["name"],
                root=row["root"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                plover=row["plover"] or None,
                mode=row["mode"] or None,
                context=row["context"] or None,
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise DataFileError(str(path), lineno, f"bad CAMEO row: {exc}") from exc
        codes[code.code] = code
    return Ontology(codes)
