"""Delegations in Chinese readouts.

A readout often names a delegation's head in one clause and the delegation alone in another:
"会见了由主席甲率领的……代表团" … "代表团是应……邀请于11月4日开始访华的", "会见了……访华团一行" …
"访华团团长、……乙表示". Here the delegation stands for its head: the person the document gives
as leading one ("由甲率领的……团", "以甲为团长的", "甲率团", "甲一行", "团长乙"), the nearest such
before the mention, else the first after it. With no head named, a delegation written with its
body ("旧金山中华总会馆访华团") stands for itself.
"""
from __future__ import annotations

import datetime
import re

from liaison.extract.context import SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.events import Event
from liaison.extract.mentions import Mention
from liaison.extract.zh_grammar import LATIN_GLOSS, Person, variants
from liaison.extract.zh_sides import guest_home, written_party
from liaison.load.dates import parse_iso

# What a group is called: 代表团, 访华团, 参访团 ...; 一行 ("甲一行") is the group a person leads; "该党将派团……
# 前往中国访问": the delegation a body sends.
GROUP_WORDS = ["代表团", "访华团", "访问团", "参访团", "参观团", "考察团", "友好团", "议员团", "交流团", "宣介团",
                "视察团", "访团", "工作团(?!队|隊)", "派团(?!队|隊)"]  # not 派团队 (a team sent), 工作团队
_GROUP = variants(GROUP_WORDS)
GROUP_NAMES = frozenset(w.split("(")[0] for w in GROUP_WORDS)  # the words themselves, to look a group up
_GROUP_RE = re.compile(_GROUP)
_LED_GROUP = re.compile(variants(GROUP_WORDS + ["一行"]))  # the group a head's "率领的" leads to
# "甲率领的……团", "甲率团", "甲为团长的", "甲总会长为团长的", "甲为首的"; and as a head, "甲一行".
# ("……由副主席冯成荣同志率领": a form of address may stand between the name and the verb, and the name's
# spelling in Latin letters: "由……让•查尔斯•内格雷(Jean Charles Nefgre)率领的"; and Xinhua's "同……部长甲及其
# 率领的……代表团举行会谈": him and the delegation he leads)
_LEADING = (r"\s*(?:" + LATIN_GLOSS + r")?\s*(?:" + variants(["同志", "先生", "女士"]) + r")?(?:" + variants(["及其"])
            + r")?(?:" + variants(["率领的", "带领的", "领导的", "率领", "率团", "率"]) + r")"
            r"|[^，。；、]{0,6}?(?:" + variants(["为团长的", "为首的"]) + r")")
_LED = re.compile(_LEADING)
_LEADS_AFTER = re.compile(_LEADING + r"|\s*(?:" + variants(["一行"]) + r")")
# A delegation named as a side: the body before the word for the group, as written ("……代表团一行").
_DELEGATION = re.compile(r"(?P<group>[^，,。；;：:“”《》（）()\s\d]{0,30}?(?:" + _GROUP + r"))"
                         r"(?:" + variants(["一行"]) + r")?")
_BOTH = re.compile(r"[^，,。；;、和及]{0,6}(?:和|及|与)")  # "宋蓬大使和", "甲及"
# "由……干事长甲、……干事长乙率领的……代表团": two who lead one delegation; the first named heads it.
_CO_LED = re.compile(r"、[^，,。；;、]{2,30}?(?:" + variants(["率领的", "带领的"]) + ")")
_WELCOME = re.compile(variants(["欢迎"]))
# "热情接待并与工作团进行了会谈": the group after 并与 is whom the next verb meets
_OPENS = re.compile(r"\s*(?:了|" + variants(["来访的", "来华访问的", "前来访问的", "到访的", "并与", "并同"]) + r")?")
_HEAD_TITLES = frozenset({"团长", "團長"})
_MANY = re.compile(variants(["各国", "各", "多个", "多国", "等"]))


_OF = re.compile(r"[^，,。；;！!]{0,40}?(?:的|之)(?![。，,；;！]|$)")


def relative_head(text: str, people: list[Person], after: int, end: int) -> Person | None:
    """The person a verb's clause describes, named right after its 的: "在新加坡访问的……刘建超"."""
    of = _OF.match(text, after, end)
    return next((p for p in people if of and p.chain_start <= of.end() <= p.start and p.end <= end), None)


# "上周在南京与乙举行会谈的国台办主任甲": a meeting told of whom its 的 describes (not "前来拜会的甲")
_TALKS_WITH = re.compile("在[^，,。；;]{0,8}?[与同與]")


def talks_head(text: str, people: list[Person], trigger: re.Match, start: int, end: int) -> Person | None:
    """Who holds the talks a clause tells as what is said of them, named right after the verb's 的."""
    if not text.startswith("的", trigger.end()) or not _TALKS_WITH.search(text, start, trigger.start()):
        return None
    return relative_head(text, people, trigger.end(), end)


_HEAD_IS = re.compile("(?:团长|團長)(?:为|為|是)")
# "……代表团访问缅甸。率团的是……部长甲", "带队的，是甲": whom the clause right before the name gives as leading it
_LEADER_IS = re.compile("(?:" + variants(["率团", "带团", "带队", "领队"]) + ")的[，,]?(?:为|為|是)$")


def delegation_heads(text: str, people: list[list[Person]]) -> list[Person]:
    """The people a document gives as leading a delegation, in order; "会见甲和乙一行": 甲 heads it."""
    heads: list[Person] = []
    second = None  # the 乙 of "甲和乙一行", whose party 甲 heads
    for persons in people:
        for person, following in zip(persons, persons[1:] + [None]):
            if person is second:
                continue
            if following is not None and _BOTH.match(text, person.end, following.start) \
                    and text.startswith(("一行", "一行"), following.end):
                heads.append(person)
                second = following
                continue
            led = _LEADS_AFTER.match(text, person.end)
            if led and (led.group(0).strip().startswith(("率领", "带领", "率領", "帶領", "率"))
                        and not led.group(0).strip().startswith(("率团", "率團"))):
                led = _GROUP_RE.search(text, led.end(), led.end() + 40)  # "甲率领的……代表团"
            if any(t.head in _HEAD_TITLES and t.org_text.endswith("副") for t in person.titles):
                continue  # a deputy head ("副團長孫慶餘", "副团长乙一行") heads nothing
            if led or any(t.head in _HEAD_TITLES for t in person.titles) or (
                    text.startswith("由", person.chain_start - 1) and _CO_LED.match(text, person.end)) \
                    or _HEAD_IS.search(text, max(0, person.chain_start - 3), person.start) \
                    or _LEADER_IS.search(text, max(0, person.chain_start - 8), person.chain_start):  # "……，团长为甲"
                heads.append(person)
    return heads


def head_of_group(heads: list[Person], at: int, exclude=None) -> Person | None:
    """The head of the delegation mentioned at `at`: the nearest named before it, else the first after."""
    others = [h for h in heads if h is not exclude and h.entity_id != getattr(exclude, "entity_id", None)]
    before = [h for h in others if h.end <= at]
    if before:
        return before[-1]
    return next((h for h in others if h.start >= at), None)


def group_after(text: str, after: int, end: int) -> re.Match | None:
    """A delegation named right after a verb: "会见了……访华团一行", "会见来访的……代表团"."""
    opens = _OPENS.match(text, after, end)
    found = _DELEGATION.match(text, opens.end() if opens else after, end)
    return found


def group_before(text: str, start: int, at: int) -> re.Match | None:
    """A delegation as the subject before a verb: "……代表团是应……邀请访华的", "参访团一行……抵达",
    "6月12日至14日，中国致公党中央代表团访问韩国": the last one named, not far before the verb."""
    found = sorted([*_DELEGATION.finditer(text, start, at), *_GUESTS.finditer(text, start, at)], key=lambda m: m.end())
    return found[-1] if found and at - found[-1].end() <= 30 else None


def group_at(text: str, start: int, end: int) -> re.Match | None:
    """A delegation named right at `start` ("访团预计……")."""
    return _DELEGATION.match(text, start, end)


# "塞浦路斯客人是应……邀请于5月28日抵京的": the guests, as a readout calls the delegation it told of
_GUESTS = re.compile(r"(?P<group>[^，,。；;：:“”《》（）()\s\d]{0,8}?(?:客人))")


# "中共代表团同甲", "代表团一行在河内同甲", "代表团还分别与甲": the delegation, then 同/与 and whom it meets
_WITH_NEXT = re.compile(r"\s*(?:一行)?(?:\d{1,2}日)?(?:在[^，,。；;与同與]{2,8}?)?"
                        r"(?:还|還|又|也)?(?:分别|分別)?(?:同|与|與|跟)\s*")


def delegation_meeting(text: str, start: int, first: Person, heads: list[Person]):
    """"中共代表团同……部长黎怀忠交流座谈", "……代表团在河内同甲举行会谈": a delegation before 同/与 is who meets
    the first person named after it: its head, else the delegation as written (a Mention of it); else None."""
    ahead = group_before(text, start, first.chain_start)
    side = side_of_group(ahead, heads) if ahead and _WITH_NEXT.fullmatch(text, ahead.end(), first.chain_start) else None
    if ahead is None or side is None:
        return None
    return side if isinstance(side, Person) \
        else Mention(ahead.start("group"), ahead.end("group"), side, "organization", "", "", "group")


def welcomed_group(text: str, start: int, at: int, heads: list[Person]):
    """"李书磊欢迎日本代表团来华参加……": the delegation a host welcomes to come is who visits: its
    head, else the delegation as written (a Mention of it); None when no delegation is welcomed."""
    welcome = [m for m in _WELCOME.finditer(text, start, at)]
    group = _DELEGATION.match(text, welcome[-1].end(), at) if welcome else None
    if group is None or at - group.end() > 2:
        return None
    side = side_of_group(group, heads)
    if isinstance(side, str):
        return Mention(group.start(), group.end(), side, "organization", "", side, "zh-delegation")
    return side


def side_of_group(found: re.Match, heads: list[Person], exclude=None):
    """Who a named delegation stands for: its head, else the delegation as written (with its body).
    Many delegations ("各国代表团", "多个代表团") stand for no one head, nor does the one `exclude` (who meets
    it) leads stand for a side of his ("甲率……代表团来滇访问。……与……代表团举行座谈会")."""
    own = head_of_group(heads, found.start()) if exclude is not None else None
    if _MANY.search(found.group("group")) or (own is not None and own.entity_id == getattr(exclude, "entity_id", 0)):
        return None
    head = head_of_group(heads, found.start(), exclude)
    if head is not None:
        return head
    written = found.group("group")
    return written if len(written) > 3 and not written.endswith("客人") else None  # guests are no delegation's name


def is_group(side: str) -> bool:
    """Whether a side is a delegation named in full ("越南河内市高级代表团"), not a bare word for one."""
    found = _GROUP_RE.search(side)
    return found is not None and found.end() == len(side) and len(side) > 3 and not _MANY.search(side)


# A list mark after a named one: "会见甲、乙", "甲,乙" (copy with ASCII commas), "甲一行及乙一行", "甲，以及乙"
_JOIN_LEAD = re.compile(r"\s*(?:一行)?\s*(?:[，,]\s*)?(?:以及|及|和|与|、|，|,)\s*")
# ... as the whole gap between two, "由" too: "……率领的代表团、由乙率领的代表团"
_LIST_JOIN = re.compile(_JOIN_LEAD.pattern + r"(?:由\s*)?")


def _bodies_between(text: str, view: SentenceView, start: int, stop: int) -> bool:
    """"会见了甲，以及巴勒斯坦民族解放运动（法塔赫）中央委员乙": a list mark, then only the bodies and places whose
    post the next one holds (a body's short name in brackets, 的), before the post chain the name reader took."""
    lead = _JOIN_LEAD.match(text, start, stop)
    if lead is None or lead.end() >= stop:
        return False
    rest = list(text[lead.end():stop])
    for m in view.mentions:
        if m.kind in ("organization", "place") and lead.end() <= m.start and m.end <= stop:
            rest[m.start - lead.end():m.end - lead.end()] = [""] * (m.end - m.start)
    left = "".join(rest)
    return len(left) < len(rest) and re.fullmatch(r"[（()）的\s]*", left) is not None


_ENVOYS = frozenset({"特使", "特别代表"})
# "以甲为团长，由……等9国11个共产党……组成的……考察团": who makes the group up, told between its head and it
_MADE_UP = re.compile(r"[，,]?\s*由[^。；;]{1,100}?(?:组成|組成)的")
# "会见了以甲为团长的欧洲社会党代表团": a group named by a region, not by a country, comes from abroad
_ABROAD = re.compile(variants(["欧洲", "歐洲", "欧盟", "歐盟", "拉美", "拉丁美洲", "加勒比", "非洲", "北欧", "北歐",
                               "中东", "太平洋", "阿拉伯", "美大", "世界", "外国", "各国", "多国"]))
_HOME_BODY = re.compile(variants(["中国", "中共", "中华", "全国"]))
_HEADS_BEFORE_CLAUSE = re.compile(r"[^，。；、]{0,6}?(?:" + variants(["为团长", "为首"]) + ")")
# "会见来访的柬埔寨人民党代表团", "会见老挝人革党中央组织部代表团一行": the body met is named as a group.
_BODYS_GROUP = re.compile(r"[^，,。；;、与和同]{0,12}?(?:" + _GROUP + ")")


def leads_a_group(text: str, counterpart, delegation, end: int) -> bool:
    """Whether whom the verb meets leads a group or is one ("会见由甲率领的……代表团", "以甲为团长的……
    代表团一行", "会见甲一行", "会见……代表团"): a delegation is on a trip where it is met."""
    if isinstance(counterpart, Person):
        # "以甲为团长从2月3日至7日对越南进行工作访问的……代表团": a relative clause between 为团长 and the group
        led = _LEADS_AFTER.match(text, counterpart.end, end) or _HEADS_BEFORE_CLAUSE.match(text, counterpart.end, end)
        made = _MADE_UP.match(text, led.end(), end) if led is not None else None
        tail = made.end() if made else led.end() if led is not None else 0
        return led is not None and (led.group(0).rstrip().endswith("一行") or bool(
            _LED_GROUP.search(text, tail, min(end, tail + 40))))
    return counterpart is not None and counterpart is delegation and bool(
        _BODYS_GROUP.match(text, counterpart.end, end))


def visiting_guest(text: str, view: SentenceView, counterpart, group, end: int, places: list[str],
                   elsewhere: tuple) -> bool:
    """Whether a delegation met, or its head, is on a visit where they meet: it comes from elsewhere
    (`elsewhere` the places that are no elsewhere), or, received in China, it is named by a region
    ("会见由副主席甲率领的欧洲社会党代表团")."""
    if not leads_a_group(text, counterpart, group, end):
        return False
    home = guest_home(view, counterpart, group, end)
    if home not in ("", *elsewhere):
        return True
    found = _LED_GROUP.search(text, counterpart.end, end) if not home and places == ["CHN"] else None
    return found is not None and bool(_ABROAD.search(text, counterpart.end, found.end())) \
        and not _HOME_BODY.search(text, counterpart.end, found.end())


def principals(people: list[Person]) -> list[Person]:
    """The people a list names in their own right: in "劳尔·卡斯特罗特使、……巴尔德斯" (or "苏林总书记特使黎怀忠")
    the first name is part of the second one's post, whose envoy he is ("宋蓬大使和……史忠俊" are two)."""
    return [p for p in people if not any(q.titles and q.chain_start == p.end and q.titles[0].head in _ENVOYS
                                         for q in people)]


def listed_counterparts(text: str, view: SentenceView, people: list[Person], after: int, end: int,
                        heads: list[Person], actor=None) -> list:
    """Whom the verb names: people listed after it ("会见了甲、乙"), a delegation's head with the
    delegation, a delegation named alone with the head the document gives it elsewhere, or the
    delegation or party itself when no one is named."""
    found: list = []
    previous_end = after
    for person in principals([p for p in people if after <= p.start and p.end <= end]):
        gap = text[previous_end:person.chain_start]
        if found and not (_LIST_JOIN.fullmatch(gap) or _bodies_between(text, view, previous_end, person.chain_start)):
            break
        led = _LED.match(text, person.end, end)
        tail = _LED_GROUP.search(text, led.end(), min(end, led.end() + 40)) if led else None
        orgs = [m for m in view.mentions if m.kind == "organization" and led.end() <= m.start
                and m.end <= tail.start()] if led and tail else []
        # ("……率领的人民党代表团": the party as written, unless the head's own posts name his party)
        party = written_party(text, led.end(), tail.start()) if led and tail and not orgs and not any(
            m.entity_id.startswith("party:") for m in person.chain_mentions("organization")) else None
        found.append((person, orgs[0] if orgs else party))
        previous_end = person.end
        if led:  # the delegation's head; another may follow: "……率领的代表团、由乙率领的代表团"
            if not tail:
                break
            previous_end = tail.end()
    if found:
        return found
    orgs = [m for m in view.mentions if m.kind == "organization" and after <= m.start and m.end <= end]
    group = group_after(text, after, end)
    if group is not None and not any(p.start < group.end() for p in people if p.start >= after):
        side = side_of_group(group, heads, actor)
        inside = [m for m in orgs if group.start() <= m.start and m.end <= group.end()]
        if isinstance(side, Person):
            return [(side, inside[0] if inside else None)]
        if side is not None and not inside:
            return [(side, None)]
    # the party or body met, named right after the verb ("会见了越南共产党代表团"), not one named
    # further on in what the meeting was about ("座谈交流，深入宣介中共二十届三中全会精神")
    orgs = [m for m in orgs if not re.search(r"[，,；;]", text[after:m.start])]
    return [(orgs[0], orgs[0])] if orgs else []


_STAY_DAYS = 7  # how long after the day a visit began a later dated meeting by the visitor is taken to be on it


def in_trip(date: DateMention, visit: Event) -> bool:
    """Whether a dated meeting falls within a visit's days, or before the report that gave the
    visit no days of its own ("在新加坡访问的……" … "3月26日，……会见……")."""
    day = date.date.iso()
    if visit.date_basis == "document date":
        return bool(visit.start) and day <= visit.start
    if visit.start and visit.start == visit.end and date.date.precision == "day":
        # "22日率团赴北京" … "23日将与……会面": a visit dated by one day is dated by its arrival.
        return 0 <= (date.date.first_day() - _first_day(visit.start)).days <= _STAY_DAYS
    return bool(visit.start and visit.end) and visit.start <= day <= visit.end


def _first_day(iso: str):
    parsed = parse_iso(iso)
    return parsed.first_day() if parsed else datetime.date.min


# "作为苏林总书记特使", "苏林特使专程来访的……黎怀忠": the first name is whose envoy the other is.
_ENVOY_OF = re.compile(r"[^，,。；;、\s]{0,5}?的?(?:特使|特别代表)")
_SEPARATELY = re.compile(variants(["分别", "一起", "一同", "共同"]))  # "甲与乙一起会见了丙": 乙 is no one met


def not_envoys_principals(text: str, people: list[Person], end: int) -> list[Person]:
    """The people named with no one whose envoy is named after them: in "同作为苏林特使来访的……黎怀忠"
    苏林 is no side."""
    return [p for p in people if not (_ENVOY_OF.match(text, p.end, end) and (
        any(p.end < q.start < end for q in people) or text.endswith(("作为", "作為"), 0, p.chain_start)))]


def separately(text: str, after: int, at: int) -> bool:
    """"甲和乙29日在科伦坡分别会见了丙": 分别 between the names and the verb makes the two co-hosts."""
    return bool(_SEPARATELY.search(text, after, at))
