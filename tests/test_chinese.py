"""Chinese reports: loading (language, title, n_words, meta lines, publication date), sentences,
dates, people and places. Every text here is written for these tests in the genre of the ILD's
readouts, Xinhua and People's Daily, and Hong Kong and Taiwan papers (traditional characters);
none is copied from a report."""
import pytest
from liaison.extract.dates import find_dates
from liaison.extract.sentences import split_sentences
from liaison.extract.zh_names import find_zh_people
from liaison.load.chinese import count_words
from liaison.load.corpus import load_corpus
from liaison.load.dates import parse_iso
from liaison.reference.places import find_places

READOUT = (
    "钟立平会见老挝人革党代表团\n"
    "\n"
    "新华社北京6月5日电（记者周明远）6月5日，中共中央政治局委员、中联部部长钟立平在北京会见"
    "老挝人革党中央书记处书记、中央组织部部长西沙瓦·坎蒙率领的代表团。\n"
    "\n"
    "钟立平表示，中方愿同老方加强治党治国经验交流。西沙瓦说，老方高度重视两党关系。2023年6月5日下午，双方签署合作文件。\n"
)
TRADITIONAL = (
    "鍾立平會見寮國代表團\n"
    "發布時間：2023-06-05 10:15\n"
    "來源：中央社\n"
    "\n"
    "中共中聯部部長鍾立平5日在北京會見寮國人民革命黨代表團，北韓大使也出席。\n"
)


def _people(text):
    return [(p.text, p.name, p.cue) for p in find_zh_people(text)]


def _places(text):
    return [(p.text, p.iso3) for p in find_places(text)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("zh")
    (root / "readout.txt").write_text(READOUT, encoding="utf-8")
    (root / "traditional.txt").write_text(TRADITIONAL, encoding="utf-8")
    (root / "lead_only.txt").write_text("6月27日，钟立平在罗马会见意大利议员。\n", encoding="utf-8")
    return load_corpus(root).documents.set_index("doc_id")


def test_language_title_and_publication_date(corpus):
    readout, traditional = corpus.loc["readout"], corpus.loc["traditional"]
    assert (readout.language, traditional.language, corpus.loc["lead_only"].language) == ("zh", "zh", "zh")
    assert readout.title == "钟立平会见老挝人革党代表团"
    assert traditional.title == "鍾立平會見寮國代表團"
    assert (readout.published, readout.date_basis) == ("2023-06-05", "dateline with year from document")
    assert (traditional.published, traditional.date_basis) == ("2023-06-05", "'發布時間' stamp")
    assert corpus.loc["lead_only"].title == "" and corpus.loc["lead_only"].published == ""


def test_n_words_counts_han_characters_and_other_tokens(corpus):
    assert count_words("钟立平会见了 2 位 Xinhua 记者。") == 9 + 2
    body = "中共中聯部部長鍾立平5日在北京會見寮國人民革命黨代表團，北韓大使也出席。"
    assert corpus.loc["traditional"].n_words == count_words(body) == 34


def test_people_s_daily_edition_line_dates_the_story(tmp_path):
    text = ("王文明会见外国政党代表团\n\n本报北京11月25日电（记者王远）王文明25日在人民大会堂会见代表团。\n\n"
            "《 人民日报 》（ 2019年11月26日 01 版）\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    documents = load_corpus(tmp_path).documents
    assert (documents.published.iloc[0], documents.date_basis.iloc[0]) == ("2019-11-26", "newspaper edition line")
    passages = load_corpus(tmp_path).passages
    assert passages.section.tolist() == ["title", "body", "meta"]


def test_a_dateline_line_is_no_title(tmp_path):
    text = "新华社河内6月5日电\n\n越共中央总书记会见中共代表团。双方表示，将深化两党交流。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.documents.title.iloc[0] == ""
    assert corpus.passages.section.tolist() == ["meta", "body"]


def test_bylines_sources_and_stamps_are_meta(tmp_path):
    (tmp_path / "a.txt").write_text(TRADITIONAL + "【責任編輯：張三】\n", encoding="utf-8")
    passages = load_corpus(tmp_path).passages
    sections = dict(zip(passages.text, passages.section))
    assert sections["發布時間：2023-06-05 10:15"] == "meta"
    assert sections["來源：中央社"] == "meta"
    assert sections["【責任編輯：張三】"] == "meta"
    assert sections["鍾立平會見寮國代表團"] == "title"


def test_sentences_split_on_full_width_marks_with_exact_offsets():
    text = "钟立平会见代表团。他说：“双方要加强合作。”双方表示满意！会谈后；下一句"
    sentences = split_sentences(text, 100, 0, "body")
    assert [s.text for s in sentences] == [
        "钟立平会见代表团。", "他说：“双方要加强合作。”", "双方表示满意！", "会谈后；", "下一句"]
    assert all(text[s.start - 100:s.end - 100] == s.text for s in sentences)


@pytest.mark.parametrize("text, expected", [
    ("2023年6月5日，双方会谈。", [("2023年6月5日", "2023-06-05", "", False)]),
    ("二〇二三年六月五日签署。", [("二〇二三年六月五日", "2023-06-05", "", False)]),
    ("代表团于5月4日至8日访问越南。", [("5月4日至8日", "2023-05-04", "2023-05-08", True)]),
    ("5月30日至6月2日在河内举行。", [("5月30日至6月2日", "2023-05-30", "2023-06-02", True)]),
    ("钟立平5日在北京会见代表团。", [("5日", "2023-06-05", "", True)]),
    ("会议将于6月下旬举行。", [("6月下旬", "2023-06", "", True)]),
    ("去年12月双方签署协议。", [("去年12月", "2022-12", "", True)]),
    ("12月28日双方通话。", [("12月28日", "2022-12-28", "", True)]),  # nearest year to June 2023
    ("昨天，代表团抵达万象。", [("昨天", "2023-06-04", "", True)]),
    ("代表团将于本月12日至14日访华，上月5日已有通话。",
     [("本月12日至14日", "2023-06-12", "2023-06-14", True), ("上月5日", "2023-05-05", "", True)]),
    ("近日，双方举行视频会晤。为期3日的访问。", []),  # no day is named: no date is made up
    # a dash range writes 日 once; a range across months too
    ("3月23—27日，代表团访问乌干达。", [("3月23—27日", "2023-03-23", "2023-03-27", True)]),
    ("4月29—5月2日在万象举行。", [("4月29—5月2日", "2023-04-29", "2023-05-02", True)]),
    # a yearless date more than a quarter after the report is the year before: reports look back
    ("10月8日双方签署协议。", [("10月8日", "2022-10-08", "", True)]),
    ("8月20日代表团将抵达。", [("8月20日", "2023-08-20", "", True)]),
    ("代表团昨晚抵达，今晨出发。", [("昨晚", "2023-06-04", "", True), ("今晨", "2023-06-05", "", True)]),
])
def test_chinese_dates(text, expected):
    found = find_dates(text, parse_iso("2023-06-05"))
    got = [(d.text, d.date.iso(), d.end_date.iso() if d.end_date else "", d.relative) for d in found]
    assert got == expected
    assert all(text[d.start:d.end] == d.text for d in found)


def test_month_ranges_keep_their_precision():
    (early,) = find_dates("2023年6月上旬，代表团访问古巴。", None)
    assert (early.date.iso(), early.date.precision, early.qualifier) == ("2023-06", "month", "early")


@pytest.mark.parametrize("text, expected", [
    # a known person by the reference lists' Chinese name, traditional or simplified: curated names on purpose
    # (people.csv), in invented sentences
    ("6月27日，刘建超在罗马会见意大利议员。", [("刘建超", "Liu Jianchao", "reference")]),
    ("劉建超在河內會見越共代表團。", [("劉建超", "Liu Jianchao", "reference")]),
    ("国务委员兼外长秦刚会见客人，王毅出席。", [("秦刚", "Qin Gang", "reference"), ("王毅", "Wang Yi", "reference")]),
    # a title chain before an unknown Chinese name; the name stops before 一行 / 在 / 陪同
    ("中联部副部长陈光华一行抵达哈瓦那。", [("陈光华", "陈光华", "zh-title")]),
    ("中国驻老挝大使周建平陪同会见。", [("周建平", "周建平", "zh-title")]),
    ("湖南省委书记郑国强在长沙会见南非客人。", [("郑国强", "郑国强", "zh-title")]),
    # a verb right after a name that opens the clause
    ("会上，杨晓东表示，双方合作前景广阔。", [("杨晓东", "杨晓东", "zh-verb")]),
    ("访问期间，代表团同政务部长沈明华共进午餐。", [("沈明华", "沈明华", "zh-title")]),
    ("双方回顾了同蔡英杰外长的会谈，与主席何立伦见面。",
     [("蔡英杰", "蔡英杰", "zh-title"), ("何立伦", "何立伦", "zh-title")]),
    ("越南国会主席阮氏红云邀请代表团访越。", [("阮氏红云", "阮氏红云", "zh-title")]),
    ("双方回顾了同金永哲委员长的会见。", [("金永哲", "金永哲", "zh-title")]),
    # names joined by 和 or 、 share the title before the first
    ("代表团会见了共同主席哈里斯和莫顿。", [("哈里斯", "哈里斯", "zh-title"), ("莫顿", "莫顿", "zh-title")]),
    ("部长钟立平和马来西亚客人交谈。", [("钟立平", "钟立平", "zh-title")]),
    # transliterated foreign names after party and state titles, "·" joining their parts
    ("越共中央对外部部长黎文山会见中方代表团。", [("黎文山", "黎文山", "zh-title")]),
    ("南非非国大总书记马苏莱拉会见中共代表团。", [("马苏莱拉", "马苏莱拉", "zh-title")]),
    ("古巴共产党中央第一书记米格尔·迪亚斯会见客人。", [("米格尔·迪亚斯", "米格尔·迪亚斯", "zh-title")]),
    ("蒙古人民党总书记达瓦苏伦通过视频会晤同中方交流。", [("达瓦苏伦", "达瓦苏伦", "zh-title")]),
    ("菲律宾民主人民力量党总裁、前参议长皮门特尔三世出席。", [("皮门特尔三世", "皮门特尔三世", "zh-title")]),
    ("在王文明总书记和迪亚斯—卡内尔第一书记的引领下。",
     [("王文明", "王文明", "zh-title"), ("迪亚斯—卡内尔", "Miguel Diaz-Canel", "reference")]),
    ("其間,書記李明還分別會見議長。", [("李明", "李明", "zh-title")]),  # the title's reading wins
    ("部长齐峰作为中方代表出席，副部长李军同巴拿马客人视频通话。",
     [("齐峰", "齐峰", "zh-title"), ("李军", "李军", "zh-title")]),
    # Taiwan papers: the name ends before the adverb or verb that follows it
    ("發言人朱鳳英未正面回應，副主席連勝武帶隊出席。",
     [("朱鳳英", "朱鳳英", "zh-title"), ("連勝武", "連勝武", "zh-title")]),
    # a form of address after the name
    ("双方回顾了同卡马拉总统的会谈。", [("卡马拉", "卡马拉", "zh-title")]),
    # 以及 after a name is a conjunction, not the name's last sound
    ("代表团会见了市长温特以及工商界人士。", [("温特", "温特", "zh-title")]),
    # posts of the genre before a name: a party convener, a scholar, a minister of a cabinet
    ("副部长会见由该党召集人拉赫曼率领的代表团。", [("拉赫曼", "拉赫曼", "zh-title")]),
    ("随后会见了知名学者巴特尔。", [("巴特尔", "巴特尔", "zh-title")]),
    ("同影子内阁大臣波特进行视频交流。", [("波特", "波特", "zh-title")]),
    ("会见国务资政昂季素的客人。", [("昂季素", "昂季素", "zh-title")]),
    # the verb after a name ends it: 转交, 礼节性拜会, 委托
    ("南非总统、非国大主席马卡洛转交了贺信。", [("马卡洛", "马卡洛", "zh-title")]),
    ("外交部副部长阮文进礼节性拜会对方。", [("阮文进", "阮文进", "zh-title")]),
    ("该党前主席连国伟委托儿子转达问候。", [("连国伟", "连国伟", "zh-title")]),
    # a senator after the name, and Japanese and Korean names after their titles
    ("代表团会见参议员和亨特众议员。", [("亨特", "亨特", "zh-title")]),
    ("由日本公明党党首石井启一率领的代表团。", [("石井启一", "石井启一", "zh-title")]),
    ("日前同野田佳彦首相举行会晤。", [("野田佳彦", "野田佳彦", "zh-title")]),
    ("韩国国会议员南在勋率团访华。", [("南在勋", "南在勋", "zh-title")]),
    # whom 会见 meets, named bare at the end of the clause
    ("16日在北京會見朴永哲。", [("朴永哲", "朴永哲", "zh-verb")]),
    ("部长会见了张明一行，并设宴款待。", [("张明", "张明", "zh-verb")]),
    # a preposition before a name and its title is not the name's first character
    ("大会闭幕后向通辛总书记致贺信。", [("通辛", "通辛", "zh-title")]),
    # names listed after ",及" share the title; 昨晚 and 通电话 end a name
    ("出席的包括副主席周立平,及张宏、李海生等官员。",
     [("周立平", "周立平", "zh-title"), ("张宏", "张宏", "zh-title"), ("李海生", "李海生", "zh-title")]),
    ("荣誉主席连国伟昨晚抵达北京。", [("连国伟", "连国伟", "zh-title")]),
    ("国家主席王文明同越共中央总书记阮文山通电话。",
     [("王文明", "王文明", "zh-title"), ("阮文山", "阮文山", "zh-title")]),
    # a date in Chinese numerals or 从 after a name ends it; who heads a delegation, untitled
    ("外交学会副会长周克明七月四日下午会见客人。", [("周克明", "周克明", "zh-title")]),
    ("中央组织部部长陈氏兰从4月25日起率团访华。", [("陈氏兰", "陈氏兰", "zh-title")]),
    ("会长宴请了以罗伯·汉森为首的代表团。", [("罗伯·汉森", "罗伯·汉森", "zh-title")]),
    ("工党发言人彼得·林及其随行人员。", [("彼得·林", "彼得·林", "zh-title")]),  # one sound after "·"
    # a wife named after 夫人; a military rank after the name ends it
    ("总书记和夫人黎芳华率团出访。", [("黎芳华", "黎芳华", "zh-title")]),
    ("国防部长阮文强大将陪同。", [("阮文强", "阮文强", "zh-title")]),
])
def test_people(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text", [
    "中联部部长会见了代表团。",  # a title with no name after it
    "部长级会议在河内举行，大使馆人员出席。",  # 部长级, 大使馆
    "总统选举将于明年举行。",  # what follows the title is not a name
    "王先生的发言引起讨论。",  # a surname alone is never a name
    "双方表示，中方愿同各方加强合作。",  # 双方 and 中方 open clauses before verbs
    "新西兰总理出席了会议。",  # a country before a title is no name
    "委内瑞拉副总统、石油部长出席。",  # a ministry before 部长 is no name
    "宋主任會見了來訪的客人。",  # a surname and a title is no full name
    "其間，代表团会见巴新议长。",  # a country's short form before a title
    "双方就健康生活方式交流经验。",  # a known two-character name (康生) inside a word
    "报告指出，韩方表示，曾经表示支持的欧盟认为，黄皮书指出。",  # a side, words of the news
    "代表团会见苏丹副总统和议长。",  # 副 opens the title 副总统: 苏丹副 is no name
    "双方领导人多次会晤。",  # a count after a title is no name
    "部长会见了刘一行时表示欢迎。",  # a surname and 一行 is no name
    "会见代表团和客人。",  # after 会见 only a name that ends the clause
])
def test_no_person_without_a_name(text):
    assert _people(text) == []


def test_later_mentions_and_name_parts_resolve_to_the_full_name():
    text = "委内瑞拉统一社会主义党副主席迪奥斯达多·卡韦略会见代表团。卡韦略说，两党友谊深厚。"
    people = find_zh_people(text)
    assert [(p.text, p.name, p.cue) for p in people] == [
        ("迪奥斯达多·卡韦略", "迪奥斯达多·卡韦略", "zh-title"), ("卡韦略", "迪奥斯达多·卡韦略", "zh-repeat")]
    assert people[0].key == people[1].key
    assert text[people[1].start:people[1].end] == "卡韦略"


@pytest.mark.parametrize("text, expected", [
    ("代表团访问越南、老挝和柬埔寨。", [("越南", "VNM"), ("老挝", "LAO"), ("柬埔寨", "KHM")]),
    ("中联部代表团抵达平壤，朝鲜劳动党官员到机场迎接。", [("平壤", "PRK"), ("朝鲜", "PRK")]),
    ("代表团在比勒陀利亚会见南非各党领导人。", [("比勒陀利亚", "ZAF"), ("南非", "ZAF")]),
    ("巴布亚新几内亚和几内亚比绍的客人出席。", [("巴布亚新几内亚", "PNG"), ("几内亚比绍", "GNB")]),
    ("寮國和北韓的代表團抵達義大利。", [("寮國", "LAO"), ("北韓", "PRK"), ("義大利", "ITA")]),
    ("中国和古巴两党在浙江杭州举行研讨会。", [("中国", "CHN"), ("古巴", "CUB"), ("浙江", "CHN"), ("杭州", "CHN")]),
    # China-Africa, the beautiful, an ethnic group and the peninsula are no countries
    ("中非合作论坛上，美好的愿景得到朝鲜族代表和朝鲜半岛问题专家的肯定。", []),
    ("刚果（金）和刚果（布）的代表出席。", [("刚果（金）", "COD"), ("刚果（布）", "COG")]),
    # a country's name inside another word: coastal regions, an idiom, an ethnic group
    ("沿海地区万象更新，哈萨克族群众欢迎海地客人。", [("海地", "HTI")]),
])
def test_places(text, expected):
    assert _places(text) == expected


def test_mentions_rows_in_a_whole_report(extract):
    rows = extract(READOUT, "2023-06-05")
    mentions = rows["mentions"]
    people = [(m["text"], m["name"], m["entity_id"]) for m in mentions if m["kind"] == "person"]
    assert ("钟立平", "钟立平", "person:钟立平") in people
    assert ("西沙瓦·坎蒙", "西沙瓦·坎蒙", "person:西沙瓦-坎蒙") in people
    assert ("西沙瓦", "西沙瓦·坎蒙", "person:西沙瓦-坎蒙") in people
    # The byline's reporter is an author, never an actor.
    assert [m["cue"] for m in mentions if m["text"] == "周明远"] == ["byline"]
    assert not any("周明远" in (e["actor"], e["counterpart"]) for e in rows["events"])
    places = {(m["text"], m["iso3"]) for m in mentions if m["kind"] == "place"}
    assert ("北京", "CHN") in places
    # 老挝 inside 老挝人革党 is no place of its own: the party's mention carries its country.
    assert ("老挝人革党", "party:lprp-lao", "LAO") in {(m["text"], m["entity_id"], m["iso3"]) for m in mentions}
    dates = [(m["text"], m["name"]) for m in mentions if m["kind"] == "date"]
    assert ("6月5日", "2023-06-05") in dates and ("2023年6月5日", "2023-06-05") in dates
    text = rows["text"]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)
    sentences = [s[-1] for s in rows["sentences"]]
    assert "西沙瓦说，老方高度重视两党关系。" in sentences
