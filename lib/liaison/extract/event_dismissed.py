"""English triggers that tell no event of their own: a word inside a quotation, an invitation to visit,
relations "established" (no body founded), a gathering the thanked side attended,
"high-level visits" in general, "the first leader to visit", the anniversary of a visit, a welcome at an
airport. A guest "was welcomed at the airport in Harare" tells his arrival there: a visit, no meeting. An
invitation to attend a gathering is no gathering either. Each rule is one pattern, tried only where its cue
word is."""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern, SentenceView

# "his invitation to General Secretary Hu Jintao to visit Viet Nam": an invitation, not a visit.
_INVITED_TO = re.compile(r"\binvit(?:ation|ed|es|ing)\b[^.;]{0,80}\bto\s+(?:(?:undertake|pay|make)\s+(?:an?\s+)?"
                         r"(?:[\w-]+\s+){0,3})?$")  # "invitation to X to undertake an official visit"
_GENERIC_VISITS = re.compile(r"\b(?:high-level|mutual|reciprocal|exchange|frequent|regular|more|of|several|many|"
                             r"numerous|repeated)\s+$")  # ... "ANC leaders have made several visits to China"
_AIRPORT = CuedPattern(r"\b[Aa]t\s+(?:the\s+)?(?:[\w-]+\s+){0,4}[Aa]irport\b", ("irport",))
# At an airport a reception or a welcome ("was met at the airport by") is no meeting; "met X at the airport" is.
_WELCOMED = re.compile(r"receiv|welcom|host|greet")
_WAS = re.compile(r"\b(?:was|were|been|being)\s+$")
# "thanked the delegation for attending the congress": the thanked side's event, told as the reason for thanks.
_THANKS_FOR = CuedPattern(r"\b(?:[Tt]hank(?:s|ed|ing)?|gratitude|grateful)\b[^.;]{0,80}\bfor\s+$", ("hank", "grat"))
# "relations between the CPC and the Democratic Party were established during ...", "established ties with": a
# relation begun, no body founded.
_RELATIONS = r"(?:relations|relationship|ties|partnership|contacts|cooperation|friendship|exchanges|trust)"
_RELATIONS_BEFORE = CuedPattern(rf"\b{_RELATIONS}\b[^.;]{{0,80}}?\b(?:were|was|had been|have been|has been)\s+$",
                                ("relations", "ties", "partnership", "contacts", "cooperation", "friendship",
                                 "exchanges", "trust"))
_RELATIONS_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?{_RELATIONS}\b")
# "highlighted the 10th anniversary of President X's historic visit to the Maldives": an occasion marked, no visit now
# (as "访华50周年" is none in Chinese).
_ANNIVERSARY_OF = CuedPattern(r"\banniversary\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?[^.;,]{0,80}?$",
                              ("anniversary",))
# "X says the visit is on the invitation of the CPC", "He said the trip would deepen ties": a remark on the report's
# visit, told where it is told, not the speaker's own ("said that he will visit" is his plan).
_REMARK_ON = CuedPattern(r"\b(?:says|said|say|added|noted|stressed|explained|told\s+\w+)\s+(?:that\s+)?"
                         r"(?:the|this|that(?!\s+(?:he|she|they|we|I)\b))\s+(?:[\w-]+\s+){0,2}$",
                         ("says", "said", "say ", "added", "noted", "stressed", "explained", "told"))
_OF_BY = re.compile(r"\s+(?:of|by)\s")
# "held a press conference in Beijing": the speaker briefs reporters, no gathering of parties.
_PRESS = re.compile(r"\b(?:press|news|media)\s+(?:conference|briefing)s?$")
# "expressed his pleasure to visit Vietnam and his honour to be received by the Party leader": a feeling about
# the meeting the report has told, not another one.
_FEELING_AT = CuedPattern(r"\b(?:pleasure|delight|honou?r|happiness|privilege)\s+(?:to|at|in|of)\s+"
                          r"(?:be(?:ing)?\s+)?$", ("pleasure", "delight", "honor", "honour", "happiness", "privilege"))
_NTH_TO = re.compile(r"\b(?:first|second|third|latest|another|only|last)\s+(?:[\w-]+\s+){0,4}to\s+$")


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` lies inside a quotation opened earlier in its sentence."""
    return text.count("“", start, at) > text.count("”", start, at) or text.count('"', start, at) % 2 == 1


def dismissed(text: str, view: SentenceView, kind: str, trigger: re.Match, span: tuple[int, int, int, int]) -> bool:
    """Whether a trigger tells of no event of its own: inside a quotation, an invitation to
    visit, "high-level visits" in general, or a welcome at the airport."""
    start, trigger_at, trigger_end, end = span
    if _quoted(text, view.sentence.start, trigger_at):
        return True  # "As we have already participated in a prior meeting, ...": what a speaker says
    if kind in ("visit", "summit") and (_INVITED_TO.search(text, max(start, trigger_at - 100), trigger_at) or
                            trigger.group(0) == "visits" and _GENERIC_VISITS.search(text, max(start, trigger_at - 15),
                                                                                     trigger_at)):
        return True  # an invitation, or "high-level visits" in general
    if kind == "founding" and (_RELATIONS_BEFORE.search(text, max(start, trigger_at - 100), trigger_at) or
                               _RELATIONS_AFTER.match(text, trigger_end)):
        return True  # "relations between the two parties were established last year": no body founded
    if _THANKS_FOR.search(text, max(start, trigger_at - 100), trigger_at):
        return True  # "thanked the CPC delegation for attending the congress": not the thanker's
    if trigger.group(0) in ("visit", "trip", "tour", "meeting", "talks") and _ANNIVERSARY_OF.search(
            text, max(start, trigger_at - 90), trigger_at):
        return True  # "the 10th anniversary of X's historic visit to Y": no visit now
    if kind == "visit" and trigger.group(0) in ("visit", "trip", "tour") and _REMARK_ON.search(
            text, max(start, trigger_at - 60), trigger_at) and not _OF_BY.match(text, trigger_end):
        # "Julian Robinson says the visit is on the invitation of the CPC": not Robinson's visit; "said the
        # successful visit of President X to Nepal" is still X's
        return True
    if kind == "summit" and _PRESS.search(text, max(start, trigger_end - 40), trigger_end):
        return True  # "held a press conference": no gathering
    if kind == "meeting" and _FEELING_AT.search(text, max(start, trigger_at - 40), trigger_at):
        return True  # "his honour to be received by the Vietnamese Party leader": the meeting told before
    if kind == "visit" and _NTH_TO.search(text, max(start, trigger_at - 80), trigger_at):
        return True  # "the first Chinese leader to visit Nepal since 2019": a description, not this visit
    # "was received at the airport by ...", "At the airport he was received by ...": a welcome, not a meeting
    return kind == "meeting" and bool(_WELCOMED.match(trigger.group(0)) or _WAS.search(
        text, max(start, trigger_at - 8), trigger_at)) and bool(_AIRPORT.search(text, max(start, trigger_at - 80),
                                                                                 min(end, trigger_end + 80)))


def airport_arrival(text: str, view: SentenceView, kind: str, span: tuple[int, int, int]) -> bool:
    """Whether a meeting trigger is a guest's welcome at an airport told in the passive ("Cde Jiang was
    welcomed at the Robert Gabriel Mugabe International Airport in Harare by X"): the guest arrives."""
    start, trigger_at, end = span
    return kind == "meeting" and not _quoted(text, view.sentence.start, trigger_at) and bool(
        _WAS.search(text, max(start, trigger_at - 8), trigger_at)) and bool(
        _WELCOMED.match(text, trigger_at)) and bool(_AIRPORT.search(text, trigger_at, min(end, trigger_at + 80)))
