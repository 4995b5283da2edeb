"""The Chinese speaker rule reads a session by the gathering words the hosting rule reads
(`zh_hosted.GATHERING_WORDS`, with 开幕式 and 闭幕式): "在座谈会上发言", "在会议上讲话" are speeches at the
gathering told held, as "在研讨会上发言" was. Invented sentences and names; the guards (marked) pass before
and after, the others failed before the lists were one.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events

_HELD = ("两党理论研讨交流在河内举行\n\n"
         "越通社河内6月3日电 6月2日，两党理论{gathering}在河内举行。\n"
         "中联部代表团还参观了当地一家工厂。\n")


def test_a_speech_at_the_symposium_told_held_attends_it(extract):
    text = _HELD.format(gathering="座谈会") + "随后，学者王明在座谈会上发言指出，双方应加强交流。\n"
    rows = _kind(_events(extract, text, "2024-06-03"), "summit")
    assert [(e[1], e[2]) for e in rows] == [("王明", "两党理论座谈会")]


def test_traditional_a_speech_at_the_meeting_told_held_attends_it(extract):
    text = ("兩黨理論研討交流在河內舉行\n\n越通社河內6月3日電 6月2日，兩黨理論會議在河內舉行。\n"
            "中聯部代表團還參觀了當地一家工廠。\n隨後，學者王明在會議上講話指出，雙方應加強交流。\n")
    rows = _kind(_events(extract, text, "2024-06-03"), "summit")
    assert [(e[1], e[2]) for e in rows] == [("王明", "兩黨理論會議")]


def test_guard_a_speech_at_last_years_symposium_attends_nothing(extract):  # guard
    text = _HELD.format(gathering="座谈会") + "去年，学者王明在座谈会上发言指出，双方应加强交流。\n"
    assert _kind(_events(extract, text, "2024-06-03"), "summit") == []


def test_guard_a_remark_at_a_meeting_with_a_guest_is_no_session(extract):  # guard
    text = _HELD.format(gathering="座谈会") + "学者王明在会见中表示，双方应加强交流。\n"
    assert _kind(_events(extract, text, "2024-06-03"), "summit") == []
