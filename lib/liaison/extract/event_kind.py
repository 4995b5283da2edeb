"""The kind of event a clause's trigger codes (moved out of `events.py`), or None when the trigger
tells no event of its own: a dismissed trigger, a visit that meets a person, a call that urges."""
from __future__ import annotations

import re

from liaison.extract.context import SentenceView
from liaison.extract.event_dismissed import airport_arrival, dismissed
from liaison.extract.event_refer import post_holder, welcomed_visit
from liaison.extract.event_sides import TITLE_WORDS, joined_pair
from liaison.extract.mentions import POSSESSIVE, possessed
from liaison.extract.triggers import HEAD_POSTS, PAIR_TALKS

_TITLES_ONLY = re.compile(rf"\s+(?:(?:[A-Z][\w.’'()-]*|\([A-Z][\w-]*\)|{TITLE_WORDS}|opposition|former|party|"
                          rf"ruling|chairman|president|vice|deputy|secretary|general|chief|minister|prime|speaker|head)\s+){{0,16}}")
# "paid a visit to President of Nepali Congress X", "visited former Prime Minister Dr X": a person
# visited is met; not "the upcoming visit of President Xi", which is his, nor his home town ("X's hometown").
VISITED_PERSON = re.compile(r"\s*(?:\s+to)?(?:\s+(?:former|then|the))?"
                             r"(?:\s+[A-Z][\w.’'()-]*(?:\s+(?:of|the|and|for))*){0,8}\s+")
# "called on X to release ...", "to resign" urges X; "called on X to discuss ties" is a call.
_URGED = r"\s+to\s+(?!(?:discuss|exchange|brief|review|explore|talk|convey|congratulate|pay|deliver|hand)\w*\b)[a-z]"
# "called on the Prime Minister at the Prime Minister House": a head met, unnamed, by his post; not
# "called on the President (of Pakistan) to release ...", which urges him.
UNNAMED_POST = re.compile(rf"\s+the\s+(?P<post>{HEAD_POSTS})\b(?!{POSSESSIVE})"  # not "the Chairman’s deputy"
                           rf"(?!(?:\s+of(?:\s+(?:the\s+)?[A-Z][\w-]*)+)?{_URGED})")
_URGED_PERSON = re.compile(_URGED)
# "paid a visit to the Embassy of the People's Republic of China in Venezuela", "visited the Chinese embassy": a call
# at a mission in the visitor's own capital, no trip (what the visitor did there is told as a meeting, if at all).
_TO_A_MISSION = re.compile(r"\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?(?:[Ee]mbass(?:y|ies)|[Cc]onsulate|"
                           r"[Cc]onsulate[- ][Gg]eneral)\b")
# "was received by the President", "were welcomed by the Prime Minister at State House": the host, by his post.
_BY_POST = re.compile(rf"\s+(?:(?:yesterday|today|on\s+\w+day)\s+)?by\s+the\s+(?P<post>{HEAD_POSTS})\b"
                      rf"(?!\s+of\b|\s+[A-Z]|{POSSESSIVE})")


def event_kind(text: str, view: SentenceView, found: tuple[str, re.Match, int], end: int) -> str | None:
    """The kind of event a clause's trigger codes, or None when it tells of none of its own."""
    kind, trigger, offset = found
    trigger_at, trigger_end = offset + trigger.start(), offset + trigger.end()
    if dismissed(text, view, kind, trigger, (offset, trigger_at, trigger_end, end)):
        return "visit" if airport_arrival(text, view, kind, (offset, trigger_at, end)) else None
    if kind == "meeting" and welcomed_visit(text, view, trigger_at):
        return "visit"  # "welcomed X's delegation to visit China": X's visit
    if kind == "visit" and any(m.kind == "person" and m.entity_id and 0 <= m.start - trigger_end < 60 and
                               VISITED_PERSON.fullmatch(text, trigger_end, m.start) and
                               not possessed(text, m.end) for m in view.free_mentions):
        # "visited Li Xi, Secretary of ...", "paid a visit to President of NC X": a person is met;
        # not "visited President Xi Jinping's hometown", a place
        return "meeting"
    if kind == "visit" and _TO_A_MISSION.match(text, trigger_end):
        return None
    if PAIR_TALKS.match(text, trigger_at):  # "A and B discussed ...": the pair before the verb meets
        return kind if joined_pair(text, view.free_mentions, trigger_at) else None
    if trigger.group(0) == "discussed":  # "discussed in Beijing with Minister X": whom "with" names
        trigger_end = text.index(" with", trigger_end) + 5
    if trigger.group(0).startswith("exchanged") and not trigger.group(0).endswith("with"):
        # "A and B exchanged views on ...": a pair joined by "and" right before the verb meets; else whom a later
        # "with" names ("exchanged views on ties with President X"), as for "exchanged views with"
        if joined_pair(text, view.free_mentions, trigger_at):
            return kind
        trigger_end = with_at + 5 if (with_at := text.find(" with ", trigger_end, end)) > 0 else end
    if trigger.group(0).startswith(("call", "discussed", "exchanged", "sat down")) and not any(
            m.kind == "person" and trigger_end <= m.start and m.end <= end and m.cue != "byline"
            and _TITLES_ONLY.fullmatch(text, trigger_end, m.start) and not _URGED_PERSON.match(text, m.end)
            for m in view.free_mentions) and not UNNAMED_POST.match(text, trigger_end):
        return None  # "called on all parties to ...", "called on Oli to resign", "sat down with Xinhua"; not "called on
        # Prime Minister Oli"
    return kind


def posted_counterpart(text: str, people: tuple, trigger: re.Match, span: tuple[int, int], counterpart):
    """Whom a meeting names by a post alone: "called on the Prime Minister", "paid a courtesy call on the President"
    and "the delegation led by X was received by the President" meet the holder the report named, else the post."""
    trigger_at, trigger_end = span
    post = UNNAMED_POST.match(text, trigger_end) if counterpart is None or " on" in trigger.group(0) else None
    post = post or (_BY_POST.match(text, trigger_end) if counterpart is None else None)
    return (post_holder(text, people, post.group("post"), trigger_at) or post.group("post")) if post else counterpart
