"""PDF (text layer), Word .docx and saved web pages (.mhtml): built here at test time from
sentences in the genre, loaded with the right text, date and offsets, and extracted into events."""
import textwrap
import zipfile
from email.message import EmailMessage

import pytest
from liaison.extract.pipeline import build_tables
from liaison.load.corpus import load_corpus

DATELINE = "BEIJING, May 21 (Xinhua) -- Zhou Mingyuan, head of the International Department of the CPC"
MEETING = ("Central Committee, met with Peter Odhiambo, secretary-general of the Orange Democratic "
           "Movement of Kenya, in Beijing on Tuesday.")
SECOND = "Both sides agreed to deepen exchanges between the two parties."


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal PDF written by hand: one Helvetica text line per entry, one page per list."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = ["BT /F1 10 Tf 14 TL 50 760 Td"] + [f"({line}) Tj T*" for line in lines] + ["ET"]
        stream = "\n".join(ops).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_docx(paragraphs: list[str], title: str = "", boxed: str = "") -> bytes:
    """A minimal Word document: the parts Word itself needs to open one, built with zipfile."""
    import io
    from xml.sax.saxutils import escape

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    if boxed:  # a text box: a paragraph inside a run of another, with a tab and a line break
        body += (f"<w:p><w:r><w:t>Photo:</w:t><w:tab/><w:pict><w:txbxContent><w:p><w:r><w:t>{escape(boxed)}</w:t>"
                 "</w:r></w:p></w:txbxContent></w:pict><w:br/><w:t>end</w:t></w:r></w:p>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}'
                                              "</w:body></w:document>")
        if title:
            archive.writestr("docProps/core.xml", (
                '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
                f'dc/terms/"><dc:title>{escape(title)}</dc:title><dcterms:created>2023-05-23T08:00:00Z'
                "</dcterms:created></cp:coreProperties>"))
    return buffer.getvalue()


def report(corpus):
    return {row.path: (row.status, row.reason) for row in corpus.load_report.itertuples()}


def _meeting(corpus):
    """The one event the report describes, with its evidence checked against the text."""
    events = build_tables(corpus).events
    assert len(events) == 1
    event = events.iloc[0]
    assert (event.kind, event.actor, event.counterpart, event.places) == ("meeting", "Zhou Mingyuan", "Peter Odhiambo",
                                                                          "CHN")
    assert event.start == "2024-05-21"
    text = corpus.documents.set_index("doc_id").text[event.doc_id]
    assert text[event.start_char:event.end_char] == event.evidence
    return event


def test_a_pdf_text_layer_loads_with_pages_as_passage_boundaries_and_extracts_the_meeting(tmp_path):
    # A column of text as a PDF lays it out: the sentence broken across lines, and across a page.
    column = textwrap.wrap(f"{DATELINE} {MEETING}", 80)
    (tmp_path / "readout.pdf").write_bytes(make_pdf([
        ["Zhou Mingyuan meets Kenyan party delegation", "", *column[:-1]], [column[-1], SECOND],
    ]))
    (tmp_path / "readout.meta.yaml").write_text("published: '2024-05-21'\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = corpus.documents.iloc[0].text
    second_page = text.index(column[-1])
    assert text[:second_page] == "\n".join(["Zhou Mingyuan meets Kenyan party delegation", " ".join(column[:-1]), ""])
    assert text[second_page:] == f"{column[-1]}\n{SECOND}\n"  # lines of a paragraph rejoined, not across pages
    assert report(corpus)["readout.pdf"] == (
        "loaded", f"read as PDF text layer, 2 pages; pages start at characters 0, {second_page}")
    assert corpus.documents.iloc[0].encoding == "pdf"
    for p in corpus.passages.itertuples():
        assert text[p.start:p.end] == p.text
    assert {column[-1], SECOND} <= set(corpus.passages.text)
    span = corpus.source_span("readout", second_page, second_page + 6)
    assert span["source_text"] == "Orange" and span["byte_start"] == -1  # no byte of the PDF holds the text
    assert corpus.documents.iloc[0].published == "2024-05-21"
    # The page break ends a passage mid-sentence: the evidence stops at the page's last line.
    assert _meeting(corpus).evidence.endswith("secretary-general of the")


def test_a_docx_loads_with_its_paragraphs_and_extracts_the_meeting(tmp_path):
    (tmp_path / "note.docx").write_bytes(make_docx(
        ["Zhou Mingyuan meets Kenyan party delegation", f"{DATELINE} {MEETING}", SECOND], title="Kenya visit",
        boxed="The delegation in Beijing"))
    (tmp_path / "note.meta.yaml").write_text("published: '2024-05-21'\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    row = corpus.documents.iloc[0]
    assert row.text == (f"Zhou Mingyuan meets Kenyan party delegation\n{DATELINE} {MEETING}\n{SECOND}\n"
                        "Photo:\t\nend\nThe delegation in Beijing\n")  # the text box once, after its paragraph
    assert report(corpus)["note.docx"] == ("loaded", "read as Word .docx, 5 paragraphs")
    assert (row.published, row.date_precision) == ("2024-05-21", "day")
    for p in corpus.passages.itertuples():
        assert row.text[p.start:p.end] == p.text
    assert _meeting(corpus).evidence == f"{DATELINE} {MEETING}"


def test_a_scanned_pdf_is_skipped_as_such(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(make_pdf([[], []]))
    (tmp_path / "a.txt").write_text(f"{DATELINE} {MEETING}\n", encoding="utf-8")
    assert report(load_corpus(tmp_path))["scan.pdf"] == (
        "skipped", "scanned PDF: no text layer on its 2 pages (run OCR on it first)")


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("broken.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "not a readable PDF"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word .docx"),
])
def test_a_broken_container_is_skipped_with_a_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "a.txt").write_text(f"{DATELINE} {MEETING}\n", encoding="utf-8")
    status, why = report(load_corpus(tmp_path))[name]
    assert status == "skipped" and why.startswith(reason)


def test_a_saved_web_page_loads_its_html_part(tmp_path):
    message = EmailMessage()
    message["Subject"] = "Zhou Mingyuan meets Kenyan party delegation - Xinhua"
    message["Date"] = "Tue, 23 May 2023 10:00:00 +0800"
    message["Snapshot-Content-Location"] = "http://example.org/readout.htm"
    message.make_related()
    message.add_related(
        f"<html><head><title>Zhou Mingyuan meets Kenyan party delegation</title></head><body>"
        f"<p>{DATELINE} {MEETING}</p><p>{SECOND} &amp; more</p></body></html>",
        subtype="html", charset="utf-8", cte="quoted-printable")
    (tmp_path / "page.mhtml").write_bytes(bytes(message))
    corpus = load_corpus(tmp_path)
    row = corpus.documents.iloc[0]
    assert f"{DATELINE} {MEETING}\n" in row.text and f"{SECOND} & more" in row.text and "<p>" not in row.text
    assert row.title == "Zhou Mingyuan meets Kenyan party delegation"
    assert report(corpus)["page.mhtml"] == ("loaded", "read as saved web page (.mhtml), text/html part in utf-8")


def test_sidecar_writes_a_template_from_the_file_and_refuses_to_overwrite_it(tmp_path, capsys):
    import yaml
    from liaison.cli import main
    from liaison.load.sidecar import FIELDS, read_sidecar

    page = tmp_path / "readout.html"
    page.write_text(
        '<html><head><title>Zhou Mingyuan meets Kenyan party delegation - Xinhua</title>'
        '<link rel="canonical" href="https://news.example.org/2024-05/21/c_1.htm">'
        '<meta property="og:site_name" content="Xinhua"></head><body>'
        f"<p>Updated: 2024-05-21 18:02</p><p>{DATELINE} {MEETING}</p></body></html>", encoding="utf-8")
    assert main(["sidecar", str(page)]) == 0
    target = tmp_path / "readout.meta.yaml"
    assert capsys.readouterr().out.startswith(f"wrote {target}")
    fields = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert list(fields) == list(FIELDS)
    assert fields["title"] == "Zhou Mingyuan meets Kenyan party delegation - Xinhua"
    assert fields["source_url"] == "https://news.example.org/2024-05/21/c_1.htm"
    assert fields["published"] == "2024-05-21" and fields["published_basis"].startswith("guessed by liaison sidecar")
    assert fields["outlet"] == "Xinhua" and fields["verification"].startswith("unverified")
    assert read_sidecar(page)["sha256"] and load_corpus(tmp_path).load_report.status.tolist() == ["loaded"]

    before = target.read_bytes()
    assert main(["sidecar", str(page)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"liaison: {target} already exists; edit it, or delete it to start again"]
    assert target.read_bytes() == before


def test_sidecar_of_a_file_that_is_no_document_is_refused(tmp_path, capsys):
    from liaison.cli import main

    (tmp_path / "scan.pdf").write_bytes(make_pdf([[]]))
    assert main(["sidecar", str(tmp_path / "scan.pdf")]) == 2
    assert "cannot be read as a document: scanned PDF" in capsys.readouterr().err
    assert not (tmp_path / "scan.meta.yaml").exists()


def test_control_characters_in_a_pdf_text_layer_are_removed_and_counted(tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf([["Delegation\x07 visits Hanoi."]]))
    corpus = load_corpus(tmp_path)
    assert corpus.documents.iloc[0].text == "Delegation visits Hanoi.\n"
    assert report(corpus)["a.pdf"] == (
        "warned", "1 control character (NUL and the like) removed; read as PDF text layer, 1 page; "
                  "pages start at characters 0")
