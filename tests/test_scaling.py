"""The analysis functions rewritten to scale (issue 8) against brute-force references written
here: the plain pairwise or per-row-filter versions they replaced, run on generated frames of
a few thousand rows built so that every kind of disagreement and overlap occurs many times.
A rewrite that changes a result, or its row order, fails here; no test measures time."""
import random
import re

import pandas as pd
from liaison.analysis import comentions as co
from liaison.analysis import corroboration as c
from liaison.analysis import functions as F
from liaison.analysis import overview
from liaison.analysis import personnel as P
from liaison.analysis.claims import figure_text, normalise_unit, source_keys, year_key
from liaison.analysis.disagreements import DISAGREEMENT_COLUMNS, _dates_differ
from liaison.analysis.evidence import sentence_finder, sentences_at
from liaison.analysis.gaps import (
    _PRECISION_RANK,
    _RELATIVE,
    GAP_COLUMNS,
    POST_KIND,
    date_covered,
    reference_unknowns,
    relative_phrases,
)
from liaison.reference.titles import normalise_title
from liaison.schema import columns
from liaison.store import Tables

RNG_SEED = 8
DOCS = [f"d{i:03d}" for i in range(40)]
NO_REFERENCE = pd.DataFrame(
    columns=["person_id", "organization_id", "norm", "title", "start", "end", "source_url", "file"]
)
NO_ORGS = pd.DataFrame(columns=["org_id", "name", "founded", "source_url"])


def _frames(n=1500):
    rng = random.Random(RNG_SEED)
    positions, events, quantities = [], [], []
    for i in range(n):
        person = rng.choice(["Wang Wu", "Li Si", "Zhao Liu", ""])
        org_id = rng.choice(["org:x", "org:y", ""])
        positions.append({
            "person": person, "person_id": "person:" + person.lower().replace(" ", "-") if person else "",
            "title": rng.choice(["head", "vice minister", "deputy minister", "spokesperson", "director", "member"]),
            "organization": rng.choice(["Org X", "Org Y", " org  y "]), "organization_id": org_id,
            "start": rng.choice(["", "2015", "2015-03", "2016", "2015-07-01", "2015-03-02"]),
            "end": rng.choice(["", "", "2018", "2019-01"]), "status": rng.choice(["current", "ended"]),
            "as_of": rng.choice(["", "2019-05-01", "2020-01-02"]), "doc_id": rng.choice(DOCS),
            "start_char": rng.randrange(500), "end_char": 600,
            "evidence": f"position {i}", "cue": "test",
        })
        event = dict.fromkeys(columns("events"), "")
        event.update({"event_id": f"e{i:05d}", "kind": rng.choice(["founding", "founding", "visit"]),
                      "counterpart": "Body", "counterpart_id": rng.choice(["org:a", "org:b", ""]),
                      "start": rng.choice(["", "2010", "2011-01", "2012"]), "doc_id": rng.choice(DOCS),
                      "start_char": 0, "end_char": 1, "evidence": f"event {i}"})
        events.append(event)
        quantities.append({"doc_id": rng.choice(DOCS), "value": rng.choice([160.0, 170.0, 600.0, 4e7]),
                           "unit": rng.choice(["countries", "parties or political organizations",
                                               "political parties and organizations"]),
                           "qualifier": "", "per": "", "as_of": rng.choice(["", "2019", "2016-05"]),
                           "text": "", "start_char": rng.randrange(900), "end_char": 1000,
                           "evidence": f"It has ties with figure {i}"})
    return (pd.DataFrame(positions, columns=columns("positions")), pd.DataFrame(events, columns=columns("events")),
            pd.DataFrame(quantities, columns=columns("quantities")))


def _row(*values):
    return dict(zip(DISAGREEMENT_COLUMNS, values))


def _brute_positions(positions):
    rows = positions.to_dict("records")
    for r in rows:
        r["org"] = r["organization_id"] or str(r["organization"]).casefold().strip()
        r["norm"] = normalise_title(r["title"])
        r["status"] = f"current@{year_key(r['as_of'])}" if r["status"] == "current" else r["status"]
    out = []
    for key in sorted({(r["person_id"], r["org"]) for r in rows if r["person_id"] and r["org"]}):
        group = [r for r in rows if (r["person_id"], r["org"]) == key]
        docs = sorted({r["doc_id"] for r in group})
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                ga, gb = [r for r in group if r["doc_id"] == a], [r for r in group if r["doc_id"] == b]
                for status in sorted({r["status"] for r in ga} & {r["status"] for r in gb}):
                    sa, sb = [r for r in ga if r["status"] == status], [r for r in gb if r["status"] == status]
                    ta, tb = {r["norm"] for r in sa}, {r["norm"] for r in sb}
                    ladders_a = {t.split(" ", 1)[-1] if t.startswith(("deputy ", "assistant ")) else t for t in ta}
                    ladders_b = {t.split(" ", 1)[-1] if t.startswith(("deputy ", "assistant ")) else t for t in tb}
                    if ta and tb and not ta & tb and ladders_a & ladders_b:
                        out.append(_row("title (documents)", f"{sa[0]['person']} / {sa[0]['organization']}", a,
                                        " | ".join(sorted(ta)), sa[0]["evidence"], b, " | ".join(sorted(tb)),
                                        sb[0]["evidence"]))
                for title in sorted({r["norm"] for r in ga} & {r["norm"] for r in gb}):
                    ra = next(r for r in ga if r["norm"] == title)
                    rb = next(r for r in gb if r["norm"] == title)
                    for field in ("start", "end"):
                        if _dates_differ(ra[field], rb[field]):
                            out.append(_row(f"{field} date (documents)", f"{ra['person']} / {title} / "
                                            f"{ra['organization']}", a, str(ra[field]), ra["evidence"], b,
                                            str(rb[field]), rb["evidence"]))
    return out


def _brute_foundings(events):
    found = [r for r in events.to_dict("records") if r["kind"] == "founding" and r["counterpart_id"]
             and year_key(r["start"])]
    out = []
    for body in sorted({r["counterpart_id"] for r in found}):
        firsts, seen = [], set()
        for r in sorted((r for r in found if r["counterpart_id"] == body), key=lambda r: (r["doc_id"], r["event_id"])):
            if r["doc_id"] not in seen:
                seen.add(r["doc_id"])
                firsts.append(r)
        for i, a in enumerate(firsts):
            for b in firsts[i + 1:]:
                if year_key(a["start"]) != year_key(b["start"]):
                    out.append(_row("founding year (documents)", a["counterpart"], a["doc_id"], year_key(a["start"]),
                                    a["evidence"], b["doc_id"], year_key(b["start"]), b["evidence"]))
    return out


def _brute_figures(quantities):
    rows = [dict(r, unit_key=normalise_unit(r["unit"]), year=year_key(r["as_of"]))
            for r in quantities.to_dict("records")]
    rows = [r for r in rows if r["year"]]
    out = []
    for unit_key, year in sorted({(r["unit_key"], r["year"]) for r in rows}):
        group = sorted((r for r in rows if (r["unit_key"], r["year"]) == (unit_key, year)),
                       key=lambda r: (r["doc_id"], r["start_char"]))
        seen = set()
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                key = (a["doc_id"], b["doc_id"], a["value"], b["value"])
                if a["doc_id"] != b["doc_id"] and a["value"] != b["value"] and key not in seen:
                    seen.add(key)
                    out.append(_row("figure (documents)", f"{a['unit']} as of {year}", a["doc_id"],
                                    figure_text(a["value"]), a["evidence"], b["doc_id"], figure_text(b["value"]),
                                    b["evidence"]))
    return out


def _tables(positions=None, events=None, quantities=None, mentions=None, passages=None):
    empty = {name: pd.DataFrame(columns=columns(name)) for name in
             ("positions", "events", "quantities", "mentions", "passages", "sentences")}
    return Tables(documents=pd.DataFrame({"doc_id": DOCS, "outlet": "", "title": DOCS}), references=pd.DataFrame(),
                  load_report=pd.DataFrame(), entities=pd.DataFrame(), sentences=empty["sentences"],
                  passages=empty["passages"] if passages is None else passages,
                  mentions=empty["mentions"] if mentions is None else mentions,
                  positions=empty["positions"] if positions is None else positions,
                  events=empty["events"] if events is None else events,
                  quantities=empty["quantities"] if quantities is None else quantities)


def test_disagreements_between_documents_equal_the_pairwise_walk():
    positions, events, quantities = _frames()
    got = c.disagreements(_tables(positions, events, quantities), NO_REFERENCE, NO_ORGS)
    rows = _brute_positions(positions) + _brute_foundings(events) + _brute_figures(quantities)
    want = pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
    want = want.sort_values(["kind", "subject", "doc_id", "other_source", "value"]).reset_index(drop=True)
    assert set(want.kind) == {"title (documents)", "start date (documents)", "end date (documents)",
                              "founding year (documents)", "figure (documents)"}
    assert len(want) > 5000
    pd.testing.assert_frame_equal(got, want)


def _brute_claim_rows(positions, events, quantities):
    """A claim row per extracted row, built one row at a time (what claim_rows did before)."""
    rows = []
    for r in positions.itertuples():
        title = normalise_title(r.title)
        org = r.organization_id or str(r.organization or "").casefold().strip()
        claim = f"{r.person}: {title or '?'}" + (f" of {r.organization}" if r.organization else "")
        rows.append((f"position|{r.person_id}|{title}|{org}", "position", r.person, claim, r.doc_id, r.evidence))
    for r in events.itertuples():
        year = year_key(r.start)
        sides = (f"founding of {r.counterpart}" if r.kind == "founding" and not r.actor and r.counterpart
                 else f"{r.kind}: {r.actor or '?'} → {r.counterpart or '?'}")
        claim = " ".join(part for part in [sides, f"in {r.places}" if r.places else "",
                                           f"({year})" if year else "(undated)"] if part)
        key = r.counterpart_id or str(r.counterpart or "").casefold().strip()
        rows.append((f"event|{r.kind}|{r.actor_id}|{key}|{r.places}|{year}", "event", r.actor or r.counterpart or "",
                     claim, r.doc_id, r.evidence))
    for r in quantities.itertuples():
        year = year_key(r.as_of)
        rows.append((f"quantity|{normalise_unit(r.unit)}|{figure_text(r.value)}|{year}", "quantity", r.unit,
                     f"{figure_text(r.value)} {r.unit}" + (f" (as of {year})" if year else " (as of unknown)"),
                     r.doc_id, r.evidence))
    frame = pd.DataFrame(rows, columns=columns("sources_claim_support"))
    return frame.sort_values(["claim_id", "doc_id"], kind="stable").reset_index(drop=True)


def test_claims_and_their_support_equal_a_row_by_row_build_and_a_per_claim_filter():
    rng = random.Random(RNG_SEED)
    positions, events, quantities = _frames(400)
    events = events.assign(actor=[rng.choice(["", "Li Si"]) for _ in range(len(events))],
                           places=[rng.choice(["", "CHN", "CHN|VNM"]) for _ in range(len(events))],
                           evidence=[rng.choice(["", f"event {i}"]) for i in range(len(events))])
    quantities = quantities.assign(value=[rng.choice([160.0, 0.0, -0.0, 2.5, 4e7]) for _ in range(len(quantities))])
    t = _tables(positions, events, quantities)
    t.documents = t.documents.assign(outlet=[rng.choice(["", "Outlet A", "Outlet B"]) for _ in DOCS],
                                     title=[rng.choice(["Story", "Other story"]) for _ in DOCS])
    support = c.claim_rows(t)
    pd.testing.assert_frame_equal(support, _brute_claim_rows(positions, events, quantities), check_dtype=False)
    assert {"-0", "0"} <= set(support.claim_id.str.split("|").str[2][support.table == "quantity"])
    # Support rows in another claim order (rows of one claim and document keep theirs) give the same claims.
    got = c.claims(t, support.sort_values("doc_id", ascending=False, kind="stable"))
    pd.testing.assert_frame_equal(got, c.claims(t))
    assert len(got) == support.claim_id.nunique() > 100
    keys = source_keys(t.documents)
    outlets = dict(zip(t.documents.doc_id, t.documents.outlet.replace("", "unknown outlet")))
    for row in got.itertuples():
        group = support[support.claim_id == row.claim_id]
        with_evidence = group[group.evidence != ""]
        cited = (with_evidence if len(with_evidence) else group).iloc[0]
        assert (row.table, row.subject, row.claim) == tuple(group[["table", "subject", "claim"]].iloc[0])
        assert row.doc_ids == "|".join(sorted(set(group.doc_id)))
        assert row.outlets == "|".join(sorted({outlets[d] for d in group.doc_id}))
        assert row.n_documents == len({keys[d] for d in group.doc_id})
        assert (row.n_rows, row.doc_id, row.evidence) == (len(group), cited.doc_id, cited.evidence)


def test_people_by_passage_equal_a_filter_per_passage():
    rng = random.Random(RNG_SEED)
    passages, mentions = [], []
    for doc_id in DOCS:
        offset = 0
        for i in range(30):
            length = rng.randrange(20, 80)
            passages.append({"doc_id": doc_id, "passage_id": i, "start": offset, "end": offset + length,
                             "section": rng.choice(["body", "body", "heading"]), "text": f"{doc_id} passage {i}"})
            offset += length + rng.randrange(0, 3)
        for _ in range(60):
            start = rng.randrange(offset)
            person = rng.randrange(8)
            mentions.append({"doc_id": doc_id, "start": start, "end": start + rng.randrange(1, 15),
                             "kind": rng.choice(["person", "person", "place"]),
                             "entity_id": rng.choice([f"p:{person}", ""]), "name": f"P{person}{rng.randrange(2)}"})
    passages, mentions = pd.DataFrame(passages), pd.DataFrame(mentions)
    prose = passages[passages.section == "body"].sort_values(["doc_id", "start"])
    found = mentions[(mentions.kind == "person") & (mentions.entity_id != "")]
    want = {}
    for p in prose.itertuples():
        inside = found[(found.doc_id == p.doc_id) & (found.start >= p.start) & (found.end <= p.end)]
        if len(inside):
            want[(p.doc_id, p.passage_id, p.text)] = dict(zip(inside.entity_id, inside.name))
    got = co._people_by_passage(mentions, passages)
    assert len(want) > 300
    assert list(got.items()) == list(want.items())  # same passages, people and names, in the same order


def test_roles_at_events_equal_a_lookup_filtering_who():
    positions, events, _ = _frames(250)
    who = P.who_is_who(positions, reference=pd.DataFrame(columns=P.WHO_COLUMNS))
    events = events.assign(actor=positions.person, actor_id=positions.person_id)
    documents = pd.DataFrame({"doc_id": DOCS, "published": "2016-05-01"})
    got = P.roles_at_events(events, documents, who)
    by_event = got.set_index("event_id")
    checked = 0
    for e in events[events.actor.fillna("") != ""].itertuples():
        if str(e.actor_id).startswith("person:"):
            own = who[(who.person_id == e.actor_id) | (who.person.str.casefold() == str(e.actor_id).casefold())]
            want = P.role_at(e.actor_id, e.start or "2016-05-01", own)
            assert by_event.at[e.event_id, "role"] == want["title"]
            assert by_event.at[e.event_id, "other_roles"] == want["also"]
            checked += 1
    assert checked > 100 and (got.role != "unknown").sum() > 20
    for name, date in [("wang wu", "2015-06"), ("Li Si", "2018"), ("person:zhao-liu", "2016-01-02")]:
        own = who[(who.person_id == name) | (who.person.str.casefold() == name.casefold())]
        assert P.role_at(name, date, who) == P.role_at(name, date, own)


def test_date_coverage_equals_a_scan_of_the_documents_dates():
    rng = random.Random(RNG_SEED)
    spans = [(rng.choice(DOCS[:5]), s, s + rng.randrange(1, 40)) for s in (rng.randrange(2000) for _ in range(600))]
    mentions = pd.DataFrame([{"doc_id": d, "start": s, "end": e, "kind": "date"} for d, s, e in spans]
                            + [{"doc_id": "d000", "start": 0, "end": 3000, "kind": "person"}])
    asked = pd.DataFrame([(rng.choice(DOCS[:6]), a, a + rng.randrange(1, 20)) for a in
                          (rng.randrange(2100) for _ in range(3000))], columns=["doc_id", "a", "b"])
    asked.index += 1
    got = date_covered(mentions, asked.doc_id, asked.a, asked.b)
    want = [any(d == doc_id and s < b and a < e for d, s, e in spans) for doc_id, a, b in asked.itertuples(index=False)]
    assert list(got.index) == list(asked.index) and got.tolist() == want
    assert 300 < sum(want) < 2700


def _sentence_rows(rng):
    """Sentences over the first documents with blanks between them, as extraction writes them."""
    rows = []
    for doc_id in DOCS[:6]:
        offset = rng.randrange(5)
        for i in range(40):
            length = rng.randrange(5, 60)
            rows.append([doc_id, i, 0, "body", offset, offset + length, f"{doc_id} sentence {i}"])
            if i % 13 == 5:  # two sentences starting at one offset: the later row is the one found
                rows.append([doc_id, i, 0, "body", offset, offset + length // 2, f"{doc_id} sentence {i}, cut"])
            offset += length + rng.choice([0, 1, 3])
    return pd.DataFrame(rows, columns=columns("sentences")).sample(frac=1, random_state=RNG_SEED)


def test_sentences_at_equals_the_sentence_finder_span_by_span():
    rng = random.Random(RNG_SEED)
    sentences = _sentence_rows(rng)
    find = sentence_finder(sentences)
    spans = pd.DataFrame({"doc_id": [rng.choice(DOCS[:8]) for _ in range(3000)],
                          "offset": [rng.randrange(2600) for _ in range(3000)]}, index=range(5000, 8000))
    got = sentences_at(sentences, spans.doc_id, spans.offset)
    want = [(find(d, o) or (0, 0, None))[2] for d, o in zip(spans.doc_id, spans.offset)]
    assert list(got.index) == list(spans.index) and got.tolist() == want
    assert got.isna().sum() > 100 and got.notna().sum() > 1000


def test_gaps_equal_a_ledger_built_row_by_row():
    rng = random.Random(RNG_SEED)
    positions, events, _ = _frames(600)
    # Zhao Liu's and the unnamed holders' posts are never dated, so they are gaps; others are when no claim is.
    positions = positions.assign(start=positions.start.where(~positions.person.isin(["Zhao Liu", ""]), ""))
    events = events.assign(places=[rng.choice(["", "CHN"]) for _ in range(len(events))],
                           actor=[rng.choice(["", "Li Si"]) for _ in range(len(events))],
                           actor_id=[rng.choice(["", "person:li-si"]) for _ in range(len(events))])
    mentions = pd.DataFrame([{"doc_id": rng.choice(DOCS[:8]), "start": (a := rng.randrange(2600)), "end": a + 5,
                              "text": f"Li {i}", "cue": "title", "kind": rng.choice(["person", "date"]),
                              "entity_id": rng.choice(["", "person:li-si"])} for i in range(800)])
    phrases = ["They met last week.", "Talks followed on Monday and in June.", "It was founded 30 years ago.",
               "No date here.", "Next month, two days later."]
    passages = pd.DataFrame([(doc_id, i, 60 * i, 60 * i + len(text), rng.choice(["body", "body", "title"]), text)
                             for doc_id in DOCS[:8] for i, text in enumerate(rng.choices(phrases, k=40))],
                            columns=["doc_id", "passage_id", "start", "end", "section", "text"])
    # Some phrases are covered by a date mention, exactly or in part.
    covered = [{"doc_id": p.doc_id, "start": p.start + rng.choice([0, 5, 12]), "end": p.start + 14, "text": "",
                "cue": "", "kind": "date", "entity_id": ""} for p in passages.sample(90, random_state=1).itertuples()]
    mentions = pd.concat([mentions, pd.DataFrame(covered)], ignore_index=True)
    t = _tables(positions, events, mentions=mentions, passages=passages)
    t.sentences = _sentence_rows(rng)
    t.documents = pd.DataFrame({"doc_id": DOCS, "title": DOCS, "published": [rng.choice(["", "2020"]) for _ in DOCS],
                                "date_precision": [rng.choice(["year", "day"]) for _ in DOCS], "date_basis": "sidecar",
                                "outlet": ""})
    find = sentence_finder(t.sentences)
    rows = [("undated document", d.doc_id, f"{d.title}: sidecar", "")
            for d in t.documents.itertuples() if not d.published]
    dated = dict(zip(t.documents.doc_id, zip(t.documents.published, t.documents.date_precision)))
    dates = [(m.doc_id, m.start, m.end) for m in mentions.itertuples() if m.kind == "date"]
    for p in passages[passages.section == "body"].itertuples():
        for start, end, phrase, need in relative_phrases(p.text):
            a, b = p.start + start, p.start + end
            if any(d == p.doc_id and s < b and a < e for d, s, e in dates):
                continue
            published, precision = dated[p.doc_id]
            if not published:
                kind, why = "unresolved relative date", "document undated"
            elif _PRECISION_RANK[precision] < _PRECISION_RANK[need]:
                kind, why = "unresolved relative date", f"document dated only to the {precision}; needs the {need}"
            else:
                kind = "relative date not extracted"
                why = f"document dated to the {precision}; not resolved by extraction"
            sentence = find(p.doc_id, a)
            rows.append((kind, p.doc_id, f"“{phrase}”: {why}", sentence[2] if sentence else " ".join(p.text.split())))
    for e in events.itertuples():
        label = (f"founding of {e.counterpart}" if e.kind == "founding" and not e.actor and e.counterpart
                 else f"{e.kind}: {e.actor or '?'} → {e.counterpart or '?'}")
        rows += [(kind, e.doc_id, label, e.evidence) for kind, missing in
                 (("event without date", not e.start), ("event without place", not e.places and not e.region),
                  ("event without actor", not e.actor_id)) if missing]
    rows += [("unresolved person mention", m.doc_id, f"“{m.text}” (cue: {m.cue})",
              (find(m.doc_id, m.start) or (0, 0, ""))[2])
             for m in mentions.itertuples() if m.kind == "person" and not m.entity_id]
    posts: dict[tuple, list] = {}
    for p in positions.itertuples():
        posts.setdefault((p.person_id or p.person, p.title, p.organization), []).append(p)
    for claims in posts.values():
        if any(p.start for p in claims):
            continue  # one document dating the post is enough
        dated = [p for p in claims if p.as_of]
        cite = min(dated or claims, key=lambda p: (p.as_of, p.doc_id, p.start_char))
        n, m = len({p.doc_id for p in dated}), len({p.doc_id for p in claims if not p.as_of})
        lo, hi = min((p.as_of for p in dated), default=""), max((p.as_of for p in dated), default="")
        said = ([f"{n} document{'s' * (n > 1)} dated {lo}" + (f" to {hi}" if hi != lo else "")] if n else []) + (
            [f"{m} undated document{'s' * (m > 1)}"] if m else [])
        rows.append((POST_KIND, cite.doc_id, f"{cite.person}: {cite.title} of {cite.organization or '?'}; no document "
                     f"gives its start; claimed in {' and '.join(said)}", cite.evidence))
    want = pd.concat([pd.DataFrame(rows, columns=GAP_COLUMNS), reference_unknowns()], ignore_index=True)
    want = want.sort_values(list(GAP_COLUMNS), kind="stable").reset_index(drop=True)
    got = c.gaps(t)
    assert set(got.kind) == set(want.kind) and len(got) > 1000 and len(set(want.kind)) == 9
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    # Hand-built empty frames (object dtypes) give the reference's own unknowns and nothing else.
    empty = _tables()
    empty.documents = t.documents.iloc[:0]
    stated = reference_unknowns().sort_values(list(GAP_COLUMNS), kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(c.gaps(empty), stated, check_dtype=False)


def test_relative_phrases_equal_every_pattern_run_on_every_text():
    texts = ["Appointed in June last year; met on Monday; born June 27, 2001; three years ago; late March.",
             "He came on FRIDAY, two weeks later; next spring", "Frıday and İn June", "nothing here", "ſpring",
             "last ſummer, this autumn, in December 12, TONIGHT, past winter", "in May 2020", "five days ago"]
    for text in texts:
        found = sorted((m.start(), m.end(), need) for pattern, need, _ in _RELATIVE for m in pattern.finditer(text))
        merged: list[list] = []
        for start, end, need in found:
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
                if _PRECISION_RANK[need] > _PRECISION_RANK[merged[-1][2]]:
                    merged[-1][2] = need
            else:
                merged.append([start, end, need])
        assert relative_phrases(text) == [(s, e, text[s:e], need) for s, e, need in merged]


def test_reliance_figure_draws_at_most_max_documents_bars_plus_the_rest():
    rng = random.Random(RNG_SEED)
    frame = pd.DataFrame({"doc_id": [f"d{i:04d}" for i in range(3000)],
                          **{name: [rng.randrange(50) for _ in range(3000)] for name in overview.EXTRACTED}})
    frame["total"] = frame[list(overview.EXTRACTED)].sum(axis=1)
    ax = overview.plot_reliance(frame, max_documents=40).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    top = frame.sort_values(["total", "doc_id"], ascending=[False, True]).head(40)
    assert labels == list(top.doc_id) + ["2960 other documents"]
    mentions = ax.containers[0]
    assert mentions[-1].get_width() == frame.mentions.sum() - top.mentions.sum()
    small = overview.plot_reliance(frame.head(5)).axes[0]
    assert [t.get_text() for t in small.get_yticklabels()] == list(frame.doc_id.head(5))


def test_function_evidence_equals_every_cue_searched_in_every_sentence():
    rng = random.Random(RNG_SEED)
    taxonomy = F.load_taxonomy()
    taxonomy = pd.concat([taxonomy, pd.DataFrame({"function": ["grouped", "classy"],
                                                  "cue": [r"(?:Think|policy) tanks?", r"[Pp]arty\s+school"]})])
    taxonomy = pd.concat([taxonomy, pd.DataFrame({"function": ["nested"], "cue": [r"(?:(?:ruling|think) |non-)\w+"]})])
    words = ["the", "İntelligence", "ſocialist states", "PARTY-TO-PARTY ties", "think tank", "policy  advice",
             "non-communist parties", "communist parties", "party school", "Party\tschool", "ruling party",
             "Think Tanks", "intelligencer", "socialist", "backchannels", "influences foreign", "policy research",
             "think\ntank", "outcomes of the 20th Party Congress", "the spirit of the 3rd plenum"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 6))) for _ in range(3000)]
    sents = pd.DataFrame([{"doc_id": f"d{i % 40:02d}", "passage_id": i, "section": "body", "start_char": i,
                           "end_char": i + 1, "evidence": text} for i, text in enumerate(texts)])
    want = []
    for fn in taxonomy.itertuples():
        cue = re.compile(fn.cue, re.IGNORECASE)
        for s in sents.itertuples():
            if m := cue.search(s.evidence):
                want.append({"function": fn.function, "doc_id": s.doc_id, "passage_id": s.passage_id,
                             "section": s.section, "start_char": s.start_char, "cue": m.group(0),
                             "evidence": s.evidence})
    want = pd.DataFrame(want, columns=F.EVIDENCE_COLUMNS)
    want = want.sort_values(["function", "doc_id", "start_char"], kind="stable").reset_index(drop=True)
    got = F.function_evidence(sents, taxonomy)
    assert len(want) > 2000 and want.function.nunique() == len(taxonomy)
    pd.testing.assert_frame_equal(got, want)
    assert F.literal_starts(r"think tanks?|(?<!non-)communist|\bparty (?:school|ties)") == (
        "think tank", "communist", "party ")
    assert F.literal_starts("a|") == () and F.literal_starts("(?:a|b)?c") == () and F.literal_starts("(?:a|[b])c") == ()
    # A group the cue must begin with gives its alternatives' starts, nested groups included.
    assert F.literal_starts("(?:a|b)c") == ("a", "b")
    assert F.literal_starts(r"(?:Spirit|outcomes?) of|x(?:y)|(?:(?:P|q)r|s)t") == (
        "spirit", "outcome", "x", "p", "q", "s")
