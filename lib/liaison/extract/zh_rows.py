"""The rows of Chinese events (zh_events): an act's sides, place and date as the English path's
Event, so both languages land in one table; and the gathering a host holds ("由中联部主办的……对话会
昨天起在北京举行"), which has no verb of its own to trigger it."""
from __future__ import annotations

import re
from dataclasses import replace

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.event_setting import cameo_mode
from liaison.extract.events import Event
from liaison.extract.mentions import Mention
from liaison.extract.zh_delegations import (
    GROUP_NAMES,
    group_after,
    leads_a_group,
    visiting_guest,
)
from liaison.extract.zh_grammar import CHINA_NAMED, Person, variants
from liaison.extract.zh_guests import came_to_visit, met_on_visit
from liaison.extract.zh_hosted import GATHERING_WORDS, holds, hosted
from liaison.extract.zh_hosted import status as act_status
from liaison.extract.zh_places import PROVINCE_VISITS, event_places
from liaison.extract.zh_sides import (
    NOT_ABROAD,
    foreign_side,
    home_of,
    party_id_of,
    party_of,
    posted_place,
    sar_home,
)
from liaison.extract.zh_trips import INFERRED_GUEST, foreign_guest
from liaison.extract.zh_visitors import ATTEND_AT, co_attenders, wire
from liaison.extract.zh_when import FILED, Dateline, stated, when_of
from liaison.reference.hanzi import simplified
from liaison.reference.parties import party_in_country, resolve_counterpart

_INTERNATIONAL = re.compile(variants(["联合国", "欧盟", "东盟", "非盟", "阿盟", "上合", "北约", "国际", "世界",
                                      "亚太"]))


def same(one, other) -> bool:
    """Whether two sides are one entity ("刘建超还会见……" after "刘建超率团访问……")."""
    return bool(getattr(one, "entity_id", "")) and getattr(one, "entity_id", "") == getattr(other, "entity_id", "")


def hosted_summit(text: str, view: SentenceView, start: int, end: int, dateline: Dateline) -> list[Event]:
    """"由中联部主办的……对话会昨天起在北京举行": the host holds the gathering (zh_hosted)."""
    held = hosted(text, start, end)
    active = None if held else holds(text, start, end)  # "中联部在北京举办……对话会"
    held = held or active
    host = next((m for m in view.mentions if held and m.kind == "organization" and m.entity_id
                 and held.start("host") <= m.start and m.end <= held.end("host") and not wire(text, m.end)), None)
    if held is None or host is None or active and any(
            m.kind == "person" and held.start("host") <= m.start < held.end("host") for m in view.mentions):
        return []  # "中联部部长甲在北京举办……": a person holds it, not the body of his post
    # where and when: after the name ("……对话会1日在北京举行"), or between the host and the verb
    span = (host.end, held.start("name")) if active else (held.end("name"), held.end())
    places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and span[0] <= m.start
              and m.end <= span[1]][:1] if active else \
        event_places(text, view, "summit", *span, span[1], end, "", start)
    date = next((d for d in view.dates if (start if active else span[0]) <= d.start and d.end <= span[1]), None)
    return [build(view, (start, end), "summit", host, held.group("name"), None, places, False,
                   act_status(text, held.end("name"), held.end(), end), stated(date, dateline))]


def build(view: SentenceView, clause: tuple[int, int], kind, actor, counterpart, delegation, places, virtual, status,
           when, region: str = "") -> Event:
    party = None if kind in ("appointment", "summit", "agreement") else party_of(counterpart, delegation)
    side, country = foreign_side(actor, counterpart, party) if kind != "appointment" else (None, "")
    party_id = party_id_of(side)
    home = home_of(actor)
    if not country and kind == "meeting" and len(places) == 1 and home == "CHN" != places[0] \
            and isinstance(counterpart, Person) and not counterpart.chain_mentions("organization") \
            and not any(_INTERNATIONAL.search(t.org_text) for t in counterpart.titles):
        country = places[0]  # a Chinese visitor meets "政府贸易部长麦克莱" where the visit is
    if not party_id and party is not None and country:  # 工党 met in Wellington: the country's Labour Party
        party_id = party_in_country(party.text, country, when[0])
    in_government, basis = resolve_counterpart("party:" + party_id, when[0])[2:] if party_id else ("unknown", "")
    mode = "virtual" if virtual and kind == "meeting" else cameo_mode(kind, places, home, country)
    # Stated figures, as the English path reads them: "为期5天的访问", "访问亚洲3国".
    # Only the clause's own: "访问老挝，出席为期3天的论坛" gives the forum, not the visit, 3 days.
    figures = [q for q in view.quantities if clause[0] <= q.start < clause[1]] if kind == "visit" else []
    days = next((q.value for q in figures if q.unit == "days"), None)
    counted = next((q.value for q in figures if q.unit == "countries"), None)
    return Event(
        kind=kind,
        mode=mode,
        actor=actor.name or actor.text,
        actor_id=actor.entity_id,
        counterpart=(counterpart if isinstance(counterpart, str) else (counterpart.name or counterpart.text))
        if counterpart is not None else "",
        counterpart_id="" if counterpart is None or isinstance(counterpart, str) else counterpart.entity_id,
        counterpart_org=(party.name or party.text) if party else "",
        places="|".join(dict.fromkeys(places)),  # a virtual meeting keeps a place its text states, as in English
        region=region,
        start=when[0],
        end=when[1],
        date_precision=when[2],
        duration_days=days,
        n_countries=counted or (float(len(places)) if kind == "visit" and len(places) > 1 else None),
        start_char=view.sentence.start,
        end_char=view.sentence.end,
        evidence=view.sentence.text,
        status=status,
        date_basis=when[3],
        counterpart_party_id=party_id,
        counterpart_country=country,
        counterpart_party_in_government=in_government,
        in_government_basis=basis,
    )



_HELD_WORDS = ["举行", "开幕", "召开", "闭幕", "开班"]
# "第二届中国-中亚政党论坛1日在北京举行": a gathering told as held, with where and when (its ordinal kept).
# (a quoted title before the word: "“辉煌百年与崭新征程”研讨会在北京大学举行")
# (a name may open with the party that holds it with others: "中国共产党同周边国家政党对话会")
_CPC_WITH = r"(?:" + variants(["中国共产党", "中共"]) + r")(?:" + variants(["同", "与"]) + r")"
_HELD = CuedPattern(r"(?P<name>(?:第[^，,。；;、]{1,4}(?:届|屆|次))?(?:[“「][^”」。；;]{2,40}[”」]"
                   r"[^，,。；;、“”《》\s的在于由和与同]{0,20}?|(?:" + _CPC_WITH + r")?"
                   r"[^，,。；;、“”《》\s的在于由和与同]{2,20}?)(?:"
                   + variants(["峰会", "论坛", "对话会", "对话", "研讨会", "大会", "会议", "座谈会", "年会", "研修班",
                               "培训班"]) + r"))(?P<rest>[^，,。；;]{0,24}?)"
                   + "(?:" + variants(_HELD_WORDS) + ")", tuple(variants(_HELD_WORDS).split("|")))


# "……在广西南宁共同举办中国共产党同东南亚国家政党首次对话会": the verb before the name
_HOLDS = CuedPattern(r"(?:" + variants(["举办", "举行", "召开"]) + r")了?(?P<name>[^，,。；;、“”《》\s的]{2,24}?(?:"
                     + variants(["峰会", "论坛", "对话会", "研讨会", "大会", "座谈会", "年会"]) + "))",
                     tuple(variants(["举办", "举行", "召开"]).split("|")))


def held_gathering(text: str, view: SentenceView) -> tuple | None:
    """(name, places, date, status) of a gathering the sentence tells as held ("……论坛1日在北京举行", "在南宁
    举办……对话会"), else None; its status "planned" where it is still ahead ("……论坛将于下月在南宁举行")."""
    found = _HELD.search(text, view.sentence.start, view.sentence.end)
    names = [(m.start, m.end) for m in view.mentions if m.kind == "person"]
    if found is None:
        holds = _HOLDS.search(text, view.sentence.start, view.sentence.end)
        if holds is None:
            return None
        places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.end <= holds.start()]
        date = next((d for d in view.dates if d.end <= holds.start()), None)
        return holds.group("name"), places[-1:], date, act_status(text, _clause_start(text, view, holds.start()),
                                                                  holds.start(), holds.start(), names)
    rest = found.start("rest"), found.end("rest")
    places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and rest[0] <= m.start < rest[1]]
    # "论坛1日在北京举行", "10月22—23日，……论坛以视频会议形式举行": its date after its name or opening the sentence
    # (not the dateline's day of filing: "中新网昆明6月21日电 6月19日至20日，……论坛在云南昆明举行")
    date = next((d for d in view.dates if rest[0] <= d.start < rest[1]), None) or next(
        (d for d in view.dates if d.end <= found.start("name") and not FILED.match(text, d.end)), None)
    # ("……论坛将于下月在南宁举行", "定于……举行": in the gathering's clause, not "即将迎来……之际，……研讨会……举行")
    return found.group("name"), places[:1], date, act_status(text, _clause_start(text, view, found.start("name")),
                                                             found.end(), found.end(), names)


def _clause_start(text: str, view: SentenceView, at: int) -> int:
    """Where the clause holding `at` starts: after the sentence's last comma before it."""
    return max(view.sentence.start, text.rfind("，", view.sentence.start, at) + 1,
               text.rfind(",", view.sentence.start, at) + 1)


_LOCAL = re.compile(variants(["省委", "市委", "区委", "州委", "县委", "自治区党委", "省政府", "市政府", "自治区政府",
                              "省人大", "市人大", "省政协", "市政协"]))


# A visit to China told in a report's headline or lead ("……代表团对中国广东省进行访问", "……来华访问", "访问中国")
_TO_CHINA_LEAD = re.compile(variants(["访华", "来华", "访问中国", "赴华"] + PROVINCE_VISITS)
                            + "|(?:" + variants(["对中国"]) + r")[^，,。；;]{0,10}?(?:进行|進行)")
_LEAD = 300
_CENTRAL = re.compile(variants(["中央", "全国", "国务院", "中联部", "国家"]))
_HEAD_OF = re.compile(variants(["总统", "总理", "首相", "国王", "元首"]))


def _local_only(person: Person) -> bool:
    """Whether all of one's posts are a province's or a city's ("市委常委、副市长")."""
    orgs = [simplified(t.org_text) for t in person.titles]
    return any(_LOCAL.search(o) for o in orgs) and not any(_CENTRAL.search(o) for o in orgs)


def received_at_home(text, view, actor, counterparts, end) -> list[str]:
    """"越共中央经济部部长甲会见了由乙为团长的中国共产党友好代表团": a host receives a delegation from
    elsewhere at home, when nothing else places the meeting; a delegation's head meets whom it visits there."""
    home = home_of(actor)
    if sar := sar_home(text, actor):  # "行政长官甲会见……" in a Macau paper: at home in Macau
        return [sar]
    # (or the head a bare word for the group stands for: "訪團……跟主任甲會面", zh_subject)
    if isinstance(actor, Person) and (leads_a_group(text, actor, None, end) or simplified(actor.text) in GROUP_NAMES) \
            or getattr(actor, "cue", "") == "group":
        # "甲率领的海防市代表团会见了……南宁市委书记乙": a delegation meets its hosts where they are at home
        hosts = {home_of(c) for c, group in counterparts if not leads_a_group(text, c, group, end)}
        return list(hosts) if len(hosts) == 1 and "" not in hosts and home not in hosts else []
    # (a guest from abroad too, in a report whose headline or lead tells a visit to China: "河内代表团对中国广东省
    # 进行访问……阮文峰会见了广东省委常委乙"; not "芒街市委书记甲会见了东兴市委书记乙", told nowhere as visiting)
    if (home in ("", "CHN") or _TO_CHINA_LEAD.search(text, 0, min(view.sentence.end, _LEAD))) and counterparts and all(
            isinstance(c, Person) and home_of(c) == "CHN" and any(_LOCAL.search(t.org_text) for t in c.titles)
            and not leads_a_group(text, c, group, end) for c, group in counterparts):
        return ["CHN"]  # "阮文峰会见了广东省委常委、政法委书记袁古洁": a province's official, at home
    if home in ("", "CHN") and isinstance(actor, Person) and _local_only(actor) and counterparts and all(
            home_of(c) not in ("", "CHN") and not _HEAD_OF.search(simplified(getattr(c, "text", "")) + "".join(
                t.head for t in getattr(c, "titles", []))) for c, _ in counterparts):
        # "市委常委、副市长甲会见了越南外交部部长助理乙一行": a city's official receives at home (not one who
        # holds a central post too, "中央政治局委员、重庆市委书记", nor a head of state he is more often sent to)
        return ["CHN"]
    if home and counterparts and all(came_to_visit(text, c) and home_of(c) != home for c, _ in counterparts):
        return [home]  # "马辉同来访的……梅希亚举行会谈": a guest come to the host is met at the host's home
    # a group named by a region is from elsewhere too ("会见了由主席甲率领的欧洲议会……党团代表团")
    guests = [visiting_guest(text, view, c, group, end, [home], (home,)) for c, group in counterparts
              if leads_a_group(text, c, group, end)]
    return [home] if home and guests and all(guests) else []


def as_held(kind: str, held, counterparts: list, places: list[str], date):
    """"论坛1日在北京举行。……出席开幕式": a ceremony of the gathering told as held is where and when it was."""
    if kind == "summit" and held and counterparts and counterparts[0][0] == held[0]:
        return places or list(held[1]), date or held[2]
    return places, date


def where_met(kind: str, places: list[str], counterpart) -> list[str]:
    """"访问老挝和越南，分别会见老挝……甲和越共……乙": of a tour's countries, the one whose side is met."""
    home = home_of(counterpart) if kind == "meeting" and len(places) > 1 else ""
    return [home] if home in places else places


# "会见率团出席第三届友好交流活动的……甲", "会见了前来出席……交流大会的……乙": the gathering those met came to;
# "欢迎甲来华出席夏季达沃斯论坛": the one the guest welcomed comes to
_CAME_FOR = r"(?:率团|率團|专程|專程|前来|前來|来华|來華|赴华|赴華|来京|來京|赴京|应邀|應邀|特地|一行|" \
    + variants(PROVINCE_VISITS) + ")*"
_GATHERING_NAME = r"(?P<what>[^，,。；;的]{2,40}?(?:" + variants([*GATHERING_WORDS, "博览会", "活动"]) + "))"
_ATTEND = _CAME_FOR + "(?:" + variants(["出席", "参加"]) + ")" + _GATHERING_NAME
_GUESTS_GATHERING = re.compile(r"了?" + _ATTEND + "的")
_VISITS_FOR = re.compile(_ATTEND + r"(?=[，,。；;并並]|$)")


def guests_gatherings(text, view, clause, kind, trigger_end, actor, counterparts, places, status) -> list[Event]:
    """The gathering a guest met came to attend, told in the words that describe the guest, or after
    the visit that brought the guest; where the guest was met or came to, its date unsaid."""
    pattern = _GUESTS_GATHERING if kind == "meeting" else _VISITS_FOR if kind == "visit" else None
    came = pattern.match(text, trigger_end, clause[1]) if pattern and places else None
    if came is None:
        return []
    if kind == "meeting":
        guests = [c for c, _ in counterparts if isinstance(c, Person) and c.chain_start >= came.end()][:1]
    else:  # a guest named in the clause ("欢迎甲来华出席"), not a delegation taken for its head ("欢迎考察团来华参加")
        guests = [actor] if isinstance(actor, Person) and actor.start >= clause[0] else []
    return [build(view, clause, "summit", guest, came.group("what"), None, places, False, status, when_of(None, ""))
            for guest in guests]


# "王文明副主席和……卡亚": a post may follow the first name
_EACH_OTHER = re.compile(r"[^，,。；;和与與同及]{0,6}(?:" + variants(["和", "与", "同", "及"]) + r")[^，,。；;]{0,16}")


def mutual_visits(text: str, view: SentenceView, clause: tuple[int, int], people: list, trigger, when,
                  status: str) -> list[Event]:
    """"2012年王文明副主席和土耳其总理卡亚成功互访": each of two from two countries visits the other's."""
    if trigger.group(0) not in ("互访", "互訪"):
        return []
    pairs = [(a, b) for a, b in zip(people, people[1:]) if clause[0] <= a.start and b.end <= trigger.start()
             and _EACH_OTHER.fullmatch(text, a.end, b.start)]
    if not pairs:
        return []
    one, other = pairs[0]
    homes = home_of(one), home_of(other)
    if not all(homes) or homes[0] == homes[1]:
        return []
    return [build(view, clause, "visit", one, None, None, [homes[1]], False, status, when),
            build(view, clause, "visit", other, None, None, [homes[0]], False, status, when)]


_SAR_OF = {"HKG": ("CHN",), "MAC": ("CHN",)}  # a mainland group received in Hong Kong or Macao makes no visit


def gathering_guests(text, view, clause, kind, people, ones, places, virtual, status, at) -> list[Event]:
    """"甲在北京与苏丹……副主席乙出席……对话", "菲律宾总统乙将出席4月在北京举行的……论坛": a guest from abroad
    who attends (出席, 参加) a gathering in China is on a visit there (its days unsaid); not one posted in China
    (驻华大使), nor one of many who take part (参会) in what may be held by video."""
    if kind != "summit" or virtual or places != ["CHN"] or not ATTEND_AT.match(text, at):
        return []
    ones = ones + co_attenders(text, people, ones[0], clause[0], at)
    return [replace(build(view, clause, "visit", one, None, None, places, False, status, when_of(None, "")),
                    date_basis=INFERRED_GUEST) for one in ones if isinstance(one, Person) and one.titles
            and home_of(one) not in NOT_ABROAD and not posted_place(one, [one])]


def guests_visits(text, view, clause, trigger, counterparts, places, status) -> list[Event]:
    """"会见了到访的甲": 甲 is on a visit where they meet (its days unsaid); so is a delegation or its
    head from elsewhere ("会见由甲率领的越共代表团", "会见了……四川省委书记乙一行" abroad), and a guest from
    abroad with the one listed right after whose posts name no country ("会见斐济众议院议长甲和参议院议长乙")."""
    out, previous = [], None
    for c, group in counterparts:
        if isinstance(c, str) and c.startswith(CHINA_NAMED):  # "中共代表团一行……受到……的接见", as written
            at = text.find(c, clause[0], clause[1])
            c = Mention(at, at + len(c), c, "organization", "", "", "group")
        told = places and (met_on_visit(text, trigger.end(), c) or visiting_guest(
            text, view, c, group, clause[1], places, (*places, *_SAR_OF.get(places[0], ()))))
        if told or places and (foreign_guest(text, clause, c, places) or _same_party(text, previous, c)
                               or _heads_foreign_group(text, view, trigger.end(), clause[1], c, places)
                               or _chinese_group_abroad(c, places)):
            out.append(replace(build(view, clause, "visit", c, None, None, places, False, status, when_of(None, "")),
                               date_basis="" if told else INFERRED_GUEST))
            previous = c if not told else None
        else:
            previous = None
    return out


_LISTED_WITH = re.compile(r"\s*(?:、|和|及|与|與)\s*")


def _same_party(text: str, previous, person) -> bool:
    """乙 listed right after a foreign guest 甲 with posts of no country of their own ("斐济众议院议长甲和参议院
    议长乙") is from 甲's country too."""
    return isinstance(previous, Person) and isinstance(person, Person) and bool(person.titles) \
        and not home_of(person) and not posted_place(person, [person]) \
        and bool(_LISTED_WITH.fullmatch(text, previous.end, person.chain_start))


_LED_BY = re.compile(r"由|团长|團長")  # "代表团由……甲率领", "代表团团长为甲"
_LEADS_IT = re.compile(r"率领|率領|带领|帶領|率团|率團")


def _heads_foreign_group(text: str, view, after: int, end: int, head, places: list[str]) -> bool:
    """"会见新加坡人民行动党代表团，代表团由……黄明华率领": the head named later of a foreign body's delegation
    met right after the verb is on a visit where it is met."""
    group = group_after(text, after, end) if isinstance(head, Person) and not head.chain_start < after else None
    return group is not None and head.start >= group.end() and bool(
        _LED_BY.search(text, group.end(), head.chain_start) or _LEADS_IT.match(text, head.end)) and any(
        m.kind == "organization" and m.iso3 and m.iso3 not in places and group.start() <= m.start < group.end()
        for m in view.mentions)


def _chinese_group_abroad(group, places: list[str]) -> bool:
    """"中共代表团一行……在开罗受到埃及总理……的接见": a Chinese delegation, no head named, met abroad."""
    return isinstance(group, Mention) and group.cue == "group" and "CHN" not in places \
        and group.text.startswith(CHINA_NAMED)


