"""Gatherings a report tells with no host, then its attendees: "The dialogue was held in Beijing on Monday. It was
attended by 26 party leaders from 15 countries, including A and B." No row is the gathering's own (the gold never
codes a body's or no one's gathering), but each person the attendance sentence names attended it, where and when
the "was held" sentence says; so did a person a later sentence opens on, saying something, once an attendance was
told ("According to Xinhua, X, head of ..., said"), and one a later sentence opens on who spoke there ("X said in his
keynote speech"; not "at the UN General Assembly", "to parliament", nor in a sentence with its own year or
"last week", nor one who stayed away). Tried only in sentences holding "held" (or "convened", "opened"), then
"attended" or "speech"."""
from __future__ import annotations

import re
from collections.abc import Iterator

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.event_setting import LEAD_IN
from liaison.extract.event_speakers import IN_A_SPEECH, SAID, speech_giver
from liaison.extract.mentions import Mention
from liaison.extract.triggers import ANY_GATHERING, GATHERING_NOUNS

# "The dialogue was held in Beijing", "The third CPC-Africa Leaders' Dialogue was convened at Kigali"
# ... "The CPC in Dialogue with Political Parties of Neighboring Countries with the theme of "..." was held in Beijing"
_HELD = CuedPattern(
    rf"\b(?:The|the|This|this)\s+(?:[\w’'\"“”()-]+\s+){{0,8}}?(?:{GATHERING_NOUNS})"
    r"(?:\s+(?:with|of|on|between|among|for)(?:\s+[\w’'()-]+){1,8}?)?"
    r"(?:,?\s+(?:with\s+the\s+theme\s+(?:of\s+)?|themed\s+)[\"“][^\"”]{1,200}[\"”],?)?\s+(?:was|were)\s+(?:held|convened|"
    r"opened)\s+(?:(?:on\s+\w+\s+)?(?:in|at)\s+)",
    ("held", "convened", "opened"),
)
# "It was attended by ...", "The forum was also attended by ...", "The event was attended by ..."
_ATTENDED_BY = CuedPattern(
    rf"\s*(?:It|The\s+(?:[\w’'-]+\s+){{0,4}}?(?:{ANY_GATHERING}))\s+(?:was|were)\s+(?:(?:also|reportedly)\s+)?"
    r"attended\s+by\b",
    ("attended",),
)
# "According to Xinhua, X, head of ..., said ...", "X, secretary general of Y, said ...": a speaker there.
_OPENS_SAYING = re.compile(r"\s*(?:According\s+to\s+[^,;.]{1,40},\s+)?$")
_NEXT = 2  # how many sentences after the "was held" one may tell who attended
# "Raila Odinga, the opposition leader, said he had boycotted the conference": a speaker who was not there.
STAYED_AWAY = re.compile(r"\b(?:boycott\w*|stayed away|did not attend|didn't attend|was not invited|absent|skipped)\b")
# A speech given at another gathering or to a body ("said in his keynote speech at the UN General Assembly", "in
# his address to parliament"), or at another time ("In 2021, ...", "last week"): not one given there.
_SPOKE_ELSEWHERE = re.compile(r"\s+(?:at|to|before)\s+(?!the\s+(?:event|occasion|opening|ceremony|gathering|"
                              r"participants|audience|delegates)\b)")
_ANOTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|last\s+(?:week|month|year|\w+day)|earlier\s+this|a\s+year\s+ago)\b")




def own_date(text: str, view: SentenceView, before: int) -> DateMention | None:
    """The first date the sentence gives past its dateline, if any ("On Monday, the forum was held ...")."""
    dateline = LEAD_IN.match(text, view.sentence.start, before)  # "BEIJING, May 9 (Xinhua) -- ": the report's day
    return next((d for d in view.dates if d.start >= (dateline.end() if dateline else view.sentence.start)), None)


def hostless_attendees(text: str, views: list[SentenceView], summit_starts: set[int]) -> Iterator[
        tuple[Mention, SentenceView, list[str], DateMention | None]]:
    """(attendee, the attendance sentence, the gathering's places, the date the "was held" sentence gives it, not a
    dateline's before it) for a gathering told with no summit row in its own sentence (`summit_starts`: where each
    summit's sentence starts)."""
    for at, view in enumerate(views):
        held = _HELD.search(text, view.sentence.start, view.sentence.end)
        if held is None or view.sentence.start in summit_starts:
            continue
        places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.start >= held.end()][:1]
        when = own_date(text, view, held.start())
        attended = False
        for later in views[at:at + 1 + _NEXT]:
            by = _ATTENDED_BY.match(text, later.sentence.start, later.sentence.end) if later is not view else (
                _ATTENDED_BY.search(text, held.end(), view.sentence.end))
            first = later.people[0] if later.people and later is not view else None
            if by is None and attended and first is not None and _OPENS_SAYING.match(
                    text, later.sentence.start, first.start) and SAID.match(text, first.end, later.sentence.end) \
                    and not STAYED_AWAY.search(text, first.end, later.sentence.end):
                yield first, later, places, when  # "X, head of ..., said" after its attendance was told
            if by is None and first is not None and later is not view and (cue := IN_A_SPEECH.search(
                    text, later.sentence.start, later.sentence.end)) and (speaker := speech_giver(later, cue)) \
                    and speaker.start == first.start and not _SPOKE_ELSEWHERE.match(
                        text, cue.end(), later.sentence.end) and not (_ANOTHER_TIME.search(later.sentence.text) or
                                                                      STAYED_AWAY.search(later.sentence.text)):
                yield speaker, later, places, when  # "X, head of ..., said in his keynote speech that ..."
            if by is None:
                continue
            attended = True
            for person in later.people:
                if person.start >= by.end():
                    yield person, later, places, when


# "Two delegations from the communist parties of China and Vietnam arrived in Managua this Sunday": a trip of
# several delegations, each led by a person a later sentence names ("X, director general of ..., heads the
# delegation from the Asian giant", "Y leads the Vietnamese mission").
_SEVERAL_ARRIVED = CuedPattern(
    r"\b(?:Two|Three|Four|Both|The\s+two|The\s+three)\s+delegations\b[^.;]{0,120}?\b(?:arrived\s+(?:in|at)|"
    r"visited|are\s+visiting|were\s+visiting)\s+",
    ("delegations",),
)
# Present tense only: "Zhou Ming headed the delegation to Moscow last year" is another trip.
_HEADS = CuedPattern(r"\s+(?:heads|leads|is\s+heading|is\s+leading)\s+(?:the|a)\s+(?:[\w’'-]+\s+){0,3}"
                     r"(?:delegation|mission)\b", ("heads", "leads", "heading", "leading"))
_LATER = 3  # how many sentences after the arrival one may name a delegation's head


def several_delegations(text: str, views: list[SentenceView]) -> Iterator[
        tuple[Mention, SentenceView, list[str], DateMention | None]]:
    """(leader, the sentence naming him, the trip's places, the arrival's date) for each delegation of a trip
    the report tells of several delegations at once."""
    for at, view in enumerate(views):
        arrived = _SEVERAL_ARRIVED.search(text, view.sentence.start, view.sentence.end)
        if arrived is None:
            continue
        places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.start >= arrived.end()][:1]
        if not places:  # "Three delegations visited the exhibition": no trip told
            return
        when = own_date(text, view, arrived.start())
        for later in views[at + 1:at + 1 + _LATER]:
            first = later.people[0] if later.people else None
            if first is not None and not text[later.sentence.start:first.start].strip() and (
                    heads := _HEADS.search(text, first.end, later.sentence.end)) and \
                    text.count(",", first.end, heads.start()) <= 2:  # past one appositive only
                yield first, later, places, when
        return
