"""Bare names listed next to a person already found: "Dr. A B, C D and E F from the party
attended", "Representing the party were C D, Dr. A B and E F". A list item carries no cue of its
own; its neighbour does. Each item is looked for right after (or right before) a found name,
with one anchored match there, never over the whole text."""
from __future__ import annotations

import re

from liaison.extract.name_posts import COURTESY
from liaison.extract.name_shapes import TITLE_HEADS
from liaison.extract.names import NAME, trim_name
from liaison.reference.places import place_named

_HONORIFIC = rf"(?:(?:{COURTESY}|Prof|Eng|Amb|Hon)\.?\s+)?"
# The next item: ", C D" or " and C D", closed by a list's comma or "and", a sentence's end, or a
# clause word ("from the party", "attended").
_NEXT = re.compile(
    rf"(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+){_HONORIFIC}(?P<name>{NAME})"
    rf"(?=,\s|\s+(?:and|&)\s|\.(?:\s|$)|;|\s+(?:from|of)\s|\s+(?:were|was|are|also|attended|participated|joined)\b)"
)
# The item before: "C D, " right before the found name, itself after a list's start (a colon, a
# comma, a lower-case word such as "were" or "met", or the line's start).
# Not after a preposition: "in San Diego, Amb. X" is a place, "of Trier, X" a body's.
_NOT_AFTER = "".join(rf"(?<!\b{word} )" for word in ("in", "at", "to", "of", "on", "by", "from", "near", "for"))
_PREVIOUS = re.compile(
    rf"(?:^|(?<=[\n:;,(])\s*|(?<=\b[a-z]{{2}}) |(?<=[a-z]{{3}}) ){_NOT_AFTER}(?P<name>{NAME}),\s+{_HONORIFIC}$"
)
_LOOK_BACK = 60
# "the Presidential Envoy, Mr. A B", "A B and Special Envoy Ms. C D": a post, or a post and the courtesy title opening
# the next name, is no item.
_POST_WORDS = frozenset(w for w in TITLE_HEADS.split("|") if " " not in w) - {"dean", "head"}  # surnames too
_COURTESIES = frozenset(COURTESY.split("|"))
_MAX_ITEMS = 8
_NO_ANCHOR = frozenset({"one name", "head of government", "surname"})
# A list of places: "five localities – Ca Mau, Ninh Thuan, ...".
_PLACES_LISTED = re.compile(r"\b(?:localities|provinces|cities|regions|districts|states|countries|towns|villages|"
                            r"municipalities|prefectures|counties|places|sites)\b[^.;:]{0,60}$")


# "The delegation includes A B, C D and E F": the first name of a list a group of people is said
# to hold, found from each "includ"/"compris"/"consist"/": " in the text (str.find) with one match there.
# "... delegation members: A B, C D and E F", "the delegation, including A B, C D and E F" too.
_GROUP_VERBS = ("includ", "compris", "consist", ": ")
_GROUP_OPENS = re.compile(
    rf"(?:includes|included|including|comprises|comprised|comprising|consists of|consisted of|:)(?::)?\s+"
    rf"(?:{_HONORIFIC})(?P<name>{NAME}),")
_GROUP_BEFORE = re.compile(r"\b(?:delegation|delegations|team|group|entourage|delegates|members|participants|"
                           r"attendees|panel|line-up|lineup|[Pp]resent|attendance)\b[^.;:]{0,40}$")


def listed_names(text: str, candidates) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, name, "list") of each bare name listed beside a candidate name, or
    opening a list of a delegation's members."""
    found: list[tuple[int, int, str, str, str]] = []
    seen = {(c[0], c[1]) for c in candidates}
    todo = [(c[0], c[1]) for c in candidates if c[4] not in _NO_ANCHOR and " " in c[2].strip()]
    for first in _group_openers(text):
        if not any(s < first[1] and first[0] < e for s, e in seen):
            seen.add((first[0], first[1]))
            found.append(first)
            todo.append((first[0], first[1]))
    while todo and len(found) < 4 * _MAX_ITEMS:
        start, end = todo.pop()
        if _PLACES_LISTED.search(text, max(0, start - 80), start):
            continue
        for item in _items(text, start, end):
            if (item[0], item[1]) not in seen and not any(s < item[1] and item[0] < e for s, e in seen):
                seen.add((item[0], item[1]))
                found.append(item)
                todo.append((item[0], item[1]))
    return found


def _group_openers(text: str):
    """The first name after "The delegation includes", when a second name follows it."""
    for verb in _GROUP_VERBS:
        at = text.find(verb)
        while at >= 0:
            if (opens := _GROUP_OPENS.match(text, at)) and _GROUP_BEFORE.search(text, max(0, at - 60), at) \
                    and not _PLACES_LISTED.search(text, max(0, at - 80), at) \
                    and _NEXT.match(text, opens.end("name")) \
                    and (first := list_item(text, opens.start("name"), opens.end("name"))):
                yield first
            at = text.find(verb, at + 1)


def _items(text: str, start: int, end: int):
    if (after := _NEXT.match(text, end)) and (hit := list_item(text, after.start("name"), after.end("name"))):
        yield hit
    if "," in text[max(0, start - 9):start]:
        window = max(0, start - _LOOK_BACK)
        before = _PREVIOUS.search(text[window:start])
        if before and (hit := list_item(text, window + before.start("name"), window + before.end("name"))):
            yield hit


def list_item(text: str, start: int, end: int, cue: str = "list"):
    """The name in [start, end) as a candidate, unless it is none or names a place."""
    hit = trim_name(text, start, end, cue)
    if hit is None or "\n" in hit.text:
        return None
    words = hit.text.split()
    if words[-1].lower() in _POST_WORDS or _COURTESIES.intersection(words):
        return None
    if place_named(hit.text) or any(place_named(w) for w in words[:-1]) or len(words) == 2 and place_named(words[-1]):
        return None  # "Sri Lanka", "Kandy District": a place, not a person
    return hit.start, hit.end, hit.text, " ".join(words), cue
