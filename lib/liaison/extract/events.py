"""Visits, meetings, foundings, appointments, summits and agreements, coded after CAMEO/PLOVER:
the event type, the mode (visit = the actor travels, host = the counterpart comes to the actor,
third-place = neither's home) and the context (region, duration, number of countries) are
separate columns. Each event is one clause of one sentence, with that sentence as evidence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from liaison.extract.context import CuedPattern, Salience, SentenceView, clauses, sentence_subject
from liaison.extract.delegations import (
    DELEGATION_SUBJECT,
    delegation_leader,
    delegation_sides,
    led_subject,
    they_are_the_delegation,
)
from liaison.extract.event_actor import past_opener, reported_subject
from liaison.extract.event_clauses import (
    RECEPTION,
    delegation_gathering,
    first_trigger,
    reception_hosts,
    reception_sides,
    reported_infinitive,
    split_where,
)
from liaison.extract.event_coled import co_leaders
from liaison.extract.event_crowd import crowd_attendees
from liaison.extract.event_guests import guest_events, trip_for_gathering, visit_and_attend
from liaison.extract.event_held import places_from_held, places_over_the_dateline
from liaison.extract.event_hosting import hosted_delegations
from liaison.extract.event_hostless import hostless_attendees, several_delegations
from liaison.extract.event_invited import invited_attendees
from liaison.extract.event_kind import event_kind, posted_counterpart
from liaison.extract.event_lead import lead_attendees
from liaison.extract.event_listed import listed_events
from liaison.extract.event_more import (
    after_the_meeting,
    placed_after,
    sides_signed,
    told_after,
    without_bystanders,
)
from liaison.extract.event_participants import participants
from liaison.extract.event_record import Event, Sides, build_event, settle
from liaison.extract.event_refer import bare_name, remarks_occasion, titled_subject, visit_possessor
from liaison.extract.event_repeats import merge_retold
from liaison.extract.event_report import places_from_gathering, places_from_headline, places_from_trip
from liaison.extract.event_represented import representatives
from liaison.extract.event_separate import separate_delegations
from liaison.extract.event_setting import (
    LEAD_IN,
    Setting,
    event_date,
    home_country,
    planned_date,
    report_envoy,
)
from liaison.extract.event_sides import (
    complete,
)
from liaison.extract.event_speakers import gathering_speakers
from liaison.extract.event_when import past_trip, plan_date
from liaison.extract.event_where import (
    AND_JOINED,
    JOINED,
    JOINED_BACK,
    event_where,
    opening_place,
    tour_stop,
    visiting_places,
)
from liaison.extract.mentions import Mention
from liaison.extract.modality import PLANNED, REPORTED, event_status
from liaison.extract.triggers import held_virtually

# A regular expression behind a CuedPattern runs only where one of its cue words occurs.
_DOING_OPENER = re.compile(r"\s*(?:After|Before|Following)\s+(?=(?:attending|addressing|visiting|touring)\b)")
_CONCLUDED = re.compile(r"(?:concluded|wrapped up|ended|completed)\b")
# "Following the talks of A with B, the sides signed a protocol": the talks, then what the sides did.
_TALKS_OPENER = CuedPattern(r"(?:Following|After|During|At|In\s+the\s+course\s+of)\s+(?:the|their)\s+"
                            r"(?:[\w-]+\s+)?(?:talks|meeting|negotiations)\s+(?:of|between)\b[^;.]{0,200}?,\s+"
                            r"(?=(?:the\s+(?:two\s+)?sides|both\s+sides|the\s+two\s+(?:parties|leaders)|they)\b)",
                            ("talks", "meeting", "negotiations"))
_WHERE_IT = re.compile(r".*\bwhere\s+(?:it|he|she|they)\b", re.DOTALL)  # a trip's ", where it ..." clause
_WHILE_DOING = re.compile(r"\s*while\s+[a-z]+ing\b")
# An arrival ("arrived in", "jetted into", "flew into", "touched down in"): into the traveller's own
# country it is a homecoming, no trip.
_HOMECOMING = re.compile(r"(?:arriv|jetted|flew|touched)")  # not "returned from Beijing", a trip there


def find_events(text: str, views: list[SentenceView], all_mentions: list[Mention], where: Setting,
                title: str = "") -> list[Event]:
    """Events in a document's prose, one per clause with a trigger; `title` is the report's headline."""
    salience = Salience(all_mentions)
    where = replace(where, envoy=report_envoy(all_mentions),
                    people=tuple(m for m in all_mentions if m.kind == "person" and m.entity_id))
    out: list[Event] = []
    trip = None  # the latest visit, where "during the visit" happens
    occasion = None  # the latest meeting whose clause said where and when
    previous: list[Event] = []  # the events of the sentence before
    settling: list[tuple[Event, Sides]] = []  # each event, with what its mode and foreign side read
    links: list[tuple[Event, Event]] = []  # an event told "After the meeting," and that meeting
    leader = delegation_leader(text, views)  # who "the delegation" is where a sentence does not say
    hosts = reception_hosts(text, views)  # who hosts a reception whose sentence names no one
    told: list[Event] = []  # the last sentence's events, or those one sentence further back
    focus = None  # the person who did the last event told
    before = None  # the sentence before this one
    gap = 0
    for view in views:
        told_after(text, view, previous, told)
        paragraph = before is None or "\n" in text[before.sentence.end:view.sentence.start]  # a new one starts
        where = where.at_sentence(focus, opening_place(text, view) or ("" if paragraph else where.opened))
        parts = split_where(text, list(clauses(text, view)))
        visiting = visiting_places(text, view, parts)
        previous = []
        doer = None  # who the sentence's last clause said did something
        for clause_start, clause_end, relative_subject in parts:
            if reported_infinitive(text, view, clause_start, bool(AND_JOINED.search(
                    text, max(0, clause_start - JOINED_BACK), clause_start))):
                if (relative_subject := reported_subject(view, view.sentence.start, clause_start)) is None:
                    continue  # "X said the students will ... and attend the seminar": not X's act
            relative_subject = relative_subject or _joined_subject(text, view, clause_start, doer, leader)
            pairs = _event(text, view, clause_start, clause_end, relative_subject, salience, where, trip, occasion,
                           visiting, leader)
            if not any(e.kind == "meeting" for e, _ in pairs) and (
                    given := RECEPTION.search(text, clause_start, clause_end)):  # "gave a reception in honour of"
                pairs += _event(text, view, clause_start, clause_end, relative_subject, salience, where, trip,
                                occasion, visiting, leader, ("meeting", given, 0, hosts.get(view.sentence.start)))
            pairs = sides_signed(text, view, (clause_start, clause_end), pairs, previous or told, settling)
            pairs = without_bystanders(text, (clause_start, clause_end), pairs, out)
            pairs = separate_delegations(text, view, (clause_start, clause_end), pairs)  # "Separate delegations of"
            settling += pairs
            found = [event for event, _ in pairs]
            links += after_the_meeting(text, (clause_start, clause_end), found, out)
            doer = next((sides.actor for _, sides in pairs if isinstance(sides.actor, Mention)), None)
            if previous and previous[-1].status == PLANNED and JOINED.search(
                    text, max(0, clause_start - JOINED_BACK), clause_start):
                for event in found:  # "will call on X and hold talks with Y": the joined verb is planned too
                    event.status = PLANNED if event.status == REPORTED else event.status
            for event in found:
                out.append(event)
                previous.append(event)
                # an undated retelling of one's trip ("During his visit to Pakistan, ...") keeps the dated one
                trip = event if event.kind == "visit" and (event.start or trip is None or
                                                           trip.actor_id != event.actor_id) else trip
                stated = event.date_basis in ("text", "relative", "dateline") and event.places
                occasion = event if stated and event.kind in ("meeting", "summit") else occasion
        if previous and (said := remarks_occasion(text, view, before, where)):  # "made the remarks during ..."
            _on_remarks(previous, *said)
        before = view
        told, gap = (previous, 0) if previous else (told if gap == 0 else [], gap + 1)
        focus = sentence_subject(view) or (doer if doer is not None and doer.kind == "person" else focus)
    guest_events(text, out, settling)  # "met the visiting X": X's visit where they meet
    visit_and_attend(text, out, settling)  # "is in Vietnam for a visit and to co-chair a conference"
    trip_for_gathering(out, settling)  # "left for China for a 10-day workshop"
    for gathering, sides, speaker, said in list(gathering_speakers(text, views, settling)):  # spoke at the seminar
        out.append(replace(gathering, actor=speaker.name, actor_id=speaker.entity_id, evidence=said.sentence.text,
                           start_char=said.sentence.start, end_char=said.sentence.end))
        settling.append((out[-1], replace(sides, view=said, actor=speaker)))
    starts = {e.start_char for e in out if e.kind == "summit"}
    for kind, (person, said, places, when), mode in [("summit", told, "") for told in [
            *hostless_attendees(text, views, starts), *invited_attendees(text, views)]] + [
            ("summit", told[:4], told[4]) for told in lead_attendees(text, views, title)] + [
            ("visit", told, "") for told in [*several_delegations(text, views), *hosted_delegations(text, views)]]:
        if not any(e.kind == kind and e.actor_id == person.entity_id for e in out):  # "Two delegations arrived"
            out.append(build_event(kind, person, None, None, places, "", when, said,
                              said.sentence.start, said.sentence.end))
            out[-1].mode = mode  # "virtual" for a gathering held online (settle keeps it), else read there
            settling.append((out[-1], Sides(said, said.sentence.text, person, None, None)))
    representatives(text, views, out, settling)  # "The BCP was represented by its President X"
    crowd_attendees(text, views, out, settling, where)  # "A, B, C and others attended and addressed the meeting"
    places_over_the_dateline(text, views, out, _lined(settling, where), lambda: places_from_trip(out))
    places_from_gathering(out, [event.evidence for event in out])
    places_from_held(text, views, out)  # "A conference ... was held in Beijing. Speaking at the conference, X said"
    places_from_headline(text, all_mentions, out)  # "Senior CPC official visits Cambodia": the trip's place
    placed_after(links)  # "After the meeting, A and B attended a signing ceremony": where the meeting was
    co_leaders(text, views, out, settling)  # "The delegation was led by A, ..., and Ambassador B": B's rows too
    for event, sides in settling:  # places are final: what reads them is computed once, here
        settle(event, sides)
    tour_stop(out)
    return merge_retold(out)


def _lined(settling: list[tuple[Event, Sides]], where: Setting) -> list[tuple[Event, bool]]:
    """The meetings and gatherings the dateline alone placed (their sentence names no place of its country), in a
    country neither side is from where one side's is known: a wire filed from a bureau abroad may say where they were.
    Each is paired with whether both sides' countries are known (then the dateline is surely no side's)."""
    line = where.dateline.iso3 if where.dateline is not None else ""
    return [(event, "" not in homes) for event, sides in settling if line and event.kind in ("meeting", "summit") and
            event.places == line and not any(m.kind == "place" and m.iso3 == line and m.cue != "dateline"
                                             for m in sides.view.mentions) and
            line not in (homes := {home_country(sides.actor), home_country(sides.counterpart, sides.view)}) and
            homes != {""}]


def _joined_subject(text: str, view: SentenceView, clause_start: int, doer, leader: Mention | None):
    """Who does a verb joined by "and" to the clause before: whoever did that clause's event ("the
    delegation met with A, ..., and held talks with B": it did both), else the leader of a delegation
    the sentence opens on ("The delegation also communicated with ..., and attended an event")."""
    if _WHERE_IT.match(text, max(0, clause_start - 8), clause_start + 5) and doer is not None:
        return doer  # "arrived in Caracas on Tuesday, where it is meeting with X": who arrived
    if doer is not None and _WHILE_DOING.match(text, max(0, clause_start - 7)):
        return doer  # "Hằng met with X, while joining Y to co-chair a seminar": who met
    if not AND_JOINED.search(text, max(0, clause_start - JOINED_BACK), clause_start):
        return None
    if doer is not None:
        return doer
    if led := led_subject(text, view, clause_start):
        return led  # "The delegation led by X also visited the parliament and met Speaker Y": X met Y
    if leader is not None and clause_start > view.sentence.start and (DELEGATION_SUBJECT.match(
            text, view.sentence.start, clause_start) or they_are_the_delegation(text, view.sentence.start)):
        return leader
    return None


def _on_remarks(events: list[Event], said, basis: str, place: str) -> None:
    """The sentence's meetings and gatherings happen when and where the remarks they were made at were said."""
    for event in events:
        if event.kind in ("meeting", "summit"):
            if said is not None:  # a date in the sentence is the statement's ("said a statement on Tuesday")
                event.start, event.end = said.date.iso(), (said.end_date or said.date).iso()
                event.date_precision, event.date_basis = said.date.precision, basis
            event.places = event.places or place


def _event(text, view: SentenceView, start: int, end: int, subject, salience: Salience, where: Setting,
           trip: Event | None, occasion: Event | None, visiting: dict[str, list[str]],
           leader: Mention | None = None, forced=None) -> list[tuple[Event, Sides]]:
    """The clause's event, and one more for each further person a meeting lists ("met with A,
    title, and B, title"): the same meeting with another counterpart."""
    if talks := _talks_opener(text, start, end, bool(forced) or subject is not None):
        # "Following the talks of A with B, the sides signed a protocol": the talks, then what the sides did
        met = _event(text, view, start, talks - 2, None, salience, where, trip, occasion, visiting, leader)
        return met + _event(text, view, talks, end, met[0][1].actor if met else None, salience, where, trip,
                            occasion, visiting, leader)
    return _clause_event(text, view, start, end, subject, salience, where, trip, occasion, visiting, leader, forced)


def _clause_event(text, view: SentenceView, start: int, end: int, subject, salience: Salience, where: Setting,
                  trip: Event | None, occasion: Event | None, visiting: dict[str, list[str]],
                  leader: Mention | None = None, forced=None) -> list[tuple[Event, Sides]]:
    """The events of one clause, as `_event` says, once no opening talks split it."""
    found = forced[:3] if forced else first_trigger(text, view, start, end)  # past one that points back
    kind = event_kind(text, view, found, end) if found else None
    if found is None or kind is None:
        return []
    _, trigger, base = found  # a reception's match indexes the whole text (base 0): its clause stays
    start = start if forced else base
    clause = text[start:end]  # the clause past what pointed back
    trigger_at, trigger_end = base + trigger.start(), base + trigger.end()
    after = [m for m in view.free_mentions if trigger_end <= m.start and m.end <= end and m.cue != "byline"]
    actor, counterpart, counterpart_org = participants(text, view, kind, start, end, trigger_at, trigger_end, subject,
                                                        salience, where.envoy, where.focus)
    if actor is None and kind in ("meeting", "visit", "summit"):  # "On Wednesday, Lula met X": a name given in full
        actor = bare_name(text, where.people, (start, trigger_at), True)
    actor = titled_subject(text, where.people, (start, trigger_at), actor)  # "The Secretary of Organization ... met"
    actor = visit_possessor(text, view, (start, trigger_at), actor, kind)  # "During X's visit to China, the ... met Y"
    if counterpart is None and kind == "meeting":  # "X met Dr Wee on Tuesday"
        counterpart = bare_name(text, where.people, (start, trigger_end), False)
    if kind == "meeting":  # "called on the Prime Minister", "was received by the President"
        counterpart = posted_counterpart(text, where.people, trigger, (trigger_at, trigger_end), counterpart)
    if leader:
        own = actor  # "The CPC delegation held discussions with ... the 20th CPC Central Committee": not its own body
        actor, counterpart = delegation_sides(text, kind, (start, trigger_at), subject, actor, counterpart, leader)
        if isinstance(own, Mention) and isinstance(counterpart, Mention) and own.entity_id == counterpart.entity_id:
            counterpart = None
    unhosted = False  # "A reception was given for the visiting delegation", no host named: the guest's meeting
    if forced:  # a reception: its host and its guest
        actor, counterpart = reception_sides(text, view, actor, leader, forced[3], (trigger_at, trigger_end, end))
        unhosted = actor is None and isinstance(counterpart, Mention) and forced[1].group(0)[0] in "rb"
        actor, counterpart = (counterpart, None) if unhosted else (actor, counterpart)
    if counterpart == "delegation":
        return []  # "The delegation was received by X" in a report naming no one delegation's leader
    virtual = held_virtually(clause)
    in_lead = where.lead[0] <= start < where.lead[1]
    places, region, during = event_where(text, view, kind, (start, trigger_at, end), after, (actor, counterpart), where,
                                    trip, visiting)
    kind, counterpart, (places, region, during) = _attending(text, view, (kind, trigger.group(0), counterpart), (
        start, trigger_at, end), after, actor, (places, region, during), where, trip, visiting)
    places = _abroad(view, kind, trigger.group(0), actor, places)
    # "the guest's visit, ... the visit by Xi": the next
    if not complete(kind, actor, counterpart or unhosted and bool(places), places, region):
        return [] if forced or end - trigger_end < 20 else _further(text, view, (start, trigger_end, end), subject,
                                                                     salience, where, trip, occasion, visiting, leader)
    status = event_status(text, start, trigger_at, trigger_end, end)
    first, basis = event_date(text, view, start, end, in_lead, where, trigger_at)
    # "said on Monday that Y will visit China next month": the plan's own time, not the day it was told
    first, basis, told = plan_date(text, view, (start, trigger_at, end), first, basis, status == PLANNED)
    first, basis = planned_date(first, basis, where, status == PLANNED)
    event = build_event(kind, actor, counterpart, counterpart_org, places, region, first, view, start, end)
    event.status, event.date_basis = status, basis
    event.mode = "virtual" if virtual and kind in ("meeting", "summit") else event.mode
    if kind == "visit" and event.duration_days and event.date_precision == "day" and event.start == event.end and \
            _CONCLUDED.match(trigger.group(0)):
        # "concluded a three-day visit to Germany on Tuesday": Tuesday is the visit's last day.
        event.start = (date.fromisoformat(event.end) - timedelta(days=int(event.duration_days) - 1)).isoformat()
    copied = None  # the occasion whose place the event takes
    if during and (not first or basis == "dateline" and during.start):  # "visited X on Saturday and met Y"
        event.start, event.end, event.date_precision = during.start, during.end, during.date_precision
        event.date_basis = "trip" if during.start else ""
    elif not first and occasion and kind in ("meeting", "summit", "agreement") and \
            event.actor_id == occasion.actor_id \
            and status == REPORTED:
        # A readout's later meetings by the same official ("Liu met separately with ...") happen
        # where and when its lead sentence says, unless they say otherwise.
        event.start, event.end, event.date_precision = occasion.start, occasion.end, occasion.date_precision
        event.date_basis = "occasion"
        if not event.places and not virtual:
            event.places, copied = occasion.places, occasion
    elif not (first or told) and (filed := where.dateline_date.date if where.dateline_date else where.published) \
            and status in (REPORTED, PLANNED) and kind in ("visit", "meeting", "summit") and not past_trip(
            text, kind, start, trigger_at, trigger_end):
        # An undated report of a meeting took place by the day the report was filed (its dateline's day,
        # "WASHINGTON, Dec. 9 (Xinhua) --", else its publication); an undated plan was current then.
        event.start = event.end = filed.iso()
        event.date_precision, event.date_basis = filed.precision, "document date"
    events = [(event, Sides(view, clause, actor, counterpart, counterpart_org, copied))]
    events += listed_events(text, view, event, events[0][1], (start, trigger_at, end), trigger.group(0))
    return events


def _abroad(view: SentenceView, kind: str, word: str, actor, places: list[str]) -> list[str]:
    """A visit's places but the traveller's own country where its verb tells an arrival: "Nepali Prime Minister X
    arrived in Kathmandu from Beijing" is no trip; "Li arrived in Beijing after his tour of Zambia" is Zambia's."""
    home = home_country(actor, view) if kind == "visit" and _HOMECOMING.match(word) else ""
    return [p for p in places if p != home] if home else places


def _attending(text, view, told, span, after, actor, placed, where, trip, visiting):
    """A visit with no place that a delegation is led "to attend" a gathering is that attendance ("led the delegation
    to attend the symposium"), placed as a gathering is (its dateline counts): (kind, counterpart, place reading)."""
    kind, word, counterpart = told
    attended = delegation_gathering(view.text, word, span[1], span[2]) if kind == "visit" and not placed[0] else ""
    if not attended:
        return kind, counterpart, placed
    return "summit", attended, event_where(text, view, "summit", span, after, (actor, None), where, trip, visiting)


def _talks_opener(text: str, start: int, end: int, told: bool) -> int:
    """Where the clause after an opening "Following the talks of A with B," starts (past a dateline), else 0
    (also for a clause whose subject was `told`: a relative clause's or a reception's)."""
    talks = None if told else _TALKS_OPENER.search(text, start, min(end, start + 300))
    return talks.end() if talks and LEAD_IN.fullmatch(text, start, talks.start()) else 0


def _further(text, view: SentenceView, span: tuple[int, int, int], subject, salience: Salience, where: Setting,
             trip: Event | None, occasion: Event | None, visiting: dict[str, list[str]],
             leader: Mention | None) -> list[tuple[Event, Sides]]:
    """The events of a clause whose first trigger told none: the next one, past the opening phrase
    holding it; and, when that phrase is a gerund ("After attending the NDP conference on Sunday, X will
    take part in ..."), its own event, done by whoever does the next."""
    start, trigger_end, end = span
    opened = past_opener(text, start, trigger_end)
    rest = _event(text, view, opened, end, None, salience, where, trip, occasion, visiting, leader)
    doer = rest[0][1].actor if rest else None
    if subject is None and opened > trigger_end and isinstance(doer, Mention) and doer.kind == "person" and \
            _DOING_OPENER.match(text, start, trigger_end):
        rest = _event(text, view, start, opened - 1, doer, salience, where, trip, occasion, visiting) + rest
    return rest
