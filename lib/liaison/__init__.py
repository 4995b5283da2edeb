"""liaison: documents about the CPC International Liaison Department in, cited tables out.

    import liaison
    tables = liaison.load("seeds")        # load and extract a folder (cached, in parallel)
    tables.events.head()

The notebooks read what `liaison extract` wrote instead: `liaison.open_tables(tables_dir, corpus_dir)`.
"""
from pathlib import Path

from liaison.extract.pipeline import build_tables, extract_corpus, extract_to
from liaison.load.corpus import Corpus, load_corpus
from liaison.load.corpus_files import CorpusError
from liaison.paths import SEEDS_DIR, resolve
from liaison.store import Tables
from liaison.workbook.tables import open_tables

__all__ = ["Corpus", "CorpusError", "Tables", "build_tables", "extract_to", "load", "load_corpus", "open_tables",
           "resolve"]


def load(corpus_dir: str | Path = SEEDS_DIR, *, workers: int | None = None) -> Tables:
    """Load a folder of documents (relative paths from the repo root) and extract every table."""
    return extract_corpus(corpus_dir, workers=workers)[0]
