"""A person acting under a title on a date outside every reference tenure of it is flagged."""
import pandas as pd
from liaison.analysis.plausibility import KIND, role_date_disagreements
from liaison.reference.tenures import reference_tenures
from liaison.schema import columns

ILD = "International Department of the CPC Central Committee"
TENURES = pd.DataFrame([
    {"person_id": "person:zhao-ming", "organization_id": "org:ild", "title": f"Head of the {ILD}",
     "start": "2022-06", "end": "", "source_url": "https://ref/heads", "file": "ild_heads.csv"},
    {"person_id": "person:qian-hong", "organization_id": "org:ild", "title": "Vice Minister",
     "start": "2009", "end": "2013-04", "source_url": "https://ref/a", "file": "people.csv"},
    {"person_id": "person:qian-hong", "organization_id": "org:ild", "title": "Vice Minister",
     "start": "2016", "end": "2019-02-15", "source_url": "https://ref/b", "file": "people.csv"},
])


def event(doc_id: str, i: int, actor: str, start: str, end: str = "", span=(0, 100)) -> dict:
    row = dict.fromkeys(columns("events"), "")
    row.update({"event_id": f"{doc_id}:e{i:03d}", "kind": "meeting", "actor": actor,
                "actor_id": "person:" + actor.lower().replace(" ", "-"), "start": start, "end": end or start,
                "doc_id": doc_id, "start_char": span[0], "end_char": span[1],
                "evidence": f"{actor} met a visiting delegation ({doc_id} {i})"})
    return row


def position(doc_id: str, person: str, title: str, span=(0, 100), status: str = "current", as_of: str = "") -> dict:
    return {"person": person, "person_id": "person:" + person.lower().replace(" ", "-"), "title": title,
            "organization": ILD, "organization_id": "org:ild", "start": "", "end": "", "status": status,
            "as_of": as_of, "doc_id": doc_id, "start_char": span[0], "end_char": span[1],
            "evidence": f"{person}, {title}", "cue": "appositive"}


def flagged(events, positions) -> pd.DataFrame:
    return role_date_disagreements(pd.DataFrame(events), pd.DataFrame(positions), TENURES)


def test_a_head_acting_years_before_taking_office_is_flagged_with_both_dates():
    out = flagged([event("a", 0, "Zhao Ming", "2015-03-04"), event("b", 0, "Zhao Ming", "2023-05")],
                  [position("a", "Zhao Ming", "head", as_of="2015-03-05"), position("b", "Zhao Ming", "minister")])
    assert list(out.columns) == columns("sources_disagreements")
    assert len(out) == 1
    row = out.iloc[0]
    assert (row.kind, row.doc_id, row.other_source, row.other_evidence) == (
        KIND, "a", "reference:ild_heads.csv", "https://ref/heads")
    assert row.value == "head acting on 2015-03-04 (meeting; report dated 2015-03-05)"
    assert row.other_value == f"Head of the {ILD} (2022-06–open)"
    assert row.evidence == "Zhao Ming met a visiting delegation (a 0)"
    assert row.subject == f"Zhao Ming / head / {ILD}"


def test_a_date_inside_any_tenure_or_only_partly_outside_is_not_flagged():
    out = flagged([event("a", 0, "Qian Hong", "2017-09-12"),  # second tenure
                   event("b", 0, "Qian Hong", "2013"),  # the year the first tenure ends
                   event("c", 0, "Zhao Ming", "2022"),  # the year he took office
                   event("d", 0, "Qian Hong", "2014-05-01")],  # between the tenures: flagged
                  [position(d, "Qian Hong" if d != "c" else "Zhao Ming", "deputy minister" if d != "c" else "head")
                   for d in "abcd"])
    assert list(out.doc_id) == ["d"]
    assert out.iloc[0].other_value == "Vice Minister (2009–2013-04) | Vice Minister (2016–2019-02-15)"
    assert out.iloc[0].other_evidence == "https://ref/a https://ref/b"


def test_only_a_title_stated_in_the_events_own_sentence_and_not_a_former_one():
    out = flagged([event("a", 0, "Zhao Ming", "2015-03-04", span=(0, 80)),
                   event("b", 0, "Zhao Ming", "2015-03-04", span=(0, 80)),
                   event("c", 0, "Zhao Ming", "")],
                  [position("a", "Zhao Ming", "head", span=(200, 260)),  # another sentence
                   position("b", "Zhao Ming", "former head", span=(10, 30), status="ended"),
                   position("c", "Zhao Ming", "head")])  # undated event
    assert out.empty
    # A report of 2023 recalls what its head did in 2015: the title is his at the report's date.
    assert flagged([event("a", 0, "Zhao Ming", "2015")], [position("a", "Zhao Ming", "head", as_of="2023-04")]).empty


def test_another_title_or_organisation_is_not_this_check():
    other = position("a", "Zhao Ming", "ambassador to Italy")
    out = flagged([event("a", 0, "Zhao Ming", "2015-03-04")], [other])
    assert out.empty


def test_the_check_reads_real_extraction_rows(extract):
    # Song Tao is kept on purpose: the check compares a date with his curated tenure (ild_heads.csv, from 2015-11).
    rows = extract("BEIJING, March 4 (Xinhua) -- Song Tao, minister of the International Department of the CPC "
                   "Central Committee, held talks with a visiting delegation of the Workers' Party of Korea in "
                   "Beijing on Tuesday.", "2014-03-04")  # a Tuesday
    out = role_date_disagreements(pd.DataFrame(rows["events"]), pd.DataFrame(rows["positions"]), reference_tenures())
    assert list(out.value) == ["minister acting on 2014-03-04 (meeting; report dated 2014-03-04)"]
    assert "2015-11" in out.iloc[0].other_value


def test_two_meetings_in_one_sentence_under_one_title_are_one_row():
    # Invented: "Zhao Ming, head of the department, met A and B on 4 March 2015" read as two meetings.
    said = "Zhao Ming, head of the department, met A and B on 4 March."
    out = flagged([{**event("a", i, "Zhao Ming", "2015-03-04"), "evidence": said} for i in (0, 1)],
                  [position("a", "Zhao Ming", "head", as_of="2015-03-05")])
    assert len(out) == 1
    assert out.iloc[0].value == "head acting on 2015-03-04 (meeting; report dated 2015-03-05)"
