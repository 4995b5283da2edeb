"""Tests for liaison.reference's comparisons with the curated lists: titles, organisations,
tenures, stated unknowns and founding years, each written once for every notebook."""
import pandas as pd
import pytest
from liaison.analysis import corroboration, history
from liaison.reference.foundings import founding_check
from liaison.reference.lists import ild_heads
from liaison.reference.organizations import parent_of, resolve_organization
from liaison.reference.tenures import reference_tenures
from liaison.reference.titles import normalise_title
from liaison.reference.unknowns import stated_unknowns, unknowns


@pytest.mark.parametrize("title, expected", [
    ("deputy minister", "deputy head"),
    ("Vice Minister of Foreign Affairs", "deputy head"),
    ("Head (Minister) of the International Department", "head"),
    ("Communist Party chief", "party secretary"),
    ("party boss", "party secretary"),
    ("Party Secretary of Zhejiang (and governor)", "party secretary"),
    ("Member of the Standing Committee and Secretary of the Provincial Commission for Discipline Inspection",
     "discipline secretary"),
    ("Member, 19th Central Commission for Discipline Inspection", "member"),
    ("Vice-Governor of Liaoning", "deputy governor"),
    ("Ambassador to the Philippines", "ambassador to PHL"),
    ("United States Secretary of State", "secretary of state"),
    ("Spokesperson and Director-General, Information Department", "spokesperson"),
    ("Politburo leader supervising the International Liaison Department (not its head)", "supervisor"),
    ("Chancellor", "chancellor"),
    ("secretary general", "general secretary"),
    ("Chairman", "president"),
    ("President of the African National Congress", "president"),
    ("vice chairman", "deputy president"),
    ("prime minister", "premier"),
    ("Premier of the State Council", "premier"),
    ("Deputy Prime Minister", "deputy premier"),
    ("Chancellor of Germany", "chancellor"),
    ("Vice Chancellor", "deputy chancellor"),
    ("", ""),
])
def test_normalise_title(title, expected):
    assert normalise_title(title) == expected


@pytest.mark.parametrize("name, expected", [
    ("CPC Zhejiang Provincial Committee", "place:CHN:zhejiang"),
    ("Central Commission for Discipline Inspection", "org:ccdi"),
    ("Shanghai Academy of Social Sciences", "org:sass"),
    ("People's Republic of China", "place:CHN"),
    ("People's Daily", ""),
    ("Department of International Liaison of the Communist Party of China", "org:ild"),
    ("CPC Central Committee's International Relations Department", "org:ild"),
    ("Commission for External Relations of the CPV Central Committee", ""),
])
def test_resolve_organization(name, expected):
    assert resolve_organization(name) == expected


def test_parent_of():
    assert parent_of("ccdi") == "cpc"
    assert parent_of("no-such-org") == ""


def test_tenures_join_a_head_listed_twice_and_resolve_provinces():
    tenures = reference_tenures()
    song = tenures[(tenures.person == "Song Tao") & (tenures.organization_id == "org:ild")]
    assert len(song) == 1
    assert song.source.iloc[0].startswith("people.csv <") and "; ild_heads.csv <" in song.source.iloc[0]
    assert song.file.iloc[0] == "people.csv" and len(song.source_url.iloc[0].split()) == 2
    zhejiang = tenures[tenures.organization == "CPC Zhejiang Provincial Committee"]
    assert set(zhejiang.organization_id) == {"place:CHN:zhejiang"}
    assert set(tenures[tenures.status == "current"].as_of) == {"2025-10"}


def test_unknowns_picks_negative_sentences():
    note = "Start month known. End: NOT officially explained. Exact end date unknown, hence year only."
    assert unknowns(note) == ["End: NOT officially explained.", "Exact end date unknown, hence year only."]
    assert unknowns("'current' = as of the latest sources seen, not re-checked. Born 1964.") == [
        "'current' = as of the latest sources seen, not re-checked."]
    assert unknowns("Months only from the reposted commentary. Known.") == ["Months only from the reposted commentary."]


def test_history_and_sources_report_the_same_unknowns(tables):
    """Notebook 01 reads each head's note with history.unknowns; notebook 05 lists the same
    sentences as "reference unknown" gaps: the same rows, not two different readings."""
    heads = history.heads_table(ild_heads(), 2026)
    from_01 = sorted((r.holder, sentence) for r in heads.itertuples() for sentence in history.unknowns(r.note))
    gaps = corroboration.gaps(tables)
    stated = gaps[gaps.kind == "reference unknown"]
    from_05 = sorted(zip(stated.detail.str.split(" (", regex=False).str[0], stated.evidence))
    assert from_01 == from_05
    assert len(from_05) == len(stated_unknowns()) >= 11


def test_founding_check_in_event_order():
    events = pd.DataFrame({
        "kind": ["founding", "founding", "visit", "founding"], "counterpart": ["X", "Y", "Z", "W"],
        "counterpart_id": ["org:x", "org:y", "", "org:none"], "start": ["2010", "1951-04", "2011", "2000"],
        "doc_id": ["d1", "d1", "d1", "d2"], "evidence": ["X in 2010.", "Y in 1951.", "visit", "W in 2000."]})
    orgs = pd.DataFrame({"org_id": ["x", "y"], "founded": ["2011-01-27", "1951"]})
    checked = founding_check(events, orgs)
    assert list(checked.body) == ["X", "Y", "W"]
    assert list(checked.agreement) == ["differs", "agrees", "no reference date"]
    assert checked.reference_year.tolist()[:2] == [2011, 1951] and pd.isna(checked.reference_year.iloc[2])
