"""Who stands on each side of one English event clause, by its kind's grammar (moved out of `events.py`): the
subject or the person a relative clause describes, whom a meeting receives, "a meeting between A and B",
"the talks of A with B", who attends a gathering, who is appointed, who signs."""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern, Salience, SentenceView
from liaison.extract.delegations import LED_BY, UNNAMED_DELEGATION
from liaison.extract.event_actor import between_sides, passive, subject_actor, visit_actor
from liaison.extract.event_clauses import gathering_speaker
from liaison.extract.event_refer import WHICH_ATTENDED, participle_speaker, visitor
from liaison.extract.event_sides import (
    TITLE_ONLY,
    agreement_sides,
    appointee,
    clause_counterpart,
    described_organization,
    joined_pair,
    pair_at,
)
from liaison.extract.mentions import Mention
from liaison.extract.triggers import ATTENDED_BY, LISTS_ATTENDEES, PAIR_TALKS, REPRESENTED_AT, gathering

# ... "At a meeting in Beijing with a delegation of X, Y said": the place may stand before "with"
_AT_MEETING = re.compile(r"\s*(?:(?:At|During|In)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:meeting|talks)"
                         r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s+with"
                         # ... "Meeting with X in Nairobi, Y said", "When (While) meeting with X, Y said"
                         r"|(?:(?:When|While)\s+meeting|Meeting)\s+with"
                         r"|Receiving)\b")  # "Receiving X in Hanoi, Y said ...": the speaker after it received X
# "During their meeting in Hanoi on May 14, A and B reviewed ...": the pair after the comma met.
_THEIR_MEETING = re.compile(r"\s*(?:At|During|In)\s+(a|the|their)\s+(?:[\w-]+\s+)?(?:meeting|talks)\b(?!\s+with\b)"
                            r"[^,;.]{0,80},\s+")
# "Speaking at the Summit in Fuzhou, X called for ...": the subject after the participle's comma attends it.
# ... "Officiating at the workshop, the Minister of Information and Broadcasting X, said": a portfolio's "and" may
# stand in the title before the speaker
_SPEAKING_AT = re.compile(r"\s*(?:Speaking|Addressing|Attending|Officiating)\s")
_TALKS_OF = re.compile(r"(?<=talks|eting)\s+of\s+(?=[^,;.]{0,200}?\bwith\b)")
_ATTENDED_BY = re.compile(r"\s+(?:(?:in|at)\s+[A-Z][\w-]+\s+)?by\s+")  # "was attended in Belgrade by ..."
_BETWEEN = CuedPattern(r"\bbetween\s+", ("between",))
_HOSTED_BY = CuedPattern(r"\b(?:hosted|organi[sz]ed|convened|sponsored) by\s+(?:the\s+)?", (" by",))
_FRONTED = re.compile(r"\s*$")  # the trigger opens its clause: "Established in 1951, ..."
_FRONTED_SUBJECT = re.compile(r",\s*")
_PASSIVE_GAP = re.compile(
    r"\s+(?:was|were|is|has been|had been|have been)\s+(?:(?:officially|formally|first|originally)\s+)?")
_RECEIVED_BY = re.compile(  # ... "was received at the Palace of the Revolution by X"
    r"(?<=(?:was|ere|.ly) )(?:received|met|welcomed|hosted)(?:\s+(?:yesterday|today|on\s+\w+day|\w+day))?"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|the)\s+){1,8}?)?\s*by\s+"
)
# "The meeting, held at the headquarters of the PSUV, was attended by A and B": a meeting between A and B.
_MEETING_ATTENDED = re.compile(r"(?:,[^,;.]{0,100},)?\s+(?:was|were)\s+attended\s+by\s+")
# "Received on Tuesday by President X, the Chinese official Y conveyed ...": X received Y.
_FRONTED_RECEIVED = re.compile(r"(?:[^;.]{0,60}?(?:--|—|–)\s*)?(?:Received|Welcomed|Hosted)\s+"
                               r"(?:[^,;.]{0,40}?\s+)?by\s+")


def _summit_sides(text: str, view: SentenceView, actor, mentions: list[Mention], span: tuple[int, int, int]):
    """A gathering's sides: who attends it, the gathering and its host body; "The party was represented by X at the
    forum": X attends."""
    trigger_at, trigger_end, end = span
    counterpart, counterpart_org = gathering(text, view, trigger_at, trigger_end, end)
    actor = _gathering_actor(text, view, actor, [m for m in mentions if m.start >= trigger_end], (trigger_end, end))
    if represented := REPRESENTED_AT.match(text, trigger_at):
        actor = next((m for m in mentions if m.kind == "person" and m.entity_id and
                      trigger_at < m.start < represented.end()), None)
    return actor, counterpart, counterpart_org


def _party_visit_leader(text: str, actor, counterpart, trigger_end: int) -> Mention | None:
    """"The Liberal Democratic Party (Japan) visited China with a delegation led by X": a party is the actor only
    where no person is named; its leader travels, and no one is met."""
    if isinstance(actor, Mention) and actor.kind == "organization" and isinstance(counterpart, Mention) and \
            counterpart.kind == "person" and LED_BY.search(text, trigger_end, counterpart.start):
        return counterpart
    return None


def participants(text, view: SentenceView, kind: str, start: int, end: int, trigger_at: int, trigger_end: int,
                 subject, salience: Salience, envoy: Mention | None = None, focus: Mention | None = None):
    """(actor, counterpart, counterpart organisation) of one clause, by the kind's grammar."""
    clause = text[start:end]
    # A byline names the reporter, never a participant.
    mentions = [m for m in view.free_mentions if start <= m.start and m.end <= end and m.cue != "byline"]
    after = [m for m in mentions if m.start >= trigger_end]
    actor = subject or subject_actor(view, mentions, start, trigger_at, salience, envoy, focus)
    if kind == "visit":
        actor = visit_actor(text, mentions, actor, (trigger_at, trigger_end, end), envoy)
        actor = visitor(text, view, actor, trigger_at) or actor  # "welcomed X's delegation to visit China"
    elif speaker := participle_speaker(view, start, trigger_at):
        actor = speaker  # "Speaking when he paid a courtesy call on X, Y said"
    counterpart, counterpart_org = clause_counterpart(text, after, kind, trigger_end, end)
    if kind == "meeting" and (by := _RECEIVED_BY.match(text, trigger_at)) and isinstance(counterpart, Mention):
        # "Li was received by Hun Sen": the one who receives is the actor.
        if counterpart.start >= by.end() and counterpart.kind == "person":
            # "The Chinese delegation was received by X": whom X received is the delegation.
            unnamed = UNNAMED_DELEGATION.search(text, start, trigger_at) if actor is None else None
            actor, counterpart, counterpart_org = counterpart, unnamed.group(0) if unnamed else actor, None
    if kind == "meeting" and (passive_sides := _passive_meeting(text, view, (start, trigger_end, end))):
        actor, counterpart = passive_sides
    if counterpart_org is None and (described := described_organization(view, counterpart)):
        counterpart_org = described  # "met with X, secretary general of the Socialist Party of Chile"
    if kind == "meeting" and (between := _BETWEEN.search(text, trigger_end, end) or _TALKS_OF.match(text, trigger_end)):
        # "a meeting between A and B"; "the talks of A with B"
        actor, counterpart, counterpart_org = between_sides(between, after, trigger_end, (actor, counterpart,
                                                                                      counterpart_org))
    # ... and a pair's talks told without "with" ("A and B discussed the visit of C", "..., C said"): the pair, never
    # a person after the verb
    joined = joined_pair(text, mentions, trigger_at) if kind == "meeting" and (
        not isinstance(counterpart, Mention) or PAIR_TALKS.match(text, trigger_at)) else None
    if joined:
        actor, counterpart, counterpart_org = *joined, None  # "Xi Jinping and Shigeru Ishiba held a meeting"
    if kind == "summit":
        actor, counterpart, counterpart_org = _summit_sides(text, view, actor, mentions, (trigger_at, trigger_end, end))
    if kind == "founding" and passive(clause):
        actor, counterpart = None, _founded(text, (start, trigger_at, trigger_end, end), mentions, (actor, counterpart))
    if actor is None and (fronted := _fronted_sides(text, kind, after, (start, trigger_end, end), counterpart)):
        counterpart_org = counterpart_org if fronted[1] is counterpart else None
        actor, counterpart = fronted
    if kind == "appointment" and (named := appointee(text, after, trigger_at, trigger_end)):
        # "The party has appointed Liu Haixing as head of its International Department": the one
        # appointed is the actor, the body he is appointed to the counterpart.
        actor, counterpart = named, next((m for m in after if m.kind == "organization" and m.start > named.end), None)
    if kind == "visit" and (leader := _party_visit_leader(text, actor, counterpart, trigger_end)):
        actor, counterpart = leader, None
    if kind == "agreement":
        actor, counterpart = agreement_sides(text, actor, after, (start, trigger_at, trigger_end, end),
                                             subject is not None, mentions)  # "the sides signed": who met
    return actor, counterpart, counterpart_org


def _fronted_sides(text: str, kind: str, after: list[Mention], span: tuple[int, int, int], counterpart):
    """(actor, counterpart) a clause opening on its event gives after its comma: "During their meeting in Hanoi,
    A and B reviewed ..." (a meeting between A and B); "Speaking at the Summit in Fuzhou, X called ..." (X's)."""
    start, trigger_end, end = span
    people = [m for m in after if m.kind == "person" and m.entity_id]
    if kind == "meeting" and isinstance(counterpart, Mention) and _AT_MEETING.match(text, start):
        # "At a meeting with Liu Wei on May 16, Phong said ...": the speaker after it met him.
        host = next((m for m in people if m.start > counterpart.end and m.entity_id != counterpart.entity_id), None)
        if host:
            return host, counterpart
        # ... "At a meeting with a delegation of the MPLA, Liu said": the speaker met the body the phrase names
        comma = text.find(",", trigger_end, end)
        body = next((m for m in after if m.kind == "organization" and m.entity_id and m.end <= comma), None)
        return (counterpart, body) if body and counterpart.kind == "person" and counterpart.start > comma else None
    if kind == "meeting" and (fronted := _THEIR_MEETING.match(text, start)) and (
            pair := pair_at(text, people, fronted.end())) and (fronted.group(1) == "their" or not any(
                m.kind in ("person", "organization") and m.start > pair[1].end for m in after)):
        return pair  # not "In a meeting held in Beijing, A and B briefed the delegation of the X Party": co-hosts
    if kind == "summit" and _SPEAKING_AT.match(text, start) and (comma := text.find(",", trigger_end, end)) > 0:
        speaker = next((m for m in people if TITLE_ONLY.fullmatch(text, comma + 1, m.start)), None)
        return (speaker, counterpart) if speaker else None
    return None


def _founded(text: str, span: tuple[int, int, int, int], mentions: list[Mention], sides: tuple) -> Mention | str | None:
    """What a founding told in the passive founded: "X was established in 1951" founds X, never a
    person. "Established in 1951, Song's department has ...": a fronted participle's subject is the
    body named right after its comma ("Established in 2019, the JCM is a mechanism between the CPC
    and ..." names none)."""
    start, trigger_at, trigger_end, end = span
    bodies = [m for m in mentions if m.kind == "organization"]
    comma = _FRONTED_SUBJECT.search(text, trigger_end, end) if _FRONTED.match(text, start, trigger_at) else None
    if comma:
        return next((m for m in bodies if m.entity_id and comma.end() <= m.start <= comma.end() + 24), None)
    founded: list[Mention | str] = [m for m in bodies if _PASSIVE_GAP.fullmatch(text, m.end, trigger_at)]
    founded += [c for c in sides if isinstance(c, str) or c is not None and c.kind != "person"]
    founded += [m for m in bodies if m.entity_id and m.start >= trigger_end]
    return founded[0] if founded else None


def _gathering_actor(text: str, view: SentenceView, actor, after: list[Mention], span: tuple[int, int]):
    """Who attends or holds a gathering: the speaker "with X delivering" it, the body it is "hosted by", the
    first person it "was attended by"; where no host is named, the first person "..., which was attended by"."""
    trigger_end, end = span
    actor = gathering_speaker(text, view, trigger_end, end) or actor  # "The forum opened, with X delivering"
    if actor is None and (host := _HOSTED_BY.search(text, trigger_end, end)):
        actor = next((m for m in after if m.kind == "organization" and m.start >= host.end()), None)
    if text.endswith(ATTENDED_BY, 0, trigger_end) and (by := _ATTENDED_BY.match(text, trigger_end)):
        actor = next((m for m in after if m.kind == "person" and m.start >= by.end()), None)
    if text.endswith(LISTS_ATTENDEES, 0, trigger_end):  # "Present at the forum were A, B and C"
        actor = next((m for m in after if m.kind == "person" and m.entity_id and
                      TITLE_ONLY.fullmatch(text, trigger_end, m.start)), None)
    if actor is None and (by := WHICH_ATTENDED.search(text, trigger_end, end)):  # no host named: an attendee
        actor = next((m for m in after if m.kind == "person" and m.start >= by.end()), None)
    return actor


def _passive_meeting(text: str, view: SentenceView, span: tuple[int, int, int]):
    """(host, guest) of a meeting told in the passive with both named: "The meeting ... was attended by A and B",
    "Received on Tuesday by X, the Chinese official Y conveyed ..."; else None."""
    start, trigger_end, end = span
    people = [m for m in view.people if start <= m.start < end]
    if attended := _MEETING_ATTENDED.match(text, trigger_end):
        named = [m for m in people if m.start >= attended.end()]
        return (named[0], named[1]) if len(named) >= 2 else None
    if fronted := _FRONTED_RECEIVED.match(text, start):
        host = next((m for m in people if m.start >= fronted.end()), None)
        comma = text.find(",", host.end, end) if host is not None else -1
        guest = next((m for m in people if comma >= 0 and m.start > comma), None)
        return (host, guest) if host is not None and guest is not None else None
    return None

