"""Loading a corpus folder: the seeds' document table, offsets back to the original bytes,
and a folder of bad input that must load one report line per file without stopping."""
import re

import pytest
from conftest import AGENCY, CP1252_TEXT, CRLF_TEXT, GB18030_TEXT, SEEDS, UTF16_TEXT
from liaison.load.corpus import load_corpus
from liaison.load.corpus_files import CorpusError
from liaison.schema import columns

DOCUMENT_COLUMNS, PASSAGE_COLUMNS, REPORT_COLUMNS = columns("documents"), columns("passages"), columns("load_report")

DECODE39 = "000_d6caded5e31713c2"
NO_DATE = "001_086b57c32b2f9de0"
ENCYCLOPEDIA = "002_2ae41ebc53c0db97"
SCMP = "003_2f98651871e88ea7"
CHINA_DAILY = "004_bb9a6ea2df670ab5"
TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def doc(corpus, doc_id):
    return corpus.documents.set_index("doc_id").loc[doc_id]


def report(corpus):
    return {row.path: (row.status, row.reason) for row in corpus.load_report.itertuples()}


# --- the seeds -----------------------------------------------------------------------------

def test_seed_tables_have_the_documented_columns(seeds):
    assert list(seeds.documents.columns) == DOCUMENT_COLUMNS
    assert list(seeds.passages.columns) == PASSAGE_COLUMNS
    assert list(seeds.load_report.columns) == REPORT_COLUMNS
    assert list(seeds.documents.doc_id) == [DECODE39, NO_DATE, ENCYCLOPEDIA, SCMP, CHINA_DAILY]
    assert set(seeds.load_report.status) == {"loaded"}


def test_china_daily_seed(seeds):
    row = doc(seeds, CHINA_DAILY)
    assert row.title == "Event highlights work of CPC diplomatic arm"
    assert (row.published, row.date_precision) == ("2016-06-26", "day")
    assert row.date_basis.startswith("sidecar: The page's own 'Updated: 2016-06-26 23:19' stamp")
    assert (row.outlet, row.language, row.encoding) == ("China Daily", "en", "utf-8")
    assert row.sha256 == "9a029779714608e0df84acca20788cf6832ff2fc2d4269d6ae880bd751c2b9d6"
    assert row.n_bytes == 3322


def test_titles_come_from_sidecars_and_match_a_line(seeds):
    assert doc(seeds, DECODE39).title == "Head of CCP liaison office sets off for Rome"
    assert doc(seeds, SCMP).title == (
        "China's provincial leaders take centre stage in Beijing's diplomatic push to charm neighbours"
    )
    titles = seeds.passages[seeds.passages.section == "title"].set_index("doc_id").text
    # Curly apostrophes in the text still match the sidecar's straight ones.
    assert titles[SCMP].startswith("China’s provincial leaders")
    assert titles[NO_DATE].startswith("How Liu Jianchao is shaping China’s foreign policy")
    assert titles.index.is_unique and len(titles) == 5


def test_publication_dates_never_guessed(seeds):
    dates = {r.doc_id: (r.published, r.date_precision) for r in seeds.documents.itertuples()}
    assert dates == {
        DECODE39: ("2023-06", "month"),
        NO_DATE: ("", "unknown"),
        ENCYCLOPEDIA: ("2024", "year"),
        SCMP: ("2023-04-16", "day"),
        CHINA_DAILY: ("2016-06-26", "day"),
    }
    assert doc(seeds, NO_DATE).date_basis == "unknown"


def test_dates_from_text_without_sidecars(tmp_path):
    for seed in ("004_bb9a6ea2df670ab5", "002_2ae41ebc53c0db97"):
        (tmp_path / f"{seed}.txt").write_bytes((SEEDS / f"{seed}.txt").read_bytes())
    corpus = load_corpus(tmp_path)
    china_daily, encyclopedia = doc(corpus, CHINA_DAILY), doc(corpus, ENCYCLOPEDIA)
    assert (china_daily.published, china_daily.date_precision) == ("2016-06-26", "day")
    assert china_daily.date_basis == "'Updated:' stamp"
    assert china_daily.title == "Event highlights work of CPC diplomatic arm"
    assert (encyclopedia.published, encyclopedia.date_precision) == ("2024", "year")
    assert encyclopedia.title == "International Department of the Chinese Communist Party"


def test_an_unquoted_date_in_a_sidecar_is_the_date_the_user_wrote(tmp_path):
    # YAML reads 2025-06-05 unquoted as a date and 2025 as a number; a list is still refused, said once.
    for name, published in (("day", "2025-06-05"), ("year", "2025"), ("stamp", "2025-06-05 08:30:00"),
                            ("list", "[2025]")):
        (tmp_path / f"{name}.txt").write_text(f"A note\n\nLin Haichuan met guests ({name}).\n", encoding="utf-8")
        (tmp_path / f"{name}.meta.yaml").write_text(f"published: {published}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    published = dict(zip(corpus.documents.doc_id, corpus.documents.published))
    assert (published["day"], published["year"], published["stamp"]) == ("2025-06-05", "2025", "2025-06-05")
    reasons = corpus.load_report.set_index("path").reason
    assert "'published' must be an ISO date (2024-05-06, 2024-05 or 2024), got [2025]" in reasons["list.txt"]
    assert all(reasons[f"{name}.txt"] == "" for name in ("day", "year", "stamp"))


def test_no_markup_survives_in_any_text(seeds, hostile):
    for corpus in (seeds, hostile):
        for row in corpus.documents.itertuples():
            assert not TAG.search(row.text), row.doc_id
    assert "mw-page-title-main" not in doc(seeds, ENCYCLOPEDIA).text


def test_passage_offsets_point_into_the_text(seeds):
    texts = seeds.documents.set_index("doc_id").text
    for p in seeds.passages.itertuples():
        assert texts[p.doc_id][p.start : p.end] == p.text


def test_source_span_returns_the_original_bytes(seeds):
    path = SEEDS / f"{DECODE39}.txt"
    text = doc(seeds, DECODE39).text
    start = text.index("Walking the Silk Road to Rome.")
    span = seeds.source_span(DECODE39, start, start + 30)
    assert span["path"] == f"{DECODE39}.txt"
    assert span["source_text"] == "Walking the Silk Road to Rome."
    assert path.read_bytes()[span["byte_start"] : span["byte_end"]].decode("utf-8") == "Walking the Silk Road to Rome."


def test_source_span_reaches_past_removed_markup(seeds):
    text = doc(seeds, ENCYCLOPEDIA).text
    start = text.index("China News Service News agency")
    span = seeds.source_span(ENCYCLOPEDIA, start, start + len("China News Service"))
    raw = (SEEDS / f"{ENCYCLOPEDIA}.txt").read_bytes()
    assert span["byte_start"] > 0
    # The cleaned text has no tag, the original has one just before the span.
    assert raw[span["byte_start"] : span["byte_end"]].decode("utf-8") == "China News Service"
    assert raw[: span["byte_start"]].decode("utf-8").endswith('<span class="mw-page-title-main">')


@pytest.mark.parametrize(
    ("name", "codec", "word"),
    [
        ("crlf.txt", "utf-8", "Talks followed."),
        ("utf16.txt", "utf-16-le", "周明远"),
        ("cp1252.txt", "cp1252", "café’s"),
    ],
)
def test_source_span_in_re_encoded_files(hostile, hostile_dir, name, codec, word):
    doc_id = name.rsplit(".", 1)[0]
    start = doc(hostile, doc_id).text.index(word)
    span = hostile.source_span(doc_id, start, start + len(word))
    assert (hostile_dir / name).read_bytes()[span["byte_start"] : span["byte_end"]].decode(codec) == word


def test_source_span_across_a_crlf_line_end(hostile, hostile_dir):
    text = doc(hostile, "crlf").text
    start = text.index("Monday.")
    end = text.index("followed") + len("followed")
    span = hostile.source_span("crlf", start, end)
    assert text[start:end] == "Monday.\nTalks followed"
    assert (hostile_dir / "crlf.txt").read_bytes()[
        span["byte_start"] : span["byte_end"]
    ] == b"Monday.\r\nTalks followed"


# --- bad input -----------------------------------------------------------------------------

def test_hostile_folder_one_report_line_per_file(hostile):
    assert report(hostile) == {
        "agency.txt": ("loaded", ""),
        "agency_copy.txt": ("skipped", "duplicate of agency.txt (identical bytes)"),
        "agency_utf16.txt": ("skipped", "duplicate of agency.txt (same text, utf-16-le (BOM))"),
        "badmeta.txt": (
            "warned",
            "sidecar badmeta.meta.yaml unreadable: while parsing a flow sequence; loaded without it",
        ),
        "big.txt": ("warned", "62033 of 62034 body paragraphs repeat an earlier one (a scraping error?): each copy is "
                    "extracted again"),  # one paragraph repeated to make 50 MB
        "binary.txt": ("skipped", "binary file (1121 control bytes in the first 10248 bytes)"),
        "blank.md": ("skipped", "no text (whitespace only)"),
        "changed.txt": (
            "warned",
            "file changed since its sidecar was written: sha256 35491189b097… != recorded 9a0297797146…",
        ),
        "cp1252.txt": ("warned", "decoded as cp1252"),
        "crlf.txt": ("loaded", ""),
        "empty.txt": ("skipped", "empty file (0 bytes)"),
        "gone.txt": ("skipped", f"cannot read: broken symlink to {hostile.root / 'nowhere.txt'}"),
        "notes.pdf": ("skipped", "not a readable PDF (PdfStreamError: Stream has ended unexpectedly)"),
        "page.html": ("loaded", ""),
        "sub/gb18030.txt": ("warned", "decoded as gb18030"),
        "utf16.txt": ("warned", "decoded as utf-16-le (BOM)"),
    }


def test_hostile_folder_good_documents_load_with_correct_text(hostile):
    texts = hostile.documents.set_index("doc_id").text
    assert list(texts.index) == [
        "agency",
        "badmeta",
        "big",
        "changed",
        "cp1252",
        "crlf",
        "page",
        "sub/gb18030",
        "utf16",
    ]
    assert texts["agency"] == AGENCY
    assert texts["cp1252"] == CP1252_TEXT
    assert texts["crlf"] == CRLF_TEXT.replace("\r\n", "\n")
    assert texts["utf16"] == UTF16_TEXT
    assert texts["sub/gb18030"] == GB18030_TEXT
    assert "中联部" in texts["sub/gb18030"] and "café’s" in texts["cp1252"]
    assert len(texts["big"]) > 49_000_000
    assert doc(hostile, "sub/gb18030").language == "zh"
    assert doc(hostile, "utf16").encoding == "utf-16-le (BOM)"


def test_duplicates_are_not_double_counted(hostile):
    assert (hostile.documents.path == "agency.txt").sum() == 1
    assert not hostile.passages.doc_id.isin(["agency_copy", "agency_utf16"]).any()
    assert hostile.passages.groupby("doc_id").passage_id.apply(lambda s: s.is_unique).all()


def test_dateline_takes_its_year_from_the_text(hostile):
    row = doc(hostile, "agency")
    assert (row.published, row.date_precision, row.date_basis) == (
        "2023-06-27",
        "day",
        "dateline with year from document",
    )


def test_changed_seed_keeps_its_sidecar_metadata(hostile):
    row = doc(hostile, "changed")
    assert (row.title, row.published, row.outlet) == (
        "Event highlights work of CPC diplomatic arm",
        "2016-06-26",
        "China Daily",
    )


def test_html_title_and_no_script_or_style(hostile):
    row = doc(hostile, "page")
    assert row.title == "Zhou Mingyuan meets delegation - Xinhua"
    assert "tracking" not in row.text and "color: red" not in row.text
    assert "Kenya & discussed" in row.text
    sections = hostile.passages[hostile.passages.doc_id == "page"].set_index("text").section.to_dict()
    assert sections == {
        "Zhou Mingyuan meets delegation - Xinhua": "title",
        "Home » World": "boilerplate",
        "Zhou Mingyuan meets delegation": "boilerplate",
        "Zhou Mingyuan met a delegation from Kenya & discussed party-to-party exchanges.": "body",
    }


def test_missing_folder_is_a_corpus_error(tmp_path):
    missing = tmp_path / "no-such-folder"
    with pytest.raises(CorpusError, match=re.escape(str(missing))):
        load_corpus(missing)


def test_empty_folder_is_a_corpus_error(tmp_path):
    with pytest.raises(CorpusError, match=re.escape(str(tmp_path))):
        load_corpus(tmp_path)


def test_folder_of_unsupported_files_is_a_corpus_error(tmp_path):
    (tmp_path / "report.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(CorpusError, match="no documents"):
        load_corpus(tmp_path)


def test_same_stem_twice_keeps_ids_unique(tmp_path):
    (tmp_path / "note.txt").write_text("Delegation visits Hanoi\n\nTalks were held.\n", encoding="utf-8")
    (tmp_path / "note.md").write_text("Delegation visits Hanoi\n\nTalks were held again.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert list(corpus.documents.doc_id) == ["note", "note.txt"]
    assert report(corpus)["note.txt"] == ("warned", "id 'note' already taken; this document is 'note.txt'")
    assert set(corpus.passages.doc_id) == {"note", "note.txt"}


def test_source_span_of_an_html_entity_covers_the_entity(hostile, hostile_dir):
    text = doc(hostile, "page").text
    start = text.index("Kenya & discussed")
    span = hostile.source_span("page", start, start + len("Kenya & discussed"))
    assert span["source_text"] == "Kenya &amp; discussed"
    assert (hostile_dir / "page.html").read_bytes()[span["byte_start"] : span["byte_end"]] == b"Kenya &amp; discussed"


def test_a_bad_sidecar_field_is_reported_and_the_others_kept(tmp_path):
    """An impossible unquoted date, a typo'd field, a title that is a number or a list: each is
    named in the load report and left out; the run goes on, with the sidecar's other fields."""
    for name, sidecar in (("baddate", "title: Kept title\npublished: 2024-13-45\n"),
                          ("typo", "title: Kept title\npublised: 2024-05-06\n"),
                          ("number", "title: 12345\n"),
                          ("listed", "title: [a, b]\noutlet: Kept outlet\n")):
        (tmp_path / f"{name}.txt").write_text(f"A note\n\nLin Haichuan met guests ({name}).\n", encoding="utf-8")
        (tmp_path / f"{name}.meta.yaml").write_text(sidecar, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    reasons = corpus.load_report.set_index("path").reason
    assert docs.at["baddate", "title"] == "Kept title" and "month out of range" in reasons["baddate.txt"]
    assert docs.at["typo", "title"] == "Kept title" and "unknown field 'publised' left out" in reasons["typo.txt"]
    assert docs.at["number", "title"] == "12345"
    assert docs.at["listed", "outlet"] == "Kept outlet" and "'title' must be text, got list" in reasons["listed.txt"]
    status = corpus.load_report.set_index("path").status
    assert [status[f"{n}.txt"] for n in ("baddate", "typo", "number", "listed")] == ["warned", "warned", "loaded",
                                                                                     "warned"]


def test_a_pipe_and_a_name_in_another_encoding_are_reported_not_read(tmp_path):
    """A named pipe called like a report would block the read forever; a GBK file name (a Chinese
    Windows zip) cannot be written as UTF-8: both are listed as skipped, with why, and the run goes on."""
    import os

    (tmp_path / "ok.txt").write_text("A note\n\nLin Haichuan met guests.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    gbk = os.path.join(os.fsencode(tmp_path), "中联部报告.txt".encode("gbk"))
    with open(gbk, "wb") as handle:
        handle.write("中联部部长林海川会见越南客人。".encode())
    corpus = load_corpus(tmp_path)
    report = corpus.load_report.set_index("path")
    assert report.at["ok.txt", "status"] == "loaded"
    assert report.at["pipe.txt", "reason"] == "not a regular file (a pipe, socket or device): not read"
    odd = [p for p in report.index if "\ufffd" in p]
    assert len(odd) == 1 and report.at[odd[0], "status"] == "skipped" and "not UTF-8" in report.at[odd[0], "reason"]


def test_hidden_files_and_folders_are_listed_as_not_read(tmp_path):
    (tmp_path / "ok.txt").write_text("A note\n\nLin Haichuan met guests.\n", encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("A hidden note\n\nLin Haichuan met guests.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("x\n\ny z.\n", encoding="utf-8")
    report = load_corpus(tmp_path).load_report.set_index("path")
    assert report.status.to_dict() == {".git": "skipped", ".notes.txt": "skipped", "ok.txt": "loaded"}
    assert report.at[".notes.txt", "reason"] == "hidden (its name starts with '.'): not read"


def test_a_report_made_of_one_paragraph_repeated_is_flagged(tmp_path):
    paragraph = "Lin Haichuan met the visiting delegation of the Unity Party in Beijing on Monday."
    (tmp_path / "looped.txt").write_text("A note\n\n" + "\n\n".join([paragraph] * 30) + "\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("A note\n\n" + paragraph + "\n\nThe two sides talked at length.\n",
                                     encoding="utf-8")
    report = load_corpus(tmp_path).load_report.set_index("path")
    assert report.at["looped.txt", "status"] == "warned"
    assert "29 of 30 body paragraphs repeat an earlier one" in report.at["looped.txt", "reason"]
    assert report.at["ok.txt", "status"] == "loaded"


def test_a_sidecar_field_under_its_common_other_name_is_read_as_the_field(tmp_path):
    """"url:" and "license:" are how scrapers and American spelling write `source_url` and `licence`:
    read as those fields, silently; when both names are given, the canonical one wins and the other is named."""
    for name, sidecar in (("alias", "url: https://www.example.org/a\nlicense: CC-BY\n"),
                          ("both", "url: https://www.example.org/old\nsource_url: https://www.example.org/new\n")):
        (tmp_path / f"{name}.txt").write_text(f"A note\n\nTam Orvel met guests ({name}).\n", encoding="utf-8")
        (tmp_path / f"{name}.meta.yaml").write_text(sidecar, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    docs = corpus.documents.set_index("doc_id")
    reasons = corpus.load_report.set_index("path").reason
    assert docs.at["alias", "source_url"] == "https://www.example.org/a"
    assert reasons["alias.txt"] == ""  # neither name reported
    assert docs.at["both", "source_url"] == "https://www.example.org/new"
    assert "both 'url' and 'source_url' given; 'url' left out" in reasons["both.txt"]
