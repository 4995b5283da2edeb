"""Attendance read from a report's shape: a report whose headline (the loader's title: a sidecar's, else the
headline line it found) or lead sentence tells a gathering held ("Party leaders gather in Beijing for the CPC-Africa
Dialogue"; "The third Forum on ... opened in Nairobi on Tuesday.") tells, in the sentences after its lead, who was
there without naming the gathering again:

- a list of those present ("Attending were A, B and C", "Also present were A and B", "A, B and C were among the
  guests", "Those who took part included A and B"), or several people whose own verb is to attend or speak, with
  no object or the gathering as its object ("A, B and C also spoke at the event"; not "joined the opposition"):
  each person the list names attended it;
- a sentence opening on a person who speaks ("X, secretary general of Y, said ...", "Addressing the participants,
  X said ...", "X told the gathering ..."): the speaker attended it.

The headline tells the gathering held by a verb next to its noun (opened, was held, kicked off, closed, took place,
gathered for/in, attended, hosted by), the lead tells it so or names it; not a treaty ("Convention on"), a frame
("under the framework of"), elections, a body named with a country's or a party's word ("U.S. Congress", "Nepali
Congress"), one planned ("will be held", "to open", "opens ... on Tuesday", "ahead of"), passed by ("on the
sidelines of", a meeting the lead tells, one briefing others: "delegation briefing the ...", "briefed X on"), nor a
press briefing or a lead naming two gatherings. Its place is the one after "in"/"at" next to that verb, else the
dateline's, else the first the lead names; held online (the online word next to its verb or noun, not "virtually
all"; not hybrid), none and the mode "virtual"; its day the lead's own (`event_hostless.own_date`). The sentences
read end at the first one telling a meeting or a visit, a list told elsewhere, a year, or an earlier gathering ("a
year ago", "at that dialogue"). Not a speaker quoted from elsewhere ("said in a letter (an interview, a statement)",
"told reporters", "at a press conference", "on television", "Speaking at a separate event"), nor one whose sentence
has its own place or day, an analyst commenting on it, or one who stayed away. Tried only in reports whose headline
or lead names a gathering held, then in sentences holding a cue word of a list or a speech.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.event_hostless import STAYED_AWAY, own_date
from liaison.extract.event_setting import IN_AT, LEAD_IN
from liaison.extract.mentions import Mention
from liaison.extract.triggers import ANY_GATHERING, GATHERING_NOUNS, LOWER_GATHERING_NOUNS

# A gathering noun of the genre, not a body's name ("National Assembly", "People's Congress", "Nepali Congress
# Party", "U.S. Congress", "All Progressives Congress") nor a press conference, a treaty ("Convention on the Law of
# the Sea"), a frame ("under the framework of the Forum on ...") or elections; "National Congress of the CPC" is one.
# (The word boundary first: the engine tries the look-behinds only where a word starts.)
_NOUN = (rf"\b(?<!Legislative )(?<!People's )(?<!Press )(?<!press )(?<!News )(?<!news )(?<!framework of the )"
         rf"(?<!framework of )(?<!U\.S\. )(?<!US )(?<!U\.S\.\s)(?<!Media )(?<!media )(?<![Rr]egular )(?<![Dd]aily )"
         rf"(?<![Ww]eekly )(?<!spokesperson's )(?:{GATHERING_NOUNS})s?\b"
         r"(?!\s+(?:Party|party|Youth|Women|elections?|polls?|on\s+the\s+(?:Law|Rights|Elimination|Prohibition)))"
         r"(?!(?<=briefing)\s+(?:by\s+(?:[\w.'’-]+\s+){0,5}?[Ss]pokes|the\b|an?\b|his\b|her\b|their\b|its\b|"
         r"reporters\b|journalists\b))")
_GATHERING = re.compile(_NOUN)
# A National Congress only of a party ("the 20th National Congress of the CPC"); a Congress named by a capitalised
# word before it, unless a party's ("Party Congress") or an ordinal's ("20th Congress"), is a body.
_BODY = re.compile(r"(?:National\s+(?:Congress|Assembly)(?!\s+of\s+the\s+(?:Communist|CPC|Party|[A-Z]\w*\s+Party))|"
                   r"(?<!Party )(?<!\d)(?<!\dth )(?<!\dst )(?<!\dnd )(?<!\drd )\b[A-Z][\w.-]+\s+Congress(?!\s+of\b))")
# ... told held: a verb of being held next to the noun ("opened", "was held", "kicked off", "took place",
# "gathered in ... for", "attended", "hosted by").
_HELD_VERB = (r"(?:opens?|opened|(?:is|was|were|are|being|been)\s+held|held|kick(?:s|ed)?\s+off|clos(?:es|ed)|"
              r"conclud(?:es|ed)|convened?|convenes|t(?:akes|ook)\s+place|began|begins|get\s+under\s?way|"
              r"got\s+under\s?way|under\s?way|end(?:s|ed)|wrap(?:s|ped)\s+up|(?:was|were)\s+attended|"
              r"(?:co-)?(?:hosted|organi[sz]ed|sponsored)\s+by)")
_HELD = re.compile(
    rf"{_NOUN}(?:\s+[^\s.;]+){{0,10}}?\s+{_HELD_VERB}\b|"
    rf"\b(?:gather(?:s|ed)?|meet|convene[sd]?|attend(?:s|ed|ing)?|(?:co-)?host(?:s|ed)|hold(?:s)?|held|opened|"
    rf"address(?:es|ed)?|participat(?:es|ed)\s+in|t(?:akes|ook)\s+part\s+in|spo(?:ke|ken)\s+at|speaks\s+at|"
    rf"(?:speech|remarks|address)\s+at|inaugurated|launched|joined|at|during)\s+(?:[^\s.;]+\s+){{0,10}}?{_NOUN}")
# What tells a gathering planned, passed by or another act (said once; the lead reads all, the headline, which
# often quotes what was said there, "China will ...", no "will", and meets only as "X meets Y", not "Parties meet
# for a forum"; a list in a sentence holding a meeting's word is told elsewhere).
_PLANNED = (r"to\s+be\s+held|to\s+(?:hold|host|open|start|begin|kick\s+off|convene)|ahead\s+of|prior\s+to|upcoming|"
            r"preparatory|in\s+preparation|next\s+(?:week|month|year)|postponed|cancel+ed|sidelines|on\s+the\s+margins?|"
            r"invit\w+")
# One briefing others, a verb with its object or "on" ("delegation briefing the achievements of ...", "briefed
# the diplomats on ...", "was briefed on"): an act told, as a meeting is, not a gathering; "briefing on" after an
# article or a word before it is the noun ("a thematic briefing on the plenum").
_BRIEFS = (r"brief(?:s|ed|ing)\s+(?!the\s+(?:press|media)\b)(?:the|an?|his|her|their|its|visiting|foreign|diplomats|"
           r"envoys|ambassadors|officials|representatives|members)|briefed(?!\s+(?:the\s+)?(?:reporters|journalists|"
           r"media|press)\b)|(?:^|[,;]\s*|who\s+|which\s+|delegation\s+|team\s+)briefing\s+on|to\s+brief")
_MEETING = (rf"met|meets|meeting\s+with|talks|held\s+talks|received|receives|visit(?:s|ed|ing)?|letter|message|"
            rf"congratulat\w+|{_BRIEFS}")
_NOT_HELD = re.compile(rf"\b(?:{_PLANNED}|{_MEETING}|will|would|plans?\s+to|planned|call(?:s|ed)?\s+for)\b|"
                       r"\bopens\b[^.;]{0,80}\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.IGNORECASE)
_TITLE_NOT_HELD = re.compile(rf"\b(?:{_PLANNED}|(?:meets?|met)(?!\s+(?:for|in|at|to|on|over)\b)|talks|visits?|"
                             rf"{_BRIEFS})\b", re.IGNORECASE)
_LIST_ELSEWHERE = re.compile(rf"\b(?:{_MEETING})\b")
# Held online: the online word next to the verb telling it held or to the gathering's noun ("held online", "opened
# virtually", "the forum, via video link", "an online seminar"), a webinar or a video conference; not an online
# word told of something else ("virtually all parties", "sessions also streamed online"), nor a hybrid one ("both
# online and in person", "online and offline", "in a hybrid format"), which has a room.
_ONLINE_WORD = (r"(?:online|virtually(?!\s+(?:all|every|no|none|any|each|the\s+(?:entire|whole|same))\b)|"
                r"(?:via|by|through)\s+(?:a\s+)?video(?:\s+link)?|in\s+(?:a\s+)?virtual\s+format)")
_ONLINE = re.compile(
    rf"\b(?:videoconferenc\w*|video\s+conferenc\w*|webinars?|(?:Zoom|Teams)\s+(?:call|meeting)|"
    rf"(?:online|virtual|video)\s+(?:[\w-]+\s+){{0,2}}?(?:{ANY_GATHERING}|session)s?\b|"
    rf"(?:{_HELD_VERB}|{GATHERING_NOUNS}|gather(?:s|ed)?|met|meet|attend(?:s|ed)?|joined|participated|took\s+part|"
    rf"spoke|addressed)\s*,?\s+(?:[\w-]+\s+){{0,3}}?{_ONLINE_WORD}\b)", re.IGNORECASE)
_HYBRID = re.compile(r"\b(?:hybrid|in\s+person|in-person|offline|on-site|onsite|physically)\b", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")
_LEAD_WORDS = 8  # the lead: the body's first sentence of so many words (not a date line under the headline)
_LATER = 8  # how many sentences after the lead may tell who was there
# The window ends at a sentence telling a meeting, a visit, a year or an earlier gathering: "On the same day, A
# told visiting B", "Later on Wednesday, A met with B", "A year ago, the first dialogue was held in Pretoria".
_BREAK = re.compile(rf"\b(?:met|meets|meeting\s+with|(?:held|holds)\s+talks|talks\s+with|received|receives|"
                    rf"visit(?:s|ed|ing)?|paid\s+a\s+visit|told\s+visiting|(?:19|20)\d\d|[Aa]\s+year\s+ago|[Ll]ast\s+year|"
                    rf"[Ee]arlier\s+this|[Pp]revious|[Aa]t\s+that\s+(?:{ANY_GATHERING}))\b")

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
    rf"delegates|attendees|meeting|{LOWER_GATHERING_NOUNS}))\b",
    ("said", "stressed", "noted", "emphasi", "underlined", "underscored", "pointed", "highlighted", "urged",
     "called", "told"),
)
# A speech given elsewhere or at another time: "said in a statement", "told reporters", "said last year".
_ELSEWHERE = re.compile(
    r"\b(?:in\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+)?(?:letter|interview|statement|message|article|"
    r"op-ed|press\s+release|tweet|post|editorial|telephone|phone\s+call|video\s+message|written)|told\s+(?:reporters|"
    r"journalists|the\s+media|the\s+press|Xinhua|[A-Z]\w+\s+(?:News|Times|Post|Daily))|said\s+(?:last|earlier|"
    r"previously|in\s+(?:19|20)\d\d)|in\s+an?\s+(?:email|e-mail)|later\s+told|according\s+to|(?:press|news)\s+"
    r"(?:briefing|conference)|to\s+(?:reporters|journalists|the\s+media|the\s+press)|on\s+(?:X|Twitter|Facebook|"
    r"social\s+media|(?:national\s+|state\s+)?(?:television|TV|radio))|(?:at|to)\s+(?:a|an)\s+separate|at\s+another)\b")
# "Speaking at/to ..." whose object is the gathering ("Speaking at the opening ceremony", "Speaking to the
# delegates"), not another ("Speaking at a press conference after the opening").
_SPEAKING_THERE = re.compile(rf"\s*[\"“]?(?!Speaking\b)|\s*[\"“]?Speaking\s+(?:at|to|during|on)\s+the\s+"
                             rf"(?:[\w-]+\s+){{0,3}}?(?:{GATHERING_NOUNS}|event|opening|ceremony|occasion|participants|delegates|"
                             r"audience|gathering|session)s?\s*,")

# One who comments on the gathering from outside: "X, a political analyst at the University of Nairobi, said".
_COMMENTATOR = re.compile(r"\b(?:analysts?|observers?|commentators?|experts?|pundits?|columnists?|journalists?|"
                          r"correspondents?)\b", re.IGNORECASE)


def _held(passage: str) -> re.Match | None:
    """Where the passage tells a gathering held, unless it names two ("The Belt and Road Forum opened ..., a week
    after the China-Arab States Summit closed in Riyadh") or the noun is a body's name."""
    held = [m for m in _HELD.finditer(passage) if not any(
        b.start() <= n.start() < b.end() for n in _GATHERING.finditer(passage, m.start(), m.end())
        for b in _BODY.finditer(passage, max(0, n.start() - 40), n.end() + 40))]
    nouns = {n.group().lower().rstrip("s") for m in held for n in _GATHERING.finditer(passage, m.start(), m.end())}
    return held[0] if held and len(nouns) == 1 else None


def _named(passage: str) -> bool:
    """The passage names a gathering noun that is no body's name ("the forum", not "the Nepali Congress")."""
    return any(not any(b.start() <= n.start() < b.end() for b in _BODY.finditer(
        passage, max(0, n.start() - 40), n.end() + 40)) for n in _GATHERING.finditer(passage))


def _lead(views: list[SentenceView], headline: str) -> tuple[int, SentenceView, re.Match | None] | None:
    """The lead sentence (its index) of a report whose headline (the loader's title) tells a gathering held or
    whose lead names one, and where its lead tells it held (None when it only names it), else None."""
    if not views:
        return None
    title = headline if len(headline) < 160 and not _CJK.search(headline) else ""
    for at, view in enumerate(views[:3]):
        lead = view.sentence.text
        if len(lead.split()) < _LEAD_WORDS:
            continue
        if _CJK.search(lead) or _NOT_HELD.search(lead) or _TITLE_NOT_HELD.search(title):
            return None
        held = _held(lead)
        if held is None and (_HELD.search(lead) or (_held(title) is None and not _named(lead))):
            return None  # two gatherings (or a body) told held in the lead, or none named in it nor held above it
        return at, view, held
    return None


def _where(text: str, lead: SentenceView, held: re.Match | None) -> list[str]:
    """The gathering's place: the one after "in"/"at" next to the verb telling it held, else the dateline's, else
    the first the lead names."""
    places = [m for m in lead.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"]
    if held is not None:
        verb_start, verb_end = lead.sentence.start + held.start(), lead.sentence.start + held.end()
        near = [m for m in places if verb_start <= m.start <= verb_end + 60 and re.search(
            r"\b(?:in|at)\s+(?:the\s+)?(?:\w+\s+)?$", text[max(0, m.start - 30):m.start])]
        if near:
            return [near[0].iso3]
    dateline = LEAD_IN.match(text, lead.sentence.start, lead.sentence.end)
    if dateline is not None and dateline.end() > lead.sentence.start:
        inside = [m for m in places if m.end <= dateline.end()]
        if inside:
            return [inside[0].iso3]
    return [m.iso3 for m in lead.mentions if m.kind == "place" and m.iso3][:1]


def _elsewhere(text: str, later: SentenceView, lead_dates: set[str], where: tuple[list[str], set[str]],
               end: int) -> bool:
    """The sentence, up to `end`, has its own day ("on Thursday" after a Wednesday lead, "in March", a year) or,
    when `where` gives the gathering's countries and the lead's place names, its own place after "in"/"at": another
    country, or another town ("in Mombasa" after a Nairobi lead; not "the ambassador in Kenya")."""
    if any(d.text.lower() not in lead_dates for d in later.dates if d.start < end):
        return True
    countries, names = where
    return bool(names) and any(m.kind == "place" and m.start < end and m.text not in names and (
        m.iso3 not in countries or m.place_kind in ("city", "capital", "province", "venue")) and IN_AT.search(
        text, max(later.sentence.start, m.start - 4), m.start) for m in later.mentions)


def _object_there(text: str, at: int) -> bool:
    """The attending or speaking verb ending at `at` has no object, or the gathering as its object."""
    return _THERE.match(text, at) is not None


_THE_GATHERING = rf"{ANY_GATHERING}|opening|ceremony|occasion|session|gathering"  # by any word for it
_THERE = re.compile(rf"\s*(?:[.,;:]|$|and\b|also\b|as\b|in\b|on\b|during\b|via\b|at\s+the\s+(?:[\w’'-]+\s+){{0,3}}?"
                    rf"(?:{_THE_GATHERING})|(?:the\s+)?"
                    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_THE_GATHERING}|discussions?|deliberations|debate)s?\b)")


def lead_attendees(text: str, views: list[SentenceView], headline: str = "") -> Iterator[
        tuple[Mention, SentenceView, list[str], DateMention | None, str]]:
    """(attendee, the sentence naming them, the gathering's places, the lead's own date, its mode: "virtual" when
    held online, else "" for the sentence to tell) for each person listed present, or opening a sentence by
    speaking, in the sentences after the lead of a report about a gathering; `headline` is the report's title."""
    found = _lead(views, headline)
    if found is None:
        return
    at, lead, held = found
    online = bool(_ONLINE.search(lead.sentence.text) or _ONLINE.search(headline)) and not (
        _HYBRID.search(lead.sentence.text) or _HYBRID.search(headline))
    places, mode = ([], "virtual") if online else (_where(text, lead, held), "")
    when = own_date(text, lead, lead.sentence.end)
    lead_dates = {d.text.lower() for d in lead.dates}
    lead_places = {m.text for m in lead.mentions if m.kind == "place"}
    for later in views[at + 1:at + 1 + _LATER]:
        start, end = later.sentence.start, later.sentence.end
        if _BREAK.search(later.sentence.text):
            return  # a meeting, a visit, another year or an earlier gathering: what follows is not the lead's
        if not later.people:
            continue
        together = _TOGETHER.search(text, start, end) if len(later.people) > 1 else None
        if _LISTED.search(text, start, end) is not None or (together is not None and _object_there(
                text, together.end())):
            if _LIST_ELSEWHERE.search(later.sentence.text) or _elsewhere(text, later, lead_dates, ([], set()), end):
                return  # a list told at a meeting, a visit or in a letter, or on another day: what follows is too
            for person in later.people:
                yield person, later, places, when, mode
            continue
        first = later.people[0]
        if _OPENS.match(text, start, first.start) and _SPEAKING_THERE.match(text, start) and (
                says := _SAYS.match(text, first.end, end)) and not (
                _ELSEWHERE.search(text, start, end) or STAYED_AWAY.search(text, first.end, end) or
                _COMMENTATOR.search(text, start, says.end()) or _elsewhere(
                    text, later, lead_dates, (places, lead_places), min(end, says.end() + 80))):
            yield first, later, places, when, mode
