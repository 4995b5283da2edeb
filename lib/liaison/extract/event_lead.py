"""Attendance read from a report's shape: a report whose headline or lead sentence is about a gathering
("Party leaders gather in Beijing for the CPC-Africa Dialogue"; "The third Forum on ... opened in Nairobi on
Tuesday.") tells, in the sentences after its lead, who was there without naming the gathering again:

- a list of those present ("Attending were A, B and C", "Also present were A and B", "A, B and C were among the
  guests", "Those who took part included A and B"): each person the list names attended it;
- a sentence opening on a person who speaks ("X, secretary general of Y, said ...", "Addressing the participants,
  X said ...", "X told the gathering ..."): the speaker attended it.

Its place is the first the lead gives (its dateline counts) and its day the lead's own, as for a gathering told
with no host (`event_hostless.py`). Never where the lead tells a gathering planned ("will be held", "ahead of"),
one only passed by ("on the sidelines of", a meeting the lead tells), nor a speaker quoted from elsewhere ("said
in a letter (an interview, a statement)", "told reporters", "said last year"), an analyst commenting on it, or one
who stayed away. Tried only
in reports whose headline or lead names a gathering, then in sentences holding a cue word of a list or a speech.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.event_hostless import _STAYED_AWAY, _own_date
from liaison.extract.mentions import Mention
from liaison.extract.triggers import GATHERING_NOUNS

# The headline or lead names a gathering held, opened or under way: a gathering noun of the genre.
# Not a body's name ("National Assembly", "Nepali Congress Party", "African National Congress") nor a press
# conference, where one speaks to reporters.
_GATHERING = re.compile(rf"(?<!National )(?<!Legislative )(?<!People's )(?<!Press )(?<!press )(?<!News )(?<!news )"
                        rf"\b(?:{GATHERING_NOUNS})s?\b(?!\s+(?:Party|party|Youth|Women))")
# ... not one planned or passed by: "will be held", "ahead of the summit", "met on the sidelines of the forum".
_NOT_HELD = re.compile(
    r"\b(?:will|would|to\s+be\s+held|to\s+hold|to\s+host|ahead\s+of|prior\s+to|in\s+preparation|preparatory|upcoming|"
    r"next\s+(?:week|month|year)|plans?\s+to|planned|postponed|cancel+ed|sidelines|on\s+the\s+margins?|met|meets|"
    r"meeting\s+with|talks\s+with|held\s+talks|received|receives|visit(?:s|ed|ing)?|invit\w+|letter|message|"
    r"congratulat\w+|call(?:s|ed)?\s+for)\b", re.IGNORECASE)
# ... for the headline, which often quotes what was said there ("China will ..."): only a gathering to come or
# passed by, a meeting ("X meets Y", not "Parties meet for a forum"), or a congress a delegation is "briefing the"
# public on (a "briefing on the ..." is itself a gathering).
_TITLE_NOT_HELD = re.compile(r"\b(?:to\s+be\s+held|to\s+hold|to\s+host|ahead\s+of|prior\s+to|upcoming|preparatory|"
                             r"postponed|sidelines|on\s+the\s+margins?|invit\w+|(?:meets?|met)(?!\s+(?:for|in|at|to|on|over)\b)|"
                             r"talks|visits?|briefing\s+the)\b", re.IGNORECASE)
# A list told at a meeting, a visit or in a letter is not the gathering's.
_LIST_ELSEWHERE = re.compile(r"\b(?:met|meets|meeting\s+with|talks|visit\w*|received|letter|message|"
                             r"congratulat\w+)\b")
_LEAD_WORDS = 8  # the lead: the body's first sentence of so many words (not a date line under the headline)
_LATER = 8  # how many sentences after the lead may tell who was there

# "Attending were A, B and C", "Also present were A and B", "Present on the occasion were", "Those present
# included", "Participants included", "A, B and C were among the guests", "Among the guests were".
_LISTED = CuedPattern(
    r"\b(?:(?:Also\s+)?(?:[Aa]ttending|[Pp]resent)(?:\s+(?:on|at)\s+the\s+(?:occasion|event|function|ceremony))?"
    r"\s+(?:were|was|are|included)\b|(?:[Tt]hose|[Oo]thers)\s+(?:present|in\s+attendance|who\s+(?:attended|took\s+"
    r"part|participated|spoke|addressed))\s+(?:were|included|include)\b|(?:[Pp]articipants|[Gg]uests|[Ss]peakers|"
    r"[Dd]ignitaries|[Dd]elegates|[Aa]ttendees)\s+(?:also\s+)?(?:were|included|include)\b|\b(?:were|was)\s+(?:also\s+)?"
    r"(?:among\s+(?:the\s+)?(?:guests|participants|speakers|dignitaries|attendees|those\s+present|delegates)|present|"
    r"in\s+attendance)\b|[Aa]mong\s+(?:the\s+)?(?:guests|participants|speakers|dignitaries|attendees|those\s+present|"
    r"those\s+who\s+attended)\s+(?:were|was)\b)",
    ("ttending", "resent", "hose", "thers", "articipants", "uests", "peakers", "ignitaries", "elegates",
     "ttendees", "attendance", "mong"),
)
# A list of people whose own verb is to attend or speak: "A, B and C also spoke at the event", "A and B
# delivered speeches", "A, post, and B, post, were present", "Representatives including A and B took part".
_TOGETHER = CuedPattern(
    r"(?:\band\b|\bincluding\b|\bsuch\s+as\b)[^;]*?\s(?:also\s+|both\s+)?(?:attended|spoke|addressed|"
    r"delivered\s+(?:\w+\s+)?(?:speeches|speech|remarks|addresses)|took\s+part|participated|joined|were\s+(?:also\s+)?"
    r"present|were\s+in\s+attendance|graced)(?=[\s.,])(?!\s+(?:by|with|to\s+(?:reporters|journalists)))",
    ("attended", "spoke", "addressed", "delivered", "took", "participated", "joined", "present", "attendance",
     "graced"),
)
# A speaker the sentence opens on: "X, secretary general of Y, said", "Addressing the participants, X said",
# "Speaking at the opening, X noted", "X told the gathering".
_OPENS = re.compile(r"\s*[\"“]?(?:(?:Addressing|Speaking\s+(?:to|at|during|on)|In\s+(?:his|her)\s+(?:opening\s+|"
                    r"keynote\s+|closing\s+)?(?:remarks|speech|address))[^.;]{0,120}?,\s+)?(?:[A-Z][\w.’'-]*\s+){0,6}$")
_SAYS = CuedPattern(
    r"(?:,[^;.]{1,220}?,)?\s+(?:also\s+|further\s+|then\s+)?(?:said|stressed|noted|emphasi[sz]ed|underlined|"
    r"underscored|pointed\s+out|highlighted|urged|called\s+on|told\s+(?:the\s+)?(?:participants|gathering|audience|"
    r"delegates|forum|meeting|conference|seminar|symposium|congress|summit|dialogue|workshop|attendees))\b",
    ("said", "stressed", "noted", "emphasi", "underlined", "underscored", "pointed", "highlighted", "urged",
     "called", "told"),
)
# A speech given elsewhere or at another time: "said in a statement", "told reporters", "said last year".
_ELSEWHERE = re.compile(
    r"\b(?:in\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+)?(?:letter|interview|statement|message|article|"
    r"op-ed|press\s+release|tweet|post|editorial|telephone|phone\s+call|video\s+message|written)|told\s+(?:reporters|"
    r"journalists|the\s+media|the\s+press|Xinhua|[A-Z]\w+\s+(?:News|Times|Post|Daily))|said\s+(?:last|earlier|"
    r"previously|in\s+(?:19|20)\d\d)|in\s+an?\s+(?:email|e-mail)|later\s+told|according\s+to)\b")

# One who comments on the gathering from outside: "X, a political analyst at the University of Nairobi, said".
_COMMENTATOR = re.compile(r"\b(?:analysts?|observers?|commentators?|experts?|pundits?|columnists?|journalists?|"
                          r"correspondents?)\b", re.IGNORECASE)


def _lead(text: str, views: list[SentenceView]) -> tuple[int, SentenceView] | None:
    """The lead sentence (its index) of a report whose headline or lead names a gathering told held, else None."""
    if not views:
        return None
    title = text[:views[0].sentence.start]
    for at, view in enumerate(views[:3]):
        lead = view.sentence.text
        if len(lead.split()) < _LEAD_WORDS:
            continue
        named = _GATHERING.search(lead) or _GATHERING.search(title)
        if named is None or _NOT_HELD.search(lead) or _TITLE_NOT_HELD.search(title):
            return None
        return at, view
    return None


def lead_attendees(text: str, views: list[SentenceView]) -> Iterator[
        tuple[Mention, SentenceView, list[str], DateMention | None]]:
    """(attendee, the sentence naming them, the gathering's places, the lead's own date) for each person listed
    present, or opening a sentence by speaking, in the sentences after the lead of a report about a gathering."""
    found = _lead(text, views)
    if found is None:
        return
    at, lead = found
    places = [m.iso3 for m in lead.mentions if m.kind == "place" and m.iso3][:1]
    when = _own_date(text, lead, lead.sentence.end)
    for later in views[at + 1:at + 1 + _LATER]:
        start, end = later.sentence.start, later.sentence.end
        if not later.people:
            continue
        if _LISTED.search(text, start, end) is not None or (len(later.people) > 1 and _TOGETHER.search(
                text, start, end) is not None):
            if _LIST_ELSEWHERE.search(later.sentence.text):
                continue
            for person in later.people:
                yield person, later, places, when
            continue
        first = later.people[0]
        if _OPENS.match(text, start, first.start) and (says := _SAYS.match(text, first.end, end)) and not (
                _ELSEWHERE.search(text, first.end, end) or _STAYED_AWAY.search(text, first.end, end) or
                _COMMENTATOR.search(text, start, says.end())):
            yield first, later, places, when
