"""Who visits, where a Chinese readout tells a visit around its main verb: several visitors listed
before one verb ("甲、乙、丙将……分别访问中国", "甲与乙则将同期抵华"), a visit framing the sentence
whose visitor is named after it ("自9月25日至29日对中国广东省进行工作访问期间，……丁进勇……会见……"),
a speaker glad to visit again ("表示很高兴……再次访华"); and who is no side at all: the wire of a
dateline ("新华社哈瓦那11月17日电"). Also several hosts listed by 、 before one verb ("甲、乙……会见了……"),
each meeting the guest. zh_events asks; this module only reads the clause.
"""
from __future__ import annotations

import re

from liaison.extract.zh_delegations import principals, separately
from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_triggers import EACH_OF_THEM, FRAMING, TRIGGER

_LISTED = re.compile(r"\s*、\s*")
_JOINED = re.compile(r"\s*(?:、|" + variants(["和", "与", "同", "及"]) + r")\s*")
_WITH_BEFORE = re.compile(variants(["同", "与", "和", "跟", "陪同"]))
_INVITED = re.compile("(?:" + variants(["欢迎", "邀请"]) + ")了?$")


def co_visitors(text: str, people: list[Person], actor, start: int, at: int) -> list[Person]:
    """Who is listed with the visitor before the verb and visits too: by 、 ("甲、乙访问"), or by
    和/与 where the verb is each one's ("甲与乙则将同期抵华", "甲和乙分别访问"). Not a list after 同/与,
    欢迎 or 邀请 before the visitor ("欢迎甲、乙访华" is read by the caller's own rule)."""
    if not isinstance(actor, Person) or not start <= actor.start \
            or _WITH_BEFORE.search(text, start, actor.chain_start) or _INVITED.search(text, start, actor.chain_start):
        return []
    listed = [p for p in people if actor.end <= p.start and p.end <= at]
    joint = _JOINED if listed and EACH_OF_THEM.search(text, listed[-1].end, at) else _LISTED
    out, previous = [], actor
    for person in listed:
        if not joint.fullmatch(text, previous.end, person.chain_start):
            break
        out.append(person)
        previous = person
    return out


def framed_visitor(text: str, people: list[Person], start: int, end: int, trigger: re.Match, trip) -> Person | None:
    """The visitor of a visit that frames its sentence ("对……进行工作访问期间，甲……"): the first person
    after the frame, where the clause names none before the verb and no visit was told before."""
    if trigger.lastgroup != "visit" or trip is not None:
        return None
    frame = FRAMING.match(text, trigger.end(), end)
    if frame is None or any(start <= p.start < trigger.start() for p in people):
        return None
    # (not the one whose envoy the visitor is: "……框架内，……苏林总书记特使黎怀忠于……")
    return next((p for p in principals(people) if frame.end() <= p.start and p.end <= end), None)


# "新华社电", "新华社北京9月24日电", "越通社河内——": the wire opening a dateline tells the event, it is no side.
WIRE = re.compile(r"[^，,。；;：:“”]{0,14}?(?:电|電|讯|訊)(?![视視话話])|[^，,。；;]{0,8}?——")


def wire(text: str, end: int) -> bool:
    """Whether the body ending at `end` is the wire of a dateline ("新华社哈瓦那11月17日电")."""
    return bool(WIRE.match(text, end))


# "梅德韦杰夫……表示很高兴在……之际再次访华": the speaker tells of his own visit.
# ("罗亚尔表示，很高兴在……后访问中国": a comma may follow the verb of saying)
_GLAD = re.compile("(?:" + variants(["表示", "说"]) + ")[，,]?(?:" + variants(["很", "非常", "十分", "特别"]) + ")?"
                   + "(?:" + variants(["高兴", "荣幸"]) + ")[^，,。；;]{0,30}$")


def glad_to_visit(text: str, start: int, at: int) -> bool:
    """Whether the visit's verb at `at` ends "表示很高兴……访华": the speaker's own visit, not one he reports."""
    return bool(_GLAD.search(text, start, at))


def frame_end(text: str, people: list[Person], start: int, end: int, trigger: re.Match) -> int | None:
    """Where a visit framing its sentence ends when the frame names its own visitor ("在越南国家主席甲对中国
    进行国事访问期间，中联部部长乙会见了……"): the visit is 甲's, the next verb the one named after the
    frame's; None unless a person stands both before the visit's verb and after the frame."""
    frame = FRAMING.match(text, trigger.end(), end) if trigger.lastgroup == "visit" else None
    if frame is None or not any(start <= p.start < trigger.start() for p in people):
        return None
    verb = TRIGGER.search(text, frame.end(), end)
    stop = verb.start() if verb else end
    return frame.end() if any(frame.end() <= p.start and p.end <= stop for p in people) else None


# "发言人就洪森总理访华答记者问", "大使……就中柬关系和洪森总理即将于本周末访华接受采访": the visit is a topic,
# whose visitor is named after 就, not the speaker before it.
_TOPIC = re.compile(r"(?<![成早也造])就(?![是任职職要会會])")  # not 成就, 早就, 就任, 就是


def topic_visitor(text: str, before: list[Person], at: int) -> Person:
    """The visitor of a visit told as a topic after 就, else the clause's first person."""
    topic = _TOPIC.search(text, before[0].end, at)
    named = [p for p in before if topic and p.start >= topic.end()]
    return named[-1] if named else before[0]


# "同……专程来访的……黎怀忠举行会谈": a visit told of whom the clause's verb names further on.
_RELATIVE = re.compile(r"(?:" + variants(["访问", "进行访问"]) + ")?的(?![。，,；;！]|$)")
# "结束对越南的访问，启程前往老挝": a visit ending, told on the way to the next one.
_ENDING = re.compile(r"(?:" + variants(["结束"]) + r")[^，,。；;]{0,12}$")
_AND_THEN = re.compile(variants(["分别", "并", "同时"]))


def visit_goes_on(text: str, start: int, trigger: re.Match) -> bool:
    """Whether the clause goes on past the visit at `trigger` to its own verb: a visit told in what is said
    of someone ("来访的甲"), one ending before the next ("结束对越南的访问，启程前往老挝"), or one the same
    subject's next act follows with no comma ("抵汤加访问分别与……会晤", "访问越南并会见……")."""
    return bool(_RELATIVE.match(text, trigger.end()) or _ENDING.search(text, start, trigger.start())
                or _AND_THEN.match(text, trigger.end()))


_CO_ACTOR = re.compile(r"\s*、\s*")
_CO_ATTENDER = re.compile(r"\s*(?:、|" + variants(["和", "与", "同"]) + r")\s*")
_COMMA_ONLY = re.compile(r"\s*[，,]\s*")
_CO_HOST = re.compile(r"\s*[、和]\s*")
# "甲28日在北京与乙出席……对话": when and where both attend, told before the second
_WITH_AT = re.compile(r"\s*(?:、|(?:\d{1,2}日)?(?:在[\u4e00-\u9fff]{2,8}?)?(?:与|與|同))\s*")
ATTEND_AT = re.compile(variants(["出席", "参加"]))
_JOINTLY = re.compile("(?:" + variants(["共同", "一同", "一起"]) + ")$")
# "甲以及……乙等……政要出席", "甲，……乙，……丙等出席并致辞": a list of attendees closed by 等 before the verb
AMONG = re.compile(r"等[^，,。；;]{0,30}$")
_CO_LISTED = re.compile(r"\s*(?:、|[，,]|" + variants(["以及", "及", "和"]) + r")\s*")
_WITH_BEFORE_ACTOR = re.compile(variants(["同", "与", "和", "跟"]))


def co_actors(text: str, people: list[Person], actor, start: int, at: int, kind: str = "meeting",
              met_after: bool = False) -> list[Person]:
    """"周恩来、姚文元、郭沫若……会见了……": who is listed with the subject by 、 before the verb
    meets too ("甲和乙举行会谈" pairs the two instead; "并分别同甲、乙会面" lists whom one meets), and
    by 和 where whom they meet is named after the verb (`met_after`: "部长甲和副部长乙会见了丙");
    "甲与乙共同出席……", "甲、乙出席……": both attend; so does a list closed by 等 ("甲以及乙等出席", not of
    those who take part: "甲，乙等参会")."""
    if not isinstance(actor, Person) or not start <= actor.start \
            or _WITH_BEFORE_ACTOR.search(text, start, actor.chain_start):
        return []
    joint = _CO_ATTENDER if kind == "meeting" and separately(text, actor.end, at) else \
        _CO_HOST if kind == "meeting" and met_after else _CO_ACTOR
    if kind == "summit":  # "甲与乙共同出席", "甲、乙出席", "甲以及乙等出席"
        joint = _CO_ATTENDER if _JOINTLY.search(text, max(start, at - 2), at) else \
            _CO_LISTED if AMONG.search(text, actor.end, at) and ATTEND_AT.match(text, at) else _CO_ACTOR
    out, previous = [], actor
    for person in (p for p in people if actor.end <= p.start and p.end <= at):
        # "省委书记甲，省委副书记、省长乙在哈尔滨会见……": a comma between two who each carry their posts
        if not (joint.fullmatch(text, previous.end, person.chain_start)
                or kind == "meeting" and person.chain_start < person.start
                and _COMMA_ONLY.fullmatch(text, previous.end, person.chain_start)):
            break
        out.append(person)
        previous = person
    return out


def co_attenders(text: str, people: list[Person], actor, start: int, at: int) -> list[Person]:
    """"甲28日在北京与乙出席……对话": who attends with the subject, named after when and where (the gathering's
    row stays the subject's; zh_rows reads whether the other came from abroad for it)."""
    if not isinstance(actor, Person) or not start <= actor.start or not ATTEND_AT.match(text, at) \
            or _JOINTLY.search(text, max(start, at - 2), at):
        return []
    out, previous = [], actor
    for person in (p for p in people if actor.end <= p.start and p.end <= at):
        if not _WITH_AT.fullmatch(text, previous.end, person.chain_start):
            break
        out.append(person)
        previous = person
    return out


# "会见蒙古人民党代表团时，蔡奇表示": a meeting already told, restated to frame what was said.
RESTATED = re.compile(r"[^，,。；;]{0,40}?(?:时|時)[，,]")
# "李鹏对他们出席年会表示欢迎": what is said of something, after 对 and its object
_SPEAKS = re.compile(r"(?:[^，,。；;]{0,4}?|(?:对|對)[^，,。；;]{1,24}?)(?:"
                     + variants(["表示", "指出", "强调", "说", "介绍"]) + ")")


def framing_speaker(text: str, people: list[Person], start: int, end: int, trigger) -> tuple[Person, int] | None:
    """"在会见越南共产党代表团时，中联部部长陈立新表示": who speaks right after a meeting told as the time
    of speaking, when no one is named before the verb, is who met; and where the meeting's words end (时)."""
    said = RESTATED.match(text, trigger.end(), end) if trigger.lastgroup == "meeting" else None
    if said is None or any(start <= p.start < trigger.start() for p in people):
        return None
    speaker = next((p for p in people if said.end() <= p.chain_start and p.end <= end), None)
    return (speaker, said.end() - 2) if speaker is not None and _SPEAKS.match(text, speaker.end) else None


# "据发言人甲介绍，乙……访问": who is quoted is no side of what is told
ACCORDING = re.compile(r"(?:据|據|根据|根據)[^。；;，,]{1,50}?(?:介绍|介紹|说|說|称|稱|报道|報道|消息|透露)[，,]")
# "……透露，今年还会有另外两位省委书记率团访台": unnamed ones are the clause's subject
SOME_UNNAMED = re.compile(r"有(?:另外|另|其他)?[一二两兩三四五六七八九十几幾\d]+(?:位|名|个|個)")
