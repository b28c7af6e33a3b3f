"""Recipients inherited from the act a subordinate act serves or follows from.

"recalled the Danish envoy to protest the ruling" protests to Denmark; "shelled army posts in the valley,
wounding twelve" wounds the army. An act with no recipient, or only the implicit domestic one, that is
the purpose clause or participial consequence of another act by the same actor has that act's recipient:
the implicit domestic one (events/implicit.py) is only the fallback for an act standing alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from tacitus.events.arguments import conjuncts
from tacitus.events.implicit import IMPLICIT_RULE
from tacitus.model import Mention, Span

Token = Any
INHERITED_RULE = "inherited"
# How a subordinate act hangs on its host verb: a purpose clause ("to complain") or an adverbial
# participle ("..., wounding twelve").
SUBORDINATE_DEPS = frozenset({"advcl", "xcomp"})
# Where the host act's trigger sits relative to its verb: the verb itself or its (light-verb) object nouns
# ("launched artillery and rocket fire").
HOST_DEPS = frozenset({"dobj"})


class CodedLike(Protocol):
    """What this module needs of a coded event (coder.Coded)."""

    @property
    def source(self) -> Mention: ...

    @property
    def target(self) -> Mention | None: ...

    @property
    def trigger(self) -> Span: ...

    @property
    def rule(self) -> str: ...


C = TypeVar("C", bound=CodedLike)


def inherit_targets(events: Sequence[C], sent: Any) -> list[C]:
    """Events whose missing or implicit domestic recipient is replaced by their host act's named one."""
    by_token = {_token(sent, e.trigger.start): e for e in events}
    out: list[C] = []
    for e in events:
        implicit = e.rule.endswith(IMPLICIT_RULE)
        host = _host(e, sent, by_token) if implicit or e.target is None else None
        if host is None or host.target is None:
            out.append(e)
            continue
        rule = (e.rule[: -len(IMPLICIT_RULE)] if implicit else e.rule + ">") + INHERITED_RULE
        out.append(replace(e, target=host.target, rule=rule))  # type: ignore[type-var]
    return out


def _host(e: C, sent: Any, by_token: dict[int | None, C]) -> C | None:
    at = _token(sent, e.trigger.start)
    tok = sent.doc[at] if at is not None else None
    while tok is not None and tok.dep_ == "conj" and tok.head.i != tok.i:  # "killing or wounding 50"
        tok = tok.head
    if tok is None or tok.dep_ not in SUBORDINATE_DEPS or tok.head.i == tok.i:
        return None
    verb = tok.head
    objects = [c for x in verb.children if x.dep_ in HOST_DEPS for c in conjuncts(x)]
    for cand in (verb, *objects):
        host = by_token.get(cand.i)
        if host is not None and host is not e and host.source.id == e.source.id and _named(host):
            return host
    return None


def _named(e: CodedLike) -> bool:
    return e.target is not None and e.target.start < e.target.end


def _token(sent: Any, offset: int) -> int | None:
    for t in sent:
        if t.idx == offset:
            return int(t.i)
    return None
