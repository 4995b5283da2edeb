"""Who signs with whom in an English agreement clause: the co-signer, a person, is the agreement's counterpart
where the clause names one ("A and B signed", "signed ... with B", "signed by A and B", "A and B witnessed the
signing of", "The signings were witnessed by A ... and the delegation led by B"); else the document stays its
counterpart. Each pattern is tried only in clauses that hold its cue word."""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern
from liaison.extract.mentions import Mention

# "The signings were witnessed by A, ..., and B": the first two people after "by" witnessed it for their sides.
WITNESSED_BY = CuedPattern(r"\bwitnessed\s+by\s+", ("witnessed",))
# "A and B signed", "A and Chinese official B witnessed the signing": two people joined before the verb, only
# titles between them.
_AND = re.compile(r"\s+and\s+(?:(?!(?:signed|met|held|said|was|were|is|are|has|have|will|who|which)\b)"
                  r"[\w.’'()-]+\s+){0,8}")
# "signed a memorandum with B", "signed by A and B"
_WITH = CuedPattern(r"\bwith\s+(?:(?:[A-Z][\w.’'-]*|of|the|for|and)\s+){0,10}$", ("with",))
# ... "... and on the Chinese side by B", "..., and the delegation led by B"
_BY_AND = re.compile(r"(?:,?\s+and\s+|,\s+)(?:[^.;]{0,80}?\b(?:led|headed|side)\s+by\s+)?"
                     r"(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,8}$")


def co_signer(text: str, mentions: list[Mention], actor, span: tuple[int, int, int]):
    """(actor, co-signer) of an agreement clause: the co-signer is None where the clause names none."""
    start, trigger_end, end = span
    people = [m for m in mentions if m.kind == "person" and m.entity_id]
    after = [m for m in people if m.start >= trigger_end and m.end <= end]
    if by := WITNESSED_BY.search(text, trigger_end - 20, trigger_end + 5):  # "... were witnessed by A, and B led by"
        named = [m for m in after if m.start >= by.end()]
        if len(named) >= 2 and _BY_AND.search(text, named[0].end, named[1].start):
            return named[0], named[1]
        return (named[0], None) if named else (actor, None)
    if isinstance(actor, Mention) and actor.kind == "person":
        joined = next((m for m in people if start <= m.start and m.end <= trigger_end and m.start > actor.end and
                       _AND.fullmatch(text, actor.end, m.start)), None)
        before = next((m for m in people if start <= m.start and m.end <= actor.start and
                       _AND.fullmatch(text, m.end, actor.start)), None)
        if joined or before:  # "A and B signed"
            return (before, actor) if before else (actor, joined)
        partner = next((m for m in after if m.entity_id != actor.entity_id and _WITH.search(
            text, max(trigger_end, m.start - 120), m.start)), None)
        if partner:  # "signed ... with B"
            return actor, partner
        second = next((m for m in after if m.start > actor.end and m.entity_id != actor.entity_id), None)
        if second and actor.start >= trigger_end and _BY_AND.search(text, actor.end, second.start):
            return actor, second  # "signed by A and B"
    return actor, None
