"""The notebook helpers rewritten for speed on a large corpus (branch nb-speed), each checked on a
small invented frame against the result the row-by-row code gave, kept here as literal values."""
from collections import namedtuple

import pandas as pd
import pytest
from liaison.analysis import campaigns, episode, labels, post_match, timeline
from liaison.analysis.claims import joined_by, reach_figures
from liaison.analysis.evidence import literal_finder
from liaison.analysis.gaps import relative_phrases, relative_phrases_in
from liaison.schema import columns
from liaison.workbook import findings


def test_joined_by_joins_each_keys_values_in_order_given():
    keys = pd.Series(["event|b", "event|a", "event|b", "position|c", "event|a"], name="claim_id")
    values = pd.Series(["d2", "d1", "d3", "d9", "d0"], name="doc_id")
    out = joined_by(keys, values)
    # values.groupby(keys, sort=False).agg("|".join), as claims() computed it before
    assert out.to_dict() == {"event|b": "d2|d3", "event|a": "d1|d0", "position|c": "d9"}
    assert list(out.index) == ["event|b", "event|a", "position|c"] and out.index.name == "claim_id"
    assert joined_by(keys.iloc[:0], values.iloc[:0]).empty


def test_literal_finder_names_the_texts_holding_a_cue_word():
    texts = ["the delegation met on monday", "", "no cue here", "think tank and think tank", "monday\nthink tank",
             "mon day"]
    holding = literal_finder(texts)
    assert holding(("monday",)) == [0, 4]
    assert holding(("think tank", "mon")) == [0, 3, 4, 5]
    assert holding(("absent",)) == [] and holding(()) == []
    assert holding(("no cue here",)) == [2]  # a whole text
    assert literal_finder([])(("a",)) == []


def test_relative_phrases_of_many_texts_at_once():
    texts = ["The minister visited Hanoi last week and returned on Friday.",
             "Talks were held in Vientiane in May 2020.", "",
             "Three days ago, in late March, the envoy met party leaders; next spring a school opens."]
    expected = [
        [(27, 36, "last week", "day"), (50, 59, "on Friday", "day")],
        [],
        [],
        [(0, 14, "Three days ago", "day"), (19, 29, "late March", "year"), (60, 71, "next spring", "year")],
    ]
    assert relative_phrases_in(texts) == expected
    assert [relative_phrases(text) for text in texts] == expected


def test_short_cuts_english_and_chinese_titles_as_before():
    assert labels.short("Event highlights work of CPC diplomatic arm in Beijing and beyond") == \
        "Event highlights work of CPC diplomatic arm in…"
    assert labels.short("A  short\ttitle") == "A short title"
    assert labels.short("Talks (on the new party school for cadres of friendly parties)", 30) == \
        "Talks (on the new party…)"
    assert labels.short("Supercalifragilisticexpialidocious", 10) == "Supercali…"
    assert labels.short("中共中央对外联络部部长会见越南共产党代表团一行", 20) == "中共中央对外联络部…"
    assert labels.short("abc", 0) == "…"


def test_timeline_lists_the_first_undated_events_and_counts_the_rest():
    defaults = {c: "" for c in columns("events")}
    defaults.update(duration_days=None, n_countries=None, start_char=0, end_char=0, status="reported",
                    event_reports=1)
    rows = [{**defaults, "event_id": f"d:e{i:02d}", "event_key": f"d:e{i:02d}", "kind": "meeting",
             "actor": "Zhang" if i % 2 else "Li", "places": "VNM" if i % 3 else "", "region": "" if i % 3 else "Africa",
             "doc_id": "d"} for i in range(timeline.MAX_LISTED + 3)]
    table = campaigns.event_table(pd.DataFrame(rows, columns=columns("events")))
    inside, undated = campaigns.split_window(table, 1951, 2026, pd.DataFrame({"doc_id": ["d"], "published": [""]}))
    assert inside.empty and len(undated) == 28
    fig = timeline.plot_actor_timeline(inside, undated, title="t", source_note="Source: test")
    listing = [t.get_text() for t in fig.texts if t.get_text().startswith("Undated")][0].split("\n")
    assert listing[0] == "Undated (28), not placed on the axis:"
    assert listing[1:4] == ["Li: meeting Africa [d:e00]", "Li: meeting VNM [d:e02]", "Li: meeting VNM [d:e04]"]
    assert listing[14:17] == ["Li: meeting VNM [d:e26]", "Zhang: meeting VNM [d:e01]", "Zhang: meeting Africa [d:e03]"]
    assert listing[-1] == "... and 3 more undated events in the table" and len(listing) == 27
    assert list(fig.get_size_inches()) == pytest.approx([9.0, 6.38])


def test_timeline_draws_only_the_actors_with_most_dated_events_and_says_how_many_more():
    """A real corpus has hundreds of actors; a row each made a 2 m tall figure."""
    defaults = {c: "" for c in columns("events")}
    defaults.update(duration_days=None, n_countries=None, start_char=0, end_char=0, status="reported",
                    event_reports=1)
    # actor k has k+1 dated meetings, so the busiest MAX_ACTORS are the last ones
    rows = [{**defaults, "event_id": f"d:a{k:03d}e{i}", "event_key": f"d:a{k:03d}e{i}", "kind": "meeting",
             "actor": f"Actor {k:03d}", "start": "2020-05-0" + str(1 + i % 9), "places": "VNM", "doc_id": "d"}
             for k in range(timeline.MAX_ACTORS + 5) for i in range(k + 1)]
    table = campaigns.event_table(pd.DataFrame(rows, columns=columns("events")))
    inside, undated = campaigns.split_window(table, 1951, 2026)
    fig = timeline.plot_actor_timeline(inside, undated, title="t", source_note="Source: test")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [f"Actor {k:03d}" for k in range(5, timeline.MAX_ACTORS + 5)]
    assert ax.get_ylabel() == f"actor (the {timeline.MAX_ACTORS} with most dated events; 5 more in the table)"
    assert fig.get_size_inches()[1] < 25


def test_an_undated_event_is_dropped_by_its_documents_date_each_document_read_once():
    defaults = {c: "" for c in columns("events")}
    defaults.update(duration_days=None, n_countries=None, start_char=0, end_char=0, status="reported",
                    event_reports=1)
    rows = [{**defaults, "event_id": f"{doc}:e{i}", "event_key": f"{doc}:e{i}", "kind": "visit", "doc_id": doc}
            for doc in ("a", "b", "c", "z") for i in range(2)]
    table = campaigns.event_table(pd.DataFrame(rows, columns=columns("events")))
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": ["2023-12-31", "2024-01", ""]})
    _, undated = campaigns.split_window(table, 2024, 2026, docs)
    assert list(undated.event_id) == ["b:e0", "b:e1", "c:e0", "c:e1", "z:e0", "z:e1"]


def test_names_country_reads_each_label_once_with_the_same_answer():
    assert episode._names_country("the Communist Party of Vietnam", "VNM")
    assert not episode._names_country("the Communist Party of Vietnam", "LAO")
    assert not episode._names_country("", "VNM") and not episode._names_country(None, "VNM")
    assert episode._names_country("Vietnam and Laos", "LAO")
    assert episode._countries_named("Vietnam and Laos") == frozenset({"VNM", "LAO"})


def test_relative_phrases_needing_two_cue_words_are_found_only_with_both():
    texts = ["Two days ago the envoy arrived; a week later he left.", "The day was long. Later, talks began.",
             "Six months ago and three years ago, on Monday", "A YEAR AGO the bureau opened", "agony of the month",
             "the day before; AGO is an acronym"]
    assert relative_phrases_in(texts) == [
        [(0, 12, "Two days ago", "day"), (32, 44, "a week later", "day")],
        [],
        [(0, 14, "Six months ago", "month"), (19, 34, "three years ago", "year"), (36, 45, "on Monday", "day")],
        [(0, 10, "A YEAR AGO", "year")],
        [],
        [],
    ]


def test_reach_figures_reads_the_unit_then_the_sentence():
    q = pd.DataFrame({
        "unit": ["countries", "parties", "political parties", "days", "countries", "Countries", "party members", None,
                 "parties"],
        "text": ["160 countries", "600 parties", "the two political parties", "5 days", "both countries",
                 "20 Countries", "100 party members", "x", "30 parties"],
        "evidence": ["It has ties with 160 countries.", "contacts with 600 parties worldwide",
                     "relations with the two political parties", "ties with x for 5 days",
                     "relations with both countries", "Relations with 20 Countries", "contacts with 100 party members",
                     "ties with", None]}, dtype=object)
    assert reach_figures(q).index.tolist() == [0, 1, 2, 4, 5, 6]
    assert reach_figures(q.astype(str).iloc[:4]).index.tolist() == [0, 1, 2]


DOCS = pd.DataFrame({
    "doc_id": ["a", "b", "c", "d"], "outlet": ["Xinhua", None, "Xinhua", "Xinhua"],
    "title": ["Talks in Hanoi", "Delegation visits Laos", "Talks in Hanoi",
              "Party school opens its doors to cadres from abroad in spring"],
    "published": ["2023-03-20", "2024", "2023-03-20", ""], "source_url": ["https://x.cn/a", "ftp://b", "", None]})


def test_document_labels_name_each_document_once():
    assert labels.document_labels(DOCS) == {
        "a": "Xinhua, 2023-03-20, Talks in Hanoi [a]", "b": "unknown outlet, 2024, Delegation visits Laos",
        "c": "Xinhua, 2023-03-20, Talks in Hanoi [c]",
        "d": "Xinhua, undated, Party school opens its doors to cadres from…"}


def test_citations_quote_the_first_distinct_pairs_and_count_the_rest():
    rows = pd.DataFrame({"doc_id": ["b", "a", "b", "zz", "a", "c"],
                         "evidence": ["It visited Laos.", "They met.", "It visited Laos.", None, "Again.", "x"]})
    cited, more = findings.citations(DOCS, rows, 3)
    assert more == 2
    assert cited == [
        findings.Citation("unknown outlet", "Delegation visits Laos", "2024", "", "It visited Laos."),
        findings.Citation("Xinhua", "Talks in Hanoi", "2023-03-20", "https://x.cn/a", "They met."),
        findings.Citation("not a document of this corpus", "zz", "undated", "", ""),
    ]
    cited, more = findings.citations(DOCS, rows.drop(columns="evidence"), 2)
    assert more == 2 and [c.title for c in cited] == ["Delegation visits Laos", "Talks in Hanoi"]
    assert [c.quote for c in cited] == ["", ""]
    assert findings.citations(DOCS, rows.iloc[:0], 2) == ([], 0) and findings.citations(DOCS, None, 2) == ([], 0)


def test_event_bureaus_for_repeated_places_are_the_same_each_time():
    defaults = {c: "" for c in columns("events")}
    defaults.update(duration_days=None, n_countries=None, start_char=0, end_char=0, status="reported",
                    event_reports=1)
    spec = [("VNM|LAO", "", ""), ("CHN", "", "DEU"), ("CHN", "", "DEU"), ("", "Central Asia", ""), ("VNM|LAO", "", ""),
            ("CHN", "", ""), ("", "", "FRA"), ("XXX", "", ""), ("CHN", "", "CHN"), ("VNM|LAO", "", "USA")]
    frame = pd.DataFrame([{**defaults, "event_id": f"d:e{i}", "event_key": f"d:e{i}", "kind": "visit", "places": p,
                           "region": r, "counterpart_country": g, "doc_id": "d"} for i, (p, r, g) in enumerate(spec)])
    indochina, west, east = ("Bureau II (Northeast Asian and Indochina Affairs)", "Bureau VIII (West European Affairs)",
                             "Bureau VI (East European and Central Asian Affairs)")
    none = "(no bureau: China or unmapped)"
    assert campaigns.event_bureaus(frame)[["event_id", "region_only", "bureaus"]].values.tolist() == [
        ["d:e0", False, indochina], ["d:e1", False, west], ["d:e2", False, west], ["d:e3", True, east],
        ["d:e4", False, indochina], ["d:e5", False, none], ["d:e7", False, none], ["d:e8", False, none],
        ["d:e9", False, indochina]]
    assert campaigns.bureau_counts(frame).values.tolist() == [
        [none, 3, 3.0, 0, "d:e5|d:e7|d:e8"], [indochina, 3, 3.0, 0, "d:e0|d:e4|d:e9"], [west, 2, 2.0, 0, "d:e1|d:e2"],
        [east, 1, 1.0, 1, "d:e3"]]


def test_a_post_claims_key_normalises_its_title_the_same_each_time():
    post = namedtuple("Post", "title organization organization_id start end")
    minister = post("Minister of the International Department", "International Department", "org:ild", "2022", "")
    assert post_match.claim_key(minister) == "head@org:ild@2022@"
    assert post_match.claim_key(post("head", "International Department", "org:ild", "2022", "")) == "head@org:ild@2022@"
    deputy = post("Vice Minister", "Some Bureau of Trade", "", "", "2020-05")
    assert post_match.claim_key(deputy) == "deputy head@bureau some trade@@2020-05"
    assert post_match.claim_key(minister) == "head@org:ild@2022@"
