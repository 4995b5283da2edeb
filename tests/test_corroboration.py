"""Tests for liaison.analysis.corroboration: claims and their support, disagreements (between documents
and against the reference data) and the ledger of gaps, on the seeds and on small frames."""
import pandas as pd
import pytest
from liaison.analysis import corroboration as c
from liaison.analysis.claims import source_keys
from liaison.analysis.gaps import GAP_COLUMNS, posts_without_start, relative_phrases
from liaison.extract.sentences import split_sentences
from liaison.schema import columns
from liaison.store import Tables

EVENT_COLUMNS, MENTION_COLUMNS = columns("events"), columns("mentions")
POSITION_COLUMNS, QUANTITY_COLUMNS = columns("positions"), columns("quantities")
SENTENCE_COLUMNS = columns("sentences")

SEED_001 = "001_086b57c32b2f9de0"
SEED_002 = "002_2ae41ebc53c0db97"


@pytest.fixture(scope="module")
def seed_claims(tables):
    return c.claims(tables)


# --------------------------------------------------------------------------- small frames

def _documents(*rows):
    """rows: (doc_id, outlet, title, published, precision)."""
    return pd.DataFrame([
        {"doc_id": d, "outlet": o, "title": t, "published": p, "date_precision": pr, "date_basis": "test", "text": ""}
        for d, o, t, p, pr in rows
    ])


def _position(doc_id, person, title, org_id, start="", end="", status="current", organization=None):
    return {"person": person, "person_id": "person:" + person.lower().replace(" ", "-"), "title": title,
            "organization": organization or org_id, "organization_id": org_id, "start": start, "end": end,
            "status": status, "as_of": "", "doc_id": doc_id, "start_char": 0, "end_char": 1,
            "evidence": f"{person} is {title} ({doc_id})", "cue": "test"}


def _event(doc_id, i, kind="visit", actor="", actor_id="", counterpart="", counterpart_id="", places="", start=""):
    row = dict.fromkeys(EVENT_COLUMNS, "")
    row.update({"event_id": f"{doc_id}:e{i:03d}", "kind": kind, "actor": actor, "actor_id": actor_id,
                "counterpart": counterpart, "counterpart_id": counterpart_id, "places": places, "start": start,
                "doc_id": doc_id, "start_char": 0, "end_char": 1, "evidence": f"event {i} in {doc_id}"})
    return row


def _quantity(doc_id, value, unit, as_of, start_char=0):
    return {"doc_id": doc_id, "value": value, "unit": unit, "qualifier": "", "per": "", "as_of": as_of,
            "text": f"{value} {unit}", "start_char": start_char, "end_char": start_char + 1,
            "evidence": f"It has ties with {value} {unit} ({doc_id})"}


def _sentences(passages):
    """The sentences table extraction would write for these passages."""
    rows = [[p.doc_id, i, p.passage_id, p.section, s.start, s.end, s.text] for p in passages.itertuples()
            for i, s in enumerate(split_sentences(p.text, p.start, p.passage_id, p.section))]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def _tables(documents, positions=(), events=(), quantities=(), passages=None, mentions=()):
    if passages is None:
        passages = pd.DataFrame(columns=["doc_id", "passage_id", "start", "end", "section", "text"])
    return Tables(
        documents=documents,
        passages=passages,
        sentences=_sentences(passages),
        references=pd.DataFrame(),
        load_report=pd.DataFrame(),
        mentions=pd.DataFrame(list(mentions), columns=MENTION_COLUMNS),
        entities=pd.DataFrame(),
        positions=pd.DataFrame(list(positions), columns=POSITION_COLUMNS),
        events=pd.DataFrame(list(events), columns=EVENT_COLUMNS),
        quantities=pd.DataFrame(list(quantities), columns=QUANTITY_COLUMNS),
    )


TWO_OUTLETS = _documents(("a", "Outlet A", "Story A", "2020-01-02", "day"),
                         ("b", "Outlet B", "Story B", "2020-02-03", "day"))
NO_REFERENCE = pd.DataFrame(
    columns=["person_id", "organization_id", "norm", "title", "start", "end", "source_url", "file"]
)
NO_ORGS = pd.DataFrame(columns=["org_id", "name", "founded", "source_url"])


def test_two_documents_agreeing_are_corroborated():
    t = _tables(TWO_OUTLETS, positions=[_position("a", "Wang Wu", "vice minister", "org:ild"),
                                        _position("b", "Wang Wu", "deputy minister", "org:ild")])
    table = c.claims(t)
    assert len(table) == 1
    row = table.iloc[0]
    assert row.claim_id == "position|person:wang-wu|deputy head|org:ild"
    assert (row.n_documents, row.n_rows, row.doc_ids, row.outlets) == (2, 2, "a|b", "Outlet A|Outlet B")
    assert len(c.corroborated(table)) == 1 and c.single_source(table).empty
    assert c.corroborated(table, min_documents=3).empty
    assert c.disagreements(t, NO_REFERENCE, NO_ORGS).empty


def test_copies_of_one_outlets_story_count_once():
    docs = _documents(("a", "Outlet A", "Same  story", "2020", "year"), ("b", "outlet a", "Same story", "2020", "year"),
                      ("c", "", "Same story", "", "unknown"), ("d", "", "Same story", "", "unknown"))
    t = _tables(docs, quantities=[_quantity(d, 160.0, "countries", "2019") for d in "abcd"])
    row = c.claims(t).iloc[0]
    assert row.claim_id == "quantity|countries|160|2019"
    # a and b are one story; c and d have no known outlet, so each is its own source
    assert (row.n_rows, row.n_documents) == (4, 3)


def test_a_claims_outlets_name_the_site_when_the_sidecar_names_no_outlet():
    docs = _documents(("a", "Xinhua", "One", "2020", "year"), ("b", "", "Two", "2020", "year"),
                      ("c", "", "Three", "2020", "year"))
    docs["source_url"] = ["", "https://www.idcpc.org.cn/english/news/1.html", ""]
    t = _tables(docs, quantities=[_quantity(d, 160.0, "countries", "2019") for d in "abc"])
    assert c.claims(t).iloc[0].outlets == "Xinhua|idcpc.org.cn|unknown outlet"


def test_two_documents_disagreeing_on_title_and_dates():
    t = _tables(TWO_OUTLETS, positions=[
        _position("a", "Wang Wu", "head", "org:x", start="2015-03"),
        _position("b", "Wang Wu", "deputy head", "org:x"),
        _position("a", "Li Si", "director", "org:y", start="2015-03", status="ended"),
        _position("b", "Li Si", "head", "org:y", start="2016", status="ended"),
        _position("b", "Zhao Liu", "chief", "org:y", start="2015", status="ended"),
        _position("a", "Zhao Liu", "head", "org:y", start="2015-07", status="ended"),
    ])
    d = c.disagreements(t, NO_REFERENCE, NO_ORGS)
    assert list(d.kind) == ["start date (documents)", "title (documents)"]
    start = d.iloc[0]
    assert (start.doc_id, start.value, start.other_source, start.other_value) == ("a", "2015-03", "b", "2016")
    title = d.iloc[1]
    assert (title.value, title.other_value) == ("head", "deputy head")
    assert title.evidence == "Wang Wu is head (a)" and title.other_evidence == "Wang Wu is deputy head (b)"


def test_founding_and_figure_disagreements_between_documents():
    t = _tables(TWO_OUTLETS,
                events=[_event("a", 0, "founding", counterpart="Centre", counterpart_id="org:centre", start="2010"),
                        _event("b", 0, "founding", counterpart="Centre", counterpart_id="org:centre", start="2011-01"),
                        _event("b", 1, "founding", counterpart="Other", counterpart_id="org:other", start="1981")],
                quantities=[_quantity("a", 600.0, "political parties and organizations", "2019"),
                            _quantity("b", 500.0, "parties or political organizations", "2019"),
                            _quantity("b", 4.0, "days", "2019", 5), _quantity("b", 8.0, "days", "2019", 9),
                            _quantity("a", 160.0, "countries", "2016"), _quantity("b", 170.0, "countries", "2019")])
    d = c.disagreements(t, NO_REFERENCE, NO_ORGS)
    assert list(zip(d.kind, d.value, d.other_value)) == [
        ("figure (documents)", "600", "500"),
        ("founding year (documents)", "2010", "2011"),
    ]


def test_figures_that_are_no_reach_are_neither_claims_nor_disagreements():
    """"the two countries" in every report, or two trips' lengths, have no subject in common between
    documents: they are not corroborated claims and do not contradict the reach."""
    def said(doc_id, value, unit, evidence):
        return {**_quantity(doc_id, value, unit, "2024"), "text": f"two {unit}", "evidence": evidence}
    t = _tables(TWO_OUTLETS, quantities=[
        said("a", 2.0, "countries", "Relations between the two countries have deepened (a)"),
        said("b", 2.0, "countries", "Relations between the two countries have deepened (b)"),
        said("b", 72.0, "countries", "Delegates from 72 countries attended the congress (b)"),
        said("a", 4.0, "days", "He began a four-day visit to Britain (a)"),
        said("b", 3.0, "days", "He began a three-day visit to Ethiopia (b)")])
    assert c.disagreements(t, NO_REFERENCE, NO_ORGS).empty
    assert c.claims(t).empty


def test_documents_against_reference():
    tenures = pd.DataFrame([
        {"person_id": "person:wang-wu", "organization_id": "place:CHN:zhejiang", "title": "Secretary of the Provincial "
         "Commission for Discipline Inspection", "start": "2017-04", "end": "2018-05", "source_url": "https://ref/1",
         "file": "people.csv"},
        {"person_id": "person:wang-wu", "organization_id": "org:ild", "title": "Vice Minister", "start": "", "end": "",
         "source_url": "https://ref/2", "file": "people.csv"},
    ])
    orgs = pd.DataFrame([{"org_id": "centre", "name": "Centre", "founded": "2011-01-27", "source_url": "https://ref/3"},
                         {"org_id": "old", "name": "Old", "founded": "1951", "source_url": "https://ref/4"}])
    t = _tables(TWO_OUTLETS,
                positions=[_position("a", "Wang Wu", "party secretary", "place:CHN:zhejiang", status="ended"),
                           _position("b", "Wang Wu", "deputy minister", "org:ild")],
                events=[_event("a", 0, "founding", counterpart="Centre", counterpart_id="org:centre", start="2010"),
                        _event("a", 1, "founding", counterpart="Old", counterpart_id="org:old", start="1951")])
    d = c.disagreements(t, tenures, orgs)
    assert list(d.kind) == ["founding year vs reference", "title vs reference"]
    founding, title = d.iloc[0], d.iloc[1]
    assert (founding.value, founding.other_value, founding.other_evidence) == ("2010", "2011-01-27", "https://ref/3")
    assert (title.doc_id, title.value, title.other_evidence) == ("a", "party secretary", "https://ref/1")
    assert "Discipline Inspection" in title.other_value


def test_relative_phrases():
    found = relative_phrases("Appointed in June last year; met on Monday; born June 27, 2001; left in May 2020; "
                               "three years ago; late March.")
    assert [(p, need) for _, _, p, need in found] == [
        ("in June last year", "year"), ("on Monday", "day"), ("three years ago", "year"), ("late March", "year")]


def test_gap_ledger_on_frames():
    docs = _documents(("a", "Outlet A", "Undated", "", "unknown"), ("b", "Outlet B", "Coarse", "2020", "year"),
                      ("c", "Outlet C", "Fine", "2020-06-03", "day"))
    texts = {"a": "It opened last year.", "b": "He came on Sunday.", "c": "He came on Sunday. He left last month."}
    passages = pd.DataFrame([{"doc_id": d, "passage_id": 0, "start": 0, "end": len(x), "section": "body", "text": x}
                             for d, x in texts.items()])
    date = {"doc_id": "c", "start": 8, "end": 17, "text": "on Sunday", "kind": "date", "entity_id": "",
            "name": "2020-05-31", "cue": "relative"}
    short = {"doc_id": "c", "start": 0, "end": 2, "text": "He", "kind": "person", "entity_id": "", "name": "",
             "cue": "surname"}
    heads = pd.DataFrame([{"holder": "X", "start": "1990", "end": "", "source_url": "https://ref",
                           "note": "Start month not found. He was well liked."}])
    t = _tables(docs, passages=passages, mentions=[date, short],
                positions=[_position("b", "Wang Wu", "head", "org:x")],
                events=[_event("c", 0, "meeting", actor="Wang Wu", actor_id="person:wang-wu", places="ITA",
                               start="2020-05"),
                        _event("c", 1, "visit")])
    g = c.gaps(t, heads)
    counts = dict(zip(c.gap_counts(g).kind, c.gap_counts(g).gaps))
    assert counts == {"event without actor": 1, "event without date": 1, "event without place": 1,
                      "post with no stated start": 1, "reference unknown": 1, "relative date not extracted": 1,
                      "undated document": 1, "unresolved person mention": 1, "unresolved relative date": 2}
    relative = g[g.kind == "unresolved relative date"]
    assert list(relative.doc_id) == ["a", "b"]
    assert relative.detail.iloc[0] == "“last year”: document undated"
    assert relative.detail.iloc[1] == "“on Sunday”: document dated only to the year; needs the day"
    assert relative.evidence.iloc[1] == "He came on Sunday."
    assert g[g.kind == "relative date not extracted"].detail.iloc[0].startswith("“last month”")
    assert g[g.kind == "reference unknown"].evidence.iloc[0] == "Start month not found."


# --------------------------------------------------------------------------- seeds

def test_seed_claims_are_mostly_single_source(seed_claims):
    summary = c.corroboration_summary(seed_claims).set_index("table")
    assert summary.at["all", "claims"] == len(seed_claims) > 30
    assert summary.at["all", "single_share"] > 0.8
    liu_head = seed_claims[seed_claims.claim_id == "position|person:liu-jianchao|head|org:ild"].iloc[0]
    assert liu_head.n_documents >= 3 and SEED_001 in liu_head.doc_ids.split("|")


def test_single_source_claims_of_the_undated_profile(seed_claims):
    single = c.single_source(seed_claims)
    from_001 = single[single.doc_ids == SEED_001]
    assert len(from_001) >= 3
    assert (from_001.n_documents == 1).all()
    assert "position|person:liu-jianchao|party secretary|place:CHN:zhejiang" in set(from_001.claim_id)
    assert "position|person:liu-jianchao|deputy head|org:ccdi" in set(from_001.claim_id)


def test_seed_disagreements_with_reference(tables):
    d = c.disagreements(tables)
    zhejiang = d[(d.kind == "title vs reference") & d.subject.str.contains("Zhejiang")]
    assert len(zhejiang) == 1
    assert zhejiang.iloc[0].doc_id == SEED_001 and zhejiang.iloc[0].value == "party secretary"
    assert "wikipedia.org/wiki/Liu_Jianchao" in zhejiang.iloc[0].other_evidence
    ccdi = d[(d.kind == "title vs reference") & d.subject.str.contains("Discipline")]
    assert list(ccdi.doc_id) == [SEED_001]
    cccws = d[d.kind == "founding year vs reference"]
    assert list(zip(cccws.doc_id, cccws.value, cccws.other_value)) == [(SEED_002, "2010", "2011-01-27")]
    # the heads of the department agree with the reference list: no ILD title disagreement
    assert not d.subject.str.contains("Liu Jianchao / International Department").any()


def test_seed_gaps(tables):
    g = c.gaps(tables)
    assert list(g[g.kind == "undated document"].doc_id) == [SEED_001]
    relative = g[(g.kind == "unresolved relative date") & (g.doc_id == SEED_001)]
    assert len(relative) >= 1
    assert relative.detail.str.contains("last year").any()
    assert (g[g.kind == "reference unknown"].doc_id == "").all()
    assert g[g.kind == "reference unknown"].evidence.str.contains("never officially explained").any()
    assert set(g.kind) >= {"event without date", "post with no stated start"}
    assert list(g.columns) == GAP_COLUMNS


# --------------------------------------------------------------------------- notebook helpers

@pytest.mark.parametrize(
    "value, expected", [(2, 2), (3, 3), ("4", 4), (0, 2), (-1, 2), (2.5, 2), ("many", 2), (None, 2)]
)
def test_check_min_documents(value, expected):
    number, message = c.check_min_documents(value)
    assert number == expected
    assert ("using 2" in message) == (expected == 2 and value not in (2, "2"))


def test_single_source_from_undated_documents():
    docs = _documents(("a", "Outlet A", "Dated", "2020", "year"), ("u", "", "Undated", "", "unknown"))
    t = _tables(docs, positions=[_position("u", "Wang Wu", "head", "org:x"), _position("a", "Wang Wu", "head", "org:x"),
                                 _position("u", "Li Si", "governor", "place:CHN:zhejiang")])
    assert c.undated_documents(t) == ["u"]
    table = c.claims(t)
    only = c.single_source_from(table, c.undated_documents(t))
    assert list(only.claim_id) == ["position|person:li-si|governor|place:CHN:zhejiang"]


def test_summary_and_plot():
    t = _tables(
        TWO_OUTLETS,
        positions=[_position("a", "Wang Wu", "head", "org:x"), _position("b", "Wang Wu", "head", "org:x")],
        quantities=[_quantity("a", 160.0, "countries", "2020")],
    )
    summary = c.corroboration_summary(c.claims(t), 2).set_index("table")
    assert summary.loc["all"].to_dict() == {"claims": 2, "single_source": 1, "corroborated": 1, "single_share": 0.5}
    assert summary.loc["event"].to_dict() == {"claims": 0, "single_source": 0, "corroborated": 0, "single_share": 0.0}
    fig = c.plot_corroboration(summary.reset_index(), 3)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["quantities", "events", "positions"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["one document", "2 documents",
                                                                    "3+ documents (corroborated)"]


def test_an_event_label_names_both_sides_and_a_founding_reads_as_one():
    from liaison.analysis.claims import event_labels
    events = pd.DataFrame({"kind": ["meeting", "founding", "visit"], "actor": ["Zhou Mingyuan", "", ""],
                           "counterpart": ["Raúl Vega", "Centre", ""]})
    assert event_labels(events).tolist() == ["meeting: Zhou Mingyuan → Raúl Vega", "founding of Centre", "visit: ? → ?"]


def test_a_secretary_of_the_discipline_commission_agrees_with_its_discipline_secretary():
    """"Li Si, secretary of the CCDI" is what the reference calls "Secretary of the Central Commission
    for Discipline Inspection": no disagreement."""
    tenures = pd.DataFrame([
        {"person_id": "person:li-si", "organization_id": "org:ccdi", "title": "Secretary of the Central Commission "
         "for Discipline Inspection", "start": "2022-10", "end": "", "source_url": "https://ref/5",
         "file": "people.csv"},
    ])
    orgs = pd.DataFrame(columns=["org_id", "name", "founded", "source_url"])
    ccdi = "Central Commission for Discipline Inspection of the Communist Party of China"
    t = _tables(TWO_OUTLETS, positions=[_position("a", "Li Si", "secretary", "org:ccdi", organization=ccdi)])
    assert c.disagreements(t, tenures, orgs).empty


def test_current_titles_of_different_years_are_a_career_not_a_contradiction():
    """Vice president in a 2009 report and president in a 2014 one: no contradiction; the same year
    with no title in common is one."""
    t = _tables(TWO_OUTLETS, positions=[
        {**_position("a", "Wang Wu", "vice president", "place:CHN"), "as_of": "2009-12-01"},
        {**_position("b", "Wang Wu", "president", "place:CHN"), "as_of": "2014-05-01"},
        {**_position("a", "Li Si", "vice governor", "place:CHN:zhejiang"), "as_of": "2019-03-01"},
        {**_position("b", "Li Si", "governor", "place:CHN:zhejiang"), "as_of": "2019-09-01"}])
    d = c.disagreements(t, NO_REFERENCE, NO_ORGS)
    assert list(zip(d.kind, d.subject)) == [("title (documents)", "Li Si / place:CHN:zhejiang")]


def test_posts_held_together_are_no_contradiction_but_rungs_of_one_ladder_are():
    """One report calls her deputy prime minister, another (the same year) foreign minister: she
    is both, as Vietnam's and Laos's deputy premiers often are. A general secretary who is also
    the state's president, likewise. A vice minister called minister by another report clashes."""
    t = _tables(TWO_OUTLETS, positions=[
        {**_position("a", "Wang Wu", "deputy prime minister", "place:VNM"), "as_of": "2024-09-02"},
        {**_position("b", "Wang Wu", "foreign minister", "place:VNM"), "as_of": "2024-04-02"},
        {**_position("a", "Li Si", "general secretary", "place:VNM"), "as_of": "2024-10-01"},
        {**_position("b", "Li Si", "president", "place:VNM"), "as_of": "2024-08-01"},
        {**_position("a", "Zhao Liu", "vice minister", "org:ild"), "as_of": "2020-01-05"},
        {**_position("b", "Zhao Liu", "minister", "org:ild"), "as_of": "2020-06-05"},
        {**_position("a", "Qian Qi", "assistant minister", "org:ild"), "as_of": "2021-01-05"},
        {**_position("b", "Qian Qi", "vice minister", "org:ild"), "as_of": "2021-06-05"}])
    d = c.disagreements(t, NO_REFERENCE, NO_ORGS)
    assert sorted(zip(d.subject, d.value, d.other_value)) == [
        ("Qian Qi / org:ild", "assistant head", "deputy head"), ("Zhao Liu / org:ild", "deputy head", "head")]


def test_a_post_before_the_reference_tenure_is_no_contradiction_and_is_listed_once():
    tenures = pd.DataFrame([
        {"person_id": "person:wang-wu", "organization_id": "org:ild", "title": "Head of the International Department",
         "start": "2003", "end": "2015-11", "source_url": "https://ref/1", "file": "ild_heads.csv"}])
    t = _tables(TWO_OUTLETS, positions=[
        {**_position("a", "Wang Wu", "deputy head", "org:ild"), "as_of": "2001-06-01"},
        {**_position("b", "Wang Wu", "deputy head", "org:ild"), "as_of": "2010-06-01"},
        {**_position("b", "Wang Wu", "deputy head", "org:ild"), "as_of": "2010-06-01", "start_char": 9}])
    d = c.disagreements(t, tenures, NO_ORGS)
    assert list(zip(d.kind, d.doc_id)) == [("title vs reference", "b")]


def test_a_senior_official_contradicts_no_post_the_reference_lists():
    tenures = pd.DataFrame([
        {"person_id": "person:wang-wu", "organization_id": "org:cpc", "title": "Member of the Politburo Standing "
         "Committee", "start": "2017", "end": "", "source_url": "https://ref/1", "file": "people.csv"}])
    t = _tables(TWO_OUTLETS, positions=[{**_position("a", "Wang Wu", "senior official", "org:cpc"),
                                         "as_of": "2020-01-01"}])
    assert c.disagreements(t, tenures, NO_ORGS).empty


def test_the_sources_findings_read_as_sentences_in_the_singular_plural_and_empty_cases():
    met = pd.DataFrame({"claim": ["meeting: A → B (2020)"], "n_documents": [2]})
    assert c.threshold_sentence(met, 2) == ("1 claim meets the threshold of 2 documents: meeting: A → B (2020) "
                                            "(2 documents).")
    assert c.threshold_sentence(met.iloc[0:0], 2) == "no claims meet the threshold of 2 documents."
    assert c.undated_sentence([], met.iloc[0:0], {}) == "Every document in the corpus carries a date."
    assert c.undated_sentence(["u"], met, {"u": "Outlet, undated"}) == (
        "1 document in the corpus carries no date (Outlet, undated); 1 single-source claim rests on it alone, "
        "among them meeting: A → B (2020).")
    assert c.undated_sentence(["u", "v"], met.iloc[0:0], {}) == (
        "2 documents in the corpus carry no date (u and v); no single-source claims rest on them alone.")
    # Invented: three undated reports; each label holds commas, so the labels are set apart by semicolons.
    names = {d: f"Lakeside Herald, undated, Guests from {d}, then home" for d in ("Ardia", "Bellmark", "Corvo")}
    assert c.undated_sentence(list(names), met.iloc[0:0], names) == (
        "3 documents in the corpus carry no date (Lakeside Herald, undated, Guests from Ardia, then home; Lakeside "
        "Herald, undated, Guests from Bellmark, then home and Lakeside Herald, undated, Guests from Corvo, then "
        "home); no single-source claims rest on them alone.")
    clash = pd.DataFrame({"subject": ["Wang Wu / ILD"], "value": ["deputy head"], "other_source": ["reference:x.csv"],
                          "other_value": ["Head (2003–2015)"]})
    assert c.reference_clash_sentence(clash) == ("1 document claim contradicts the curated reference data: Wang Wu / "
                                                 "ILD: a document says deputy head, reference:x.csv says Head "
                                                 "(2003–2015).")
    assert c.reference_clash_sentence(clash.iloc[0:0]) == "no document claims contradict the curated reference data."


def test_contradictions_between_documents_read_as_a_sentence_quoting_each_side():
    clash = pd.DataFrame({"subject": ["Wang Wu / ILD", "founding of ILD"], "kind": ["title (documents)",
                          "founding year (documents)"], "doc_id": ["a", "b"], "value": ["head", "1951"],
                          "other_source": ["b", "c"], "other_value": ["deputy head", "1952"]})
    names = {"a": "Xinhua, 2023, Visit", "b": "China Daily, 2016, Event"}
    assert c.documents_clash_sentence(clash.iloc[:1], names) == (
        "Documents contradict each other on 1 claim: Wang Wu / ILD (title (documents)): Xinhua, 2023, Visit says "
        "head, China Daily, 2016, Event says deputy head.")
    assert c.documents_clash_sentence(clash, names) == (
        "Documents contradict each other on 2 claims: Wang Wu / ILD (title (documents)): Xinhua, 2023, Visit says "
        "head, China Daily, 2016, Event says deputy head; founding of ILD (founding year (documents)): China Daily, "
        "2016, Event says 1951, c says 1952.")
    assert c.documents_clash_sentence(clash.iloc[0:0], names) == "Documents contradict each other on no claims."


def test_the_gaps_by_kind_read_as_a_sentence_quoting_the_unresolved_relative_dates():
    counts = pd.DataFrame({"kind": ["post with unknown start", "unresolved relative date"], "gaps": [30, 2]})
    relative = pd.DataFrame({"detail": ["“last year”: document undated", "“on Sunday”: document dated only to the "
                                        "month; needs the day"]})
    assert c.gaps_sentence(counts, relative) == (
        "What the corpus cannot tell, by kind: post with unknown start (30) and unresolved relative date (2); the "
        "unresolved relative dates are “last year”: document undated and “on Sunday”: document dated only to the "
        "month; needs the day.")
    assert c.gaps_sentence(counts.iloc[1:].assign(gaps=1), relative.iloc[:1]) == (
        "What the corpus cannot tell, by kind: unresolved relative date (1); the unresolved relative date is "
        "“last year”: document undated.")
    assert c.gaps_sentence(counts.iloc[:1], relative.iloc[0:0]) == (
        "What the corpus cannot tell, by kind: post with unknown start (30).")
    assert c.gaps_sentence(counts.iloc[0:0], relative.iloc[0:0]) == (
        "The corpus leaves none of the gaps this workbook looks for.")


def test_the_reference_unknowns_read_as_a_sentence_naming_each_head_once():
    stated = pd.DataFrame({"detail": ["Dai Bingguo (1997–2003); https://ref/1", "Dai Bingguo (1997–2003); https://ref/2",
                                      "Liu Haixing (2025-09–?); https://ref/3"]})
    assert c.reference_unknowns_sentence(stated) == (
        "The curated list of heads itself marks 3 points as unknown or disputed, about Dai Bingguo (1997–2003) and "
        "Liu Haixing (2025-09–?) (each with its source's address, in tables/sources_gaps.csv).")
    assert c.reference_unknowns_sentence(stated.iloc[2:]) == (
        "The curated list of heads itself marks 1 point as unknown or disputed, about Liu Haixing (2025-09–?) (with "
        "its source's address, in tables/sources_gaps.csv).")
    assert c.reference_unknowns_sentence(stated.iloc[0:0]) == (
        "The curated list of heads itself marks no points as unknown or disputed.")


def test_a_reference_tenure_of_unknown_span_does_not_contradict_a_dated_post():
    # Invented: a 2012 report calls Wang Wu a director-general; the list knows him as vice minister, undated.
    tenures = pd.DataFrame([
        {"person_id": "person:wang-wu", "organization_id": "org:ild", "title": "Vice Minister", "start": "",
         "end": "", "source_url": "https://ref/1", "file": "people.csv"},
        {"person_id": "person:wang-wu", "organization_id": "org:ild", "title": "Assistant Minister", "start": "2010",
         "end": "2014", "source_url": "https://ref/2", "file": "people.csv"}])
    t = _tables(TWO_OUTLETS, positions=[{**_position("a", "Wang Wu", "director general", "org:ild"),
                                         "as_of": "2012-05-25"}])
    d = c.disagreements(t, tenures, NO_ORGS)
    assert list(d.other_value) == ["Assistant Minister (2010–2014)"]
    only_undated = c.disagreements(t, tenures.iloc[:1], NO_ORGS)
    assert only_undated.empty


def test_one_story_reposted_under_its_title_on_its_day_is_one_source():
    # Invented: a wire story saved twice, once with a curly apostrophe and no outlet, once from a
    # reposting site; and a weekly column that keeps its title across dates.
    docs = _documents(("a", "", "China\u2019s party names a new liaison chief", "2022-06-03", "day"),
                      ("b", "Gulf Reposts", "China's party  names a new liaison chief", "2022-06-03", "day"),
                      ("c", "Party Weekly", "Foreign contacts", "2022-06-03", "day"),
                      ("d", "Party Weekly", "Foreign contacts", "2022-06-10", "day"))
    t = _tables(docs, quantities=[_quantity(d, 160.0, "countries", "2022") for d in "abcd"])
    row = c.claims(t).iloc[0]
    assert (row.n_rows, row.n_documents) == (4, 3)  # a = b; c and d are two issues of one column
    keys = source_keys(docs)
    assert keys["a"] == keys["b"] != keys["c"]


def test_a_post_no_document_dates_is_one_gap_saying_what_the_corpus_does_say():
    # Invented: a provincial secretary named in three reports (one undated), a head one report dates.
    def claim(person, title, doc_id, as_of, start="", at=0):
        return {"person": person, "person_id": "person:" + person.lower().replace(" ", "-"), "title": title,
                "organization": "Yunnan", "organization_id": "place:CHN:yunnan", "start": start, "end": "",
                "status": "current", "as_of": as_of, "doc_id": doc_id, "start_char": at, "end_char": at + 9,
                "evidence": f"{person} in {doc_id}.", "cue": "appositive"}
    positions = pd.DataFrame([claim("Wang Ning", "secretary", "b", "2023-05-01"),
                              claim("Wang Ning", "secretary", "c", "2021-02-03"),
                              claim("Wang Ning", "secretary", "a", ""),
                              claim("Zhao Wu", "head", "d", "2020-01-01"),
                              claim("Zhao Wu", "head", "e", "2022-01-01", start="2019")])
    g = posts_without_start(positions)
    assert g.values.tolist() == [[
        "post with no stated start", "c",
        "Wang Ning: secretary of Yunnan; no document gives its start; claimed in 2 documents dated 2021-02-03 to "
        "2023-05-01 and 1 undated document", "Wang Ning in c."]]
    assert posts_without_start(positions.iloc[:0]).empty


def test_a_provinces_secretary_is_its_party_secretary_not_a_contradiction():
    # Invented: "Secretary of the Party Committee of Yunnan" and 省委书记 both come out as a bare "secretary".
    tenures = pd.DataFrame([
        {"person_id": "person:wang-wu", "organization_id": "place:CHN:yunnan", "title": "Party Secretary of Yunnan",
         "start": "2020", "end": "", "source_url": "https://ref/1", "file": "people.csv"}])
    t = _tables(TWO_OUTLETS, positions=[
        {**_position("a", "Wang Wu", "Secretary", "place:CHN:yunnan", organization="Yunnan"), "as_of": "2023-04-01"},
        {**_position("b", "Wang Wu", "governor", "place:CHN:yunnan", organization="Yunnan"), "as_of": "2023-04-02"}])
    d = c.disagreements(t, tenures, NO_ORGS)
    assert list(zip(d.kind, d.doc_id, d.value)) == [("title vs reference", "b", "governor")]


def test_the_corroborated_claims_are_listed_best_supported_first():
    # Invented: eight claims; the one seven documents make must lead, not the alphabetically first.
    met = pd.DataFrame({"claim": [f"meeting: A{i} → B (2020)" for i in range(7)] + ["position: Z / head / org:x"],
                        "n_documents": [2, 2, 2, 3, 2, 2, 2, 7]})
    assert c.threshold_sentence(met, 2) == (
        "8 claims meet the threshold of 2 documents: position: Z / head / org:x (7 documents), meeting: A3 → B (2020) "
        "(3 documents), meeting: A0 → B (2020) (2 documents), meeting: A1 → B (2020) (2 documents), "
        "meeting: A2 → B (2020) (2 documents) and 3 other claims.")


def test_one_sentence_contradicting_the_reference_two_ways_is_one_claim_on_two_points():
    # Invented: a 2008 report calls an assistant minister "deputy head": its title and its role at the event both clash.
    said = "Deputy head Wang Wu met the delegation."
    clash = pd.DataFrame({"kind": ["role at event date vs reference", "title vs reference", "title vs reference"],
                          "subject": ["Wang Wu / deputy head / ILD", "Wang Wu / ILD", "Li Si / Yunnan"],
                          "doc_id": ["a", "a", "b"], "value": ["deputy head acting on 2008-10-20", "deputy head",
                                                               "director"],
                          "evidence": [said, said, "Li Si, director, spoke."], "other_source": ["reference:x.csv"] * 3,
                          "other_value": ["Assistant Minister (2004–2013)"] * 2 + ["Party Secretary (2020–)"]})
    assert c.reference_clash_sentence(clash).startswith(
        "2 document claims contradict the curated reference data on 3 points: Wang Wu / deputy head / ILD: ")


def test_a_post_of_no_named_body_reads_as_the_title_alone_not_of_a_question_mark():
    """"Tova Rask: president of ?" read as a claim in a finding: a document that names a post but no
    body gives the title alone. Invented: Tova Rask, president, in two reports."""
    t = _tables(TWO_OUTLETS, positions=[_position("a", "Tova Rask", "president", ""),
                                        _position("b", "Tova Rask", "president", "")])
    assert c.claims(t).claim.tolist() == ["Tova Rask: president"]


def test_a_post_of_no_named_body_with_no_start_is_a_gap_naming_the_title_alone():
    # Invented: Oren Vale, "chairman" in one report that names no body.
    positions = pd.DataFrame([{"person": "Oren Vale", "person_id": "person:oren-vale", "title": "chairman",
                               "organization": "", "organization_id": "", "start": "", "end": "",
                               "status": "current", "as_of": "2021-03-04", "doc_id": "a", "start_char": 0,
                               "end_char": 9, "evidence": "Chairman Oren Vale spoke.", "cue": "title"}])
    assert posts_without_start(positions).detail.tolist() == [
        "Oren Vale: chairman; no document gives its start; claimed in 1 document dated 2021-03-04"]
