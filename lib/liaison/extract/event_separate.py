"""Several parties' delegations told at once ("Separate delegations of the Nepali Congress and the CPN (UML) met
X", "X met two delegations, of the ANC led by A and of the SACP led by B"): the sides are the delegations, so each
leader the sentence names ("led by A") is a side of the event, and where none is named the parties themselves are
no side (a body's row the reports' readers never code)."""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.event_record import Event, Sides
from liaison.extract.mentions import Mention

_SEPARATE = CuedPattern(r"\b(?:[Ss]eparate|[Tt]wo|[Tt]hree|[Ss]everal|[Vv]arious|[Rr]espective)\s+"
                        r"(?:[\w-]+\s+)?delegations,?\s+(?:from|of)\s+", ("delegations",))
_LED_BY = re.compile(r"\b(?:led|headed)\s+by\s+(?:(?:its|their|the)\s+)?(?:[A-Z][\w.’'()-]*\s+|[a-z-]+\s+){0,6}$")


_AND = re.compile(r",?\s+and\s+")


def separate_delegations(text: str, view: SentenceView, span: tuple[int, int],
                         pairs: list[tuple[Event, Sides]]) -> list[tuple[Event, Sides]]:
    """The clause's events with a side standing for one of several parties' delegations told at once: one event for
    each delegation's leader the sentence names, none where it names no leader."""
    start, end = span
    if not pairs or not (several := _SEPARATE.search(text, start, end)):
        return pairs
    leaders: list[Mention] = []
    for m in view.people:  # "led by A", and "led by A and B respectively"
        if m.entity_id and m.start >= several.end() and (_LED_BY.search(text, max(several.end(), m.start - 60), m.start)
                                                         or leaders and _AND.fullmatch(text, leaders[-1].end, m.start)):
            leaders.append(m)
    ids = {m.entity_id for m in leaders}
    out: list[tuple[Event, Sides]] = []
    seen: set[tuple[str, str, str]] = set()
    for event, sides in pairs:
        fields = _delegation_side(sides, several.start(), ids)
        if fields is None:
            out.append((event, sides))
            continue
        for leader in leaders:
            row = replace(event, actor=leader.name, actor_id=leader.entity_id) if fields == "actor" else \
                replace(event, counterpart=leader.name, counterpart_id=leader.entity_id)
            key = (row.kind, row.actor_id or row.actor, row.counterpart_id or row.counterpart)
            if key not in seen and row.actor_id != row.counterpart_id:
                seen.add(key)
                out.append((row, replace(sides, actor=leader) if fields == "actor" else
                            replace(sides, counterpart=leader)))
    return out


def _delegation_side(sides: Sides, at: int, leaders: set[str]) -> str | None:
    """Which side ("actor", "counterpart") stands for the delegations: a body named after the cue, or a leader."""
    for field in ("actor", "counterpart"):
        side = getattr(sides, field)
        if isinstance(side, Mention) and side.start >= at and (
                side.kind == "organization" or side.entity_id in leaders):
            return field
    return None
