"""A gathering named in an opening "Invited to ..." phrase and attended by the subject after its comma: "Invited to
the 13th Congress of the CPV, X attended and addressed its opening session in Hanoi", "Having been invited to
attend the Summit, X, head of ..., delivered a speech". The verb after the subject ("attended", "addressed", "spoke",
"delivered", "took part") may name no gathering of its own ("attended its opening"): the opening phrase named it.
Tried only in sentences holding "nvited"."""
from __future__ import annotations

import re
from collections.abc import Iterator

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.delegations import DATELINE
from liaison.extract.event_sides import TITLE_ONLY  # between the comma and the subject only a title
from liaison.extract.mentions import Mention
from liaison.extract.triggers import GATHERING_NOUNS

_INVITED = CuedPattern(
    # past a dateline ("HANOI, Jan. 20 (Xinhua) -- "), an opening "Invited (by the CPV) to (attend) the Congress ...,"
    rf"\s*(?:{DATELINE})?"
    r"(?:Having\s+been\s+|Being\s+)?[Ii]nvited\s+(?:by\s+[^,;.]{1,80}?\s+)?to\s+(?:attend\s+|take\s+part\s+in\s+)?"
    rf"(?:the|a|an|its|their)\s+(?:[\w’'\"“”()-]+\s+){{0,12}}?(?:{GATHERING_NOUNS})s?\b"
    r"(?![^,;.]{0,80}?\b(?:unable|could\s+not|couldn't|declined|but))[^,;.]{0,80}?,\s+",
    ("nvited",),
)
# The subject's verb, past at most an appositive set off by commas: "X, head of ..., attended".
_ATTENDS = re.compile(r"(?:,[^;.]{0,120}?,)?\s+(?:(?:also|then|later)\s+)?(?:attended|addressed|took\s+part|"
                      r"participated|spoke|(?:delivered|gave)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:speech|address|remarks)|was\s+present|joined)\b")


def invited_attendees(text: str, views: list[SentenceView]) -> Iterator[
        tuple[Mention, SentenceView, list[str], DateMention | None]]:
    """(attendee, the sentence, the places it gives past the subject, its first date past the dateline) for each
    sentence that opens on an invitation to a gathering and then tells its subject attending or addressing it."""
    for view in views:
        invited = _INVITED.match(text, view.sentence.start, view.sentence.end)
        if invited is None:
            continue
        person = next((m for m in view.people if m.start >= invited.end()), None)
        if person is None or not TITLE_ONLY.fullmatch(text, invited.end(), person.start) or not _ATTENDS.match(
                text, person.end, view.sentence.end):
            continue
        named = [m for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"]
        # where the subject attended, else the dateline's or the invitation's place
        places = [m.iso3 for m in named if m.start >= person.end] or [m.iso3 for m in named]
        when = next((d for d in view.dates if d.start >= invited.end()), None) or next(iter(view.dates), None)
        yield person, view, places[:1], when
