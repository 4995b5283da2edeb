"""Who stood for a body at an event the report told of the body: "A CPC delegation met with the BCP leadership in
Gaborone ... the BCP was represented by its President X" (X is the meeting's side, in place of the body);
"More than 450 representatives of parties gathered in Beijing ... The Communist Party was represented by general
secretary A and international secretary B" (A and B attended the gathering told just before, where it was). Those
"accompanied by" or "in the company of" the representative are no side. Tried only in sentences holding
"represented"."""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.event_record import Sides, build_event
from liaison.extract.triggers import GATHERING_NOUNS

_REPRESENTED = CuedPattern(r"\b(?:was|were)\s+(?:also\s+|reportedly\s+)?represented\s+(?:there\s+|at\s+the\s+"
                           r"(?:meeting|talks)\s+)?by\s+", ("represented",))
# Who came along is no side: "X who was in the company of Y", "X, accompanied by Y".
_BESIDE = re.compile(r",?\s+(?:who\s+(?:was|were)\s+(?:in\s+the\s+company\s+of|accompanied\s+by)|accompanied\s+by|"
                     r"along\s+with|together\s+with|in\s+the\s+company\s+of)\b")
# "... representatives of parties in 122 countries gathered in Beijing", "The dialogue was held in Beijing": a
# gathering told in the sentence before, and where; what "was held" or "convened" there is a gathering by its noun
# (not "The hearing was held at the High Court in Nairobi", "The funeral was held in Lusaka").
_GATHERED = CuedPattern(rf"\bgathered\s+(?:in|at)\s+|\b(?:{GATHERING_NOUNS}|meeting)s?\b(?:\s+[^\s.;]+){{0,10}}?\s+"
                        rf"(?:convened|(?:was|were)\s+held)\s+(?:in|at)\s+|\b(?:{GATHERING_NOUNS})\s+in\s+",
                        ("gathered", "convened", "held", "in "))
_BACK = 3  # how many sentences back the event the body took part in may be told


def representatives(text: str, views: list[SentenceView], out: list, settling: list) -> None:
    """Replace a body's side in an event told just before by the people a "was represented by" sentence names (the
    first takes the row, each further one a copy); where no event has the body as a side, each attended the gathering
    the sentence before tells, there."""
    for at, view in enumerate(views):
        by = _REPRESENTED.search(text, view.sentence.start, view.sentence.end)
        body = next((m for m in reversed(view.mentions) if m.kind == "organization" and m.entity_id and
                     view.sentence.start <= m.start and m.end <= by.start()), None) if by else None
        if by is not None and body is None:
            body = _abbreviated(text, views[:at], by.start())
        if by is None or body is None:
            continue
        beside = _BESIDE.search(text, by.end(), view.sentence.end)
        upto = beside.start() if beside else view.sentence.end
        people = [m for m in view.people if by.end() <= m.start and m.end <= upto]
        if not people:
            continue
        back = views[max(0, at - _BACK)].sentence.start
        told = next(((i, e, s) for i, (e, s) in reversed(list(enumerate(settling)))
                     if back <= e.start_char < view.sentence.start and body.entity_id in (e.actor_id, e.counterpart_id)
                     and e.kind in ("meeting", "summit")), None)
        if told is not None:
            _stand_in(told, body, people, out, settling)
            continue
        before = views[at - 1] if at else None
        gathered = _GATHERED.search(text, before.sentence.start, before.sentence.end) if before else None
        if before is None or gathered is None:
            continue
        places = [m.iso3 for m in before.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"
                  and m.start >= gathered.end()][:1]
        if not places:
            continue
        for person in people:
            if not any(e.kind == "summit" and e.actor_id == person.entity_id for e in out):
                out.append(build_event("summit", person, None, None, places, "", None, view,
                                       view.sentence.start, view.sentence.end))
                settling.append((out[-1], Sides(view, view.sentence.text, person, None, None)))


# "... the BCP was represented by": a party named by the letters the report gave it in brackets before
_ACRONYM = re.compile(r"\b([A-Z]{2,6})\s+$")


def _abbreviated(text: str, views: list[SentenceView], at: int):
    """The body an acronym right before `at` stands for, where the report gave it in brackets after the body's name
    ("the Botswana Congress Party (BCP)") and the name was read as a body."""
    acronym = _ACRONYM.search(text, max(0, at - 8), at)
    if acronym is None or (bracket := text.find(f"({acronym.group(1)})", 0, acronym.start())) < 0:
        return None
    return next((m for view in views for m in view.mentions if m.kind == "organization" and m.entity_id and
                 0 <= bracket - m.end <= 12), None)


def _stand_in(told: tuple, body, people: list, out: list, settling: list) -> None:
    """The people who stood for `body` take its side of the event told, one row each."""
    index, event, sides = told
    rows = []
    for person in people:
        if event.actor_id == body.entity_id:
            rows.append((replace(event, actor=person.name, actor_id=person.entity_id), replace(sides, actor=person)))
        else:
            rows.append((replace(event, counterpart=person.name, counterpart_id=person.entity_id, counterpart_org=""),
                         replace(sides, counterpart=person, counterpart_org=body)))
    first, first_sides = rows[0]
    for field in ("actor", "actor_id", "counterpart", "counterpart_id", "counterpart_org"):
        setattr(event, field, getattr(first, field))
    settling[index] = (event, first_sides)
    for row in rows[1:]:
        out.append(row[0])
        settling.append(row)
