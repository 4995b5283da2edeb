"""A tenure claim as a row (FollowTheMoney/OpenSanctions occupancies: holder, post, start, end,
status, the sentence it rests on), shared by the English and Chinese post rules."""
from __future__ import annotations

from dataclasses import dataclass

from liaison.extract.context import SentenceView
from liaison.extract.mentions import Mention


@dataclass
class Position:
    person: str
    person_id: str
    title: str
    organization: str
    organization_id: str
    start: str
    end: str
    status: str  # current | ended | unknown
    start_char: int
    end_char: int
    evidence: str
    cue: str


def position_row(person: Mention, title: str, organization: str, organization_id: str, start: str, end: str,
                 status: str, view: SentenceView, cue: str) -> Position:
    """A claim stated in a sentence: the sentence is its evidence."""
    title = " ".join(title.split()).strip(" ,")
    return Position(person.name, person.entity_id, title, organization, organization_id, start, end, status,
                    view.sentence.start, view.sentence.end, view.sentence.text, cue)


def dedupe(rows: list[Position]) -> list[Position]:
    """The same claim found by two rules (appositive and infobox, say) is kept once."""
    seen, out = set(), []
    for row in rows:
        key = (row.person_id, row.title.lower(), row.organization_id or row.organization, row.start_char)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
