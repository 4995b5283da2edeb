"""The curated leadership rows of the department (ild_heads.csv and the vice-minister rows of people.csv):
every row sourced and dated as ISO prefixes in order, the vice-ministers the sources name for 2000-2025
listed, and what the sources leave open (an end, a status) left open rather than guessed."""
import re

import pandas as pd
from liaison.analysis.personnel import role_at, who_is_who
from liaison.reference.lists import ild_heads, people
from liaison.reference.tenures import reference_tenures

ILD = "International Department of the CPC Central Committee"
ISO_PREFIX = re.compile(r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?")


def _vice_ministers() -> pd.DataFrame:
    rows = people()
    return rows[(rows.organization == ILD) & (rows.title == "Vice Minister")]


def _in_order(start: str, end: str) -> bool:
    """A start no later than its end, compared at the precision both give."""
    n = min(len(start), len(end))
    return not start or not end or start[:n] <= end[:n]


def test_leadership_rows_are_sourced_dated_and_in_order():
    heads = ild_heads().rename(columns={"holder": "person"})
    for rows in (heads, _vice_ministers()):
        assert rows.source_url.str.match(r"https?://\S+$").all()
        assert rows.status.isin({"current", "ended", "unknown"}).all()
        assert all(ISO_PREFIX.fullmatch(d) for d in [*rows.start, *rows.end])
        assert all(_in_order(s, e) for s, e in zip(rows.start, rows.end))
        assert (rows[rows.status == "current"].end == "").all()


def test_the_vice_ministers_of_2000_2025_the_sources_name_are_listed():
    listed = set(_vice_ministers().person)
    assert {"Cai Wu", "Wang Jiarui", "Zhang Zhijun", "Liu Hongcai", "Li Jinjun", "Liu Jieyi", "Ai Ping",
            "Chen Fengxiang", "Guo Yezhou", "Yu Hongjun", "Zheng Xiaosong", "Wang Yajun", "Qian Hongshan", "Shen Beili",
            "Chen Zhou", "Li Mingxiang", "Sun Haiyan", "Lu Kang", "Ma Hui", "Li Jun"} <= listed
    # Named in requests but not found as vice-ministers on any dated page: not listed as such
    # (Zhu Rui is listed, as the assistant minister the department's pages call him).
    assert not {"Ma Wenpu", "Zhu Rui", "Wang Jin"} & listed


def test_settled_and_open_rows():
    rows = _vice_ministers()
    got = {p: tuple(r[["start", "end", "status"]]) for p, r in rows.set_index("person").iterrows()
           if p not in {"Liu Hongcai"}}  # two tenures
    # Off the department's list of 30 Sept 2025: ended, though no page dates the end.
    assert got["Qian Hongshan"] == ("", "", "ended")
    assert got["Chen Fengxiang"] == ("2013", "", "ended")
    assert got["Shen Beili"] == ("2020-07", "", "ended")
    # Sources disagree on the month or the end: only what they share is kept.
    assert got["Zheng Xiaosong"] == ("2016", "2017-09", "ended")
    assert got["Liu Jieyi"] == ("2009", "", "ended")
    # Called a former vice-minister, never dated: ended, no dates.
    assert got["Yu Hongjun"] == got["Ai Ping"] == ("", "", "ended")
    assert got["Li Mingxiang"] == ("2022-12", "", "current")
    assert got["Guo Yezhou"] == ("2014-01", "2024-05", "ended")
    # The vice-ministership ends the month the headship starts.
    wang_head = ild_heads().set_index("holder").loc["Wang Jiarui"]
    assert (got["Wang Jiarui"][1], wang_head.start) == ("2003-03", "2003-03")
    maduro = people()[people().person == "Nicolas Maduro"]
    assert list(zip(maduro.end, maduro.status)) == [("", "unknown"), ("", "unknown")]


def test_a_current_vice_minister_is_known_as_of_the_reference_date():
    tenures = reference_tenures()
    li = tenures[(tenures.person == "Li Mingxiang") & (tenures.organization_id == "org:ild")]
    assert list(zip(li.start, li.status, li.as_of)) == [("2022-12", "current", "2025-10")]
    qian = tenures[(tenures.person == "Qian Hongshan") & (tenures.organization_id == "org:ild")]
    assert list(zip(qian.status, qian.as_of)) == [("ended", "")]


def _ild_reference(person: str) -> list[tuple[str, str, str, str, str]]:
    tenures = reference_tenures()
    rows = tenures[(tenures.person == person) & (tenures.organization_id == "org:ild")]
    return list(zip(rows.title, rows.start, rows.end, rows.status, rows.as_of))


def test_li_jun_is_an_undated_former_vice_minister():
    # One dated department page (August 2018) names him vice-minister; no start or end is given,
    # and he is off the list of September 2025, so the tenure is ended and covers no date.
    assert _ild_reference("Li Jun") == [("Vice Minister", "", "", "ended", "")]
    no_claims = who_is_who(pd.DataFrame(columns=["person_id", "person", "doc_id"]))
    assert role_at("Li Jun", "2018-08-02", no_claims)["title"] == "unknown"


def test_zhu_rui_is_an_assistant_minister_not_a_vice_minister():
    assert _ild_reference("Zhu Rui") == [("Assistant Minister", "", "", "unknown", "")]
    # The reference gives no dates, so a report's own dated claim is what places him in the post.
    claim = pd.DataFrame([{"person_id": "person:zhu-rui", "person": "Zhu Rui", "title": "Assistant Minister",
                           "organization": ILD, "organization_id": "org:ild", "start": "2023-07-31",
                           "end": "2023-08-02", "status": "ended", "doc_id": "report-1", "evidence": ""}])
    role = role_at("person:zhu-rui", "2023-08-01", who_is_who(claim))
    assert (role["title"], role["basis"], role["doc_id"]) == ("Assistant Minister", "document", "report-1")


def test_the_added_officials_resolve_in_an_invented_readout(extract):
    text = ("BRAZZAVILLE, Oct. 14 (Xinhua) -- At the invitation of the ruling party, Zhu Rui, assistant minister "
            "of the International Department of the Communist Party of China (CPC) Central Committee, led a CPC "
            "delegation to visit the Republic of the Congo from Oct. 11 to 13.\n")
    events = extract(text, "2021-10-14")["events"]
    assert [(e["kind"], e["actor_id"], e["places"], e["start"], e["end"], e["status"]) for e in events] == [
        ("visit", "person:zhu-rui", "COG", "2021-10-11", "2021-10-13", "reported")]
    text = ("Beijing, May 6th—Li Jun, Vice-minister of the International Department of the CPC Central Committee, "
            "met here today with a delegation of the Labour Party of Malta led by its deputy leader Joseph Vella.\n")
    events = extract(text, "2019-05-06")["events"]
    assert [(e["kind"], e["actor_id"], e["counterpart_id"], e["places"], e["start"], e["status"])
            for e in events] == [("meeting", "person:li-jun", "person:joseph-vella", "CHN", "2019-05-06", "reported")]
