"""The Chinese province a place belongs to, for posts held there: "Secretary of the CPC Kunming
Municipal Committee" is a post in Yunnan, "上海市委书记" one in Shanghai. A province (or autonomous
region) is its own; a city is in the province data/places.csv gives it (admin_of); the four
municipalities directly under the central government are provincial-level units themselves
(Constitution of the PRC, art. 30; http://www.gov.cn/guoqing/2005-09/13/content_5043917.htm)."""
from __future__ import annotations

from functools import lru_cache

from liaison.reference.ids import slug
from liaison.reference.lists import read_data

PROVINCE_PREFIX = "place:CHN:"
_MUNICIPALITIES = frozenset(("Beijing", "Shanghai", "Tianjin", "Chongqing"))


@lru_cache(maxsize=1)
def _provinces() -> tuple[frozenset[str], dict[str, str]]:
    """China's provinces (English names; "Northeast China" is a region of the country, none), and
    each city (canonical English name) -> its province's name, as the gazetteer gives them."""
    places = read_data("places.csv")
    china = places[places.iso3 == "CHN"]
    cities = china[(china.kind == "city") & (china.admin_of != "")]
    return frozenset(china.name[china.kind == "province"]), dict(zip(cities.name, cities.admin_of))


def province_of(name: str, place_kind: str, iso3: str) -> tuple[str, str]:
    """(province, "place:CHN:<province>") for a place in China (canonical name, gazetteer kind) at
    or below a province's level whose province is known; ("", "") otherwise (a foreign state,
    China itself, a part of China wider than a province)."""
    if iso3 != "CHN":
        return "", ""
    provinces, admin_of = _provinces()
    if name in _MUNICIPALITIES or (place_kind == "province" and name in provinces):
        return name, PROVINCE_PREFIX + slug(name)
    if place_kind == "city" and (province := admin_of.get(name)):
        return province, PROVINCE_PREFIX + slug(province)
    return "", ""
