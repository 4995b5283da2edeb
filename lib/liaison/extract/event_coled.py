"""Delegations of two named people: "The senior delegation comprising Mr. A, Minister of Foreign Affairs and
Presidential Adviser Mr. B has conducted a visit to China", "... hosted a Chinese government delegation. The delegation
was led by A, Minister of ..., and Chinese Ambassador to Indonesia B." The report's delegation stands for A (the
leader `delegations.leaders` reads) and B co-leads it: each event A does as the delegation, B does too (a row each),
but one posted abroad (an ambassador, envoy or consul) makes no trip to where he is posted. Tried only in sentences
holding "compris", "consist", "composed" or "led by"."""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.context import SentenceView
from liaison.extract.delegations import COMPRISING, comprised_pair, led_by
from liaison.extract.mentions import Mention
from liaison.extract.postings import POSTED_ABROAD

# "led by A, <post>, and <post> B": the second name, after "and" and only a post (no verb, no clause).
_AND_POST = re.compile(r"(?:,[^;.]{0,160}?,)?\s+and\s+(?:[\w’'().-]+\s+){0,8}$")
# ... not a verb or a clause, nor another's act on the delegation ("led by A and hosted by B", "welcomed by B").
_NOT_A_POST = re.compile(r"\b(?:met|meets|held|visited|arrived|said|was|were|is|are|has|have|will|who|which|that|"
                         r"with|also|by)\b")
_POSTED = re.compile(rf"{POSTED_ABROAD.pattern}\b[^,;.]{{0,40}}$")  # "and Chinese Ambassador to Indonesia B"
_BACK = 1  # how many sentences before the one naming the pair may tell the delegation's events


def _pairs(text: str, views: list[SentenceView]) -> list[tuple[int, Mention, Mention]]:
    """(index of the sentence, first, second) for each delegation of two named people."""
    out = []
    for at, view in enumerate(views):
        if pair := comprised_pair(text, view):
            out.append((at, pair[0], pair[1]))
        for _, first in led_by(text, view):
            second = next((m for m in view.people if m.start > first.end), None)
            if second is not None and _AND_POST.fullmatch(text, first.end, second.start) and not _NOT_A_POST.search(
                    text, first.end, second.start):
                out.append((at, first, second))
    return out


def co_leaders(text: str, views: list[SentenceView], out: list, settling: list) -> None:
    """A copy of each visit, meeting or gathering the first of a pair does as the delegation (told from the sentence
    before the pair's up to it, or later of "the delegation"), for the second (where he has none of that kind with
    that counterpart). Run once the report has placed its events."""
    if not COMPRISING.cued(text) and "led by" not in text:
        return
    for at, first, second in _pairs(text, views):
        since = views[max(0, at - _BACK)].sentence.start
        posted = bool(_POSTED.search(text, max(0, second.start - 60), second.start))
        for event, sides in list(settling):
            if event.start_char < since or event.kind not in ("visit", "meeting", "summit") or first.entity_id not in (
                    event.actor_id, event.counterpart_id) or event.kind == "visit" and posted or (
                    second.entity_id in (event.actor_id, event.counterpart_id)):
                continue
            if event.start_char > views[at].sentence.start and "delegation" not in event.evidence:
                continue  # "Liu also mentioned his recent meeting with X": the first's own, not the delegation's
            if event.actor_id == first.entity_id:
                copy = (replace(event, actor=second.name, actor_id=second.entity_id), replace(sides, actor=second))
            else:
                copy = (replace(event, counterpart=second.name, counterpart_id=second.entity_id),
                        replace(sides, counterpart=second))
            if not any(e.kind == copy[0].kind and e.actor_id == copy[0].actor_id and
                       e.counterpart_id == copy[0].counterpart_id for e in out):
                out.append(copy[0])
                settling.append(copy)
