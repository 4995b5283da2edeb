"""Find figures (counts, money, durations) in English news and encyclopedia text.

Every figure comes back with the character offsets of the words that state it, so a notebook can
quote the source exactly ("more than 600 political parties and organizations") instead of a number
with no provenance.  The extractor is deliberately conservative: a number is only reported when it
is attached to a countable noun phrase, a currency, a percent sign or a hyphenated measure
("four-day").  Bare numbers -- years, citation markers, page references, ISBNs, share counters,
street numbers -- are left alone, because a wrong figure in a cited table is worse than a missing one.

Design: one compiled module-level regex finds number candidates in a single pass (a cheap
character-class scan picks the few positions where the full candidate pattern is tried);
everything else (qualifier before, unit after, year context in `quantity_years.py`) is a handful of anchored
``match``/``search`` calls on a small window around each candidate.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from liaison.extract.quantity_years import MONTHS, AsOfYears

__all__ = ["Quantity", "find_quantities"]


@dataclass(slots=True)
class Quantity:
    """One figure found in a text, with the exact span that states it (for citation)."""

    start: int  # offset of the first character of the whole phrase (qualifier included)
    end: int  # offset one past the last character (end of the unit noun phrase)
    text: str  # text[start:end], kept so a table row can be read without the source
    value: float  # the number itself, multipliers applied: "US$40 million" -> 40000000.0
    unit: str  # lower-case head noun phrase ("political parties and organizations"), or an ISO
    # currency code ("USD"), or "percent"; hyphenated measures are pluralised ("four-day" -> "days")
    qualifier: str  # hedge before the number ("more than", "about", ...), "" if stated flat
    per: str  # "year" for rates ("annually", "a year", "per year", "each year"), else ""
    as_of_year: int | None  # explicit "As of 2019"/"in 2019" governing the figure, else None


# --------------------------------------------------------------------------- vocabulary

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_MULTIPLIERS = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
_SUFFIX_MULT = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000,
                "bn": 1_000_000_000}

# Currency written before the number, and currency words written after it -> ISO code.
_PREFIX_CUR = {"$": "USD", "us$": "USD", "hk$": "HKD", "nz$": "NZD", "a$": "AUD", "c$": "CAD",
               "s$": "SGD", "€": "EUR", "£": "GBP", "¥": "CNY", "usd": "USD", "rmb": "CNY",
               "cny": "CNY", "eur": "EUR", "gbp": "GBP", "hkd": "HKD"}
_WORD_CUR = {"us dollars": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD",
             "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "euros": "EUR",
             "euro": "EUR", "eur": "EUR", "pounds": "GBP", "pounds sterling": "GBP",
             "hkd": "HKD"}

# Words that end a unit noun phrase: prepositions, determiners, pronouns, auxiliaries,
# conjunctions, adverbs that typically follow a count, and hedge words.
_STOP = frozenset("""
of from in on at to for with by into onto across around over under between among amongst per
during since until till after before about through than as via within without against toward
towards upon like near including plus versus vs
the a an this that these those which who whom whose what it its their his her our your my
they them he she we you i there here
is are was were be been being has have had do does did will would can could may might shall
should must
and or but nor so yet while when where whereas if because although though then
ago later earlier annually yearly each every not also only still already now just even
more most less least fewer nearly almost some approximately roughly around up at least
such other another same own all both either neither no any many much several few
""".split())
_AND_OR = frozenset({"and", "or"})
# Plurals that do not end in "s", and s-final words that are not plurals.
_IRREGULAR_PLURAL = frozenset({"people", "men", "women", "children", "staff", "personnel",
                               "police", "troops", "cattle", "clergy", "crew", "faculty",
                               "alumni", "media", "data", "yuan", "renminbi"})
_S_SINGULAR = frozenset({"status", "bus", "campus", "census", "consensus", "focus", "virus",
                         "bonus", "corpus", "basis", "crisis", "analysis", "thesis", "axis",
                         "emphasis", "this", "its", "his", "hers", "yes", "was", "has", "is",
                         "as", "us", "news", "thus", "plus", "chaos", "ethos", "mantis",
                         "apparatus", "nexus", "genesis", "synthesis", "diagnosis"})
_PLURALISE_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "km": "km"}

# --------------------------------------------------------------------------- regexes

_NUMWORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            r"(?:[-\u2010 ](?:one|two|three|four|five|six|seven|eight|nine)(?![\w]))?"
            r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            r"|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|an?(?=[ \t](?:dozen|hundred|thousand|million|billion)\b))")

_CANDIDATE_RE = re.compile(
    r"""
    (?<![\w.,:/\-\u2010\u2013\[\#+$€£¥])          # not glued to a word, decimal, range, ref, ...
    (?P<cur>(?:US|HK|NZ|A|C|S)?\$|[€£¥]|(?:USD|RMB|CNY|EUR|GBP|HKD)[ \t\u00a0]?)?
    (?:
        (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suf>bn|mn|m|k|b)?
      | (?P<word>(?i:""" + _NUMWORD + r"""))
    )
    (?!\w|[.,:/\-\u2010\u2013]\d|[/)\]])                # not "7th", "1.", "23:19", "2016-06", "(1951)"
    """,
    re.X,
)
# Positions where a candidate can start: a currency sign or code, a digit, or the first letters of
# a number word, at a word edge. Python's regex engine scans fast only for a pattern that opens
# with a plain character class; finding these first and matching _CANDIDATE_RE there alone gives
# the same candidates as ``_CANDIDATE_RE.finditer`` in a fraction of the time. (The class holds
# every character the case-insensitive number words can open with, "ſ" included.)
_START_RE = re.compile(
    r"[\dAaCEeFfGHNnOoRSsTtUſ$€£¥](?<![\w.,:/\-\u2010\u2013\[\#+$€£¥].)"
    r"(?<=(?=[\d$€£¥]|(?:US|HK|NZ|[ACS])\$|USD|RMB|CNY|EUR|GBP|HKD"
    r"|(?i:tw|thir|thre|ten|fo[ru]|fi[fv]|six|seven|eigh|nin|elev|one|an?[ \t](?:do|hu|th|mi|bi))).)"
)
_MULT_RE = re.compile(r"(?:[ \t\u00a0]+|-)(dozen|hundred|thousand|million|billion|trillion)\b",
                      re.I)
_PCT_RE = re.compile(r"[ \t\u00a0]?(?:%|per[ \t]?cent\b)", re.I)
_HYPH_RE = re.compile(
    r"[-\u2010](day|week|month|year|decade|hour|minute|country|nation|city|province|stop|"
    r"member|person|man|woman|point|seat|mile|kilometre|kilometer|km|storey|story|leg)"
    r"(?![\w\-\u2010])", re.I)
_PLAN_RE = re.compile(r"[ \t]+plans?\b", re.I)
_CURWORD_RE = re.compile(r"[ \t\u00a0]+(us[ \t]dollars|dollars?|yuan|renminbi|rmb|cny|usd|"
                         r"euros?|eur|pounds[ \t]sterling|pounds|hkd)\b", re.I)
_TOKEN_RE = re.compile(r"[ \t\u00a0]+([A-Za-z](?:[A-Za-z'’\-]*[A-Za-z])?)(?![\w'’])")
_OF_WHICH_RE = re.compile(r"[ \t\u00a0]+of[ \t]+(?:which|whom|them)[ \t]+(?:are|were|is|was)(?=[ \t])",
                          re.I)
_OF_THE_RE = re.compile(
    r"[ \t\u00a0]+of(?:[ \t]+(?:the|its|their|his|her|our|these|those)"
    r"(?:[ \t]+[A-Za-z]+['’]s)?|[ \t]+[A-Za-z]+['’]s)(?=[ \t])", re.I)
_QUAL_RE = re.compile(
    r"(?<![\w])(more than|well over|just over|just under|over|about|around|at least|at most|"
    r"nearly|almost|up to|some|approximately|roughly|fewer than|less than|as many as|under|"
    r"close to|upwards of|in excess of|an estimated)[ \t\u00a0]+\Z", re.I)
_YEAR_PRE_RE = re.compile(
    r"(?:(?<![\w])(?:in|since|from|of|to|by|until|till|during|between|before|after|circa|c\.|"
    r"the|a|an|its|this|that|early|late|mid|year|fiscal|FY|spring|summer|autumn|fall|winter|"
    r"Formation|Founded|Established)"
    r"|(?:" + MONTHS + r")\.?(?:[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)?)[ \t\u00a0]+\Z", re.I)
_PER_YEAR_RE = re.compile(
    r"(?<![\w])(?:annually|yearly|per[ \t]annum|(?:per|each|every)[ \t]+year"
    r"|(?<!over )(?<!than )(?<!in )(?<!for )(?<!within )(?<!after )(?<!about )a[ \t]+year)\b",
    re.I)
_CLAUSE_END_RE = re.compile(r"[,.;:!?\n\u2014]")


# --------------------------------------------------------------------------- helpers

@functools.lru_cache(maxsize=1024)
def _word_value(word: str) -> float:
    """Value of a spelled number matched by _NUMWORD ("twenty-five" -> 25, "a " -> 1).

    Cached: a text spells the same few numbers over and over."""
    w = word.lower().strip()
    if w in ("a", "an"):
        return 1.0
    parts = re.split(r"[-\u2010 ]", w)
    if parts[0] in _TENS:
        return float(_TENS[parts[0]] + (_SMALL[parts[1]] if len(parts) > 1 else 0))
    return float(_SMALL[w])


def _is_plural(w: str) -> bool:
    """Cheap English plural test for a lower-case word (the head noun of a count)."""
    if w in _IRREGULAR_PLURAL:
        return True
    return (len(w) > 2 and w[-1] == "s" and not w.endswith(("ss", "'s", "’s"))
            and w not in _S_SINGULAR)


def _pluralise(w: str) -> str:
    """Plural of a hyphen-measure noun ("day" -> "days", "country" -> "countries")."""
    w = w.lower()
    if w in _PLURALISE_IRREGULAR:
        return _PLURALISE_IRREGULAR[w]
    if w.endswith("y") and w[-2:-1] not in ("a", "e", "i", "o", "u"):
        return w[:-1] + "ies"
    return w + "s"


def _unit_phrase(text: str, pos: int, value: float) -> tuple[str, int] | None:
    """The head noun phrase after a number, as (unit, end offset), or None if there is none.

    Takes up to seven words, stops at stop words, and ends at the first plural head noun unless
    "and"/"or" joins a second noun phrase ("parties and organizations").  A phrase that starts
    capitalised ("14 Chinese provinces", "3,000 Communist Party members") needs a lower-case
    head, so names ("4 Fuxing Road", "5 Shinn", "1 January") are not taken for units.
    """
    words: list[str] = []
    good: tuple[str, int] | None = None
    head_done = False
    capital_start = False
    while len(words) < 7:
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            break
        w = m.group(1)
        lw = w.lower()
        if head_done:
            if lw not in _AND_OR:
                break
            nxt = _TOKEN_RE.match(text, m.end())
            if nxt is None:
                break
            nw = nxt.group(1).lower()
            if nw in _STOP or nw in _SMALL or nw in _TENS or nxt.group(1)[0].isupper():
                break
            words.append(lw)
            pos = m.end()
            head_done = False
            continue
        if lw in _STOP or lw in _SMALL or lw in _TENS or lw in _MULTIPLIERS:
            break
        if not words:
            capital_start = w[0].isupper()
        words.append(lw)
        pos = m.end()
        if _is_plural(lw):
            head_done = True
            if capital_start and w[0].isupper():
                break  # "5 Shinn", "4 Fuxing Road", "2 Sutter": names, not counted things
            good = (" ".join(words), pos)
    if good is None and value == 1.0 and words and not capital_start:
        good = (" ".join(words), pos)  # "1 country": singular head is fine for one
    return good


def _number(m: re.Match, text: str) -> tuple[float, int, bool] | None:
    """A candidate's value with its multipliers applied ("40 million", "two dozen"), where its
    number words end, and whether a multiplier was applied; None if it is no figure."""
    cur = m.group("cur")
    raw = m.group("num")
    suf = m.group("suf")
    if raw is not None:
        digits = raw.replace(",", "")
        if (raw[0] == "0" and len(digits) > 1 and "." not in raw) or len(digits) > 12:
            return None  # "05 (1)" journal issues, ISBN/OCLC digit runs
        value = float(digits)
        if suf:
            if not cur:
                return None  # "5m" without currency: metres? minutes? not a count
            value *= _SUFFIX_MULT[suf]
    else:
        if cur:
            return None
        value = _word_value(m.group("word"))
    pos = m.end()
    had_mult = bool(suf)
    # multipliers: "40 million", "two dozen", "a hundred", "three hundred thousand"
    while True:
        mm = _MULT_RE.match(text, pos)
        if mm is None:
            break
        mw = mm.group(1).lower()
        if mw in ("dozen", "hundred") and raw is not None:
            break
        value *= _MULTIPLIERS[mw]
        pos = mm.end()
        had_mult = True
    if raw is None and m.group("word").lower().startswith("a") and not had_mult:
        return None
    if (raw is None and m.group("word").lower() == "one" and not had_mult
            and _HYPH_RE.match(text, pos) is None):
        return None  # bare "one" is almost never a figure ("one of", "one country")
    return value, pos, had_mult


def _unit(text: str, m: re.Match, pos: int, value: float, had_mult: bool) -> tuple[str, int] | None:
    """What the figure counts, and where its phrase ends: a currency (a symbol before the number
    or a word after it), a percent sign, a hyphenated measure or a counted noun phrase. None when
    there is none, or when the number is a year."""
    cur = m.group("cur")
    if cur:
        return _PREFIX_CUR.get(cur.strip().lower(), "USD"), pos
    cm = _CURWORD_RE.match(text, pos)
    if cm is not None:
        return _WORD_CUR[re.sub(r"[ \t]+", " ", cm.group(1).lower())], cm.end()
    raw, s = m.group("num"), m.start()
    if (raw is not None and not had_mult and len(raw) == 4 and 1900 <= value <= 2100
            and (_YEAR_PRE_RE.search(text, max(0, s - 24), s)
                 or text[pos:pos + 1] == ";")):
        return None  # a date, not a quantity
    pm = _PCT_RE.match(text, pos)
    if pm is not None:
        return "percent", pm.end()
    hm = _HYPH_RE.match(text, pos)
    if hm is not None:
        if _PLAN_RE.match(text, hm.end()):
            return None  # "Five-Year Plan" is a name, not a duration
        return _pluralise(hm.group(1)), hm.end()
    upos = pos
    ow = _OF_WHICH_RE.match(text, upos)
    if ow is not None:
        upos = ow.end()
    else:
        ot = _OF_THE_RE.match(text, upos)
        if ot is not None:
            upos = ot.end()
    return _unit_phrase(text, upos, value)


def _hedge(text: str, s: int, last_end: int) -> tuple[int, str]:
    """Where a figure's phrase starts and its qualifier ("more than", "about"): a qualifier
    ending in the blank just before the number at `s`, unless it reaches back into the previous
    figure (ending at `last_end`)."""
    # No blank before the number, no need to look.
    qm = _QUAL_RE.search(text, max(0, s - 24), s) if s and text[s - 1] in " \t\u00a0" else None
    if qm is None or qm.start() < last_end:
        return s, ""
    return qm.start(), qm.group(1).lower()


def _per(text: str, end: int) -> str:
    """The rate a figure is given at: "year" if a rate phrase ("annually", "a year", "per year")
    follows it in its clause, else ""."""
    ce = _CLAUSE_END_RE.search(text, end, end + 120)
    stop = ce.start() if ce else end + 120
    # Every rate phrase holds "year" or "annu" (its letters have no non-ASCII case forms).
    tail = text[end:stop].lower()
    return "year" if ("year" in tail or "annu" in tail) and _PER_YEAR_RE.search(text, end, stop) else ""


# --------------------------------------------------------------------------- main entry

def find_quantities(text: str) -> list[Quantity]:
    """All figures in ``text``, sorted by start offset and non-overlapping.

    Only numbers tied to a unit (noun phrase, currency, percent, hyphenated measure) are kept;
    vague amounts ("dozens of", "thousands of") have no honest value and are skipped.
    """
    out: list[Quantity] = []
    last_end = 0
    scan_end = 0  # where ``_CANDIDATE_RE.finditer`` would resume: the end of the last candidate
    match = _CANDIDATE_RE.match
    as_of_year = None  # built at the first figure: many texts have none
    for hit in _START_RE.finditer(text):
        s = hit.start()
        if s < scan_end:
            continue
        m = match(text, s)
        if m is None:
            continue
        scan_end = m.end()
        if s < last_end:
            continue
        number = _number(m, text)
        if number is None:
            continue
        value, pos, had_mult = number
        found = _unit(text, m, pos, value, had_mult)
        if found is None:
            continue
        unit, end = found
        start, qualifier = _hedge(text, s, last_end)
        if as_of_year is None:
            as_of_year = AsOfYears(text)
        out.append(Quantity(start, end, text[start:end], value, unit, qualifier, _per(text, end),
                            as_of_year(start, end)))
        last_end = end
    return out
