"""The words that make a clause of a Chinese readout an event, and the words around one that make
it none: zh_events reads a clause's first trigger that codes one ("会见", "出席", "访问", "访越").
"""
from __future__ import annotations

import re

from liaison.extract.zh_grammar import variants
from liaison.extract.zh_places import PROVINCE_VISITS, TO_SAR
from liaison.extract.zh_places import SHORT_VISIT as SHORT_FORM_VISIT

# "感谢……的热情接待": thanks for a reception, no meeting; "在……与甲领导的访问团交流时，……": Malaysian and
# Singapore papers' meeting (one only where 与/同 names whom).
# 探望/看望: calling on a person ("探望……菲德尔·卡斯特罗"), a meeting only where a person is named after it;
# 启程前往/动身前往: setting out on a visit ("率团启程前往中国北京市，出席……").
KINDS = (
    ("appointment", ["任命", "出任", "就任", "当选为", "当选", "担任", "升任", "接任", "转任", "调任"]),
    ("agreement", ["签署", "签订", "签约"]),
    # "论坛20日在京举行。……在开幕式上发表主旨讲话": a speech at its ceremony is attending the gathering told
    ("summit", ["出席", "参加", "参会", "列席", "在(?=(?:开幕式|闭幕式)上(?:发表|致辞|讲话))"]),
    ("meeting", ["会见交流", "深入交流", "座谈交流", "交流座谈", "进行交流", "视频交流", "视频会谈", "视频对话",
                 "举行会谈", "视频会晤", "视频会见", "视频通话",
                 "会见", "会谈", "会晤", "接见", "(?<!的)(?<!的热情)(?<!的盛情)接待", "会面", "通电话", "通话", "座谈",
                 "见面", "拜会", "拜见", "拜访", "探望", "看望", "交流时", "交流后(?=[，,])",
                 # a banquet given for a guest, as in English ("维文将设晚宴款待甲", "宴请乙一行")
                 "设(?:午|晚)?宴(?:款待|招待|欢迎|接待)", "宴请"]),
    # 来访 as a verb ("吴伯雄也来访大陆"), not the 来 of 接下来 before 访问
    # 互访: two who visit each other ("甲和乙成功互访")
    ("visit", ["互访", "率团访问", "率团赴", "进行访问", "正式访问", "访问", "出访", "访华", "来华", "到访", "造访",
               "来访(?![问問华華])", "参访", "抵达", "启程前往", "启程赴", "动身前往"]  # 来访华: 访华 reads it
     + PROVINCE_VISITS + TO_SAR),  # "来晋", "来川": to a Chinese province; "来港", "来澳"
)
# "访美", "访越", "访塞": a visit to a country by its short form (zh_places reads which, and whether a
# character is one: "访谈" is none); "访华盛顿" is no 访华.
SHORT_VISIT_FORMS = "|" + SHORT_FORM_VISIT
VISIT_WORDS = frozenset(variants([w.split("(")[0] for w in dict(KINDS)["visit"]]).split("|"))
TRIGGER = re.compile("|".join(
    f"(?P<{kind}>{variants(words)}{SHORT_VISIT_FORMS if kind == 'visit' else ''})" for kind, words in KINDS))
NOT_CHINA = re.compile("[盛沙]")  # 华盛顿 (Washington), 华沙 (Warsaw)
# "访问期间", "访问团" and "会见前" name a visit or meeting already told; "会见时表示" restates a
# meeting; "访问学者" is a post; "出席人数", "接待工作", "会晤重要共识", "访华的消息" and "会谈的结果"
# are no acts; "会见之前" frames another.
NOT_TRIGGER_AFTER = re.compile(variants(["期间", "团", "中，", "中,", "结束", "者", "学者", "后", "时表示", "时在座",
                                          "的消息", "的结果", "结果", "之前", "之后", "的有", "的，有", "的,有",
                                          "表示感谢", "人数", "工作", "重要共识", "共识", "成果", "精神"])
                                + "|前(?![来來往])")  # "会见前来访华的……" is a meeting
# "陈洲参加会见", "陪同会见": who sat in, not who met.
NOT_TRIGGER_BEFORE = re.compile("(?:" + variants(["参加", "陪同", "出席", "参与", "在座"]) + ")了?$")
# "吴官正在会见卡斯特罗后，又与……会晤": a meeting told as the time of the next; the clause goes on to it.
AFTER_MEETING = re.compile("在(?:" + variants(["会见", "会晤", "会谈"]) + r")[^，,。；;]{0,40}?(?:"
                           + variants(["之后", "后"]) + ")[，,]")
# "希望通过拉姆古兰总理对安徽的访问……": a visit named as the means of something, no visit told there.
THROUGH = re.compile("(?:" + variants(["通过", "透过", "借助", "藉由"]) + r")[^，,。；;]{0,24}的$")
# "总理期待有机会访问西藏", "盼望早日访华": a wish to go, no visit (not "期待甲来访", whose visit is planned).
WISHED = re.compile("(?:" + variants(["期待", "期望", "盼望", "渴望", "希望"]) + ")(?:" + variants(
    ["有机会", "早日", "尽早", "能够", "能", "再次", "再度"]) + r")[^，,。；;]{0,6}$"
    # "热切期待和欢迎甲及乙再次访马", "期待甲早日访华": whom one awaits, then 早日/再次 right before the verb
    + "|(?:" + variants(["期待", "期望", "盼望", "渴望"]) + r")[^，,。；;]{0,30}(?:"
    + variants(["早日", "尽早", "再次", "再度"]) + ")$")
# "对朝鲜进行国事访问两周年之际", "访华50周年": the anniversary of a visit is no visit now.
ANNIVERSARY = re.compile(r"[^，,。；;]{0,2}?[一二两兩三四五六七八九十百\d]+(?:周年|週年)")
# "自9月25日至29日对中国广东省进行工作访问期间，……丁进勇……会见……": a visit framing the sentence whose
# visitor is the subject named after it.
# "在对老挝进行工作访问框架内，……", "在对中国进行访问、通报……成果框架内，……": the Vietnam News Agency's "within
# the framework of" the visit (and the errand it names after 、) frames the sentence as 期间 does.
FRAMING = re.compile("(?:" + variants(["期间", "之际"]) + "|(?:、[^，,。；;、]{1,40}?)?(?:"
                     + variants(["框架内", "框架下"]) + "))[，,]")  # "……访华之际，……会见……" too
# "正当美国总统甲对古巴施压之际，中联部部长乙……会见……": the time of the clause, whose people are no subject.
AMID = re.compile("(?:" + variants(["正当", "正值", "值此", "在", "当"]) + r")[^。；;]{1,60}?(?:"
                  + variants(["之际"]) + ")[，,]")
# "甲、乙、丙将……分别访问中国", "甲与乙则将同期抵华": each one listed visits.
EACH_OF_THEM = re.compile(variants(["分别", "同期", "一同", "共同", "一起"]))
# "会见来华出席……的外方代表", "会见了正在中国访问的……": what those met came to do, told in the phrase
# that describes them, is not the act of the one who meets.
_GUESTS_DOING = re.compile("(?:" + variants(["会见", "会晤", "接见"]) + ")了?([^，,。；;的]{1,30})的")


def of_guests(text: str, start: int, end: int, trigger: re.Match) -> bool:
    """Whether the visit or gathering `trigger` tells is told of whom a meeting verb before it meets."""
    if trigger.lastgroup not in ("visit", "summit"):
        return False
    found = _GUESTS_DOING.search(text, start, end)
    return found is not None and found.start(1) <= trigger.start() < found.end(1)


# "托卡耶夫在结束出席……论坛后，专程到访新疆": a gathering told as the time of what follows
_IN_THE_END = re.compile("(?:在|於|于)(?:" + variants(["结束"]) + ")?$")
_AND_THEN = re.compile(r"[^，,。；;]{2,40}?(?:之后|之後|后|後)(?:[，,]|(?=" + variants(
    ["抵达", "前往", "赴", "到访", "访问", "会见", "来华"]) + "))")


def attended_before(text: str, start: int, trigger) -> bool:
    """Whether the gathering `trigger` tells is told as the time the clause's next act follows."""
    return trigger.lastgroup == "summit" and _AND_THEN.match(text, trigger.end()) is not None \
        and bool(_IN_THE_END.search(text[max(start, trigger.start() - 4):trigger.start()]))


# "佐瑟古禄也在会面中透露，……", "拉那烈在会谈中表示": the meeting told before, as the setting of what is said
# (not "在与甲会谈中表示", nor "甲与乙在会面时表示": a clause naming whom with 与/同 tells the meeting itself)
_NAMES_WHOM = re.compile("[与與同和跟]")
_IN_IT_BEFORE = re.compile("(?:在|於)(?:" + variants(["这次", "此次", "本次", "那次"]) + ")?$")
_IN_IT_AFTER = re.compile("(?:中|時|时)(?![国國方共联聯央])")


def restated_in(text: str, span: tuple[int, int], trigger: re.Match, met: bool) -> bool:
    """Whether the meeting `trigger` tells is one told before, named as the setting of the clause; `span`: the
    sentence's start and the clause's. Only where a meeting was told before (`met`: a meeting row of an earlier
    clause), or a meeting word opens the sentence ("会见了甲，并在会谈中表示"): "……8日在会谈中向甲表示" told
    first is the meeting itself."""
    sentence, start = span
    return trigger.lastgroup == "meeting" and _IN_IT_AFTER.match(text, trigger.end()) is not None \
        and bool(_IN_IT_BEFORE.search(text[max(start, trigger.start() - 3):trigger.start()])) \
        and not _NAMES_WHOM.search(text, start, trigger.start()) \
        and (met or any(m.lastgroup == "meeting" for m in TRIGGER.finditer(text, sentence, start)))
