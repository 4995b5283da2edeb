"""One country's episode (notebook 04): the focus country a reader names, and everything the
corpus says about it (events there or with its people, and the sentences that name it)."""
from __future__ import annotations

import difflib
from functools import lru_cache

import pandas as pd
import pycountry

from liaison.analysis import wording
from liaison.analysis.evidence import sentence_finder
from liaison.analysis.rows import row_tuples
from liaison.reference.places import country_name, find_places, iso3_for, region_members

HOME = "CHN"  # China: the home country, never what a trip abroad or a document is "about"
# Hong Kong, Macau and Taiwan have codes of their own in the places and the events table, as in the
# sources (mainland readouts write 赴港澳, 访台, never 出访): neither mainland China nor abroad,
# they are counted apart, under this name.
APART = ("HKG", "MAC", "TWN")
APART_NAME = "Hong Kong, Macau and Taiwan"


def country_label(iso3: str) -> str:
    """A country's display name, or the code itself when the gazetteer has none."""
    try:
        return country_name(iso3)
    except KeyError:
        return iso3


@lru_cache(maxsize=1)
def _known_country_names() -> tuple[str, ...]:
    """Country names a user might type, for suggestions: pycountry names and display names."""
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(c, attr, "")
            if value and "," not in value and "(" not in value:
                names.add(value)
        names.add(country_label(c.alpha_3))
    return tuple(sorted(names))


def resolve_country(value: str) -> str | None:
    """An ISO3 code from a code ("ITA", "vnm") or any known name, alias, demonym or capital
    ("Italy", "Vietnam", "Rome"); None when the value is unknown or names a region."""
    text = str(value).strip()
    if len(text) == 3 and text.isalpha() and pycountry.countries.get(alpha_3=text.upper()):
        return text.upper()
    return iso3_for(text) if text else None


def rows_sentence(focus_rows: pd.DataFrame, focus_iso3: str, focus_country: str) -> str:
    """How much of the focus country's episode the documents record, as a sentence; why there is
    no focus country when the parameter names none."""
    if not focus_iso3:
        return focus_message(focus_country)
    if focus_rows.empty:
        return f"No document in this corpus says anything about {country_label(focus_iso3)}."
    return (f"The documents give {wording.count(len(focus_rows), 'row')} for the episode of "
            f"{country_label(focus_iso3)}, {int((focus_rows.source == 'event').sum())} of them events, in "
            f"{wording.count(focus_rows.doc_id.nunique(), 'document')}.")


def focus_message(value: str) -> str:
    """What the notebook says about its focus country: the resolved name, or why it is unknown
    and the closest known names (difflib) so the user can fix the parameter."""
    iso3 = resolve_country(value)
    if iso3:
        return f"focus country: {country_label(iso3)} ({iso3})"
    text = str(value).strip()
    try:
        members = region_members(text)
    except KeyError:
        members = None
    if members:
        return f"{text!r} is a region, not a country; give one of its members, e.g. {', '.join(sorted(members)[:5])}"
    close = difflib.get_close_matches(text, _known_country_names(), n=5, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(text.title(), _known_country_names(), n=5, cutoff=0.4)
    hint = ", ".join(close) if close else "none"
    return f"unknown country {text!r}: no episode shown. Closest known names: {hint}"


def _names_country(label: str, iso3: str) -> bool:
    return iso3 in _countries_named(label or "")


@lru_cache(maxsize=65536)
def _countries_named(label: str) -> frozenset[str]:
    """The ISO3 codes of the places a label names, looked up once per label: a corpus repeats a
    few hundred counterparts across thousands of events."""
    return frozenset(hit.iso3 for hit in find_places(label))


def country_documents(mentions: pd.DataFrame, iso3: str) -> list[str]:
    """Documents about the country: ones where it is the most-mentioned country other than China
    (ties included), from one count per document and country."""
    places = mentions[(mentions.kind == "place") & mentions.entity_id.str.startswith("place:")].copy()
    places["iso3"] = places.entity_id.str.split(":").str[1]
    places = places[places.iso3 != HOME]
    counts = places.groupby(["doc_id", "iso3"]).size()
    top = counts == counts.groupby(level="doc_id").transform("max")
    return sorted(counts[top & (counts.index.get_level_values("iso3") == iso3)].index.get_level_values("doc_id"))


def country_episode(tables, iso3: str | None) -> pd.DataFrame:
    """Everything the corpus says about one country, in document order, with its sentence.

    Rows are events that take place there (`places`), events whose counterpart or counterpart
    organisation is named after it, events whose sentence names it, agreements coded in a
    document about it (country_documents), and the remaining sentences that mention it.
    `link` says why each row is in the episode.
    """
    columns = ["doc_id", "start_char", "source", "event_id", "kind", "link", "date", "evidence"]
    if not iso3:
        return pd.DataFrame(columns=columns)
    mentions = tables.mentions
    hits = mentions[(mentions.kind == "place") & ((mentions.entity_id == f"place:{iso3}")
                                                   | mentions.entity_id.str.startswith(f"place:{iso3}:"))]
    sentence_at = sentence_finder(tables.sentences)
    about = set(country_documents(mentions, iso3))
    spans = {}  # (doc_id, sentence start) of sentences that name the country
    for m in row_tuples(hits):
        if sentence := sentence_at(m.doc_id, m.start):
            spans[(m.doc_id, sentence[0])] = sentence[2]
    rows, used = [], set()
    for e in row_tuples(tables.events.sort_values(["doc_id", "event_id"])):
        links = []
        if iso3 in (e.places or "").split("|"):
            links.append("takes place there")
        if _names_country(e.counterpart, iso3) or _names_country(e.counterpart_org, iso3):
            links.append("counterpart from there")
        if (e.doc_id, e.start_char) in spans:
            links.append("its sentence names the country")
        if e.kind == "agreement" and e.doc_id in about:
            links.append("agreement in a document about the country")
        if links:
            used.add((e.doc_id, e.start_char))
            rows.append({"doc_id": e.doc_id, "start_char": e.start_char, "source": "event", "event_id": e.event_id,
                         "kind": e.kind, "link": "; ".join(links), "date": e.start, "evidence": e.evidence})
    for (doc_id, start), text in spans.items():
        if (doc_id, start) not in used:
            rows.append({"doc_id": doc_id, "start_char": start, "source": "mention", "event_id": "", "kind": "mention",
                         "link": "sentence names the country", "date": "", "evidence": text})
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["doc_id", "start_char", "event_id"], kind="stable").reset_index(drop=True)
