"""Shared fixtures: the seeds loaded once, and a folder of every kind of bad input a real
corpus folder ends up holding, built fresh in a temporary directory."""
import os
import tempfile
from pathlib import Path

# Tests never read or prune the user's own extraction cache: set before liaison is imported.
os.environ["LIAISON_CACHE_DIR"] = tempfile.mkdtemp(prefix="liaison-test-cache-")

import liaison
import pytest
from agency_reports import AGENCY as AGENCY_REPORTS
from liaison.extract.document import extract_document
from liaison.load.corpus import load_corpus
from liaison.load.passages import split_passages
from liaison.schema import columns

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

AGENCY = (
    "Party delegation meets Italian parliamentarians\n"
    "\n"
    "ROME, June 27 (Xinhua) -- Zhou Mingyuan, head of the International Department of the CPC "
    "Central Committee, met Italian parliamentarians on Tuesday.\n"
    "\n"
    "The visit began on June 25, 2023 and followed talks with party leaders.\n"
)
CRLF_TEXT = "Delegation visits Hanoi\r\n\r\nThe delegation arrived in Hanoi on Monday.\r\nTalks followed.\r\n"
UTF16_TEXT = "Delegation visits Nairobi\n\nThe delegation, led by 周明远, arrived in Nairobi.\n"
CP1252_TEXT = "Delegation visits Paris\n\nThe café’s owner greeted the delegation — warmly.\n"
GB18030_TEXT = "中联部代表团访问越南\n\n中联部部长周明远会见越南共产党代表团。双方就加强党际交流进行了讨论。\n"
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Zhou Mingyuan meets delegation - Xinhua</title>
<style>body { color: red; }</style>
<script>var tracking = "pixel";</script></head>
<body><div class="nav">Home &raquo; World</div>
<h1>Zhou Mingyuan meets delegation</h1>
<p>Zhou Mingyuan met a delegation from Kenya &amp; discussed party-to-party exchanges.</p>
</body></html>
"""


@pytest.fixture(scope="session")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory) -> Path:
    """One file per problem, plus good documents that must load untouched."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "agency.txt").write_text(AGENCY, encoding="utf-8")
    (root / "agency_copy.txt").write_text(AGENCY, encoding="utf-8")
    (root / "agency_utf16.txt").write_bytes(AGENCY.encode("utf-16"))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_text("  \n\t\n   \n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (root / "crlf.txt").write_bytes(CRLF_TEXT.encode("utf-8"))
    (root / "utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))
    (root / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (root / "sub").mkdir()
    (root / "sub" / "gb18030.txt").write_bytes(GB18030_TEXT.encode("gb18030"))
    (root / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    (root / "badmeta.txt").write_text("Delegation visits Moscow\n\nThe delegation met officials.\n", encoding="utf-8")
    (root / "badmeta.meta.yaml").write_text("title: [unclosed\n  : : :\n", encoding="utf-8")
    seed = SEEDS / "004_bb9a6ea2df670ab5"
    (root / "changed.txt").write_bytes(seed.with_suffix(".txt").read_bytes() + b"\nAn added line.\n")
    (root / "changed.meta.yaml").write_bytes(seed.with_name(seed.name + ".meta.yaml").read_bytes())
    big_paragraph = ("The delegation discussed party-to-party exchanges and cooperation. " * 12 + "\n\n").encode()
    (root / "big.txt").write_bytes(b"Large document\n\n" + big_paragraph * (50_000_000 // len(big_paragraph)))
    return root


@pytest.fixture(scope="session")
def hostile(hostile_dir):
    return load_corpus(hostile_dir)


@pytest.fixture(scope="session")
def tables():
    """Every table for the seeds, loaded and extracted once per test session."""
    return liaison.load("seeds")


def _extract(key_or_text: str, published: str | None = None) -> dict[str, list[dict]]:
    """Rows for one agency report (by key) or any text, passages cut as the loader cuts them."""
    if key_or_text in AGENCY_REPORTS:
        published, text = AGENCY_REPORTS[key_or_text]
    else:
        text = key_or_text
    passages, _ = split_passages(text)
    doc = {
        "doc_id": "test", "text": text, "published": published,
        "passages": [{"passage_id": i, "start": p.start, "end": p.end, "section": p.section, "text": p.text}
                     for i, p in enumerate(passages)],
    }
    rows = extract_document(doc)
    rows["mentions"] = [dict(zip(columns("mentions"), row)) for row in rows["mentions"]]
    return {**rows, "text": text}


@pytest.fixture
def extract():
    """Rows for one agency report (by key) or any text: `extract("hanoi")`, `extract(text, "2023-05-04")`."""
    return _extract
