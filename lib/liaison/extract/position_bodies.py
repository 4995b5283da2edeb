"""A bare title's body, from the same document: "Minister Liu will co-chair the meeting" after
"Liu Jianchao, Minister of the International Department of the CPC" is that post again, so the
row takes the department. Only when the document gives the person exactly one body under the same
title word for word: two bodies, or none, leave the row as written. "President" and "Chairman"
are never filled, since a party leader is often also head of state ("President Ramaphosa" beside
"ANC President Ramaphosa")."""
from __future__ import annotations

from dataclasses import replace

from liaison.extract.position_rows import Position

_HEAD_OF_STATE_OR_PARTY = frozenset({
    "president", "vice president", "vice-president", "chairman", "chairwoman", "chair"})


def with_document_bodies(rows: list[Position]) -> list[Position]:
    """`rows` with each title that names no body given the one body the document names for the same
    person and title."""
    bodies: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for row in rows:
        if row.organization:
            bodies.setdefault((row.person_id, row.title.casefold()), set()).add((row.organization, row.organization_id))
    if not bodies:
        return rows
    out = []
    for row in rows:
        title = row.title.casefold()
        if not row.organization and title not in _HEAD_OF_STATE_OR_PARTY and len(
                known := bodies.get((row.person_id, title), set())) == 1:
            organization, organization_id = next(iter(known))
            row = replace(row, organization=organization, organization_id=organization_id,
                          cue=row.cue + ", body from the document")
        out.append(row)
    return out
