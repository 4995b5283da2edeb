"""A meeting a crowd attended is a gathering: "A, <post>, B, <post>, C, <post> and others attended and addressed the
meeting"; "The meeting, co-organized by X and Y, was attended by A, B, C and other 120 members". Each person the list
names attended it (a summit row each, never a meeting between two of them), where the sentence says, else where the
report's dateline is, and nowhere when the report tells it held online or by video. Tried only in sentences holding
"others attended" or "attended by". Whoever the sentence or one of the two before tells holding, hosting, chairing
the meeting or leading a delegation for it ("X held an online meeting with the youth wing. The meeting, ..., was
attended by A, B and other 120 members"; "X led a delegation for the meeting and delivered a keynote speech. A, B
and others attended and addressed the meeting") attended it too, and meets no body in that sentence."""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.event_record import Sides, build_event
from liaison.extract.event_setting import IN_AT
from liaison.extract.triggers import VIRTUAL

_MET = r"(?:meeting|event|session|ceremony|reception)"
# "A, ..., B, ... and others attended and addressed the meeting"
_OTHERS_ATTENDED = CuedPattern(
    rf"\s+and\s+(?:many\s+|several\s+)?others\s+(?:also\s+)?attended\b(?:\s+and\s+(?:addressed|spoke\s+at))?\s+"
    rf"(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?{_MET}\b", ("others attended",))
# "The meeting, co-organized by X and Y, was attended by A, B, C and other 120 members"
_ATTENDED_BY = CuedPattern(
    rf"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){{0,3}}?{_MET}\b(?:,[^;.]{{0,160}}?,)?\s+(?:was|were)\s+(?:also\s+)?"
    r"attended\s+by\s+", ("attended by",))
# ... the list ends on a crowd: "and other 120 members", "and others", "and about 300 guests"
_CROWD = re.compile(r"\band\s+(?:other|about|some|more\s+than|over|nearly)\s+\d+|\band\s+(?:many\s+|several\s+)?"
                    r"others\b|\band\s+other\s+(?:[\w-]+\s+){0,2}?(?:members|guests|participants|officials|leaders)\b")
_LOOK_BACK = 3  # sentences before that may tell the meeting held online
# "X held an online meeting", "X chaired the session", "X led a CPC delegation for the meeting": its host
_HOSTED = CuedPattern(
    rf"\b(?:held|hosted|chaired|presided\s+over|convened)\s+(?:an?|the|this)\s+(?:[\w-]+\s+){{0,2}}?{_MET}\b|"
    rf"\bled\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?delegation\s+(?:for|to)\s+the\s+{_MET}\b",
    ("held", "hosted", "chaired", "presided", "convened", "led"))
_HOST_BACK = 2  # sentences before the crowd's that may name the meeting's host


def crowd_attendees(text: str, views: list[SentenceView], out: list, settling: list, where) -> None:
    """A summit row for each person a crowd's list names (`where`: the report's Setting, for its dateline), and no
    meeting row pairing two of them."""
    for at, view in enumerate(views):
        span = _attendees(text, view)
        if span is None:
            continue
        people = [m for m in view.people if span[0] <= m.start and m.end <= span[1]]
        if len(people) < 2 or not span[2] and any(
                e.kind == "meeting" and e.start_char < view.sentence.start and e.actor_id.startswith("person:") and
                e.counterpart_id.startswith("person:") for e in out):
            continue  # "X met here today with Y. A, <post>, B, <post>, and others attended the meeting": they sat in
        ids = {m.entity_id for m in people}
        out[:] = [e for e in out if not (e.kind == "meeting" and e.start_char == view.sentence.start and
                                         e.actor_id in ids and e.counterpart_id in ids)]
        settling[:] = [pair for pair in settling if any(pair[0] is e for e in out)]
        online = any(VIRTUAL.search(text, v.sentence.start, v.sentence.end) for v in views[max(0, at - _LOOK_BACK):
                                                                                      at + 1])
        places = [] if online else [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and
                                    m.place_kind != "demonym" and not span[0] <= m.start < span[1]][:1]
        if not places and not online and where.dateline is not None and where.dateline.iso3:
            places = [where.dateline.iso3]
        host = _host(text, views[max(0, at - _HOST_BACK):at + 1], ids, out)
        if not places and not online and host is not None:  # "X hosted a meeting ... in Windhoek. The meeting was ..."
            places = [m.iso3 for m in host[1].mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"
                      and m.start > host[2] and IN_AT.search(text, max(0, m.start - 6), m.start)][:1]
        when = where.dateline_date if places and where.dateline is not None and not view.dates else (
            view.dates[0] if view.dates else None)
        for person in people:
            if not any(e.kind == "summit" and e.actor_id == person.entity_id and e.start_char == view.sentence.start
                       for e in out):
                out.append(build_event("summit", person, None, None, places, "", when, view, view.sentence.start,
                                       view.sentence.end))
                settling.append((out[-1], Sides(view, view.sentence.text, person, None, None)))
        if host is not None:
            _host_attended(host, out, settling, places, when, view)


def _host(text: str, before: list[SentenceView], ids: set, out: list) -> tuple | None:
    """The person a sentence up to the crowd's tells holding the meeting or leading a delegation to it (the subject
    before the verb), the sentence's view and where the verb ends, or None."""
    for host_view in before:
        sentence = host_view.sentence
        if not (hosted := _HOSTED.search(text, sentence.start, sentence.end)):
            continue
        subject = [m for m in host_view.people if m.end <= hosted.start()][:1]
        if subject and subject[0].entity_id not in ids and not any(
                e.kind == "summit" and e.actor_id == subject[0].entity_id for e in out):
            return subject[0], host_view, hosted.end()
    return None


def _host_attended(host: tuple, out: list, settling: list, places, when, view: SentenceView) -> None:
    """A summit row for the meeting's host, whose meeting with a body told where he held it is that gathering."""
    person, host_view = host[0], host[1]
    out[:] = [e for e in out if not (e.kind == "meeting" and e.start_char == host_view.sentence.start and
                                     e.actor_id == person.entity_id and not e.counterpart_id.startswith("person:"))]
    settling[:] = [pair for pair in settling if any(pair[0] is e for e in out)]
    out.append(build_event("summit", person, None, None, places, "", when, view, view.sentence.start,
                           view.sentence.end))
    settling.append((out[-1], Sides(view, view.sentence.text, person, None, None)))


def _attendees(text: str, view: SentenceView) -> tuple[int, int, bool] | None:
    """Where a crowd's list of attendees stands in the sentence, and whether it says they addressed the meeting (a
    gathering's speakers, even after a meeting between two named people was told), or None."""
    if others := _OTHERS_ATTENDED.search(text, view.sentence.start, view.sentence.end):
        return view.sentence.start, others.start(), "addressed" in others.group(0) or "spoke" in others.group(0)
    if (by := _ATTENDED_BY.search(text, view.sentence.start, view.sentence.end)) and (
            crowd := _CROWD.search(text, by.end(), view.sentence.end)):
        return by.end(), crowd.start(), False
    return None
