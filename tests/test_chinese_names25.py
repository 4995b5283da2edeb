"""Chinese name boundaries, round 25: what a reader of real reports saw taken for a person, in simplified and in
traditional script.

- What follows a post when no name does is no name: a verb of putting forward, reaching or listing ("总书记提出的
  倡议", "两国总统达成的共识", "成员包括……"), an adverb ("副主席特别感谢"), where one posts ("总统臉書上表示"), a span
  of time ("总理一个月内接连会见") or a time word ("总统明年将访华", "下个月"); each also ends a name before it
  ("主席王明远提出三点建议": 王明远) (`zh_name_words.ZH_LATE_STOPS`, `zh_names._may_be_name`,
  `zh_name_bounds.counted`); and a "特别" between a post and the next ("主席特别顾问") is the post's (special
  adviser), no body's (`zh_positions`).
- A 副 (deputy) between a province or city and its post stays with the post: "福建省副省长" is deputy governor of
  Fujian, not governor of "福建省副" (`zh_positions._POST_WORDS`).
- A name before its post with 副 ("陈某副部长会见", "陈某副主席表示") is found as the plain post's is, and before a
  governor's or a mayor's (`zh_names._AFTER_RE`).

Every sentence here is invented in the genre; the names are made up. The guards (marked) pass before and after;
the others failed before.
"""
import pytest
from readout_rows import of_kind as _kind
from readout_rows import zh_events as _events
from readout_rows import zh_people as _people


def _report(text):
    return f"消息\n\n{text}\n"


def _posts(extract, text):
    return {(p["person"], p["title"], p["organization_id"] or p["organization"])
            for p in extract(_report(text), "2024-06-20")["positions"]}


def _actors(extract, text, kind):
    return [e[1] for e in _kind(_events(extract, _report(text), "2024-06-20"), kind)]


# -- what follows a post when no name does ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["代表团成员包括副部长林志远、司长马国华。",
                                  "代表團成員包括副部長林志遠、司長馬國華。"])
def test_the_members_a_delegation_includes_are_named_without_the_verb(extract, text):
    assert _people(extract, _report(text), "2024-06-20") == {text[10:13], text[16:19]}
    assert {person for person, _, _ in _posts(extract, text)} == {text[10:13], text[16:19]}


@pytest.mark.parametrize("text", ["代表团成员包括主席特别顾问林志远。", "參加成員包括主席特別顧問林志遠。"])
def test_a_special_adviser_s_post_keeps_its_special(extract, text):
    assert _posts(extract, text) == {(text[-4:-1], "special adviser", "主席")}


@pytest.mark.parametrize("text", ["总书记提出的倡议得到各方积极响应。", "兩國總統達成的共識將得到落實。",
                                  "两党领导人达成重要共识。"])
def test_what_a_post_put_forward_or_reached_names_no_one(extract, text):
    assert _posts(extract, text) == set()


@pytest.mark.parametrize("text", ["主席王明远提出三点建议。", "主席王明遠提出三點建議。"])
def test_a_name_ends_before_what_it_puts_forward(extract, text):
    assert _people(extract, _report(text), "2024-06-20") == {text[2:5]}


@pytest.mark.parametrize("text", ["郑海平副主席特别感谢越方的热情接待。", "鄭海平副主席特別感謝越方的熱情接待。"])
def test_an_adverb_after_a_post_is_no_name(extract, text):
    assert _people(extract, _report(text), "2024-06-20") == {text[:3]}


def test_a_special_envoy_s_special_is_no_name(extract):
    text = "越共中央总书记特别代表林志远会见了代表团。"
    assert {(person, title) for person, title, _ in _posts(extract, text)} == {("林志远", "special representative")}


def test_a_name_ends_before_an_adverb(extract):
    text = "主席郑海平特别强调，两党应加强治国理政经验交流。"
    assert _people(extract, _report(text), "2024-06-20") == {"郑海平"}
    text = "部长王明远专程前来出席。"
    assert _people(extract, _report(text), "2024-06-20") == {"王明远"}


@pytest.mark.parametrize("text", ["总统臉書上表示感谢。", "首相脸书发文表示，两国友谊深厚。", "外长推特发文表示感谢。",
                                  "总统面子书贴文说，两国友好。"])
def test_where_a_post_writes_is_no_name(extract, text):
    assert _people(extract, _report(text), "2024-06-20") == set()
    assert _posts(extract, text) == set()


def test_a_name_ends_before_where_it_writes(extract):
    text = "总统陈大明脸书发文表示，感谢中方支持。"
    assert _people(extract, _report(text), "2024-06-20") == {"陈大明"}


@pytest.mark.parametrize("text", ["越南总理一个月内接连会见两位部长。", "越南總理一個月內接連會見兩位部長。",
                                  "该国总理三天内两度会见代表团。"])
def test_a_span_of_time_after_a_post_is_no_actor(extract, text):
    assert _actors(extract, text, "meeting") == []
    assert _posts(extract, text) == set()


@pytest.mark.parametrize("text", ["卡隆加总统明年将访华。", "卡隆加總統明年將訪華。", "卡隆加总统年内将访华。",
                                  "卡隆加总统年底将访华。", "卡隆加總統下個月將訪華。"])
def test_a_time_word_between_a_post_and_the_verb_is_no_actor(extract, text):
    assert _actors(extract, text, "visit") == ["卡隆加"]
    assert _people(extract, _report(text), "2024-06-20") == {"卡隆加"}


def test_guard_a_name_by_sound_that_opens_like_a_time_word_is_a_name(extract):  # guard
    assert _actors(extract, "总统明达拉将访华。", "visit") == ["明达拉"]


@pytest.mark.parametrize("text", ["部长上野太郎会见了代表团。", "总理本田一郎表示感谢。"])
def test_guard_a_name_that_opens_like_a_time_counted_from_now_is_a_name(extract, text):  # guard
    assert _people(extract, _report(text), "2024-06-20") == {text[2:6]}


@pytest.mark.parametrize("text", ["总统特雷索表示感谢。", "主席提达拉表示感谢。", "部长包国华会见了代表团。",
                                  "部长王一鸣会见了代表团。"])
def test_guard_a_name_that_opens_like_those_words_is_a_name(extract, text):  # guard
    assert _people(extract, _report(text), "2024-06-20") == {text[2:5]}


# -- a deputy's post after a province or city ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["福建省副省长王小明会见了越南代表团。", "福建省副省長王小明會見了越南代表團。"])
def test_a_deputy_governor_is_the_province_s(extract, text):
    assert _posts(extract, text) == {(text[6:9], "deputy governor", "place:CHN:fujian")}


def test_an_executive_deputy_governor_is_the_province_s(extract):
    text = "福建省常务副省长王小明会见了越南代表团。"
    assert _posts(extract, text) == {("王小明", "executive deputy governor", "place:CHN:fujian")}


def test_a_deputy_mayor_is_the_city_s(extract):
    text = "厦门市副市长王小明会见了越南代表团。"
    assert {(person, title) for person, title, _ in _posts(extract, text)} == {("王小明", "deputy mayor")}
    assert not any(body.endswith("副") for _, _, body in _posts(extract, text))


@pytest.mark.parametrize("text", ["云南省代表团访问越南。副省长王小明会见了越南客人。",
                                  "雲南省代表團訪問越南。副省長王小明會見了越南客人。"])
def test_a_deputy_governor_with_no_province_is_the_one_named_before(extract, text):
    assert _posts(extract, text) == {(text[14:17], "deputy governor", "place:CHN:yunnan")}


def test_guard_a_governor_is_the_province_s(extract):  # guard
    text = "福建省省长王小明会见了越南代表团。"
    assert _posts(extract, text) == {("王小明", "governor", "place:CHN:fujian")}


def test_guard_a_vice_minister_is_the_ministry_s(extract):  # guard
    text = "外交部副部长王小明会见了越南代表团。"
    assert {(person, title) for person, title, _ in _posts(extract, text)} == {("王小明", "deputy head")}


# -- a name before its deputy's post ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["陈大文副部长会见了老挝代表团。", "陳大文副部長會見了老撾代表團。",
                                  "陈大文副主席会见了老挝代表团。", "陈大文副书记会见了老挝代表团。",
                                  "陈大文副省长会见了老挝代表团。", "陈大文省长会见了老挝代表团。"])
def test_a_name_before_its_deputy_s_post_meets(extract, text):
    assert _actors(extract, text, "meeting") == [text[:3]]


@pytest.mark.parametrize("text", ["外交部副部长会见了老挝代表团。", "国家副主席会见了老挝代表团。",
                                  "省委副书记会见了老挝代表团。", "该党副主席会见了老挝代表团。",
                                  "政协副主席会见了老挝代表团。", "越南副总理会见了老挝代表团。"])
def test_guard_a_body_before_a_deputy_s_post_is_no_name(extract, text):  # guard
    assert _people(extract, _report(text), "2024-06-20") == set()
