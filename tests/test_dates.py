"""Dates: publication-date inference and date mentions, on the real seeds and on synthetic leads.

Every assertion pins a concrete value, so a change in resolution rules shows up as a diff here.
"""
import datetime
from pathlib import Path

import pytest
from liaison.extract.dates import DateMention, find_dates
from liaison.load.dates import PartialDate, PublicationDate, infer_publication_date, parse_iso

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CHINA_DAILY = SEEDS / "004_bb9a6ea2df670ab5.txt"
ENCYCLOPEDIA = SEEDS / "002_2ae41ebc53c0db97.txt"
DECODE39 = SEEDS / "000_d6caded5e31713c2.txt"
SCMP_FEED = SEEDS / "003_2f98651871e88ea7.txt"
NEWS_NO_DATE = SEEDS / "001_086b57c32b2f9de0.txt"

XINHUA = (
    "HANOI, Sept. 6 (Xinhua) -- A delegation of the Communist Party of China visited Vietnam "
    "from Monday to Wednesday, holding talks with Vietnamese party officials."
)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def spans(text: str, anchor: PartialDate | None) -> list[tuple]:
    """(text, date, end_date, relative, qualifier) per mention, ISO strings for readability."""
    return [
        (m.text, m.date.iso(), m.end_date.iso() if m.end_date else None, m.relative, m.qualifier)
        for m in find_dates(text, anchor)
    ]


# ---------------------------------------------------------------- PartialDate / parse_iso

def test_partial_date_precision_iso_and_bounds():
    day, month, year = PartialDate(2016, 6, 26), PartialDate(2016, 6), PartialDate(2016)
    assert [d.precision for d in (day, month, year)] == ["day", "month", "year"]
    assert [d.iso() for d in (day, month, year)] == ["2016-06-26", "2016-06", "2016"]
    assert month.first_day() == datetime.date(2016, 6, 1)
    assert month.last_day() == datetime.date(2016, 6, 30)
    assert PartialDate(2024, 2).last_day() == datetime.date(2024, 2, 29)
    assert year.first_day() == datetime.date(2016, 1, 1)
    assert year.last_day() == datetime.date(2016, 12, 31)
    assert day.first_day() == day.last_day() == datetime.date(2016, 6, 26)


def test_partial_date_orders_across_precisions_and_rejects_impossible_dates():
    assert sorted([PartialDate(2016, 6, 26), PartialDate(2015), PartialDate(2016, 6), PartialDate(2016)]) == [
        PartialDate(2015), PartialDate(2016), PartialDate(2016, 6), PartialDate(2016, 6, 26)]
    with pytest.raises(ValueError):
        PartialDate(2023, 2, 29)
    with pytest.raises(ValueError):
        PartialDate(2023, 13)
    with pytest.raises(ValueError):
        PartialDate(2023, None, 5)


def test_parse_iso_round_trips_and_rejects_junk():
    assert parse_iso("2016-06-26") == PartialDate(2016, 6, 26)
    assert parse_iso("2016-06") == PartialDate(2016, 6)
    assert parse_iso(" 2016 ") == PartialDate(2016)
    assert parse_iso("") is None
    assert parse_iso(None) is None
    for junk in ("June 2016", "2016/06/26", "16-06-26", "2016-6"):
        with pytest.raises(ValueError, match="expected YYYY, YYYY-MM or YYYY-MM-DD"):
            parse_iso(junk)
    with pytest.raises(ValueError, match="invalid ISO partial date '2016-02-30'"):
        parse_iso("2016-02-30")


# ---------------------------------------------------------------- infer_publication_date

def test_china_daily_seed_dated_by_updated_stamp():
    text = read(CHINA_DAILY)
    pub = infer_publication_date(text)
    assert pub.date == PartialDate(2016, 6, 26)
    assert pub.date.precision == "day"
    assert pub.basis == "'Updated:' stamp"
    assert text[pub.start:pub.end] == "Updated: 2016-06-26"


def test_encyclopedia_seed_dated_by_years_ago_which_outranks_retrieved():
    text = read(ENCYCLOPEDIA)
    pub = infer_publication_date(text)
    assert pub == PublicationDate(PartialDate(2024), "'N years ago' in infobox", pub.start, pub.end)
    assert pub.date.precision == "year"
    assert text[pub.start:pub.end] == "1951;73\xa0years ago"


def test_retrieved_dates_give_a_lower_bound_when_nothing_better():
    text = read(ENCYCLOPEDIA).replace("73\xa0years ago", "")
    pub = infer_publication_date(text)
    assert pub.date == PartialDate(2024, 1, 30)  # "Retrieved January 30, 2024" is the newest
    assert pub.basis == "newest cited 'Retrieved' date (lower bound)"
    assert text[pub.start:pub.end] == "Retrieved January 30, 2024"
    mixed = "a. Retrieved 2023-10-21. b. Retrieved 2 January 2023. c. Retrieved May 2024."
    assert infer_publication_date(mixed).date == PartialDate(2024, 5)


def test_seeds_without_evidence_stay_unknown():
    for path in (DECODE39, NEWS_NO_DATE, SCMP_FEED):
        assert infer_publication_date(read(path)) == PublicationDate(None, "unknown", None, None)


def test_xinhua_dateline_year_from_hint_or_document_or_none():
    pub = infer_publication_date(XINHUA, year_hint=2023)
    assert pub.date == PartialDate(2023, 9, 6)
    assert pub.basis == "dateline with year from year_hint"
    assert XINHUA[pub.start:pub.end] == "HANOI, Sept. 6 (Xinhua) --"

    no_year = infer_publication_date(XINHUA)
    assert no_year == PublicationDate(None, "dateline without year", 0, len("HANOI, Sept. 6 (Xinhua) --"))

    with_doc_year = "Intro\n\nROME, June 27 (Xinhua) — Talks followed the June 1, 2022 agreement."
    pub = infer_publication_date(with_doc_year, year_hint=2030)
    assert pub.date == PartialDate(2022, 6, 27)
    assert pub.basis == "dateline with year from document"

    # two different explicit years: the document doesn't settle it, so the hint does
    two_years = "BEIJING, Sept. 6 (Xinhua) — Since May 1, 2019 and June 2, 2020 ..."
    assert infer_publication_date(two_years, year_hint=2021).date == PartialDate(2021, 9, 6)


def test_other_stamp_forms():
    assert infer_publication_date("Posted on June 26, 2016 by admin\nBody").basis == "'Posted on' stamp"
    both = "Home\nPublished: 2016-06-20 08:00\nUpdated: 2016-06-26 23:19\nBody"
    pub = infer_publication_date(both)
    assert (pub.date, pub.basis) == (PartialDate(2016, 6, 20), "'Published:' stamp")
    # a stamp beyond the first ~1500 characters is not a page header
    late = "x" * 2000 + "\nUpdated: 2016-06-26"
    assert infer_publication_date(late).basis == "unknown"


# ---------------------------------------------------------------- find_dates: absolute

def test_absolute_forms():
    text = ("On 26 June 2016 and June 26, 2016 and 2016-06-26; January 30, 2024; Sept. 6, 2023; "
            "in February 2022 the school opened.")
    assert spans(text, None) == [
        ("26 June 2016", "2016-06-26", None, False, ""),
        ("June 26, 2016", "2016-06-26", None, False, ""),
        ("2016-06-26", "2016-06-26", None, False, ""),
        ("January 30, 2024", "2024-01-30", None, False, ""),
        ("Sept. 6, 2023", "2023-09-06", None, False, ""),
        ("February 2022", "2022-02", None, False, ""),
    ]


def test_range_decade_and_bare_years():
    text = ("He headed the office from August 2015 to April 2017. In the 1980s it changed. "
            "In 1981, it founded CAIFC; since 1951 it has grown; in 2019 it met; As of 2019, more.")
    assert spans(text, None) == [
        ("from August 2015 to April 2017", "2015-08", "2017-04", False, ""),
        ("the 1980s", "1980", "1989", False, ""),
        ("In 1981", "1981", None, False, ""),
        ("since 1951", "1951", None, False, "since"),
        ("in 2019", "2019", None, False, ""),
        ("As of 2019", "2019", None, False, "as of"),
    ]
    assert spans("the Korean War in 1950-1953 and the early 2000s and mid-2019", None) == [
        ("1950-1953", "1950", "1953", False, ""),
        ("the early 2000s", "2000", "2009", False, "early"),
        ("mid-2019", "2019", None, False, "mid"),
    ]


@pytest.mark.parametrize("text", [
    "Deputy ministers Chen Zhou, Li Mingxiang, Sun Haiyan, Lu Kang",
    "Sun Shouliang, a department official, said",
    "relations with more than 600 political parties",
    "around 600 parties",
    "opened with US$40 million in funding",
    "more than 1.9 million officers",
    "[14] [15] :100–101 The school",
    "ISBN   978-0-525-65605-0. OCLC   52595251.",
    "ISBN 0742518612",
    "Headquarters4 Fuxing Road, Haidian District",
    "4 Fuxing Road, Haidian District",
    "the opposition today may be the ruling party",  # "may": no anchor, and lower case anyway
    "Project 2049 Institute",
    "by 2000 delegates",
    "www.idcpc.org.cn/english2023/",
    "May I ask?",
])
def test_non_dates_produce_nothing(text):
    anchor = PartialDate(2023, 6, 23)
    found = find_dates(text, anchor)
    # "today" in the fourth case is a genuine deictic; everything else must be silent
    assert [m.text for m in found if m.text != "today"] == []


def test_month_and_weekday_names_need_the_right_shape():
    anchor = PartialDate(2023, 6, 23)
    assert spans("Sun Haiyan met Sun Shouliang. It may be so. Jun and Sept. were names.", anchor) == []
    assert spans("May 2012", anchor) == [("May 2012", "2012-05", None, False, "")]
    assert spans("Jun 5", anchor) == [("Jun 5", "2023-06-05", None, True, "")]


# ---------------------------------------------------------------- find_dates: relative

def test_scmp_relative_months_against_april_anchor():
    text = read(SCMP_FEED)
    assert spans(text, PartialDate(2023, 4, 10)) == [
        ("last month", "2023-03", None, True, ""),
        ("late March", "2023-03", None, True, "late"),
        ("at the end of March", "2023-03", None, True, "end of"),
        ("late March", "2023-03", None, True, "late"),
        ("early January", "2023-01", None, True, "early"),
        ("mid-March", "2023-03", None, True, "mid"),
    ]


def test_bare_month_is_latest_not_after_anchor():
    assert spans("visited in March", PartialDate(2023, 4)) == [("in March", "2023-03", None, True, "")]
    assert spans("visited in March", PartialDate(2023, 2)) == [("in March", "2022-03", None, True, "")]
    assert spans("visited in March", PartialDate(2023, 3, 1)) == [("in March", "2023-03", None, True, "")]
    # a year-only anchor can't place "in March" honestly, and no anchor can't place anything
    assert spans("visited in March", PartialDate(2023)) == []
    assert spans("late March", None) == []


def test_relative_periods():
    anchor = PartialDate(2023, 6)
    assert spans("in June last year; last month; this year; next month; last year", anchor) == [
        ("in June last year", "2022-06", None, True, ""),
        ("last month", "2023-05", None, True, ""),
        ("this year", "2023", None, True, ""),
        ("next month", "2023-07", None, True, ""),
        ("last year", "2022", None, True, ""),
    ]
    assert spans("last month", PartialDate(2023, 1, 15)) == [("last month", "2022-12", None, True, "")]
    assert spans("last month", PartialDate(2023)) == []  # needs a month


def test_seed_001_june_last_year():
    text = read(NEWS_NO_DATE)
    assert spans(text, PartialDate(2023, 6)) == [("in June last year", "2022-06", None, True, "")]


def test_weekdays_today_yesterday():
    friday = PartialDate(2023, 6, 23)
    assert spans("He arrives this coming Sunday.", friday) == [("this coming Sunday", "2023-06-25", None, True, "")]
    assert spans("He arrives next Sunday.", friday) == [("next Sunday", "2023-06-25", None, True, "")]
    assert spans("They met on Sunday.", friday) == [("on Sunday", "2023-06-18", None, True, "")]
    assert spans("They met on Friday.", friday) == [("on Friday", "2023-06-23", None, True, "")]
    assert spans("They met last Friday.", friday) == [("last Friday", "2023-06-16", None, True, "")]
    assert spans("He said today and yesterday.", friday) == [
        ("today", "2023-06-23", None, True, ""), ("yesterday", "2023-06-22", None, True, "")]
    # a month-precision anchor can't place a weekday
    assert spans("They met on Sunday. He said yesterday.", PartialDate(2023, 6)) == []


def test_xinhua_monday_to_wednesday_in_a_wednesday_report():
    pub = infer_publication_date(XINHUA, year_hint=2023)
    assert datetime.date(2023, 9, 6).strftime("%A") == "Wednesday"
    mentions = find_dates(XINHUA, pub.date)
    assert mentions == [
        DateMention(7, 14, "Sept. 6", PartialDate(2023, 9, 6), None, True, ""),
        DateMention(XINHUA.index("from"), XINHUA.index("from") + len("from Monday to Wednesday"),
                    "from Monday to Wednesday", PartialDate(2023, 9, 4), PartialDate(2023, 9, 6), True, ""),
    ]


def test_seed_000_coming_sunday_and_range():
    text = read(DECODE39)
    assert spans(text, PartialDate(2023, 6, 23)) == [
        ("this coming Sunday", "2023-06-25", None, True, ""),
        ("in 2019", "2019", None, False, ""),
        ("in April", "2023-04", None, True, ""),
        ("from August 2015 to April 2017", "2015-08", "2017-04", False, ""),
    ]
    # without an anchor only the absolute dates remain
    assert spans(text, None) == [
        ("in 2019", "2019", None, False, ""),
        ("from August 2015 to April 2017", "2015-08", "2017-04", False, ""),
    ]


def test_china_daily_seed_mentions():
    text = read(CHINA_DAILY)
    anchor = infer_publication_date(text).date
    assert spans(text, anchor) == [
        ("2016-06-26", "2016-06-26", None, False, ""),
        ("on Sunday", "2016-06-26", None, True, ""),  # the report is dated that Sunday
        ("on Sunday", "2016-06-26", None, True, ""),
        ("in 1951", "1951", None, False, ""),
        ("today", "2016-06-26", None, True, ""),
    ]


def test_encyclopedia_seed_mentions_skip_numbers_and_names():
    text = read(ENCYCLOPEDIA)
    anchor = infer_publication_date(text).date  # 2024, year precision
    found = find_dates(text, anchor)
    texts = [m.text for m in found]
    assert texts[:10] == ["73\xa0years ago", "1951", "in 1951", "the 1980s", "In 1981", "the early 2000s",
                          "In 2010", "February 2022", "As of 2019", "in 2018"]
    assert found[0].date == PartialDate(1951) and found[0].relative
    assert "January 30, 2024" in texts and "2 January 2023" in texts and "December 1971" in texts
    assert len(found) == 66
    years = {m.date.year for m in found}
    assert years <= set(range(1950, 2025))
    # sorted and non-overlapping
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_day_ranges_and_month_ranges():
    anchor = PartialDate(2023, 9, 6)
    assert spans("4-6 September 2023; Sept. 4–6; from August to October 2015; between 2010 and 2015", anchor) == [
        ("4-6 September 2023", "2023-09-04", "2023-09-06", False, ""),
        ("Sept. 4–6", "2023-09-04", "2023-09-06", True, ""),
        ("from August to October 2015", "2015-08", "2015-10", False, ""),
        ("between 2010 and 2015", "2010", "2015", False, ""),
    ]


def test_years_ago_needs_anchor():
    assert spans("founded 73 years ago", PartialDate(2024)) == [("73 years ago", "1951", None, True, "")]
    assert spans("founded 73 years ago", None) == []


def test_future_tense_sentence_points_weekdays_and_months_forward():
    friday = PartialDate(2023, 6, 23)
    assert spans("The minister will visit Rome on Sunday.", friday) == [("on Sunday", "2023-06-25", None, True, "")]
    assert spans("He visited Rome. She is expected in March.", PartialDate(2023, 2)) == [
        ("in March", "2023-03", None, True, "")]


@pytest.mark.parametrize("text, anchor, expected", [
    ("He came last October.", "2023-08-25", ("last October", "2022-10", None)),
    ("They met last March.", "2023-08-25", ("last March", "2023-03", None)),
    ("It opens this October.", "2023-08-25", ("this October", "2023-10", None)),
    ("The talks were held on March 3 last year.", "2023-08-25", ("March 3 last year", "2022-03-03", None)),
    ("The forum runs from 5 to 7 October.", "2023-08-25", ("from 5 to 7 October", "2023-10-05", "2023-10-07")),
    ("It met between 5 and 7 October 2024.", "2023-08-25",
     ("between 5 and 7 October 2024", "2024-10-05", "2024-10-07")),
])
def test_a_month_named_last_or_this_and_a_day_range_before_its_month(text, anchor, expected):
    found = [(d.text, d.date.iso(), d.end_date.iso() if d.end_date else None)
             for d in find_dates(text, parse_iso(anchor))]
    assert found == [expected]


def test_last_october_needs_the_anchors_month():
    assert find_dates("He came last October.", parse_iso("2023")) == []
