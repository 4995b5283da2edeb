"""Tests for liaison.analysis.history: eras, heads, foundings and the timeline, on the seeds and on small frames."""
import pandas as pd
import pytest
from liaison.analysis import history
from liaison.reference import lists as reference
from liaison.reference.foundings import FOUNDING_COLUMNS


@pytest.fixture(scope="module")
def heads():
    return history.heads_table(reference.ild_heads(), 2025)


# --------------------------------------------------------------------------- seeds

def test_heads_table_has_twelve_heads_last_current(heads):
    assert len(heads) == 12
    assert heads.holder.iloc[0] == "Wang Jiaxiang"
    last = heads.iloc[-1]
    assert (last.holder, last.status, bool(last.ongoing)) == ("Liu Haixing", "current", True)
    assert pd.isna(last.tenure_years)


def test_longest_tenure_is_wang_jiaxiang(heads):
    best = history.longest_tenure(heads)
    assert list(best.holder) == ["Wang Jiaxiang"]
    assert best.tenure_years.iloc[0] == pytest.approx(15.2)


def test_gap_without_head_1966_1971(heads):
    gaps = history.head_gaps(heads)
    assert list(zip(gaps.gap_from, gaps.gap_to)) == [("1966-03", "1971-01")]


def test_latest_change_and_unknowns(heads):
    change = history.latest_change(heads)
    assert list(change.role) == ["outgoing", "incoming"]
    assert list(change.holder) == ["Liu Jianchao", "Liu Haixing"]
    assert "never officially explained" in change.not_known.iloc[0]


def test_foundings_from_events(tables):
    found = history.foundings(tables.events, reference.organizations())
    dated = found.dropna(subset=["stated_year"])
    assert {1951, 1981, 2010, 2022} <= set(dated.stated_year.astype(int))
    cccws = found[found.body_id == "org:cccws"].iloc[0]
    assert (cccws.stated_year, cccws.reference_year, cccws.agreement) == (2010, 2011, "differs")
    assert all(found.evidence.str.len() > 0)


def test_timeline_contains_founding_years(tables, heads):
    found = history.foundings(tables.events, reference.organizations())
    line = history.timeline(history.clip_eras(history.load_eras(), 1951, 2025), heads, found)
    years = set(line[line.kind == "founding"].year)
    assert {1951, 1981, 2010, 2022} <= years
    assert list(line.start_year) == sorted(line.start_year)
    assert (line.kind == "era").sum() == 5 and (line.kind == "head").sum() == 12


def test_data_end_and_span(tables):
    end = history.data_end_year(tables.documents, reference.ild_heads())
    assert end == 2025  # the newest head change (reference), later than the newest document (2024)
    assert history.span(1951, 2026, end) == (1951, 2025, "")
    start, stop, message = history.span(2030, 2026, end)
    assert start > stop and "nothing to show" in message


def test_heads_in_documents_names_recent_heads(tables, heads):
    seen = history.heads_in_documents(tables.positions, heads)
    assert {"Liu Jianchao", "Song Tao"} <= set(seen.person)


def test_eras_csv_has_sources():
    eras = history.load_eras()
    assert list(eras.start) == [1951, 1960, 1978, 1991, 2012]
    assert eras.source.str.len().min() > 20
    assert pd.isna(eras.end.iloc[-1])


# --------------------------------------------------------------------------- small frames

def test_decimal_year_midpoints():
    assert history.decimal_year("2000") == pytest.approx(2000.5, abs=0.01)
    assert history.decimal_year("2001-01") == pytest.approx(2001.041, abs=0.001)
    assert history.decimal_year("") is None


def test_clip_eras_cuts_and_drops():
    eras = history._typed_eras(pd.DataFrame({
        "era": ["a", "b", "c"], "start": ["1950", "1960", "1990"], "end": ["1960", "1990", ""],
        "description": ["", "", ""], "source": ["s", "s", "s"]}))
    clipped = history.clip_eras(eras, 1955, 1970)
    assert list(zip(clipped.era, clipped.start, clipped.end)) == [("a", 1955, 1960), ("b", 1960, 1971)]
    open_era = history.clip_eras(eras, 1995, 2000)
    assert list(zip(open_era.era, open_era.start, open_era.end)) == [("c", 1995, 2001)]
    assert history.clip_eras(eras, 2000, 1990).empty


def test_heads_table_small_frame():
    frame = pd.DataFrame({
        "holder": ["B", "A"], "holder_zh": ["", ""], "start": ["2010", "2000-01"], "end": ["", "2005-12"],
        "status": ["current", "ended"], "source_title": ["t", "t"], "note": ["Not known when. Fine.", ""]})
    table = history.heads_table(frame, 2020)
    assert list(table.holder) == ["A", "B"]
    assert table.tenure_years.iloc[0] == pytest.approx(5.9)
    assert table.end_year.iloc[1] == 2021.0 and bool(table.ongoing.iloc[1])
    gaps = history.head_gaps(table)
    assert list(gaps.years) == [pytest.approx(4.5, abs=0.1)]
    assert history.latest_change(table).not_known.iloc[1] == "Not known when."


def test_foundings_small_frame():
    events = pd.DataFrame({
        "kind": ["founding", "visit", "founding"], "counterpart": ["X", "Y", "Z"],
        "counterpart_id": ["org:x", "", ""], "start": ["2010", "2011", ""], "doc_id": ["d1", "d1", "d2"],
        "evidence": ["X was set up in 2010.", "visit", "Z opened."]})
    orgs = pd.DataFrame({"org_id": ["x"], "founded": ["2011-01-27"]})
    found = history.foundings(events, orgs)
    assert list(found.body) == ["X", "Z"]
    assert list(found.agreement) == ["differs", "undated in text"]
    assert list(history.clip_foundings(found, 2000, 2020).body) == ["X"]


def test_plot_timeline_returns_figure_even_when_empty():
    empty_heads = history.heads_table(reference.ild_heads().iloc[0:0], 2025)
    fig = history.plot_timeline(
        history.load_eras().iloc[0:0], empty_heads, pd.DataFrame(columns=FOUNDING_COLUMNS), 2000, 1990
    )
    assert fig.axes[0].get_title()


def test_empty_span_runs_without_error(heads):
    empty = history.clip_heads(heads, 2030, 2025)
    assert empty.empty
    assert history.latest_change(empty).empty
    assert history.head_gaps(empty).empty and history.longest_tenure(empty).empty
    assert history.unknowns(float("nan")) == []


def test_what_is_not_known_about_the_latest_change_reads_as_one_clause_per_head():
    change = pd.DataFrame({"holder": ["A", "B", "C"], "not_known": ["End: not explained. | Date unknown.", "", "X."]})
    assert history.not_known_clause(change) == (
        " Not known from the sources: for A, end: not explained (1 more point in tables/sources_gaps.csv); for C, X.")
    assert history.not_known_clause(change.iloc[1:2]) == ""
    # The note's sentence goes on after "for A,": its capital goes, an acronym's stays. Invented notes.
    change = pd.DataFrame({"holder": ["Ada Berg", "Cal Dunn"],
                           "not_known": ["Her removal was never explained.", "NTA expected a notice; not checked."]})
    assert history.not_known_clause(change) == (
        " Not known from the sources: for Ada Berg, her removal was never explained; for Cal Dunn, NTA expected a "
        "notice; not checked.")


def test_the_foundings_finding_reads_as_a_sentence_with_the_rows_behind_it():
    found = pd.DataFrame({"body": ["A", "B"], "stated": ["2019", "1951"], "reference_founded": ["1921-07", "1951"],
                          "agreement": ["differs", "agrees"]})
    sentence, rows = history.foundings_sentence(found)
    assert sentence == ("The documents date the founding of 2 bodies; 1 date differs from the reference: A (2019 in "
                        "the documents, 1921-07 in the reference).")
    assert rows.body.tolist() == ["A"]
    sentence, rows = history.foundings_sentence(found.iloc[1:])
    assert sentence.endswith("every date they give agrees with the reference or has none to compare.") and len(rows)
    assert history.foundings_sentence(found.iloc[0:0])[0] == (
        "No document in this corpus dates the founding of any body.")


def _heads(rows):
    columns = ["holder", "start", "end", "tenure_years", "start_year", "source_title", "note"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({"tenure_years": "Float64", "start_year": float})


def test_the_heads_finding_names_the_longest_tenure_and_the_heads_the_documents_name():
    heads = _heads([["A", "1951-01", "1966-03", 15.2, 1951.0, "List of leaders", ""],
                    ["B", "1971-01", "1982", 11.0, 1971.0, "Obituary", ""],
                    ["C", "2022-06", "", None, 2022.4, "Press release", ""]])
    named = pd.DataFrame({"person": ["C", "B", "C"]})
    assert history.heads_sentence(heads, named, 1951, 2025) == (
        "The department had 3 heads in 1951–2025; the longest completed tenure is A's, 1951-01 to 1966-03 (about "
        "15.2 years; reference: List of leaders). The documents themselves name B and C as its head.")
    assert history.heads_sentence(heads.iloc[2:], named.iloc[:1], 2022, 2025) == (
        "The department had 1 head in 2022–2025; no tenure in this span has ended. The documents themselves name C "
        "as its head.")
    tied = heads.assign(tenure_years=pd.array([11.0, 11.0, None], dtype="Float64"))
    assert history.heads_sentence(tied, named.iloc[0:0], 1951, 2025) == (
        "The department had 3 heads in 1951–2025; the longest completed tenures, about 11 years each, are A's, "
        "1951-01 to 1966-03 and B's, 1971-01 to 1982 (reference: List of leaders and Obituary). No document names "
        "any of them as its head.")
    assert history.heads_sentence(heads.iloc[0:0], named, 1900, 1950) == (
        "The curated list names no head of the department in 1900–1950.")


def test_the_gaps_between_heads_read_as_a_sentence_with_the_reference_notes():
    heads = _heads([["A", "1951", "1966-03", 15.2, 1951.0, "", "Why A left is not known. He was born in 1900."],
                    ["B", "1971-01", "1982", 11.0, 1971.0, "", ""],
                    ["C", "1983", "1990", 7.0, 1983.0, "", "The end month of C is unknown."]])
    gaps = pd.DataFrame({"after": ["A", "C"], "before": ["B", "D"], "gap_from": ["1966-03", "1990"],
                         "gap_to": ["1971-01", "1991"], "years": [4.8, 1.0]})
    assert history.head_gaps_sentence(gaps.iloc[:1], heads, 1951, 2025) == (
        "The sources seen record no head for 1966-03 to 1971-01 (4.8 years, after A and before B). The reference "
        "note says: Why A left is not known.")
    assert history.head_gaps_sentence(gaps, heads, 1951, 2025) == (
        "The sources seen record no head for 1966-03 to 1971-01 (4.8 years, after A and before B) and 1990 to "
        "1991 (1 year, after C and before D). The reference notes say: Why A left is not known. The end month of C "
        "is unknown.")
    assert history.head_gaps_sentence(gaps.iloc[0:0], heads, 1951, 2025) == (
        "No gap of six months or more between heads in 1951–2025.")


def test_the_latest_change_of_head_reads_as_a_sentence():
    change = pd.DataFrame({"role": ["outgoing", "incoming"], "holder": ["A", "B"], "holder_zh": ["甲", "乙"],
                           "start": ["2022-06", "2025-09"], "end": ["2025", ""], "not_known": ["", "Date unknown."]})
    assert history.latest_change_sentence(change) == (
        "The latest change of head: A (甲), outgoing, 2022-06 to 2025 and B (乙), incoming, 2025-09 to now. Not known "
        "from the sources: for B, date unknown.")
    assert history.latest_change_sentence(change.iloc[1:].assign(role="incoming", not_known="")) == (
        "The latest change of head: B (乙), incoming, 2025-09 to now.")
    assert history.latest_change_sentence(change.iloc[0:0]) == (
        "No head is recorded, so there is no change of head to tell.")
