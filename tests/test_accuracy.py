"""Scoring extraction against events coded by hand (`liaison score`): what counts as a hit, an extra and a miss."""
import json

import pytest
from liaison.cli import main
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus
from liaison.workbook.accuracy import read_gold, same_name, score


def corpus(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Party ties\n\nBEIJING, March 3 (Xinhua) -- Vice Minister Tian Wenbo met here on Tuesday with Ngozi Baraka, "
        "secretary general of the Kenya African National Union.\n", encoding="utf-8")
    (tmp_path / "docs" / "a.meta.yaml").write_text("published: '2024-03-07'\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(
        "Visit\n\nNAIROBI, March 5 -- Vice Minister Tian Wenbo arrived in Nairobi on Thursday for a visit.\n",
        encoding="utf-8")
    gold = {
        "a": {"split": "test", "people": ["Tian Wenbo", "Ngozi Baraka"], "countries": ["CHN", "KEN"],
              "events": [{"kind": "meeting", "actor": "Ngozi Baraka", "counterpart": "Tian Wenbo", "places": ["CHN"],
                          "start": "2024-03-05"},
                         {"kind": "visit", "actor": "Ngozi Baraka", "counterpart": "", "places": ["USA"],
                          "start": ""}]},
        "b": {"split": "dev", "people": ["Tian Wenbo"], "countries": ["KEN"],
              "events": [{"kind": "visit", "actor": "Wenbo Tian", "counterpart": "", "places": ["KEN"], "start": ""}]},
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return build_tables(load_corpus(tmp_path / "docs")), gold


def test_a_meeting_hits_either_way_round_and_a_wrong_place_misses(tmp_path):
    tables, gold = corpus(tmp_path)
    events = score(tables, gold, "test")["events"]
    # the meeting hits though the gold names the guest first; the visit to the USA the text never tells is missed
    assert (events.hits, events.missed) == (1, 1)
    assert (events.dated, events.dates_agree) == (1, 1)
    assert events.recall == 0.5


def test_every_split_is_scored_when_none_is_named(tmp_path):
    tables, gold = corpus(tmp_path)
    tallies = score(tables, gold)
    assert tallies["events"].hits == 2  # b's visit too, its actor's name written in the other order
    assert tallies["people"].missed == 0 and tallies["countries"].missed == 0


def test_names_are_compared_across_accents_and_order():
    assert same_name("Nguyễn Phú Trọng", "Nguyen Phu Trong")
    assert same_name("Tian Wenbo", "Wenbo Tian")
    assert not same_name("Tian Wenbo", "Tian Wenli")


def test_an_unusable_gold_file_is_refused_with_its_name(tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "bad.json").write_text('{"a": {"events": [{"kind": "visit"}]}}', encoding="utf-8")
    assert main(["score", "--corpus", str(tmp_path / "docs"), "--gold", str(tmp_path / "bad.json")]) == 2
    error = capsys.readouterr().err
    assert "bad.json" in error and "lacks actor" in error
    with pytest.raises(ValueError, match="lacks actor"):
        read_gold(tmp_path / "bad.json")


def test_a_chinese_report_s_person_resolved_to_an_english_name_hits_chinese_gold(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "c.txt").write_text(
        "会见\n\n3月5日,中联部部长刘建超在北京会见肯尼亚非洲民族联盟总书记巴拉卡。\n", encoding="utf-8")
    (tmp_path / "docs" / "c.meta.yaml").write_text("published: '2024-03-05'\n", encoding="utf-8")
    tables = build_tables(load_corpus(tmp_path / "docs"))
    assert "Liu Jianchao" in set(tables.entities.name)  # the curated head's English name, what the rows resolve to
    gold = {"c": {"people": ["刘建超"], "countries": [], "events": [
        {"kind": "meeting", "actor": "刘建超", "counterpart": "巴拉卡", "places": ["CHN"], "start": "2024-03-05"}]}}
    tallies = score(tables, gold)
    assert (tallies["events"].hits, tallies["events"].missed) == (1, 0)
    assert (tallies["people"].hits, tallies["people"].missed) == (1, 0)
