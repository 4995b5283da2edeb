"""Tests for liaison.analysis.personnel: who's who, role at a date, career, co-mentions."""
import pandas as pd
import pytest
from liaison.analysis import personnel as P
from liaison.analysis import personnel_findings as F

LIU = "person:liu-jianchao"


@pytest.fixture(scope="module")
def who(tables):
    return P.who_is_who(tables.positions)


def _tenure(**kw):
    base = {c: "" for c in P.WHO_COLUMNS}
    base.update({"person_id": "person:a-b", "person": "A B", "basis": "document", "status": "ended"})
    base.update(kw)
    return base


# ------------------------------------------------------------------------------ seeds

def test_liu_has_at_least_six_document_posts(who):
    docs = who[(who.person_id == LIU) & (who.basis == "document")]
    assert docs.title.str.lower().nunique() >= 4
    assert len(docs) >= 6
    assert {"document", "reference"} <= set(who.basis)


def test_reference_rows_keep_their_source(who):
    ref = who[(who.person_id == LIU) & (who.basis == "reference")]
    assert len(ref) >= 12
    ild = ref[ref.organization_id == "org:ild"]
    assert len(ild) == 1  # people.csv and ild_heads.csv agree on the dates: one row, two sources
    assert "people.csv" in ild.source.iloc[0] and "ild_heads.csv" in ild.source.iloc[0]


def test_role_at_2016_is_fugitive_office_from_documents(who):
    role = P.role_at("Liu Jianchao", "2016-06", who)
    assert role["basis"] == "document"
    assert "Fugitive" in role["organization"]
    assert "International Cooperation Bureau" in role["also"]  # the reference's wording stays visible
    assert "International Department" not in role["also"]  # an undated 2024 infobox claim does not reach 2016


def test_role_at_unknown_before_any_post(who):
    assert P.role_at(LIU, "1990", who)["title"] == "unknown"
    assert P.role_at(LIU, "", who)["title"] == "unknown"


def test_role_at_events_liu_heads_ild_in_2023(tables, who):
    roles = P.roles_at_events(tables.events, tables.documents, who)
    liu = roles[(roles.actor_id == LIU) & (roles.date != "")]
    assert len(liu) >= 1
    assert (liu.role_organization.str.contains("International Department")).all()
    assert (roles[roles.date == ""].role == "unknown").all()
    assert set(roles.columns) >= {"event_id", "actor", "date", "role", "evidence"}


def test_zhejiang_claim_differs_from_reference(who):
    checked = P.corroborate(who)
    zhejiang = checked[(checked.person_id == LIU) & (checked.organization == "Zhejiang")]
    assert len(zhejiang) == 1
    row = zhejiang.iloc[0]
    assert row.verdict == "differs" and row.n_documents == 1 and row.doc_id.startswith("001_")
    assert "Discipline Inspection" in row.reference_title
    fugitive = checked[(checked.person_id == LIU) & checked.organization.str.contains("Fugitive")]
    assert fugitive.verdict.tolist() == ["agrees"]


def test_resolve_person_on_seeds(tables, who):
    names = P.known_people(tables.entities, who)
    # "Song" is a surname at either end of a name, so it also reads Pak Thae Song (DPRK premier) and
    # is refused; a surname only one known person bears still resolves.
    assert P.resolve_person("Song", names).suggestions == ["Pak Thae Song", "Song Tao"]
    assert P.resolve_person("Song Tao", names).person == "Song Tao"
    assert P.resolve_person("Sirisena", names).person == "Maithripala Sirisena"
    assert P.resolve_person("liu jianchao", names).person_id == LIU
    typo = P.resolve_person("Liu Jianchoa", names)
    assert typo.person is None and typo.suggestions[0] == "Liu Jianchao" and "Liu Jianchao" in typo.message
    assert P.resolve_person("Liu", names).person is None  # three known Lius
    assert P.resolve_person("Liu Haixing", names).person == "Liu Haixing"  # reference-only people count


def test_career_and_comentions_on_seeds(tables, who):
    newest = P.newest_date(tables.documents)
    assert newest == "2024"
    posts = P.career(who, LIU, newest)
    drawn = posts[posts.dates != "none"]
    assert len(drawn) >= 10 and (posts.dates == "none").any()
    graph = P.comention_graph(tables.mentions, tables.passages, LIU)
    names = set(P.neighbours(graph, LIU).other)
    assert {"Antony Blinken", "Xi Jinping"} <= names
    rows = P.comentions(tables.mentions, tables.passages, LIU)
    assert {"doc_id", "evidence"} <= set(rows.columns) and len(rows) >= 4


# ------------------------------------------------------------------------------ self-built frames

def test_role_at_rules_on_small_frame():
    who = pd.DataFrame(
        [
            _tenure(title="ambassador", organization="X", start="2010-03", end="2012-01"),
            _tenure(
                title="minister",
                organization="Y",
                organization_id="org:y",
                start="2015",
                status="current",
                as_of="2020-06",
            ),
            _tenure(
                title="minister",
                organization="Y",
                organization_id="org:y",
                basis="reference",
                start="2015-02",
                end="2019",
            ),
        ],
        columns=P.WHO_COLUMNS,
    )
    assert P.role_at("A B", "2011", who)["title"] == "ambassador"
    assert P.role_at("A B", "2012-02", who)["title"] == "unknown"
    assert P.role_at("A B", "2010", who)["title"] == "unknown"  # 2010 is not wholly inside 2010-03..2012-01
    r = P.role_at("person:a-b", "2018-05", who)
    assert (r["title"], r["basis"]) == ("minister", "document")  # document wins over reference
    assert "reference" in r["also"]
    assert P.role_at("A B", "2020-06-30", who)["basis"] == "document"
    assert P.role_at("A B", "2020-07", who)["title"] == "unknown"  # after as_of: not known
    assert P.role_at("C D", "2018", who)["title"] == "unknown"


def test_role_at_current_with_unknown_start_borrows_earliest_start():
    who = pd.DataFrame([
        _tenure(title="head", organization_id="org:y", status="current", as_of="2024"),
        _tenure(title="head", organization_id="org:y", basis="reference", start="2022-06", end="2025"),
    ], columns=P.WHO_COLUMNS)
    assert P.role_at("A B", "2021", who)["title"] == "unknown"
    assert P.role_at("A B", "2023", who)["basis"] == "document"


def test_resolve_person_small_frame():
    names = pd.DataFrame({"person_id": ["p:1", "p:2", "p:2", "p:3"],
                          "person": ["Wang Yi", "Wang Ning", "Wang Ning", "Qin Gang"],
                          "form": ["Wang Yi", "Wang Ning", "[Mr] Ning", "Qin Gang"]})
    assert P.resolve_person("Wang", names).suggestions == ["Wang Ning", "Wang Yi"]
    assert P.resolve_person("Mr Ning", names).person == "Wang Ning"
    assert P.resolve_person("qin", names).person == "Qin Gang"
    miss = P.resolve_person("Wang Yii", names)
    assert miss.person is None and miss.suggestions[0] == "Wang Yi"
    assert P.resolve_person("Zzzz", names).suggestions == []
    assert P.resolve_person("", names).person is None


def test_corroborate_small_frame():
    who = pd.DataFrame(
        [
            _tenure(
                title="party secretary",
                organization="Zhejiang",
                organization_id="place:CHN:zhejiang",
                doc_id="d1",
                source="d1",
            ),
            _tenure(title="ambassador to Peru", doc_id="d1", source="d1"),
            _tenure(title="ambassador to Peru", doc_id="d2", source="d2"),
            _tenure(title="spokesperson", doc_id="d2", source="d2", organization="Mars Agency"),
            _tenure(
                title="Secretary of the Discipline Commission",
                organization="CPC Zhejiang Provincial Committee",
                basis="reference",
            ),
            _tenure(title="Ambassador to Peru", organization="Ministry of Foreign Affairs", basis="reference"),
        ],
        columns=P.WHO_COLUMNS,
    )
    out = P.corroborate(who).set_index("title")
    assert out.at["party secretary", "verdict"] == "differs"
    assert out.at["ambassador to Peru", "verdict"] == "agrees"
    assert out.at["ambassador to Peru", "n_documents"] == 2
    assert out.at["spokesperson", "verdict"] == "not in reference"


def test_roles_at_events_small_frame():
    who = pd.DataFrame([_tenure(title="envoy", start="2020", end="2021")], columns=P.WHO_COLUMNS)
    events = pd.DataFrame({"event_id": ["d:e1", "d:e2", "d:e3", "d:e4"], "kind": ["visit"] * 4,
                           "actor": ["A B", "A B", "Org", ""], "actor_id": ["person:a-b", "person:a-b", "org:x", ""],
                           "start": ["", "2022", "2020", "2020"], "doc_id": ["d"] * 4, "evidence": ["s"] * 4})
    docs = pd.DataFrame({"doc_id": ["d"], "published": ["2020-05"]})
    out = P.roles_at_events(events, docs, who)
    assert out.event_id.tolist() == ["d:e1", "d:e2", "d:e3"]
    assert out.role.tolist() == ["envoy", "unknown", "n/a (organisation)"]
    assert out.date_basis.tolist() == ["document date", "event", "event"]


def test_career_small_frame():
    who = pd.DataFrame([
        _tenure(title="a", start="2010-01", end="2011-06", doc_id="d1", source="d1"),
        _tenure(title="a", start="2010-01", end="2011-06", doc_id="d2", source="d2"),
        _tenure(title="b", start="2015", status="current", as_of="2016"),
        _tenure(title="c"),
    ], columns=P.WHO_COLUMNS)
    posts = P.career(who, "person:a-b", "2018-03")
    assert posts.title.tolist() == ["a", "b", "c"]
    assert posts.n_sources.tolist() == [2, 1, 1]
    assert posts.dates.tolist() == ["known", "partly known", "none"]
    assert posts.bar_end.tolist() == ["2011-06-30", "2018-03-01", ""]
    assert P.career(who, None, "2018").empty
    fig = P.plot_career(posts, "A B", "2018-03")
    assert fig.axes[0].get_title() == "Career of A B"


def test_comention_graph_small_frame():
    passages = pd.DataFrame({"doc_id": ["d1", "d1", "d2"], "passage_id": [0, 1, 0], "start": [0, 100, 0],
                             "end": [99, 199, 99], "section": ["body", "body", "body"], "text": ["x", "y", "z"]})
    mentions = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d1", "d2", "d2", "d2"],
                             "start": [0, 10, 20, 110, 0, 10, 50], "end": [5, 15, 25, 115, 5, 15, 55],
                             "kind": ["person"] * 6 + ["place"],
                             "entity_id": ["p:f", "p:a", "p:b", "p:c", "p:f", "p:a", "place:X"],
                             "name": ["F", "A", "B", "C", "F", "A", "X"]})
    graph = P.comention_graph(mentions, passages, "p:f")
    assert graph.edges["p:f", "p:a"]["weight"] == 2
    assert graph.edges["p:a", "p:b"]["weight"] == 1
    assert "p:c" not in graph  # never in a passage with the person
    assert P.neighbours(graph, "p:f").other.tolist() == ["A", "B"]
    assert len(P.comentions(mentions, passages, "p:f")) == 3
    assert P.comention_graph(mentions, passages, None).number_of_nodes() == 0
    assert P.neighbours(graph, "p:zzz").empty
    assert P.plot_network(graph, "p:f").axes[0].get_title() == "People named in the same passage as F"


def test_a_passage_copied_word_for_word_into_another_report_is_one_shared_passage():
    """A wire story reposted by three sites names F and A three times over: one passage, not three."""
    text = "F met  A in Hanoi."
    passages = pd.DataFrame({"doc_id": ["d1", "d2", "d3", "d4"], "passage_id": [0, 0, 0, 0], "start": [0] * 4,
                             "end": [99] * 4, "section": ["body"] * 4,
                             "text": [text, text.replace("  ", " "), text, "F and A spoke by phone."]})
    mentions = pd.DataFrame({"doc_id": [d for d in ("d1", "d2", "d3", "d4") for _ in (0, 1)],
                             "start": [0, 10] * 4, "end": [1, 11] * 4, "kind": ["person"] * 8,
                             "entity_id": ["p:f", "p:a"] * 4, "name": ["F", "A"] * 4})
    graph = P.comention_graph(mentions, passages, "p:f")
    assert graph.edges["p:f", "p:a"]["weight"] == 2  # the copied passage once, the phone call once
    assert len(P.comentions(mentions, passages, "p:f")) == 4  # the table still lists every passage


def test_verdicts_read_as_a_clause_with_agreeing_verbs():
    claims = pd.DataFrame({"verdict": ["agrees"] * 3 + ["differs", "not in reference", "not in reference"]})
    assert F.verdict_sentence(claims) == ("3 agree with them, 1 gives another title than they do and 2 name posts "
                                        "they do not list")
    assert F.verdict_sentence(claims.iloc[0:0]) == "none"


def test_the_posts_held_at_a_persons_events_read_as_a_sentence():
    at_events = pd.DataFrame({"role": ["head", "head", "unknown", "deputy head"],
                              "role_organization": ["ILD", "ILD", "", "ILD"]})
    assert F.roles_sentence(at_events, "Liu Jianchao") == (
        "Of the 4 events with Liu Jianchao as actor, 2 fall in the post of head of ILD and 1 falls in the "
        "post of deputy head of ILD; no known post covers the date of 1.")
    assert F.roles_sentence(at_events.iloc[0:0], "Liu Jianchao") == "No coded event has Liu Jianchao as its actor."
    dated = at_events.assign(date_basis=["event", "event", "no date", "event"])
    assert F.roles_sentence(dated, "Liu Jianchao").endswith("deputy head of ILD; 1 has no date to look a post up at.")


def test_one_post_worded_several_ways_is_one_post_named_as_most_documents_word_it():
    """"Head", "head", "current head" and the department's style "Minister" of one body are one post;
    a deputy's post and another body's head are not."""
    titles = pd.Series(["Head", "head", "Minister", "head", "current head", "Vice Minister", "Head", "MP",
                        "Ambassador to Indonesia"])
    orgs = pd.Series(["ILD", "ILD", "ILD", "ILD", "ILD", "ILD", "CPC", "", ""])
    assert F.post_labels(titles, orgs).tolist() == [
        "head of ILD", "head of ILD", "head of ILD", "head of ILD", "head of ILD", "vice minister of ILD",
        "head of CPC", "MP", "ambassador to Indonesia"]


def test_a_persons_posts_read_as_a_sentence_most_claimed_first():
    own = pd.DataFrame({"title": ["Minister", "head", "head", "member"],
                        "organization": ["ILD", "ILD", "ILD", "Central Committee"],
                        "status": ["current", "current", "current", "ended"]})
    assert F.posts_sentence(own, "Liu Jianchao") == (
        "The documents make 4 post claims for Liu Jianchao (3 current when reported and 1 ended): head of ILD "
        "(3 claims) and member of the Central Committee (1 claim).")
    assert F.posts_sentence(own.iloc[0:0], "Liu Jianchao") == (
        "The documents make no post claim for Liu Jianchao.")


def test_a_post_at_another_known_body_is_not_a_different_title_for_the_same_post():
    """"member of the Central Committee" is a post the reference does not list, not another title for
    the reference's head of the department, though the department's name holds "Central Committee"."""
    who = pd.DataFrame([
        _tenure(title="member", organization="Central Committee", organization_id="org:central-committee",
                doc_id="d1", source="d1"),
        _tenure(title="head", organization="International Department", organization_id="org:ild", doc_id="d1",
                source="d1"),
        _tenure(title="Head (Minister) of the International Department",
                organization="International Department of the CPC Central Committee", organization_id="org:ild",
                basis="reference"),
    ], columns=P.WHO_COLUMNS)
    out = P.corroborate(who).set_index("title")
    assert out.at["member", "verdict"] == "not in reference"
    assert out.at["head", "verdict"] == "agrees"


def test_the_nearest_people_sentence_counts_those_tied_with_the_last_shown():
    around = pd.DataFrame({"other": ["A", "B", "C", "D", "E"], "shared_passages": [6, 5, 3, 3, 3]})
    sentence, shown = F.neighbours_sentence(around, "Liu", limit=3)
    assert sentence == ("The people named most often in the same passage as Liu: A (6 passages), B (5 passages) and "
                        "3 people with 3 passages each: C, D and E.")
    assert shown == ["A", "B", "C", "D", "E"]
    # A tie of five past the limit: named in alphabetical order, not in the order the table had them.
    around = pd.DataFrame({"other": ["A", "Z", "Y", "X", "W", "V"], "shared_passages": [4, 2, 2, 2, 2, 2]})
    sentence, shown = F.neighbours_sentence(around, "Liu", limit=3)
    assert sentence == ("The people named most often in the same passage as Liu: A (4 passages) and 5 people with "
                        "2 passages each, among them V, W and X (in alphabetical order).")
    assert shown == ["A", "V", "W", "X"]
    # No tie past the limit: the first ones, as before.
    sentence, shown = F.neighbours_sentence(around.iloc[:3], "Liu", limit=3)
    assert sentence.endswith(": A (4 passages), Z (2 passages) and Y (2 passages).") and shown == ["A", "Z", "Y"]
    assert F.neighbours_sentence(around.iloc[0:0], "Liu") == ("No one is named in the same passage as Liu.", [])


def test_a_title_worded_another_way_agrees_with_the_reference():
    """主席 read as "chairman" is the ANC's "President"; a "deputy head" is a "Vice Minister"."""
    who = pd.DataFrame([
        _tenure(title="chairman", organization="African National Congress", organization_id="party:anc-zaf",
                doc_id="d1", source="d1"),
        _tenure(title="deputy head", organization="International Department", organization_id="org:ild",
                doc_id="d1", source="d1"),
        _tenure(title="President of the African National Congress", organization="African National Congress",
                organization_id="party:anc-zaf", basis="reference"),
        _tenure(title="Vice Minister", organization="International Department of the CPC Central Committee",
                organization_id="org:ild", basis="reference"),
    ], columns=P.WHO_COLUMNS)
    assert P.corroborate(who).set_index("title").verdict.to_dict() == {"chairman": "agrees", "deputy head": "agrees"}


def test_one_post_worded_two_ways_in_two_documents_is_one_claim_with_two_documents():
    who = pd.DataFrame([
        _tenure(title="Minister", organization="ILD", organization_id="org:ild", doc_id="d1", source="d1"),
        _tenure(title="head", organization="ILD", organization_id="org:ild", doc_id="d2", source="d2"),
    ], columns=P.WHO_COLUMNS)
    out = P.corroborate(who)
    assert len(out) == 1 and out.n_documents.iloc[0] == 2


def test_the_claims_that_differ_from_the_reference_read_with_an_agreeing_verb():
    differs = pd.DataFrame({"title": ["deputy director", "party secretary"], "organization": ["CCDI", "Zhejiang"],
                            "reference_title": ["Director, International Cooperation Bureau", "Secretary"]})
    assert F.differs_sentence(differs.iloc[:1], "Liu Jianchao") == (
        "1 document claim about Liu Jianchao differs from the reference lists: the documents' deputy director (CCDI) "
        "against the reference's Director, International Cooperation Bureau.")
    assert F.differs_sentence(differs, "Liu Jianchao") == (
        "2 document claims about Liu Jianchao differ from the reference lists: the documents' deputy director (CCDI) "
        "against the reference's Director, International Cooperation Bureau; the documents' party secretary "
        "(Zhejiang) against the reference's Secretary.")
    assert F.differs_sentence(differs.iloc[0:0], "Liu Jianchao") == (
        "no document claims about Liu Jianchao differ from the reference lists.")


def test_a_crowded_network_draws_only_those_nearest_the_person_and_says_so():
    # Invented: F named in one document with 40 others, A twice more; only the nearest are drawn.
    import networkx as nx
    graph = nx.Graph()
    graph.add_node("p:f", name="F")
    for i in range(40):
        graph.add_node(f"p:{i:02d}", name=f"N{i:02d}")
        graph.add_edge("p:f", f"p:{i:02d}", weight=3 if i == 39 else 1)
    fig = P.plot_network(graph, "p:f", unit="document", limit=5)
    names = {t.get_text() for t in fig.axes[0].texts}
    assert {"N39", "N00", "N01", "N02", "N03"} <= names and "N04" not in names and "N38" not in names
    note = " ".join(t.get_text() for t in fig.texts)
    assert "Only the 5 of 40 people sharing most documents with the person are drawn" in note
    small = P.plot_network(graph.subgraph(["p:f", "p:00", "p:39"]).copy(), "p:f", unit="document", limit=5)
    assert "Only the" not in " ".join(t.get_text() for t in small.texts)


def test_one_event_reported_by_two_documents_counts_once_among_a_persons_events():
    # Invented: one meeting in Hanoi reported by two outlets, and one visit to Laos.
    at_events = pd.DataFrame({"event_id": ["a:e0", "b:e0", "c:e0"], "role": ["head", "head", "head"],
                              "role_organization": ["ILD"] * 3})
    keys = {"a:e0": "k-hanoi", "b:e0": "k-hanoi", "c:e0": "k-laos"}
    assert F.roles_sentence(at_events, "Liu", keys) == (
        "Of the 2 distinct events (3 reports) with Liu as actor, 2 fall in the post of head of ILD.")
    assert F.roles_sentence(at_events, "Liu", {}).startswith("Of the 3 events with Liu as actor")


def test_a_full_network_circle_writes_names_along_their_radius_and_bounds_widths():
    # Invented: thirty long names around F, one tie of twenty documents. Level names near the top and
    # bottom of the circle ran into each other; each name now reads outwards along its node's radius,
    # and the heavy tie is not drawn wide enough to hide the names near it.
    import math

    import networkx as nx
    graph = nx.Graph()
    graph.add_node("p:f", name="F")
    for i in range(30):
        graph.add_node(f"p:{i:02d}", name=f"Longname Person {i:02d}")
        graph.add_edge("p:f", f"p:{i:02d}", weight=20 if i == 7 else 1 + i % 3)
    fig = P.plot_network(graph, "p:f", unit="document")
    labels = [t for t in fig.axes[0].texts if t.get_text().startswith("Longname")]
    assert len(labels) == 30
    for label in labels:
        x, y = label.get_position()
        radial = math.degrees(math.atan2(y, x)) % 180
        assert abs((label.get_rotation() % 180) - radial) < 0.5 or abs((label.get_rotation() % 180) - radial) > 179.5
        assert label.get_horizontalalignment() == ("left" if x >= -1e-9 else "right")  # outwards, away from F
    assert max(line.get_linewidth() for line in fig.axes[0].lines) <= 6.0


def test_a_post_claim_copied_by_two_sites_rests_on_one_independent_document():
    # Invented: one wire story reposted the same day under the same title, and a second, separate story.
    checked = pd.DataFrame({"doc_ids": ["wire-a|wire-b", "wire-a|other", "other"]})
    documents = pd.DataFrame({"doc_id": ["wire-a", "wire-b", "other"], "outlet": ["Site A", "Site B", "Site C"],
                              "title": ["Envoy meets party chief", "Envoy  meets party chief", "Another story"],
                              "published": ["2024-05-02", "2024-05-02", "2024-05-02"]})
    assert F.independent_documents(checked, documents).tolist() == [1, 2, 1]


def test_an_appointment_is_left_out_of_the_posts_held_at_a_persons_events():
    """An appointment dated to its month falls under the post it ends as well as the one it begins:
    counting it "in the post of" the old one misreads the change itself. Invented: Ma Lian, two
    trips as head and his appointment, which two reports tell."""
    at_events = pd.DataFrame({"event_id": ["a:e0", "a:e1", "b:e0", "c:e0"],
                              "kind": ["visit", "appointment", "appointment", "meeting"],
                              "role": ["head", "deputy director", "deputy director", "head"],
                              "role_organization": ["ILD", "Leading Office", "Leading Office", "ILD"]})
    keys = {"a:e0": "a:e0", "a:e1": "k-named", "b:e0": "k-named", "c:e0": "c:e0"}
    assert F.roles_sentence(at_events, "Ma Lian", keys) == (
        "Of the 2 events with Ma Lian as actor (1 appointment to a post left out), 2 fall in the post of head "
        "of ILD.")
    assert F.roles_sentence(at_events[at_events.kind == "appointment"], "Ma Lian", keys) == (
        "No coded event has Ma Lian as its actor but 1 appointment to a post.")
    # Without kinds (a table from before), every event counts as before.
    assert F.roles_sentence(at_events.drop(columns="kind"), "Ma Lian").startswith("Of the 4 events")


def test_a_title_that_names_its_body_is_not_given_it_twice_and_keeps_the_bodys_capitals():
    """A reference list's full title ("Deputy Director, Office of the Foreign Affairs Commission") read
    "deputy Director, Office of the Central foreign Affairs Commission of Central Foreign Affairs
    Commission": only the title words it opens with go to lower case, and a body the title already
    names is not appended. Invented bodies."""
    titles = pd.Series(["Deputy Director, Office of the Northern Foreign Affairs Board", "Vice Chairman",
                        "Ambassador to Ruritania", "Secretary of the Standing Committee"])
    orgs = pd.Series(["Northern Foreign Affairs Board", "Green Union", "", "Lake Province"])
    assert F.post_labels(titles, orgs).tolist() == [
        "deputy director, Office of the Northern Foreign Affairs Board", "vice chairman of the Green Union",
        "ambassador to Ruritania", "secretary of the Standing Committee of Lake Province"]


def test_a_photo_credit_names_no_one_the_caption_s_people_were_with():
    """"(Xinhua/Wu Yue)" under a caption made the photographer a co-mention of the official pictured.
    Invented: a caption naming Tamsin Orr and crediting the photographer Bo Lantern."""
    text = "Tamsin Orr meets guests in Ardia, May 3. (Xinhua/Bo Lantern)"
    passages = pd.DataFrame({"doc_id": ["d1"], "passage_id": [0], "start": [0], "end": [len(text)],
                             "section": ["caption"], "text": [text]})
    mentions = pd.DataFrame({"doc_id": ["d1", "d1"], "start": [0, text.index("Bo")],
                             "end": [10, text.index("Bo") + 10], "kind": ["person", "person"],
                             "entity_id": ["p:orr", "p:lantern"], "name": ["Tamsin Orr", "Bo Lantern"],
                             "cue": ["gazetteer", "byline"]})
    assert P.comentions(mentions, passages, "p:orr").empty
    assert "p:lantern" not in P.comention_graph(mentions, passages, "p:orr")
    assert "p:lantern" not in P.document_graph(mentions, "p:orr")
    # Named in the prose, not on the credit, the same person is a co-mention.
    assert len(P.comentions(mentions.assign(cue="gazetteer"), passages, "p:orr")) == 1
