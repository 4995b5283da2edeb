"""Whom an English clause's unnamed side stands for, read from the rest of its report: "called on the
President" is the person the report earlier titles President; "Speaking when he paid a courtesy call on
X, <title> Y said" makes Y the caller; "as part of the Vietnamese leader's official visit" is the
Vietnamese subject's visit; "welcomed X's delegation to visit China" and "accompanying X on his visit
to China" are X's visits. Each rule is one pattern, tried only where its cue word is."""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.event_setting import Setting, home_country
from liaison.extract.mentions import Mention
from liaison.extract.name_posts import COURTESY
from liaison.reference.romanisation import fold

# "X said on Monday that ... X made the remarks during a meeting with Y": the meeting is when and where X said it.
_REMARKS = CuedPattern(
    r"\bmade\s+(?:the|these|those|his|her)\s+(?:remarks|comments)\s+(?:during|at|in|while|when|as)\b",
    ("remarks", "comments"))
_BARE_TITLE = (rf"(?:(?:{COURTESY}|Madam|President|Prime Minister|PM|Chairman|Chairwoman|Comrade|Cde|Datuk|"
               r"(?:(?:Deputy|Vice)\s+)?(?:Foreign\s+)?Minister|Secretary|Governor|Ambassador)\.?\s+)?")
# "On Wednesday, Lula met X", "Dr Wee met X": a clause whose subject is one word of a name the report gave in full.
# One word of a name: three letters or more, or a shorter Vietnamese given name with its accents ("Deputy Minister
# Hà met ..."), never a bare "He".
_WORD = r"(?:[A-Z][a-z’'-]{2,}|[A-ZÀ-Ỹ][a-zà-ỹ’'-]*[à-ỹ][a-zà-ỹ’'-]*)"
_BARE_SUBJECT = re.compile(
    r"\s*(?:(?:On|In|At|During|After|Later|Earlier|Meanwhile|[Ff]rom)\b[^,;.]{0,40},\s+){0,2}"
    + _BARE_TITLE + r"(?P<word>" + _WORD + r")\s+(?:(?:also|later|then|again|on\s+\w+day)\s+)*"
    # "Jiajun is scheduled to meet with X", "Wee will also meet X": a planned clause's subject
    r"(?:(?:is|was|are|were)\s+(?:also\s+)?(?:scheduled|expected|due|set|slated)\s+to\s+|will\s+(?:also\s+)?)?"
    # "Dr Wee said this in a post on Tuesday after meeting with X": the speaker met X
    r"(?:(?:said|told|wrote|posted|noted)\b[^;.]{0,120}?\b(?:after|before|while|when)\s+)?$")
# "Li added that Orbán's visit to China elevated ties": the visit of the one person named before with that word.
_BARE_POSSESSOR = re.compile(r"\b(?P<word>" + _WORD + r")['’]s\s+(?:(?:official|state|recent|first|latest|last|"
                             r"historic|successful|working|goodwill)\s+){0,2}$")
# "met Lula again", "met with Dr Wee on Tuesday"
_BARE_OBJECT = re.compile(rf"\s+(?:with\s+)?{_BARE_TITLE}(?P<word>{_WORD})\b(?!\s+[A-Z])")
# "Philippine President Rodrigo Duterte", "President Dr. X": the post right before a name (past an honorific).
_POST_BEFORE = r"\b{post}\s+(?:(?:" + COURTESY + r"|Gen|Gen\.|H\.E\.|Madam|Samdech|Datuk|Datuk Seri|Tan Sri)\.?\s+)?$"
_POST_PATTERNS: dict[str, re.Pattern] = {}

# "Speaking when he paid a courtesy call on X, Chinese official Y said ...": the pronoun of a participle
# opening the sentence is the subject after its comma.
_PARTICIPLE = CuedPattern(
    r"\b(?:Speaking|Talking|Addressing\s+\w+|Writing|Commenting)\s+(?:when|while|as|after|before|during)\s+"
    r"(?P<pronoun>he|she)\b[^;.]{1,200}?,\s+", ("Speaking", "Talking", "Addressing", "Writing", "Commenting"))
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_SPEECH = re.compile(r"\s+(?:said|says|told|noted|stressed|added|stated|remarked|explained|expressed)\b")

# "as part of the Vietnamese leader's official visit to China": a possessor named by a demonym and a post.
_DEMONYM_POSSESSOR = re.compile(
    r"\b(?:the|this)\s+(?P<demonym>[A-Z][\w-]+)\s+(?:leader|president|premier|prime minister|official|guest|"
    r"chairman|chairwoman|chief|dignitary|delegation|party chief|party leader|speaker|top legislator)['’]s\s+"
    r"(?:[\w-]+\s+){0,3}$")
# "welcomed X's delegation to visit China", "welcomed X to visit China": X visits; no meeting of its own.
_WELCOMED_TO = re.compile(r"welcom(?:ed|es|ing)\s+(?:the\s+)?(?P<rest>[^,;.]{1,80}?)\s+to\s+(?:visit|tour)\b")
# "received X in Kunming, as part of the Vietnamese leader's official visit to China": the meeting is on a visit.
# ... "received X in Hanoi on March 31 during his visit to Vietnam": the guest's visit.
_FRAMING = CuedPattern(
    r"\b(?:as part of|in the course of|during)\s+(?:(?P<pronoun>his|her)|the\s+(?P<demonym>[A-Z][\w-]+)\s+"
    r"(?:leader|president|premier|prime minister|chairman|chairwoman|speaker|top legislator|guest)['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\s+to\s+", ("part of", "course of", "during"))
_HOSTING = re.compile(r"(?:received|receives|hosted|hosts|welcomed|welcomes)\b")
# "On the second day of his visit to China, X held talks with Y": the meeting is on X's visit, told before it.
# ... "During his visit to Zambia, X also met Y", "During Hakainde Hichilema's visit to China, the Zambian opposition
# leader met Y": the visit of the subject, or of the person named with "'s".
_DAY_OF = CuedPattern(r"\b(?:[Oo]n\s+the\s+(?:[\w-]+\s+)?(?:day|leg|stage)\s+of|[Dd]uring)\s+(?:(?P<pronoun>his|her)|"
                      r"(?:(?!his\b|her\b|the\b)[A-Za-z][\w.’'()-]*\s+){0,4}?(?P<possessor>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})['’]s)\s+"
                      r"(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\s+to\s+(?P<demonym>)",
                      ("day of", "leg of", "stage of", "During", "during"))
_OWN_GROUP = re.compile(r"\s*(?:['’]s?\s+(?:[\w-]+\s+){0,2}(?:delegation|team|visit|trip))?\s*")
# "who is accompanying General Secretary X on his visit to China": X's visit too.
_ACCOMPANYING = CuedPattern(r"\baccompan(?:ying|ied|ies|y)\s+(?:[A-Z][\w.’'-]*\s+){0,6}$", ("accompan",))
_ON_OWN = re.compile(r"\s+on\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$")


def post_holder(text: str, people: tuple[Mention, ...], post: str, before: int) -> Mention | None:
    """The person the report last titled `post` before `before`: who "the President" of a later
    "paid a courtesy call on the President" is."""
    pattern = _POST_PATTERNS.get(post)
    if pattern is None:
        pattern = _POST_PATTERNS[post] = re.compile(_POST_BEFORE.format(post=re.escape(post)))
    return next((m for m in reversed(people) if m.end <= before and
                 pattern.search(text, max(0, m.start - len(post) - 16), m.start)), None)


# "The Secretary of Organization of the PCC Central Committee met on Monday with X": the subject is a post the
# report gave a person earlier ("headed by Y, Secretary of Organization of the Central Committee of the PCC").
_THE_POST = re.compile(r"\s*(?:(?:On|Later|Earlier|Meanwhile|Also|During|After|While)\b[^,;.]{0,30},\s+)?[Tt]he\s+"
                       r"(?P<post>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+)?)\b")


def titled_subject(text: str, people: tuple[Mention, ...], span: tuple[int, int], actor):
    """The actor, or the person a clause's subject "The <post> of ..." stands for where it names no person: the
    one the report last gave that post in apposition ("Y, Secretary of Organization of ...")."""
    start, trigger_at = span
    subject = _THE_POST.match(text, start, trigger_at)
    if subject is None or isinstance(actor, Mention) and actor.kind == "person" or any(
            start <= m.start < trigger_at for m in people):
        return actor
    post = re.compile(r",\s+(?:the\s+)?" + re.escape(subject.group("post")) + r"\b", re.IGNORECASE)
    # ... or before the name: "The Secretary General of the RPF Inkotanyi, Francois Ngarambe, led ..."
    ahead = re.compile(r"\b" + re.escape(subject.group("post")) + r"(?:\s+of\s+[^,;.]{1,80})?,\s+$")
    return next((m for m in reversed(people) if m.end <= start and (post.match(text, m.end) or ahead.search(
        text, max(0, m.start - 140), m.start))), actor)


def participle_speaker(view: SentenceView, start: int, trigger_at: int) -> Mention | None:
    """The subject after an opening participle ("Speaking when he called on X, Y said") that the
    participle's pronoun, before the trigger, stands for."""
    opener = _PARTICIPLE.search(view.text, start, view.sentence.end)
    if opener is None or not opener.start("pronoun") < trigger_at < opener.end() or _LOWER_WORD.search(
            view.text, start, opener.start()):  # the participle opens the sentence, past its dateline
        return None
    speaker = next((m for m in view.people if m.start >= opener.end()), None)
    if speaker is None or not _SPEECH.match(view.text, speaker.end) and not any(
            a_start == speaker.end or view.text[speaker.end:a_start].strip() in ("", ",")
            for a_start, _, person in view.appositives if person is speaker):
        return None  # "..., Y said": the name must be the speaker
    return speaker


def visitor(text: str, view: SentenceView, actor, trigger_at: int):
    """Who makes a visit a clause words by reference: a demonym's leader who is the clause's subject
    ("as part of the Vietnamese leader's official visit"), whom a host "welcomed ... to visit", or
    whom someone is "accompanying ... on his visit"; else None."""
    own = _DEMONYM_POSSESSOR.search(text, max(view.sentence.start, trigger_at - 80), trigger_at)
    if own and isinstance(actor, Mention) and actor.kind == "person":
        place = next((m for m in view.mentions if m.kind == "place" and m.start == own.start("demonym")), None)
        if place is not None and place.iso3 and place.iso3 == home_country(actor, view):
            return actor
    if guest := _welcomed_guest(text, view, trigger_at):
        return guest
    if on_own := _ON_OWN.search(text, max(view.sentence.start, trigger_at - 40), trigger_at):
        companion = next((m for m in reversed(view.people) if m.end <= on_own.start()), None)
        if companion is not None and _ACCOMPANYING.search(text, max(view.sentence.start, companion.start - 80),
                                                          companion.start):
            return companion
    return None


def welcomed_visit(text: str, view: SentenceView, trigger_at: int) -> bool:
    """Whether a "welcomed" trigger welcomes a named guest "to visit": a visit, no meeting."""
    return _welcomed_guest(text, view, trigger_at) is not None


def _welcomed_guest(text: str, view: SentenceView, trigger_at: int) -> Mention | None:
    """The person "welcomed X('s delegation) to visit" names, or None."""
    if not (welcomed := _WELCOMED_TO.match(text, trigger_at)):
        return None
    guest = next((m for m in view.people if welcomed.start("rest") <= m.start < welcomed.end("rest")), None)
    return guest if guest is not None and _OWN_GROUP.fullmatch(text, guest.end, welcomed.end("rest")) else None


def visit_possessor(text: str, view: SentenceView, span: tuple[int, int], actor=None, kind: str = "meeting"):
    """The person a meeting's or gathering's clause opening "During X's visit to ..." names, where the clause's
    subject is no other person named after it ("the Zambian opposition leader met Y"); else the actor."""
    start, trigger_at = span
    opener = _DAY_OF.search(text, start, trigger_at) if kind in ("meeting", "summit") else None
    if opener is None or not opener.group("possessor"):
        return actor
    owner = next((m for m in view.people if m.entity_id and m.end == opener.end("possessor")), None)
    return owner if owner is not None and (actor is None or isinstance(actor, Mention) and
                                           actor.start <= owner.end) else actor


def framing_visit(text: str, view: SentenceView, sides: tuple, trigger_at: int, end: int):
    """(visitor, country) of the visit a meeting's clause says it is part of: "as part of his official visit
    to China" (the subject's), "as part of the Vietnamese leader's official visit to China" (the side
    from that country); else None."""
    framing = _FRAMING.search(text, trigger_at, end) or _DAY_OF.search(text, view.sentence.start, trigger_at)
    if framing is None:
        return None
    country = next((m for m in view.mentions if m.kind == "place" and m.iso3 and framing.end() <= m.start < end
                    and m.start - framing.end() < 30), None)
    if country is None:
        return None
    if framing.group("pronoun"):
        actor = sides[0]
        if _HOSTING.match(text, trigger_at) or isinstance(actor, Mention) and home_country(actor, view) == country.iso3:
            actor = sides[1]  # "X received Y ... during his visit to Vietnam": the host is at home, Y visits
        return (actor, country.iso3) if isinstance(actor, Mention) and actor.kind == "person" else None
    if framing.re is _DAY_OF.pattern and framing.group("possessor"):
        guest = visit_possessor(text, view, (view.sentence.start, trigger_at))
        return (guest, country.iso3) if isinstance(guest, Mention) else None
    demonym = next((m for m in view.mentions if m.kind == "place" and m.start == framing.start("demonym")), None)
    guest = next((side for side in sides if isinstance(side, Mention) and side.kind == "person" and demonym is not None
                  and demonym.iso3 and home_country(side, view) == demonym.iso3), None)
    return (guest, country.iso3) if guest is not None and guest.entity_id else None


def remarks_occasion(text: str, view: SentenceView, before: SentenceView | None, where: Setting):
    """(date, date basis, place) of the meeting a sentence says "made the remarks during", from the sentence
    before that told the remarks ("X said on Monday ..."): its own date and, in the lead, the dateline's
    place; None when the sentence says no such thing."""
    if before is None or not _REMARKS.search(text, view.sentence.start, view.sentence.end):
        return None
    said = next((d for d in before.dates if d is not where.dateline_date), None)
    in_lead = where.lead == (before.sentence.start, before.sentence.end)
    place = where.dateline.iso3 if in_lead and where.dateline is not None and where.dateline.iso3 else ""
    if said is None and in_lead and where.dateline_date is not None:
        return where.dateline_date, "dateline", place
    return (said, "relative" if said.relative else "text", place) if said else (None, "", place)


def bare_name(text: str, people: tuple[Mention, ...], span: tuple[int, int], subject: bool) -> Mention | None:
    """The one person named earlier in the report whose full name holds the single word a clause uses as
    its subject ("On Wednesday, Lula met X") or, after its verb, as whom it met ("met Dr Wee")."""
    start, at = span
    found = (_BARE_SUBJECT.fullmatch(text, start, at) or _BARE_POSSESSOR.search(text, start, at) if subject
             else _BARE_OBJECT.match(text, at))
    if found is None:
        return None
    word = fold(found.group("word").removesuffix("'s").removesuffix("’s"))  # "Orbán's visit": Viktor Orban's
    named = {m.entity_id: m for m in people if m.end <= at and word in fold(m.name).split() and m.name != word}
    return next(iter(named.values())) if len(named) == 1 else None


# "Tukur was in China to meet with the leadership of the party", "X is in Beijing to attend the forum":
# being in a place to do the event is a visit there too.
_IS_IN = CuedPattern(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:currently\s+|now\s+)?in\s+$", (" in",))
_TO_DO = re.compile(r"\s+to\s+(?:[a-z]+\s+)?$")


def stay_place(text: str, view: SentenceView, start: int, trigger_at: int) -> str:
    """The country a clause says its subject "was in ... to" do its meeting or gathering, else ""."""
    for m in view.mentions:
        if m.kind == "place" and m.iso3 and m.place_kind != "demonym" and start <= m.start and m.end <= trigger_at \
                and _IS_IN.search(text, max(start, m.start - 30), m.start) and _TO_DO.fullmatch(text, m.end,
                                                                                               trigger_at):
            return m.iso3
    return ""


# "Swapo hosted a seminar on party building, which was attended by A and B": each attendee's gathering too
WHICH_ATTENDED = CuedPattern(r",?\s+which\s+(?:was|were)\s+(?:also\s+)?attended\s+by\s+", ("attended",))
