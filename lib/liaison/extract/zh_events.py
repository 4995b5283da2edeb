"""Events in Chinese readouts: "6月27日，刘建超在罗马会见意大利民主党总书记施莱因" is a meeting
(actor 刘建超, counterpart 施莱因 of the Democratic Party, Italy, in Rome, on 27 June).

A readout's main verb follows its subject, so a clause's event is its first trigger and its
actor the first person before it. The counterpart is the person after the verb, or the head
of a delegation ("由……率领的……代表团", "以……为团长的"), or who stands between 同/与 and the verb
("同……举行会谈"); a visit's host is whoever invited the actor ("应……邀请"). Rows are the
English path's Event, so both languages land in one table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract import zh_visitors
from liaison.extract.context import SentenceView
from liaison.extract.events import Event
from liaison.extract.zh_abroad import attends_abroad, hosts_abroad, told_hosts
from liaison.extract.zh_clauses import INVITED, clauses, invites_someone
from liaison.extract.zh_counterparts import RECEIVED_BY, counterparts_of, received_group
from liaison.extract.zh_delegations import (
    delegation_heads,
    in_trip,
    is_group,
    relative_head,
    talks_head,
)
from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_guests import guests_in_china
from liaison.extract.zh_hosted import status as act_status
from liaison.extract.zh_places import event_places, event_region, names_short_form, short_forms, travelled_to
from liaison.extract.zh_positions import appointee
from liaison.extract.zh_pronouns import after_semicolon, with_pronouns
from liaison.extract.zh_repeats import merge_repeats
from liaison.extract.zh_rows import (
    as_held,
    build,
    gathering_guests,
    guests_gatherings,
    guests_visits,
    held_gathering,
    hosted_summit,
    mutual_visits,
    received_at_home,
    same,
    where_met,
)
from liaison.extract.zh_sides import desk_abroad, home_of, posted_place
from liaison.extract.zh_speakers import Session, speaker_summit
from liaison.extract.zh_subject import JOINED, clause_subject
from liaison.extract.zh_triggers import (
    AFTER_MEETING,
    ANNIVERSARY,
    NOT_CHINA,
    NOT_TRIGGER_AFTER,
    NOT_TRIGGER_BEFORE,
    THROUGH,
    TRIGGER,
    VISIT_WORDS,
    WISHED,
    attended_before,
    of_guests,
    restated_in,
)
from liaison.extract.zh_trips import (
    above_named,
    each_time,
    framing_act,
    guest_in_china,
    headline_visits,
    placed_as_before,
    placed_by_visit,
    told_visits,
)
from liaison.extract.zh_visitors import (
    RESTATED,
    co_actors,
    co_visitors,
    frame_end,
    framed_visitor,
    framing_speaker,
    glad_to_visit,
)
from liaison.extract.zh_when import (
    FILED,
    Dateline,
    after_speech,
    anothers_since,
    carried_date,
    planned_ahead,
    read_dateline,
    stated,
    trip_days,
    undated,
)
from liaison.load.dates import PartialDate

# What may stand between "访华的" and the name it describes: posts ("国家元首"), not a clause ("……中没有").
_POSTS_ONLY = re.compile(r"[^，,。；;中没沒有是]{0,6}")
_COMMA = re.compile(r"[，,；;]")
# "如果计划和安排顺利，甲会先访马": a visit on a condition is no plan yet
_IF = re.compile("(?:" + variants(["如果", "假如", "倘若", "假若"]) + r")[^，,。；;]{1,30}[，,][^。；;]*$")
# "……，刘建超此次访问老挝必将……": this visit is under way, whatever condition a speaker said before it.
_THIS_VISIT = re.compile(variants(["此次", "这次", "本次"]) + "$")
_COPULA = re.compile(r"(?<=[\u4e00-\u9fff])(?:是|係)(?=应|應|于|於|在|为|為|首次|第一次|正在|来|來|前来|前來)")
# "刘建超在德黑兰与……会面时说": a meeting told with its place is told here, not restated to frame a speech.
_PLACED_HERE = re.compile(r"在[\u4e00-\u9fff]{2,6}(?:与|同|和|會見|会见|会晤)")
# "习近平主席同纳扎尔巴耶夫总统多次会晤", "近年来，……同……深入交流": meetings as a habit, no one event.
_HABITUAL = re.compile(variants(["多次", "近年来", "多年来", "历次", "屡次", "每年", "经常", "频繁"]))
# "马飚首先感谢阮富仲主席在百忙之中会见广西代表团": thanks for a meeting told before, no meeting of its own
_THANKS_FOR = re.compile(variants(["感谢"]) + r"[^，,。；;]{1,30}$")

_VIRTUAL = re.compile(variants(["视频会晤", "视频会见", "视频通话", "视频连线", "视频会议", "以视频方式", "通过视频",
                                "视频交流", "视频会谈", "视频对话", "视频形式",
                                "视频方式", "线上", "云会见", "电话", "通话"]))
# "……率团访问越南。11日，……在河内会见代表团。": no one, or the delegation the visit brought, after the verb
_NOTHING_AFTER = re.compile(r"了?(?:(?:中共|中国|中國)?(?:代表团|代表團|该团|該團)(?:一行)?)?[。！\s]*")
# "……的最后一站，此前他们访问了印度和尼泊尔", "之前，该团……": 此前/之前 and a pronoun for whom the report is on
_BEFORE_THEM = r"(?:此前|之前)[，,]?(?:" + variants(["他们", "她们", "他", "她", "该团", "代表团"]) + ")"
_GOES_ON = re.compile(variants(["双方", "会谈后", "会见后", "会谈结束后", "随后", "此后", "之后", "其间", "访问期间"])
                      # "他同……举行会谈", "他还会见了……" opening a sentence: the one the report is on goes on
                      + r"|" + _BEFORE_THEM + r"|(?<![\u4e00-\u9fff])(?:他|她)(?=同|与|與|还|還|又|会见|會見|会晤)")
_INVITES = re.compile("(?:" + variants(["邀请", "邀"]) + ")$")
_INVITING = re.compile(variants(["邀请", "邀约"]))
_DURING = re.compile(variants(["期间", "期間"]))
_EARLIER = re.compile(variants(["此前", "先前", "早前"]) + "|" + _BEFORE_THEM)


def find_zh_events(text: str, views: list[SentenceView], people: list[list[Person]], body_start: int | None,
                   published: PartialDate | None) -> list[Event]:
    """Events of a document's Chinese sentences, one per clause with a trigger (one per person
    where the verb lists several: "会见了甲、乙"). Dates are known as the English path knows them
    (date_basis): stated in the clause, the visit's days, the dateline's, or the report's own.
    `people` is read_people(views)."""
    dateline = read_dateline(text, views, body_start,
                         published if published and published.precision in ("day", "month") else None)
    dateline.heads = delegation_heads(text, people)
    dateline.shorts = short_forms(views)
    out: list[Event] = []
    trip: _Trip | None = None
    last: object = None  # the latest sentence's subject, whom "双方" and "会谈后" go on about
    named: Person | None = None  # the last person of the sentence before, whom a 他 may stand for
    alone = False  # whether that sentence named no one else
    lead = next((v.sentence.start for v in views if body_start is not None and v.sentence.start >= body_start), -1)
    session = Session()  # what was told since the latest gathering told held (zh_speakers)
    met = False  # whether a meeting was told before: "在会谈中表示" then restates it
    spoken: list[Event] = []  # who spoke at a gathering told held (zh_speakers), one for each
    for view, persons in zip(views, people):
        persons, named, alone = with_pronouns(text, view, persons, named, alone), (
            persons[-1] if persons else named), (len({p.entity_id for p in persons}) == 1 if persons else alone)
        subject = last if _GOES_ON.search(text, view.sentence.start, view.sentence.end) \
            or after_semicolon(text, view.sentence.start) else None
        dateline.here = []
        held = held_gathering(text, view)
        dateline.held = held or dateline.held
        session.told(held, view.sentence.start == lead)
        dateline.in_session = session.open and session.after <= 0  # told in this sentence or the one before
        told = len(out)
        for start, end in clauses(text, view):
            events, subject = _clause_events(text, view, persons, start, end, subject, dateline, trip, met)
            events = events or hosted_summit(text, view, start, end, dateline)
            out += events
            met = met or any(e.kind == "meeting" for e in events)
            dateline.here = next((e.places.split("|") for e in events if e.places), dateline.here)
            dateline.groups += [side for e in events for side in (e.actor, e.counterpart) if is_group(side)]
            dateline.guests |= {e.actor_id for e in events if e.kind == "visit" and e.places == "CHN" and e.actor_id}
            dated = [e for e in events if e.date_basis in ("text", "relative") and e.date_precision == "day"
                     and e.start == e.end]
            dateline.told = dated[0].start if dated else dateline.told
            dateline.told_by = ({k for e in dated for k in (e.actor_id or e.actor, e.counterpart_id or e.counterpart)
                                 if k}, view.sentence.end) if dated else dateline.told_by
            visit = next((e for e in events if e.kind == "visit"), None)
            # a guest's visit told by its meeting ("会见来访的甲", "会见由甲率领的代表团") is no trip of the subject's;
            # nor is one recalled from before the trip told ("他前一次访华是去年3月"): "在北京期间" is still this one's
            trip = _Trip(visit, subject) if visit and visit.date_basis and not visit.date_basis.startswith("inferred") \
                and not _recalled(visit, trip) else trip
        last = subject or last
        speaker = None if len(out) > told else speaker_summit(text, view, persons, dateline, session,
                                                               {row.counterpart for row in spoken})
        spoken += [speaker] if speaker else []
        session.went_on(text, view, out[told:], dateline.held)
    # a speaker stands for a gathering no one is told attending ("……出席开幕式" told after the speeches)
    out += [row for row in spoken if not any(e.kind == "summit" and e.counterpart == row.counterpart
                                             and e.actor_id.startswith("person:") for e in out)]
    out = placed_by_visit(placed_as_before(told_hosts(told_visits(out)), text))
    return merge_repeats(out + headline_visits(text, body_start, out))


def _recalled(visit: Event, trip: _Trip | None) -> bool:
    """Whether `visit` began before the trip already told: an earlier one recalled, not where the report goes on."""
    return trip is not None and bool(visit.start) and bool(trip.event.start) and visit.start < trip.event.start[
        :len(visit.start)]


@dataclass(slots=True)
class _Trip:
    """The latest visit, and who made it: where "访问期间" happens and whom a bare "会见" meets."""
    event: Event
    actor: object


def _clause_events(text, view, people, start, end, subject, dateline, trip, met) -> tuple[list[Event], object]:
    """The events of the clause's first trigger that makes one ("会谈后，甲签署了……" is a signing); `met`:
    whether a meeting was told before, which "在会谈中表示" may restate."""
    told, relative_actor = False, subject
    relative: list[Event] = []  # "……来访的甲": visits told on the way to the clause's verb
    for trigger in TRIGGER.finditer(text, start, end):
        current = relative_actor if relative else subject
        framing = framed_visitor(text, people, start, end, trigger, trip)
        if framing is not None:  # "对中国广东省进行工作访问期间，……丁进勇……会见……"
            events, actor = _trigger_events(text, view, people, start, end, framing, dateline, trip, trigger)
            home = home_of(actor)  # "在对越南进行国事访问期间，越共中央总书记甲同……会谈": 甲 hosts, not visits
            relative = relative + [e for e in events if not (home and home in e.places.split("|"))]
            relative_actor, trip = actor, trip or (_Trip(events[0], actor) if events else None)  # it places
            continue  # what follows ("在对中国进行国事访问期间，周明远同阮文山举行会谈": in China)
        frame = frame_end(text, people, start, end, trigger)
        if frame is not None:  # "在越南国家主席甲对中国进行国事访问期间，中联部部长乙会见了……": 甲 visits, 乙 meets
            events, actor = _trigger_events(text, view, people, start, frame, subject, dateline, trip, trigger)
            visits = [e for e in events if e.kind == "visit"] if trip is None else []
            relative, relative_actor, start = relative + visits, actor, frame
            trip = _Trip(visits[0], actor) if visits else trip
            continue
        framed = framing_speaker(text, people, start, end, trigger)
        if framed is not None:  # "在会见越南共产党代表团时，陈立新表示": the meeting framing what was said
            events, _ = _trigger_events(text, view, people, start, framed[1], framed[0], dateline, trip, trigger)
            if events:
                return relative + events, framed[0]
            continue
        if NOT_TRIGGER_AFTER.match(text, trigger.end(), end) or \
                (trigger.lastgroup in ("visit", "meeting") and ANNIVERSARY.match(text, trigger.end(), end)) or \
                NOT_TRIGGER_BEFORE.search(text, max(start, trigger.start() - 3), trigger.start()) or \
                of_guests(text, start, end, trigger) or framing_act(text, start, end, trigger) or \
                (trigger.lastgroup == "meeting" and RESTATED.match(text, trigger.end(), end)
                 and not _PLACED_HERE.search(text, start, trigger.start())) or \
                (trigger.lastgroup == "meeting" and _HABITUAL.search(text, start, trigger.start())) or \
                restated_in(text, (view.sentence.start, start), trigger, met) or \
                (trigger.lastgroup == "meeting" and _THANKS_FOR.search(text[start:trigger.start()])) or \
                (trigger.group(0)[-1] in "华華" and NOT_CHINA.match(text, trigger.end())) or \
                (trigger.lastgroup == "visit" and THROUGH.search(text, start, trigger.start())) or \
                (trigger.lastgroup == "visit" and (WISHED.search(text, start, trigger.start()) or (_IF.search(
                    text, view.sentence.start, trigger.start()) and not _THIS_VISIT.search(
                    text, max(start, trigger.start() - 2), trigger.start())))) or \
                (trigger.lastgroup == "visit" and trigger.group(0) not in VISIT_WORDS
                 and not names_short_form(trigger.group(0), dateline.shorts)):
            continue
        events, actor = _trigger_events(text, view, people, start, end, current, dateline, trip, trigger)
        if events and (trigger.lastgroup == "visit" and zh_visitors.visit_goes_on(text, start, trigger) or (
                trigger.lastgroup == "summit" and getattr(actor, "start", -1) > trigger.start())
                or trigger.lastgroup == "meeting" and AFTER_MEETING.match(text, trigger.start() - 1)
                or attended_before(text, start, trigger)):
            # "正在喀山出席金砖国家峰会的……范明政与习近平……会晤": the gathering is told of the meeting's actor
            relative, relative_actor = relative + events, actor  # "同……专程来访的……黎怀忠举行会谈": the verb
            continue  # is further on
        if events:
            return relative + events, actor
        if actor is not current:
            subject, told = actor, True  # what the clause is about, though it makes no event
    if relative:
        return relative, relative_actor
    if told:
        return [], subject
    named = next((p for p in people if start <= p.start and p.end <= end), None)
    return [], named or subject  # "刘建超在吉林，同……举行会晤": the clause names who goes on


def _trigger_events(text, view, people, start, end, subject, dateline, trip, trigger) -> tuple[list[Event], object]:
    kind = trigger.lastgroup or ""
    at = trigger.start()
    speech = None if kind == "visit" and glad_to_visit(text, start, at) else after_speech(text, start, at)
    start = speech or start
    invited = INVITED.search(text, start, at)
    # "在新加坡访问的中联部部长刘建超" (not "……是应邀访华的。", which closes a 是……的 sentence)
    # "在新加坡访问的中联部部长刘建超", "曾赴乌拉圭出席……的农业农村部长韩俊": the verb is in what is said of
    # whom it names after it, who is who visits or attends
    head = relative_head(text, people, trigger.end(), end) if kind in ("visit", "summit") \
        else talks_head(text, people, trigger, start, end) if kind == "meeting" else None
    of = re.match(r"中?的(?![。，,；;！]|$)", text[trigger.end():trigger.end() + 3]) if kind == "visit" else None
    # "甲是应……邀请，于七月九日开始到中国进行正式访问的重要客人": 是 makes the subject the one described
    copula = _COPULA.search(text, start, at) if of and not head else None
    if (head or of) and not copula:  # the person right after 的, with the posts before the name
        # ("访华的越共中央总书记甲"), not one named further on ("访华的民盟代表团中没有甲")
        actor = head or next((p for p in people if trigger.end() <= p.start and p.end <= end
                              and _POSTS_ONLY.fullmatch(text, trigger.end() + (of.end() if of else 0),
                                                        p.chain_start)), None)
    else:
        actor = clause_subject(view, people, start, at, invited, subject, kind, dateline.heads, dateline.groups)
    if actor is None or (speech and (actor is subject or actor.start < start)) or (
            kind in ("visit", "summit") and isinstance(actor, Person) and (
                _INVITES.search(text, start, actor.chain_start) or (
                    actor.start < start and _INVITING.search(text, invited.end() if invited else start, at)) or (
                    invites_someone(text, max(actor.end, invited.end() if invited else 0), at)))):
        # "台中市长甲盛情邀约乙访台": 甲 invites, no one visits yet
        # "……，并邀请……来华出席" (not "是应……邀请……访华的")
        return [], subject  # in reported speech only a subject named there acts; "邀请乙访问" is an invitation
    if kind == "appointment":
        actor, counterparts = appointee(view, people, actor, subject, start, trigger, end)
        if actor is None:
            return [], subject
    actor_end = actor.end if start <= actor.start < at else start
    if kind != "appointment":
        counterparts = counterparts_of(kind, text, view, people, actor_end, trigger, end, invited,
                                        (dateline.heads, actor), dateline.held, dateline.in_session)
    received = RECEIVED_BY.search(text, actor_end, at) if kind == "meeting" else None
    hosts = [p for p in people if received and received.end() <= p.start and p.end <= at]
    if hosts and actor is not None:  # a group received ("考察团一行……接受了……的会见") too
        # "刘建超受到越共中央总书记阮富仲的会见": who received him is who met him.
        actor, counterparts = hosts[0], [(actor, None)]
    elif kind == "meeting" and not counterparts and isinstance(actor, Person):
        counterparts = received_group(text, start, actor, dateline.heads) or counterparts
    if kind == "meeting" and not counterparts and trip is not None and trip.actor is not actor \
            and isinstance(actor, Person) \
            and _NOTHING_AFTER.fullmatch(text, trigger.end(), end):
        counterparts = [(trip.actor, None)]  # "……率团访华。王家瑞会见。": whom the visit brought
    places = event_places(text, view, kind, actor_end, at, trigger.end(), end, trigger.group(0), start,
                          dateline.shorts) or _carried(text, kind, actor is subject, start, dateline) or (
        guests_in_china(text, trigger.end(), counterparts, dateline.shorts) if kind == "meeting" else [])
    places = places or (above_named(text, invited, at, end) if kind == "visit" else [])
    region = event_region(text, actor_end, at, trigger.end(), end) if kind == "visit" and not places else ""
    virtual = bool(_VIRTUAL.search(text, start, end))
    dates = [d for d in view.dates if d.end <= end and not FILED.match(text, d.end, d.end + 8)
             and not anothers_since(text, d, people, (getattr(actor, "start", -1), at))]
    # The date nearest before the verb ("王毅……将于3月15日至17日赴越南出席"), else the clause's first.
    near = [d for d in dates if actor_end <= d.start and d.end <= at]
    # else the clause's first, not one in a phrase the verb's is over by ("……访问，成为美国一月三日……以来")
    date = near[-1] if near else next((d for d in dates if d.start >= start
                                       and not _COMMA.search(text, trigger.end(), d.start)), None) \
        or carried_date(text, dates, actor, start)  # "甲20日晚上在臺南某酒店，會見……"
    # Else a date opening the sentence ("3月23日至27日，……出席……，并率团访问……"), after the visit's.
    first_named = min((p.start for p in people), default=view.sentence.end)
    opening = next((d for d in dates if d.end <= first_named), None)
    places, date = as_held(kind, dateline.held, counterparts, places, date)
    when = stated(date, dateline)
    status = act_status(text, actor_end, at, end, [(p.start, p.end) for p in people])
    when = planned_ahead(when, status, date, dateline)  # "将于10月访问" in a June report: the coming October
    # what a speaker recalls is placed by its own words; what is still ahead ("甲会与乙会面") by the trip
    if not places and not virtual and kind in ("meeting", "summit") and (not speech or status == "planned"):
        if trip is not None and (_DURING.search(text, start, at) or trip.event.start_char == view.sentence.start
                                 or (counterparts and (counterparts[0][0] is trip.actor
                                                       or same(counterparts[0][0], trip.actor)))
                                 or ((not date or in_trip(date, trip.event)) and same(actor, trip.actor))):
            # "访问期间，……会见了……": where the visit is, and within its days when no day is given.
            places = [p for p in trip.event.places.split("|") if p]
            # (a date opening a later sentence is its own: "……访问吉尔吉斯斯坦。12日，他同……会谈")
            if not date and (not opening or trip.event.start_char == view.sentence.start) and trip.event.start:
                when = (trip.event.start, trip.event.end, trip.event.date_precision, "trip")
        elif dateline.place is not None and not (
                kind == "summit" and (speech or desk_abroad(actor, dateline.place.iso3))):
            places = [dateline.place.iso3]
        else:  # "会见新任越南驻华大使范清平": met in China; "驻南非大使王刚会见了……": where he is posted
            places = posted_place(actor, [actor] + [c for c, _ in counterparts]) or (
                received_at_home(text, view, actor, counterparts, end) if kind == "meeting" else []) \
                or guest_in_china(kind, counterparts, dateline.guests)  # "李强之前与兰布卡会谈": 兰布卡 visits
    if not when[0] and not speech and not _EARLIER.search(text, start, at):  # what a speaker recalls ("不久前通电话")
        # or a report says came before ("此前他们访问了……") takes no date but its own
        sides = [actor] + [c for c, _ in counterparts]
        when = trip_days(undated(view, kind, status, opening, dateline, sides), trip, kind, sides, places)
    gone = travelled_to(text, view, actor_end, at) if kind == "summit" and not virtual else []
    places = places or gone  # "前往美国参加研讨会": where one went to attend it
    # whom the verb names after it, or a guest named before the hosts ("……团长是甲。部长乙和副部长丙当天会见了
    #代表团"): not one named between them ("乙和丙举行会谈")
    named_at = [getattr(c, "start", -1) for c, _ in counterparts]
    met_after = any(s >= trigger.end() for s in named_at) or bool(named_at) and all(
        0 <= s < getattr(actor, "start", start) for s in named_at)
    ones = [actor] + (co_actors(text, people, actor, start, at, kind, met_after) if kind in ("meeting", "summit")
                      else co_visitors(text, people, actor, start, at))
    events = [
        build(view, (start, end), kind, one, counterpart, delegation, where_met(kind, places, counterpart), virtual,
              status, when, region)
        for one in ones for counterpart, delegation in counterparts
        if (counterpart is not None or kind == "visit") and (places or region or kind != "visit")
        and not same(counterpart, one) and counterpart is not one  # "孙家正在与……会见中表示"
    ]
    events += guests_visits(text, view, (start, end), trigger, counterparts, places, status) + hosts_abroad(
        view, (start, end), ones, counterparts, places, status) if kind == "meeting" and not virtual else []
    events += guests_gatherings(text, view, (start, end), kind, trigger.end(), actor, counterparts, places, status) \
        + gathering_guests(text, view, (start, end), kind, people, ones, places, virtual, status, at)
    if gone:  # "赴越南出席……会议": the journey is a visit too
        events.insert(0, build(view, (start, end), "visit", actor, None, None, gone, False, status, when))
    # "率宣介团在苏丹出席……研讨会": there on a visit
    events += attends_abroad(view, (start, end), ones, places, status) if kind == "summit" and not virtual \
        and events and not gone else []
    # "甲和乙互访"; "继2013年9月、2015年5月以后……访问"
    return mutual_visits(text, view, (start, end), people, trigger, when, status) or each_time(
        text, events, dates, start, at) or events, actor


def _carried(text: str, kind: str, goes_on: bool, start: int, dateline: Dateline) -> list[str]:
    """"在阿斯塔纳会见甲，与乙举行会谈": a meeting joined on by 与/同 is where the clause before placed its own."""
    return list(dateline.here) if kind == "meeting" and goes_on and JOINED.match(text, start) else []
