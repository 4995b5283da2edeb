"""What an English clause or sentence adds to the events already told (moved out of `events.py`): the day, the
place and the host a sentence after a meeting gives ("The meeting was held ... on Wednesday, May 17", "The meeting
was presided over by X"), the agreement "the two sides signed" after their talks, the visit of a subject "in China
to meet with ...", and the further people a gathering "was attended by". Each rule is one pattern, tried only
where its cue word is."""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.delegations import name_leader, opening_leader
from liaison.extract.event_refer import WHICH_ATTENDED, stay_place
from liaison.extract.event_report import SIDES_SIGNED, meeting_day, meeting_place, presiding
from liaison.extract.event_sides import listed_people
from liaison.extract.mentions import Mention
from liaison.extract.triggers import ATTENDED_BY, LISTS_ATTENDEES


def told_after(text: str, view: SentenceView, previous: list, told: list) -> None:
    """What a sentence tells of the events of the sentence before: where and when its meetings were held, who
    presided over a meeting with a body, who led its delegation."""
    if previous and (held := meeting_place(text, view)):
        for event in previous:  # "The meetings were held at the Great Hall of the People in Beijing."
            event.places = event.places or ("|".join(held) if event.kind == "meeting" else "")
    if previous and (day := meeting_day(text, view)):  # "The meeting was held ... on Wednesday, May 17."
        for event in previous:
            if event.kind == "meeting" and event.date_basis in ("", "document date"):
                event.start, event.end = day.date.iso(), (day.end_date or day.date).iso()
                event.date_precision, event.date_basis = day.date.precision, "relative" if day.relative else "text"
    if told and told[-1].kind == "meeting" and (chair := presiding(text, view)):
        name_leader(told[-1], chair)  # "... held a meeting with the PSUV. The meeting was presided over by X"
    if told and "delegation" in told[-1].evidence:  # "The delegation was led by X."
        name_leader(told[-1], opening_leader(text, view))


# "The meeting was attended by A and B", after the report told that meeting between named people: those present.
_THE_MEETING_ATTENDED = CuedPattern(
    r"\s*The\s+(?:meeting|talks)\b(?:,[^,;.]{0,100},)?\s+(?:was|were)\s+attended\s+by\b", ("attended",))


_BARE_DOCUMENT = re.compile(r"(?:the\s+)?(?:[Aa]greement|[Mm]emorandum|[Dd]ocument|[Dd]eal|[Pp]rotocol|[Aa]ccord|"
                            r"[Tt]reaty|MoU|MOU)s?")


def without_bystanders(text: str, span: tuple[int, int], pairs: list, before: list) -> list:
    """A clause's events less those that tell no one's: an agreement no one is named to sign and no document named
    ('"The Strategic Partnership Agreement was signed," X said' reads a bare "Agreement"), and the people "The
    meeting was attended by" once the report has told that meeting between two named people (officials present
    beside them, not its sides)."""
    pairs = [(e, sides) for e, sides in pairs if e.kind != "agreement" or e.actor or not _BARE_DOCUMENT.fullmatch(
        e.counterpart)]
    if pairs and _THE_MEETING_ATTENDED.match(text, *span) and any(
            e.kind == "meeting" and e.actor_id and e.counterpart_id for e in before):
        return [(e, sides) for e, sides in pairs if e.kind != "meeting"]
    return pairs


def sides_signed(text: str, view: SentenceView, span: tuple[int, int], pairs: list, before: list,
                  settling: list) -> list:
    """"X held talks with Y. After the talks, the two sides signed a memorandum": the meeting's sides signed it,
    where the clause names no signer of its own."""
    if any(e.kind == "agreement" and e.actor for e, _ in pairs) or not SIDES_SIGNED.match(text, *span):
        return pairs
    met = next((e for e in reversed(before) if e.kind == "meeting" and e.actor and e.counterpart_id), None)
    sides = next((sides for e, sides in settling if e is met), None)
    if met is None or sides is None:
        return pairs
    signed = replace(met, kind="agreement", mode="", evidence=view.sentence.text, start_char=view.sentence.start,
                     end_char=view.sentence.end)
    return [pair for pair in pairs if pair[0].kind != "agreement"] + [(signed, replace(sides, view=view))]


def stay_and_attendees(text: str, view: SentenceView, event, sides, span: tuple[int, int, int], word: str) -> list:
    """The visit of a subject "in China to meet with ..." (the meeting is there too), and the further people a
    gathering's clause lists, each at the gathering: "was attended (chaired) by A, B and C", "Present at the forum
    were A, B and C", "Speakers included ...", "brought together ...", "..., which was attended by A and B"."""
    start, trigger_at, end = span
    kind, actor, events = event.kind, sides.actor, []
    if kind in ("meeting", "summit") and isinstance(actor, Mention) and actor.kind == "person" and (
            stay := stay_place(text, view, start, trigger_at)):  # "X was in China to meet with ...": X's visit
        event.places = stay  # ... and the meeting is there
        events.append((replace(event, kind="visit", counterpart="", counterpart_id="", counterpart_org="", places=stay,
                               start="", end="", date_precision="unknown", date_basis=""),
                       replace(sides, counterpart=None, counterpart_org=None)))
    if kind == "summit" and word.endswith(ATTENDED_BY + LISTS_ATTENDEES) and isinstance(actor, Mention) and \
            actor.kind == "person":
        for other in listed_people(text, view, actor, end):  # "was attended by A, title, B, title, and C"
            events.append((replace(event, actor=other.name, actor_id=other.entity_id), replace(sides, actor=other)))
    if kind == "summit" and (by := WHICH_ATTENDED.search(text, trigger_at, end)):
        for other in [m for m in view.people if by.end() <= m.start and m.end <= end and m is not actor]:
            events.append((replace(event, actor=other.name, actor_id=other.entity_id),
                           replace(sides, actor=other, clause=text[by.end():end])))  # not the host's mode
    return events


# "After the meeting, Zhou and Chea Sim attended a signing ceremony ...": where and when the meeting just told was.
_AFTER_THE_MEETING = CuedPattern(r"\s*(?:After|Following|At\s+the\s+end\s+of)\s+(?:the|their|this)\s+"
                                 r"(?:meeting|talks|discussions?)\s*,", ("After", "Following", "At the end"))


def after_the_meeting(text: str, span: tuple[int, int], found: list, before: list) -> list[tuple]:
    """(event, meeting) for each event of a clause opening "After the meeting,": the meeting told just before it,
    whose place (and, undated, day) the event takes once the report has placed it (`placed_after`)."""
    if not found or not _AFTER_THE_MEETING.match(text, *span):
        return []
    met = next((e for e in reversed(before) if e.kind == "meeting"), None)
    return [(event, met) for event in found if met is not None and event is not met]


def placed_after(links: list[tuple]) -> None:
    """An unplaced event told "After the meeting," happens where (and, undated, when) that meeting did."""
    for event, met in links:
        if not event.places and met.places:
            event.places = met.places
            if not event.start or event.date_basis == "document date":
                event.start, event.end, event.date_precision = met.start, met.end, met.date_precision
                event.date_basis = "occasion"
