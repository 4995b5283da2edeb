"""English clause readings that events.py applies before and after its trigger: a ", where"
clause after a trip is the trip's own event; a trigger that points back at an event told
already, or a feeling about one, tells of none; a "visiting" participant is abroad where the
dateline is. Each rule is one pattern, tried only where its cue word is."""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.event_sides import AND_TITLED, joined_pair
from liaison.extract.mentions import Mention
from liaison.extract.triggers import GATHERING_NOUNS, PAIR_TALKS, find_trigger

# "led a delegation to Uganda from Nov 22 to 24, where he met with X": the meeting is a clause
# of its own, on the trip the clause before tells.
_WHERE = CuedPattern(r",\s+(?:where|during which)\s+", ("where", "during which"))
# "After the meeting, Zhou and Chea Sim attended ...": the meeting named before, not a new one.
_BACK_REFERENCE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Dd]uring|[Aa]t|[Ii]n)\s+(?:the|these|those)\s+$")
# "at the meeting of A with B": a meeting that names its sides is told here, not pointed back to.
_OF_WITH = re.compile(r"\s+of\s+(?=[^,;.]{0,200}?\bwith\b)")
# "who was delighted to meet the Secretary General": a feeling about the meeting the report told.
_FEELING = re.compile(r"\b(?:delighted|pleased|happy|glad|honou?red|excited|thrilled)\s+to\s+$")
# "the 19th Summit of the Non-Aligned Movement ... to be hosted by Uganda": a gathering hosted, no meeting.
_GATHERING_HOSTED = re.compile(
    rf"\b(?:{GATHERING_NOUNS})\b[^,.;]{{0,80}}?\b(?:to be|will be|was|were|is|are|being|been)\s+$"
)
# "During his visit, Losang also inspected ...": the trip told already, named by no place.
_DURING_OWN = re.compile(r"\b(?:[Dd]uring|[Oo]n|[Aa]fter|[Ii]n the course of)\s+(?:his|her|their|its|the|this)\s+"
                         r"(?:[\w-]+\s+){0,2}$")
# "hoped that Liu would visit", not "looks forward to closer ties as he met X": the hope's clause
# ends at a conjunction that opens a clause of its own.
_HOPE = re.compile(r"\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|look(?:s|ed)? forward to)\b"
                   r"(?:(?!\b(?:as|when|while|after|before|and then|but)\s)[^.;:,]){0,80}$")
_NO_PLACE = re.compile(r"\s*,")
# "the first African head of state China received": a country receives, no one meets.
_HOSTING_WORDS = ("received", "receives", "hosted", "welcomed")
_PAST = re.compile(r"[\s,]*")
# ... "A and the party's school department chief B": a title of lower-case words after "the"
_ATTENDEE_GAP = re.compile(rf"(?:,[^,;.]{{0,160}}?)?,?\s+and\s+(?:[A-Z][\w.-]*\s+){{0,5}}|{AND_TITLED}|"
                           r",?\s+and\s+the\s+(?:[\w’'.-]+\s+){1,6}")
# ... "A and B, among others, will take part in the video conference": a plan's modal before the verb
_ATTENDEE_TAIL = re.compile(r"(?:,[^;.]{0,160}?)?\s+(?:(?:will|shall|are\s+(?:expected|scheduled|set|due)\s+to)\s+)?"
                            r"(?:also\s+)?")
# "visiting CPC senior official Zhou Yongkang": the participant a report calls visiting.
# Not "met students visiting the museum and X": "visiting" before an article is a verb, and a chain
# with "and" in it joins another participant.
# "Visiting Vice Minister of the International Department of Communist Party of China (CPC) Guo Yezhou":
# past a title chain of capitalised words; not an academic post ("Visiting Research Fellow of Peking University").
_VISITING = CuedPattern(r"\bvisiting\s+(?!(?:the|a|an)\s)(?:(?!and\s)[\w’'-]+\s+){0,6}$"
                        r"|\b[Vv]isiting\s+(?!(?:(?:Senior|Research|Associate|Assistant)\s+)?(?:Professor|Fellow|"
                        r"Scholar|Researcher|Lecturer|Research|Scientist)\b)(?:(?:\(?[A-Z][\w’'()-]*|of|the|for)\s+){1,12}$",
                        ("isiting",))
# "received a visiting delegation of the ... Commission of the CPC Central Committee, headed by its
# Vice Secretary Yang Chunlei": the visiting delegation's leader is the visitor.
_VISITING_LED = CuedPattern(
    r"\bvisiting\s+(?:[\w-]+\s+){0,2}(?:delegation|group|team|mission)\b[^.;]{0,200}?\b(?:led|headed)\s+by\s+(?:[\w’'-]+\s+){0,5}$",
    ("visiting",),
)


def split_where(text: str, parts: list) -> list:
    """Clauses, with each one that tells a trip and then, after ", where", an event on it cut in two."""
    out = []
    for start, end, subject in parts:
        where = _WHERE.search(text, start, end)
        if where and (first := find_trigger(text[start:where.start()])) and first[0] == "visit" and \
                find_trigger(text[where.end():end]):
            out += [(start, where.start(), subject), (where.end(), end, subject)]
        else:
            out.append((start, end, subject))
    return out


def first_trigger(text: str, view: SentenceView, start: int, end: int) -> tuple[str, re.Match, int] | None:
    """The clause's trigger as (kind, match, offset the match counts from), past any that points back."""
    offset = start
    while found := find_trigger(text[offset:end]):
        if not points_back(text, view, found[0], found[1], offset):
            return found[0], found[1], offset
        offset += found[1].end()
        offset = past.end() if (past := _PAST.match(text, offset)) else offset
    return None


def attendee(text: str, view: SentenceView, actor, start: int, trigger_at: int):
    """The second of two people a gathering's subject joins, each with a title: "A, member of X,
    and B, First Vice President of Y, attended and addressed the event"."""
    people = [m for m in view.free_mentions if m.kind == "person" and m.entity_id and start <= m.start < trigger_at]
    if len(people) != 2 or people[0] is not actor or not _ATTENDEE_GAP.fullmatch(text, people[0].end, people[1].start) \
            or not _ATTENDEE_TAIL.fullmatch(text, people[1].end, trigger_at):
        return None
    return people[1]


# "The CPC-ASEAN Forum opened in Jakarta on Tuesday, with X, deputy head of ..., delivering a keynote speech": X.
# "The dialogue was held here on Thursday, attended by X and leaders of ...": X.
_WITH_SPEAKER = CuedPattern(r",\s+(?:with\s+(?=[A-Z])|(?P<by>attended\s+by\s+))", ("with", "attended by"))
# ... "with X, vice minister of ..., in attendance": X attends it too
_SPEAKING = re.compile(
    r"[^.;]{0,160}?\b(?:delivering|addressing|attending|presiding|giving|chairing|in\s+attendance)\b")


def gathering_speaker(text: str, view: SentenceView, trigger_end: int, end: int) -> Mention | None:
    """The person a gathering's clause gives as speaking at it after ", with", when its subject is the gathering."""
    if not (with_ := _WITH_SPEAKER.search(text, trigger_end, end)):
        return None
    person = next((m for m in view.free_mentions if m.kind == "person" and m.entity_id and m.start == with_.end()),
                  None)
    return person if person and (with_.group("by") or _SPEAKING.match(text, person.end, view.sentence.end)) else None


# "will lead a delegation to attend the 20th Congress of the CPI(M) in Kannur": the leader's gathering too.
# ... "is leading a delegation to come to attend the 18th congress", "to travel to Athens to attend"
_TO_ATTEND = CuedPattern(rf"\s+to\s+(?:(?:come|travel|go|fly)\s+(?:(?:to|here|there)\s+)?(?:[A-Z][\w’'-]+\s+){{0,2}}"
                         rf"(?:to\s+)?)?(?:attend|participate\s+in|take\s+part\s+in)\s+(?P<gathering>(?:the|a|an)\s+"
                         rf"(?:[\w’'()-]+\s+){{0,6}}?(?:{GATHERING_NOUNS})(?:\s+of\s+(?:the\s+)?[A-Z][^,;.]{{0,80}}?)?)"
                         rf"(?=\s+(?:in|on|at|from|held|and)\b|[,.;]|$)", ("attend", "participate", "take part"))


# "came to Vientiane to attend the congress", "was in Beijing to attend the forum": a trip's place, then its purpose.
_TRIP_PLACE = re.compile(r"\s*(?:(?:in|to|at)\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")
_TRIP_WORDS = ("came to", "went to", "travelled to", "traveled to", "arrived in", "arrived here", "was in", "were in",
               "is in", "are in", "has been in", "have been in", "flew to", "headed to")


# ... "is in Cambodia for a working visit and to attend the forum": the visit, then its purpose.
_AND_VISIT = re.compile(r"\s+(?:for|on)\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?visit\s+and(?=\s+to\s)")


# "met with X, ..., and led the delegation to attend the symposium on ...": a gathering joined to a meeting's clause.
_AND_LED = CuedPattern(r",?\s+and\s+(?:also\s+)?(?:led|headed)\s+(?:the|a|an|his|her|its)\s+(?:[\w’'-]+\s+){0,3}"
                       r"delegation(?=\s+to\s)", ("led", "headed"))


def joined_gathering(text: str, trigger_end: int, end: int) -> str:
    """The gathering a meeting's doer also "led the delegation to attend", told in the meeting's clause; "" if none."""
    led = _AND_LED.search(text, trigger_end, end)
    attend = _TO_ATTEND.match(text, led.end(), end) if led else None
    return attend.group("gathering") if attend else ""


def delegation_gathering(text: str, word: str, trigger_at: int, end: int) -> str:
    """The gathering a delegation is led "to attend", or a trip's traveller came "to attend", told in the visit's
    own clause; "" if none."""
    at = trigger_at + len(word)
    if "delegation" not in word:
        if not word.startswith(_TRIP_WORDS) or not (place := _TRIP_PLACE.match(text, at, end)):
            return ""
        at = (visit.end() if (visit := _AND_VISIT.match(text, place.end(), end)) else place.end())
    attend = _TO_ATTEND.match(text, at, end)
    return attend.group("gathering") if attend else ""


def points_back(text: str, view: SentenceView, kind: str, trigger: re.Match, start: int) -> bool:
    """Whether a trigger tells of no event of its own: "during his visit," "after the meeting",
    "delighted to meet", a summit "to be hosted by", what a country "received", a hope."""
    trigger_at, word = start + trigger.start(), trigger.group(0)
    if _HOPE.search(text, max(start, trigger_at - 100), trigger_at):
        return True  # "expressed his hope that Liu would visit Cambodia again": a wish, not a plan
    if kind == "visit":
        return word in ("visit", "trip", "tour") and bool(_NO_PLACE.match(text, start + trigger.end())) and bool(
            _DURING_OWN.search(text, max(start, trigger_at - 40), trigger_at))
    if kind != "meeting":
        return False
    if PAIR_TALKS.match(text, trigger_at) and not joined_pair(text, view.free_mentions, trigger_at):
        return True  # "The two sides discussed ...", "they held discussions": no pair named before the verb
    if word in _HOSTING_WORDS and any(m.kind == "place" and m.place_kind != "demonym" and 0 < trigger_at - m.end < 3
                                      and "," not in text[m.end:trigger_at] for m in view.mentions):
        return True  # not "X, Prime Minister of Peru, received Y": the post's country closes an appositive
    if word.startswith("meeting") and _BACK_REFERENCE.search(text, max(start, trigger_at - 20), trigger_at) and \
            not _OF_WITH.match(text, start + trigger.end()):
        return True
    if word == "meet" and _FEELING.search(text, max(start, trigger_at - 20), trigger_at):
        # "happy to meet X again in Hanoi on Friday": a feeling that tells its meeting's day or place tells it
        return not any(trigger_at < m.start for m in view.dates) and not any(
            trigger_at < m.start and m.kind == "place" and m.place_kind != "demonym" for m in view.mentions)
    return word == "hosted" and bool(_GATHERING_HOSTED.search(text, max(start, trigger_at - 100), trigger_at))


def visiting_side(text: str, sides, start: int) -> Mention | None:
    """The participant the clause calls visiting ("visiting CPC senior official Zhou Yongkang",
    "met the visiting Li"), or None."""
    for side in sides:
        if isinstance(side, Mention) and side.start > start and (
                _VISITING.search(text, max(start, side.start - 120), side.start)
                or _VISITING_LED.search(text, max(start, side.start - 280), side.start)):
            return side
    return None


# KCNA's receptions: "The WPK Central Committee gave a reception ... in honour of the delegation",
# "A reception was given for the visiting delegation": the hosts meet their guests.
RECEPTION = CuedPattern(
    r"\b(?:gave|given|gives|hosted|hosts|arranged|held|threw)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:reception|banquet)\b"
    r"(?=[^.;]{0,120}?\b(?:in\s+hono(?:u)?r\s+of|for)\s+(?:the\s+visiting\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}"
    r"delegation\b|[A-Z]))"
    r"|\b(?:reception|banquet)\s+(?:was|were)\s+(?:given|hosted|arranged|held)\b"
    r"(?=[^.;]{0,120}?\b(?:in\s+hono(?:u)?r\s+of|for)\s+(?:the\s+visiting\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}"
    r"delegation\b|[A-Z]))",
    ("reception", "banquet"),
)
# "in honour of X", "for the visiting X", "for Vice Minister X", "for the delegation": not "for the Spring Festival".
_HONOURED = re.compile(r"\b(?:in\s+hono(?:u)?r\s+of\s+|for\s+(?=the\s+visiting\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}"
                       r"delegation\b|[A-Z]))(?:(?:the|a|an)\s+)?(?:visiting\s+)?")
# The title a guest's name may follow: "Vice Minister of the International Department".
_GUEST_TITLE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,8}")
_DELEGATION_NEXT = re.compile(r"(?:[\w-]+\s+){0,3}delegation\b")
# "Present there were Choe Ryong Hae, ...", "Attending it were ...": the hosts, not the guests
# ("Present there on invitation were members of the delegation").
_PRESENT = re.compile(
    r"\s*(?:Present|Attending)\s+(?:(?:there|it|at the reception|on the occasion)\s+)?(?:were|was)\s+"
)
# ... which may come after the guests' own sentence, "Present there on invitation were ...".
_GUESTS_PRESENT = re.compile(r"\s*(?:Present|Attending)\s+(?:there\s+|it\s+)?on\s+invitation\b")


def reception_hosts(text: str, views: list[SentenceView]) -> dict[int, Mention]:
    """By the start of a reception's sentence, the first person the "Present there were ..."
    sentence right after it names (past the guests' "Present there on invitation were ..."):
    who hosts a reception whose own sentence names no one."""
    out = {}
    for at, view in enumerate(views):
        if not RECEPTION.search(text, view.sentence.start, view.sentence.end):
            continue
        for after in views[at + 1:at + 3]:
            if _PRESENT.match(text, after.sentence.start):
                if first := next((m for m in after.people if m.entity_id), None):
                    out[view.sentence.start] = first
                break
            if not _GUESTS_PRESENT.match(text, after.sentence.start):
                break
    return out


def reception_sides(text: str, view: SentenceView, actor, leader, host, span: tuple[int, int, int]):
    """(host, guest) of a reception: its subject, else the person "Present there were" names;
    the guest the one "in honour of" whom it is given, a delegation standing for its leader."""
    trigger_at, trigger_end, end = span
    honoured = _HONOURED.search(text, trigger_end, end)
    if honoured is None:
        return None, None
    named = next((m for m in view.people if m.entity_id and honoured.end() <= m.start < end and
                  _GUEST_TITLE.fullmatch(text, honoured.end(), m.start)), None)  # "in honour of Vice Minister Li Jun"
    guest = leader if leader and _DELEGATION_NEXT.match(text, honoured.end()) else named
    before = actor if getattr(actor, "end", trigger_at + 1) <= trigger_at else None
    person = before if before is not None and before.kind == "person" else None
    return person or host or before, guest


# "X said the students will study Chinese, visit factories and attend the seminar", "X invited President Y to visit
# China and attend the Forum": a bare infinitive joined by "and" after a reporting or inviting verb is the reported
# one's act (or an invitation's), not the speaker's. Not "X said he will visit China and attend the forum".
_REPORTING = CuedPattern(
    r"\b(?:said|says|told|stated|announced|noted|added|invited|invites|urged|asked|encouraged)\s+"
    r"(?!(?:(?:reporters|journalists|the\s+(?:media|press))\s+)?(?:that\s+)?(?:he|she)\b)[^.;]*$",
    ("said", "says", "told", "stated", "announced", "noted", "added", "invite", "urged", "asked", "encouraged"),
)
_BARE_VERB = re.compile(r"\s*(?:also\s+)?(?:attend|visit|meet|hold|tour|participate|take\s+part|pay|call\s+on|sign|"
                        r"join|address|co-chair|inspect|travel)\b")


def reported_infinitive(text: str, view: SentenceView, clause_start: int, joined: bool) -> bool:
    """Whether a clause joined by "and" opens on a bare infinitive that a reporting or inviting verb before it in
    its sentence governs: no act of the sentence's subject."""
    return joined and bool(_BARE_VERB.match(text, clause_start)) and bool(
        _REPORTING.search(text, view.sentence.start, clause_start))
