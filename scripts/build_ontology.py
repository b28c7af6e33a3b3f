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
        out.append((code, name, root, f"{gs:g}", str(quad_class(int(root))), *mapped))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes with Goldstein value, QuadClass and PLOVER type/mode/context.\n")
        fh.write("# Facts from the CAMEO codebook (Schrodt 2012), GDELT's Goldstein table and the PLOVER\n")
        fh.write("# CAMEO->PLOVER conversion table; regenerate with scripts/build_ontology.py.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "root", "goldstein", "quad_class", "plover", "mode", "context"])
        w.writerows(out)
    print(f"wrote {len(out)} codes to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
