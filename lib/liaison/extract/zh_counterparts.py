"""Whom a Chinese clause's verb acts on: the person met ("会见了甲", "同甲举行会谈"), the delegation
met or its head, a visit's host ("应甲邀请"), the gathering attended or the agreement signed.
Moved out of zh_events in round 9 to keep each module within the layout limit."""
from __future__ import annotations

import re

from liaison.extract.mentions import Mention
from liaison.extract.zh_delegations import (
    group_after,
    group_before,
    listed_counterparts,
    not_envoys_principals,
    principals,
    separately,
    side_of_group,
)
from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_hosted import GATHERING_WORDS
from liaison.extract.zh_sides import home_of
from liaison.extract.zh_visitors import AMONG

# Leaders met as a body with no one named: "与……主要政党领导人会面", "同……各党派负责人座谈".
_LEADERS = re.compile(r"(?!中国|中共)[^，,。；;与同和]{2,24}?(?:党(?![校委组])|党派)"
                      r"[^，,。；;与同和]{0,10}?(?:领导人|负责人)(?=[^，,。；;]{0,4}$)")
RECEIVED_BY = re.compile(variants(["受到", "获得", "获", "接受了", "接受"]))
# not the 同 of 陪同, 共同, 同志; nor the 和 of "甲和夫人乙会见了……", whose spouse is with, not met
# 跟 as "with" ("前往国台办跟主任甲会面", Taiwan papers), not 跟随 (following) nor 跟进/跟踪
_WITH = re.compile(r"(?<![陪共一相])同(?!志)|(?:" + variants(["与", "和"]) + r")(?!夫人|丈夫)|跟(?![随隨进進踪蹤])")
_BREAK = re.compile(r"[，,；;]")
_TAKES_OBJECT = re.compile(variants(["会见", "会晤", "接见", "拜会"]))  # a verb whose object follows it
_RIGHT_AFTER = re.compile(r"了?(?:[^，,。；;]{0,12}的)?")  # "会见了来访的……"
# "甲和乙会见了越南客人", "……会见了来访的代表团": an object after the verb, named or not (not "会见时", "会见后")
# (Not both sides' people, whom two hosts of two countries meet together: "两国青年代表", "双方代表团"; nor 记者.)
_OBJECT_NEXT = re.compile(r"了(?=[^，,。；;并並共两兩双雙记記])|(?:[^，,。；;并並]{0,12}的)?"
                          r"(?![^，,。；;]{0,10}?(?:两国|兩國|双方|雙方))[^，,。；;时時后後前中并並]{0,10}?(?:"
                          + variants(["客人", "来宾", "嘉宾", "代表团", "一行", "朋友", "友人"]) + ")")
_WITH_AFTER_NAME = re.compile(r"(?<=一)同(?!志)")
# "李鹏委员长和夫人朱琳还会见了……": the spouse goes along; who acts is the one named before
SPOUSE = re.compile(r"(?:" + variants(["和", "与", "偕", "及", "以及"]) + r")(?:夫人|丈夫)[^，,。；;]{0,2}$")
_AGREEMENT_TITLE = re.compile(
    r"《(?P<title>[^》]{2,60})》|(?P<plain>[\u4e00-\u9fff]{0,16}(?:"
    + variants(["谅解备忘录", "合作协议", "协议", "联合声明", "备忘录", "纪要"]) + "))"
)
# "出席第二届中国-苏丹执政党高层对话": a dialogue named as one is a gathering too
_GATHERING = variants([*GATHERING_WORDS, "外长会", "部长会", "全会", "高层对话(?!会)", "政治对话(?!会)",
                       "政党对话(?!会)", "二轨对话(?!会)"]) \
    + r"|(?<=[一二三四五六七八九十])大(?=[，,。；;、并並和及]|$)"  # a party's congress by its number: "非国大五十四大"
_MEETING_NAME = re.compile(  # to the last of the words that close it: "亚洲政党国际会议年会"
    r"(?P<name>[^，。；、]{2,40}?(?:" + _GATHERING + ")(?:" + _GATHERING + ")*)")


# Words before a gathering's name that tell where, when or by whom it is held ("在南宁举行的", "由……共同主办的")
_HELD_OR_HOSTED = re.compile(r"[^，,。；;、]{0,30}?(?:" + variants(["举行", "举办", "召开", "主办", "承办"]) + r")的")
# "参加研讨会", "出席论坛并致辞": a gathering by its kind alone, the one told before if any
_BARE_GATHERING = re.compile(variants(["研讨会", "论坛", "峰会"]) + r"(?=[，,。；;并並及和]|$)")
# "论坛1日在北京举行。宋涛出席开幕式并致辞", "……参会并讲话": the ceremony or session of the gathering the
# sentence before names is that gathering attended.
_CEREMONY = re.compile(variants(["开幕式", "闭幕式", "开班式", "结业式", "开幕仪式", "闭幕仪式", "启动仪式"])
                       + r"|(?<=参会|參會)(?:并|並|[，,。；;]|$)"
                       # "……会议5日开幕。副总理甲列席了会议": the session one sits in on is the one told held
                       + r"|(?<=列席)了?(?:会议|會議)(?=[，,。；;并並]|$)"
                       # "……大会在莫斯科开幕。……率团出席。": a delegation led to it, nothing after
                       + r"|(?<=率团出席|率團出席|率团参加|率團參加)(?:[，,。；;]|$)")


# "……对话会在北京举行。甲以及乙等……出席。", "……等出席并致辞": attending, nothing named after the verb
_ATTENDED = re.compile(r"(?:" + variants(["并", "致辞", "讲话"]) + r")*(?:[，,。；;]|$)")


def received_group(text: str, start: int, host: Person, heads: list) -> list:
    """"……考察团一行，18日在长沙接受了……许又声的会见": a group no one heads in the clause is met by whom
    it 受到/接受 the meeting of; its head the document names, else the group as written."""
    received = RECEIVED_BY.search(text, start, host.chain_start)
    group = group_before(text, start, received.start()) if received else None
    side = side_of_group(group, heads) if group else None
    return [(side, None)] if side is not None else []


def counterparts_of(kind, text, view, people, actor_end, trigger, end, invited, groups=((), None),
                     held=None, in_session=False) -> list:
    """(counterpart, delegation) pairs the verb names, by the kind of event; `held`, the latest gathering told
    held, and `in_session`, whether no other act was told since."""
    at, after = trigger.start(), trigger.end()
    if kind == "meeting":
        # "刘结一同……会谈": right after a name that ends in 一, 同 is "with", not the 同 of 一同
        with_ = _WITH_AFTER_NAME.match(text, actor_end, at) or _WITH.search(text, actor_end, at)
        between = not_envoys_principals(text, principals([p for p in people if with_.end() <= p.start and p.end <= at]),
                                        at) if with_ else []
        # "部长甲和副部长乙会见了越南共产党代表团": 和 joins two hosts where the verb names whom they meet
        # ... and two of one side: "中方甲和越方乙共同会见了两国青年代表" are the two who meet
        cohosts = with_ is not None and with_.group(0) == "和" and _TAKES_OBJECT.fullmatch(trigger.group(0)) \
            is not None and _object_next(text, view, people, after, end) and not (
                between and home_of(groups[1]) and home_of(between[0]) and home_of(groups[1]) != home_of(between[0]))
        if between and not cohosts and not (separately(text, between[-1].end, at)
                                            and any(after <= p.start < end for p in people)):
            return [(p, None) for p in between]  # "同……举行会谈", "分别同甲，乙等会见交流"
        group = group_after(text, with_.end(), at) if with_ else None
        side = side_of_group(group, groups[0], groups[1]) if group else None
        if side is not None:
            return [(side, None)]  # "与……访问团，就……举行会谈": the delegation's head, else the delegation
        leaders = _LEADERS.match(text, with_.end(), at) if with_ and not between else None
        if leaders:  # "在德黑兰与伊朗政党联合会主要政党领导人会面": the leaders met, as written
            return [(Mention(leaders.start(), leaders.end(), leaders.group(0), "organization", "", "", "group"), None)]
        found = listed_counterparts(text, view, people, after, end, list(groups[0]), groups[1])
        if with_ and found and _BREAK.search(text, after, getattr(found[0][0], "start", after)):
            return []  # "同专家学者座谈，接受媒体采访，介绍胡锦涛……": whom 同 names is met, no one further on
        return found + more_groups(text, view, found, after, end)
    if kind == "visit":
        if not invited:
            return [(None, None)]
        hosts = [p for p in people if invited.start() <= p.start < invited.end()] or [
            m for m in view.mentions
            if m.kind == "organization" and m.entity_id and invited.start() <= m.start < invited.end()
        ]
        return [(hosts[0], None)] if hosts else [(None, None)]
    named = (_MEETING_NAME.match if kind == "summit" else _AGREEMENT_TITLE.search)(text, after, end)
    bare = _BARE_GATHERING.match(text, after, end) if named is None and kind == "summit" else None
    # "前往美国参加研讨会，……": a gathering of no other name; the one told before only where its name ends so
    # ("论坛10日开幕。……出席研讨会" is another gathering)
    if bare and not (held and held[0].rstrip("。，,").endswith(bare.group(0).lstrip("了"))):
        return [(bare.group(0), None)]
    if bare or named is None and kind == "summit" and (_CEREMONY.match(text, after, end) or in_session and (
            _ATTENDED.match(text, after, end) and AMONG.search(text, actor_end, at))):  # "甲、乙等出席。"
        return [(held[0], None)] if held else []
    if named is None:
        return []
    if kind != "summit":
        return [((named.group("title") or named.group("plain")).lstrip("了"), None)]
    name = named.group("name").lstrip("了")
    told = _HELD_OR_HOSTED.match(name)  # "出席6月16日在厦门举行的第九届论坛": the gathering, not where it is held
    return [(name[told.end():] if told and len(name) - told.end() >= 2 else name, None)]


def _object_next(text: str, view, people, after: int, end: int) -> bool:
    """Whether whom the verb takes follows it right after: a person or body ("会见了来访的……"), or guests
    no name is given ("会见了越南客人")."""
    return _OBJECT_NEXT.match(text, after, end) is not None \
        or any(after <= p.start < end and _RIGHT_AFTER.fullmatch(text, after, p.chain_start) for p in people) \
        or any(m.kind == "organization" and after <= m.start < end and _RIGHT_AFTER.fullmatch(text, after, m.start)
               for m in view.mentions)


_GROUP_JOINT = re.compile(r"\s*(?:、|" + variants(["和", "及", "以及", "与"]) + r")\s*")


def more_groups(text: str, view, found: list, after: int, end: int) -> list:
    """"分别会见了斐济优先党代表团和瓦努阿图瓦库党代表团": each delegation listed after the first is met too
    (a body's delegation as its body, else as written)."""
    first = group_after(text, after, end) if len(found) == 1 and isinstance(found[0][0], Mention) else None
    out, cursor = [], first.end() if first else end
    while (joint := _GROUP_JOINT.match(text, cursor, end)) and (group := group_after(text, joint.end(), end)):
        body = next((m for m in view.mentions if m.kind == "organization" and m.entity_id
                     and group.start() <= m.start and m.end <= group.end()), None)
        out.append((body, body) if body else (group.group("group"), None))
        cursor = group.end()
    return out
