"""Who spoke at a gathering a report tells as held: a participant of it (a "summit" row).

"……对话会在昆明举行。会上，中联部部长甲作主旨讲话表示……", "……乙在研讨会致辞中指出……": one who speaks
"at the session" or "in a speech at the seminar" attended it. A report whose lead sentence tells a gathering
held ("第6届中国—南亚合作论坛在云南昆明举行。……大使丙表示……") is about it, so who speaks in it afterwards
spoke there. One row per gathering, the first speaker's (the convention of one gathering, one row, any of its
named participants), and none where the gathering already has a person attending it (出席, 参加).
"""
from __future__ import annotations

import re

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.events import Event
from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_rows import build
from liaison.extract.zh_when import Dateline, stated

_SESSION = variants(["研讨会", "论坛", "对话会", "峰会", "大会", "开幕式", "闭幕式", "年会"])
_SPEECH = variants(["致辞", "致词", "讲话", "发言", "演讲", "表示", "指出", "强调"])
# "会上，", "论坛上，", "开幕式上，": the sentence is of the session told before
_AT_SESSION = re.compile(r"(?:" + variants(["会上", "会议上", "论坛上", "研讨会上", "对话会上", "开幕式上"])
                         + r")[，,]")
# right after the speaker's name: "在研讨会致辞中指出", "在论坛上发言", "作主旨讲话表示", "表示"
# (not one who speaks of a meeting of his own: "在会见中表示" is no session; nor "表示感谢/欢迎" to a host)
_SPEAKS = CuedPattern(r"(?:在(?:本次|此次|这次)?(?:" + _SESSION + r")(?:上|[^，,。；;]{0,4}?中)[，,]?)?"
                      r"(?:作|发表|做)?了?(?:主旨|重要|专题)?(?:" + _SPEECH + r")(?!感谢|欢迎|祝贺|慰问)",
                      tuple(variants(["致辞", "致词", "讲话", "发言", "演讲", "表示", "指出", "强调"]).split("|")))
_EXPLICIT = re.compile(r"在(?:本次|此次|这次)?(?:" + _SESSION + r")(?:上|[^，,。；;]{0,4}?中)|(?:作|发表|做)了?主旨")
_QUOTES = re.compile(r"[“「]([^”」]*)[”」]")


def speaker_summit(text: str, view: SentenceView, people: list[Person], dateline: Dateline, in_lead: bool,
                   attended: set[str]) -> Event | None:
    """The row of the sentence's speaker who attended the latest gathering told held (dateline.held: name,
    places, date), where the sentence is of its session ("会上，……", "在研讨会致辞中") or the report is about it
    (`in_lead`: told held in its lead sentence); None where the gathering has a row already (`attended`)."""
    held = dateline.held
    if held is None or held[0] in attended:
        return None
    start, end = view.sentence.start, view.sentence.end
    quoted = [m.span() for m in _QUOTES.finditer(text, start, end)]
    session = _AT_SESSION.match(text, start, end) is not None
    for person in people:
        if not start <= person.start < end or any(a <= person.start < b for a, b in quoted):
            continue  # "……，”甲在研讨会致辞中指出": not one named inside the quote
        speaks = _SPEAKS.match(text, person.end, end)
        if speaks and (session or in_lead or _EXPLICIT.match(text, person.end, speaks.end())):
            # the gathering by its name, where and when it was held
            return build(view, (start, end), "summit", person, held[0], None, list(held[1]), False, "reported",
                         stated(held[2], dateline))
    return None
