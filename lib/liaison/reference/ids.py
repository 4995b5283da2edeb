"""How entities are named: the ids extraction gives people, organisations and places, and that
analysis gives reference rows so the two can be joined ("person:liu-jianchao", "place:CHN:zhejiang")."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SLUG = re.compile(r"[^a-z0-9\u4e00-\u9fff]+")
# Latin letters no decomposition takes apart, written as the unaccented copy writes them.
_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae",
                          "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ð": "d", "þ": "th", "Þ": "th"})


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """An id's readable part, the same for a name with and without its accents: Vietnamese and
    Latin American press write "Nguyễn Phú Trọng" and "Raúl Castro" where wire copy writes
    "Nguyen Phu Trong" and "Raul Castro", and both are one person. Cached: a corpus names the
    same people and bodies over and over, in every mention."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name.translate(_LETTERS)) if not unicodedata.combining(c))
    return _SLUG.sub("-", unicodedata.normalize("NFC", bare).casefold()).strip("-")


def person_id(name: str) -> str:
    return "person:" + slug(name)


def place_id(place) -> str:
    """A gazetteer hit's id: a region by its name, a country by its code, anything smaller
    (province, city) by its country's code and its own name."""
    if place.kind == "region":
        return "region:" + slug(place.region or place.name)
    if place.kind in ("country", "demonym", "capital") or not place.name:
        return "place:" + place.iso3 if place.iso3 else "place:" + slug(place.name)
    return "place:" + (place.iso3 + ":" if place.iso3 else "") + slug(place.name)
