"""Chinese readouts, round 22: constructions shared by the dev reports of the sets (the newest from outlets the
earlier sets hold little of), in simplified and in traditional script.

- In a report whose headline or lead tells a visit to China ("……代表团对中国广东省进行访问", "来华访问"), a guest
  from abroad who meets a Chinese province's or city's official ("河内市委副书记甲会见了广东省委常委、政法委书记
  乙"), with nothing placing the meeting, meets him at home in China, as a Chinese actor already did
  (`zh_rows.received_at_home`); not an official who leads a delegation himself, not one met on a visit the report
  tells abroad, and not where no visit to China is told (round 21's guard, "芒街市委书记甲会见了东兴市委书记乙").
- "，而" sets a second subject's act against the one before ("甲主席是在2016年3月访马的，至今已有8年，而乙总理上次
  访马是在去年6月"): its own clause (`zh_clauses._CLAUSE_BREAK`; not 而是, 而且, 而非, 而不, 而言, 而已, 而来), whose
  subject is named with its post before or after the name, with 首次, 第一次, 上次 or 最近一次 before the verb. ("访马"
  is Malaysia only in a report that names Malaysia, so each text here does.)
- Towns that open Malaysian Chinese papers' datelines ("（沙登21日讯）") are in Malaysia (`data/places.csv`).

Every sentence here is invented in the genre; the names are made up. Each test reads the fields a user reads.
The guards (marked) pass before and after; the others failed before.
"""
import pytest
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_places as _places

# -- a guest from abroad meets a province's official at home ----------------------------------------------------


def test_a_foreign_guest_meets_a_province_official_in_china(extract):
    text = ("越南河内市代表团对中国广东省进行访问\n\n"
            "越通社河内——5月20日上午，河内市委副书记阮文英会见了广东省委常委、政法委书记王明。\n"
            "王明表示，双方合作空间广阔。\n")
    rows = _events(extract, text, "2024-05-21")
    assert [(e[1], e[2], e[3], e[4], e[5]) for e in _kind(rows, "meeting")] == [
        ("阮文英", "王明", "CHN", "2024-05-20", "reported")]


def test_traditional_a_foreign_guest_meets_a_city_official_in_china(extract):
    text = ("老撾琅勃拉邦省代表團來華訪問\n\n"
            "6月3日下午，老撾琅勃拉邦省委副書記坎平·西薩瓦會見了昆明市委常委、副市長陳大文。\n")
    rows = _kind(_events(extract, text, "2023-06-04"), "meeting")
    assert [(e[1], e[2], e[3], e[4]) for e in rows] == [("坎平·西薩瓦", "陳大文", "CHN", "2023-06-03")]


def test_guard_a_visit_told_abroad_places_the_meeting_there(extract):  # guard
    text = ("广西代表团访问越南\n\n"
            "4月25日，广西壮族自治区党委副书记王明率领广西代表团访问越南高平省。\n"
            "访问期间，高平省委书记阮文英会见了王明一行。\n")
    rows = _kind(_events(extract, text, "2016-04-29"), "meeting")
    assert [(e[1], e[2], e[3]) for e in rows] == [("阮文英", "王明", "VNM")]


def test_guard_a_province_official_who_leads_a_delegation_is_no_host(extract):  # guard
    text = ("越南省领导会见中国客人\n\n"
            "越南广宁省委书记阮文英会见了云南省委常委、副省长王明率领的云南省代表团。\n")
    rows = _kind(_events(extract, text, "2019-03-02"), "meeting")
    assert rows and all(e[3] != "CHN" for e in rows)


def test_guard_a_visit_to_china_told_deep_in_a_long_report_does_not_place_it(extract):  # guard
    text = ("越南省领导会见中国客人\n\n"
            "3月2日，越南广宁省委书记阮文英会见了东兴市委常委、副市长王明。\n"
            "双方表示，愿加强边境合作。\n"
            "阮文英表示，越方领导人今年将来华访问。\n")
    rows = _kind(_events(extract, text, "2019-03-02"), "meeting")
    assert rows and all("CHN" not in e[3] for e in rows)


# -- Malaysian papers' datelines --------------------------------------------------------------------------------


def test_a_malaysian_dateline_town_places_the_meeting(extract):
    text = ("华总会见陕西访问团\n\n"
            "（沙登21日讯）华总总会长陈大文今日在华总大厦接待了陕西省海外联谊会副会长王明率领的代表团。\n")
    rows = _kind(_events(extract, text, "2024-09-21"), "meeting")
    assert [(e[1], e[2], e[3], e[4]) for e in rows] == [("陈大文", "王明", "MYS", "2024-09-21")]


def test_traditional_dateline_towns_of_malaysia(extract):
    text = ("華社領袖談訪華\n\n"
            "(八打靈再也3日訊)華總總會長陳大文說，他下月將率團訪問北京。他曾在關丹和詩巫會見僑領。\n")
    places = _places(extract, text, "2024-05-03")
    assert {t for t, place in places if place.startswith("place:MYS")} >= {"八打靈再也", "關丹", "詩巫"}


# -- 而 sets a second subject's act against the first -----------------------------------------------------------


@pytest.mark.parametrize("second", [
    "而总理陈大文首次访马是在去年6月",
    "而副总理陈大文上次访马是在去年6月",
    "而陈大文总理最近一次访马是在去年6月",
    "而总理陈大文第一次访问马来西亚是在去年6月",
    "而陈大文总理则在去年6月访马",
])
def test_a_second_visit_after_er_is_its_own(extract, second):
    text = ("华社盼高层再访\n\n"
            f"会长在年会上说，王文明主席是在2016年3月访马的，至今已有8年，{second}。马来西亚华社盼望两人再来。\n")
    rows = _kind(_events(extract, text, "2024-02-10"), "visit")
    assert [(e[1], e[3], e[4], e[5]) for e in rows] == [("王文明", "MYS", "2016-03", "reported"),
                                                         ("陈大文", "MYS", "2023-06", "reported")]


def test_traditional_a_second_visit_after_er_is_its_own(extract):
    text = ("兩黨交往回顧\n\n"
            "他說，阮文英總書記是在2017年訪問老撾的，而陳大文總理上一次訪問老撾是在前年5月。\n")
    rows = _kind(_events(extract, text, "2024-02-10"), "visit")
    assert [(e[1], e[3], e[4]) for e in rows] == [("阮文英", "LAO", "2017"), ("陳大文", "LAO", "2022-05")]


@pytest.mark.parametrize("second", ["而上次访马是在去年6月", "而他上次访马是在去年6月"])
def test_guard_er_with_no_new_subject_keeps_the_first(extract, second):  # guard
    text = ("华社盼高层再访\n\n"
            f"会长在年会上说，王文明主席是在2016年3月访马的，至今已有8年，{second}。马来西亚华社盼望他再来。\n")
    rows = _kind(_events(extract, text, "2024-02-10"), "visit")
    assert [(e[1], e[4]) for e in rows] == [("王文明", "2016-03"), ("王文明", "2023-06")]


def test_traditional_a_second_meeting_after_er_is_its_own(extract):
    text = ("兩黨交往\n\n"
            "5月8日，中聯部部長王明在河內會見了越共中央對外部部長阮文英，而副部長陳大文在峴港會見了峴港市委書記黎文德。\n")
    rows = _kind(_events(extract, text, "2019-05-09"), "meeting")
    assert [(e[1], e[2], e[3], e[4]) for e in rows] == [("王明", "阮文英", "VNM", "2019-05-08"),
                                                         ("陳大文", "黎文德", "VNM", "2019-05-08")]


def test_guard_er_shi_and_er_qie_open_no_new_act(extract):  # guard
    text = ("部长会见客人\n\n"
            "5月8日，中联部部长王明在北京会见了越共代表团团长阮文英，而且双方同意加强交流，而是以务实合作为重点。\n")
    rows = _events(extract, text, "2019-05-09")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王明", "阮文英", "CHN", "2019-05-08")]
    assert [(e[1], e[3]) for e in _kind(rows, "visit")] == [("阮文英", "CHN")]  # the guest's, received in China
