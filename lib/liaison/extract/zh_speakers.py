"""Who spoke at a gathering a report tells as held: a participant of it (a "summit" row).

"……对话会在昆明举行。会上，中联部部长甲作主旨讲话表示……", "……乙在研讨会致辞中指出……": one who speaks
"at the session" or "in a speech at the seminar" attended it. A report whose lead sentence tells a gathering
held ("第6届中国—南亚合作论坛在云南昆明举行。……大使丙表示……", "……丁在主旨讲话中表示……") is about it, so who
speaks in the sentences right after it spoke there. One row per gathering, the first speaker's (the convention
of one gathering, one row, any of its named participants), and none where the gathering already has a person
attending it (出席, 参加).
None for a gathering still ahead ("论坛将于下月举行"), for one who speaks of another time ("去年，甲在论坛上
致辞"), in a letter ("甲在贺信中指出"), or from outside it ("对此，发言人乙表示", "学者丙表示"); and "会上，"
is of the session only while no other act has been told since ("……会见了代表团。会上，……" is the meeting's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.events import Event
from liaison.extract.zh_grammar import Person, variants
from liaison.extract.zh_hosted import GATHERING_WORDS
from liaison.extract.zh_rows import build
from liaison.extract.zh_when import FILED, Dateline, stated

_SESSION = variants([*GATHERING_WORDS, "开幕式", "闭幕式"])
_SPEECH = variants(["致辞", "致词", "讲话", "发言", "演讲", "表示", "指出", "强调"])
# "会上，", "论坛上，", "开幕式上，": the sentence is of the session told before
_AT_SESSION = re.compile(r"(?:" + variants(["会上", "会议上", "论坛上", "研讨会上", "对话会上", "开幕式上"])
                         + r")[，,]")
# right after the speaker's name: "在研讨会致辞中指出", "在论坛上发言", "作主旨讲话表示", "在讲话中表示", "表示"
# (not one who speaks of a meeting of his own: "在会见中表示" is no session; nor "表示感谢/欢迎" to a host)
# (in either script: "在這次論壇上發表講話")
_THIS = variants(["本次", "此次", "这次"])
_MAKES = variants(["作", "发表", "做"])
_AT_THIS = r"在(?:" + _THIS + r")?(?:" + _SESSION + r")(?:上|[^，,。；;]{0,4}?中)"
_KEYNOTE = variants(["主旨", "重要", "专题"])
# "在主旨讲话中表示", "在致辞中指出": what is said in a speech told as one, where the report is about a gathering
_IN_SPEECH = r"在(?:" + _KEYNOTE + r")?(?:" + variants(["讲话", "致辞", "致词", "发言", "演讲"]) + r")中"
_SPEAKS = CuedPattern(r"(?:(?:" + _AT_THIS + "|" + _IN_SPEECH + r")[，,]?)?(?:" + _MAKES + r")?[了]?(?:" + _KEYNOTE
                      + r")?(?:" + _SPEECH + r")(?!" + variants(["感谢", "欢迎", "祝贺", "慰问"]) + r")",
                      tuple(_SPEECH.split("|")))
_EXPLICIT = re.compile(_AT_THIS + r"|(?:" + _MAKES + r")[了]?主旨")
_QUOTES = re.compile(r"[“「]([^”」]*)[”」]")
_LATER = 8  # how many sentences after the lead may tell who spoke there (as English event_lead's)
# Words of a message sent, not a speech made there, between the name and the verb: "甲在论坛视频致辞中表示"
_SENT = re.compile(variants(["贺信", "贺电", "贺词", "贺函", "致信", "致函", "书面致辞", "书面讲话", "视频致辞"]))
# Before the speech verb: another time ("去年，甲在论坛上致辞", "上届论坛上")
_ANOTHER_TIME = re.compile(variants(["去年", "前年", "此前", "上届", "上一届", "往届", "历届", "早前", "先前", "以往"]))
# Sentences and posts of who comments on the gathering from outside it ("对此，……发言人乙表示", "学者丙表示")
_ASIDE = re.compile(variants(["对此", "另据", "此外", "另悉", "另外", "与此同时"]))
_OUTSIDE = re.compile(variants(["发言人", "学者", "专家", "分析人士", "评论员", "观察人士", "记者", "教授"]))
# Acts other than the gathering's, told after it: "会上，" that follows is theirs
_OTHER_ACT = re.compile(variants(["参观", "考察", "调研", "走访", "会见", "会晤", "接见", "会谈", "访问", "拜会",
                                  "签署"]))


@dataclass(slots=True)
class Session:
    """What a report has told since its latest gathering held: whether in its lead sentence, how many
    sentences ago, and whether no other act was told since (so that "会上，" is of its session)."""
    in_lead: bool = False
    after: int = 0
    open: bool = False

    def told(self, held: tuple | None, at_lead: bool) -> None:
        """The sentence about to be read tells `held` (held_gathering) held, in the lead or not."""
        if held is not None:
            self.in_lead, self.after, self.open = at_lead, -1, True

    def went_on(self, text: str, view: SentenceView, rows: list[Event], held: tuple | None) -> None:
        """The sentence read made `rows`: any other act than attending the gathering closes its session."""
        self.after += 1
        other = any(not (row.kind == "summit" and held and row.counterpart == held[0]) for row in rows)
        self.open = self.open and not other and not (self.after > 0 and not rows and _OTHER_ACT.search(
            text, view.sentence.start, view.sentence.end))


def speaker_summit(text: str, view: SentenceView, people: list[Person], dateline: Dateline, session: Session,
                   attended: set[str]) -> Event | None:
    """The row of the sentence's speaker who attended the latest gathering told held (dateline.held: name,
    places, date, status), where the sentence is of its session ("会上，……", "在研讨会致辞中") or the report is
    about it (told held in its lead sentence, a few sentences before); None where the gathering has a row
    already (`attended`)."""
    held = dateline.held
    start, end = view.sentence.start, view.sentence.end
    if held is None or held[0] in attended or held[3] != "reported":
        return None
    quoted = [m.span() for m in _QUOTES.finditer(text, start, end)]
    session_said = _AT_SESSION.match(text, start, end) is not None
    if session_said and not session.open:
        return None  # "……会见了代表团。会上，……": the session of the act told since
    about = session.in_lead and session.after <= _LATER and not _ASIDE.match(text, start, end)
    for person in people:
        if not start <= person.start < end or any(a <= person.start < b for a, b in quoted):
            continue  # "……，”甲在研讨会致辞中指出": not one named inside the quote
        speaks = _SPEAKS.match(text, person.end, end)
        if speaks is None or _SENT.search(text, person.end, speaks.end()) \
                or _of_another_time(text, view, start, speaks.end(), dateline):
            continue  # "甲在论坛视频致辞中表示", "去年，乙在论坛上致辞": not here, or not this time
        clause = max(start, text.rfind("，", start, person.start) + 1, text.rfind(",", start, person.start) + 1)
        if session_said or _EXPLICIT.match(text, person.end, speaks.end()) or (
                about and not _OUTSIDE.search(text, clause, person.start)):
            # the gathering by its name, where and when it was held
            return build(view, (start, end), "summit", person, held[0], None, list(held[1]), False, "reported",
                         stated(held[2], dateline))
    return None


def _of_another_time(text: str, view: SentenceView, start: int, end: int, dateline: Dateline) -> bool:
    """Whether text[start:end] (up to the speech verb) tells another time than the gathering's: "去年", or a
    date outside the days it was held."""
    if _ANOTHER_TIME.search(text, start, end):
        return True
    held = stated(dateline.held[2], dateline) if dateline.held and dateline.held[2] else ("", "")
    first, last = held[0], held[1] or held[0]
    for date in view.dates:
        day = stated(date, dateline)[0] if start <= date.start and date.end <= end \
            and not FILED.match(text, date.end) else ""
        if day and first and not first[:len(day)] <= day <= last[:len(day)]:
            return True
    return False
