"""Sentence bounds: evidence must be whole sentences, not cut at abbreviations."""
from liaison.extract.sentences import split_sentences


def _texts(passage: str, start: int = 0) -> list[str]:
    return [s.text for s in split_sentences(passage, start, 0, "body")]


def test_dateline_abbreviated_month_does_not_end_a_sentence():
    text = ("HANOI, Sept. 6 (Xinhua) -- Li Xiaoming led a CPC delegation on a visit to Vietnam from Monday to "
            "Wednesday. During the visit, Li met with Nguyen Van Thanh.")
    assert _texts(text) == [text[: text.index(" During")], "During the visit, Li met with Nguyen Van Thanh."]


def test_titles_initials_and_country_abbreviations():
    text = "Mr. Liu met U.S. officials and Dr. A. Brady in Washington on Jan. 5. They spoke for an hour."
    assert _texts(text) == [
        "Mr. Liu met U.S. officials and Dr. A. Brady in Washington on Jan. 5.",
        "They spoke for an hour.",
    ]


def test_citation_markers_stay_with_their_sentence():
    text = "The school opened in Tanzania. [14] [15] :100–101 The school opened in February 2022."
    assert _texts(text) == ["The school opened in Tanzania. [14] [15] :100–101", "The school opened in February 2022."]


def test_quotes_close_a_sentence():
    text = "“This shows the effect of our exchanges,” said Song. “Our exchanges cover opposition parties.” He smiled."
    assert _texts(text) == ["“This shows the effect of our exchanges,” said Song.",
                            "“Our exchanges cover opposition parties.”", "He smiled."]


def test_offsets_index_the_document():
    document = "Headline\n\nWang Ning crossed the border. He continued his tour."
    start = document.index("Wang")
    for sentence in split_sentences(document[start:], start, 3, "body"):
        assert document[sentence.start:sentence.end] == sentence.text
        assert (sentence.passage_id, sentence.section) == (3, "body")


def test_professional_titles_of_latin_american_and_west_african_copy():
    text = ("The delegation was received by Ing. Rafael Montero, secretary of the party. Lic. Ana Ruiz and "
            "Engr. Musa Bello also attended.")
    assert _texts(text) == ["The delegation was received by Ing. Rafael Montero, secretary of the party.",
                            "Lic. Ana Ruiz and Engr. Musa Bello also attended."]
