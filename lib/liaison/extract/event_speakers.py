"""Who spoke at an English gathering the report tells was attended by a group: "Over 60 representatives of
parties from 20 African countries attended the seminar. Evariste N., secretary general of the CNDD-FDD,
said ...": each person a later sentence opens on, saying something, attended that gathering. Tried only
in reports with such a sentence (its cue word "attended"), then only in sentences that say "said" or its
kin."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.mentions import Mention
from liaison.extract.triggers import GATHERING_NOUNS

# "Over 60 representatives of political parties from some 20 African countries attended the seminar",
# "Some 300 delegates attended the dialogue": a gathering attended by a group, no one named.
_GROUP_ATTENDED = CuedPattern(
    r"\b(?:representatives|delegates|leaders|participants|guests|officials)\b[^.;]{0,120}?\battended\s+"
    rf"(?:the|this)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{GATHERING_NOUNS}|event)\b",
    ("attended",),
)
# "X, secretary general of Y, said ...", "X said ...": a sentence that opens on its speaker.
SAID = CuedPattern(
    r"(?:,[^;.]{1,220}?,)?\s+(?:also\s+|further\s+)?(?:said|noted|stressed|added|expressed|hoped|praised|urged)\b",
    ("said", "noted", "stressed", "added", "expressed", "hoped", "praised", "urged"),
)

# "X said in his keynote speech that ...", "In her address, X said ...": a speech at the gathering just told.
IN_A_SPEECH = CuedPattern(
    r"\b(?:said|noted|stressed|pointed out)\s+in\s+(?:his|her)\s+(?:keynote\s+|opening\s+|closing\s+)?"
    r"(?:speech|address|remarks)\b|\bIn\s+(?:his|her)\s+(?:keynote\s+|opening\s+|closing\s+)?"
    r"(?:speech|address|remarks),\s+", ("speech", "address", "remarks"),
)

E = TypeVar("E")
S = TypeVar("S")


def gathering_speakers(text: str, views: list[SentenceView], told: Sequence[tuple[E, S]]) -> Iterator[
        tuple[E, S, Mention, SentenceView]]:
    """(the gathering's event, its sides, a speaker) for each person who speaks after a sentence telling a
    gathering attended by a group; the gathering is the latest summit told up to that sentence."""
    yield from _speeches(text, views, told)
    attended_at = next((view.sentence.end for view in views if _GROUP_ATTENDED.search(
        text, view.sentence.start, view.sentence.end)), None)
    if attended_at is None:
        return
    gatherings = [(event, sides) for event, sides in told
                  if getattr(event, "kind", "") == "summit" and getattr(event, "start_char", attended_at) < attended_at]
    if not gatherings:
        return
    event, sides = gatherings[-1]
    seen = {getattr(e, "actor_id", "") for e, _ in told if getattr(e, "kind", "") == "summit"}
    for view in views:
        if view.sentence.start < attended_at or not view.people:
            continue
        first = view.people[0]
        if text[view.sentence.start:first.start].strip(" \"“'") or first.entity_id in seen:
            continue
        if SAID.match(text, first.end, view.sentence.end):
            seen.add(first.entity_id)
            yield event, sides, first, view


def speech_giver(view: SentenceView, cue) -> Mention | None:
    """Who gives the speech a cue of `IN_A_SPEECH` tells: the one after "In his speech,", else the subject of
    "said in his keynote speech"."""
    if cue.group(0).startswith("In"):
        return next((m for m in view.people if m.start >= cue.end()), None)
    return next((m for m in reversed(view.people) if m.end <= cue.start()), None)


def _speeches(text: str, views: list[SentenceView], told: Sequence[tuple[E, S]]) -> Iterator[
        tuple[E, S, Mention, SentenceView]]:
    """(the gathering, its sides, the speaker) for "X said in his keynote speech" after a summit was told: the
    person nearest the cue who does not already attend it (the subject of "said", or the one after "In his
    speech,")."""
    for view in views:
        cue = IN_A_SPEECH.search(text, view.sentence.start, view.sentence.end)
        if cue is None:
            continue
        gatherings = [(e, sides) for e, sides in told
                      if getattr(e, "kind", "") == "summit" and getattr(e, "start_char", view.sentence.start) <
                      view.sentence.start]
        if not gatherings:
            continue
        event, sides = gatherings[-1]
        speaker = speech_giver(view, cue)
        attending = {getattr(e, "actor_id", "") for e, _ in told if getattr(e, "kind", "") == "summit"}
        if speaker is not None and speaker.entity_id not in attending and not any(
                getattr(e, "actor_id", "") == speaker.entity_id and getattr(e, "start_char", -1) == view.sentence.start
                for e, _ in told):
            yield event, sides, speaker, view
