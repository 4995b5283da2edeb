"""liaison: documents about the CPC International Liaison Department in, cited tables out.

    import liaison
    tables = liaison.load("seeds")        # every table, extraction cached
    tables.events.head()
"""
from liaison.load.corpus import Corpus, CorpusError, load_corpus
from liaison.extract.pipeline import Tables, build_tables
from liaison.paths import resolve

__all__ = ["Corpus", "CorpusError", "Tables", "build_tables", "load", "load_corpus", "resolve"]


def load(corpus_dir: str = "seeds", *, workers: int | None = None) -> Tables:
    """Load a folder of documents (relative paths from the repo root) and extract every table."""
    return build_tables(load_corpus(corpus_dir), workers=workers)


_NOTEBOOK_MODULES = {
    "campaigns": "liaison.analysis.campaigns", "corroboration": "liaison.analysis.corroboration",
    "functions": "liaison.analysis.functions", "geo": "liaison.analysis.geo", "history": "liaison.analysis.history",
    "overview": "liaison.analysis.overview", "personnel": "liaison.analysis.personnel",
    "present": "liaison.workbook.present",
}


def __getattr__(name: str):
    """Modules the notebooks import by their old flat names (until the notebooks are updated)."""
    import importlib

    if name in _NOTEBOOK_MODULES:
        return importlib.import_module(_NOTEBOOK_MODULES[name])
    raise AttributeError(name)
