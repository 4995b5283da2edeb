"""One meeting reported by several documents counts once: the event_key they share."""
from __future__ import annotations

import pandas as pd
from liaison import schema
from liaison.extract.event_keys import event_keys
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus


def _events(*rows: dict) -> pd.DataFrame:
    defaults = {c: "" for c in schema.columns("events")}
    frame = pd.DataFrame([{**defaults, "event_reports": 1, **row} for row in rows])
    return frame


def _keys(frame: pd.DataFrame) -> list[str]:
    return event_keys(frame).event_key.tolist()


def test_one_meeting_reported_from_both_sides_shares_a_key():
    frame = _events(
        {"event_id": "a:e000", "kind": "meeting", "actor_id": "person:zhou-mingyuan", "counterpart_id": "person:x",
         "start": "2024-04-03", "end": "2024-04-03", "places": "VNM"},
        {"event_id": "b:e000", "kind": "meeting", "actor_id": "person:x", "counterpart_id": "person:zhou-mingyuan",
         "start": "2024-04", "end": "2024-04", "places": ""},
        {"event_id": "c:e001", "kind": "meeting", "actor_id": "person:zhou-mingyuan", "counterpart_id": "person:x",
         "start": "2024-06-01", "end": "2024-06-01"},
    )
    out = event_keys(frame)
    assert out.event_key.tolist() == ["a:e000", "a:e000", "c:e001"]
    assert out.event_reports.tolist() == [2, 2, 1]


def test_two_scripts_join_on_participant_and_country_and_another_day_stays_apart():
    frame = _events(
        {"event_id": "en:e000", "kind": "meeting", "actor_id": "person:zhou-mingyuan", "counterpart": "Le Van Son",
         "start": "2024-04-03", "end": "2024-04-03", "places": "VNM"},
        {"event_id": "zh:e000", "kind": "meeting", "actor_id": "person:zhou-mingyuan", "counterpart": "黎文山",
         "start": "2024-04-03", "end": "2024-04-03", "places": "VNM"},
        {"event_id": "en:e001", "kind": "meeting", "actor_id": "person:zhou-mingyuan", "counterpart": "Vo Van Hai",
         "start": "2024-04-05", "end": "2024-04-05", "places": "VNM"},
    )
    assert _keys(frame) == ["en:e000", "en:e000", "en:e001"]


def test_undated_events_and_different_countries_stay_apart_and_a_reports_date_reaches_back():
    frame = _events(
        {"event_id": "a:e000", "kind": "visit", "actor_id": "person:wang-ning", "places": "VNM",
         "start": "2023-04-16", "end": "2023-04-16", "date_basis": "document date"},
        {"event_id": "a:e001", "kind": "visit", "actor_id": "person:wang-ning", "places": "LAO",
         "start": "2023-04-16", "end": "2023-04-16", "date_basis": "document date"},
        {"event_id": "b:e000", "kind": "visit", "actor_id": "person:wang-ning", "places": "VNM",
         "start": "2023-04-14", "end": "2023-04-14", "date_basis": "relative"},
        {"event_id": "c:e000", "kind": "visit", "actor_id": "person:wang-ning", "places": "VNM"},
        {"event_id": "d:e000", "kind": "visit", "actor_id": "person:wang-ning", "places": "VNM"},
    )
    assert _keys(frame) == ["a:e000", "a:e001", "a:e000", "c:e000", "d:e000"]


def test_the_pipeline_keys_one_meeting_reported_by_two_outlets(tmp_path):
    (tmp_path / "xinhua.txt").write_text(
        "Senior CPC official meets Lao party delegation\n\n"
        "BEIJING, May 21 (Xinhua) -- Zhou Mingyuan, head of the International Department of the CPC Central "
        "Committee, met with Khampheng Sayavong, head of the External Relations Commission of the Lao People's "
        "Revolutionary Party Central Committee, in Beijing on Tuesday.\n", encoding="utf-8")
    (tmp_path / "kpl.txt").write_text(
        "Party external relations chief meets CPC leader in Beijing\n\n"
        "VIENTIANE, May 23 (KPL) -- Khampheng Sayavong, head of the party's External Relations Commission, was "
        "received by Zhou Mingyuan, head of the International Department of the CPC Central Committee, in Beijing "
        "on May 21 during a working visit to China.\n", encoding="utf-8")
    (tmp_path / "xinhua.meta.yaml").write_text("published: '2024-05-21'\n", encoding="utf-8")
    (tmp_path / "kpl.meta.yaml").write_text("published: '2024-05-23'\n", encoding="utf-8")
    events = build_tables(load_corpus(tmp_path)).events
    meetings = events[events.kind == "meeting"]
    assert len(meetings) == 2
    assert meetings.event_key.nunique() == 1 and set(meetings.event_reports) == {2}


def test_an_english_and_a_chinese_report_of_one_meeting_share_a_key(tmp_path):
    (tmp_path / "en.txt").write_text(
        "Senior CPC official meets Lao party delegation\n\n"
        "BEIJING, May 21 (Xinhua) -- Zhou Mingyuan, head of the International Department of the Communist Party of "
        "China (CPC) Central Committee, met with Khampheng Sayavong, head of the External Relations Commission "
        "of the Lao People's Revolutionary Party Central Committee, in Beijing on Tuesday.\n", encoding="utf-8")
    (tmp_path / "zh.txt").write_text(
        "周明远会见老挝人革党代表团\n\n"
        "新华社北京5月21日电 5月21日，中共中央政治局委员、中联部部长周明远在北京会见老挝人革党中央对外关系委员会主任"
        "坎彭·萨亚冯。\n", encoding="utf-8")
    for name in ("en", "zh"):
        (tmp_path / f"{name}.meta.yaml").write_text("published: '2024-05-21'\n", encoding="utf-8")
    events = build_tables(load_corpus(tmp_path)).events
    meetings = events[events.kind == "meeting"].set_index("doc_id")
    assert meetings.loc["zh", "counterpart"] == "坎彭·萨亚冯"
    assert meetings.loc["en", "event_key"] == meetings.loc["zh", "event_key"] == "en:e000"
    assert set(meetings.event_reports) == {2}
    assert set(meetings.counterpart_party_id) == {"lprp-lao"}


def test_two_meetings_on_one_day_in_two_scripts_are_not_paired_by_guess():
    """Zhou meets A and B in Hanoi on one day, reported in English and in Chinese: which Chinese
    name is which English one is unknown, so only same-named reports join."""
    day = {"kind": "meeting", "actor_id": "person:zhou-mingyuan", "places": "VNM", "start": "2024-04-03",
           "end": "2024-04-03"}
    frame = _events(
        {**day, "event_id": "en:e000", "counterpart": "Nguyen Van A"},
        {**day, "event_id": "en:e001", "counterpart": "Tran Van B"},
        {**day, "event_id": "zh:e000", "counterpart": "阮文甲"},
        {**day, "event_id": "zh:e001", "counterpart": "陈文乙"},
        {**day, "event_id": "vn:e000", "counterpart": "Tran Van B"},
    )
    assert _keys(frame) == ["en:e000", "en:e001", "zh:e000", "zh:e001", "en:e001"]
