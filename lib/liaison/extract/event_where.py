"""Where an English event clause happens: the places it names after its verb (or before it,
"During his visit to X"), where a participant's relative clause says he is staying, the
dateline's city for the lead sentence or "here", or the trip it belongs to."""
from __future__ import annotations

import re
from typing import Protocol

from liaison.extract.context import CuedPattern, SentenceView
from liaison.extract.dates import DateMention
from liaison.extract.delegations import DELEGATION_SUBJECT
from liaison.extract.event_clauses import visiting_side
from liaison.extract.event_setting import IN_AT, SIDELINES, Setting, event_places, home_country
from liaison.extract.event_sides import described_organization
from liaison.extract.mentions import Mention
from liaison.extract.modality import REPORTED
from liaison.extract.postings import POSTED_ABROAD, posted_before, posting_before
from liaison.extract.triggers import CALL_ON, COURTESY_CALL, find_trigger, held_virtually

# A verb joined to the one before ("visited Uzbekistan and attended"), or a ", where" clause on its trip.
_AND = r"\band\s+(?:also\s+)?"
AND_JOINED = re.compile(rf"{_AND}$")  # a second verb of the same subject ("met A and held talks with B")
JOINED = re.compile(rf"(?:{_AND}|,\s+(?:where|during which)\s+)$")  # ... or a clause told of the last one
JOINED_BACK = 20  # how far back from a clause JOINED is looked for: ", during which " and its spaces
_STAYING_IN = re.compile(r"(?:is|was|are|were)\s+(?:currently\s+|now\s+|also\s+)?in\s+(?:the\s+)?")
_STAYING = re.compile(r"(?:is|was|are|were|has arrived|had arrived|arrived)\b")
_DURING_VISIT_TO = CuedPattern(
    r"\b(?:[Dd]uring|[Oo]n\s+the\s+(?:[\w-]+\s+)?(?:day|leg)\s+of)\s+(?:his|her|their|the|its|a)\s+(?:[\w-]+\s+){0,2}"
    r"(?:visit|trip|tour|stay)\s+(?:to|in)\s+"  # "On the second day of his visit to China, X met ..."
    # "Upon arrival in Vientiane on Monday, X was received by Y"
    r"|\b(?:[Uu]pon|[Oo]n|[Aa]fter)\s+(?:(?:his|her|their|its|the\s+delegation's)\s+)?arrival\s+(?:in|at)\s+",
    ("uring", "arrival", "day of", "leg of"),
)
# "On Tuesday in Beijing, X met ...", "In Beijing on May 14, X met ...": a day may stand on either side of the place.
_FRONTED_DAY = r"(?:[Oo]n|[Ll]ast|[Tt]his)\s+[A-Z][a-z]+(?:\s+\d{1,2})?"
_FRONTED_PLACE = re.compile(
    rf"\s*(?:(?:Later|Earlier|Also|While|Meanwhile|Then),?\s+)?(?:{_FRONTED_DAY},?\s+)?(?:[Ii]n|[Aa]t)\s+(?:the\s+)?")
_FRONTED_END = re.compile(rf"(?:\s+{_FRONTED_DAY})?,")
_SPEECH = re.compile(r"\b(?:said|says|told|noted|stated|added|announced|reported)\b")
_INVITED_BY = CuedPattern(r"\s(?:at|on|upon)\s+the\s+invitation\s+(?:of|from)\s+(?:the\s+)?", ("invitation",))
_RESUMED_IN = re.compile(r",\s+(?:in|at)\s+(?:the\s+)?")
_WHO_IS_IN = re.compile(r",?\s*who\s+(?:is|are)\s+(?:currently\s+|now\s+)?(?:leading|heading|attending|in\s+(?=[A-Z])|"
                        r"here\b)(?:[^;.()]|(?<=[A-Z])\.){0,160}?\bin\s+(?:the\s+)?|,?\s*who\s+(?:is|are)\s+(?:currently\s+|now\s+)?in\s+")
_THE_VISITING = CuedPattern(r"\b(?:the|a)\s+visiting\b", ("visiting",))
_VISITING_APPOSED = re.compile(r",\s+(?:the|a)\s+visiting\b")
_VISITING_BEFORE = re.compile(r"\b(?:the|a)\s+visiting\s+$")  # "met the visiting People's Party delegation of X"
_HERE = CuedPattern(r"\bhere\b", ("here",))
# "Dai made the remarks here while meeting with ...": "here" in the clause before "while" places the meeting.
_HERE_WHILE = CuedPattern(r"\bhere\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?(?:while|when)\s+(?:meeting|meets|met|"
                          r"holding|receiving|attending|addressing)\b", ("here",))
# "met X at the JVP head office", "at the NPP Colombo District Office": where a party's office is.
_AT_THE = re.compile(r"\bat\s+(?:the|its|their)\s+$")
_OFFICE = re.compile(
    r"\s+(?:head\s*office|headquarters|offices?|secretariat)\b|(?<=Office)|(?<=Headquarters)|(?<=Secretariat)"
)
_DURING_TRIP = CuedPattern(
    r"\b(?:[Dd]uring|[Oo]n the sidelines of) (?:the|his|her|their|this|that) (?:visit|trip|tour|stay)\b"
    r"|\A\W*during which\b",  # "will visit China from May 12 to 18, during which he will meet X": on that visit
    ("uring", "n the sidelines of"),
)


# "At the invitation of parties of Kiribati, Solomon Islands and Papua New Guinea, X led a delegation to visit
# the three countries": the countries the sentence has named, where it named as many as it counts.
_THE_N_COUNTRIES = CuedPattern(r"\s(?:the|these|those)\s+(?P<n>two|three|four|five|six)\s+(?:countries|nations)\b",
                               ("countries", "nations"))
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_A_DELEGATION = CuedPattern(r"\b(?:with|received|receives|hosted)\s+(?:a|the)\s+(?:visiting\s+)?(?:[A-Z][\w-]*\s+)?"
                            r"delegation(?:\s+(?:of|from)\b|,?\s+(?:led|headed)\s+by\b)", ("delegation",))
_THE_BEFORE = re.compile(r"\w+\s+the\s+")
_A_PROVINCE = re.compile(r"\s+(?:province|capital|city|countryside|mainland)\b")
_THE_COUNTRY = re.compile(r"\b(?:visit(?:ed|ing)?|tour(?:ed|ing)?)\s+the\s+country\b")


def counted_countries(text: str, view: SentenceView, trigger_at: int, end: int) -> list[str]:
    """The countries "the three countries" after a visit's verb stands for: those its sentence named before."""
    counted = _THE_N_COUNTRIES.search(text, trigger_at, end)
    if not counted:
        return []
    # Its countries or its parties' ("At the invitation of the People's Party of Uzbekistan and ..."), not China.
    named = list(dict.fromkeys(m.iso3 for m in view.mentions if m.iso3 and m.iso3 != "CHN" and m.end <= trigger_at
                               and m.cue != "dateline" and (m.kind == "organization" or m.kind == "place"
                                                            and m.place_kind != "demonym")))
    return named if len(named) == _COUNT[counted.group("n")] else []

# "The delegation ... started the visit on Saturday": the report's visit, told again with its first day.
_STARTED_TRIP = CuedPattern(
    r"\b(?:started|starts|began|begins|kicked off|commenced)\s+(?:the|its|his|her|their|this)\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b", ("start", "began", "begins", "kicked", "commenced"))


class Trip(Protocol):
    """The latest visit a report told, as events.Event holds it."""
    actor_id: str
    places: str
    region: str
    start_char: int
    status: str


def _the_country(text: str, view: SentenceView, trigger_at: int, end: int) -> list[str]:
    """"At the invitation of the RNI of Morocco, X led a delegation to visit the country": the country the
    sentence named before the verb (not a demonym)."""
    if not _THE_COUNTRY.search(text, trigger_at, min(end, trigger_at + 60)):
        return []
    return next(([m.iso3] for m in reversed(view.mentions) if m.end <= trigger_at and m.iso3 not in ("", "CHN")
                 and m.kind in ("place", "organization") and m.place_kind != "demonym"), [])


def _the_province(text: str, after: list[Mention], trigger_at: int) -> list[str]:
    """"visited the Chinese province last month": the demonym's country."""
    return [m.iso3 for m in after if m.place_kind == "demonym" and m.iso3 and m.start - trigger_at < 30 and
            _THE_BEFORE.fullmatch(text, trigger_at, m.start) and _A_PROVINCE.match(text, m.end)][:1]


# "Chinese Ambassador to Zimbabwe X met ...": an ambassador meets where he is posted, when the clause says nowhere
def _posted_to(text: str, view: SentenceView, start: int, trigger_at: int, sides: tuple) -> list[str]:
    """"A and incoming Chinese Ambassador to Zimbabwe B met": the country an ambassador before the verb is posted to,
    not a former one, and not China unless a side is Chinese (Kenya's ambassador to China calling on a deputy
    president of no country told is not in China: a Chinese host's title tells his country)."""
    homes = {home_country(side, view) for side in sides}
    return next(([m.iso3] for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"
                 and start <= m.start < trigger_at and _posting_placed(m.iso3, homes) and
                 (posted := posted_before(text, m.start, start)) >= 0
                 and not _FORMER.search(text, max(0, posted - 30), posted)), [])


def _posting_placed(posting: str, homes: set[str]) -> bool:
    """An ambassador's posting places his meeting when a side is of that country, or the posting is abroad (a
    Chinese ambassador meeting locals) and a side's country is not told."""
    return posting in homes or (posting != "CHN" and "" in homes)


# "met with Cambodian Ambassador to China X", "Chinese Ambassador X met party leader Y at the party headquarters": an
# ambassador on either side meets in his posting (the country "to" names), else at home for the other side.
def _ambassador_abroad(text: str, view: SentenceView, actor, counterpart, posted_only: bool = True) -> list[str]:
    """Where an ambassador named with his post right before his name meets the other side: in the country he is
    posted "to", else (not `posted_only`: where no trip or dateline places it) in the other side's country when it
    is not his own."""
    for side, other in ((actor, counterpart), (counterpart, actor)):
        if not isinstance(side, Mention) or side.kind != "person" or not (
                posted := posting_before(text, side.start)):
            continue
        to = posted.to and next((m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and
                                 m.start == posted.to_start and m.place_kind != "demonym"), "")
        described = described_organization(view, other)  # "met Y, chairman of the Patriotic Front of Zambia"
        home = home_country(other, view) or (described.iso3 if described is not None else "")
        if home and home == home_country(side, view) or _FORMER.search(text, max(0, posted.start - 30), posted.start):
            return []  # "Chinese Ambassador to Zambia X met Vice Minister Y" on home leave; "Former Ambassador"
        # (posted "to" the other side's country: a compatriot, or a side of no known country, may meet him anywhere)
        return [to] if to and _posting_placed(to, {home}) else (
            [home] if home and not posted_only else [])
    return []


_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Tt]hen)\s*-?\s*(?:[A-Z][a-z]+\s+)?$")


# "attend the 18th congress of the KKE", "the National Congress of the Socialist Party of Chile": a party's (a body's)
# congress is held in its country.
_CONGRESS_OF = re.compile(r"\b(?:[Cc]ongress|[Cc]onvention|[Pp]lenum)\s+of\s+(?:the\s+)?$")


def _party_congress(text: str, after: list[Mention], end: int) -> list[str]:
    """The country of the party whose congress the clause names, where it names no place."""
    return next(([m.iso3] for m in after if m.kind == "organization" and m.iso3 and m.end <= end and
                 _CONGRESS_OF.search(text, max(0, m.start - 20), m.start)), [])


# "Xu met with the study group of young politicians of the Party of the European Left headed by X": a Chinese host
# meeting a foreign group, where nothing else places it, meets at home.
_A_GROUP = CuedPattern(r"\b(?:with|received|receives|hosted|met)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:delegation|"
                       r"group|team|mission)\b[^;.]{0,160}?\b(?:led|headed)\s+by\s", ("led by", "headed by"))


def _group_in_china(text: str, view: SentenceView, span: tuple[int, int], actor, counterpart) -> list[str]:
    """China, where a Chinese side met a group led by a foreign one, the clause and its report placing it nowhere."""
    trigger_at, end = span
    if not isinstance(counterpart, Mention) or home_country(actor, view) != "CHN" or \
            home_country(counterpart, view) == "CHN" or not _A_GROUP.search(text, trigger_at, end) or \
            _HERE.search(text, view.sentence.start, end) or \
            isinstance(actor, Mention) and POSTED_ABROAD.search(text, max(view.sentence.start, actor.start - 80),
                                                                 actor.start):
        return []  # "met here": where the dateline, not told, is
    return ["CHN"]


def _one_home(view: SentenceView, actor, counterpart) -> bool:
    """Both sides of one country ("Ambassador to Kenya X met Vice Minister Y" on home leave): no posting places it."""
    home = home_country(actor, view)
    return bool(home) and home == home_country(counterpart, view)


def _hosts_home(text: str, view: SentenceView, span: tuple[int, int, int], actor, counterpart) -> list[str]:
    """"Egyptian Prime Minister X met with a delegation of the CPC": a host whose title gives his country meets
    a delegation from another at home; not an ambassador or envoy, posted abroad."""
    start, trigger_at, end = span
    if not _A_DELEGATION.search(text, trigger_at, end) or POSTED_ABROAD.search(text, start, trigger_at):
        return []
    home = home_country(actor, view)
    return [home] if home and home_country(counterpart, view) not in ("", home) else []


def _resumed_or_invited(text: str, view: SentenceView, kind: str, span: tuple[int, int], actor) -> list[str]:
    """The place of a clause that names none before its end: "met X, who heads the NPC, in Budapest" (right after
    the relative clause that cut it); "The Cuban delegation is visiting at the invitation of the CPC" (the inviting
    body's country, where the visitor is not from it)."""
    trigger_at, end = span
    if kind in ("meeting", "summit") and end < view.sentence.end and "who" in text[end:end + 8]:
        resume = text.find(",", end + 5, view.sentence.end)
        return [m.iso3 for m in view.mentions if resume > 0 and m.kind == "place" and m.iso3 and
                m.place_kind != "demonym" and _RESUMED_IN.fullmatch(text, resume, m.start)][:1] or [
            # "met with X, who is leading a U.S. delegation for the Dialogue in Beijing on Monday": where the one met
            # is, the relative clause saying where he is or leads a delegation to (not "who visited Beijing in 2019")
            m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym" and
            end < m.start and _WHO_IS_IN.fullmatch(text, end, m.start)][:1]
    if kind == "visit" and (invited := _INVITED_BY.search(text, trigger_at, end)):
        host = next((m for m in view.mentions if m.start == invited.end() and m.iso3 and m.kind != "person"), None)
        return [host.iso3] if host is not None and home_country(actor, view) != host.iso3 else []
    return []


def event_where(text: str, view: SentenceView, kind: str, span: tuple[int, int, int], after: list[Mention], sides,
           where: Setting, trip: Trip | None, visiting: dict[str, list[str]]):
    """Where a clause's event happens, as (places, region, the trip it is part of): the places
    the clause names after its verb, or before it in "During his visit to X"; else where a
    participant's relative clause says he is staying; else the dateline's city for the lead
    sentence or "here"; else the trip it belongs to ("during the visit", "He also held talks")."""
    start, trigger_at, end = span
    actor, counterpart = sides
    clause = text[start:end]
    virtual = held_virtually(clause)
    in_lead = where.lead[0] <= start < where.lead[1]
    places, region = event_places(text, after, trigger_at, end)
    places = places or _resumed_or_invited(text, view, kind, (trigger_at, end), actor) or (
        _party_congress(text, after, end) if kind == "summit" else [])
    if not places and kind == "visit":  # "the official China visit": the country names the visit
        places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"
                  and m.end == trigger_at - 1]
    if not places and kind == "visit":
        places = counted_countries(text, view, trigger_at, end)
    places = places or (_the_country(text, view, trigger_at, end) or _the_province(text, after, trigger_at)
                        if kind == "visit" else [])
    if not places and (tour := _DURING_VISIT_TO.search(text, start, trigger_at)):
        # "During his visit to Pakistan, Zheng met ...": the place comes before the verb.
        stop = text.find(",", tour.end(), trigger_at)
        places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and tour.end() <= m.start
                  and m.end <= (stop if stop > 0 else trigger_at)]
    if not places and (fronted := _FRONTED_PLACE.match(text, start, trigger_at)) and \
            not _SPEECH.search(text, fronted.end(), trigger_at):  # "In Berlin, a spokesman said X had met Y"
        # "In Hanoi, Liu also met ...": the place the clause opens on.
        places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"
                  and m.start == fronted.end() and _FRONTED_END.match(text, m.end)]
    if not places and (aside := SIDELINES.search(text, start, trigger_at)):
        # "On the sidelines of the forum in Urumqi, Chen met ...": where the gathering is held.
        places = [m.iso3 for m in view.mentions if m.kind == "place" and m.iso3 and m.place_kind != "demonym"
                  and aside.start() <= m.start < aside.end() and IN_AT.search(text, m.start - 4, m.start)]
    if not places and kind in ("meeting", "summit"):
        places = next(([m.iso3] for m in after if m.kind == "organization" and m.iso3 and m.start < end and
                       _AT_THE.search(text, max(0, m.start - 12), m.start) and _OFFICE.match(text, m.end)), [])
    if not places and kind in ("meeting", "summit"):
        sides = [side.entity_id for side in (actor, counterpart) if isinstance(side, Mention)]
        places = next((visiting[side] for side in sides if side in visiting), [])
    if not places and kind == "meeting" and _THE_VISITING.search(clause):
        places = _visited_home(text, view, actor, counterpart)
    places = places or (_hosts_home(text, view, (start, trigger_at, end), actor, counterpart) or (
        [] if virtual or _one_home(view, actor, counterpart) else
        _posted_to(text, view, start, trigger_at, (actor, counterpart)) or
        _ambassador_abroad(text, view, actor, counterpart)) if kind == "meeting" else [])
    if not places and kind == "meeting" and DELEGATION_SUBJECT.match(text, start, trigger_at) and \
            not POSTED_ABROAD.search(text, trigger_at, counterpart.start if isinstance(counterpart, Mention)
                                     else trigger_at) and (
            home := home_country(counterpart, view)) and home_country(actor) not in ("", home):
        places = [home]  # "Subsequently, the delegation met with Venezuelan Foreign Minister X": in the host's country
    dateline = None if virtual else where.dateline
    if not places and kind in ("meeting", "summit") and dateline is not None and (
            visitor := visiting_side(text, (actor, counterpart), start)) and \
            home_country(visitor, view) != dateline.iso3:
        places = [dateline.iso3]  # "PHNOM PENH (Xinhua) -- ... visiting CPC official Zhou met X": there
    if not places and kind == "meeting" and dateline is not None and \
            dateline.iso3 not in ("", "CHN") and DELEGATION_SUBJECT.match(text, start, trigger_at) and \
            "CHN" in (home_country(actor), home_country(counterpart, view)) and not (
            trip and "|" in trip.places and dateline.iso3 in trip.places.split("|")):
        places = [dateline.iso3]  # "PORT MORESBY, Oct. 31 -- ... The delegation also met with X": there
        # (not on a tour of several countries the wire is filed from one of: the tour's stop, tour_stop says which)
    if not places and dateline is not None and (
        _HERE.search(clause) or in_lead and kind in ("meeting", "summit", "agreement")
        or _HERE_WHILE.search(text, view.sentence.start, end)
        # "PORT MORESBY -- ... During his stay, Hu also met X": a stay where the wire is, no trip told
        or not trip and kind == "meeting" and _DURING_TRIP.search(clause) is not None
        and home_country(actor) not in ("", dateline.iso3)
    ):
        places = [dateline.iso3]  # "HANOI, April 3 (VNA) -- X received Y": in Hanoi
    # "during the visit", or a verb joined to the visit's own ("visited Uzbekistan and attended a forum").
    joined = trip and trip.start_char == view.sentence.start and JOINED.search(text, max(0, start - JOINED_BACK), start)
    during = trip if trip and (_DURING_TRIP.search(clause) or joined or _STARTED_TRIP.search(clause)) else None
    if during and not (places or region):
        places, region = [p for p in during.places.split("|") if p], during.region
    elif not (places or region) and trip and kind in ("meeting", "summit") and not virtual and trip.status == REPORTED \
            and trip.actor_id in {side.entity_id for side in (actor, counterpart) if isinstance(side, Mention)}:
        places = [p for p in trip.places.split("|") if p]  # "He also held talks with X": on the trip reported
        # "In Papua New Guinea, X met the delegation. The delegation also met Y": in the tour's country last opened on
        places = [where.opened] if len(places) > 1 and where.opened in places else places
    places = places or ([] if region or kind != "meeting" or virtual else
                        _receivers_home(text, view, trigger_at, actor, counterpart) or
                        _met_at_the_dateline(view, where, actor, counterpart) or
                        _ambassador_abroad(text, view, actor, counterpart, False) or
                        _group_in_china(text, view, (trigger_at, end), actor, counterpart))
    return places, region, during


# "Cambodian Prime Minister X received Y", "Y was received by X" (X the actor then), "Y called on Prime Minister X":
# the side who receives or is called on is at home, when his title gives his country and the guest is not from it.
# (not "received a letter of support from X", "received the credentials from X": a thing, no guest)
# ... "X met at his office with Y": the one whose office it is hosts.
_RECEIVES = re.compile(r"(?:received|receives|receiving|hosted|hosts|welcomed|welcomes|Received|Welcomed|Receiving|"
                       r"met\s+(?:[\w-]+\s+)?at\s+(?:his|her)\s+(?:official\s+)?(?:office|residence)\s+with)\b"
                       r"(?!\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:letter|message|credentials|award|support|"
                       r"call|donation|gift|copy|report)s?\b)")
_CALLED_ON = re.compile(rf"(?:{CALL_ON}|{COURTESY_CALL})\b")


def _met_at_the_dateline(view: SentenceView, where: Setting, actor, counterpart) -> list[str]:
    """"VIENTIANE (Xinhua) -- ... Zhao Shitong met Lao Vice President X on Saturday": a Chinese side meeting one whose
    title gives the dateline's (foreign) country meets there, anywhere in the report."""
    home = where.dateline.iso3 if where.dateline is not None else ""
    sides = {home_country(actor, view), home_country(counterpart, view)}
    return [home] if home not in ("", "CHN") and sides == {"CHN", home} else []


def _receivers_home(text: str, view: SentenceView, trigger_at: int, actor, counterpart) -> list[str]:
    """Where a meeting the clause places nowhere happens by its verb: at home for whoever receives or is called on,
    not an ambassador named by his post (posted abroad)."""
    host, guest = (actor, counterpart) if _RECEIVES.match(text, trigger_at) else (
        (counterpart, actor) if _CALLED_ON.match(text, trigger_at) else (None, None))
    home = home_country(host, view) if isinstance(host, Mention) and host.kind == "person" else ""
    if home and host is not None and posting_before(text, host.start, view.sentence.start) is not None:
        return []  # "Ambassador Wang welcomed General X to the embassy": an envoy receives where he is posted
    return [home] if home and home != home_country(guest, view) else []


def _visited_home(text: str, view: SentenceView, actor, counterpart) -> list[str]:
    """The hosts' home where the clause calls the other side "the visiting": "Leaders of the CPP met the visiting
    CPC delegation"; "met with X, the visiting secretary general of ...", "met the visiting People's Party
    delegation of Cambodia": X is the guest, whatever X's home."""
    home = home_country(actor)
    if home and isinstance(counterpart, Mention) and (_VISITING_APPOSED.match(text, counterpart.end) or
                                                      _VISITING_BEFORE.search(text, max(0, counterpart.start - 20),
                                                                              counterpart.start)):
        return [home]
    guest = home_country(counterpart, view)
    return [home] if home and guest and home != guest else []


def opening_place(text: str, view: SentenceView) -> str:
    """The country a sentence opens on: "In Kiribati, the delegation met ..." -> KIR."""
    fronted = _FRONTED_PLACE.match(text, view.sentence.start, view.sentence.end)
    return next((m.iso3 for m in view.mentions if fronted and m.kind == "place" and m.iso3 and m.start == fronted.end()
                 and m.place_kind != "demonym" and text.startswith(",", m.end)), "")


def visiting_places(text: str, view: SentenceView, parts) -> dict[str, list[str]]:
    """Where a relative clause says its person is staying ("received Song Tao, who was visiting
    Cuba"): where that person's meeting in the same sentence happens."""
    out = {}
    for start, end, subject in parts:
        if subject is not None and (staying := _STAYING_IN.match(text, start)) and (here := next(
                (m for m in view.mentions if m.kind == "place" and m.iso3 and m.start == staying.end()), None)):
            out[subject.entity_id] = [here.iso3]  # "met X, who is in Beijing for the dialogue, on Monday"
            continue
        if subject is None or not _STAYING.match(text, start) or (found := find_trigger(text[start:end])) is None \
                or found[0] != "visit":
            continue  # "who went on a mission to China in April" tells of another trip
        trigger_at, trigger_end = start + found[1].start(), start + found[1].end()
        after = [m for m in view.free_mentions if trigger_end <= m.start and m.end <= end]
        if places := event_places(text, after, trigger_at, end)[0]:
            out[subject.entity_id] = places
    return out


# "to visit South Africa from Wednesday to Saturday and Uruguay from Monday to Tuesday": a tour whose
# countries have days of their own is one visit per country.
_NEXT_LEG = re.compile(r"\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)(?:to\s+)?$")
_LEG_DATE = re.compile(r"\s+(?:(?:from|on|between)\s+)?")


def tour_legs(text: str, view: SentenceView, after: list[Mention], places: list[str]):
    """The further countries of a tour told with their own days, as (ISO3, date) pairs: each
    follows the days of the country before it with "and", and its own days follow it."""
    legs: list[tuple[str, DateMention]] = []
    previous = None  # the date of the leg before
    for m in after:
        if m.kind != "place" or not m.iso3 or m.place_kind == "demonym":
            continue
        own = next((d for d in view.dates if d.start > m.end and _LEG_DATE.fullmatch(text, m.end, d.start)), None)
        if own is None:
            continue
        if m.iso3 in places and not legs:
            previous = own
            continue
        if previous is None or m.iso3 in places or not _NEXT_LEG.fullmatch(text, previous.end, m.start):
            break
        legs.append((m.iso3, own))
        previous = own
    return legs


def tour_stop(events) -> None:
    """A meeting placed on a tour of several countries ("led a delegation to visit Kyrgyzstan and Uzbekistan ...
    They met with the Speaker of the Kyrgyz Parliament, X") is in the one of them its foreign side is from, and so is
    the next one the same sentence lists whose side's country it does not tell."""
    last = None  # the meeting just placed so: a list's next side whose country is untold is where it was
    for event in events:
        if event.kind != "meeting" or "|" not in event.places:
            continue
        if event.counterpart_country and event.counterpart_country in event.places.split("|"):
            event.places, last = event.counterpart_country, event
        elif not event.counterpart_country and last is not None and last.start_char == event.start_char and \
                last.actor_id == event.actor_id:  # "the Speaker of the Kyrgyz Parliament, A, State Secretary B"
            event.places = last.places
