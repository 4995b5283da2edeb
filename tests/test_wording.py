"""Numbers, verbs and bodies as a sentence writes them (`analysis.wording`)."""
import pytest
from liaison.analysis.wording import of_body, verb


def test_a_verb_agrees_with_its_count():
    assert [verb(v, 1) for v in ("meets", "carries", "is")] == ["meets", "carries", "is"]
    assert [verb(v, 0) for v in ("meets", "carries", "is", "was", "has", "passes")] == [
        "meet", "carry", "are", "were", "have", "pass"]


@pytest.mark.parametrize("body, shown", [
    ("International Department of the CPC Central Committee",
     " of the International Department of the CPC Central Committee"),
    ("Communist Party of Vietnam", " of the Communist Party of Vietnam"),
    ("Politburo", " of the Politburo"),
    ("ZANU-PF", " of ZANU-PF"),
    ("Fretilin", " of Fretilin"),
    ("the Sandinista Front", " of the Sandinista Front"),
    ("中联部", " of 中联部"),
    ("", ""),
])
def test_a_post_s_body_takes_the_article_english_gives_it(body, shown):
    assert of_body(body) == shown
