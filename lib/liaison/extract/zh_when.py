"""When and where a Chinese readout says its events happened, as a whole: its dateline
("新华社河内6月27日电": where it was filed and on what day), the day it was published, the day last
told that "当天"/"同日" repeat, and from these the date of a clause that states its own or none.
zh_events asks for each clause; this module holds what the document says once.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from liaison.extract.context import SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.mentions import Mention
from liaison.extract.zh_dates import number
from liaison.extract.zh_grammar import variants
from liaison.extract.zh_places import NUMBER
from liaison.extract.zh_pronouns import after_semicolon
from liaison.load.dates import PartialDate

_THAT_DAY = re.compile(variants(["当天", "当日", "同日", "同一天", "当晚", "同一日"]))
# "会见后，双方签署了……", "会谈前，甲陪同乙参观了……": on the day of the meeting just told.
# "近日，……会见了……", "日前，……率团访问……": recently, by the report's day; no day is named, so the event
# is given the month before publication (a span, not the publication day, which would be invented).
_RECENTLY = re.compile(variants(["近日", "日前", "前不久", "不久前", "最近"]))
RECENT_DAYS = 30
_RIGHT_AFTER = re.compile(r"\s*(?:" + variants(["会见", "会谈", "会晤"]) + r")(?:后|後|前|结束后|結束後)[，,]")
# ("中央社華盛頓10日專電": a special dispatch, filed by a correspondent where the story is)
_DATELINE = re.compile(rf"(?P<city>[\u4e00-\u9fff]{{2,8}}?)\s*(?P<month>{NUMBER}\s*月\s*)?{NUMBER}\s*日\s*"
                       r"(?P<special>专|專)?(?:电|電|讯|訊)"
                       # a local paper's dateline with no day: "(金边讯)执政党主席……"
                       r"|(?<=[（(])(?P<town>[\u4e00-\u9fff]{2,6})(?:讯|訊)(?=[）)])")
# The days a deictic word counts from the day filed: reanchored.
_DEICTIC_DAYS = {"前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "今天": 0, "今晚": 0, "今晨": 0, "今早": 0,
                 "今日": 0, "明天": 1}
_BARE_DAY = re.compile(rf"({NUMBER})\s*日")
# "6月27日电", "路透社12日报道": the date the report was filed or made, not the act's.
# ("中国台湾网6月8日南昌讯 6月3日下午,……": a site's dateline names its town after the day)
FILED = re.compile(r"\s*(?:专电|專電|电|電|讯|訊|报道|報道|报导|報導|[\u4e00-\u9fff]{2,4}(?:讯|訊)(?=[\s）)，,]))")


@dataclass(slots=True)
class Dateline:
    """What a report's dateline ("新华社河内6月27日电") and date say: where it was filed, most
    often where its lead sentence happened, and on what day; and the day it was published."""
    place: Mention | None = None
    filed: DateMention | None = None
    lead: int = -1  # where the sentence holding the dateline starts
    published: PartialDate | None = None
    heads: list = field(default_factory=list)  # who the report says leads a delegation (zh_delegations)
    told: str = ""  # the day of the latest event told with its own date, which "当天" and "同日" repeat
    told_by: tuple = (set(), -1)  # who that event's sides are, and where its sentence ends
    shorts: dict = field(default_factory=dict)  # one-character forms of the countries it names (zh_places)
    here: list = field(default_factory=list)  # where the sentence's latest clause placed its event
    held: tuple | None = None  # the latest gathering told held: (name, places, date, status) (zh_rows.held_gathering)
    in_session: bool = False  # whether it was told in this sentence or the one before, with no other act since
    groups: list = field(default_factory=list)  # delegations told in full as a side so far, the last latest
    guests: set = field(default_factory=set)  # entity ids of whom the report has on a visit to China so far


def read_dateline(text: str, views: list[SentenceView], body_start: int | None,
                  published: PartialDate | None) -> Dateline:
    # The body's first sentence, or its second after a one-line heading ("会见\n\n新华社北京……电").
    opening = [v for v in views if body_start is not None and v.sentence.start >= body_start][:2]
    found = [(v, m) for v in opening
             if (m := _DATELINE.search(text, v.sentence.start, min(v.sentence.end, v.sentence.start + 40)))]
    if not found or (found[0][0] is not opening[0] and len(opening[0].sentence.text) > 20):
        return Dateline(published=published)
    first, match = found[0]
    # A dateline of a day alone ("中央社台北8日电") is a wire's filing note: its city says where
    # the report was written, too often not where the story happened, so only its day is read; a
    # local paper's own ("（吉隆坡24日讯）", "（沙登2日讯）") is where its reporter was.
    local = text.endswith(("（", "("), 0, match.start()) and match.group(0)[-1] in "讯訊"
    city = "town" if match.group("town") else "city"
    places = [m for m in first.mentions if m.kind == "place" and m.iso3 and match.start() <= m.start
              and m.end <= match.end(city)] if match.group("month") or match.group("special") or local else []
    filed = next((d for d in first.dates if match.start() <= d.start and d.end <= match.end()), None)
    return Dateline(places[-1] if places else None, filed, first.sentence.start, published)


def stated(date: DateMention | None, dateline: Dateline) -> tuple[str, str, str, str]:
    """The clause's own date; "今天" counts from the dateline's day ("新华社北京九月十五日电……今天上午"
    in the next day's paper is the 15th)."""
    day = (reanchored(date, dateline.filed) or on_filed_month(date, dateline.filed)) if date is not None else ""
    return (day, day, "day", "relative") if day else when_of(date, "relative" if date and date.relative else "text")


def reanchored(date: DateMention, filed: DateMention | None) -> str:
    """"今天" in a report filed a day before it was printed ("新华社北京九月十五日电……今天上午"):
    the day counted from the dateline, not from the paper's date; "" when nothing changes."""
    offset = _DEICTIC_DAYS.get(date.text)
    if offset is None or filed is None or filed.date.precision != "day" or filed.end_date is not None:
        return ""
    day = filed.date.first_day() + datetime.timedelta(days=offset)
    return PartialDate.from_date(day).iso()


def on_filed_month(date: DateMention, filed: DateMention | None) -> str:
    """A day alone ("20日") in a report whose dateline names the month ("新华社河内4月20日电") is of
    that month, counted from the day filed, not from the day a later paper or site printed it; ""
    when nothing changes."""
    bare = _BARE_DAY.fullmatch(date.text)
    if bare is None or filed is None or filed.date.precision != "day" or filed.end_date is not None:
        return ""
    first = filed.date.first_day()
    day, year, month = number(bare.group(1)), first.year, first.month
    if day > first.day + 3:  # "30日" in a report filed on the 2nd: the month before
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        found = PartialDate.from_date(datetime.date(year, month, day)).iso()
    except ValueError:
        return ""
    return found if found != date.date.iso() else ""


def undated(view: SentenceView, kind: str, status: str, opening: DateMention | None,
             dateline: Dateline, sides: tuple | list = ()) -> tuple[str, str, str, str]:
    """The date of a clause that states none: the sentence's opening date, the day "当天"/"同日"
    refers back to, the dateline's day
    (for the lead, and for any reported meeting: the day filed), the month up to publication for what
    happened "近日/日前" (recently), else the publication day."""
    if opening is not None:
        day = on_filed_month(opening, dateline.filed)
        return (day, day, "day", "relative") if day else when_of(opening, "relative" if opening.relative else "text")
    if dateline.told and (_THAT_DAY.search(view.text, view.sentence.start, view.sentence.end)
                          or _RIGHT_AFTER.match(view.text, view.sentence.start)
                          or after_semicolon(view.text, view.sentence.start)):
        # "当天下午，……", "会见后，双方签署了……", "；还会见了……": the day just told
        return dateline.told, dateline.told, "day", "relative"
    if status == "reported" and dateline.published and dateline.published.precision == "day" \
            and _RECENTLY.search(view.text, view.sentence.start, view.sentence.end):
        filed = when_of(dateline.filed, "dateline")[1] if dateline.filed is not None else ""
        last = datetime.date.fromisoformat(filed if len(filed) == 10 else dateline.published.iso())
        return (last - datetime.timedelta(days=RECENT_DAYS)).isoformat(), last.isoformat(), "day", "document date"
    if dateline.filed is not None and (view.sentence.start == dateline.lead
                                       or (status == "reported" and kind in ("meeting", "summit"))):
        return when_of(dateline.filed, "dateline")
    if status == "reported" and kind == "meeting" and _right_after_told(view, dateline, sides):
        # "10月18日下午，甲……到访新疆。\n乙在乌鲁木齐与甲举行工作会谈。": the day just told of one of its sides
        return dateline.told, dateline.told, "day", "relative"
    if dateline.published and status in ("reported", "planned") and kind in ("visit", "meeting", "summit"):
        # An undated report of a meeting took place by the day the report was published.
        return dateline.published.iso(), dateline.published.iso(), dateline.published.precision, "document date"
    return when_of(None, "")


def _right_after_told(view: SentenceView, dateline: Dateline, sides: tuple | list) -> bool:
    """Whether the sentence comes right after the one that told the latest dated event, and names one of
    its sides (a report with no dateline: a wire's dateline day stands for its undated meetings)."""
    keys, end = dateline.told_by
    return bool(dateline.told) and dateline.filed is None and not view.text[end:view.sentence.start].strip() \
        and any((getattr(s, "entity_id", "") or getattr(s, "name", "") or getattr(s, "text", "")) in keys
                for s in sides if s is not None)


def trip_days(when: tuple[str, str, str, str], trip, kind: str, sides: list,
              places: list[str]) -> tuple[str, str, str, str]:
    """"在老挝，代表团会见了……", "考察团在京期间，乙会见了代表团": a meeting the trip's visitor is a side
    of, with no day of its own, in a country of the trip ("4月24日至30日……访问老挝和越南"): within the
    trip's days, not on the day the report was published. A visit so told is the trip retold
    ("此次访美"), left for merge_repeats to fold."""
    if when[3] != "document date" or kind == "visit" or trip is None or not trip.event.start or not places:
        return when
    visitor = trip.actor
    if not any(side is visitor or (getattr(side, "entity_id", "") and getattr(side, "entity_id", "")
                                   == getattr(visitor, "entity_id", "")) for side in sides):
        return when
    if not set(places) <= set(trip.event.places.split("|")):
        return when
    return trip.event.start, trip.event.end, trip.event.date_precision, "trip"


def when_of(date: DateMention | None, basis: str) -> tuple[str, str, str, str]:
    """(start, end, precision, date_basis) of a date mention; empty without one."""
    if date is None:
        return "", "", "unknown", ""
    return date.date.iso(), (date.end_date or date.date).iso(), date.date.precision, basis


# "自2018年甲出席……以来，访问北韩的……": since another's act, whose date is no date of the clause's
_SINCE = re.compile(r"(?:自|自从|自從)$")
_SINCE_END = re.compile(r"[^，,。；;]{0,40}?(?:以来|以來)")


def anothers_since(text: str, date, people: list, act: tuple[int, ...] = ()) -> bool:
    """Whether `date` opens "自……以来" around another person's act ("自2018年栗战书出席……以来"), not around the
    act whose actor and verb start at `act` ("自2018年栗战书访问朝鲜以来": that visit is of 2018)."""
    until = _SINCE_END.match(text, date.end) if _SINCE.search(text, max(0, date.start - 2), date.start) else None
    return until is not None and not (act and all(date.end <= at < until.end() for at in act)) and any(
        date.end <= p.start < until.end() for p in people)


# "連戰20日晚上在臺南某酒店，會見……": the subject's own when and where, told before a comma with no verb
_WHEN_WHERE_ONLY = re.compile(r"[^。；;！!？?]{0,40}?[，,]\s*")
_ANY_VERB = re.compile(variants(["会见", "会晤", "会谈", "访问", "出席", "参加", "举行", "表示", "抵达", "签署"]))
# "王毅指出去年3月两国元首的共识……，会见了……": a date inside what someone said is not the subject's.
_SPOKE = re.compile(variants(["指出", "强调", "说", "认为", "介绍", "回顾", "提到", "谈到", "宣布", "透露", "称"]))


def carried_date(text: str, dates: list, actor, start: int):
    """The date told between a subject carried into the clause and the comma before it, when nothing but
    when and where stands there; None otherwise."""
    end = getattr(actor, "end", None)
    if end is None or end > start or not _WHEN_WHERE_ONLY.fullmatch(text, end, start) \
            or _ANY_VERB.search(text, end, start) or _SPOKE.search(text, end, start):
        return None
    return next((d for d in reversed(dates) if end <= d.start and d.end <= start), None)


# "蔡奇表示，习近平……同……会晤": who acts in reported speech is named after the speech verb.
# "发言人甲透露，乙此行将……", "甲宣布，应……邀请，乙将……访华", "……消息，称乙……前往中国": what the
# speaker tells, in which the speaker is no side.
_SPEECH = re.compile("(?:" + variants(["表示", "指出", "强调", "认为"]) + ")[，,：:]?"
                     "|(?:" + variants(["说", "透露", "宣布"]) + ")[，,：:]|(?<=[，,])(?:称|稱)")


# (not "此次访问是山东省……派遣……": the visit of those the speaker hosts)
# ... nor a host's "此行来华" about his guest: a trip to China or one of its provinces is never a Chinese speaker's own
_THIS_TRIP = re.compile("(?:" + variants(["此行来", "此行赴", "此行到", "此行前来"])
                        + ")(?![华華京沪滬滇桂琼瓊渝津粤粵闽閩川黔湘鄂豫冀晋晉苏蘇浙皖赣贛鲁魯辽遼吉陕陝甘宁寧藏蒙])")


def after_speech(text: str, start: int, at: int) -> int | None:
    """Where the reported speech ending at `at` begins ("蔡奇表示，习近平……会晤"), if it does. What the speaker
    says of this trip is the speaker's own ("沙海林表示此行来澳参加……"): no speech of another."""
    ends = [found.end() for found in _SPEECH.finditer(text, start, at) if not _THIS_TRIP.match(text, found.end())]
    return ends[-1] if ends else None


def _long_past(day: str, published: str) -> bool:
    """Whether a day or month ends more than a month before the report: "将于6月11日至14日" in a report of
    12 June is under way, not next year's."""
    if len(day) < 7 or len(published) < 10:
        return False
    last = datetime.date.fromisoformat(day) if len(day) == 10 else (
        datetime.date(int(day[:4]) + int(day[5:7]) // 12, int(day[5:7]) % 12 + 1, 1) - datetime.timedelta(days=1))
    return (datetime.date.fromisoformat(published[:10]) - last).days > 31


def planned_ahead(when: tuple[str, str, str, str], status: str, date: DateMention | None,
                  dateline: Dateline) -> tuple[str, str, str, str]:
    """A plan's month or day whose year the text leaves out is the next one to come ("将于10月率团访问" in a
    June report is this October), not the one before, which a report of what happened would mean."""
    start, published = when[0], dateline.published.iso() if dateline.published else ""
    if status != "planned" or date is None or not date.relative or not start or not published \
            or start >= published[:len(start)] or not _long_past(when[1] or start, published):
        return when
    def later(day: str) -> str:
        return f"{int(day[:4]) + 1}{day[4:]}" if day and day[4:] != "-02-29" else day
    return later(when[0]), later(when[1]), when[2], when[3]
