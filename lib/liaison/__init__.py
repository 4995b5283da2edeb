"""liaison: documents about the CPC International Liaison Department in, cited tables out.

    import liaison
    tables = liaison.load("seeds")        # every table, extraction cached
    tables.events.head()
"""
from .corpus import Corpus, CorpusError, load_corpus
from .extract import Tables, build_tables
from .paths import resolve

__all__ = ["Corpus", "CorpusError", "Tables", "build_tables", "load", "load_corpus", "resolve"]


def load(corpus_dir: str = "seeds", *, workers: int | None = None) -> Tables:
    """Load a folder of documents (relative paths from the repo root) and extract every table."""
    return build_tables(load_corpus(corpus_dir), workers=workers)
