"""The foreign-party registry (`data/parties.csv`) and periods in government (`data/party_government.csv`).

Each party row has a source and a status (verified | unverified); see docs/parties.md for how the
registry was built. `in_government` answers from the listed periods only: a party with no period
listed is "unknown", never "no". `is_taiwan_party` tells Taiwan's parties by name, in either script, for the
English and the Chinese paths alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import pandas as pd

from liaison.reference.hanzi import simplified
from liaison.reference.lists import find_in, read_data
from liaison.reference.places import find_places, iso3_for

FAMILIES = (
    "communist", "socialist/social-democratic", "liberation movement", "nationalist",
    "conservative", "liberal", "green", "other",
)


@lru_cache(maxsize=1)
def parties() -> pd.DataFrame:
    return read_data("parties.csv")


@lru_cache(maxsize=1)
def party_government() -> pd.DataFrame:
    return read_data("party_government.csv")


def in_government(party_id: str, date_iso: str) -> str:
    """"yes" if `date_iso` (YYYY, YYYY-MM or YYYY-MM-DD) falls inside a listed period of the party,
    "no" if the party has periods and the date is outside all of them, "unknown" otherwise.

    A start is inclusive, an end exclusive (the day power passed on). Dates are compared at the
    precision both sides share, so a year-only date inside a start or end year is "yes": the party
    governed for at least part of that year."""
    date_iso = (date_iso or "").strip()
    periods = _periods().get(party_id, ())
    if not date_iso or not periods:
        return "unknown"
    return "yes" if any(_after_start(date_iso, p.start) and _before_end(date_iso, p.end) for p in periods) else "no"


@lru_cache(maxsize=1)
def _periods() -> dict[str, tuple]:
    """Each party's periods in government, looked up per event: a dict, not a frame filter."""
    out: dict[str, list] = {}
    for row in party_government().itertuples():
        out.setdefault(row.party_id, []).append(row)
    return {party_id: tuple(rows) for party_id, rows in out.items()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return dict(zip(parties().party_id, parties().iso3))


def _cut(a: str, b: str) -> tuple[str, str]:
    n = min(len(a), len(b))
    return a[:n], b[:n]


def _after_start(date: str, start: str) -> bool:
    if not start:
        return True
    d, s = _cut(date, start)
    return d >= s


def _before_end(date: str, end: str) -> bool:
    if not end:
        return True
    d, e = _cut(date, end)
    if len(date) < len(end) or len(end) < len(date):
        return d <= e  # the shared prefix is the end's year or month: in government for part of it
    return d < e


@dataclass(frozen=True, slots=True)
class PartyForm:
    """What one written form can name: its parties, and whether the text must also name the
    party's country before the form is read as that party (a form several parties share, one the
    registry qualifies "PS (France)", or a name made only of generic party words)."""

    party_ids: tuple[str, ...]
    needs_country: bool


# Words that do not say which party is meant: words any party may carry (a name made only of
# them, "Democratic Alliance" or "National Rally", is several countries' party), common words a
# party took as its name ("Renaissance" is also the Ethiopian dam, "FAST" China's telescope,
# "Amal" a first name) and acronyms news copy uses for something else ("PRC", "ABC", "KPL").
_GENERIC_WORDS = frozenset(
    """party parties people's peoples popular democratic democrats democracy national front liberation movement
    justice revolution revolutionary united unity union socialist socialism communist alliance congress power
    new progressive progress liberal liberals conservative labour labor workers' workers republican freedom free
    renewal development solidarity green greens social christian patriotic left right reform citizens civic
    centre center action independence league coalition forward together of the for and in
    rally force ideas goals achieving now now! contract pact historic equity our bloc seed liberty advances
    proposal self-determination platform nationals civil european europe renaissance jubilee moderates
    moderate fast vox amal morena libre semilla sumar venstre maki
    abc prc cdc inc iaf kpl tgv pes unc ods bsp sds pfp lds crc pdp""".split()
)
_GENERIC_ZH = sorted(
    """社会主义 国民大会 民主 人民 国民 全国 统一 联盟 阵线 运动 前进 正义 解放 力量 社会 自由 进步 革命 共和
    劳动 工人 发展 大会 团结 公民 变革 行动 联合 国家 民族 爱国 共产 改革 复兴 党 新 联 盟
    民盟 民阵 人阵 劳工 左翼 社民 公正 公平 红 白""".split(),
    key=len, reverse=True,
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# British and American spellings of the words party names share: a copy may use either.
_SPELLINGS = (("Organisation", "Organization"), ("Organization", "Organisation"), ("Centre", "Center"),
              ("Center", "Centre"), ("Defence", "Defense"), ("Defense", "Defence"))
_QUALIFIED = re.compile(r"(?P<form>.+?) ?\((?P<inner>[^()]+)\)")
_DROPPED = re.compile(r"ambiguous forms dropped: (?P<forms>[^;\"]+)")


@lru_cache(maxsize=1)
def party_forms() -> dict[str, PartyForm]:
    """Every English and Chinese form of every party -> the parties it can name."""
    owners: dict[str, set[str]] = {}
    qualified: set[str] = set()
    for row in parties().itertuples():
        forms = [row.name, *_split(row.aliases)]
        forms += [f"{f.replace(chr(39), '’')}" for f in forms if "'" in f]  # typeset apostrophes
        forms += [f.replace(a, b) for f in forms for a, b in _SPELLINGS if a in f]  # "Organization" for "Organisation"
        chinese = [row.name_zh, *_split(row.aliases_zh)]
        chinese += [f.replace("(", "（").replace(")", "）") for f in chinese if "(" in f]  # full-width brackets
        for form in forms + chinese:
            form, country = _unqualified(form, row.iso3)
            if form:
                owners.setdefault(form, set()).add(row.party_id)
                if country:
                    qualified.add(form)
        if dropped := _DROPPED.search(row.note):
            for form in dropped.group("forms").split(","):
                owners.setdefault(form.strip(), set()).add(row.party_id)
                qualified.add(form.strip())
    return {
        form: PartyForm(tuple(sorted(ids)), len(ids) > 1 or form in qualified or _generic(form) or _generic_zh(form))
        for form, ids in owners.items()
    }


def _unqualified(form: str, iso3: str) -> tuple[str, bool]:
    """("PS", True) for "PS (France)"; a bracket that is a note ("MPRP (1921-2010 name)") is
    dropped, one that is part of the name ("CPN (UML)", "Pakistan Muslim League (N)") kept."""
    form = form.strip()
    match = _QUALIFIED.fullmatch(form)
    if not match:
        return form, False
    inner = match.group("inner")
    if iso3_for(inner) == iso3 or inner in ("UK", "US"):
        return match.group("form"), True
    if any(ch.isdigit() for ch in inner) or inner.endswith(" name"):
        return match.group("form"), False
    return form, False


def _generic(form: str) -> bool:
    words = form.casefold().replace("’", "'").split()
    return not _CJK.search(form) and all(word in _GENERIC_WORDS for word in words)


def _generic_zh(form: str) -> bool:
    """A Chinese form made only of generic party morphemes ("前进党", "民主联盟", "统一国民党"):
    the country-less short form of several parties' names."""
    if not _CJK.search(form):
        return False
    at = 0
    while at < len(form):
        word = next((w for w in _GENERIC_ZH if form.startswith(w, at)), "")
        if not word:
            return False
        at += len(word)
    return True


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def resolve_counterpart(org: str, date_iso: str) -> tuple[str, str, str, str]:
    """(party_id, iso3, in_government, basis) for an event's counterpart, given as a mention's
    entity id ("party:anc-zaf") or as written ("the ANC"). A form several parties share, or one
    the registry does not know, gives ("", "", "unknown", why): the text around it must decide.

    in_government follows the date: "yes" inside a listed period, "no" outside every one (a party
    that left government is "no" after its end), "unknown" without periods or without a date."""
    party_id = org.removeprefix("party:") if org.startswith("party:") else _party_named(org)
    if not party_id:
        return "", "", "unknown", f"not a party the registry names unambiguously: {org!r}"
    iso3 = _countries().get(party_id)
    if iso3 is None:
        return "", "", "unknown", f"no party {party_id!r} in parties.csv"
    periods = _periods().get(party_id, ())
    if not periods:
        return party_id, iso3, "unknown", "no period in party_government.csv"
    if not (date_iso or "").strip():
        return party_id, iso3, "unknown", "no date"
    flag = in_government(party_id, date_iso)
    inside = [p for p in periods if _after_start(date_iso, p.start) and _before_end(date_iso, p.end)]
    chosen = inside[0] if inside else max(periods, key=lambda p: p.start)
    basis = f"{party_id} {chosen.role} {chosen.start}–{chosen.end}"
    return party_id, iso3, flag, basis if inside else f"{basis} (date outside every period)"


@lru_cache(maxsize=65536)
def _party_named(text: str) -> str:
    """The one party a name is, or holds ("Commission for External Relations of the CPV Central
    Committee" is the CPV's); "" when it names none or several."""
    text = " ".join(text.split())
    forms = party_forms()
    for form in (text, text.removeprefix("the ").removeprefix("The ")):
        found = forms.get(form)
        if found and len(found.party_ids) == 1 and not found.needs_country:
            return found.party_ids[0]
    inside = {forms[form].party_ids[0] for _, _, _, form in find_party_forms(text)
              if len(forms[form].party_ids) == 1 and not forms[form].needs_country}
    return inside.pop() if len(inside) == 1 else _demonym_first(text)


def _demonym_first(text: str) -> str:
    """"German Social Democratic Party" is the Social Democratic Party of Germany: a demonym before
    a party's name places it, as "of Germany" after it would."""
    places = find_places(text)
    if not places or places[0].start != 0 or places[0].kind != "demonym" or not places[0].iso3:
        return ""
    rest = text[places[0].end:].strip()
    forms = party_forms()
    for form in (f"{rest} of {places[0].name}", rest):
        found = forms.get(form)
        here = [p for p in found.party_ids if _countries().get(p) == places[0].iso3] if found else []
        if len(here) == 1:
            return here[0]
    return ""


@lru_cache(maxsize=2)
def party_automaton(chinese: bool) -> ahocorasick.Automaton:
    """The English or the Chinese forms of `party_forms`, found in one pass (values: (form,
    form), as `find_in` reads). Apart, because Chinese forms' thousands of first characters
    slow every step of a scan, and most texts hold none of them."""
    automaton = ahocorasick.Automaton()
    for form in party_forms():
        if bool(_CJK.search(form)) == chinese:
            key = simplified(form) if chinese else form  # the Chinese automaton reads simplified text
            if key not in automaton:
                automaton.add_word(key, (key, form))
    automaton.make_automaton()
    return automaton


def find_party_forms(text: str) -> list[tuple[int, int, str, str]]:
    """Whole-word, longest, leftmost party forms in text as (start, end, surface, form). Chinese
    forms are found in the text's simplified reading, so 越南共產黨 in a Hong Kong or Taiwan
    report is the 越南共产党 of the registry; the surface is quoted as written."""
    found = find_in(party_automaton(False), text)
    if _CJK.search(text):
        found = sorted(found + [(start, end, text[start:end], form) for start, end, _, form
                                in find_in(party_automaton(True), simplified(text))])
    return found



# Taiwan's parties: "中国国民党" opens with China's name but is no body of the mainland, nor are 亲民党, 新党 and
# 民进党 (Malawi has a "Democratic Progressive Party" too: in English only the Kuomintang's own name).
_TAIWAN_PARTY = re.compile(r"(?:中国)?(?:国民党|亲民党|新党|民进党)|.*\b(?:Kuomintang|KMT)\b")


def is_taiwan_party(name: str) -> bool:
    """Whether a body's name, in either script, opens on one of Taiwan's parties (the English path and the Chinese
    one both place these in Taiwan, not China)."""
    return _TAIWAN_PARTY.match(simplified(name)) is not None

# One-party states other than China: "the Party" in their reports is the ruling party (when the
# registry marks it as governing on the day).
ONE_PARTY_STATES = ("CUB", "LAO", "PRK", "VNM")
# A party's own bodies after its name ("LPRP Central Committee", "CPVCC", "越共中央"), and the
# possessive or "of" that hangs a body on its party ("X's Commission for External Relations").
_BODY_TAIL = re.compile(r"(?:\s*(?:Central\s+Committee|CC|Politburo|Political\s+Bureau|Secretariat)|中央.*)$")
_OWNER = re.compile(r"^(?:the\s+)?(?P<owner>.+?)['’]s\s+\S|^(?:the\s+)?[A-Z][\w -]*?\s+of\s+(?:the\s+)?(?P<of>.+)$")
_THE_PARTY = frozenset({"party", "the party", "党", "黨"})


def party_in_country(written: str, iso3: str, date_iso: str = "") -> str:
    """The one registry party of country `iso3` that a written name is, or whose body it names: the
    name itself ("the ANC"), a body's owner ("LPRP Central Committee's Commission for External
    Relations", "Secretary of Administration of Zanu-PF"), a name the registry's party of that
    country carries without its country ("National Party", 工党, 英保守党 beside New Zealand or
    Britain: exactly one party of the country, else ""), or "the Party" of a one-party state
    whose ruling party governs on `date_iso` (undated: whose period is still open). "" otherwise."""
    written = " ".join((written or "").split())
    if not written or not iso3:
        return ""
    named = _party_named(written)
    if named:
        return named if _countries().get(named) == iso3 else ""
    owner = _OWNER.match(written)
    for name in dict.fromkeys([written, *(owner.group("owner", "of") if owner else ())]):
        if name and (found := _party_named(name) or _named_in_country(_BODY_TAIL.sub("", name), iso3, date_iso)):
            return found if _countries().get(found) == iso3 else ""
    return ""


def _named_in_country(name: str, iso3: str, date_iso: str) -> str:
    key = _country_key(name, iso3)
    if key in _THE_PARTY:
        return _ruling_party(iso3, date_iso) if iso3 in ONE_PARTY_STATES else ""
    forms = _country_forms()
    found = forms.get((iso3, key), set())
    if not found and _CJK.search(key):  # "英保守党": a short country prefix find_places does not know
        found = next((forms[(iso3, key[i:])] for i in (1, 2) if len(key) - i >= 3 and (iso3, key[i:]) in forms), set())
    # "Communist Party" in India is CPI's name and begins CPI(M)'s: two parties the text may mean
    longer = {p for form, ids in _forms_by_country().get(iso3, ()) if form.startswith(f"{key} ") for p in ids}
    return next(iter(found)) if len(found) == 1 and longer <= found else ""


def _ruling_party(iso3: str, date_iso: str) -> str:
    ruling = [p for p, rows in _periods().items() if _countries().get(p) == iso3 and any(
        r.role == "ruling" and (in_government(p, date_iso) == "yes" if date_iso else not r.end) for r in rows)]
    return ruling[0] if len(ruling) == 1 else ""


def _country_key(name: str, iso3: str) -> str:
    """A name without its article and the country's own name or demonym before ("Serbia's",
    "New Zealand", 新西兰) or after it ("of Vietnam"), folded: the form a country's report uses."""
    name = " ".join(name.replace("’", "'").split()).removeprefix("the ").removeprefix("The ")
    name = simplified(name) if _CJK.search(name) else name
    for place in find_places(name):
        if place.iso3 != iso3:
            continue
        if place.start == 0:
            name = re.sub(r"^'s\s+", "", name[place.end:].lstrip())
        elif place.end == len(name):
            name = re.sub(r"\s+of(?:\s+the)?\s*$", "", name[:place.start])
        break
    return re.sub(r"\blabor\b", "labour", name.strip().casefold())  # "Labor Party" in a British report


@lru_cache(maxsize=1)
def _country_forms() -> dict[tuple[str, str], set[str]]:
    """(country, a form of one of its parties without the country's name) -> the parties."""
    out: dict[tuple[str, str], set[str]] = {}
    for row in parties().itertuples():
        dropped = _DROPPED.search(row.note)
        forms = [row.name, *_split(row.aliases), row.name_zh, *_split(row.aliases_zh),
                 *(dropped.group("forms").split(",") if dropped else ())]
        for form in forms:
            form = _unqualified(form, row.iso3)[0]
            for key in {form.replace("’", "'").casefold(), _country_key(form, row.iso3)}:
                if key:
                    out.setdefault((row.iso3, key), set()).add(row.party_id)
    return out


@lru_cache(maxsize=1)
def _forms_by_country() -> dict[str, list[tuple[str, set[str]]]]:
    """_country_forms grouped by country: one country's forms are read without going through every country's."""
    out: dict[str, list[tuple[str, set[str]]]] = {}
    for (iso3, form), ids in _country_forms().items():
        out.setdefault(iso3, []).append((form, ids))
    return out
