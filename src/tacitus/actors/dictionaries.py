"""User actor dictionaries (`--actors FILE`): our YAML/CSV format and PETRARCH/TABARI dictionaries.

Our YAML format::

    actors:
      - name: Wang Yi                 # canonical name (also matched in text)
        code: CHNGOV                  # CAMEO code: country/IGO 3 letters + optional 3-letter sector(s)
        aliases: [Wang Yi, FM Wang]   # optional extra phrases; "=XYZ" matches case-sensitively
        kind: person                  # optional: country igo ngo group org person place (default: org)
        roles:                        # optional dated codes, chosen by the article's date
          - {code: CHNGOV, start: 2013-03-16, end: 2022-12-30}
    roles:                            # optional role words giving a sector
      - {phrase: coast guard, sector: MIL, type: body}   # type: person | group | body

Our CSV format: a header ``name,code,aliases,kind,start,end`` (aliases "|"-separated; start/end optional,
ISO dates; several rows with the same name give one actor with several dated codes).

PETRARCH/TABARI actor dictionaries (``NAME [CODE]``, ``+SYNONYM`` lines, dated code lines
``[CODE <YYMMDD]``, ``[CODE >YYMMDD]``, ``[CODE YYYYMMDD-YYYYMMDD]``) and agent dictionaries
(``PHRASE {PLURALS} [~SEC]`` suffix or ``[SEC~]`` prefix agents, ``!MACRO! = A, B`` substitutions) are
recognised by their content. A malformed file raises `DataFileError` with its line number.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, get_args

import yaml

from tacitus.actors.kb import Dated, Entry, RoleWord, make_actor
from tacitus.actors.tables import CODE_RE, ROLE_TYPES, SECTOR_RE
from tacitus.errors import DataFileError
from tacitus.model import ActorKind

KINDS = get_args(ActorKind)
CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
# TABARI stems: an entry without a trailing "_" also matches these endings of its last word.
STEM_ENDINGS = ("s", "es", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "a", "ia", "e", "ic")


@dataclass
class Loaded:
    """What one dictionary file contributes."""

    entries: list[tuple[str, Entry]] = field(default_factory=list)
    roles: list[RoleWord] = field(default_factory=list)


def load_dictionary(path: Path) -> Loaded:
    """Load a user dictionary, choosing the parser from the suffix and content."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read actor dictionary: {exc}") from exc
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return load_yaml(path, text)
    if suffix == ".csv":
        return load_csv(path, text)
    if "~]" in text or "[~" in text.replace(" ", ""):
        return load_petrarch_agents(path, text)
    return load_petrarch_actors(path, text)


# --- our YAML / CSV format ---------------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records each mapping's line number under `__line__`."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path, text: str) -> Loaded:
    try:
        doc = yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(str(path), mark.line + 1 if mark else None, f"invalid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise DataFileError(str(path), 1, "expected a mapping with 'actors' and/or 'roles' lists")
    out = Loaded()
    for item in _list(path, doc, "actors"):
        line = item.get("__line__")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise DataFileError(str(path), line, "'aliases' must be a list")
        dated = tuple(_dated(path, r.get("__line__", line), r) for r in _list(path, item, "roles"))
        entry = user_entry(path, line, item.get("name"), item.get("code"), item.get("kind"), dated)
        out.entries += [(str(p), entry) for p in (entry.actor.name, *aliases)]
    for item in _list(path, doc, "roles"):
        out.roles.append(_role(path, item))
    return out


def _list(path: Path, obj: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = obj.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise DataFileError(str(path), obj.get("__line__"), f"'{key}' must be a list of mappings")
    return value


def _dated(path: Path, line: int | None, item: dict[str, Any]) -> Dated:
    code = str(item.get("code") or "")
    if not CODE_RE.match(code):
        raise DataFileError(str(path), line, f"bad actor code {code!r} (3-letter groups, upper case)")
    return Dated(
        code,
        str(item.get("role") or ""),
        _day(path, line, item.get("start")),
        _day(path, line, item.get("end")),
    )


def _day(path: Path, line: int | None, value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise DataFileError(str(path), line, f"bad date {value!r} (YYYY-MM-DD)") from exc


def _role(path: Path, item: dict[str, Any]) -> RoleWord:
    line = item.get("__line__")
    phrase, sector, kind = (
        str(item.get("phrase") or ""),
        str(item.get("sector") or ""),
        item.get("type", "group"),
    )
    if not phrase:
        raise DataFileError(str(path), line, "role without 'phrase'")
    if not SECTOR_RE.match(sector):
        raise DataFileError(str(path), line, f"bad sector {sector!r} (3-letter groups, upper case)")
    if kind not in ROLE_TYPES:
        raise DataFileError(str(path), line, f"role type must be one of {ROLE_TYPES}")
    alone = item.get("alone")  # code without a country: absent = the sector, "-" = never
    if alone is not None and alone != "-" and not CODE_RE.match(str(alone)):
        raise DataFileError(str(path), line, f"bad 'alone' code {alone!r} (a code or '-')")
    return RoleWord(phrase, sector, str(kind), alone=None if alone is None else str(alone).strip("-"))


def user_entry(
    path: Path, line: int | None, name: object, code: object, kind: object, dated: tuple[Dated, ...] = ()
) -> Entry:
    """Validate one actor of our format and build its entry."""
    if not name or not isinstance(name, str):
        raise DataFileError(str(path), line, "actor without 'name'")
    code_s = str(code or (dated[0].code if dated else ""))
    if not CODE_RE.match(code_s):
        raise DataFileError(str(path), line, f"bad actor code {code_s!r} (3-letter groups, upper case)")
    kind_s = str(kind or ("person" if dated else "org"))
    if kind_s not in KINDS:
        raise DataFileError(str(path), line, f"kind must be one of {KINDS}, not {kind_s!r}")
    actor = make_actor(code_s, name.removeprefix("="), kind_s, f"user:{name}")  # type: ignore[arg-type]
    return Entry(actor, "user", 0.95, dated, person_name=kind_s == "person")


def load_csv(path: Path, text: str) -> Loaded:
    lines = text.splitlines()
    reader = csv.DictReader(lines)
    if not reader.fieldnames or not {"name", "code"} <= set(reader.fieldnames):
        raise DataFileError(str(path), 1, "CSV header must have at least 'name' and 'code' columns")
    grouped: dict[str, tuple[int, dict[str, str], list[Dated]]] = {}
    for n, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(str(path), n, "wrong number of columns")
        name = (row.get("name") or "").strip()
        first = grouped.setdefault(name, (n, row, []))
        if row.get("start") or row.get("end"):
            code = (row.get("code") or "").strip()
            if not CODE_RE.match(code):
                raise DataFileError(str(path), n, f"bad actor code {code!r} (3-letter groups, upper case)")
            first[2].append(Dated(code, "", _day(path, n, row.get("start")), _day(path, n, row.get("end"))))
    out = Loaded()
    for name, (n, row, dated) in grouped.items():
        entry = user_entry(
            path, n, name, row.get("code", "").strip(), row.get("kind", "").strip(), tuple(dated)
        )
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        out.entries += [(p, entry) for p in (name, *aliases)]
    return out


# --- PETRARCH / TABARI -------------------------------------------------------------------------------


def strip_comments(text: str) -> list[tuple[int, str]]:
    """Lines without `<!-- -->` blocks, `<...>` lines and `#` comments, with their line numbers."""
    out, in_block = [], False
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_block:
            if "-->" not in line:
                continue
            line, in_block = line.split("-->", 1)[1], False
        if line.lstrip().startswith("<"):
            in_block = "<!--" in line and "-->" not in line
            continue
        line = line.split("#", 1)[0]
        if line.strip():
            out.append((n, line.rstrip()))
    return out


def petrarch_phrases(name: str) -> list[str]:
    """Surface phrases of a PETRARCH entry: underscores are spaces; no trailing `_` means a stem."""
    name = name.strip()
    exact = name.endswith("_")
    words = [w for w in re.split(r"[_\s]+", name) if w]
    if not words:
        return []
    base = " ".join(words).lower()
    if exact or len(words[-1]) < 4:
        return [base]
    return [base] + [base + ending for ending in STEM_ENDINGS]


def _petrarch_day(path: Path, line: int, value: str) -> date:
    digits = value.strip()
    try:
        if len(digits) == 6:
            yy = int(digits[:2])
            return date(1900 + yy if yy >= 30 else 2000 + yy, int(digits[2:4]), int(digits[4:6]))
        if len(digits) == 8:
            return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError as exc:
        raise DataFileError(str(path), line, f"bad date {value!r}") from exc
    raise DataFileError(str(path), line, f"bad date {value!r} (YYMMDD or YYYYMMDD)")


def parse_code_block(path: Path, line: int, block: str) -> Dated:
    """`CODE`, `CODE <date`, `CODE >date` or `CODE date-date` -> Dated."""
    parts = block.split()
    if not parts:
        raise DataFileError(str(path), line, "empty code block []")
    code, *others = parts[0].upper().split("/")
    if not all(re.fullmatch(r"[A-Z0-9+#-]{1,15}", c) for c in (code, *others)):
        raise DataFileError(str(path), line, f"bad code {parts[0]!r}")
    rest = "".join(parts[1:])
    if not rest:  # `[FRO/BIL/SAM]`: the first code, the others kept in `role` for the entry's `also`
        return Dated(code, "/".join(others))
    if rest.startswith("<"):
        return Dated(code, end=_petrarch_day(path, line, rest[1:]) - timedelta(days=1))
    if rest.startswith(">"):
        return Dated(code, start=_petrarch_day(path, line, rest[1:]))
    if "-" in rest:
        a, b = rest.split("-", 1)
        return Dated(code, start=_petrarch_day(path, line, a), end=_petrarch_day(path, line, b))
    raise DataFileError(str(path), line, f"bad date restriction {block!r}")


def load_petrarch_actors(path: Path, text: str) -> Loaded:
    groups: list[tuple[int, list[str], list[Dated]]] = []
    for n, line in strip_comments(text):
        body = line.strip()
        codes = [parse_code_block(path, n, b) for b in CODE_BLOCK.findall(body)]
        name = CODE_BLOCK.sub("", body).strip()
        if "[" in name or "]" in name:
            raise DataFileError(str(path), n, "unbalanced [ ] in code block")
        if body.startswith("+"):
            if not groups:
                raise DataFileError(str(path), n, "synonym '+' before any actor")
            groups[-1][1].append(name[1:])
            groups[-1][2].extend(codes)
        elif line[0].isspace() and not name:
            if not groups:
                raise DataFileError(str(path), n, "code line before any actor")
            groups[-1][2].extend(codes)
        else:
            groups.append((n, [name], codes))
    out = Loaded()
    for n, names, codes in groups:
        if not codes:
            raise DataFileError(str(path), n, f"actor {names[0]!r} has no [CODE]")
        default = next((c.code for c in codes if c.start is None and c.end is None), "")
        dated = tuple(c for c in codes if c.start is not None or c.end is not None)
        canonical = " ".join(re.split(r"[_\s]+", names[0].strip("_ "))).title()
        kind: ActorKind = "country" if len(default) == 3 else "org"
        actor = make_actor(default, canonical, kind, f"petrarch:{names[0].strip()}")
        also = tuple(a for c in codes if c.start is None and c.end is None for a in c.role.split("/") if a)
        entry = Entry(actor, "petrarch", 0.9, dated, also=also)
        out.entries += [(p, entry) for name in names for p in petrarch_phrases(name)]
    return out


def _plural(word: str) -> str:
    w = word.lower()
    if w.endswith("man"):
        return word[:-3] + "men"
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def load_petrarch_agents(path: Path, text: str) -> Loaded:
    macros: dict[str, list[str]] = {}
    out = Loaded()
    for n, line in strip_comments(text):
        body = line.strip()
        macro = re.fullmatch(r"(![A-Z0-9_]+!)\s*=\s*(.+)", body)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        blocks = CODE_BLOCK.findall(body)
        if len(blocks) != 1:
            raise DataFileError(str(path), n, "agent line needs exactly one [CODE] block")
        code = blocks[0].replace(" ", "").upper()
        prefix = code.endswith("~")
        sector = code.strip("~")
        if not code or "~" not in code or not re.fullmatch(r"[A-Z0-9]{2,12}", sector):
            raise DataFileError(str(path), n, f"bad agent code [{blocks[0]}] (expected [~SEC] or [SEC~])")
        head = CODE_BLOCK.sub("", body)
        plural_m = re.search(r"\{([^}]*)\}", head)
        phrase = re.sub(r"\{[^}]*\}", "", head).strip()
        for singular in _expand(phrase, macros):
            words = singular.split()
            out.roles.append(RoleWord(singular.lower(), sector, "person", prefix))
            if plural_m is None:
                plurals = [" ".join([*words[:-1], _plural(words[-1])])]
            else:
                plurals = [" ".join(p.strip().split("_")) for p in plural_m.group(1).split(",") if p.strip()]
            out.roles += [RoleWord(p.lower(), sector, "group", prefix) for p in plurals]
    return out


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    """Expand `!MACRO!` substitutions; underscores become spaces."""
    found = re.search(r"![A-Z0-9_]+!", phrase)
    if not found:
        return [" ".join(phrase.replace("_", " ").split())]
    alternatives = macros.get(found.group(0), [])
    return [v for alt in alternatives for v in _expand(phrase.replace(found.group(0), alt, 1), macros)]
