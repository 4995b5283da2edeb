"""The subject of a Chinese clause: who acts in it, read from the people and bodies before its verb
(moved out of zh_events, which calls it for every clause with a trigger)."""
from __future__ import annotations

import dataclasses
import re

from liaison.extract import zh_visitors
from liaison.extract.mentions import Mention
from liaison.extract.zh_counterparts import SPOUSE
from liaison.extract.zh_delegations import (
    GROUP_NAMES,
    delegation_meeting,
    group_at,
    group_before,
    not_envoys_principals,
    side_of_group,
    welcomed_group,
)
from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_triggers import AMID
from liaison.extract.zh_visitors import wire
from liaison.reference.hanzi import simplified

# "甲在与乙会谈中亲自发出邀请": a meeting of the clause before's subject, told inside its clause.
_IN_TALKS = re.compile(r"在(?:与|同|與)")
# "大使布建国陪同中共代表团会见……": who accompanies is not who meets.
_ACCOMPANY = re.compile(variants(["陪同", "见证下"]))  # and "在甲、乙等人见证下，丙和丁共同签署……"
# "该党还将派团……": a group sent, told with what is no part of a delegation's name
_NOT_A_NAME = re.compile(r"[将將还還该該派月日]")
_ACCOMPANIED = re.compile(r"在[^，,。；;]{2,40}?(?:陪同|陪同下)下?|在[^。；;]{2,80}?(?:见证|見證)下")
_SAME_TIME = re.compile(variants(["同一天", "同日", "同时", "同年", "同月", "同期"]))
_WELCOMES = re.compile(variants(["欢迎", "祝贺", "感谢", "邀请", "接待"]))  # "中联部接待了多个代表团访华"
# "对乙", "代表省委省政府对乙", "代表自治区党委、人大、政府对乙": whom the speaker's 对 takes
_TO_WHOM = re.compile(r"(?:(?:代表|代)[^，,。；;对對]{1,24})?[对對]")
_MET_BEFORE = re.compile(r"\s*(?:(?:" + variants(["之后", "随后", "然后", "其间", "期间", "此间", "先后"])
                         + r")[，,]?)?(?:是|在[^，,。；与同跟與]{0,12}|[^，,。；]{0,12}?(?:是|為|为))?(?:他|她)?(?:"
                         + variants(["与", "同", "跟"]) + r")\s*")
# "这是中共十八大后……第一位……访台": a party's numbered congress and 后/以来 tell a time, no subject
_CONGRESS_TIME = re.compile(r"[一二三四五六七八九十]{1,3}[大屆届](?:[中一二三四五六七]全[会會])?"
                            r"(?:后|後|以来|以來|前)")
_LEADS = re.compile(variants(["率领", "带领", "率"]))
# "并作为中共代表出席……": the body one stands for is no subject
_ON_BEHALF = re.compile("(?:" + variants(["作为"]) + r")[^，,。；;]{1,20}?(?:代表|代表團)")
JOINED = re.compile(variants(["分别同", "分别与", "先后同", "先后与", "同", "与", "和", "并同", "并与", "还同", "还与",
                              "也同", "也与", "将同", "将与",
                              "又同", "又与", "并和", "还和"]))  # "……參訪，並和會長甲會面": 和 after 并 is "with"


def clause_subject(view, people: list[Person], start: int, at: int, invited: re.Match | None, subject,
                   kind: str = "", heads: list | None = None, groups: tuple = ()):
    """The clause's subject: its first person before the verb, else its first known body, else
    the subject of the clause before ("……，并会见了……"). Who invited is never the subject."""
    def free(offset: int) -> bool:
        return not (invited and invited.start() <= offset < invited.end())

    goes_on = JOINED.match(view.text, start) or _IN_TALKS.match(view.text, start)
    if goes_on and not _SAME_TIME.match(view.text, start):
        return subject  # "……，与甲举行会谈": 甲 is whom the subject meets (not "同一天，……")
    amid = AMID.search(view.text, start, at) or zh_visitors.ACCORDING.match(view.text, start, at)
    start = amid.end() if amid else start  # (nor is who is quoted: "据发言人甲介绍，乙……访问")
    accompany = _ACCOMPANY.search(view.text, start, at)
    # "……代表团一行，在甲陪同下，……进行了考察访问": who accompanies is set apart; else "大使甲陪同……会见": after him
    aside = _ACCOMPANIED.search(view.text, start, at) if accompany else None
    start = accompany.end() if accompany and not aside else start
    before = [p for p in people if start <= p.start and p.end <= at and free(p.start)
              and not (aside and aside.start() <= p.start < aside.end())
              and not SPOUSE.search(view.text, max(start, p.start - 6), p.start)]
    # "苏林总书记特使黎怀忠": a name whose post runs on into another's name is in that one's post.
    before = not_envoys_principals(view.text, [p for p in before if not any(q.titles and q.chain_start == p.end
                                                                           for q in before)], at)
    welcome = _WELCOMES.search(view.text, before[0].end, before[-1].start) if len(before) > 1 else None
    if welcome and kind == "visit":  # "王毅欢迎黎怀忠访华", "欢迎巴尔德斯作为劳尔第一书记特使访华"
        return next(p for p in before if p.start >= welcome.end())
    # "甲、乙对丙一行来陕表示欢迎": the 对 may follow a second host
    to = next((m for p in before[:-1] if (m := _TO_WHOM.match(view.text, p.end))), None) \
        if len(before) > 1 and kind == "visit" else None
    if to and to.end() <= before[-1].start and _WELCOMES.search(view.text, at, view.sentence.end):
        # "甲对乙再次访华表示欢迎", "甲代表省委省政府对乙一行来桂……表示欢迎": who is welcomed is who visits
        return next(p for p in before if p.start >= to.end())
    guest = welcomed_group(view.text, before[0].end, at, heads or []) if before and kind == "visit" else None
    if guest is not None:
        return guest  # "李书磊欢迎日本代表团来华……": the delegation visits, not its host
    side = delegation_meeting(view.text, start, before[0], heads or []) if before and kind == "meeting" else None
    if side is not None:
        return side  # "中共代表团同……部长黎怀忠交流座谈": the delegation meets whom is named after it
    side = _group_going_on(view.text, (start, view.sentence.start), before[0], heads or [], groups) \
        if before and kind == "meeting" and not any(p.start < before[0].start for p in people) else None
    if side is not None:
        return side  # "訪團……前往北京，下午會前往國台辦跟主任甲會面": the group the itinerary is of
    if before and not _MET_BEFORE.fullmatch(view.text, start, before[0].chain_start):
        return zh_visitors.topic_visitor(view.text, before, at) if kind == "visit" else before[0]
    if before:
        return subject  # "是与缅甸民盟主席昂山素季的会面": who is met, not who meets
    if zh_visitors.SOME_UNNAMED.search(view.text, start, at):
        return None  # "……透露，今年还会有另外两位省委书记率团访台": unnamed ones act, not the speaker
    # "并率中共友好代表团访问乌干达": the body after 率 is the delegation led, not who leads it.
    led = _LEADS.search(view.text, start, at)
    behalf = _ON_BEHALF.search(view.text, start, at)
    orgs = [m for m in view.mentions if m.kind == "organization" and start <= m.start and m.end <= at
            and m.entity_id and free(m.start) and not (led and m.start >= led.start()) and not wire(view.text, m.end)
            and not _CONGRESS_TIME.match(view.text, m.end)
            and not (behalf and behalf.start() <= m.start < behalf.end())]
    # "……代表团是应……邀请访华的": a delegation the document gives a head elsewhere stands for him,
    # also when its name opens with a party ("朝鲜劳动党友好参观团当天抵达北京").
    group = None if led else group_before(view.text, start, at)
    head = side_of_group(group, heads or []) if group and free(group.start()) else None
    head = head or (named_before(group, groups) if group and kind == "meeting" else None)
    if orgs and not (isinstance(head, Person) and group and group.start() <= orgs[0].start):
        # "外交部：欢迎旧金山市市长访华": who welcomes a visit is not who makes it
        return None if kind == "visit" and _WELCOMES.search(view.text, orgs[0].end, at) else orgs[0]
    if isinstance(head, str) and kind in ("visit", "meeting") and subject is None and group is not None \
            and not _NOT_A_NAME.search(head):
        # "澳新参政华人访华团于26日抵沪进行访问": a delegation no one is named to lead visits (or meets) as written
        return Mention(group.start("group"), group.end("group"), head, "organization", "", "", "group")
    if head is None and _places_act(view, start, at):
        return None  # "湖南各级各部门领导也曾多次到访越南": the clause names its own, unnamed, subject
    return head if isinstance(head, Person) else subject


# "湖南各级各部门领导也曾多次到访越南", "访问期间，甲省乙市与丙道丁市签署了……协议": a clause opening on a
# place's officials, or on two localities, has a subject of its own and no one carried from before acts in it
_OPENING = re.compile(r"\s*(?:[^，,。；;]{0,8}?(?:期间|期間)[，,])?\s*")
_PLACES_SUBJECT = re.compile(r"[^，,。；;]{0,12}?(?:" + variants(["各级", "各部门"]) + r"|[省市州县道区縣區](?:"
                             + variants(["与", "和", "同"]) + r")[^，,。；;]{1,12}?[省市州县道区縣區])")


def _places_act(view, start: int, at: int) -> bool:
    """Whether the clause before its verb opens on a place whose officials or towns act ("湖南各级领导")."""
    place = next((m for m in view.mentions if m.kind == "place" and start <= m.start < at), None)
    return place is not None and _OPENING.fullmatch(view.text, start, place.start) is not None \
        and _PLACES_SUBJECT.match(view.text, place.end, at) is not None


def named_before(found: re.Match, told) -> str | None:
    """"河内市高级代表团对云南省进行工作访问。……代表团会见了……": a bare word for the group (in either script:
    "訪團") is the delegation last told in full as a side."""
    return told[-1] if told and simplified(found.group("group")) in GROUP_NAMES else None


_WITH_RIGHT_BEFORE = re.compile(r"(?:跟|同|与|與)$")


def _group_going_on(text: str, starts: tuple[int, int], first: Person, heads: list, told: tuple):
    """An itinerary's group, named at the head of the clause or of its sentence, meets the first person named,
    right after 跟/同/与 ("访团预计明天前往北京，下午会前往国台办跟主任甲会面"): its head, else the delegation
    last told in full, else the group as written (a list of its members far before names no head of it; a bare
    word for a group no one heads and nothing told before stands for no one: no side); else None. (Only where no
    one is named before: "甲率参访团……，……是与乙见面" is 甲's.)"""
    start, sentence = starts
    if not _WITH_RIGHT_BEFORE.search(text, start, first.chain_start):
        return None
    group = group_at(text, start, first.chain_start) or group_at(text, sentence, start)
    if group is None:
        return None
    side = side_of_group(group, heads) or named_before(group, told)
    if isinstance(side, Person):  # standing where the group is written, as a pronoun stands (zh_pronouns), with
        # the head's posts, which say his party and country
        return dataclasses.replace(side, start=group.start("group"), end=group.end("group"),
                                   text=group.group("group"), chain_start=group.start("group"))
    if side is None:
        return None
    return Mention(group.start("group"), group.end("group"), side, "organization", "", "", "group")
