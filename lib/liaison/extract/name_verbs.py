"""Names with no title, told by a meeting verb or by the party they belong to.

Foreign leaders in the genre often stand with no post before them: "Chinese President Xi Jinping held talks with
Samia Suluhu Hassan", "Madeleine Albright met with ...", "Toshihiro Nikai of the LDP said ...". A capitalised run of
two to four words is a name where it is the whole object of a meeting verb (up to a comma, a preposition or the
sentence's end), the subject of one (after a sentence's start, a comma, a dash or "and"), or stands before "of the"
and a capitalised body. Each pattern is tried only where its cue word was found (names.py's cue automaton), and
every hit still passes the names layer's word checks (no post, body, place or stop word in it)."""
from __future__ import annotations

import re

from liaison.extract.name_shapes import GAP, TOKEN

# The cue words, found with the names layer's other cues in one pass over a text.
AFTER_CUES = "here with |met with |meets with |meet with |met |meets |talks with |talked with |called on |meeting with "
BEFORE_CUES = " met with| met | meets | held talks| of the "

_PARTICLE = r"(?:(?:al|el)-|(?:de|da|dos|del|van|von|bin) )"
_RUN = rf"{TOKEN}(?:{GAP}{_PARTICLE}?{TOKEN}){{1,3}}"
# A run of capitalised words after a meeting verb that ends the object: "held talks with Samia Suluhu Hassan at ..."
_AFTER = re.compile(
    rf"(?:(?:met|meets?|meeting|talks|talked|called on)(?: with)?|here with) (?P<name>{_RUN})"
    r"(?=,| (?:on|in|at|and|who|during|here|to|for|via|yesterday|today|last|this)\b|[.;:]|$)")
# ... before one, or before "of the <Body>": "Toshihiro Nikai of the LDP", "Madeleine Albright met with ..."
_BEFORE = re.compile(rf"(?P<name>{_RUN})(?= (?:met with|met|meets|held talks)\b| of the (?=[A-Z]))")
# "Vice President of the Prosperity Party, Adem Farah has briefed ...": a post, its comma, and a name doing something.
_POSTED = re.compile(rf"(?P<name>{_RUN})(?= (?:has |have |had |will |also |on [A-Z]\w+ |yesterday |today )?"
                     r"(?:[a-z]{3,}ed|met|meets|held|holds|received|receives|led|leads|told|said|says|visited)\b)")
# What may stand before a subject's name: a sentence's or a clause's start.
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n|, |[-–—]+ |\band |\bwith |\bby )$")


def told_names(text: str, after: list[int], before: list[int], posted: list[int]):
    """Spans (start, end) of the names a meeting verb, "of the" or a post's comma tells, tried only at the cue starts
    given."""
    done = -1
    for start in sorted(set(after)):
        if start > done and (match := _AFTER.match(text, start)):
            done = match.end()
            yield match.span("name")
    done = -1
    for start in sorted(set(before)):
        if start > done and (match := _BEFORE.match(text, start)) and _OPENS.search(text, max(0, start - 4), start):
            done = match.end()
            yield match.span("name")
    for start in sorted(set(posted)):
        if match := _POSTED.match(text, start):
            yield match.span("name")
