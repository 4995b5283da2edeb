"""What a Chinese readout tells of a trip without a verb of its own (round 9).

- A meeting told as going on from an earlier one ("8日，甲还会见了乙", "访问期间，甲还会见了……", "其间……")
  that names no place is where the latest event of the same person was placed.
- A foreign guest met in China, with no delegation and no visiting word ("赵乐际在北京会见委内瑞拉总统
  马杜罗"), is on a visit to China; someone posted in China (驻华大使, 总领事) is not.
- A headline's visit ("特使甲访问巴勒斯坦") makes an event only when the body places that person's meetings
  in that country and tells no visit of theirs: a headline alone is a title, and it names the trip the
  body's meetings were part of; it is no separate event, and gives no date.
"""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.events import Event
from liaison.extract.zh_grammar import Person
from liaison.extract.zh_sides import home_of, posted_place
from liaison.reference.places import find_places

# "还会见了", "还分别会见", "又与", "也同", "访问期间", "其间", "在……期间": the act goes on from the one told before.
_GOES_ON = re.compile(r"[还又也](?:分别|先后)?(?:会见|会晤|拜会|同|与)|访问期间|其间|期间|此间")
_POSTED = re.compile(r"驻|大使|公使|参赞|领事|代表处|办事处")
_HEADLINE_VISIT = re.compile(r"(?:率团|率代表团)?(?:访问|出访|访)")
# "应甲、乙邀请，……前往上述两国进行访问": the countries are those of the hosts named.
_ABOVE = re.compile(r"上述(?:[两兩二三四五六七八九几幾各][个個]?)?(?:国家|國家|国|國)")
# "在巴勒斯坦各派签署《北京宣言》之前，王毅会见……": an act that only dates the clause's own verb.
_BEFORE_OR_AFTER = re.compile(r"[^，,。；;]{0,40}?(?:之前|之后|以前|以后|前夕)(?:[，,]|$)")
_IN_A_GROUP = re.compile(r"代表团|考察团|访问团|参访团|友好团|一行|率领|为团长|为首")
# Marks on the visits inferred here, until told_visits keeps or drops them.
INFERRED_GUEST = "inferred-guest"


def placed_as_before(events: list[Event], text: str) -> list[Event]:
    """Fill in the place of a meeting that goes on from an earlier event of the same person."""
    out: list[Event] = []
    for e in events:
        if e.kind == "meeting" and not e.places and e.mode != "virtual" \
                and _GOES_ON.search(text, e.start_char, e.end_char):
            sides = {e.actor, e.counterpart}
            before = next((b for b in reversed(out) if b.places and b.kind in ("meeting", "visit")
                           and sides & {b.actor, b.counterpart}), None)
            if before is not None:
                e = replace(e, places=before.places)
        out.append(e)
    return out


def foreign_guest(text: str, clause: tuple[int, int], counterpart, places: list[str]) -> bool:
    """A person from abroad, met in China, who is not posted here, and not of a delegation the clause names
    (whose visit is its head's)."""
    if places != ["CHN"] or not isinstance(counterpart, Person) or not counterpart.titles \
            or _IN_A_GROUP.search(text, clause[0], counterpart.chain_start) \
            or _IN_A_GROUP.search(text, counterpart.end, clause[1]):
        return False  # (his own post may name the group he heads: "法塔赫副主席、代表团团长甲")
    home = home_of(counterpart)
    return home not in ("", "CHN", "HKG", "MAC") and not posted_place(counterpart, [counterpart]) \
        and not any(_POSTED.search(t.org_text + t.head) for t in counterpart.titles)


def headline_visits(text: str, body_start: int | None, events: list[Event]) -> list[Event]:
    """The visit a headline tells, as one event, when the body's meetings of that person are in that country."""
    if not body_start or body_start > 80:
        return []
    head = text[:body_start]
    found = _HEADLINE_VISIT.search(head)
    if found is None:
        return []
    where = {p.iso3 for p in find_places(head[found.end():]) if p.iso3}
    visited = {(e.actor, p) for e in events if e.kind == "visit" for p in e.places.split("|")}
    out: list[Event] = []
    for e in events:
        for who, name in ((e.actor, e.actor), (e.counterpart, e.counterpart)):
            if e.kind != "meeting" or e.places not in where or (who, e.places) in visited:
                continue
            if name and name in head[:found.start()]:
                visited.add((who, e.places))
                out.append(replace(e, kind="visit", actor=who, actor_id=e.actor_id if who == e.actor
                                   else e.counterpart_id, counterpart="", counterpart_id="", counterpart_org="",
                                   start="", end="", date_precision="", date_basis="", counterpart_party_id="",
                                   counterpart_country=""))
    return out


def above_named(text: str, invited, at: int, end: int) -> list[str]:
    """"应芬兰中间党、瑞典……邀请，甲……前往上述两国进行友好访问": the hosts' countries."""
    if invited is None or not _ABOVE.search(text, invited.end(), end):
        return []
    return list(dict.fromkeys(p.iso3 for p in find_places(invited.group("host")) if p.iso3 not in ("", "CHN")))


def told_visits(events: list[Event]) -> list[Event]:
    """The guests' visits inferred above, kept (unmarked) only where the document tells no visit to China."""
    told = [e for e in events if e.kind == "visit" and not e.date_basis.startswith("inferred")]
    out = []
    for e in events:
        if e.date_basis == INFERRED_GUEST:
            if any("CHN" in t.places.split("|") for t in told):
                continue
            e = replace(e, date_basis="")
        out.append(e)
    return out


def framing_act(text: str, start: int, end: int, trigger) -> bool:
    """A signing inside "在……签署……之前，" frames the time of what the clause goes on to tell; it is no act of
    the clause's subject (who signs is the frame's own subject, often no person: "巴勒斯坦各派")."""
    return trigger.lastgroup == "agreement" and "在" in text[start:trigger.start()] \
        and _BEFORE_OR_AFTER.match(text, trigger.end(), end) is not None


def guest_in_china(kind: str, counterparts: list, guests: set) -> list[str]:
    """"习近平会见访华的斐济总理兰布卡。……李强之前在8月18日下午与兰布卡会谈": a meeting the text does not
    place, with a guest whose visit to China it has told, is in China."""
    met = [c for c, _ in counterparts if isinstance(c, Person) and c.entity_id]
    return ["CHN"] if kind == "meeting" and met and all(c.entity_id in guests for c in met) else []


# "这是继2014年5月、2016年9月以后，甲第3次访问乙国": each time listed is a visit before
_AFTER_EACH = re.compile(r"(?:继|繼)([^，,。；;]{4,60}?)(?:以后|以後|之后|之後)")


def each_time(text: str, events: list[Event], dates: list, start: int, at: int) -> list[Event]:
    """The visits a clause lists by their dates ("继甲、乙、丙以后……第4次访问"), one per date listed, else []."""
    found = _AFTER_EACH.search(text, start, at)
    listed = [d for d in dates if found and found.start(1) <= d.start and d.end <= found.end(1)]
    if len(listed) < 2 or not events or events[0].kind != "visit":
        return []
    return [replace(events[0], start=d.date.iso(), end=(d.end_date or d.date).iso(), date_precision=d.date.precision,
                    date_basis="text") for d in listed]


def placed_by_visit(events: list[Event]) -> list[Event]:
    """"贵国总理甲、副总理乙在分别会见广西代表团时……" … "阮富仲对马飚率领广西代表团访越表示欢迎": a meeting the text
    does not place, of a visitor the document tells on one visit to one country, undated or within its days,
    is in that country."""
    visits: dict[str, list[Event]] = {}
    for e in events:
        if e.kind == "visit" and e.places:
            visits.setdefault(e.actor_id or e.actor, []).append(e)
    out = []
    for e in events:
        trips = [] if e.kind != "meeting" or e.places or e.mode == "virtual" else [
            v for side in (e.actor_id or e.actor, e.counterpart_id or e.counterpart)
            for v in visits.get(side, []) if "|" not in v.places]
        if len(trips) == 1 and len({v.places for v in visits[trips[0].actor_id or trips[0].actor]}) == 1 \
                and (not e.start or trips[0].start <= e.start <= (trips[0].end or trips[0].start)):
            e = replace(e, places=trips[0].places)
        out.append(e)
    return out
