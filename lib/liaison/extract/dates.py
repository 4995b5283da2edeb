"""Dates a text mentions, each resolved to the period it names.

Relative phrases ("late March", "last year", "on Sunday") are resolved against the
publication date only when that date is precise enough to do so without inventing anything:
a month is never turned into a day, a year never into a month.

Everything is pure and deterministic. Speed comes from doing the scanning in a handful of
module-level compiled regexes; Python code runs only once per candidate match, never per token.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from liaison.extract.date_readings import interpret
from liaison.extract.zh_dates import find_zh_dates
from liaison.load.dates import (
    DAY,
    FULL,
    MONTH,
    MONTH_D,
    MONTH_DAY,
    MONTH_YEAR,
    QUAL,
    WEEKDAY,
    YEAR,
    YEAR_BARE,
    PartialDate,
)
from liaison.reference.hanzi import has_han


@dataclass(slots=True)
class DateMention:
    """One date expression in the text, resolved to the period it names."""

    start: int
    end: int
    text: str
    date: PartialDate
    end_date: PartialDate | None
    relative: bool
    qualifier: str


# Endpoint of a range: anything that can stand alone, longest forms first.
_ENDPOINT = rf"(?:{FULL}|{MONTH_YEAR}|{MONTH_DAY}|(?<![\w$.]){YEAR_BARE}(?![\w])|{MONTH}(?![\w])|{WEEKDAY}(?![\w]))"
_PREP_MONTH = r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough)"
_PREP_YEAR = (r"(?:[Ii]n(?:\s+the\s+year)?|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]o|[Bb]efore|[Aa]fter"
              r"|[Dd]uring|[Aa]s\s+of)")
_NUMWORD = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_MENTION_RE = re.compile(
    "|".join([
        # from August 2015 to April 2017 / between Monday and Wednesday
        rf"(?P<range>(?<![\w])(?:[Ff]rom|[Bb]etween)\s+(?P<ra>{_ENDPOINT})\s*(?:to|until|till|through|and|[-–—])\s*"
        rf"(?P<rb>{_ENDPOINT}|{DAY}(?![\w]|\.\d)(?:,?\s+{YEAR}(?![\w]))?))",
        # 4-6 September 2023 / Sept. 4-6, 2023
        rf"(?P<dayrange>(?<![\w.])(?P<dr1>{DAY})\s*[-–]\s*(?P<dr2>{DAY})\s+(?P<drm>{MONTH})(?:,?\s+(?P<dry>{YEAR}))?(?![\w])"
        rf"|(?P<drm2>{MONTH_D})\s+(?P<dr3>{DAY})\s*[-–]\s*(?P<dr4>{DAY})(?:,?\s+(?P<dry2>{YEAR}))?(?![\w])"
        # from 5 to 7 October 2023 / between 5 and 7 October
        rf"|(?<![\w])(?:[Ff]rom|[Bb]etween)\s+(?P<dr5>{DAY})\s+(?:to|and|until|till|through)\s+(?P<dr6>{DAY})\s+"
        rf"(?P<drm3>{MONTH})(?:,?\s+(?P<dry3>{YEAR}))?(?![\w]))",
        # 1950-1953
        rf"(?P<yrange>(?<![\w$€£¥#.:/-]){YEAR_BARE}\s*[-–]\s*{YEAR_BARE}(?![\w%-]))",
        # Sunday, June 26, 2016 / 26 June 2016 / 2016-06-26
        rf"(?P<full>(?:{WEEKDAY},?\s+)?{FULL})",
        # late March 2023 / August 2015
        rf"(?P<my>(?:(?P<myq>{QUAL})\s*)?(?P<myv>{MONTH_YEAR}))",
        # Sept. 6 / 6 September (year from the anchor)
        rf"(?P<md>(?:{WEEKDAY},?\s+)?(?P<mdv>{MONTH_DAY})(?!,?\s*\d)(?:,?\s+(?P<mdy>last|this|next)\s+year(?![\w]))?)",
        # the (early) 1980s
        r"(?P<decade>(?:[Tt]he\s+)?(?:(?P<dq>[Ee]arly|[Mm]id-?|[Ll]ate)\s*)?(?<![\w$])(?:19|20)\d0s(?![\w]))",
        # late March / in June last year / at the end of March
        rf"(?P<rm>(?:(?P<rmq>{QUAL})\s*|(?P<rmp>{_PREP_MONTH})\s+|(?P<rmr>[Ll]ast|[Tt]his|[Nn]ext)\s+)?"
        rf"(?P<rmm>{MONTH})(?![\w])(?!,?\s*\d)"
        rf"(?:\s+(?:of\s+)?(?P<rmy>last|this|next)\s+year(?![\w]))?)",
        # last month / this year / next week
        r"(?P<rp>(?<![\w])(?P<rpw>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<rpu>month|year|week)(?![\w]))",
        # 73 years ago
        rf"(?P<ago>(?<![\w.,])(?P<agon>{_NUMWORD})\s+(?P<agou>year|month|week|day)s?\s+ago(?![\w]))",
        # today / yesterday / tomorrow
        r"(?P<deictic>(?<![\w])(?:[Tt]oday|[Yy]esterday|[Tt]omorrow)(?![\w]))",
        # on Sunday / this coming Sunday / last Friday
        rf"(?P<wd>(?:(?P<wdp>[Oo]n|[Ll]ast|[Tt]his\s+coming|[Tt]his|[Nn]ext|[Cc]oming|[Bb]y|[Uu]ntil|[Ss]ince"
        rf"|[Ee]arly|[Ll]ate)\s+)?(?P<wdv>{WEEKDAY})(?![\w])(?!,?\s+(?:\d|{MONTH_D})))",
        # in 1951 / As of 2019 / (2011) / mid-2019
        rf"(?P<year>(?:(?P<yp>{_PREP_YEAR})\s+)?(?:(?P<yq>{QUAL})\s*)?(?<![\w$€£¥#.:/])(?<!\d[-–])"
        rf"(?P<yv>{YEAR_BARE})(?![\w%])(?![.,]\d)(?!\s*[-–/]\s*\d))",
    ])
)
# Every alternative above contains one of these tokens (a day number always sits next to a
# month name, "3 days ago" has "ago"), and none starts more than
# _LOOKBACK characters before it ("At the end of March", "Since the early 2000s").
_CORE_RE = re.compile(
    # Each alternative opens with its own character or class, which lets the regex engine skip
    # most positions and drop the others at their first character; capitals pair only with their
    # own month and weekday names, so "Tanzania" or "Wang" is no core.
    r"[0-9]\d{3}(?!\d)"
    r"|[JFMASONDTWY](?:[a-z]{2}(?<=Jan|Jun|Jul|Feb|Fri|Mar|May|Mon|Apr|Aug|Sep|Sat|Sun|Oct|Nov|Dec|Tue|Thu|Wed)"
    r"|(?<=T)(?:oday|omorrow)|(?<=Y)esterday)"
    r"|t(?:oday|omorrow)|y(?:esterday|ear)|month|week|ago"
)
_LOOKBACK = 40
# Where a date expression can begin: a digit, a capitalised lead-in (a month or weekday name or
# one of the lower-case words below), or a lower-case lead-in word. Other capitalised words
# ("CPC", "Xinhua") cannot start any alternative, so the full pattern is not tried there.
_WORD_START_RE = re.compile(
    r"(?<!\w)(?:[0-9]|Jan|Jun|Jul|Feb|Fri|Mar|May|Mon|Apr|Aug|Sep|Sat|Sun|Oct|Nov|Dec|Tue|Thu|Wed"
    r"|From|Between|In|Since|By|Until|Till|To|Before|After|During|Through|As|The|Early|Mid|Late|At"
    r"|About|Around|Circa|On|Last|This|Next|Coming|Yesterday"
    r"|(?:from|between|in|since|by|until|till|to|before|after|during|through|as|the|early"
    r"|mid|late|at|about|around|circa|on|last|this|next|coming|today|yesterday|tomorrow|an?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve)(?!\w))"
)


def find_dates(text: str, anchor: PartialDate | None) -> list[DateMention]:
    """Every date expression in ``text``, sorted and non-overlapping (longest form wins).

    Relative expressions ("late March", "last year", "on Sunday") are resolved against
    ``anchor`` (normally the publication date) and are skipped when the anchor is missing or
    too coarse to resolve them honestly: weekdays and "yesterday" need a day, a bare month name
    needs a month.
    """
    out: list[DateMention] = []
    match = _MENTION_RE.match
    word_starts = _WORD_START_RE.finditer
    pos = 0
    # Word starts already found not to begin a mention reaching the current core. Cores only move
    # right, so such a start can never succeed later; neighbouring cores' windows overlap a lot.
    dead: set[int] = set()
    # Stage 1 finds the rare tokens every date expression contains (digits, month and weekday
    # names, "today", "year"...); stage 2 tries the full pattern only at the few word starts just
    # before each one. Scanning the whole text with the big alternation is ~10x slower.
    for core in _CORE_RE.finditer(text):
        cs = core.start()
        if cs < pos or (cs and text[cs - 1].isalnum()):
            continue  # inside an accepted mention, or mid-word ("Chicago", "Formation1951")
        for ws in word_starts(text, max(pos, cs - _LOOKBACK), cs + 16):
            start = ws.start()
            if start > cs:
                break
            if start in dead:
                continue
            m = match(text, start)
            r = interpret(m, m.lastgroup, text, anchor) if m is not None and m.end() > cs else None
            if m is None or r is None:
                dead.add(start)
                continue  # rejected: a later start (a shorter expression) may still fit
            date, end_date, relative, qualifier = r  # the kind group closes last: m.lastgroup
            out.append(DateMention(start, m.end(), m.group(), date, end_date, relative, qualifier))
            pos = m.end()
            break
    return _with_chinese(out, text, anchor) if has_han(text) else out


def _with_chinese(out: list[DateMention], text: str, anchor: PartialDate | None) -> list[DateMention]:
    """The Chinese dates joined to the others; where two overlap, the earlier (then longer) wins."""
    merged = sorted(out + [DateMention(*found) for found in find_zh_dates(text, anchor)],
                    key=lambda d: (d.start, -d.end))
    kept: list[DateMention] = []
    for d in merged:
        if not kept or d.start >= kept[-1].end:
            kept.append(d)
    return kept
