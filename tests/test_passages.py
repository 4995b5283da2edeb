"""Passage labels: site chrome, repeated titles and an encyclopedia page's related-article
summaries and references must never be read as the document's own prose."""
from liaison.load.passages import split_passages
from liaison.schema import SECTIONS

DECODE39 = "000_d6caded5e31713c2"
NO_DATE = "001_086b57c32b2f9de0"
ENCYCLOPEDIA = "002_2ae41ebc53c0db97"
SCMP = "003_2f98651871e88ea7"
CHINA_DAILY = "004_bb9a6ea2df670ab5"


def sections(corpus, doc_id):
    frame = corpus.passages[corpus.passages.doc_id == doc_id]
    return list(zip(frame.section, frame.text))


def labelled(corpus, doc_id, section):
    return [text for s, text in sections(corpus, doc_id) if s == section]


def test_every_label_is_a_known_section(seeds):
    assert set(seeds.passages.section) <= set(SECTIONS)


def test_breadcrumb_and_repeated_title_are_boilerplate(seeds):
    head = sections(seeds, DECODE39)[:3]
    assert head == [
        ("boilerplate", "Home » Head of CCP liaison office sets off for Rome"),
        ("heading", "Politics"),
        ("title", "Head of CCP liaison office sets off for Rome"),
    ]
    assert sections(seeds, DECODE39)[-2:] == [
        ("caption", "Image: CGTN"),
        ("boilerplate", "Subscribe to our newsletter"),
    ]


def test_site_chrome_is_boilerplate(seeds):
    assert labelled(seeds, NO_DATE, "boilerplate") == [
        "How Liu Jianchao is shaping China’s foreign policy as the new face of the Communist Party",
        "Learn more:",
        "Join The Discussion",
        "Compare listings",
        "Translate »",
    ]
    assert labelled(seeds, SCMP, "boilerplate") == [
        "Home United States USA — China China’s provincial leaders take centre stage in Beijing’s diplomatic push "
        "to charm...",
        "202",
        "0",
        "SHARE",
        "Continue reading...",
    ]
    assert labelled(seeds, CHINA_DAILY, "boilerplate") == [
        "Print Mail Large Medium\u00a0 Small 分享按钮 0",
        "Event highlights work of CPC diplomatic arm",
    ]


def test_china_daily_head_is_title_meta_and_caption(seeds):
    head = sections(seeds, CHINA_DAILY)[:6]
    assert [s for s, _ in head] == ["title", "meta", "meta", "boilerplate", "boilerplate", "caption"]
    assert head[1][1] == "Updated: 2016-06-26 23:19"
    assert head[5][1].endswith("[By ZOU HONG/CHINA DAILY]")


def test_no_chrome_in_any_body(seeds):
    body = " ".join(seeds.passages[seeds.passages.section == "body"].text)
    for chrome in ("Subscribe to our newsletter", "Print Mail", "SHARE", "Continue reading", "Translate", "OOjs UI"):
        assert chrome not in body


def test_encyclopedia_related_articles_are_not_body(seeds):
    body = labelled(seeds, ENCYCLOPEDIA, "body")
    assert len(body) == 8
    assert body[0].startswith("The International Department of the Central Committee of the Chinese Communist Party")
    text = " ".join(body)
    for other_page in ("Related Research Articles", "Ministry of Public Security", "China News Service",
                       "Wang Huiyao", "Ou Tangliang", "Anne-Marie Sharon Brady", "currently Wang Yi"):
        assert other_page not in text
    related = labelled(seeds, ENCYCLOPEDIA, "related")
    assert len(related) == 31
    assert related[0] == "Ministry of Public Security (China) Chinese internal security agency"
    assert len(labelled(seeds, ENCYCLOPEDIA, "references")) == 22


def test_encyclopedia_infobox(seeds):
    infobox = labelled(seeds, ENCYCLOPEDIA, "infobox")
    assert infobox[:3] == [
        "中国共产党中央委员会对外联络部",
        "AbbreviationZhonglianbu (中联部)",
        "Formation1951;73\u00a0years ago\u00a0(1951)",
    ]
    assert infobox[-1] == "International Liaison Department"
    assert "Website www.idcpc.org.cn/english2023/ OOjs UI icon edit-ltr-progressive.svg" in labelled(
        seeds, ENCYCLOPEDIA, "boilerplate"
    )


def test_title_from_a_repeated_headline():
    text = "Delegation visits Hanoi\n\nDelegation visits Hanoi\n\nThe delegation arrived on Monday and met officials.\n"
    passages, title = split_passages(text)
    assert title == "Delegation visits Hanoi"
    assert [p.section for p in passages] == ["title", "boilerplate", "body"]
    assert [(p.start, p.end) for p in passages] == [(0, 23), (25, 48), (50, 101)]


def test_hint_with_site_suffix_matches_the_headline():
    passages, title = split_passages("Talks in Rome\n\nThe talks went well.\n", "Talks in Rome | China Daily")
    assert title == "Talks in Rome | China Daily"
    assert [p.section for p in passages] == ["title", "body"]


def test_bullets_and_blank_lines_are_not_passages():
    text = "Talks in Rome\n  • First point of the talks.\n•\n   \n\t* Second point.\n"
    passages, _ = split_passages(text)
    assert [(p.text, text[p.start : p.end]) for p in passages][1:] == [
        ("First point of the talks.", "First point of the talks."),
        ("Second point.", "Second point."),
    ]


def test_long_lines_are_body_or_caption():
    prose = "The delegation held talks with party officials on cooperation and exchanges. " * 5
    caption = prose.strip() + " [Photo/Xinhua]"
    passages, _ = split_passages(f"Talks in Rome\n\n{prose.strip()}\n\n{caption}\n")
    assert [p.section for p in passages] == ["title", "body", "caption"]
