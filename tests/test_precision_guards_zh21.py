"""Guards from a precision review of Chinese round 21 (who speaks at a gathering told held attended it, and a
meeting named as the setting of what is said): each a sentence of the genre the round-21 rules read wrongly.

- A report about a gathering: who comments on it from outside ("对此，……发言人甲表示", "学者乙表示"), or speaks
  of another edition ("去年，丙在论坛上致辞"), attended nothing; nor does one who "spoke" in a letter
  ("在贺信中指出", where 贺信中 is no name) or a written address ("在对话会书面致辞中表示"), nor any speaker of
  a gathering still ahead ("论坛将于下月举行"), nor one "即将" of another clause makes ahead.
- "会上，" after another act told since the gathering (a meeting, a tour) is that act's session.
- "在会谈中向甲表示" told first in a report is the meeting itself, not one restated.

Every sentence is invented in the genre (simplified and traditional); the names are made up. Each failed before.
"""
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people

_HEAD = "第二届中国—中亚政党对话会在西安举行\n\n"
_LEAD = "新华社西安6月12日电 第二届中国—中亚政党对话会11日在陕西西安举行。"
_HEAD_T = "第二屆中國—中亞政黨對話會在西安舉行\n\n"
_LEAD_T = "新華社西安6月12日電 第二屆中國—中亞政黨對話會11日在陝西西安舉行。"

# -- who comments from outside, or of another time ------------------------------------------------------------------


def test_an_outside_commenter_in_a_report_about_a_gathering_attended_nothing(extract):
    text = (_HEAD + _LEAD + "来自五国的政党代表与会。\n"
            "对此，某国外交部发言人赵立新表示，该国关注对话会的进展。\n"
            "北京大学学者李文华表示，对话会体现了地区合作的活力。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []
    assert {"赵立新", "李文华"} <= _people(extract, text, "2024-06-12")


def test_traditional_an_outside_commenter_attended_nothing(extract):
    text = (_HEAD_T + _LEAD_T + "來自五國的政黨代表與會。\n"
            "對此，某國外交部發言人趙立新表示，該國關注對話會的進展。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


def test_a_speech_at_an_earlier_edition_is_not_this_one(extract):
    text = (_HEAD + _LEAD + "去年，中联部副部长王立平在对话会上致辞指出，政党应加强沟通。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


def test_traditional_a_speech_on_another_day_is_not_this_one(extract):
    text = (_HEAD_T + _LEAD_T + "3月5日，中聯部副部長王立平在研討會上致辭指出，政黨應加強溝通。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


# -- a letter; a gathering still ahead ------------------------------------------------------------------------------


def test_a_congratulatory_letter_is_no_speech_and_names_no_one(extract):
    text = (_HEAD + _LEAD + "国家主席陈国强向对话会致贺信。陈国强在贺信中指出，中方愿同各方携手前行。\n")
    rows = _events(extract, text, "2024-06-12")
    assert _kind(rows, "summit") == []
    assert "贺信中" not in _people(extract, text, "2024-06-12")


def test_traditional_a_congratulatory_telegram_names_no_one(extract):
    text = (_HEAD_T + _LEAD_T + "國家主席陳國強向對話會致賀電。陳國強在賀電中表示，中方願同各方攜手前行。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []
    assert "賀電中" not in _people(extract, text, "2024-06-12")


def test_a_written_address_to_the_gathering_is_not_attending_it(extract):
    text = (_HEAD + _LEAD + "国家主席陈国强在对话会书面致辞中表示，中方愿同各方携手前行。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


def test_traditional_a_written_address_is_not_attending(extract):
    text = (_HEAD_T + _LEAD_T + "國家主席陳國強在對話會書面致辭中表示，中方願同各方攜手前行。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


def test_a_speaker_of_a_gathering_still_ahead_attended_nothing(extract):
    text = ("第二届中国—中亚政党对话会将在西安举行\n\n"
            "新华社北京6月12日电 第二届中国—中亚政党对话会将于下月在陕西西安举行。中联部副部长王立平表示，"
            "中方欢迎各方政党代表与会。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


def test_traditional_a_gathering_set_for_later_has_no_speaker_row(extract):
    text = ("對話會將在西安舉行\n\n"
            "新華社北京6月12日電 第二屆中國—中亞政黨對話會定於7月在陝西西安舉行。中聯部副部長王立平表示，"
            "中方歡迎各方政黨代表與會。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


# -- "会上，" after another act -------------------------------------------------------------------------------------


def test_at_the_session_after_a_meeting_told_since_is_the_meetings(extract):
    text = (_HEAD + _LEAD + "当天，中联部副部长王立平会见了哈萨克斯坦阿马纳特党代表团。会上，王立平表示，"
            "中方愿同哈方加强交流。\n")
    rows = _events(extract, text, "2024-06-12")
    assert [e[1] for e in _kind(rows, "meeting")] == ["王立平"]
    assert _kind(rows, "summit") == []


def test_traditional_at_the_session_after_a_tour_is_not_the_gatherings(extract):
    text = (_HEAD_T + _LEAD_T + "12日，吉爾吉斯斯坦代表團參觀了當地企業。會上，吉方代表團團長阿卜杜拉耶夫表示，"
            "吉方願學習中方經驗。\n")
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


# -- a meeting told first as the setting of what is said --------------------------------------------------------------


def test_a_meeting_told_first_in_the_talks_is_the_meeting_itself(extract):
    text = ("王立平访问越南\n\n"
            "新华社河内6月12日电 中联部副部长王立平12日在会谈中向越共中央对外部副部长阮文雄表示，"
            "中方愿深化两党交流。\n")
    rows = _events(extract, text, "2024-06-12")
    assert [(e[1], e[2], e[3], e[4]) for e in _kind(rows, "meeting")] == [("王立平", "阮文雄", "VNM", "2024-06-12")]


def test_traditional_a_meeting_told_first_in_the_talks_is_the_meeting_itself(extract):
    text = ("王立平訪問越南\n\n"
            "新華社河內6月12日電 中聯部副部長王立平12日在會談中向越共中央對外部副部長阮文雄表示，"
            "中方願深化兩黨交流。\n")
    rows = _events(extract, text, "2024-06-12")
    assert [(e[1], e[2], e[3]) for e in _kind(rows, "meeting")] == [("王立平", "阮文雄", "VNM")]


# -- how far a report is about its gathering; what makes one ahead ---------------------------------------------------


def test_a_speaker_far_after_the_lead_is_not_placed_at_the_gathering(extract):
    filler = "".join(f"与会代表围绕第{n}个议题进行了讨论。" for n in "一二三四五六七八九十")
    text = _HEAD + _LEAD + filler + "\n马来西亚民政党署理主席陈志明表示，愿加强两国交流。\n"
    assert _kind(_events(extract, text, "2024-06-12"), "summit") == []


def test_guard_a_future_word_of_another_clause_leaves_the_gathering_held(extract):  # guard
    text = ("研讨会在京举行\n\n"
            "就在中国共产党即将迎来建党纪念日之际，6月8日，由中联部主办的“政党与发展”研讨会在北京举行。\n"
            "「各国政党应加强交流，」中联部部长王立平在研讨会致辞中指出。\n")
    rows = _kind(_events(extract, text, "2021-06-15"), "summit")
    assert [(e[1], e[3], e[4]) for e in rows if e[1] == "王立平"] == [("王立平", "CHN", "2021-06-08")]
