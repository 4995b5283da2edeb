"""A Chinese sentence cut into its clauses, one act each: "……访问越南，分别会见了……，与……举行会谈" is a visit,
meetings and talks. A comma opens a new act where a joining word, a day, a new subject or the next act's verb
follows it; a 并 joins a second act of the clause's subject, not of someone the clause names (an invitation's
acts, a guest described before his name: `_one_act`)."""
from __future__ import annotations

import re

from liaison.extract.context import SentenceView
from liaison.extract.zh_grammar import variants
from liaison.extract.zh_hosted import GATHERING_WORDS

# A readout strings its acts with commas: "……访问越南，分别会见了……，与……举行会谈".
_CLAUSE_BREAK = re.compile(r"[；;]|[，,](?=" + variants([
    "并", "随后", "随即", "接着", "此后", "之后", "其间", "还", "另", "分别", "会见", "会晤", "出席", "与", "同",
    "先后", "期间", "今天", "当天", "次日", "同日", "当晚", "翌日", "上午", "中午", "下午", "傍晚", "晚间", "晚上",
    "上星期", "上周", "上週", "我", "他", "她", "据", "根据", "今年", "去年", "将与", "将同", "首先"])
    # "甲主席是在2016年访马的，至今已有8年，而乙总理上次访马是在去年": 而 sets a new subject's act against the
    # last (not 而是, 而且, 而非, 而不, 而言, 而已, 而来: no new act); the name after it is bounded by zh_name_words
    # (LEFT_WORDS) and zh_grammar (_STOP: 上次, 第一次, 最近一次)
    + r"|而(?![是且非不言已来來])" + ")"
    # "……首度接见台湾参访团，2005年前总书记甲曾接见……": a year of its own opens another act, of its own subject
    # (not after an invitation, whose host is the visit's: "应……邀请，2024年5月12日至16日，甲率团访问……")
    + r"|(?<!邀请|邀請)[，,](?=(?:\d{4}|[一二三四五六七八九〇零]{4})年)"
    # "12日抵达万象，13日会见了……", "抵京，上周五(4日)分別拜會……": a day of its own opens the next act
    + r"|[，,](?=(?:上?(?:周|週|星期)[一二三四五六日])?[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[）)]?"
    # "访问老挝，7日（周二）会见了……": the weekday may follow the day in brackets
    r"(?:[（(](?:周|週|星期|礼拜|禮拜)[一二三四五六日天][）)])?"
    r"(?:上午|下午|晚|早)?(?:" + variants(["分别", "先后"]) + ")?(?:" + variants(
        ["会见", "会晤", "出席", "访问", "抵达", "前往", "同", "与", "离开", "赴", "拜会"]) + "))"
    # "出席……对话会并访问南非": a second act joined by 并 without a comma.
    + "|(?:并|並)(?=" + variants(["访问", "会见", "出访", "率团访问", "出席", "作为"]) + ")"
    # "访问越南时会见了……", "访问老挝期间会见了……": the stay's frame, then the act in it
    + "|(?<=时|時)(?=" + variants(["会见", "会晤", "接见", "拜会"]) + ")|(?<=期间|期間)(?=" + variants(
        ["会见", "会晤", "接见", "拜会"]) + ")"
    + r"|(?=在(?:与|同|與)[^，,。；;]{2,30}?(?:" + variants(["会谈", "会见", "会晤"]) + ")中)"
    # "……进行访问，在符拉迪沃斯托克会见普京，在莫斯科与……举行会谈": each place's act its own clause
    + r"|[，,](?=在[^，,。；;与同和與会會]{2,12}(?:" + variants(["会见", "会晤", "与"]) + r"|(?<![共])同))")
_INVITES_SOMEONE = re.compile("(?<![应應])(?:" + variants(["邀请", "邀约"]) + r")(?![，,了]|" + variants(
    ["访", "出席", "前往", "赴", "率", "来", "到"]) + ")")
_MEETS = re.compile(variants(["会见", "会晤", "接见", "会谈"]))
# "并出席河内论坛的老挝……乙": the run after 并 describes whom one meets; not "并出席了……的论坛" (the subject's)
_RUN = re.compile(r"(?!\w{0,2}了)[^，,。；;]*的[^，,。；;]*")
_ITS_OWN_ACT = re.compile("(?:" + variants([*GATHERING_WORDS, "宴会", "仪式", "活动", "招待会", "开幕式"]) + ")$")
# "应……邀请", and the written form "应……之邀" ("应中国国务院副总理丁薛祥之邀")
INVITED = re.compile(r"(?:应|應)(?P<host>[^，。；]{2,60}?)(?:的?(?:邀请|邀請)|之邀)")
# ... and in the other forms an accepted invitation takes: "受……邀请", "在……的邀请下"
_ACCEPTED = re.compile(rf"{INVITED.pattern}|受[^，。；;]{{0,60}}?(?:邀请|邀請)|在[^，。；;]{{0,60}}?的(?:邀请|邀請)下")


def invites_someone(text: str, start: int, end: int) -> bool:
    """An invitation issued in text[start:end] ("甲邀请乙访问"), not one accepted ("应/受……邀请")."""
    accepted = [m.span() for m in _ACCEPTED.finditer(text, start, end)]
    return any(not any(a <= m.start() < b for a, b in accepted) for m in _INVITES_SOMEONE.finditer(text, start, end))


def _one_act(text: str, start: int, joint: re.Match) -> bool:
    """A 并 that joins a second act of someone the clause names, not of its subject: an invitation's
    ("甲邀请乙访问老挝并出席大会": neither act is done yet), and a guest described before the name
    ("甲会见了刚刚访问越南并出席论坛的乙": 乙's acts, not 甲's)."""
    if invites_someone(text, start, joint.start()):
        return True
    run = _RUN.match(text, joint.end())
    return bool(_MEETS.search(text, start, joint.start()) and run and not _ITS_OWN_ACT.search(run.group(0)))


def clauses(text: str, view: SentenceView):
    """(start, end) of each clause of the sentence, in order."""
    cursor = view.sentence.start
    for brk in _CLAUSE_BREAK.finditer(text, view.sentence.start, view.sentence.end):
        if brk.group(0) in ("并", "並") and _one_act(text, cursor, brk):
            continue
        yield cursor, brk.start()
        cursor = brk.end()
    yield cursor, view.sentence.end
