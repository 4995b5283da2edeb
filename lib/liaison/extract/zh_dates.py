"""Dates written in Chinese, each resolved to the period it names, with exact offsets.

Forms: "2023年6月5日" (also "5号", Chinese numerals "二〇二三年六月五日"), "2023年6月", "2023年";
"6月5日" and "6月" take the latest year that puts them at most a quarter after the anchor (the
publication date), "本月12日" and
"上月5日" the anchor's month or the one before,
"5日" and "十六日" the anchor's month (the previous month when that day is still to come); ranges
"5月4日至8日", "5月30日至6月2日"; "6月上旬/中旬/下旬" keep month precision with the qualifier
early/mid/late (a ten-day span is not a day); "今年/去年/明年" and "昨天/今天/前天/明天" count
from the anchor and need it precise enough. "日前/近日" ("recently") name no day and give
no date here: any day we chose would be invented (zh_when dates such an event as the month up to the report).
"""
from __future__ import annotations

import datetime
import re

from liaison.load.dates import PartialDate, safe_date

_ZH_DIGITS = {"〇": 0, "零": 0, "○": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, "十": 10}
# "二〇二三年", also with Arabic zeros as some papers set them ("二00五年", "二0一0年").
_YEAR = r"(?:1[89]\d\d|20\d\d|[一二][〇零○0一二三四五六七八九]{3})"
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY_END = r"[日号](?![本内])"
_ZH_TEN_DAY = r"三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
# "三年前": a year counted back ("自从胡锦涛三年前造访古巴"), one to ten years, in Chinese numerals
_YEARS_AGO = {f"{n}年前": -i for i, n in enumerate("一两三四五六七八九十", 1)} | {"二年前": -2}
_REL_YEAR = r"今年|去年|明年|前年|" + "|".join(_YEARS_AGO)

_DATE_RE = re.compile(
    "|".join([
        # 2023年6月5日 / 今年6月5日 / 6月5日, each optionally "至8日" / "至6月2日" / "至2024年1月3日"
        rf"(?P<md>(?<!\d)(?:(?P<y>{_YEAR})年|(?P<ry>{_REL_YEAR}))?(?P<m>{_MONTH})月(?P<d>{_DAY})(?:{_DAY_END}"
        rf"(?:\s*(?:至|到|—|–|-|~)\s*(?:(?:(?P<y2>{_YEAR})年)?(?P<m2>{_MONTH})月)?(?P<d2>{_DAY}){_DAY_END})?"
        # "3月23—27日", "3月30—4月3日": a dash range that writes 日 only once, at its end
        # ("1月20到23日", "1月20至23日" too)
        rf"|\s*(?:—|–|-|~|至|到)\s*(?:(?P<m3>{_MONTH})月)?(?P<d3>{_DAY}){_DAY_END}))",
        # 2023年6月上旬 / 6月 / 今年6月
        # ("一月前", "三月后": a month's time, not January or March)
        rf"(?P<my>(?<!\d)(?:(?P<myy>{_YEAR})年|(?P<myr>{_REL_YEAR}))?(?P<mym>{_MONTH})月(?!份?\d)"
        rf"(?!(?<=[一二三四五六七八九十]月)[前后後内內来來间間])(?P<xun>[上中下]旬|初|底|末)?"
        # "去年3月底至4月初", "2019年10月至11月": a span of months, in the year told first unless another is
        rf"(?:\s*(?:至|到|—|–|-|~)\s*(?:(?P<myy2>{_YEAR})年)?(?P<mym2>{_MONTH})月(?!份?\d)(?:[上中下]旬|初|底|末)?)?)",
        # 2023年 / 今年
        rf"(?P<yr>(?<!\d)(?P<yy>{_YEAR})年(?!代|[来间前后内]|\d)|(?P<yrr>{_REL_YEAR})(?![初底末]?\d))",
        # 本月12日至14日 / 上月5日: a month counted from the anchor's
        rf"(?P<rmd>(?P<rm>本月|上月|下月)(?P<rmd1>{_DAY}){_DAY_END}(?:\s*(?:至|到|—|–|-)\s*(?P<rmd2>{_DAY}){_DAY_END})?)",
        # 5日 / 5日至8日: the anchor's month
        rf"(?P<day>(?<![\d月期续近约共达第数每])(?P<dd>3[01]|[12]\d|0?[1-9]){_DAY_END}"
        rf"(?:\s*(?:至|到|—|–|-)\s*(?P<dd2>3[01]|[12]\d|0?[1-9]){_DAY_END}"
        # "从11日到今天对北韩进行友好访问": to the anchor's day
        rf"|(?:至|到)(?P<ddnow>今天|今日))?)",
        # 十六日 / 二十九日: a day in Chinese numerals, only the forms with 十 (三日 is as often "three days")
        # unless a range follows ("于六日至八日访问")
        rf"(?P<zhday>(?<![\d月期续近约共达第数每时時历歷一二三四五六七八九十〇])(?P<zdd>{_ZH_TEN_DAY}"
        rf"|[一二三四五六七八九](?=日(?:至|到))){_DAY_END}"
        rf"(?:(?:至|到)(?P<zdd2>{_ZH_TEN_DAY}|[一二三四五六七八九]){_DAY_END})?)",
        # a paper's bare 昨 before the act or its place ("王毅昨在北京会见……", "昨抵達")
        r"(?P<deictic>昨天|昨日|昨晚|昨夜|今天|今晚|今晨|今早|前天|明天"
        r"|昨(?=在|于|於|抵|赴|会见|會見|会晤|會晤|与|與|同|出席|举行|舉行|上午|下午|中午|晚间|晚間))",
        # 周四 / 週一 / 星期二 / 上周五: a weekday counted from the anchor (not "每周一", "一周一次")
        # 周 and 一…六 also open given names ("周天勇", "周一鸣"): a bare 周一 (not 上周一) only before a
        # time word, an act or a break, and never 周天
        r"(?P<wk>(?<![每隔两兩几幾数數个個一二三四五六七八九十])(?P<wkrel>上|下|本|这|這)?"
        r"(?:(?:星期|礼拜|禮拜)(?P<wkd>[一二三四五六日天])|(?:周|週)(?P<wkb>[一二三四五六日])"
        r"(?(wkrel)|(?=上午|下午|中午|晚|早|凌晨|傍晚|清晨|起|至|到|将|將|在|前往|会见|會見|会谈|會談|会晤|會晤|举行|舉行|"
        r"出访|出訪|访|訪|赴|抵|率|乘|启程|啟程|离开|離開|出席|参加|參加|主持|接见|接見|会面|會面|通电话|通話|通话|"
        r"致电|致電|表示|说|說|称|稱|指出|强调|強調|宣布|签署|簽署|发表|發表|同|与|與|和|的|结束|結束|开始|開始|"
        r"再次|也|还|還|已|又|正式|"
        r"[，,。、；）)\s]|$))))",
    ])
)
_QUALIFIER = {"上旬": "early", "初": "early", "中旬": "mid", "下旬": "late", "底": "late", "末": "late"}
_DEICTIC = {"前天": -2, "昨": -1, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "今天": 0, "今晚": 0, "今晨": 0,
            "今早": 0, "明天": 1}
_REL_OFFSET = {"前年": -2, "去年": -1, "今年": 0, "明年": 1} | _YEARS_AGO
_MONTH_OFFSET = {"上月": -1, "本月": 0, "下月": 1}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEK_OFFSET = {"上": -7, "下": 7, "本": 0, "这": 0, "這": 0}
_AHEAD_DAYS = 92  # how far past its publication a report's yearless date may lie
# Every date above holds one of these characters; text without any is not scanned.
_CUES = ("年", "月", "日", "号", "天", "晚", "夜", "晨", "早", "周", "週", "期", "拜", "昨")


def find_zh_dates(text: str, anchor: PartialDate | None) -> list[tuple]:
    """(start, end, text, date, end_date, relative, qualifier) for each Chinese date in `text`."""
    if not any(cue in text for cue in _CUES):
        return []
    out = []
    for m in _DATE_RE.finditer(text):
        reading = _read(m, anchor)
        if reading is not None:
            out.append((m.start(), m.end(), m.group(), *reading))
    return out


def _read(m: re.Match, anchor: PartialDate | None):
    if m["md"] is not None:
        return _month_day(m, anchor)
    if m["my"] is not None:
        year, relative = _year(m["myy"], m["myr"], anchor)
        month = _number(m["mym"])
        if year is None:
            year, relative = _nearest_year(anchor, month, None), True
        if not year or (date := safe_date(year, month)) is None:
            return None
        return date, _last_month(m, year, month), relative, _QUALIFIER.get(m["xun"] or "", "")
    if m["yr"] is not None:
        year, relative = _year(m["yy"], m["yrr"], anchor)
        return None if year is None else (PartialDate(year), None, relative, "")
    if m["rmd"] is not None:
        return _relative_month_day(m, anchor)
    if m["deictic"] is not None:
        if anchor is None or anchor.precision != "day":
            return None
        day = anchor.first_day() + datetime.timedelta(days=_DEICTIC[m["deictic"]])
        return PartialDate.from_date(day), None, True, ""
    if m["wk"] is not None:
        return _weekday(m, anchor)
    if m["zhday"] is not None:
        return _bare_day(m, anchor, _number(m["zdd"]))
    return _bare_day(m, anchor)


def _last_month(m: re.Match, year: int, month: int) -> PartialDate | None:
    """The month a span of months ends in ("3月底至4月初": April of the year told first, the next if it is
    an earlier month)."""
    if m["mym2"] is None:
        return None
    month2 = _number(m["mym2"])
    end = safe_date(int(_digits(m["myy2"])) if m["myy2"] else year + (month2 < month), month2)
    return end if end is not None and end > safe_date(year, month) else None


def _month_day(m: re.Match, anchor: PartialDate | None):
    month, day = _number(m["m"]), _number(m["d"])
    year, relative = _year(m["y"], m["ry"], anchor)
    if year is None:
        year, relative = _nearest_year(anchor, month, day), True
    if year is None:
        return None
    start = safe_date(year, month, day)
    if start is None:
        return None
    last_day, last_month = m["d2"] or m["d3"], m["m2"] or m["m3"]
    if last_day is None:
        return start, None, relative, ""
    month2 = _number(last_month) if last_month else month
    year2 = int(_digits(m["y2"])) if m["y2"] else year + (1 if month2 < month else 0)
    end = safe_date(year2, month2, _number(last_day))
    return (start, end, relative, "") if end is not None and end > start else None


def _relative_month_day(m: re.Match, anchor: PartialDate | None):
    """"本月12日至14日": the anchor's month, or the one before or after it."""
    if anchor is None or anchor.month is None:
        return None
    index = anchor.year * 12 + anchor.month - 1 + _MONTH_OFFSET[m["rm"]]
    year, month = divmod(index, 12)
    start = safe_date(year, month + 1, _number(m["rmd1"]))
    end = safe_date(year, month + 1, _number(m["rmd2"])) if m["rmd2"] else None
    if start is None or (m["rmd2"] and (end is None or end <= start)):
        return None
    return start, end, True, ""


def _weekday(m: re.Match, anchor: PartialDate | None):
    """"周四" in Friday's paper is the day before, "周二" in Monday's the day after; "上周五" is the
    Friday of the week before."""
    if anchor is None or anchor.precision != "day":
        return None
    here = anchor.first_day()
    wanted = _WEEKDAYS[m["wkd"] or m["wkb"]]
    if m["wkrel"]:
        day = here + datetime.timedelta(days=wanted - here.weekday() + _WEEK_OFFSET[m["wkrel"]])
    else:  # within the last five days, else the coming ones ("预计周二会见" in Monday's paper)
        back = (here.weekday() - wanted) % 7
        day = here - datetime.timedelta(days=back) if back <= 4 else here + datetime.timedelta(days=7 - back)
    return PartialDate.from_date(day), None, True, ""


def _bare_day(m: re.Match, anchor: PartialDate | None, day: int | None = None):
    """"5日", "十六日": the anchor's month, or the month before when the day is more than a few days
    ahead."""
    if anchor is None or anchor.precision != "day":
        return None
    day = day or int(m["dd"])
    year, month = anchor.year, anchor.month or 1
    if day > (anchor.day or 0) + 3:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    start = safe_date(year, month, day)
    if start is None:
        return None
    last = _number(m["zdd2"]) if m["zhday"] is not None and m["zdd2"] else None
    if m["ddnow"] and anchor.year == year and anchor.month == month:
        last = anchor.day
    if last is None and (m["zhday"] is not None or m["dd2"] is None):
        return start, None, True, ""
    end = safe_date(year, month, last or int(m["dd2"]))
    return (start, end, True, "") if end is not None and end > start else None


def _year(written: str | None, relative: str | None, anchor: PartialDate | None) -> tuple[int | None, bool]:
    if written:
        return int(_digits(written)), False
    if relative:
        return (anchor.year + _REL_OFFSET[relative], True) if anchor else (None, True)
    return None, False


def _nearest_year(anchor: PartialDate | None, month: int, day: int | None) -> int | None:
    """The latest year that puts month/day no more than a quarter after the anchor: reports tell
    what happened, so a November digest's "3月30日" is the March before, while a December
    story's "1月5日" is the coming January."""
    if anchor is None or anchor.month is None:
        return None
    here = anchor.first_day()
    for year in (anchor.year + 1, anchor.year):
        if (datetime.date(year, month, min(day or 1, 28)) - here).days <= _AHEAD_DAYS:
            return year
    return anchor.year - 1


def _number(value: str) -> int:
    """Arabic or Chinese numerals up to 31: "12", "十二", "二十五", "三十一"."""
    if value.isdigit():
        return int(value)
    if "十" not in value:
        return _ZH_DIGITS[value]
    tens, _, ones = value.partition("十")
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[ones] if ones else 0)


def _digits(year: str) -> str:
    """"二〇二三" -> "2023"; Arabic years pass through."""
    return year if year.isdigit() else "".join(str(_ZH_DIGITS[ch]) for ch in year)


number = _number  # "十二" -> 12, for zh_when
