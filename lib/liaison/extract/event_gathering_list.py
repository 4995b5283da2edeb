"""The further gatherings one "attended" lists, each a summit of its own: "attended the first strategic dialogue
between the CPC and the SPD, the 13th party dialogue between the CPC and the CDU/CSU, as well as the 186th Bergedorf
Round Table"; "attended the X Forum, and the third meeting of the Y Mechanism" (a Xinhua trip summary, a partner
party's paper). The first gathering is the clause's own; each further one opens on an article after a comma, "and" or
"as well as", and names a gathering within its first words ("and the Christian Social Union" names none)."""
from __future__ import annotations

import re

from liaison.extract.triggers import GATHERING_NOUNS

# The verbs of attending whose object may be a list (not "addressed", "hosted": one gathering each)
_ATTENDED = re.compile(r"(?:attend|participat|took part|take part|taking part)", re.I)
_NEXT = re.compile(r",\s+(?:and\s+|as\s+well\s+as\s+)?(?=(?:the|a|an)\s)"
                   r"|\s+(?:and|as\s+well\s+as)\s+(?=(?:the|a|an)\s)")
_GATHERING_HEAD = re.compile(
    rf"(?:the|a|an)\s+(?:[\w’'()/-]+\s+){{0,6}}?(?:(?:{GATHERING_NOUNS})s?|[Mm]eeting\s+of)\b")
_VERB = re.compile(r"\b(?:and\s+)?(?:[a-z]+ed|met|held|gave|made|said|will|was|were)\s")


def further_gatherings(text: str, word: str, trigger_end: int, end: int) -> list[str]:
    """The gatherings listed after the first one an attending clause names, as written (a piece that opens on no
    gathering goes on the name before it); none for another verb."""
    if not _ATTENDED.match(word):
        return []
    if verb := _VERB.search(text, trigger_end, end):  # "..., and the delegation met X": a clause of its own
        end = verb.start()
    spans: list[list[int]] = []
    for sep in _NEXT.finditer(text, trigger_end, end):
        if _GATHERING_HEAD.match(text, sep.end(), end):
            if spans:
                spans[-1][1] = sep.start()
            spans.append([sep.end(), end])
    return [_ARTICLE.sub("", text[start:stop].strip(" ,.;")) for start, stop in spans]


_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
