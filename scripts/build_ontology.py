"""Regenerate src/tacitus/data/cameo.tsv from the reference files in ../shared/reference.

Only facts are taken (codes, names, Goldstein values, the CAMEO->PLOVER mapping); run by hand when the
reference changes: `python scripts/build_ontology.py`.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REF = ROOT.parent / "shared" / "reference"
OUT = ROOT / "src" / "tacitus" / "data" / "cameo.tsv"

# Corrections to the 2021 draft conversion table (cameo_to_plover.txt) where the PLOVER manual's own
# definitions (plover_manual.tex, line numbers given) clearly place a CAMEO code elsewhere: a type is
# changed only where the manual's event definitions AND its CAMEO translation table (l.1595-1635) agree
# against the draft table. Where they conflict (e.g. 035x intent to yield, 055 apologize, 0871 declare
# ceasefire, 116 find guilty: definitions say CONCEDE/SANCTION, translation table keeps the cue category),
# the draft table is kept. Note 2 (l.1635) asks that such exceptions be documented: this is that record.
# code -> (type, mode, context)
OVERRIDES: dict[str, tuple[str, str, str]] = {
    # l.443 CONCEDE covers "removing curfews" (l.445: lifting a curfew is treated as verbal) and l.1611
    # "08 YIELD (081 to 083) CONCEDE" (table: RETREAT).
    "0813": ("CONCEDE", "", "legal"),
    "0814": ("CONCEDE", "", "legal"),
    # Resignations: l.531 "RETREAT also covers resignations of government officials", l.559 RETREAT mode
    # `resign`, l.821 resignations "are coded as a mode under RETREAT". The only CAMEO code for a
    # resignation is 0831 (accede to demands for change in leadership); a named mode outranks the generic
    # 2-digit reduction of l.1611 (Note 2, l.1635). Table: CONCEDE.
    "0831": ("RETREAT", "resign", "political_institutions"),
    # l.822: "International (political or economic) sanctions are coded as [SANCTION] `discontinue'" and
    # l.1620 "16 REDUCE RELATIONS SANCTION" (table: COERCE).
    "163": ("SANCTION", "discontinue", "diplomatic"),
    # l.1623 "19 FIGHT ASSAULT" with Note 2 (l.1635); COERCE `seize` (l.908) is search/confiscate/raid,
    # not occupation of territory (table: COERCE).
    "192": ("ASSAULT", "", "military"),
    # Mode-only corrections (type unchanged). l.969: ASSAULT `destroy` = "Intentional destruction of
    # property" (table mode `seize` is a COERCE mode, l.908).
    "1712": ("ASSAULT", "destroy", "human_security"),
    # l.1044: pro_autocracy is a context, not an ASSAULT mode (the table put it in the mode field).
    "175": ("ASSAULT", "", "pro_autocracy,military"),
}


def quad_class(root: int) -> int:
    # Duval & Thompson quad categories as used by GDELT: verbal/material cooperation/conflict.
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def main() -> int:
    rows = list(csv.DictReader((REF / "cameo_codes.csv").open(encoding="utf-8", errors="replace")))
    goldstein = {}
    for line in (REF / "gdelt_goldstein.tsv").read_text().splitlines()[1:]:
        code, value = line.split("\t")
        goldstein[code] = float(value)
    plover: dict[str, tuple[str, str, str]] = {}
    pat = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")
    for line in (REF / "cameo_to_plover.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        m = pat.match(line)
        if not m:
            continue
        code, ptype, mode, context = m.groups()
        context = (context or "").split('"')[0].strip().replace(";", ",").replace(" ", "")
        plover.setdefault(code, (ptype, (mode or "").strip(), context))
    out = []
    for r in rows:
        code = r["code"].strip()
        name = " ".join(r["name"].split())
        root = code[:2]
        gs = goldstein.get(code, float(r["goldstein"]) if r["goldstein"] not in ("", "NA") else 0.0)
        mapped = plover.get(code)
        if mapped is None:
            parent = code[:3] if len(code) == 4 else root
            mapped = plover.get(parent) or plover.get(root) or ("", "", "")
        mapped = OVERRIDES.get(code, mapped)
        out.append((code, name, root, f"{gs:g}", str(quad_class(int(root))), *mapped))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes with Goldstein value, QuadClass and PLOVER type/mode/context.\n")
        fh.write("# Facts from the CAMEO codebook (Schrodt 2012), GDELT's Goldstein table and the PLOVER\n")
        fh.write(
            "# CAMEO->PLOVER conversion table, with the documented OVERRIDES taken from the PLOVER manual;\n"
        )
        fh.write("# regenerate with scripts/build_ontology.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "root", "goldstein", "quad_class", "plover", "mode", "context"])
        w.writerows(out)
    print(f"wrote {len(out)} codes to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
