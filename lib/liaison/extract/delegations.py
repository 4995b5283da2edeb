"""Delegations in English reports, defined once for every caller: a group a meeting receives
("a delegation of young politicians from Mongolia"), and who leads it: "a delegation of
the CPC led by X", "Headed by X, the delegation ...", "X led a CPC delegation to ...", "The
delegation was led by X" in the sentence after. A team of doctors or footballers "led by" its
coach is no delegation: every construction needs a delegation word. Each pattern is tried only
in sentences that hold its cue word."""
from __future__ import annotations

import re
from collections.abc import Iterator

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.mentions import Mention
from liaison.extract.name_posts import COURTESY

# The words for a group that travels or is received on a party's or a government's business (event_guests.py adds
# "group" to tell a guest from the delegation he came with).
GROUP = "delegations?|delegates|representatives|leaders|members|officials|cadres|envoys"
GROUP_CUES = ("delegat", "representatives", "leaders", "members", "officials", "cadres", "envoys")
# "a delegation of the CPC led by X", "The delegation, led by a member of ... Zhang Gaoli,":
# the leader is the first person after "by". "Headed by X, the delegation ...": a bare "Led by"
# opens a sentence whose subject is a delegation.
LED_BY = CuedPattern(
    rf"\b(?:{GROUP})\b[^.;]{{0,60}}?\b(?:led|headed)\s+by\s+"
    # ... a delegation word further from it, past a long body: "a delegation of Party building experts from the
    # Communist Party of China led by X", "a delegation of the Central Committee of the Communist Party of China
    # (CPC), led by X": a noun phrase, no verb (not "visited the Women's Union, an organization led by Y"), ending on
    # the body's name (not "the reform commission led by Y", "the ruling alliance led by Y": that noun's head), and not
    # "the Party led by Y", a body's head
    r"|\bdelegations?\b(?:(?!\b(?:visited|met|attended|held|arrived|said|which|who|was|were|is|are|has|have)\b)"
    r"[^.;]){50,100}?\s(?!(?:Party|Government|Coalition|Administration)\b)(?:[A-Z][\w’'-]*|\([A-Z][\w-]*\)),?\s+"
    r"(?:led|headed)\s+by\s+"
    r"|\b(?:Led|Headed)\s+by\s+(?=[^.;]{0,160}?\b(?:delegations?|delegates)\b)"
    # a party's team: "The CPC team led by X", "A team led by X, a Political Bureau member of the ... Communist Party"
    r"|\b(?:[Pp]arty|political|CPC|CCP)\s+team\s+(?:led|headed)\s+by\s+"
    r"|\b[Tt]eam,?\s+(?:led|headed)\s+by\s+(?=[^.;]{0,160}?\b(?:Communist\s+Party|[Pp]arty\s+of)\b)",
    ("led by", "headed by", "Led by", "Headed by"),
)
# Whom a meeting receives when it names no one: "a delegation of young politicians from
# Mongolia", "a California local government delegation", "representatives of major political
# parties of Kazakhstan and Kyrgyzstan".
DELEGATION = CuedPattern(
    r"\b(?:(?:a|an|the)\s+)?(?P<delegation>(?:(?!(?:on|in|at|with)\b)[\w’'()-]+\s+){0,4}?"
    rf"(?:{GROUP})"
    r"(?:\s+(?:of|from)\s+[^,.;]{2,80}?(?:(?:,\s+|\s+and\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})*)?)"
    # ... "met with the delegation over a lunch", "during its stay", "today"
    r"(?=\s+(?:on|in|at|led|headed|to|for|who|which|and|over|during|after|before|with|today|yesterday)\b|[,.;]|$)",
    GROUP_CUES,
)
# "X led a CPC delegation to ...": the leader is the subject of "led", the person nearest before it.
_LEADS = CuedPattern(r"\b(?:led|leads|leading|headed|heads|heading)\s+(?:a|an|the|his|her)\s+(?:[\w’'-]+\s+){0,4}"
                     r"delegation\b", ("delegation",))
# "Yu Yuanhui, chief of the CPC delegation and ...": the person the appositive follows heads it.
# ... "X, the Head of mission of a joint parliament delegation".
# ... "Grace Banda, head of the group and ...", "Director X of the party's institute, head of this delegation".
_HEADS_IT = CuedPattern(r",\s+(?:the\s+)?(?:[Cc]hief|[Hh]ead|[Ll]eader)(?:\s+of\s+mission)?\s+of\s+"
                        r"(?:(?:the|a|an|this|its|their)\s+(?:[\w’'()-]+\s+){0,4}delegation\b"
                        r"|(?:the|this)\s+(?:study\s+)?group\b(?!\s+of\b))", ("delegation", "group"))
# Between the person and that appositive only the body he comes from may stand: "of the MCA School".
_OF_BODY = re.compile(r"(?:\s+(?:of|from)\s+[^,.;]{2,60}?)?")
# "Leading a delegation of Members of Parliament ..., MP X acknowledged ...": the first person after the phrase.
_LEADING = CuedPattern(r"(?:Leading|Heading)\s+(?:a|an|the|his|her)\s+(?:[\w’'-]+\s+){0,3}delegation\b"
                       r"[^.;]{0,160}?,\s+", ("Leading", "Heading"))
# "Leading the delegation are former Federal Minister X and Y", "Heading the team is Y": the person after the copula.
_LEADING_IS = CuedPattern(r"\s*(?:Leading|Heading)\s+(?:the|this)\s+(?:[\w’'-]+\s+){0,3}(?:delegation|team|group)\s+"
                          r"(?:is|are|was|were|will\s+be)\s+", ("Leading", "Heading"))
# A head's title, not a deputy's ("the deputy head of delegation Mr X", "Vice Head of the delegation, X,").
_NOT_DEPUTY = r"(?<![Dd]eputy\s)(?<![Dd]eputy-)(?<![Vv]ice\s)(?<![Vv]ice-)"
# "Head of the Namibian delegation, Swapo Secretary for Information X, stressed ...": the person after the title.
_HEAD_FRONTED = CuedPattern(rf"(?:The\s+)?{_NOT_DEPUTY}(?:Head|Chief|Leader)\s+of\s+"
                            r"(?:the|this|its|their)\s+(?:[\w’'-]+\s+){0,3}delegation,\s+", ("Head", "Chief", "Leader"))
# "The head of delegation, X said", "head of delegation and Politburo member Cde X said", "the leader of the
# delegation, X,": a delegation's head named anywhere in a sentence, with or without an article, the title either
# set off by a comma or joined by "and" to a further post written with a lower-case noun ("and Politburo member"; never
# straight to a name or a capitalised title: "the head of the delegation and Ambassador X attended ...").
# "the Head of delegation Mr X": an honorific before the head's name (COURTESY and party copy's own)
_HONORIFIC = rf"(?:{COURTESY}|Hon|Cde|Comrade)\.?\s+"
_HEAD_NAMED = CuedPattern(rf"\b{_NOT_DEPUTY}(?:[Hh]ead|[Cc]hief|[Ll]eader)\s+of\s+"
                          r"(?:(?:the|this|its|their)\s+(?:[\w’'-]+\s+){0,3})?"
                          r"delegation(?:,\s+|\s+and\s+(?!(?:the|a|an|his|her|other|several)\b)"
                          # ... "the Head of delegation Mr X": straight to a name after an honorific
                          rf"|\s+(?={_HONORIFIC}[A-Z]))",
                          ("ead of", "hief of", "eader of"))
_POST_NOUN = re.compile(r"\b[a-z]{3,}\b")  # "and Politburo member Cde X": a post written with a lower-case noun
# Between "led by" and the leader's name only a title may stand, never a verb or a clause.
_NOT_A_TITLE = re.compile(r"\b(?:met|meets|held|visited|arrived|said|was|were|is|are|has|have|will|who|which|that)\b")
_TITLE_SPAN = 140
# A sentence that opens on its delegation's leader: "The delegation was led by X", "Led by X, ...".
_OPENS = re.compile(r"\s*(?:(?:The|This|That)\s+(?:[\w’'-]+\s+){0,3})?")
# "The touring team was led by the department's vice minister X": the team of the delegation told just before.
_TEAM_LED = CuedPattern(r"\s*(?:(?:The|This|That|Their|Its)\s+(?:[\w’'-]+\s+){0,2}(?:team|group|mission)|It|They)\s+"
                        r"(?:was|were|is|are|has\s+been)\s+(?:led|headed)\s+by\s+",  # ... "It was led by X"
                        ("team", "group", "mission", "It ", "They "))
# ... "received a delegation of Party building experts from the Communist Party of China": the body's delegation
_DELEGATION_OF = re.compile(r"\bdelegation\s+(?:of\s+(?:[\w-]+\s+){1,4}?(?:from|of)\s+|of\s+|from\s+)(?:the\s+)?$")
_ORG_DELEGATION = re.compile(r"\s+(?:delegation|team)\b")  # "met with the CPC delegation": the body's delegation
# A delegation named by no one: "the Cambodian delegation", "the visiting CPC delegation", "the
# Lao People's Revolutionary Party delegation": capitalised words (a demonym, an acronym, a
# party's name) or "visiting" before the word.
UNNAMED_DELEGATION = re.compile(  # ... or "the Chinese guests were received by X"
    r"\b(?:(?:(?!(?:The|A|An|This|That)\b)[A-Z][\w’'-]*|visiting)\s+){0,4}delegation\b"
    r"|\b(?:(?!(?:The|A|An|This|That)\b)[A-Z][\w’'-]*\s+){1,2}guests\b"
)

# "HANOI, Jan. 20 (Xinhua) -- ", "KATHMANDU, June 12: ": a dateline opening a sentence, which is never its subject.
DATELINE = r"[A-Z][^,;.]{0,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^()]{1,30}\)\s*)?(?:--|—|–|-|:)\s*"
# A clause whose subject is the delegation itself, its leader unnamed there: "The Chinese
# delegation also met ...", "The delegation, that arrived on Sunday, met ...".
DELEGATION_SUBJECT = CuedPattern(
    # "Earlier, on Tuesday, May 16, the CPC delegation held ...", "Subsequently, the delegation met ...", "On Tuesday
    # the Vanuatu delegation met ...": up to three time phrases, each closed by a comma (or by nothing before "the")
    r"\s*(?:[A-Z][A-Z .’'-]+:\s+)?(?:(?:Yesterday|Today|Earlier|Later|Meanwhile|Subsequently|Afterwards|Then|"
    r"(?:[Oo]n|[Tt]his|[Ll]ast) \w+|[A-Z][a-z]{2,8}\.? \d{1,2})(?:,\s+|\s+(?=the\b))){0,3}"
    # "During the visit, the delegation met ...", "While in Shanghai, the delegates visited ..."
    r"(?:(?:During|After|Following|Before|While|In|At)\b[^,;.]{1,60},\s+)?"
    # ... not "The visit follows a KPU delegation’s trip": an article inside opens another noun, not the subject's
    r"(?:(?:The|A|An|This|That|Its|Their|the|a|an)\s+)?(?:(?!(?:a|an)\s)[\w()’'-]+\s+){0,6}?"
    # "The group afterwards paid a call on", "the representatives of the Caribbean country also met with X"
    # ... "A 20-member cadre study group of the PDI-P visited Fuzhou"
    # ... "A group of lawmakers belonging to Japan's ruling party arrived Wednesday in Beijing"
    r"(?:delegation|delegates?|(?<=[Pp]arty\s)team|(?<=political\s)team|(?<=[Tt]he\s)group|(?<=visiting\s)group|(?<=study\s)group|(?<=[Tt]he\s)representatives|"
    r"(?<=\bA\s)group(?=\s+of\s+(?:[\w-]+\s+){0,2}(?:lawmakers|legislators|parliamentarians|officials|leaders|cadres)\b))\b"
    # ... not "The party delegation's China visit came after X met Y": the delegation's trip is the subject, not it
    r"(?![’']s\s+(?:[\w-]+\s+)?(?:visit|trip|tour|arrival|stay)\b)"
    r"(?![^.;]{0,40}?\b(?<!party\s)(?<!government\s)(?<!coalition\s)(?:led|headed)\s+by\b)",
    ("delegation", "delegate", "group", "representatives", "team"),
)
# "MINSK, April 23 (Xinhua) -- At the invitation of the Administration of the President of Belarus, a delegation
# of the CPC visited Belarus": the inviting body opens the sentence (past its dateline) and is never its subject.
INVITATION = CuedPattern(
    rf"(?:{DATELINE}|[A-Z][A-Z .’'-]+(?:\([^()]{{1,30}}\)\s*)?(?:--|—|–|-|:)\s*)?"
    r"(?:[Aa]t|[Oo]n|[Uu]pon|[Ff]ollowing)\s+(?:the\s+)?(?:kind\s+)?invitation\s+(?:of|from|by|extended\s+by)\s+[^,;.]{1,160},\s+",
    ("nvitation",),
)
# "It paid visits to X", "Similarly, it also visited X": in a report of one delegation, the delegation.
_IT = re.compile(r"\s*(?:(?:Similarly|Meanwhile|Later|Earlier|Also|Then),\s+)?[Ii]t\s+(?:(?:also|later|then|had)\s+)*$")
# ... only where the sentence before opens with the delegation or with such an "it": "The Chinese delegation
# had met ... It paid visits to ...", not "The Friendship Society was founded in 1990. It later visited China".
_SENTENCE_END = re.compile("".join(rf"(?<!\b{title})" for title in COURTESY.split("|"))
                           + r"(?<!\b[A-Z])[.!?]['’\")]*\s+(?=\S)|\n\s*")
_IT_BEFORE = re.compile(r"(?:[A-Z][^,.;]{0,40},\s+)?"  # "On Sunday, the delegation met ..."
                        r"(?:[Ii]t\s|(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){0,3}?delegation\b)")
# "a delegation of the CPC on an official goodwill visit to": the delegation makes the visit.
ON_ITS_VISIT = CuedPattern(r"\bdelegation\b[^,.;]{0,80}?\s+on\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}$",
                           ("delegation",))


# "Earlier meetings were held with A and B": in a report of one delegation, its meetings.
_HELD_WITH = CuedPattern(r"(?:meetings?|talks|discussions)\s+(?:was|were|have\s+been)\s+(?:also\s+)?held\s+with\b",
                         ("held",))


def led_by(text: str, view: SentenceView) -> Iterator[tuple[re.Match, Mention]]:
    """(cue, leader) for each "led by"/"headed by" a delegation in one sentence."""
    for cue in LED_BY.finditer(text, view.sentence.start, view.sentence.end):
        if person := _person_after(text, view, cue.end(), _TITLE_SPAN, titled=True):
            yield cue, person


def _person_after(text: str, view: SentenceView, at: int, most: int, titled: bool) -> Mention | None:
    """The first person the sentence names from `at` on, within `most` characters and (`titled`) with only a title
    between: the leader after "led by", "Leading a delegation of ...,", "Head of the delegation,"."""
    person = next((m for m in view.people if m.start >= at), None)
    if person is None or person.start - at > most or titled and _NOT_A_TITLE.search(text, at, person.start):
        return None
    return person


# "The senior delegation comprising Mr. A, Minister of Foreign Affairs and Presidential Adviser Mr. B has ...": a
# delegation of two named people, who lead it together (the first stands for it; event_coled.py adds the second).
COMPRISING = CuedPattern(r"\bdelegation,?\s+(?:comprising|consisting\s+of|composed\s+of|comprised\s+of)\s+",
                         ("compris", "consist", "composed"))
_COMPRISED_UNTIL = re.compile(r"\s(?:has|have|had|was|were|is|are|will|met|visited|arrived|left|held|paid|conducted|"
                              r"made)\b")


def comprised_pair(text: str, view: SentenceView) -> list[Mention]:
    """The two people a "delegation comprising A and B" sentence names before its verb, or []."""
    comprising = COMPRISING.search(text, view.sentence.start, view.sentence.end)
    if comprising is None:
        return []
    verb = _COMPRISED_UNTIL.search(text, comprising.end(), view.sentence.end)
    upto = verb.start() if verb else view.sentence.end
    people = [m for m in view.people if comprising.end() <= m.start and m.end <= upto]
    return people if len(people) == 2 else []


# Openings the leader follows: (pattern, most characters to him, whether a title may stand between)
_FRONTED = ((_TEAM_LED, 40, False), (_LEADING, 40, False), (_HEAD_FRONTED, 90, True), (_LEADING_IS, 90, True))
# Every cue of the patterns `leaders` reads: a sentence with none of them names no leader.
_LEADER_CUES = CuedPattern(r"(?!)", tuple(dict.fromkeys(cue for pattern in (
    LED_BY, _LEADS, _HEADS_IT, *(opening for opening, _, _ in _FRONTED), _HEAD_NAMED, COMPRISING)
    for cue in pattern.cues)))


def leaders(text: str, view: SentenceView) -> list[Mention]:
    """The delegation leaders one sentence names, "led by" or as the subject of "led"."""
    # Each leader is one of the sentence's people, found by a pattern below holding one of its cues.
    if not view.people or not _LEADER_CUES.cued(text, view.sentence.start, view.sentence.end):
        return []
    out = [person for _, person in led_by(text, view)]
    for cue in _LEADS.finditer(text, view.sentence.start, view.sentence.end):
        # "At the invitation of Y, X led a delegation": the person nearest before the verb.
        person = next((m for m in reversed(view.people) if m.end <= cue.start()), None)
        if person:
            out.append(person)
    for cue in _HEADS_IT.finditer(text, view.sentence.start, view.sentence.end):
        if person := next((m for m in view.people if m.end <= cue.start() and _OF_BODY.fullmatch(
                text, m.end, cue.start())), None):
            out.append(person)
    # "It was led by X", "The touring team was led by X"; "Leading a delegation of ..., MP X"; "Head of the
    # delegation, Swapo Secretary X,": the person after the sentence's opening
    for opening, most, titled in _FRONTED:
        if (fronted := opening.match(text, view.sentence.start, view.sentence.end)) and (
                person := _person_after(text, view, fronted.end(), most, titled)):
            out.append(person)
    for named in _HEAD_NAMED.finditer(text, view.sentence.start, view.sentence.end):
        person = next((m for m in view.people if m.start >= named.end()), None)
        gap = text[named.end():person.start] if person else ""
        if person and len(gap) <= 90 and ("," in named.group(0) or _POST_NOUN.search(gap) or
                                          re.fullmatch(_HONORIFIC, gap)) and "," not in gap \
                and not _NOT_A_TITLE.search(gap):
            out.append(person)
    out += comprised_pair(text, view)[:1]
    return out


def opening_leader(text: str, view: SentenceView) -> Mention | None:
    """The leader a sentence opens on ("The delegation was led by X", "Led by X, the
    delegation ...", after a delegation's event "The touring team was led by X"), who stands for
    the delegation of the sentence before."""
    for cue, person in led_by(text, view):  # not "The delegation, led by X, met Y": a clause of its own
        if _OPENS.fullmatch(text, view.sentence.start, cue.start()) and "," not in cue.group(0):
            return person
    team = _TEAM_LED.match(text, view.sentence.start, view.sentence.end)
    return _person_after(text, view, team.end(), _TITLE_SPAN, titled=True) if team else None


# "The delegation consists of 12 members, including LDP Secretary General X and ...", "This delegation included
# Workers Party President X, ...", "The delegation is comprised of X, Y, Z": its members listed, the first first.
_MEMBERS = CuedPattern(r"\b[Dd]elegation\s+(?:(?:consists|consisted)\s+of\s+[^.;]{0,40}?,?\s+including|"
                       r"includ(?:es|ed)|(?:is|was)\s+(?:comprised|composed|made\s+up)\s+of|comprises|comprised)\s+",
                       ("includ", "compris", "composed", "made up"))


def delegation_leader(text: str, views: list[SentenceView]) -> Mention | None:
    """The one person a report names as leading a delegation, or None when it names none or
    several: who "the delegation" is in a sentence that does not name him. A report that names
    no leader but lists the members stands the first listed for the delegation."""
    found: dict[str, Mention] = {}
    for view in views:
        for person in leaders(text, view):
            found.setdefault(person.entity_id, person)
    if not found:
        return next((first for view in views if (listed := _MEMBERS.search(text, view.sentence.start,
                                                                          view.sentence.end))
                     and (first := _person_after(text, view, listed.end(), _TITLE_SPAN, titled=True))), None)
    return next(iter(found.values())) if len(found) == 1 else None


def delegation_sides(text: str, kind: str, span: tuple[int, int], subject, actor, counterpart, leader: Mention):
    """The actor and counterpart once "the delegation" stands for the leader the report names
    elsewhere: as the clause's subject ("The delegation also met ...", "The delegation, that
    came after X dissolved the House, met ...": not a person inside the subject's relative
    clause), as an "it" opening a sentence after one about the delegation ("It paid visits to ..."),
    as the one "on a goodwill visit", or as whom a meeting receives."""
    start, trigger_at = span
    if invited := INVITATION.match(text, start, trigger_at):
        start = invited.end()  # "At the invitation of Ghana's NDC, a CPC delegation has visited Ghana"
    if kind == "meeting" and actor is not None and actor.entity_id != leader.entity_id and (
            isinstance(counterpart, str) and UNNAMED_DELEGATION.fullmatch(counterpart) or isinstance(
            counterpart, Mention) and counterpart.kind == "organization" and (_DELEGATION_OF.search(
            text, max(0, counterpart.start - 60), counterpart.start) or _ORG_DELEGATION.match(text, counterpart.end))):
        # "chaired a working session with the Chinese delegation", "held talks with a delegation of the CPC"
        counterpart = leader
    if kind == "meeting" and isinstance(actor, Mention) and actor.kind == "organization" and isinstance(
            counterpart, Mention) and counterpart.kind == "person" and _ORG_DELEGATION.match(text, actor.end):
        actor = leader  # "the meeting between the Chinese Communist Party team and Nepalese leader X"
    if kind == "visit" and isinstance(actor, Mention) and actor.kind == "organization" and _ORG_DELEGATION.match(
            text, actor.end):
        actor = leader  # "Besides Beijing, the MPLA delegation will visit Hangzhou": the delegation the report told
    if kind == "meeting" and subject is None and actor is None and _HELD_WITH.match(text, trigger_at):
        return leader, counterpart
    if kind == "visit" and ON_ITS_VISIT.search(text, max(start, trigger_at - 120), trigger_at):
        return leader, counterpart  # "in honour of a delegation of the CPC on an official goodwill visit to the DPRK"
    if subject is None and actor is None and kind in ("meeting", "visit", "summit") and _IT.match(
            text, start, trigger_at) and _it_is_the_delegation(text, start):
        return leader, counterpart  # "Similarly, it also visited former Prime Minister X": the delegation did
    if subject is None and kind == "visit" and (counted := _COUNTED.match(text, start, trigger_at)) and \
            _A_PARTYS.match(text, counted.end(), trigger_at) and not (
            isinstance(actor, Mention) and actor.kind == "person" and actor.start < counted.end()):
        return leader, counterpart  # "Twelve leaders and cadres of the UCPN (Maoist) left here for China"
    if subject is None and kind in ("meeting", "visit", "summit") and they_are_the_delegation(text, start):
        # "They also met with X", "They held a ceremony for the Xi Jinping Book House, and separately met with X":
        # the delegation the sentence before told (a name between "They" and the verb is no subject)
        return leader, counterpart
    if subject is None and kind in ("meeting", "visit", "summit") and (
            own := DELEGATION_SUBJECT.match(text, start, trigger_at)) and not (
            isinstance(actor, Mention) and actor.kind == "person" and not own.end() <= actor.start < trigger_at):
        return leader, counterpart
    return actor, counterpart


# "X led a delegation to Kyrgyzstan and Uzbekistan ... They held a ceremony ..., and separately met with A, B and C":
# a sentence opening on "They" right after one that tells a delegation.
_THEY = re.compile(r"\s*(?:(?:Similarly|Meanwhile|Later|Earlier|Also|Then|There|Together|In addition),\s+)?They\s")
_DELEGATION_WORD = re.compile(r"\bdelegation\b")


# "KATHMANDU, Aug 24: Twelve leaders and cadres of the UCPN (Maoist) left here for China ...": a counted group of
# a party's people opening the sentence is the delegation the report names one leader of.
# ... of a party (not "Fifteen members of the parliament's budget committee left for Geneva")
_A_PARTYS = re.compile(r"(?:the\s+)?[^,;.]{0,60}?\b(?:[Pp]arty|Maoist|Congress|Front|League|Movement|Union|"
                       r"[A-Z]{2,7})\b")
_COUNTED = CuedPattern(
    rf"\s*(?:{DATELINE})?(?:\d+|Two|Three|Four|Five|Six|Seven|Eight|Nine|"
    r"Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty)"
    r"(?:-member)?\s+(?:[\w-]+\s+){0,2}?(?:leaders|members|officials|cadres|lawmakers|legislators|parliamentarians)"
    r"\b(?:\s+and\s+\w+)?\s+(?:of|from)\s",
    ("leaders", "members", "officials", "cadres", "lawmakers", "legislators", "parliamentarians"),
)


def they_are_the_delegation(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens on "They" and the sentence before it tells a delegation."""
    if not _THEY.match(text, start):
        return False
    before = text[max(0, start - 600):start].rstrip()
    cut = 0
    for end in _SENTENCE_END.finditer(before):
        cut = end.end()
    return bool(_DELEGATION_WORD.search(before, cut))


def _it_is_the_delegation(text: str, start: int) -> bool:
    """Whether the sentence before the one at `start` opens with the delegation or with "it"."""
    before = text[max(0, start - 400):start].rstrip()
    cut = 0
    for end in _SENTENCE_END.finditer(before):
        cut = end.end()
    return bool(_IT_BEFORE.match(before, cut))


def name_leader(event, leader: Mention | None) -> None:
    """"A delegation of the CPC concluded a visit to Germany. The delegation was led by Guo
    Yezhou": the leader the next sentence names stands for the body in the event (a gathering's
    counterpart is the gathering, never the delegation)."""
    if leader is None:
        return
    if event.actor_id and not event.actor_id.startswith("person:"):
        event.actor, event.actor_id = leader.name, leader.entity_id
    elif event.kind != "summit" and event.counterpart and not event.counterpart_id.startswith("person:"):
        event.counterpart_org = event.counterpart_org or event.counterpart
        event.counterpart, event.counterpart_id = leader.name, leader.entity_id


# "The delegation led by X also visited the Kenyan parliament and met Speaker Y": a sentence whose subject is a
# delegation with its leader named straight after it; the verbs joined by "and" are the leader's.
_LED_OPENER = CuedPattern(
    r"(?:[^.;]{0,80}?(?:--|—|–|:))?\s*(?:[A-Z][^,;.]{0,40},\s+)?(?:The|A|An|This|That|the|a|an)\s+"
    r"(?:[\w()’'-]+\s+){0,6}?delegation,?\s+(?:led|headed)\s+by\s+(?:(?:its|the|their)\s+)?(?:[\w’'.-]+\s+){0,6}?$",
    ("led by", "headed by"),
)
_LED_CLOSE = re.compile(r",?\s+(?:(?:also|later|then|first)\s+)?[a-z]+")


def led_subject(text: str, view: SentenceView, clause_start: int) -> Mention | None:
    """The person a sentence opening "The delegation (,) led by X(,)" names, when its verb follows X: who does the
    verbs joined after it by "and"."""
    person = next((m for m in view.people if m.entity_id and view.sentence.start <= m.start < clause_start), None)
    if person is None or not _LED_CLOSE.match(text, person.end, clause_start) or not _LED_OPENER.match(
            text, view.sentence.start, person.start):
        return None
    return person
