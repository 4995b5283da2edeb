"""Where and when a report puts its events, and so their CAMEO mode: the dateline's city and
date for the lead sentence, the date a clause states (or its sentence, past a relative clause),
the report's own date for events it leaves undated, and whose home the place is."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.dates import DateMention, find_dates
from liaison.extract.mentions import Mention, possessed
from liaison.extract.postings import posted_before
from liaison.load.dates import PartialDate
from liaison.reference.parties import is_taiwan_party
from liaison.reference.pinyin import is_pinyin_name
from liaison.reference.places import find_places

# Nothing, or a dateline opening a sentence ("BEIJING, May 9 (Xinhua) -- ", "Kathmandu, 23 September: "), read
# loosely as up to a dash or colon: what stands before a clause's own opening (events.py), and what a sentence's own
# date comes after, the dateline's day being the report's (event_hostless.py).
LEAD_IN = re.compile(r"(?:[^.;]{0,80}?(?:--|—|–|:))?\s*")
# "HANOI, Sept. 6 (Xinhua) --", "Beijing, 14 March (People's Daily) —" at the start of a body.

_DATELINE = re.compile(
    r"\(?(?P<city>[A-Z][A-Za-z\u00c0-\u1ef9 .'’-]{1,30}?)(?:\s\[[A-Z][A-Za-z ]{2,30}\])?(?:"  # New Delhi [India], ..
    # BEIJING, May 2 (Xinhua) --; Kathmandu, 23 September:
    # "ISLAMABAD, JAN 15 /DNA/:"; a press release's "(KUALA LUMPUR, 13 Apr):"
    r",\s+(?:[A-Z][a-zA-Z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8})\s*(?:\(|--|—|–|:\s|\):\s|-(?=[A-Z])|"
    r"\.?\s*/[A-Z][A-Za-z]+/|,\s+[A-Z]{2,8}\s*(?:--|—|–|-|:)\s)"  # "Accra, May 3, GNA -", "Moscow, 3 May, TASS:"
    r"|\s+/[A-Z][A-Za-z]+/"  # "Ulaanbaatar /MONTSAME/"
    r"|\s?,\s*[A-Z]{2,8}\s*(?:--|—|–|-)\s*(?=[A-Z])"  # "Damascus, SANA- Assistant ...", "Beijing , ST- ..."
    r"|(?<=[A-Z]{3})\.\s+[A-Z]{4,12}(?:\s*(?:--|—|–|-)\s|\s+(?=[A-Z]))"  # "ASTANA. KAZINFORM -"
    r"|\s*\([A-Z][A-Za-z0-9 .]{1,20}\)\s*(?:--|—|–|-)"  # Hanoi (VNA) –, "ERBIL (Kurdistan 24) –"
    r"|(?<=[A-Z\u00c0-\u1ef9])\s+(?:--|—|–)"  # HÀ NỘI —
    # Harare --; not "Taiwan — the island ...", an opinion piece's dash before lower-case words
    r"|(?<=[a-z])\s+(?:--|–|—(?!\s*[a-z]))\s"
    r"|(?<=[A-Za-z])\s+-\s+(?=[A-Z])"  # Phnom Penh - Prime Minister ...; PHNOM PENH - ...
    r"|,\s+(?:[A-Z][a-zA-Z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s+-\s+(?=[A-Z])"  # Phnom Penh, June 4 - ...
    r"|(?<=[A-Z]{3}):\s"  # KATHMANDU: (the city in capitals)
    r"|(?<=[a-z]):\s(?=(?:A|An|The|[A-Z][a-z]+)\s)"  # "New Delhi: A Chinese delegation ...", if a known place
    # "NAIROBI, Kenya, Jan 25 –", "MANILA, Philippines (UPDATED) –": the country after the city
    r"|(?<=[A-Z]{3}),\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s+(?:[A-Z][a-zA-Z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([A-Z][A-Za-z .]{1,20}\)\s*)?(?:--|—|–)\s)"
)
# A reporter's line that says where the story was filed: "Kuda Bwititi in BEIJING, China".
_BYLINE_IN = re.compile(
    r"(?<![^\n])(?:[A-Z][a-z’'-]+ ){2,3}in (?P<city>[A-Z][A-Z .'’-]{2,30}?)(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?[ \t]*\n"
)
# "in" or "at" right before a place: "the forum in Urumqi", "the embassy in Windhoek", "convened at Kigali".
IN_AT = re.compile(r"\b(?:in|at)\s+$")
_LOCATIVE = re.compile(
    r"\b(?:in|at|to|into|visiting|visited|visit|toured|touring|for|arrived|arrives|arriving|(?:tour|visit|trip) of|"
    r"returned from)"  # "returned from Beijing on Tuesday": where the trip was
    r"\s+(?:the\s+)?"
    r"(?:(?:capital|city|port city|capital city)(?:\s+of)?,?\s+)?$"  # "in the capital Kampala"
)
# "concluded his visit to Cambodia and returned to Beijing": where a trip goes back to is not where it is.
_GOING_BACK = re.compile(r"\b(?:returned|returning|returns|return|back|home)\s+(?:to|for)\s+"
                         r"(?:the\s+)?$")
_UNKNOWN_TOWN = re.compile(
    r"\b(?:in|at)\s+(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+,\s+(?:[A-Z][\w’'-]+(?:\s+Province)?,\s+)?$")
_LIST_JOIN = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|’s\s+|'s\s+)(?:the\s+)?$")
_CAPITAL_OF = CuedPattern(r"\b(?:the\s+)?(?P<demonym>[A-Z][a-z]+)\s+capital\b", ("capital",))
_TITLE_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][a-z]+|of|for|and|the|[Vv]ice|[Dd]eputy))+\s+")
_CAPITALS = re.compile(r"(?:\s+[A-Z][a-z]+)*\s+")  # "Cambodian | Ambassador", "Chinese | Deputy Ambassador"
# "Speaker of the Senate of the Oliy Majlis of | Uzbekistan": a post of the country named right before the name
_POST_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][\w-]*|of|the|and|on|for))*\s+of\s+(?:the\s+)?$")
_CHINESE = re.compile(r"\b(?:CPC|CCP|Chinese|China)\b")
_IN_RELATIVE = re.compile(r"\b(?:that|who|which)\s+(?:[\w-]+\s+){0,3}$")
# "100 years of its establishment in 2021", "the party's founding in 1921": the year of what is marked; not
# "a reception marking the 75th anniversary of the PRC in Hanoi on Monday", the day it is marked
_OCCASION_OF = CuedPattern(r"\b(?:establishment|founding|anniversary|centenary|independence)\b[^,.;]{0,40}$",
                           ("establishment", "founding", "anniversary", "centenary", "independence"))
# "Recalling his 2018 visit to Beijing, X met Y": the year of the trip named before the verb, not the meeting's (but
# "During his 2018 visit, X met Y": the meeting's, done on that trip)
_YEAR_OF_TRIP = re.compile(r"\s+(?:[\w-]+\s+)?(?:visit|trip|tour)s?\b")
_ON_THE_TRIP = re.compile(r"\b(?:[Dd]uring|[Oo]n|[Ii]n\s+the\s+course\s+of)\s+(?:his|her|their|its|the)\s+$")
_SAID_ON = re.compile(r"\b(?:said|announced|stated|confirmed|told\s+(?:reporters|the\s+press|\w+))\s+(?:on\s+)?$")
# "since they began ties in 1984", "Since X took office in November last year, ...": up to its comma
_SINCE = CuedPattern(r"\b[Ss]ince\b[^,;]*$", ("since", "Since"))
# "has been in Kenya since Monday for a four-day visit": the day the stay began
_SINCE_DAY = re.compile(r"\b[Ss]ince\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "on the sidelines of the forum in Urumqi": a meeting held at a gathering, where the gathering is.
SIDELINES = CuedPattern(r"\b(?:[Oo]n\s+the\s+)?(?:sidelines?|margins?)\s+of\b[^,;]{0,120}", ("sideline", "margin"))
# A site's own date stamp on a line above its dateline: "( 2024.05.15 )".
# or a wire's line "(Xinhua) 09:26, March 22, 2024".
# A site's line "2019.04.24 / Source:", or a bare date line "29 December 2020" above the prose.
# The paragraph after a short first one (a teaser, a caption), where a wire's dateline may stand.
_NEXT_PARAGRAPH = re.compile(r"[^\n]{1,600}\n\s*")
_DATE_STAMP = re.compile(
    r"\s*(?:\(?\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\s*\)?(?:\s*/\s*Source:[^\n]{0,40})?"
    r"|(?:\([A-Z][A-Za-z .]{1,20}\)\s*)?\d{1,2}:\d{2},?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})[ \t]*\n\s*"
)

@dataclass(frozen=True, slots=True)
class Setting:
    """What every clause of one document shares: where and when its dateline puts the lead
    sentence, and the report's own date, which an undated event it reports took place by."""

    dateline: Mention | None = None
    lead: tuple[int, int] = (-1, -1)  # the sentence that opens with the dateline
    dateline_date: DateMention | None = None
    published: PartialDate | None = None  # only when known to the day or month
    envoy: Mention | None = None  # the Chinese person the report names most, who stands for the CPC on its trip
    focus: Mention | None = None  # who did the last event told before this sentence: whom "He ..." opening it means
    people: tuple[Mention, ...] = ()  # the report's resolved people, in text order: who "the President" is
    opened: str = ""  # the country an earlier sentence of this paragraph opened on ("In Papua New Guinea, ...")

    def at_sentence(self, focus: Mention | None, opened: str) -> Setting:
        """This document's Setting for one sentence: its `focus` and `opened`. (Built whole, not by
        dataclasses.replace: once a sentence, and replace costs several times more.)"""
        return Setting(dateline=self.dateline, lead=self.lead, dateline_date=self.dateline_date,
                       published=self.published, envoy=self.envoy, focus=focus, people=self.people, opened=opened)



def setting(views: list[SentenceView], dateline: Mention | None, published: PartialDate | None) -> Setting:
    """The document's Setting: its dateline city and date, and its publication date."""
    lead = next((v for v in views if dateline and v.sentence.start <= dateline.start < v.sentence.end), None)
    own = lead  # the sentence the dateline stands in, which holds its date
    if dateline and (dateline.cue == "byline dateline" or lead and not _LOWER_WORD.search(
            lead.text, dateline.end, lead.sentence.end)):
        # "Kuda Bwititi in BEIJING, China", "MOSCOW, May 3. /TASS/.": the sentence after it
        lead = next((v for v in views if v.sentence.start > dateline.end and v.sentence.start >= (
            lead.sentence.end if lead else 0)), None)
    dateline_date = next((d for v in (own, lead) if v is not None and dateline is not None for d in v.dates
                          if 0 <= d.start - dateline.end < 4), None)
    return Setting(
        dateline, (lead.sentence.start, lead.sentence.end) if lead else (-1, -1), dateline_date,
        published if published and published.precision in ("day", "month") else None,
    )



def event_date(text: str, view: SentenceView, start: int, end: int, in_lead: bool, where: Setting,
               trigger_at: int = -1):
    """The date an event clause states, and how it is known: a date in the clause; else one
    the clause's sentence gives after a relative clause that cut it ("X received Y, who is
    visiting Vietnam, in Hanoi on Wednesday"); else, in the lead sentence, the dateline's."""
    dates = [d for d in view.dates if start <= d.start and d.end <= end and d is not where.dateline_date
             and (_SINCE_DAY.search(text, max(start, d.start - 8), d.end) and d.date.precision == "day" or
                  not _SINCE.search(text, start, d.start) and not d.text.lower().startswith("since"))
             and not (d.date.precision == "year" and _OCCASION_OF.search(text, max(start, d.start - 50), d.start))
             and not (d.date.precision == "year" and (trip := _YEAR_OF_TRIP.match(text, d.end)) and
                      trip.end() <= trigger_at and not _ON_THE_TRIP.search(text, max(start, d.start - 30), d.start))
             and not (0 <= trigger_at < d.start and _SAID_ON.search(text, max(start, d.start - 30), d.start))]
    # "since they began ties in 1984", "the first since 2019": a period's start, not the event's day;
    # "... will meet with X, a spokesperson said on Thursday": the day it was said, after the event's verb
    if not dates and end < view.sentence.end and "who" in text[end : end + 8]:
        resume = text.find(",", end + 5, view.sentence.end)  # where the relative clause ends
        # "received Y, who is visiting Vietnam, in Hanoi on Wednesday": the date right after it.
        dates = [d for d in view.dates if resume > 0 and 0 < d.start - resume < 30 and d is not where.dateline_date]
    if (len(dates) > 1 or dates and dates[0].end <= trigger_at) and _IN_RELATIVE.search(
            text, max(start, dates[0].start - 40), dates[0].start):
        # "The delegation that arrived on Sunday met X on Monday": the meeting's day; "The delegation
        # which arrived on Sunday held a meeting": no day of the meeting's own
        dates = dates[1:]
    if dates and in_lead and where.dateline_date is not None and dates[0].text.lower() == "today":
        return where.dateline_date, "dateline"  # "Beijing, April 22nd—X met here today": the dateline's day
    if dates:
        return dates[0], ("relative" if dates[0].relative else "text")
    if in_lead and where.dateline_date is not None:
        return where.dateline_date, "dateline"
    return None, ""


# A day counted forward from the day written ("tomorrow", "next week"), whatever the verb's tense.
_FORWARD = re.compile(r"\b(?:tomorrow|next|coming|later this)\b", re.I)


def planned_date(first: DateMention | None, basis: str, where: Setting,
                 planned: bool) -> tuple[DateMention | None, str]:
    """A planned event's date: not the day its report was filed ("BEIJING, April 9 (Xinhua) -- X will meet Y":
    the plan was current then, it does not happen then), and a day counted forward ("will meet Y tomorrow",
    "next week") from the day filed, the dateline's, rather than from the day a site printed the wire."""
    if not planned:
        return first, basis
    if basis == "dateline":
        return None, ""
    if basis == "relative" and first is not None and where.dateline_date is not None and \
            _FORWARD.search(first.text) and (again := find_dates(first.text, where.dateline_date.date)):
        return again[0], basis
    return first, basis


_LOWER_WORD = re.compile(r"\b[a-z]{3,}")  # a sentence of prose, not a dateline standing alone
_SMALL_WORD = re.compile(r"(?<= )(?:Es|De|Da|Do|Del|La|Le|Al|El|Of|The)(?= )")


def dateline_place(text: str, prose_start: int) -> Mention | None:
    """An agency dateline's city ("HANOI, Sept. 6 (Xinhua) --"), where "here" happens."""
    stamp = _DATE_STAMP.match(text, prose_start)
    match = _DATELINE.match(text, stamp.end() if stamp else prose_start)
    if match is None and (second := _NEXT_PARAGRAPH.match(text, prose_start)):
        match = _DATELINE.match(text, second.end())  # a teaser or a caption above it: the wire's second paragraph
    # The reporter's line may stand above the prose, as a heading of its own.
    byline = None if match else _BYLINE_IN.search(text, max(0, prose_start - 80), prose_start + 80)
    match = match or byline
    if not match:
        return None
    city = match.group("city").strip().title()
    # "HÀ NỘI" is Hanoi: try the name as written, without diacritics, then as one word.
    folded = "".join(c for c in unicodedata.normalize("NFKD", city) if not unicodedata.combining(c))
    hit = next((hits[0] for name in (city, folded, folded.replace(" ", "").capitalize(), _SMALL_WORD.sub(
                    lambda small: small.group(0).lower(), city))  # "DAR ES SALAAM": Dar es Salaam
                if (hits := find_places(name)) and hits[0].iso3 and hits[0].end - hits[0].start == len(name)), None)
    if hit is None:
        return None
    return Mention(match.start("city"), match.end("city"), match.group("city"), "place", "place:" + hit.iso3, hit.name,
                   "byline dateline" if byline else "dateline", hit.iso3, "", hit.kind)


def event_places(text: str, after: list[Mention], trigger_at: int, end: int) -> tuple[list[str], str]:
    """Countries where the event happens: places after the trigger that follow a locative word
    or continue a list of them ("visiting Vietnam, Singapore and Malaysia"); a province or
    capital counts as its country; a named region stays a region, unguessed."""
    places, regions = [], []
    previous_end = None  # end of the last accepted place, for list continuation
    for m in after:
        if m.kind != "place" or m.place_kind == "demonym":
            continue
        locative = _LOCATIVE.search(text, max(trigger_at, m.start - 30), m.start)
        if locative and _GOING_BACK.search(text, max(trigger_at, m.start - 30), m.start):
            locative = None
        if locative and locative.group(0).startswith("returned") and locative.start() != trigger_at:
            locative = None  # "details of his trip ... after X returned from Beijing": X's trip, not his
        listed = previous_end is not None and bool(_LIST_JOIN.match(text[previous_end : m.start]))
        # "in Nan Ning, Yunnan, China": a town the gazetteer lacks, then its province or country
        listed = listed or previous_end is None and not possessed(text, m.end) and bool(
            _UNKNOWN_TOWN.search(text, max(trigger_at, m.start - 60), m.start))
        if not (locative or listed):
            previous_end = None
            continue
        previous_end = m.end
        if m.place_kind == "region":
            regions.append(m.region or m.name)
        elif m.iso3:
            places.append(m.iso3)
    for capital in _CAPITAL_OF.finditer(text, trigger_at, end):
        hit = find_places(capital.group("demonym"))
        if hit and hit[0].iso3:
            places.append(hit[0].iso3)
    return places, ("|".join(dict.fromkeys(r for r in regions if r)) if regions else "")


def cameo_mode(kind: str, places: list[str], home: str, away: str) -> str:
    """CAMEO 042/043/044 from where an event happens and whose home that is: host when it is
    the actor's home (or not the visiting counterpart's), third-place when it is neither side's,
    visit when the actor travels; "" when the text does not say. The English and Chinese
    paths both read modes here."""
    if kind == "visit":
        return "visit"  # the actor travels, by definition
    if kind not in ("meeting", "summit") or not places:
        return ""
    if home and all(p == home for p in places):
        return "host"
    if home and away and all(p not in (home, away) for p in places):
        return "third-place"
    if not home and away and all(p != away for p in places):
        return "host"  # "Kim Song Nam met the visiting Chinese delegation in Pyongyang"
    return "visit" if home or away else ""


def home_country(entity, view: SentenceView | None = None) -> str:
    """A participant's country where the text says it: in its own name ("Cuban Communist
    Party"), in a title before a person ("Solomon Islands Prime Minister X"), or China for
    pinyin-named people and Chinese party or state bodies."""
    if entity is None or isinstance(entity, str):
        return ""
    if entity.kind == "person":
        if entity.cue == "pinyin" or is_pinyin_name(entity.name):
            return "CHN"
        if entity.cue == "vietnamese":
            return "VNM"
        return _title_country(view, entity) if view else ""
    return _name_country(entity.name)


@lru_cache(maxsize=4096)
def _name_country(name: str) -> str:
    """The country an organisation's own name places it in; cached, as news copy names the
    same few bodies in sentence after sentence."""
    if is_taiwan_party(name):
        return "TWN"
    hits = [p for p in find_places(name) if p.iso3]
    if hits:
        return hits[0].iso3
    return "CHN" if _CHINESE.search(name) else ""


def _title_country(view: SentenceView, person: Mention) -> str:
    """The country or demonym that opens a person's title: "US Secretary of State X"."""
    places = [m for m in view.mentions if m.kind == "place" and m.iso3 and m.end <= person.start]
    if places and _TITLE_BETWEEN.fullmatch(view.text, places[-1].end, person.start):
        if (post := posted_before(view.text, places[-1].start)) < 0:
            return places[-1].iso3
        # "Cambodian Ambassador to China X": the country he is posted to is not his own; the demonym before is
        # (the last place ending before the post, not the country of an "Ambassador of X" inside it)
        own = next((m for m in reversed(places) if m.end <= post), None)
        return own.iso3 if own and _CAPITALS.fullmatch(view.text, own.end, post) else ""
    if places and view.text[places[-1].end:person.start] == " " and places[-1].place_kind != "demonym" and \
            _POST_OF_BEFORE.search(view.text, max(0, places[-1].start - 60), places[-1].start) and \
            posted_before(view.text, places[-1].start) < 0:
        return places[-1].iso3  # "Deputy Speaker of the Legislative Chamber of Uzbekistan X": the post's country
    # "Vice President of the PSUV Diosdado Cabello", "ANC chairman X": the body whose post the title names
    body = next((m for m in reversed(view.mentions) if m.kind == "organization" and m.end <= person.start), None)
    if body and _POST_AFTER_BODY.fullmatch(view.text, body.end, person.start) and (
            country := body.iso3 or _name_country(body.name)):  # "... of the Senate of the Oliy Majlis of Uzbekistan X"
        return country
    return _apposed_country(view, person)


# "César Villanueva, Prime Minister of Peru, met ...": a post "of" a country in the appositive after the name.
_POST_OF = re.compile(r"\s*(?:[A-Z][a-z]+\s+|vice\s+|deputy\s+|former\s+|prime\s+|president\s+|minister\s+|speaker\s+|"
                      r"chairman\s+|chairperson\s+|secretary\s+|general\s+){1,4}of\s+(?:the\s+)?$")


def _apposed_country(view: SentenceView, person: Mention) -> str:
    """The country whose post the appositive right after a person names ("X, Prime Minister of Peru,")."""
    phrase = next(((start, end) for start, end, described in view.appositives if described is person), None)
    if phrase is None:
        return ""
    return next((m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym" and
                 phrase[0] <= m.start < phrase[1] and _POST_OF.fullmatch(view.text, phrase[0], m.start)), "")


_POST_AFTER_BODY = re.compile(r"(?:\s+[a-z-]+){0,3}\s+")


_HOSTING = CuedPattern(r"\b(?:the visiting|received|hosted|welcomed|met here)\b",
                       ("the visiting", "received", "hosted", "welcomed", "met here"))


def clause_mode(clause: str, kind: str, places: list[str], home: str, away: str) -> str:
    """CAMEO 042/043/044 from the clause: "received", "hosted", "the visiting" say host."""
    coded = cameo_mode(kind, places, home, away)
    hosting = _HOSTING.search(clause) if kind in ("meeting", "summit") else None  # a visit is always "visit"
    # "Song Tao met here" is a host's meeting in Beijing but a visitor's in Tokyo: "here" is the
    # dateline's city, so where the actor's home is known the places decide.
    if hosting and not (hosting.group(0) == "met here" and coded in ("visit", "third-place")):
        return "host"
    return coded


def report_envoy(mentions: list[Mention]) -> Mention | None:
    """The Chinese person a report names most (the first named on a tie)."""
    counts: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "person" and m.entity_id and home_country(m) == "CHN":
            counts.setdefault(m.entity_id, []).append(m)
    return max(counts.values(), key=len)[0] if counts else None
