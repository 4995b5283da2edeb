"""Places named in English text: countries, demonyms, capitals, provinces and world regions.

Why: the workbook has to say which countries and regions a document is about, and which of
the ILD's regional bureaus would handle them, from plain news and encyclopedia text.

Where the names come from:
- ISO 3166 country names (name, common_name, official_name) via pycountry, skipping the
  inverted forms with a comma or brackets ("Korea, Republic of") that never occur in prose;
- data/places.csv: aliases, demonyms, capitals, cities, provinces, regions of a country,
  venues (buildings where meetings are held, in their city's country) and water bodies, each
  with a source;
- data/regions.csv: named world regions and their member codes (mostly UN M49);
- data/ild_bureaus.csv: the ILD's eight regional bureaus and the countries we map to each.

Two conventions of places.csv:
- a country's display name (country_name) is its FIRST country-alias row, else pycountry's
  common_name, else its ISO name: "VNM" -> "Vietnam", "KOR" -> "South Korea";
- rows of one kind and code that share a name_zh are spellings of one place and report the
  first row's name: "Kiev" -> "Kyiv", "Guangxi Zhuang Autonomous Region" -> "Guangxi".

Chinese text: every name_zh form ("越南|越南社会主义共和国", "河内", "浙江") is indexed for the
same place as its row, and a Chinese document is matched on its simplified reading
(`hanzi.simplified`, same offsets), so 寮國 and 北韓 resolve like 老挝 and 朝鲜. Chinese has no
word spaces: the longest match wins ("巴布亚新几内亚" hides "几内亚"), and words that hold a
country name without naming it ("印度洋", "朝鲜族", "马里兰") are indexed as non-places. Bare
"中非" (China-Africa) and "美" (beautiful, America) are never indexed.

Water bodies ("South China Sea") are indexed so that the longest match swallows the country
name inside them: a sea is not a mention of China. They come back as kind "region" with no
member countries.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import pycountry

from liaison.reference.automata import for_text
from liaison.reference.hanzi import has_han, simplified
from liaison.reference.lists import read_data

# Place names that are also common first names or surnames: "Michael Jordan", "Chad Smith",
# "George Washington", "Washington Post". They are dropped when a capitalised word sits right
# before (other than a sentence-opening function word) or right after them.
_PERSON_LIKE = frozenset({"Jordan", "Chad", "Georgia", "Washington", "Sofia", "Santiago"})
_OPENERS = frozenset(
    "In To From And But At Of With For By On The Via As Or Into Between Unlike Against "
    "Including Like Both Also Only Even While When Since Then Meanwhile After Before".split()
)
_REGION_ADJECTIVES = (("America", "American"), ("Africa", "African"), ("Asia", "Asian"), ("Europe", "European"))
_WORD_BEFORE = re.compile(r"(\w+) $")
_OUTPUT_KIND = {
    "country-alias": "country",
    "demonym": "demonym",
    "capital": "capital",
    "city": "city",
    "province": "province",
    "region-of-country": "province",  # a part of one country, like a province
    "venue": "venue",  # a building where meetings are held: "the Great Hall of the People" (Beijing)
    "water": "region",
}
# Chinese names of one place that, written alone in Chinese, more often mean another thing:
# 莱州 is also a city of Shandong, 亚历山大 a given name, 汉堡 a hamburger, 东北 a direction.
_ZH_AMBIGUOUS = frozenset({"东北", "远东", "莱州", "亚历山大", "高平", "汉堡", "广宁", "老街", "河江"})
# Words holding a place name that do not name that place: indexed so the longest match hides it.
_ZH_NOT_PLACES = ("朝鲜族", "朝鲜半岛", "蒙古族", "哈萨克族", "乌兹别克族", "塔吉克族", "俄罗斯族", "马里兰",
                  "印度支那", "中非合作", "中美洲", "南美洲", "北美洲", "约旦河", "中国共产党", "海地区", "万象更新",
                  "包罗万象", "马赛克", "里海拔")
_NOT_A_PLACE = -1
# What follows 省 in a word of its own: 省级 (provincial-level), 省直 (provincial organs), 省城 (provincial capital).
_PROVINCIAL = ("级", "級", "直", "城")
# Two-character words whose second character opens a place name: "抵达卡斯特里" (arrived in Castries)
# holds 达卡 (Dhaka) across the word's end. A place starting inside one of them is no place.
# Likewise 参加州议会 (attended the state assembly) holds 加州 (California).
_ZH_WORDS_INTO_PLACES = frozenset({
    "抵达", "到达", "直达", "送达", "下达", "表达", "传达", "长达", "高达", "多达", "转达", "发达", "通达", "雷达",
    "参加", "增加", "追加", "施加", "附加", "添加", "更加", "外加", "强加", "叠加"})


@dataclass(slots=True)
class PlaceMention:
    """One place named in a text, with what it resolves to."""

    start: int
    end: int
    text: str
    name: str  # canonical name (country's common name, or the province/city name)
    kind: str  # country | demonym | capital | city | province | venue | region
    iso3: str  # country code (for a province/city: its country's code); "" for a region
    region: str  # for kind == "region": the region name, else ""


@dataclass(frozen=True)
class _Index:
    automaton: ahocorasick.Automaton
    entries: tuple[tuple[str, str, str, str], ...]  # (name, kind, iso3, region)
    by_surface: dict[str, int]
    by_folded: dict[str, int]
    display: dict[str, str]
    regions: dict[str, tuple[str, ...]]
    waters: frozenset[str]
    bureaus: dict[str, str]


def _read(filename: str) -> list[dict[str, str]]:
    return read_data(filename).to_dict("records")


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Every surface form, its meaning, and one Aho-Corasick automaton over all of them."""
    places = _read("places.csv")
    display = _display_names(places)

    entries: list[tuple[str, str, str, str]] = []
    by_surface: dict[str, int] = {}

    def add(surface: str, entry: tuple[str, str, str, str]) -> None:
        by_surface[surface] = len(entries)
        entries.append(entry)

    regions = {r["region"]: tuple(r["members"].split("|")) for r in _read("regions.csv")}
    for surface, entry in _iso_and_region_names(display, regions):
        add(surface, entry)

    first_spelling: dict[tuple[str, str, str], str] = {}
    waters = set()
    for row in places:
        kind, iso3, name = row["kind"], row["iso3"], row["name"]
        if kind == "water":
            waters.add(name)
            add(name, (name, "region", "", name))
        elif kind in ("country-alias", "demonym"):
            add(name, (display[iso3], _OUTPUT_KIND[kind], iso3, ""))
        else:
            canonical = first_spelling.setdefault((kind, iso3, row["name_zh"] or name), name)
            add(name, (canonical, _OUTPUT_KIND[kind], iso3, ""))
    for row in places:  # Chinese spellings: the same place as the row's own name
        forms = [simplified(form) for form in row["name_zh"].split("|") if form and form not in _ZH_AMBIGUOUS]
        if forms:
            entry = entries[by_surface[row["name"]]]
            for form in forms:
                by_surface.setdefault(form, len(entries))
                if by_surface[form] == len(entries):
                    entries.append(entry)
    for row in places:  # plurals: "Italians", "Pakistanis"; never over a real name ("Laos")
        name = row["name"]
        if row["kind"] == "demonym" and name[-1] in "ni" and name + "s" not in by_surface:
            add(name + "s", (display[row["iso3"]], "demonym", row["iso3"], ""))

    return _Index(
        automaton=_automaton(by_surface, _ZH_NOT_PLACES),
        entries=tuple(entries),
        by_surface=by_surface,
        by_folded={s.casefold(): i for s, i in reversed(list(by_surface.items()))},
        display=display,
        regions=regions,
        waters=frozenset(waters),
        bureaus=_bureaus(),
    )


def _iso_and_region_names(display: dict[str, str], regions: dict[str, tuple[str, ...]]):
    """ISO country names as prose writes them, then each region with its adjective ("Latin
    American", indexed so that "American" inside it is no USA)."""
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            surface = getattr(c, attr, "")
            if surface and not any(ch in surface for ch in ",()"):
                yield surface, (display[c.alpha_3], "country", c.alpha_3, "")
    for region in regions:
        yield region, (region, "region", "", region)
        for noun, adjective in _REGION_ADJECTIVES:
            if region.endswith(" " + noun):
                yield region.removesuffix(noun) + adjective, (region, "region", "", region)


def _display_names(places: list[dict[str, str]]) -> dict[str, str]:
    """ISO3 -> the name a country is shown by: the first alias places.csv gives it, else
    pycountry's common name, else its name."""
    display: dict[str, str] = {}
    for row in places:
        if row["kind"] == "country-alias":
            display.setdefault(row["iso3"], row["name"])
    for c in pycountry.countries:
        display.setdefault(c.alpha_3, getattr(c, "common_name", c.name))
    return display


def _automaton(by_surface: dict[str, int], not_places: tuple[str, ...]) -> ahocorasick.Automaton:
    """One automaton finding every surface form; each match gives (length, entry index)."""
    automaton = ahocorasick.Automaton()
    for surface, i in by_surface.items():
        automaton.add_word(surface, (len(surface), i))
    for surface in not_places:
        automaton.add_word(surface, (len(surface), _NOT_A_PLACE))
    automaton.make_automaton()
    return automaton


def _bureaus() -> dict[str, str]:
    """ISO3 -> "bureau (name)" of the ILD bureau covering the country."""
    bureaus = {}
    for row in _read("ild_bureaus.csv"):
        label = f"{row['bureau']} ({row['name']})"
        for iso3 in row["members"].split("|"):
            bureaus[iso3] = label
    return bureaus


def _looks_like_person(text: str, start: int, end: int) -> bool:
    """True when an ambiguous name ("Jordan") stands next to another capitalised word."""
    if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before and before.group(1)[0].isupper() and before.group(1) not in _OPENERS)


def _word_bounded(text: str, start: int, end: int) -> bool:
    """A whole word, not a currency: "US$40 million" is no place."""
    return not ((start > 0 and text[start].isalnum() and text[start - 1].isalnum()) or (
        end < len(text) and text[end - 1].isalnum() and text[end].isalnum()) or text.startswith("$", end))


def find_places(text: str) -> list[PlaceMention]:
    """Places in text, in order: whole words only, case-sensitive, longest match wins.

    One pass of the automaton collects every candidate; those not on word boundaries are
    dropped, then the leftmost-longest ones are kept so that "Papua New Guinea" hides
    "Guinea" and "South China Sea" hides "China".
    """
    index = _index()
    candidates = []
    chinese = has_han(text)
    # the same matches, found faster in a text with no Chinese
    for last, (length, i) in for_text(index.automaton, text).iter(simplified(text) if chinese else text):
        start, end = last - length + 1, last + 1
        # Chinese has no word spaces: any Han match stands, the longest winning.
        if not (chinese and text[start] >= "\u3400") and not _word_bounded(text, start, end):
            continue
        candidates.append((start, -length, i))
    candidates.sort()

    mentions = []
    covered = 0
    for at, (start, neg_length, i) in enumerate(candidates):
        end = start - neg_length
        if start < covered:
            continue
        if chinese and text[end - 1:end] == "省" and text[end:end + 1] in _PROVINCIAL and at + 1 < len(candidates) \
                and candidates[at + 1][0] == start:
            continue  # "太原省级机关": 太原 and 省级 (provincial-level), not "太原省": the shorter place stands
        if i == _NOT_A_PLACE:
            covered = end
            continue
        if chinese and start and simplified(text[start - 1:start + 1]) in _ZH_WORDS_INTO_PLACES and simplified(
                text[max(start - 2, 0):start]) != "飞抵":  # "飞抵达卡": flew to Dhaka
            continue
        surface = text[start:end]
        if surface in _PERSON_LIKE and _looks_like_person(text, start, end):
            continue
        name, kind, iso3, region = index.entries[i]
        mentions.append(PlaceMention(start, end, surface, name, kind, iso3, region))
        covered = end
    return mentions


def region_members(region: str) -> tuple[str, ...]:
    """ISO3 codes of a named region ("Central Asia"); a water body has none."""
    index = _index()
    if region in index.regions:
        return index.regions[region]
    if region in index.waters:
        return ()
    known = ", ".join(sorted(index.regions))
    raise KeyError(f"unknown region {region!r}; known regions: {known}")


def region_names() -> tuple[str, ...]:
    """The named regions of data/regions.csv, in file order (seas are not among them)."""
    return tuple(_index().regions)


def bureau_of(iso3: str) -> str:
    """The ILD regional bureau we map a country to ("" for China and unmapped codes)."""
    return _index().bureaus.get(iso3, "")


def country_name(iso3: str) -> str:
    """A country's common English name: "ITA" -> "Italy", "VNM" -> "Vietnam"."""
    display = _index().display
    if iso3 not in display:
        raise KeyError(f"unknown country code {iso3!r}")
    return display[iso3]


def iso3_for(name: str) -> str | None:
    """The country code behind any known name, alias, demonym, capital, city or province.

    Exact spelling first, then case-insensitively; None for regions and unknown names.
    """
    index = _index()
    i = index.by_surface.get(name)
    if i is None:
        i = index.by_folded.get(name.casefold())
    return (index.entries[i][2] or None) if i is not None else None


def place_named(name: str) -> PlaceMention | None:
    """The place a whole string names, matched case-insensitively ("DAR ES SALAAM" in a
    dateline), with offsets 0..len(name); None for unknown names."""
    index = _index()
    i = index.by_folded.get(" ".join(name.split()).casefold())
    if i is None:
        return None
    canonical, kind, iso3, region = index.entries[i]
    return PlaceMention(0, len(name), name, canonical, kind, iso3, region)


@lru_cache(maxsize=4096)
def country_inside(name: str) -> str:
    """The one country an organisation's own name places it in, by its name, people or capital
    ("Hanoi Party Committee"); "" for none or several. Cached,
    as news copy names the same few bodies again and again."""
    countries = {p.iso3 for p in find_places(name) if p.iso3 and p.kind in ("country", "demonym", "capital")}
    return countries.pop() if len(countries) == 1 else ""
