"""Dates in English news and encyclopedia text, with honest precision.

Loading needs three things from dates: a partial date that keeps its precision
(``PartialDate``, ``parse_iso``), the grammar of absolute dates ("26 June 2016", "June 2016"),
and a guess of *when a document was published* (``infer_publication_date``). Finding the dates
a text *mentions* and resolving relative ones is extraction's job (``liaison.extract.dates``),
built on the grammar here.

Everything is pure and deterministic. Speed comes from doing the scanning in a handful of
module-level compiled regexes; Python code runs only once per candidate match, never per token.
"""
from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

# --------------------------------------------------------------------------------------------
# PartialDate
# --------------------------------------------------------------------------------------------

@functools.total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A calendar date known only to year, month or day precision.

    Ordering is by (year, month or 0, day or 0): a coarser date sorts before the finer dates it
    covers. (Written by hand rather than ``order=True`` because tuples holding None don't
    compare, and "2016" must sort against "2016-06".)
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        # Validate eagerly so an impossible date can never travel through the pipeline.
        if not isinstance(self.year, int) or not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year!r}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month: PartialDate(year, month, day)")
            return
        if not isinstance(self.month, int) or not 1 <= self.month <= 12:
            raise ValueError(f"month out of range 1-12: {self.month!r}")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not isinstance(self.day, int) or not 1 <= self.day <= last:
                raise ValueError(f"day out of range for {self.year}-{self.month:02d}: {self.day!r}")

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    @property
    def precision(self) -> str:
        """"day", "month" or "year": how much of the date is actually known."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        """ISO 8601 at the known precision only: "2016", "2016-06" or "2016-06-26"."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> datetime.date:
        """Earliest calendar day the partial date covers (for interval comparisons)."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> datetime.date:
        """Latest calendar day the partial date covers (for interval comparisons)."""
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        if self.day is None:
            return datetime.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return datetime.date(self.year, self.month, self.day)

    @classmethod
    def from_date(cls, d: datetime.date) -> PartialDate:
        """Day-precision PartialDate from a datetime.date."""
        return cls(d.year, d.month, d.day)

    def __str__(self) -> str:
        return self.iso()


_ISO_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_iso(value: str | None) -> PartialDate | None:
    """Read "2016-06-26" / "2016-06" / "2016" back into a PartialDate (e.g. from a CSV cell).

    Empty or None means "no date" and gives None; anything else that isn't one of the three
    forms raises ValueError, so bad data is noticed instead of silently dropped.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_RE.fullmatch(text)
    if not m:
        raise ValueError(f"not an ISO partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    month, day = (int(g) if g else None for g in m.groups()[1:])
    try:
        return PartialDate(int(m[1]), month, day)
    except ValueError as exc:
        raise ValueError(f"invalid ISO partial date {value!r}: {exc}") from None


# --------------------------------------------------------------------------------------------
# Shared regex building blocks (strings; no capturing groups so they can be embedded anywhere)
# --------------------------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_NUM = {name.lower(): i for i, name in enumerate(_MONTHS, 1)}
_MONTH_NUM.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                   "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})

# Capitalised full month names only: "may" the verb and "march" the verb are lower case.
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# Abbreviations are only trusted right before a day number ("Sept. 6", "Jun 5").
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_D = rf"(?:{MONTH}|{MONTH_ABBR})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"          # full dates and month-years
YEAR_BARE = r"(?:19\d\d|20\d\d|2100)"        # a bare number is only a year in 1900-2100
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ISO_DAY = rf"{YEAR}(?:-(?:0[1-9]|1[0-2])-(?:3[01]|[12]\d|0[1-9])|/(?:0[1-9]|1[0-2])/(?:3[01]|[12]\d|0[1-9]))"

FULL = (rf"(?:(?<![\w/.-]){ISO_DAY}(?![\w/]|-\d)"
        rf"|(?<![\w.]){DAY}\s+{MONTH_D},?\s+{YEAR}(?!\d)"
        rf"|{MONTH_D}\s+{DAY},?\s+{YEAR}(?!\d))")
MONTH_YEAR = rf"(?:{MONTH},?\s+{YEAR}(?![\w]))"
MONTH_DAY = rf"(?:{MONTH_D}\s+{DAY}(?![\w])|(?<![\w.]){DAY}\s+{MONTH}(?![\w]))"
QUAL = (r"(?:[Ee]arly|[Mm]id-?|[Ll]ate|(?:[Aa]t\s+|[Bb]y\s+|[Ii]n\s+)?[Tt]he\s+(?:end|beginning|start|middle)\s+of"
        r"|[Aa]bout|[Aa]round|[Cc]irca)")

# Small fullmatch parsers for the pieces matched above.
_P_ISO = re.compile(r"(\d{4})[-/](\d{2})[-/](\d{2})")
_P_DMY = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_D}),?\s+(\d{{4}})")
_P_MDY = re.compile(rf"({MONTH_D})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")
_P_MY = re.compile(rf"({MONTH}),?\s+(\d{{4}})")
_P_Y = re.compile(r"(\d{4})")
PARSE_MONTH_DAY = re.compile(rf"({MONTH_D})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})")
WEEKDAY_PREFIX = re.compile(rf"{WEEKDAY},?\s+")


def month_number(name: str) -> int:
    return _MONTH_NUM[name.rstrip(".").lower()]


def safe_date(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """PartialDate or None for impossible dates (Feb 30), so a bad match is dropped, not raised."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def parse_absolute(s: str) -> PartialDate | None:
    """Parse a matched full date / month-year / bare year; None if it isn't one or is invalid."""
    s = WEEKDAY_PREFIX.sub("", s.strip(), count=1)
    if m := _P_ISO.fullmatch(s):
        return safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _P_DMY.fullmatch(s):
        return safe_date(int(m[3]), month_number(m[2]), int(m[1]))
    if m := _P_MDY.fullmatch(s):
        return safe_date(int(m[3]), month_number(m[1]), int(m[2]))
    if m := _P_MY.fullmatch(s):
        return safe_date(int(m[2]), month_number(m[1]))
    if m := _P_Y.fullmatch(s):
        return safe_date(int(m[1]))
    return None


# --------------------------------------------------------------------------------------------
# Publication date
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PublicationDate:
    """The document's own date plus the evidence for it, so every downstream table can cite why."""

    date: PartialDate | None
    basis: str
    start: int | None
    end: int | None


_STAMP_HEAD = 1500
_STAMP_RE = re.compile(
    rf"(?<![\w])(?P<label>(?P<key>(?:Last\s+)?[Uu]pdated|(?:First\s+)?[Pp]ublished|Posted|Released|Modified|Date)"
    rf"(?:\s+on|\s+at)?[ \t]*:?)[ \t]*(?P<date>(?:{WEEKDAY},?\s+)?{FULL})"
)
_UPDATE_KEYS = ("updated", "modified")
_STAMP_KEYS = ("pdated", "ublished", "Posted", "Released", "Modified", "Date")  # every stamp's key holds one
_DATELINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<city>[A-Z][A-Z.'’ -]{{1,40}}?)(?:,[ \t]*[A-Z][A-Za-z.]{{1,20}}(?:[ \t][A-Z][A-Za-z.]{{1,20}})?)?,"
    rf"[ \t]+(?P<md>{MONTH_D}[ \t]+{DAY})(?:,?[ \t]+(?P<year>{YEAR}))?"
    rf"[ \t]*(?:\((?P<agency>[A-Za-z][^()\n]{{0,40}})\))?[ \t]*(?:--|—|–|-)"
)
_FULL_RE = re.compile(FULL)
_YEARS_AGO_RE = re.compile(
    rf"(?<!\d)(?P<year>{YEAR})\s*[;,:(]?\s*\(?\s*(?P<n>\d{{1,3}})\s+years?\s+ago\b"
)
# In every match of _YEARS_AGO_RE, and far cheaper to look for ("ago" alone is in "Santiago").
_YEARS_AGO_CUE = re.compile(r"years?\s+ago\b")
_RETRIEVED_RE = re.compile(rf"\b[Rr]etrieved(?:\s+on)?[ \t]+(?P<date>{FULL}|{MONTH_YEAR})")


# "(?<!\d)(?:1[89]|20)\d\d(?!\d)", its look-behind moved after the first digit: a pattern
# opening on a plain character lets the regex engine skip to the next "1" or "2".
_YEAR_TOKEN = re.compile(r"(?:1(?<!\d1)[89]|2(?<!\d2)0)\d\d(?!\d)")


def _full_dates(text: str):
    """Full dates in `text`, found only around four-digit years: scanning every position with
    the full pattern costs far more than finding the years first."""
    last_end = -1
    for year in _YEAR_TOKEN.finditer(text):
        if year.start() < last_end:
            continue
        for m in _FULL_RE.finditer(text, max(0, year.start() - 24), min(len(text), year.end() + 8)):
            if m.start() <= year.start() < m.end() and m.start() >= last_end:
                last_end = m.end()
                yield m
                break


def infer_publication_date(text: str, *, year_hint: int | None = None) -> PublicationDate:
    """Best-evidenced publication date, strongest evidence first; never guesses.

    1. an "Updated:/Published:/Posted on" stamp in the first ~1500 characters (day precision);
    2. an agency dateline "ROME, June 27 (Xinhua) --" with the year from a single explicit
       full-date year in the text, else from ``year_hint``; without a year it gives None;
    3. "1951;73 years ago" / "founded in 1951 (73 years ago)" (year precision);
    4. the newest "Retrieved ..." citation date, a lower bound on the document's age;
    5. unknown.
    """
    # Each step gives None when its evidence is absent (a PublicationDate is always true).
    return (_stamp_date(text) or _dateline_date(text, year_hint) or _years_ago_date(text)
            or _retrieved_date(text) or PublicationDate(None, "unknown", None, None))


def _stamp_date(text: str) -> PublicationDate | None:
    """An "Updated:/Published:/Posted on" stamp near the top; a publish stamp dates the
    document better than an update stamp when both exist."""
    head = text[:_STAMP_HEAD]
    if not any(key in head for key in _STAMP_KEYS):
        return None  # most documents have no stamp, and a substring test is cheaper than the pattern
    stamps = list(_STAMP_RE.finditer(head))
    publish = [m for m in stamps if not m["key"].lower().endswith(_UPDATE_KEYS)]
    for m in publish + [m for m in stamps if m not in publish]:
        d = parse_absolute(m["date"])
        if d is not None:
            label = " ".join(m["label"].split())
            return PublicationDate(d, f"'{label}' stamp", m.start(), m.end())
    return None


def _dateline_date(text: str, year_hint: int | None) -> PublicationDate | None:
    """An agency dateline, its year written there, else the one year of the text's other full
    dates, else ``year_hint``; a dateline without any year is evidence of an unknown date."""
    dl = _DATELINE_RE.search(text)
    if dl is None:
        return None
    md = PARSE_MONTH_DAY.fullmatch(dl["md"])
    if md is None:
        return None  # not reached: the dateline's month-day is built from the same forms
    month, day = month_number(md[1]), int(md[2])
    if dl["year"]:
        year, basis = int(dl["year"]), "dateline with explicit year"
    else:
        years = set()
        for m in _full_dates(text):
            if dl.start() <= m.start() < dl.end():
                continue
            d = parse_absolute(m.group())
            if d is not None:
                years.add(d.year)
        if len(years) == 1:
            year, basis = years.pop(), "dateline with year from document"
        elif year_hint is not None:
            year, basis = year_hint, "dateline with year from year_hint"
        else:
            return PublicationDate(None, "dateline without year", dl.start(), dl.end())
    d = safe_date(year, month, day)
    return None if d is None else PublicationDate(d, basis, dl.start(), dl.end())


def _years_ago_date(text: str) -> PublicationDate | None:
    """An infobox's "1951;73 years ago": the year the count runs to."""
    for m in _YEARS_AGO_RE.finditer(text) if _YEARS_AGO_CUE.search(text) else ():
        d = safe_date(int(m["year"]) + int(m["n"]))
        if d is not None:
            return PublicationDate(d, "'N years ago' in infobox", m.start(), m.end())
    return None


def _retrieved_date(text: str) -> PublicationDate | None:
    """The newest "Retrieved ..." citation date: the document is at least that recent."""
    best: tuple[PartialDate, re.Match] | None = None
    for m in _RETRIEVED_RE.finditer(text) if "etrieved" in text else ():
        d = parse_absolute(m["date"])
        if d is None:
            continue
        if best is None or (d.first_day(), d._key()) > (best[0].first_day(), best[0]._key()):
            best = (d, m)
    if best is None:
        return None
    return PublicationDate(best[0], "newest cited 'Retrieved' date (lower bound)", best[1].start(), best[1].end())


_ABSOLUTE_RE = re.compile(rf"{FULL}|{MONTH_YEAR}|(?<![\w$.]){YEAR_BARE}(?![\w])")


def absolute_date(text: str) -> PartialDate | None:
    """The first full date, month and year, or bare year in a short text such as a citation's
    "(January 30, 2024)"; nothing relative, as there is no date to count from."""
    for m in _ABSOLUTE_RE.finditer(text):
        if (d := parse_absolute(m.group())) is not None:
            return d
    return None
