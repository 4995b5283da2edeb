"""Keyword in context: `liaison search TERM` and analysis.search.keyword_in_context, on agency
reports in English and Chinese written for the genre."""
import pytest
from liaison.analysis.search import keyword_in_context, term_pattern
from liaison.cli import main
from liaison.extract.pipeline import extract_corpus

EN = ("CPC official meets Lao delegation\n\nBEIJING, May 9 (Xinhua) -- Sun Ping, a vice minister of the "
      "International Department of the CPC Central Committee (IDCPC), met a delegation of the Lao People's "
      "Revolutionary Party here on Tuesday. The idcpc official said party exchanges help build trust.\n")
ZH = ("中联部副部长会见老挝人民革命党代表团\n\n新华社北京5月9日电 中联部副部长孙平9日在京会见老挝人民革命党代表团。"
      "双方表示，中联部愿同老方加强交流。\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kwic")
    for doc_id, text in (("en1", EN), ("zh1", ZH)):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (folder / f"{doc_id}.meta.yaml").write_text("outlet: Xinhua\npublished: '2024-05-09'\n", encoding="utf-8")
    tables, _ = extract_corpus(folder, workers=1)
    return folder, tables


def test_english_term_matches_whole_words_in_any_case_with_offsets_into_the_text(corpus):
    _, tables = corpus
    sentences, documents = tables.sentences[tables.sentences.doc_id == "en1"], tables.documents
    hits = keyword_in_context(sentences, documents, "idcpc")
    assert list(hits.match) == ["IDCPC", "idcpc"]
    assert all(EN.replace("\r", "")[h.start:h.end] == h.match for h in hits.itertuples())
    assert hits.document.iloc[0] == "Xinhua, 2024-05-09, CPC official meets Lao delegation"
    assert keyword_in_context(sentences, documents, "CPC").match.tolist() == ["CPC", "CPC"]  # title, then body
    assert keyword_in_context(sentences, documents, "lao").match.tolist() == ["Lao", "Lao"]  # never inside "delegation"
    phrase = keyword_in_context(sentences, documents, "vice   minister")
    assert phrase.match.tolist() == ["vice minister"] and phrase.left.iloc[0].endswith("Sun Ping, a ")


def test_chinese_term_matches_inside_running_text(corpus):
    _, tables = corpus
    sentences, documents = tables.sentences, tables.documents
    hits = keyword_in_context(sentences, documents, "中联部")
    assert len(hits) == 3 and set(hits.match) == {"中联部"}
    assert all(ZH[h.start:h.end] == "中联部" for h in hits.itertuples())
    assert hits.right.iloc[-1].startswith("愿同老方")


def test_empty_term_is_refused():
    try:
        term_pattern("   ")
    except ValueError as error:
        assert "empty" in str(error)
    else:
        raise AssertionError("an empty term was accepted")


def test_cli_prints_labels_offsets_and_context(corpus, capsys):
    tmp_path, _ = corpus
    assert main(["search", "Lao People's Revolutionary Party", "--corpus", str(tmp_path), "--width", "20"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert len(lines) == 1 and "[en1 " in lines[0] and "[Lao People's Revolutionary Party]" in lines[0]
    assert "1 match in 1 document" in out.err
    assert main(["search", "老挝人民革命党", "--corpus", str(tmp_path)]) == 0
    assert capsys.readouterr().out.count("[zh1 ") == 2
    assert main(["search", "Politburo", "--corpus", str(tmp_path)]) == 1
