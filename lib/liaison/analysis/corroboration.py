"""How well each extracted claim is corroborated, where sources disagree, and what the corpus
cannot tell.

Why: a China-watcher citing the workbook has to know whether a fact rests on one unsourced
profile or on several independent outlets, where documents contradict each other or the
curated reference data, and which questions the documents leave open (undated texts,
"last year" with no year to count from, events with no date, place or actor).

A *claim* is a normalised key built from one extracted row:
- positions: person_id, normalised title (see `normalise_title`), organization_id (or the
  organization text when unresolved);
- events: kind, actor_id, counterpart_id (or counterpart text), places, start year;
- quantities: normalised unit, value, as_of year.
Two copies of the same outlet's story (same outlet and title) count as one document.
"""
from __future__ import annotations

import re

import pandas as pd

from liaison.reference.ids import slug
from liaison.reference.places import find_places
from liaison.extract.sentences import split_sentences
from liaison.reference.lists import find_in, ild_heads, org_automaton, organizations, people

MIN_DOCUMENTS = 2

CLAIM_COLUMNS = [
    "claim_id", "table", "subject", "claim", "doc_ids", "n_rows", "n_documents", "outlets", "doc_id", "evidence",
]
SUPPORT_COLUMNS = ["claim_id", "table", "subject", "claim", "doc_id", "evidence"]
DISAGREEMENT_COLUMNS = [
    "kind", "subject", "doc_id", "value", "evidence", "other_source", "other_value", "other_evidence",
]
GAP_COLUMNS = ["kind", "doc_id", "detail", "evidence"]

# --------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------

# Role words, each with the canonical role it stands for. When several occur, the earliest in
# the title wins ("Spokesperson and Director-General" is a spokesperson).
_ROLES = [
    (r"general secretary", "general secretary"),
    (r"secretary of state", "secretary of state"),
    (r"under ?secretary", "undersecretary"),
    (r"(?:communist )?party (?:secretary|chief|boss|leader|head)", "party secretary"),
    (r"spokes(?:person|man|woman)", "spokesperson"),
    (r"ambassador", "ambassador"),
    (r"prime minister", "prime minister"),
    (r"premier", "premier"),
    (r"president", "president"),
    (r"state councill?or", "state councilor"),
    (r"governor", "governor"),
    (r"mayor", "mayor"),
    (r"member", "member"),
    (r"researcher|research fellow|scholar", "researcher"),
    (r"director general|director|head|chief|minister|leader|chair(?:man|woman|person)?", "head"),
    (r"official", "official"),
]
_ROLE_RE = re.compile("|".join(f"(?P<r{i}>\\b(?:{p})\\b)" for i, (p, _) in enumerate(_ROLES)))
_DEPUTY_RE = re.compile(r"\b(?:deputy|vice|executive deputy)\b")
_ASSISTANT_RE = re.compile(r"\bassistant\b")
_DISCIPLINE_RE = re.compile(r"\bsecretary\b.*\bdiscipline inspection\b|\bdiscipline (?:inspection )?(?:secretary|chief)\b")


def normalise_title(title: str) -> str:
    """A comparable form of a post's title: "deputy minister" and "Vice Minister" are both
    "deputy head"; "party boss" and "Party Secretary of Yunnan" are "party secretary";
    "Secretary of the Provincial Commission for Discipline Inspection" is "discipline secretary".

    Sub-units are dropped (a director of a bureau inside the CCDI is a "head"), so a document
    that omits the sub-unit is not counted as disagreeing. Ambassadors keep their country."""
    text = re.sub(r"\([^)]*\)", " ", str(title or "")).casefold()
    text = re.sub(r"[-‐–/]", " ", text)
    text = re.sub(r"\bformer\b", " ", text)
    text = " ".join(text.split())
    if not text:
        return ""
    if _DISCIPLINE_RE.search(text):
        return "discipline secretary"
    if re.search(r"\bsupervis(?:ing|or|es)\b", text):
        return "supervisor"
    match = _ROLE_RE.search(text)
    if match is None:
        return text
    role = next(_ROLES[int(name[1:])][1] for name, value in match.groupdict().items() if value)
    before = text[: match.start()]
    if role == "ambassador":
        places = find_places(str(title))
        return "ambassador to " + places[0].iso3 if places and places[0].iso3 else "ambassador"
    if _DEPUTY_RE.search(before):
        return "deputy " + role
    if _ASSISTANT_RE.search(before):
        return "assistant " + role
    return role


def resolve_organization(name: str) -> str:
    """The id a document would give a reference organization name, so reference tenures can be
    compared with extracted positions: a known organization ("org:ccdi"); a province's party
    committee or government as the province ("place:CHN:zhejiang"), as extraction codes
    "party secretary of Zhejiang province"; else the party or the country ("place:CHN")."""
    name = str(name or "")
    hits = [value for _, _, _, value in find_in(org_automaton(), name) if value]
    specific = [h for h in hits if h != "cpc"]
    if specific:
        return "org:" + specific[0]
    places = find_places(name)
    local = [p for p in places if p.kind in ("province", "city") and p.iso3]
    if local:
        return f"place:{local[0].iso3}:{slug(local[0].name)}"
    if hits:
        return "org:" + hits[0]
    countries = [p for p in places if p.iso3]
    if countries:
        return "place:" + countries[0].iso3
    return ""


# --------------------------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------------------------

def _number(value: float) -> str:
    """A figure as written in a key: 40000000, not 4e+07."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:g}"


def _year(value) -> str:
    match = re.match(r"\d{4}", str(value or ""))
    return match.group(0) if match else ""


def normalise_unit(unit: str) -> str:
    """Word set of a unit, so "parties or political organizations" and "political parties and
    organizations" are one unit."""
    words = re.findall(r"[a-z$]+", str(unit or "").casefold())
    return " ".join(sorted(set(words) - {"and", "or", "of", "the"}))


def source_keys(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> independent-source key: copies of one outlet's story (same outlet and title)
    share a key; a document with no known outlet is its own source."""
    keys = {}
    for row in documents.itertuples():
        outlet = str(getattr(row, "outlet", "") or "").strip().casefold()
        title = " ".join(str(getattr(row, "title", "") or "").split()).casefold()
        keys[row.doc_id] = f"{outlet}|{title}" if outlet else row.doc_id
    return keys


def claim_rows(tables) -> pd.DataFrame:
    """One row per extracted row, with the claim it supports (claim_id, table, subject, claim),
    its doc_id and evidence sentence: the long form behind `claims`, for citing sources."""
    rows = []
    for r in tables.positions.itertuples():
        org = r.organization_id or str(r.organization or "").casefold().strip()
        title = normalise_title(r.title)
        rows.append({
            "claim_id": f"position|{r.person_id}|{title}|{org}",
            "table": "position",
            "subject": r.person,
            "claim": f"{r.person}: {title or '?'} of {r.organization or '?'}",
            "doc_id": r.doc_id,
            "evidence": r.evidence,
        })
    for r in tables.events.itertuples():
        counterpart_key = r.counterpart_id or str(r.counterpart or "").casefold().strip()
        year = _year(r.start)
        rows.append({
            "claim_id": f"event|{r.kind}|{r.actor_id}|{counterpart_key}|{r.places}|{year}",
            "table": "event",
            "subject": r.actor or r.counterpart or "",
            "claim": " ".join(part for part in [
                f"{r.kind}:", r.actor or "?", "→", r.counterpart or "?",
                f"in {r.places}" if r.places else "", f"({year})" if year else "(undated)",
            ] if part),
            "doc_id": r.doc_id,
            "evidence": r.evidence,
        })
    for r in tables.quantities.itertuples():
        unit = normalise_unit(r.unit)
        year = _year(r.as_of)
        rows.append({
            "claim_id": f"quantity|{unit}|{_number(r.value)}|{year}",
            "table": "quantity",
            "subject": r.unit,
            "claim": f"{_number(r.value)} {r.unit}" + (f" (as of {year})" if year else " (as of unknown)"),
            "doc_id": r.doc_id,
            "evidence": r.evidence,
        })
    frame = pd.DataFrame(rows, columns=SUPPORT_COLUMNS)
    return frame.sort_values(["claim_id", "doc_id"], kind="stable").reset_index(drop=True)


def claims(tables) -> pd.DataFrame:
    """One row per claim: the documents behind it (doc_ids), how many independent documents
    (n_documents), their outlets, and the first supporting doc_id and evidence sentence."""
    support = claim_rows(tables)
    if support.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    keys = source_keys(tables.documents)
    outlets = {r.doc_id: (str(r.outlet or "") or "unknown outlet") for r in tables.documents.itertuples()}
    out = []
    for claim_id, group in support.groupby("claim_id", sort=True):
        doc_ids = sorted(set(group.doc_id))
        with_evidence = group[group.evidence.fillna("") != ""]
        first = (with_evidence if len(with_evidence) else group).iloc[0]
        out.append({
            "claim_id": claim_id,
            "table": group.table.iloc[0],
            "subject": group.subject.iloc[0],
            "claim": group.claim.iloc[0],
            "doc_ids": "|".join(doc_ids),
            "n_rows": len(group),
            "n_documents": len({keys.get(d, d) for d in doc_ids}),
            "outlets": "|".join(sorted({outlets.get(d, "unknown outlet") for d in doc_ids})),
            "doc_id": first.doc_id,
            "evidence": first.evidence,
        })
    return pd.DataFrame(out, columns=CLAIM_COLUMNS).sort_values(["table", "claim_id"]).reset_index(drop=True)


def single_source(claim_table: pd.DataFrame) -> pd.DataFrame:
    """Claims that rest on one document only."""
    return claim_table[claim_table.n_documents == 1].reset_index(drop=True)


def corroborated(claim_table: pd.DataFrame, min_documents: int = MIN_DOCUMENTS) -> pd.DataFrame:
    """Claims made by at least `min_documents` independent documents."""
    return claim_table[claim_table.n_documents >= min_documents].reset_index(drop=True)


def corroboration_summary(claim_table: pd.DataFrame, min_documents: int = MIN_DOCUMENTS) -> pd.DataFrame:
    """Per table: claims, single-source claims, claims meeting `min_documents`, and the share
    resting on a single document (the headline measure of how thin the corpus is)."""
    rows = []
    for table in ["position", "event", "quantity"]:
        part = claim_table[claim_table.table == table]
        n = len(part)
        single = int((part.n_documents == 1).sum())
        rows.append({
            "table": table, "claims": n, "single_source": single,
            "corroborated": int((part.n_documents >= min_documents).sum()),
            "single_share": round(single / n, 3) if n else 0.0,
        })
    n = len(claim_table)
    single = int((claim_table.n_documents == 1).sum()) if n else 0
    rows.append({
        "table": "all", "claims": n, "single_source": single,
        "corroborated": int((claim_table.n_documents >= min_documents).sum()) if n else 0,
        "single_share": round(single / n, 3) if n else 0.0,
    })
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------
# Disagreements
# --------------------------------------------------------------------------------------------

def _dates_differ(a: str, b: str) -> bool:
    """Two partial ISO dates disagree only when both are known and neither covers the other."""
    a, b = str(a or ""), str(b or "")
    return bool(a and b and not (a.startswith(b) or b.startswith(a)))


def _row(kind, subject, doc_id, value, evidence, other_source, other_value, other_evidence) -> dict:
    return dict(zip(DISAGREEMENT_COLUMNS, [kind, subject, doc_id, value, evidence, other_source, other_value,
                                           other_evidence]))


def _position_disagreements(positions: pd.DataFrame) -> list[dict]:
    """Same person and organization across documents: no title in common (with the same
    status), or the same title with start/end dates that cannot both be true."""
    out = []
    frame = positions.assign(
        org=[r.organization_id or str(r.organization or "").casefold().strip() for r in positions.itertuples()],
        norm=[normalise_title(t) for t in positions.title],
    )
    frame = frame[(frame.org != "") & (frame.person_id != "")]
    for (person_id, org), group in frame.groupby(["person_id", "org"], sort=True):
        docs = sorted(set(group.doc_id))
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                ga, gb = group[group.doc_id == a], group[group.doc_id == b]
                for status in sorted(set(ga.status) & set(gb.status)):
                    ta = set(ga[ga.status == status].norm)
                    tb = set(gb[gb.status == status].norm)
                    if ta and tb and not ta & tb:
                        ra, rb = ga[ga.status == status].iloc[0], gb[gb.status == status].iloc[0]
                        out.append(_row("title (documents)", f"{ra.person} / {ra.organization}", a,
                                        " | ".join(sorted(ta)), ra.evidence, b, " | ".join(sorted(tb)), rb.evidence))
                for title in sorted(set(ga.norm) & set(gb.norm)):
                    ra = ga[ga.norm == title].iloc[0]
                    rb = gb[gb.norm == title].iloc[0]
                    for field in ("start", "end"):
                        if _dates_differ(ra[field], rb[field]):
                            out.append(_row(f"{field} date (documents)",
                                            f"{ra.person} / {title} / {ra.organization}", a, str(ra[field]),
                                            ra.evidence, b, str(rb[field]), rb.evidence))
    return out


def _founding_disagreements(events: pd.DataFrame) -> list[dict]:
    """The same founded body given different years by different documents."""
    out = []
    found = events[(events.kind == "founding") & (events.counterpart_id != "")]
    found = found.assign(year=[_year(s) for s in found.start])
    found = found[found.year != ""]
    for org, group in found.groupby("counterpart_id", sort=True):
        first = group.sort_values(["doc_id", "event_id"]).drop_duplicates("doc_id")
        rows = list(first.itertuples())
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if a.year != b.year:
                    out.append(_row("founding year (documents)", a.counterpart, a.doc_id, a.year, a.evidence,
                                    b.doc_id, b.year, b.evidence))
    return out


def _quantity_disagreements(quantities: pd.DataFrame) -> list[dict]:
    """The same unit for the same as_of year with different values in different documents
    (values within one document are usually different things, such as two trips' lengths)."""
    out = []
    frame = quantities.assign(unit_key=[normalise_unit(u) for u in quantities.unit],
                              year=[_year(a) for a in quantities.as_of])
    frame = frame[frame.year != ""]
    for (unit, year), group in frame.groupby(["unit_key", "year"], sort=True):
        rows = list(group.sort_values(["doc_id", "start_char"]).itertuples())
        seen = set()
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                key = (a.doc_id, b.doc_id, a.value, b.value)
                if a.doc_id != b.doc_id and a.value != b.value and key not in seen:
                    seen.add(key)
                    out.append(_row("figure (documents)", f"{a.unit} as of {year}", a.doc_id, _number(a.value),
                                    a.evidence, b.doc_id, _number(b.value), b.evidence))
    return out


def reference_tenures() -> pd.DataFrame:
    """people.csv and ild_heads.csv as one list of tenures, each with the id a document would
    give its organization and its normalised title."""
    ppl = people()
    heads = ild_heads()
    frame = pd.concat([
        pd.DataFrame({"person": ppl.person, "title": ppl.title, "organization": ppl.organization,
                      "start": ppl.start, "end": ppl.end, "source_url": ppl.source_url, "file": "people.csv"}),
        pd.DataFrame({"person": heads.holder, "title": heads.post, "organization": "International Department of the CPC Central Committee",
                      "start": heads.start, "end": heads.end, "source_url": heads.source_url, "file": "ild_heads.csv"}),
    ], ignore_index=True)
    frame["person_id"] = ["person:" + slug(p) for p in frame.person]
    frame["organization_id"] = [resolve_organization(o) for o in frame.organization]
    frame["norm"] = [normalise_title(t) for t in frame.title]
    return frame


def _reference_title_disagreements(positions: pd.DataFrame, tenures: pd.DataFrame) -> list[dict]:
    """A document's post for a person at an organization where the reference lists tenures
    for that person and organization, none with the document's (normalised) title."""
    out = []
    by_key = {key: group for key, group in tenures[tenures.organization_id != ""].groupby(["person_id", "organization_id"])}
    for r in positions.sort_values(["doc_id", "start_char"]).itertuples():
        key = (r.person_id, r.organization_id)
        if not r.organization_id or key not in by_key:
            continue
        norm = normalise_title(r.title)
        ref = by_key[key]
        if norm and norm not in set(ref.norm):
            ref = ref.sort_values(["start", "title"])
            out.append(_row("title vs reference", f"{r.person} / {r.organization}", r.doc_id, r.title, r.evidence,
                            "reference:" + ref.file.iloc[0],
                            " | ".join(f"{t} ({s or '?'}–{e or '?'})" for t, s, e in zip(ref.title, ref.start, ref.end)),
                            " ".join(sorted(set(ref.source_url)))))
    return out


def _reference_founding_disagreements(events: pd.DataFrame, orgs: pd.DataFrame) -> list[dict]:
    """A document's founding year for a known organization against the reference `founded`."""
    out = []
    founded = {"org:" + r.org_id: r for r in orgs.itertuples() if r.founded}
    found = events[(events.kind == "founding") & (events.counterpart_id.isin(list(founded)))]
    for r in found.sort_values(["doc_id", "event_id"]).itertuples():
        year = _year(r.start)
        ref = founded[r.counterpart_id]
        if year and year != _year(ref.founded):
            out.append(_row("founding year vs reference", ref.name, r.doc_id, year, r.evidence,
                            "reference:organizations.csv", ref.founded, ref.source_url))
    return out


def disagreements(tables, tenures: pd.DataFrame | None = None, orgs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Same subject, different value: documents against documents (titles, start/end dates,
    founding years, figures) and documents against the curated reference data (titles of
    posts, founding years), each row with both sides' sources."""
    tenures = reference_tenures() if tenures is None else tenures
    orgs = organizations() if orgs is None else orgs
    rows = (
        _position_disagreements(tables.positions)
        + _founding_disagreements(tables.events)
        + _quantity_disagreements(tables.quantities)
        + _reference_title_disagreements(tables.positions, tenures)
        + _reference_founding_disagreements(tables.events, orgs)
    )
    frame = pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
    return frame.sort_values(["kind", "subject", "doc_id", "other_source", "value"]).reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Gaps
# --------------------------------------------------------------------------------------------

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Each pattern with the date precision a document needs for the phrase to be resolved.
_RELATIVE = [
    (re.compile(rf"\b(?:(?:this|next|last|coming|on|past)\s+)*(?:{_WEEKDAYS})\b", re.I), "day"),
    (re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.I), "day"),
    (re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+(?:week|weekend)\b", re.I), "day"),
    (re.compile(r"\b(?:\w+|\d+)\s+(?:days?|weeks?)\s+(?:ago|earlier|later)\b", re.I), "day"),
    (re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+month\b", re.I), "month"),
    (re.compile(r"\b(?:\w+|\d+)\s+months?\s+ago\b", re.I), "month"),
    (re.compile(r"\b(?:last|next|this|past|coming|previous|following)\s+(?:year|spring|summer|autumn|fall|winter)\b", re.I), "year"),
    (re.compile(r"\b(?:\w+|\d+)\s+years?\s+ago\b", re.I), "year"),
    # A month with no year: "in June", "late March", "on June 27" — but not "June 2023".
    (re.compile(rf"\b(?:(?:in|on|since|by|until|from|during|of|early|mid|late|end of|last|next|this)[\s-]+)"
                rf"(?:{_MONTHS})\b(?!\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})(?!,?\s+\d{{4}})"
                rf"(?:\s+\d{{1,2}}\b)?"), "year"),
]
_PRECISION_RANK = {"unknown": 0, "": 0, "year": 1, "month": 2, "day": 3}


def relative_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """Relative-looking date phrases in a text as (start, end, phrase, precision needed);
    overlapping or adjacent matches are merged ("in June" + "last year")."""
    found = []
    for pattern, need in _RELATIVE:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), need))
    found.sort()
    merged: list[list] = []
    for start, end, need in found:
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
            if _PRECISION_RANK[need] > _PRECISION_RANK[merged[-1][2]]:
                merged[-1][2] = need
        else:
            merged.append([start, end, need])
    return [(s, e, text[s:e], need) for s, e, need in merged]


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding the span (the whole text when it has no boundaries)."""
    for sentence in split_sentences(text, 0, 0, "body"):
        if sentence.start <= start < sentence.end:
            return sentence.text
    return " ".join(text.split())


def unresolved_relative_dates(tables, sections: tuple[str, ...] = ("body",)) -> pd.DataFrame:
    """Relative date phrases in body text that no extracted date mention covers, with why:
    the document is undated, dated too coarsely for the phrase, or extraction missed it."""
    docs = tables.documents.set_index("doc_id")
    dates = tables.mentions[tables.mentions.kind == "date"]
    spans = {d: list(zip(g.start, g.end)) for d, g in dates.groupby("doc_id")}
    rows = []
    for p in tables.passages[tables.passages.section.isin(sections)].sort_values(["doc_id", "start"]).itertuples():
        doc = docs.loc[p.doc_id]
        precision = str(doc.date_precision or "") if doc.published else "unknown"
        for start, end, phrase, need in relative_phrases(p.text):
            a, b = p.start + start, p.start + end
            if any(s < b and a < e for s, e in spans.get(p.doc_id, [])):
                continue
            if not doc.published:
                kind, why = "unresolved relative date", "document undated"
            elif _PRECISION_RANK.get(precision, 0) < _PRECISION_RANK[need]:
                kind, why = "unresolved relative date", f"document dated only to the {precision}; needs the {need}"
            else:
                kind, why = "relative date not extracted", f"document dated to the {precision}; not resolved by extraction"
            rows.append({"kind": kind, "doc_id": p.doc_id, "detail": f"“{phrase}”: {why}",
                         "evidence": _sentence_at(p.text, start, end)})
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


_UNKNOWN_NOTE = re.compile(
    r"not found|unknown|not checked|not confirmed|no formal|not officially|never officially|disagree|"
    r"left out|inferred|only from|comes from .*only|\bonly\b.*\bsource|year only|not cross-checked", re.I)


def reference_unknowns(heads: pd.DataFrame | None = None) -> pd.DataFrame:
    """The curated list of heads' own stated unknowns: sentences of its note column that say
    something was not found, is disputed, inferred or rests on one source."""
    heads = ild_heads() if heads is None else heads
    rows = []
    for r in heads.itertuples():
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z(])", str(r.note or "")):
            if _UNKNOWN_NOTE.search(sentence):
                rows.append({"kind": "reference unknown", "doc_id": "",
                             "detail": f"{r.holder} ({r.start or '?'}–{r.end or '?'}); {r.source_url}",
                             "evidence": sentence.strip()})
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


def gaps(tables, heads: pd.DataFrame | None = None) -> pd.DataFrame:
    """A ledger of what the corpus cannot tell, one row per gap (kind, doc_id, detail, evidence):
    undated documents; events with no date, place or actor; relative dates with no date to
    count from; unresolved short-form person mentions; posts with unknown start; and the
    reference data's own stated unknowns (doc_id empty)."""
    rows = []
    text_of = tables.documents.set_index("doc_id").text if "text" in tables.documents else None
    for d in tables.documents.itertuples():
        if not d.published:
            rows.append({"kind": "undated document", "doc_id": d.doc_id,
                         "detail": f"{d.title}: {str(d.date_basis or 'no date basis')[:160]}", "evidence": ""})
    for e in tables.events.itertuples():
        label = f"{e.kind}: {e.actor or '?'} → {e.counterpart or '?'}"
        if not e.start:
            rows.append({"kind": "event without date", "doc_id": e.doc_id, "detail": label, "evidence": e.evidence})
        if not e.places and not e.region:
            rows.append({"kind": "event without place", "doc_id": e.doc_id, "detail": label, "evidence": e.evidence})
        if not e.actor_id:
            rows.append({"kind": "event without actor", "doc_id": e.doc_id, "detail": label, "evidence": e.evidence})
    gap_frames = [pd.DataFrame(rows, columns=GAP_COLUMNS), unresolved_relative_dates(tables)]
    short = tables.mentions[(tables.mentions.kind == "person") & (tables.mentions.entity_id == "")]
    gap_frames.append(pd.DataFrame({
        "kind": "unresolved person mention", "doc_id": short.doc_id,
        "detail": [f"“{t}” (cue: {c})" for t, c in zip(short.text, short.cue)],
        "evidence": [_sentence_at(text_of.get(d, ""), s, e) if text_of is not None else ""
                     for d, s, e in zip(short.doc_id, short.start, short.end)],
    }, columns=GAP_COLUMNS))
    posts = tables.positions[tables.positions.start.fillna("") == ""]
    gap_frames.append(pd.DataFrame({
        "kind": "post with unknown start", "doc_id": posts.doc_id,
        "detail": [f"{p}: {t} of {o or '?'} ({s})" for p, t, o, s in zip(posts.person, posts.title, posts.organization, posts.status)],
        "evidence": posts.evidence,
    }, columns=GAP_COLUMNS))
    gap_frames.append(reference_unknowns(heads))
    frame = pd.concat([f for f in gap_frames if len(f)], ignore_index=True) if any(len(f) for f in gap_frames) \
        else pd.DataFrame(columns=GAP_COLUMNS)
    return frame.sort_values(["kind", "doc_id", "detail", "evidence"], kind="stable").reset_index(drop=True)


def gap_counts(gap_table: pd.DataFrame) -> pd.DataFrame:
    """Gaps per kind, largest first (ties by kind)."""
    counts = gap_table.groupby("kind").size().rename("gaps").reset_index()
    return counts.sort_values(["gaps", "kind"], ascending=[False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Notebook helpers
# --------------------------------------------------------------------------------------------

def check_min_documents(value) -> tuple[int, str]:
    """A usable corroboration threshold and a message: a value that is not a whole number of
    at least 1 falls back to the default rather than stopping the notebook."""
    try:
        number = int(value)
        if number == float(value) and number >= 1:
            return number, f"corroborated = made by at least {number} independent document(s)"
    except (TypeError, ValueError):
        pass
    return MIN_DOCUMENTS, f"min_documents={value!r} is not a whole number >= 1; using {MIN_DOCUMENTS}"


def undated_documents(tables) -> list[str]:
    """doc_ids of documents with no publication date at all."""
    docs = tables.documents
    return sorted(docs[docs.published.fillna("") == ""].doc_id)


def single_source_from(claim_table: pd.DataFrame, doc_ids: list[str]) -> pd.DataFrame:
    """Single-source claims whose one document is among `doc_ids` (e.g. the undated ones)."""
    single = single_source(claim_table)
    return single[single.doc_ids.isin(list(doc_ids))].reset_index(drop=True)


def _between_label(min_documents: int) -> str:
    if min_documents <= 2:
        return "_nolegend_"  # nothing lies between one document and the threshold
    return "2 documents" if min_documents == 3 else f"2 to {min_documents - 1} documents"


def plot_corroboration(summary: pd.DataFrame, min_documents: int = MIN_DOCUMENTS):
    """Claims per table split into single-source, 2..min_documents-1 documents, and meeting the
    threshold: stacked horizontal bars in greys with hatching (readable in black and white)."""
    from matplotlib.figure import Figure

    parts = summary[summary.table != "all"].iloc[::-1]
    single = parts.single_source.to_numpy()
    met = parts.corroborated.to_numpy()
    between = parts.claims.to_numpy() - single - met
    fig = Figure(figsize=(7, 3.6))
    ax = fig.add_subplot(1, 1, 1)
    y = range(len(parts))
    ax.barh(y, single, color="0.35", edgecolor="black", label="one document")
    ax.barh(y, between, left=single, color="0.7", hatch="//", edgecolor="black",
            label=_between_label(min_documents))
    ax.barh(y, met, left=single + between, color="white", hatch="..", edgecolor="black",
            label=f"{min_documents}+ documents (corroborated)")
    labels = {"position": "positions", "event": "events", "quantity": "quantities"}
    ax.set_yticks(list(y), [labels.get(t, t) for t in parts.table])
    ax.set_xlabel("claims (distinct normalised facts)")
    ax.set_ylabel("extracted table")
    ax.set_title("How many independent documents support each claim")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=3, fontsize=8, frameon=False)
    fig.text(0.01, 0.01, "Source: liaison extraction of the corpus; copies of one outlet's story count once.", fontsize=7)
    fig.subplots_adjust(bottom=0.32, left=0.16)
    return fig
