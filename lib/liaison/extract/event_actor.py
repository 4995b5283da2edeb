"""Who a clause's event is by: the subject before its verb ("Liu Jianchao met ..."), the person a
pronoun stands for, or the body heading the subject; the two sides "a meeting between A and B" names."""
from __future__ import annotations

import re

from liaison.extract.context import PRONOUN, TITLE_HEADS, Salience, SentenceView, head_organization
from liaison.extract.delegations import INVITATION
from liaison.extract.event_setting import home_country
from liaison.extract.event_sides import TIE_TO
from liaison.extract.mentions import POSSESSIVE, Mention

_CHINESE_GUEST = re.compile(
    r"\b[Tt]he\s+(?:(?:CPC|CCP|Chinese|visiting|senior|high-ranking)\s+)+(?:official|leader|guest|visitor|envoy)\b"
)
# ... nor is "a delegation of the CPC" whose head no one names the party acting: its head is, when told.
_MEMBER_OF = re.compile(r"\b(?:official|member|delegation|representative|leader|cadre|[Mm]inister|[Hh]ead|[Dd]irector|"
                        r"[Ss]peaker|"
                        r"[Cc]hairman|[Cc]hairperson|[Pp]resident)s?\s+of\s+"
                        r"(?:the\s+)?$")
_OFFICIAL = re.compile(r"\s+(?:official|cadre)s?\b")  # "a senior CPC official said on a visit": not the CPC
_SPEAKER = re.compile(r"(?P<who>\b[\w’'-]+)\s+(?:said|says|told \w+|noted|added|stressed|stated)\s+(?:that\s+)?$")
# ... but "President of Lao PDR Thongloun Sisoulith" holds the post: the "of" names a country or body, no post.
_OF_TITLE = re.compile(r"\bof\s+(?=(?:[A-Z][\w-]*\s+){0,2}(?:President|Premier|Prime\s+Minister|Chairman|King|"
                       r"(?:General\s+)?Secretary(?:-General)?|Leader)\s+$)(?:[A-Z][\w-]*\s+){1,4}$"
                       # "Entrusted by General Secretary Xi Jinping, Zhao Ming met ...": who sent the subject
                       r"|\b(?:[Ee]ntrusted|[Ss]ent|[Cc]ommissioned|[Dd]ispatched|[Aa]ccompanied|[Ii]nvited)\s+by\s+"
                       r"(?:[A-Z][\w-]*\s+){0,3}$")
# "The Speaker of the National Assembly of Pakistan was expected to visit": an unnamed holder of a post, not the body.
# A pronoun opening its sentence, or its main clause after an opening phrase: its subject.
_OPENING_PRONOUN = re.compile(r"\s*(?:[A-Z][^,;.]{0,60},\s+)?(?:[Hh]e|[Ss]he)")
_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?!(?:is|was|are|were)\s+(?:also\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:leader|"
                       r"head|chairman|president|secretary)\b)")
# ... and so has a reported clause: "Lin said that Prime Minister X is yet another leader set to visit China": X's
_SUBORDINATE = re.compile(
    r"\b(?:because|since|while|whereas|although|though|(?:said|says|noted|announced|added)\s+that)\s+"
    r"(?![a-z]+ing\b)")  # "..., while joining X to co-chair a seminar": no subject of its own, the sentence's
# "X said (told reporters that) the students will visit factories and meet officials", "X said President Y will
# attend the forum": the plan a reporting verb tells has a subject of its own, never the speaker (only "he", "she",
# "I", "we", "they" or a delegation may stand for him and his party).
_REPORTED_PLAN = re.compile(
    r"\b(?:said|says|told(?:\s+(?:reporters|journalists|the\s+(?:media|press|audience|gathering)|"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*(?=\s+that\b)))?|stated|announced|"
    r"noted|added|revealed|disclosed|explained)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?"
    r"(?!(?:he|she|I|we|they|his|her|our|their|that|reporters|journalists|the\s+(?:media|press)|"
    r"the\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission))\b)"  # not "told President X that China will": no "that"
    r"(?P<np>[\w’'-]+(?:\s+(?!that\b)[\w’'()-]+){0,7}?)\s+(?:will|would|shall|(?:is|are)\s+(?:set|expected|going|scheduled)\s+to|"
    r"(?:is|are)\s+to)\s")
# ... and so has a past act a reporting verb tells of a named person, right before the verb: "Liu said, not long ago,
# Prime Minister X successfully visited China", "Li said President Y had met Xi in Beijing" (Y's, not the speaker's).
_REPORTED_PAST = re.compile(
    r"\b(?:said|says|noted|recalled|added|stated),?\s+(?:that\s+)?(?:(?:not\s+long\s+ago|recently|earlier|last\s+\w+|"
    r"in\s+\w+(?:\s+\d{4})?),?\s+)?(?!(?:he|she|I|we|they|the\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission))\b)"
    r"(?P<np>[A-Z][\w.’'-]*(?:\s+[\w.’'()-]+){0,7}?)\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+)?$")
_OPENER = re.compile(r"\s*(?:After|Following|Before|Like|Unlike|During|Prior to|Ahead of|Besides|Apart from)\b"
                     r"[^,;.]{0,120},")
# "On behalf of King X, Prime Minister Y received Z": Y, whom the view may read as X's appositive; so "In the absence
# of Treasurer X, Y received Z", "In Treasurer X's absence, Y ...": the one absent is no side.
_ON_BEHALF = re.compile(r"(?:[^;.]{0,40}?(?:--|—|–|:)\s*)?\s*(?:(?:On|In)\s+(?:behalf|the\s+name|the\s+absence)\s+of\b"
                        r"[^,;.]{1,120}|In\s+[^,;.]{1,120}?['’]s?\s+absence),\s*")
_TITLED_BODY = re.compile(rf"(?:(?:Deputy\s+)?Speaker|{TITLE_HEADS})\s+of\b", re.I)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|is)\s+(?:established|founded|set up)\b|^\s*(?:Established|Founded)\b|\bopened in\b"
)

# "visit (to X) (in October 2022) by <title> <name>": whose visit a noun phrase tells.
_VISIT_BY = re.compile(r"(?:\s+to\s+[^,.;]{1,40}?)?(?:\s+(?:in|on|last|this)\s+[^,.;]{1,30}?)?\s+by\s+")
# "highlighted the visit to China by a party delegation from the island": the delegation's, not the subject's.
# "President Xi Jinping's special envoy Yang Jiechi will visit ...": the possessor sends the subject, who follows.
# Not an aide or adviser, who mostly speaks of his principal: "Novak's aide Oleg Markov said Novak will meet Wang".
_SENDER = re.compile(rf"{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}?(?:envoy|emissary|representative)\b")
_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|stated|announced|added|noted|confirmed)\b")
# "ISLAMABAD (Dunya News) - The delegation met ...": the agency of a dateline is never the subject.
_AGENCY = re.compile(r"\)\s*(?:--|—|–|-)\s")
_BY_GROUP = re.compile(r"(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:delegation|team|group|mission)\b")
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][\w.’'()-]*|of|the|and|for)\s+){0,16}")
# "the CPC's first official visit": the party's own visit; not "the CPC's delegation will visit", whose
# delegation is the subject, nor "the CPC's ambassador visited".
_OWN_VISIT = re.compile(rf"{POSSESSIVE}\s+(?:(?!(?:(?:delegation|team|leader|member|envoy|ambassador|representative|"
                        r"cadre|minister|head|chief|secretary)s?|officials)\b)[a-z][\w-]*\s+){0,4}")
_VISIT_OF = re.compile(
    r"\s+of\s+(?:the\s+)?(?=(?:[A-Z][\w-]*\s+){0,3}(?:Deputy\s+|Vice\s+)?(?:Prime\s+Minister|President|Minister|"
    r"Speaker|Chairman|Secretary|Premier|King|Queen|Chancellor)\b)(?:[A-Z][\w-]*\s+(?:and\s+|of\s+(?:the\s+)?)?){0,10}"
)


def between_sides(between: re.Match, after: list[Mention], trigger_end: int, sides: tuple):
    """The sides "a meeting between A and B" names; a meeting "between" one named side and no
    other ("a meeting between Xi and the US leader") is not the clause subject's."""
    pair = [m for m in after if m.start >= between.end() and m.entity_id and m.kind != "place"]
    if len(people := [m for m in pair if m.kind == "person"]) >= 2:
        return people[0], people[1], None  # "between A and Secretary General of the MPP B": not the body in B's title
    if len(pair) >= 2:
        return pair[0], pair[1], None
    return (None, *sides[1:]) if between.start() - trigger_end < 2 else sides



# "A group of lawmakers belonging to Japan's ruling party headed by Prime Minister X arrived ...": whom a party or a
# government is headed by describes that body; he is not the subject (a delegation "led by" its head still is).
_HEADED_BODY = re.compile(r"\b(?:party|government|coalition|administration|cabinet|alliance)\s+(?:headed|led)\s+by\s+"
                          r"(?:(?:[A-Z][\w.’'-]*|former|then|the)\s+){0,6}$")


def subject_actor(view: SentenceView, mentions: list[Mention], start: int, trigger_at: int, salience: Salience,
                  envoy: Mention | None = None, focus: Mention | None = None):
    """The clause's subject: the first person named before the trigger, else the salient person
    when a pronoun stands there ("his recent visit"), else the head organisation named there."""
    if (behalf := _ON_BEHALF.match(view.text, start, trigger_at)) and (named := next((
            m for m in view.people if behalf.end() <= m.start and m.end <= trigger_at), None)):
        return named
    if invited := INVITATION.match(view.text, start, trigger_at):
        start = invited.end()  # "At the invitation of X, Y visited ...": past the inviter
    before = [m for m in mentions if start <= m.start and m.end <= trigger_at and m.entity_id]
    senders = {m.entity_id for m in before
               if m.kind == "person" and _OF_TITLE.search(view.text, max(start, m.start - 40), m.start)}
    # "As special envoy of President Xi Jinping, Liu Jianchao traveled ...": whom a title
    # names with "of" is not the subject, nor who "entrusted" or "sent" him.
    # "Minister of the International Department of the CPC Liu Jianchao is in ...": a name right after
    # a body's name holds the title; the "of" names the body, not him.
    people = [m for m in before
              if m.kind == "person" and (not _OF_TITLE.search(view.text, max(start, m.start - 40), m.start) or any(
                  o.kind == "organization" and 0 <= m.start - o.end <= 1 for o in before))
              and not TIE_TO.search(view.text, max(start, m.start - 90), m.start)  # "A, an ally of President B"
              and not _HEADED_BODY.search(view.text, max(start, m.start - 80), m.start)]
    # "After his talks with President Xi, Lula met ...", "Like Xi, Li Qiang met ...": a person in an
    # opening phrase is not the subject, also when the one after its comma is not recognised as a person.
    if (opener := _OPENER.match(view.text, start)) and opener.end() <= trigger_at:
        people = [m for m in people if m.start >= opener.end()]
    # "Jubilee, which propelled President X and his deputy Y to power, hosted ...": who the subject's relative
    # clause names is not the subject.
    upto = trigger_at  # where the subject may stand
    if (relative := _RELATIVE.search(view.text, start, trigger_at)) and any(
            m.end <= relative.start() and m.kind in ("person", "organization") for m in before):
        upto = relative.start()
        people = [m for m in people if m.end <= upto]
        before = [m for m in before if m.end <= upto]
    # "Malaya is acting secretary because Foreign Secretary Locsin is attending the UN General Assembly": the
    # subordinate clause holding the verb has a subject of its own.
    start, people, before = _own_subject(view.text, (start, upto), people, before)
    if len(people) > 1 and _SENDER.match(view.text, people[0].end) and not _SAID_BETWEEN.search(
            view.text, people[1].end, upto):
        people = people[1:]
    if people:
        return people[0]
    if pronoun := PRONOUN.search(view.text, start, upto):
        if said := _SPEAKER.search(view.text, start, pronoun.start()):
            # "Rasmussen said he was glad to visit China", "the guest said he": he is the speaker;
            # "Vice Minister Yezhou said that he was visiting Nepal": the salient Guo Yezhou, by his given name.
            named = next((m for m in mentions if m.kind == "person" and m.entity_id and m.end == said.end("who")), None)
            return named or next((m for m in (salience.at(trigger_at), envoy) if m is not None and
                                  said.group("who") in m.name.split()[1:]), None)
        if focus is not None and _OPENING_PRONOUN.fullmatch(view.text, start, pronoun.end()):
            return focus  # "He then travelled to Paris": who did what the last sentence told
        return _not_the_sender(salience.at(trigger_at), senders, envoy)  # "in his capacity as envoy of President X"
    if _CHINESE_GUEST.search(view.text, start, trigger_at) and (salient := salience.at(trigger_at)) and \
            home_country(salient) == "CHN":
        # "The CPC senior official also attended ...": the Chinese official the report is about; not the one who sent
        # him ("the Chinese official will travel as special envoy of President Xi to meet ..."): the report's envoy
        return _not_the_sender(salient, senders, envoy)
    # "A senior official of the CPC held talks": an unnamed member of a body is not the body.
    orgs, skipped = [], -1
    for m in (m for m in before if m.kind == "organization"):
        if _MEMBER_OF.search(view.text, max(start, m.start - 40), m.start) or view.text[skipped:m.start] == " (" or \
                _OFFICIAL.match(view.text, m.end) or _TITLED_BODY.match(m.text) or \
                view.text[m.start - 1 : m.start] == "(" and _AGENCY.match(view.text, m.end):
            skipped = m.end  # and its acronym in brackets after it
        else:
            orgs.append(m)
    return head_organization(orgs, view.text)



def _not_the_sender(salient: Mention | None, senders: set[str], envoy: Mention | None) -> Mention | None:
    """The salient person, unless the clause names him only as the one who sent its subject ("the Chinese official
    will travel as special envoy of President Xi to meet ..."): then the report's envoy."""
    if salient is not None and salient.entity_id in senders and envoy is not None and \
            envoy.entity_id != salient.entity_id:
        return envoy
    return salient


def reported_subject(view: SentenceView, start: int, end: int) -> Mention | None:
    """The person whose plan a reporting verb between `start` and `end` tells ("X said President Y will visit China
    and attend the forum": Y), who does the verbs joined to it."""
    reported = _REPORTED_PLAN.search(view.text, start, end)
    return next((m for m in view.people if m.entity_id and reported.start("np") <= m.start and
                 m.end <= reported.end("np")), None) if reported else None


def _own_subject(text: str, span: tuple[int, int], people: list[Mention], before: list[Mention]):
    """(start, people, mentions) of a subordinate or reported clause holding the verb, which has a subject of its
    own: "because Foreign Secretary X is attending"; "said President Y will" (Y's); "said the students will" (no
    one's)."""
    start, upto = span
    for conjunction in _SUBORDINATE.finditer(text, start, upto):
        if own := [m for m in people if m.start >= conjunction.end()]:
            people = own
    if reported := _REPORTED_PLAN.search(text, start, upto):
        start = reported.start("np")
        people, before = [m for m in people if m.start >= start], [m for m in before if m.start >= start]
    elif (past := _REPORTED_PAST.search(text, start, upto)) and any(m.start >= past.start("np") for m in people):
        start = past.start("np")
        people, before = [m for m in people if m.start >= start], [m for m in before if m.start >= start]
    return start, people, before


def past_opener(text: str, start: int, at: int) -> int:
    """Where a clause's next event is looked for after a trigger at `at` that told none: past the
    opening phrase holding it ("Following talks with President Xi, Lula met Li Qiang": Xi, met in
    the opener, is not who met Li), else right after the trigger."""
    opener = _OPENER.match(text, start)
    return opener.end() if opener and opener.end() > at else at


def passive(clause: str) -> bool:
    return bool(_PASSIVE.search(clause))



def label(counterpart) -> str:
    return counterpart if isinstance(counterpart, str) else counterpart.name


def visit_actor(text: str, mentions: list[Mention], actor, span: tuple[int, int, int], envoy: Mention | None):
    """Who makes the visit a clause tells: a named possessor ("the prime minister's visit" names none),
    the person after "by" or "of" a post, or the Chinese envoy of a CPC's visit."""
    trigger_at, trigger_end, end = span
    after = [m for m in mentions if m.start >= trigger_end]
    if text.startswith(("'s ", "’s "), trigger_at - 3):
        # "the prime minister's visit to China": only a named possessor makes the visit.
        actor = next((m for m in mentions if m.end == trigger_at - 3 and m.entity_id), None)
    if text[trigger_at:trigger_end] in ("visit", "trip") and (
            by := _VISIT_BY.match(text, trigger_end, end)):
        # "ties since the official China visit in late October 2022 by Party General Secretary Nguyen
        # Phu Trong": the person after "by" makes the visit, not the clause's subject.
        actor = next((m for m in after if m.kind == "person" and m.entity_id and _TITLE_WORDS.fullmatch(
            text, by.end(), m.start)), None if _BY_GROUP.match(text, by.end()) else actor)
    if isinstance(actor, Mention) and actor.kind == "organization" and envoy is not None and \
            _OWN_VISIT.fullmatch(text, actor.end, trigger_at) and home_country(actor) == "CHN":
        actor = envoy  # "This is the Chinese Communist Party's first official visit to Sri Lanka": its envoy's
    if text[trigger_at:trigger_end] in ("visit", "trip") and (
            of := _VISIT_OF.match(text, trigger_end, end)):
        # "the successful visit of the Deputy Prime Minister of Pakistan to Beijing": the post's holder
        # makes the visit, named or not, never the clause's subject.
        actor = next((m for m in after if m.kind == "person" and m.entity_id and of.start() <= m.start <= of.end()),
                     None)
    return actor
