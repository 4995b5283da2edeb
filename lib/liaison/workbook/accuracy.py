"""How often extraction is right on documents a user has coded by hand: events, people and countries scored
against a gold file, as the project scores its own evaluation sets (docs/accuracy.md says what a hit is).

A gold file is JSON: each document's file name without its suffix, mapped to {"split": "dev" | "test" (optional),
"people": [names], "countries": [ISO3 codes], "events": [{"kind", "actor", "counterpart", "places": [ISO3],
"start"}]}. A document the file does not name is not scored."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

_NOT_A_LETTER = re.compile(r"[^a-z\u4e00-\u9fff ]+")


@dataclass
class Tally:
    """Hits, extras and misses of one kind of row, pooled over the documents scored."""

    hits: int = 0
    extras: int = 0
    missed: int = 0
    dated: int = 0  # events only: hits whose gold gives a date, and those whose date agrees
    dates_agree: int = 0

    @property
    def precision(self) -> float:
        return self.hits / (self.hits + self.extras) if self.hits + self.extras else 1.0

    @property
    def recall(self) -> float:
        return self.hits / (self.hits + self.missed) if self.hits + self.missed else 1.0


def read_gold(path: Path) -> dict:
    """The gold file, with a clear message for what makes it unusable."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"gold file {path} cannot be read: {error}") from None
    if not isinstance(gold, dict) or not all(isinstance(v, dict) for v in gold.values()):
        raise ValueError(f"gold file {path}: expected an object mapping each document's name to its rows")
    for name, rows in gold.items():
        for event in rows.get("events", []):
            missing = {"kind", "actor"} - set(event)
            if missing:
                raise ValueError(f"gold file {path}: an event of {name!r} lacks {', '.join(sorted(missing))}")
    return gold


def same_name(gold: str, found: str) -> bool:
    """One person under two spellings: accents, case, word order, or the words of one inside the other's."""
    a, b = _words(gold), _words(found)
    if not a or not b:
        return False
    return a == b or "".join(a) == "".join(b) or len(b) >= 2 and set(b) <= set(a) or len(a) >= 2 and set(a) <= set(b)


def _loose(gold: str, found: tuple[str, ...]) -> bool:
    """... under any of the names a side goes by (its entity's name, the text's own form: a Chinese report's
    "石泰峰" resolved to "Shi Taifeng"), or a surname alone after the full name ("Liu" for "Liu Jianchao")."""
    return any(same_name(gold, name) or (len(_words(name)) == 1 and _words(name)[0] in _words(gold))
               for name in found)


def _words(name: str) -> list[str]:
    bare = "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c))
    return _NOT_A_LETTER.sub(" ", bare.lower().replace("đ", "d")).split()


def score(tables, gold: dict, split: str | None = None) -> dict[str, Tally]:
    """Events, people and countries of the extracted `tables` (a TableSet) against `gold`, for the documents of
    `split` (every document the gold names when None)."""
    names = {entity: (name, name_zh) for entity, name, name_zh in zip(
        tables.entities.entity_id, tables.entities.name, tables.entities.name_zh)}
    out = {"events": Tally(), "people": Tally(), "countries": Tally()}
    for doc_id, path in zip(tables.documents.doc_id, tables.documents.path):
        rows = gold.get(PurePosixPath(path).stem)
        if rows is None or split is not None and rows.get("split") != split:
            continue
        mentions = tables.mentions[tables.mentions.doc_id == doc_id]
        _score_people(out["people"], mentions, rows.get("people", []), names)
        found = {iso3 for iso3 in mentions.iso3 if iso3}
        expected = set(rows.get("countries", []))
        out["countries"].hits += len(found & expected)
        out["countries"].extras += len(found - expected)
        out["countries"].missed += len(expected - found)
        events = tables.events[tables.events.doc_id == doc_id]
        _score_events(out["events"], [(row.kind, _side(*names.get(row.actor_id, ()), row.actor),
                                       _side(*names.get(row.counterpart_id, ()), row.counterpart),
                                       sorted(p for p in row.places.split("|") if p), row.start)
                                      for row in events.itertuples()], rows.get("events", []))
    return out


def _side(*names: str | None) -> tuple[str, ...]:
    """The names one side of a row goes by: its entity's name and Chinese name, then the text's own form."""
    return tuple(dict.fromkeys(name for name in names if isinstance(name, str) and name))


def _score_people(tally: Tally, mentions, expected: list[str], names: dict[str, tuple]) -> None:
    left = list(expected)
    people = mentions[mentions.kind == "person"]
    seen: dict[str, tuple[str, ...]] = {}  # one person per name the rows give, under every form it goes by
    for row in people.itertuples():
        key = row.name or row.text
        seen[key] = _side(*seen.get(key, ()), key, *names.get(row.entity_id, ()), row.text)
    for sides in seen.values():
        hit = next((gold for gold in left if any(same_name(gold, name) for name in sides)), None)
        if hit is None:
            tally.extras += 1
        else:
            left.remove(hit)
            tally.hits += 1
    tally.missed += len(left)


def _score_events(tally: Tally, found: list[tuple], expected: list[dict]) -> None:
    used: set[int] = set()
    for gold in expected:
        hit = next((i for i, row in enumerate(found) if i not in used and _hits(gold, row)), None)
        if hit is None:
            tally.missed += 1
            continue
        used.add(hit)
        tally.hits += 1
        if gold.get("start"):
            tally.dated += 1
            day = found[hit][4] or ""
            tally.dates_agree += bool(day) and (day.startswith(gold["start"]) or gold["start"].startswith(day))
    tally.extras += len(found) - len(used)


def _hits(gold: dict, row: tuple) -> bool:
    """A row hits a gold event: the same kind, actor and counterpart (either way round for a meeting or an
    agreement), and exactly the gold's places where it gives any."""
    kind, actor, counterpart, places, _ = row
    if kind != gold["kind"]:
        return False
    if gold.get("counterpart"):
        direct = _loose(gold["actor"], actor) and _loose(gold["counterpart"], counterpart)
        swapped = kind in ("meeting", "agreement") and _loose(gold["counterpart"], actor) and _loose(
            gold["actor"], counterpart)
        if not (direct or swapped):
            return False
    elif not _loose(gold["actor"], actor) and not (kind == "meeting" and _loose(gold["actor"], counterpart)):
        return False
    return not gold.get("places") or sorted(gold["places"]) == places
