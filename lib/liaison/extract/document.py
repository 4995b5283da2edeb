"""One document's text, date and passages to its rows in every extracted table.

Extraction is a pure function of one document, so documents can be extracted in any order and
in any process, and a chunk of them cached on its files' content.
"""
from __future__ import annotations

import bisect

from liaison.extract.context import build_views
from liaison.extract.dates import find_dates
from liaison.extract.event_setting import dateline_place, setting
from liaison.extract.events import find_events
from liaison.extract.mentions import Mention, find_mentions
from liaison.extract.position_bodies import with_document_bodies
from liaison.extract.positions import find_positions
from liaison.extract.quantities import find_quantities
from liaison.extract.sentences import split_sentences
from liaison.extract.zh_events import find_zh_events
from liaison.extract.zh_grammar import has_han, is_chinese, read_people
from liaison.extract.zh_positions import find_zh_positions
from liaison.extract.zh_quantities import find_zh_quantities
from liaison.load.dates import parse_iso
from liaison.schema import PROSE_SECTIONS

ROW_TABLES = ("sentences", "mentions", "positions", "events", "quantities")


def event_id(doc_id: str, number: int) -> str:
    """An event's id: its document's and its number there, stable from run to run, and sorting
    in reading order as text: three digits after "e" (e000-e999), and a longer number after the
    next letter for each further digit (f1000, g10000, h100000), so e999 < f1000 < f9999 < g10000."""
    digits = str(number)
    return f"{doc_id}:e{number:03d}" if len(digits) <= 3 else f"{doc_id}:{chr(ord('e') + len(digits) - 3)}{digits}"


def extract_document(doc: dict) -> dict[str, list]:
    """All rows for one document. `doc` holds doc_id, text, published and passages, and may hold the loader's
    title (a sidecar's, else the headline line it found). Sentence and mention rows are tuples in the declared
    column order, the other tables' rows dicts."""
    text, doc_id = doc["text"], doc["doc_id"]
    anchor = parse_iso(doc["published"]) if doc["published"] else None
    passages = [p for p in doc["passages"] if p["section"] in PROSE_SECTIONS]
    prose = [(p["start"], p["end"]) for p in passages]
    inside = _inside(prose)
    mentions = find_mentions(text, prose)
    dates = [d for d in find_dates(text, anchor) if inside(d.start, d.end)]
    quantities = [q for q in find_quantities(text) if inside(q.start, q.end)]
    if chinese := has_han(text):
        in_chinese = _inside([(p["start"], p["end"]) for p in passages if is_chinese(p["text"])])
        figures = [q for q in find_zh_quantities(text) if in_chinese(q.start, q.end)]
        quantities = sorted(quantities + figures, key=lambda q: q.start)
    sentences = [
        s for p in passages if p["section"] != "infobox"
        for s in split_sentences(p["text"], p["start"], p["passage_id"], p["section"])
    ]
    views = build_views(text, sentences, mentions, dates, quantities)
    infobox = [(p["start"], p["end"], p["text"]) for p in passages if p["section"] == "infobox"]
    subject = _subject(mentions, passages)
    body = [p for p in passages if p["section"] == "body"]
    dateline = dateline_place(text, body[0]["start"]) if body else None

    # Chinese sentences have their own grammar (zh_*), tried only in documents with Han
    # characters, so English copy never pays for the Chinese rules.
    han = [is_chinese(v.sentence.text) for v in views] if chinese else []
    zh_views = [v for v, zh in zip(views, han) if zh]
    en_views = [v for v, zh in zip(views, han) if not zh] if zh_views else views
    zh_people = read_people(zh_views)
    positions = with_document_bodies(
        find_positions(text, en_views, mentions, subject, infobox, anchor) + find_zh_positions(zh_views, zh_people))
    # Headlines and captions restate the story; events are coded from the body alone.
    body_views = [v for v in en_views if v.sentence.section == "body"]
    # The headline: the loader's title (a sidecar's need not stand in the text), else the passage it labelled.
    title = doc.get("title") if isinstance(doc.get("title"), str) else ""
    title = title or next((p["text"] for p in passages if p["section"] == "title"), "")
    events = find_events(text, body_views, mentions, setting(body_views, dateline, anchor), title)
    if zh_views:
        zh_body = [(v, p) for v, p in zip(zh_views, zh_people) if v.sentence.section == "body"]
        found = find_zh_events(text, [v for v, _ in zh_body], [p for _, p in zh_body],
                               body[0]["start"] if body else None, anchor)
        events = sorted(events + found, key=lambda e: e.start_char)
    sentence_starts = [s.start for s in sentences]

    passage_starts = [p["start"] for p in passages]

    def evidence(offset: int) -> str:
        """The sentence holding an offset; for an infobox line, the line itself."""
        i = bisect.bisect_right(sentence_starts, offset) - 1
        if i >= 0 and offset < sentences[i].end:
            return sentences[i].text
        j = bisect.bisect_right(passage_starts, offset) - 1
        return passages[j]["text"] if j >= 0 and offset < passages[j]["end"] else ""

    as_of = anchor.iso() if anchor else ""
    # Every prose sentence, in order; an infobox line is one sentence (it has no sentence marks).
    quoted = sorted([(s.start, s.end, s.passage_id, s.section, s.text) for s in sentences]
                    + [(p["start"], p["end"], p["passage_id"], "infobox", p["text"]) for p in passages
                       if p["section"] == "infobox"])
    rows: dict[str, list] = {
        "sentences": [
            (doc_id, i, pid, section, start, end, text) for i, (start, end, pid, section, text) in enumerate(quoted)
        ],
        # Mentions are the bulk of every corpus: tuples in the declared column order, not dicts or
        # lists. The garbage collector stops tracking a tuple of plain values, so the rows a chunk
        # piles up no longer make every full collection slower.
        "mentions": [(doc_id, m.start, m.end, m.text, m.kind, m.entity_id, m.name, m.cue, m.iso3) for m in mentions]
        + [
            (
                doc_id,
                d.start,
                d.end,
                d.text,
                "date",
                "",
                d.date.iso() + (f"/{d.end_date.iso()}" if d.end_date else ""),
                "relative" if d.relative else "absolute",
                "",
            )
            for d in dates
        ]
        + [
            (doc_id, q.start, q.end, q.text, "quantity", "", f"{q.value:g} {q.unit}", q.qualifier, "")
            for q in quantities
        ],
        # vars(), not dataclasses.asdict: these rows hold only scalars, and asdict deep-copies.
        "positions": [{**vars(p), "as_of": as_of, "doc_id": doc_id} for p in positions],
        # event_key and event_reports are set over the whole corpus (pipeline.assemble).
        "events": [
            {**vars(e), "event_id": event_id(doc_id, i), "event_key": "", "event_reports": 1, "doc_id": doc_id}
            for i, e in enumerate(events)
        ],
        "quantities": [
            {
                "doc_id": doc_id,
                "value": q.value,
                "unit": q.unit,
                "qualifier": q.qualifier,
                "per": q.per,
                "as_of": str(q.as_of_year) if q.as_of_year else as_of,
                "text": q.text,
                "start_char": q.start,
                "end_char": q.end,
                "evidence": evidence(q.start),
            }
            for q in quantities
        ],
    }
    return rows


def _subject(mentions: list[Mention], passages: list[dict]) -> Mention | None:
    """The organisation a page is about: the first known organisation named in its title."""
    titles = [p for p in passages if p["section"] == "title"]
    if not titles:
        return None
    start, end = titles[0]["start"], titles[0]["end"]
    return next(
        (m for m in mentions if m.kind == "organization" and start <= m.start and m.end <= end and m.entity_id), None
    )


def _inside(ranges):
    starts = [s for s, _ in ranges]

    def test(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= ranges[i][1]

    return test
