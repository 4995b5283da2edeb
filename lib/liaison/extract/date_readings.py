"""What one date candidate means: `find_dates` (``liaison.extract.dates``) finds candidates
with one pattern whose named group says which kind of expression each is; `interpret` reads it
as (date, end_date, relative, qualifier) or rejects it.

Relative expressions are resolved against the anchor (normally the publication date) only when
it is precise enough: a month is never turned into a day, a year never into a month.
"""
from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable

from liaison.load.dates import (
    MONTH,
    PARSE_MONTH_DAY,
    WEEKDAY,
    WEEKDAY_PREFIX,
    PartialDate,
    month_number,
    parse_absolute,
    safe_date,
)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUM = {name.lower(): i for i, name in enumerate(_WEEKDAYS)}
_P_M = re.compile(MONTH)
_P_WD = re.compile(WEEKDAY)

# Context checks, run once per candidate bare year.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent|percent|\s(?:million|billion|thousand|hundred|people|persons|members|delegates|parties"
    r"|votes|troops|soldiers|officers|officials|students|km|kilometres|kilometers|miles|metres|meters|feet|tons"
    r"|tonnes|yuan|dollars|euros|units|cases|times|pages|words|copies|households|residents|employees|staff"
    r"|workers|participants|visitors|countries|cities|villages|projects|items|books|articles|seats)\b)"
)
_BAD_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|nos?|pp?|vol|Vol|pages?|ch|art|Art|Article|Room|Rm|Suite|Box|ISBN|ISSN|OCLC|US|USD|RMB|HK)\.?"
    r"|[A-Z][\w.'’-]*)\s*$"
)
_OK_BEFORE = re.compile(
    r"(?:Retrieved|Accessed|Updated|Published|Posted|Archived|In|Since|By|As of|Until|Before|After|During)\s*$"
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|expected|scheduled|slated|set\s+to|plans?\s+to|planned"
    r"|going\s+to|upcoming|forthcoming)\b"
)
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_QUAL_NORMAL = {"mid": "mid", "mid-": "mid", "early": "early", "late": "late", "about": "about",
                "around": "about", "circa": "about", "end of": "end of", "beginning of": "beginning of",
                "start of": "beginning of", "middle of": "mid"}


def _qualifier(q: str | None) -> str:
    """Normalise "At the end of" / "Mid-" / "around" to the short qualifier vocabulary."""
    if not q:
        return ""
    q = " ".join(q.lower().split())
    q = re.sub(r"^(?:at|by|in)\s+", "", q)
    q = q.removeprefix("the ")
    return _QUAL_NORMAL.get(q, q)


def _future_context(text: str, pos: int) -> bool:
    """Does the sentence before ``pos`` speak of the future ("will", "is expected", "slated")?"""
    lo = max(0, pos - 200)
    window = text[lo:pos]
    cut = 0
    for m in _SENTENCE_START.finditer(window):
        cut = m.end()
    return _FUTURE_CUE.search(window, cut) is not None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _weekday_on_or_before(day: datetime.date, weekday: int) -> datetime.date:
    return day - datetime.timedelta(days=(day.weekday() - weekday) % 7)


def _weekday_on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


_YEAR_WORDS = {"last": -1, "this": 0, "next": 1}


def _resolve_month(anchor: PartialDate | None, month: int, year_word: str | None,
                   future: Callable[[], bool]) -> PartialDate | None:
    """Year for a month named without one: "in June last year", or the latest such month not
    after the anchor (the earliest not before it, if the sentence is about the future).

    ``future`` is asked only when the answer matters: scanning the sentence costs more than
    everything else here, and most candidates are settled without it.
    """
    if anchor is None:
        return None
    if year_word:
        return safe_date(anchor.year + _YEAR_WORDS[year_word], month)
    if anchor.month is None:
        return None  # "in March" against a year-only anchor could be either year: don't guess
    if future():
        return safe_date(anchor.year if month >= anchor.month else anchor.year + 1, month)
    return safe_date(anchor.year if month <= anchor.month else anchor.year - 1, month)


def _resolve_month_day(anchor: PartialDate | None, month: int, day: int) -> PartialDate | None:
    """Year for "Sept. 6": whichever of the neighbouring years puts it nearest the anchor."""
    if anchor is None or anchor.month is None:
        return None
    lo, hi = anchor.first_day(), anchor.last_day()
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(year, month, day)
        if d is None:
            continue
        dd = d.first_day()
        dist = (lo - dd).days if dd < lo else (dd - hi).days if dd > hi else 0
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


def _resolve_weekday(anchor: PartialDate | None, weekday: int, word: str,
                     future: Callable[[], bool]) -> PartialDate | None:
    """A weekday needs a day-precision anchor; direction comes from "last/next/coming" or tense
    (``future``, asked only when the words don't settle it)."""
    if anchor is None or anchor.day is None:
        return None
    a = anchor.first_day()
    word = " ".join(word.lower().split())
    if word in ("next", "coming", "this coming"):
        d = _weekday_on_or_after(a + datetime.timedelta(days=1), weekday)
    elif word == "last":
        d = _weekday_on_or_before(a - datetime.timedelta(days=1), weekday)
    elif word == "since":
        d = _weekday_on_or_before(a, weekday)
    elif future():
        d = _weekday_on_or_after(a, weekday)
    else:
        d = _weekday_on_or_before(a, weekday)
    return PartialDate.from_date(d)


def _resolve_endpoint(s: str, anchor: PartialDate | None) -> tuple[PartialDate | None, bool, str]:
    """Parse one end of a range; returns (date, relative, kind)."""
    if (d := parse_absolute(s)) is not None:
        return d, False, "abs"
    if m := PARSE_MONTH_DAY.fullmatch(s):
        month = month_number(m[1] or m[4])
        day = int(m[2] or m[3])
        return _resolve_month_day(anchor, month, day), True, "md"
    if _P_WD.fullmatch(s):
        return None, True, "wd"
    if _P_M.fullmatch(s):
        return None, True, "m"
    return None, False, "?"


_BARE_DAY = re.compile(r"(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?")


def _resolve_range(m: re.Match, text: str, anchor: PartialDate | None):
    a_s, b_s = m["ra"], m["rb"]
    a, a_rel, a_kind = _resolve_endpoint(a_s, anchor)
    b, b_rel, b_kind = _resolve_endpoint(b_s, anchor)
    if a_kind == "wd" and b_kind == "wd":
        if anchor is None or anchor.day is None:
            return None
        wa, wb = _WEEKDAY_NUM[a_s.lower()], _WEEKDAY_NUM[b_s.lower()]
        anc = anchor.first_day()
        if _future_context(text, m.start()):
            start = _weekday_on_or_after(anc, wa)
            end = _weekday_on_or_after(start, wb)
        else:
            end = _weekday_on_or_before(anc, wb)
            start = _weekday_on_or_before(end, wa)
        return PartialDate.from_date(start), PartialDate.from_date(end), True
    bare_day = _BARE_DAY.fullmatch(b_s)
    if b_kind == "?" and bare_day and a is not None and a.day is not None:
        # "from Nov. 20 to 25" / "between March 1 and 4, 2023": the second day borrows the
        # first's month, and a year written after it dates both ends.
        year = int(bare_day["year"]) if bare_day["year"] else a.year
        month, first_day = a.month, a.day
        a, b = safe_date(year, month, first_day), safe_date(year, month, int(bare_day["day"]))
        b_rel = a_rel = a_rel and not bare_day["year"]
    if a_kind == "m" and b is not None and b.month is not None:
        # "from August to October 2015": the first month borrows the second's year.
        ma = month_number(a_s)
        a = safe_date(b.year if ma <= b.month else b.year - 1, ma)
        a_rel = b_rel
    if a is None or b is None or b.last_day() < a.first_day():
        return None
    return a, b, a_rel or b_rel


# A reading of one candidate: (date, end_date, relative, qualifier).
Reading = tuple[PartialDate, PartialDate | None, bool, str]


def _interpret_range(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    r = _resolve_range(m, text, anchor)
    return None if r is None else (r[0], r[1], r[2], "")


def _interpret_dayrange(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    """Two days of one month: "4-6 September 2023", "Sept. 4-6, 2023"."""
    if m["drm"]:
        month, d1_s, d2_s, y = month_number(m["drm"]), m["dr1"], m["dr2"], m["dry"]
    elif m["drm2"]:
        month, d1_s, d2_s, y = month_number(m["drm2"]), m["dr3"], m["dr4"], m["dry2"]
    else:  # "from 5 to 7 October"
        month, d1_s, d2_s, y = month_number(m["drm3"]), m["dr5"], m["dr6"], m["dry3"]
    d1, d2 = int(re.sub(r"\D", "", d1_s)), int(re.sub(r"\D", "", d2_s))
    if y:
        a, b, rel = safe_date(int(y), month, d1), safe_date(int(y), month, d2), False
    else:
        a = _resolve_month_day(anchor, month, d1)
        b = safe_date(a.year, month, d2) if a else None
        rel = True
    if a is None or b is None or b < a:
        return None
    return a, b, rel, ""


def _interpret_yrange(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    if _BAD_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not _OK_BEFORE.search(
            text, max(0, m.start() - 12), m.start()):
        return None
    ya, yb = (int(x) for x in re.findall(r"\d{4}", m.group()))
    return (PartialDate(ya), PartialDate(yb), False, "") if yb > ya else None


def _interpret_full(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    d = parse_absolute(m.group())
    return None if d is None else (d, None, False, "")


def _interpret_month_year(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    d = parse_absolute(m["myv"])
    return None if d is None else (d, None, False, _qualifier(m["myq"]))


def _interpret_month_day(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    s = WEEKDAY_PREFIX.sub("", m["mdv"], count=1)
    p = PARSE_MONTH_DAY.fullmatch(s)
    if p is None:
        return None  # not reached: the "md" alternative is built from the same month-day forms
    month, day = month_number(p[1] or p[4]), int(p[2] or p[3])
    if m["mdy"]:  # "March 3 last year"
        d = None if anchor is None else safe_date(anchor.year + _YEAR_WORDS[m["mdy"]], month, day)
    else:
        d = _resolve_month_day(anchor, month, day)
    return None if d is None else (d, None, True, "")


def _interpret_decade(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    digits = re.search(r"\d{4}", m.group())
    if digits is None:
        return None  # not reached: a decade ("the 1990s") always holds four digits
    y = int(digits.group())
    return PartialDate(y), PartialDate(y + 9), False, _qualifier(m["dq"])


def _interpret_relative_month(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    if not (m["rmq"] or m["rmp"] or m["rmy"] or m["rmr"]):
        return None  # a bare capitalised month name may be a name, a verb or "May I"
    if m["rmr"]:  # "last October": the latest before the anchor's month; "next October": the first after
        month, word = month_number(m["rmm"]), m["rmr"].lower()
        if anchor is None or (anchor.month is None and word != "this"):
            return None
        if word == "this":
            d = safe_date(anchor.year, month)
        elif word == "last":
            d = safe_date(anchor.year if anchor.month and month < anchor.month else anchor.year - 1, month)
        else:
            d = safe_date(anchor.year if anchor.month and month > anchor.month else anchor.year + 1, month)
        return None if d is None else (d, None, True, "")
    future = functools.partial(_future_context, text, m.start())
    d = _resolve_month(anchor, month_number(m["rmm"]), m["rmy"], future)
    if d is None:
        return None
    prep = (m["rmp"] or "").lower()
    qual = _qualifier(m["rmq"]) or ("" if prep in ("in", "during", "") else prep)
    return d, None, True, qual


def _interpret_relative_period(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    """"last month", "this year", "next week"."""
    if anchor is None:
        return None
    word, unit = m["rpw"].lower(), m["rpu"]
    delta = {"last": -1, "this": 0, "next": 1}[word]
    if unit == "year":
        return PartialDate(anchor.year + delta), None, True, ""
    if unit == "month":
        if anchor.month is None:
            return None
        y, mo = _add_months(anchor.year, anchor.month, delta)
        return PartialDate(y, mo), None, True, ""
    if anchor.day is None:
        return None
    monday = anchor.first_day() - datetime.timedelta(days=anchor.first_day().weekday())
    monday += datetime.timedelta(weeks=delta)
    return (PartialDate.from_date(monday), PartialDate.from_date(monday + datetime.timedelta(days=6)),
            True, "")


def _interpret_ago(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    """"73 years ago", "two weeks ago"."""
    if anchor is None:
        return None
    n_s = m["agon"].lower()
    n = int(n_s) if n_s.isdigit() else _NUM_WORDS[n_s]
    unit = m["agou"]
    if unit == "year":
        d = safe_date(anchor.year - n)
    elif unit == "month":
        if anchor.month is None:
            return None
        d = safe_date(*_add_months(anchor.year, anchor.month, -n))
    else:
        if anchor.day is None:
            return None
        d = PartialDate.from_date(anchor.first_day() - datetime.timedelta(days=n * (7 if unit == "week" else 1)))
    return None if d is None else (d, None, True, "")


def _interpret_deictic(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    if anchor is None or anchor.day is None:
        return None
    off = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group().lower()]
    return PartialDate.from_date(anchor.first_day() + datetime.timedelta(days=off)), None, True, ""


def _interpret_weekday(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    word = m["wdp"] or ""
    future = functools.partial(_future_context, text, m.start())
    d = _resolve_weekday(anchor, _WEEKDAY_NUM[m["wdv"].lower()], word, future)
    if d is None:
        return None
    return d, None, True, _qualifier(word) if word.lower() in ("early", "late") else ""


def _interpret_year(m: re.Match, text: str, anchor: PartialDate | None) -> Reading | None:
    prep, qual = m["yp"], m["yq"]
    after = m.end()
    if _UNIT_AFTER.match(text, after):
        return None
    if not prep and not qual:
        lo = max(0, m.start() - 24)
        if _BAD_BEFORE.search(text, lo, m.start()) and not _OK_BEFORE.search(text, lo, m.start()):
            return None  # "Project 2049", "ISBN 1987...", "No. 2019", "US$ 2000"
    q = _qualifier(qual)
    if not q and prep:
        p = " ".join(prep.lower().split())
        q = {"as of": "as of", "since": "since", "by": "by", "before": "before", "after": "after",
             "until": "until", "till": "until"}.get(p, "")
    return PartialDate(int(m["yv"])), None, False, q


# The candidate's kind (the named group that closes last in _MENTION_RE) -> its reading.
_INTERPRETERS: dict[str, Callable[[re.Match, str, PartialDate | None], Reading | None]] = {
    "range": _interpret_range,
    "dayrange": _interpret_dayrange,
    "yrange": _interpret_yrange,
    "full": _interpret_full,
    "my": _interpret_month_year,
    "md": _interpret_month_day,
    "decade": _interpret_decade,
    "rm": _interpret_relative_month,
    "rp": _interpret_relative_period,
    "ago": _interpret_ago,
    "deictic": _interpret_deictic,
    "wd": _interpret_weekday,
    "year": _interpret_year,
}


def interpret(m: re.Match, kind: str | None, text: str, anchor: PartialDate | None) -> Reading | None:
    """Turn one regex candidate into (date, end_date, relative, qualifier), or None to reject it."""
    interpret = _INTERPRETERS.get(kind or "")
    return None if interpret is None else interpret(m, text, anchor)
