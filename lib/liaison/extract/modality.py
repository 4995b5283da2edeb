"""Whether a coded event happened: reported, planned, attempted or denied.

News copy announces trips before they happen ("will visit", "is expected in", "is slated to
meet"), reports efforts that may come to nothing ("tried to meet") and calls events off ("the
visit was cancelled"). Counting those as events that took place inflates every tally, so each
event carries the modality its own clause states, read from the words around its trigger:
- planned: a future or intended event ("will", "is to", "is due/set/scheduled/slated/expected
  to", "plans to", "is expected in", "is trying to organise a meeting": what is being arranged
  is the meeting, and the meeting has not happened);
- attempted: an effort whose outcome the clause does not report ("tried to meet", "sought a
  meeting", "attempted to visit");
- denied: the clause says it did not or will not happen ("was cancelled", "was called off",
  "postponed", "did not meet", "denied meeting", "refused to receive", "could not travel to", "was unable to
  visit", "cancelled his trip to").
Anything else is reported.
"""
from __future__ import annotations

import re

REPORTED, PLANNED, ATTEMPTED, DENIED = "reported", "planned", "attempted", "denied"

# Between the subject and the trigger: the modal words that govern the trigger.
_BEFORE = re.compile(
    r"(?P<denied>\b(?:did not|didn[’']t|does not|doesn[’']t|will not|won[’']t|would not|never|refused to|"
    r"declined to|denied (?:having |any )?|failed to|has no plans? to|had no plans? to|no plans? to|"
    # "could not travel to", "was unable to visit", "cancelled his trip to", "postponed a visit to" (not "held the
    # postponed talks": the verb governs a trip it has a determiner for)
    r"(?:could not|couldn[’']t|cannot|can[’']t)(?! wait\b)|(?:(?:is|are|was|were) )?unable to|"
    r"(?:cancell?ed|postponed|called off|put off|scrapped|deferred)(?= (?:his|her|their|its|a|an|the|a planned)\b))\b)"
    r"|(?P<organise>\b(?:(?:is|are|was|were) )?(?:trying|seeking|working|hoping|attempting|planning) to "
    r"(?:organi[sz]e|arrange|set up|secure|schedule|hold)\b)"
    r"|(?P<attempted>\b(?:tried|sought|attempted|try|tries|seeks|attempts|hoped|hopes|wants|wanted|"
    r"(?:is|are|was|were) (?:trying|seeking|attempting|hoping)) to\b|\bsought (?:a|an)\b|"
    # "had been requesting for a meeting with X", "asked for talks with": a request, whose outcome is untold
    r"\b(?:request(?:ed|ing|s)?|ask(?:ed|ing|s)? for)(?: for)?(?: (?:a|an))?(?: [\w-]+)?(?= |$))"
    r"|(?P<planned>\b(?:will|shall|would|is to|are to|is due to|are due to|(?:is|are|was|were) (?:set|scheduled|slated|"
    r"expected|due|poised|going|planning|preparing|about) to|plans? to|planned to|intends? to|proposed to|"
    r"(?:set|slated|scheduled) to|"  # "yet another leader set to visit China"
    r"(?:is|are) (?:scheduled|planned|expected), including|"  # "meetings are scheduled, including talks with X"
    r"to be held|(?:is|are) expected|upcoming|forthcoming|planned|proposed|prospective|possible|potential)\b)"
)
# After the trigger: an event called off, or one still to come.
_AFTER = re.compile(
    r"(?P<denied>\b(?:(?:was|were|has been|had been|have been) (?:denied|refused)|cancell?ed|called off|"
    r"postponed|scrapped|shelved|put off|did not (?:take place|happen|go ahead)|never took place)\b)"
    r"|(?P<planned>\b(?:(?:is|are) (?:scheduled|planned|expected|set|due|slated)|will (?:be held|take place|start|"
    r"begin|open))\b)"
)
# "The meeting between the CPC team and Nepalese leader X is scheduled to be held today": a noun trigger's own
# verb may stand past a long "between ..." phrase, with no punctuation between.
# The gap holds no relative word, finite verb or second gathering: "held a meeting with Y in Beijing to prepare
# the summit that will be held in Kazan" is reported.
_HELD_LATER = re.compile(r"(?:(?!\b(?:that|which|who|where|to|prepared?|held|met|summit|forum|congress|conference)\b)"
                         r"[^,.;:]){0,160}?\b(?:(?:is|are) (?:scheduled|planned|expected|set|due|slated) to be held|"
                         r"will be held)\b")
# How far before the trigger a modal word may stand and still govern it, and what may stand
# between them: a few words ("will also pay an official visit"), no punctuation.
_REACH = 60
_GAP = re.compile(r"(?:\s+[\w’'-]+){0,5}\s+")


def event_status(text: str, clause_start: int, trigger_start: int, trigger_end: int, clause_end: int) -> str:
    """The modality of the event whose trigger is text[trigger_start:trigger_end] in the clause
    text[clause_start:clause_end]. The modal word nearest the trigger wins, and only if it
    governs the trigger (nothing but a few words between them)."""
    if text.startswith(("expected", "will "), trigger_start):  # "is expected in Rome", "will be in Windhoek for three
        return PLANNED  # days": the trigger is itself future
    before = None
    for match in _BEFORE.finditer(text, max(clause_start, trigger_start - _REACH), trigger_start):
        if _GAP.fullmatch(text, match.end(), trigger_start) or match.end() == trigger_start:
            before = match
    after = _AFTER.search(text, trigger_end, min(clause_end, trigger_end + _REACH))
    if after and after.lastgroup == "denied" or before and before.lastgroup == "denied":
        return DENIED
    if before:
        kind = before.lastgroup
        return PLANNED if kind in ("planned", "organise") else ATTEMPTED
    if after or text.startswith(("meeting", "talks"), trigger_start) and _HELD_LATER.match(
            text, trigger_end, clause_end):
        return PLANNED
    return REPORTED
