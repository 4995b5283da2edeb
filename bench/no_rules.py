"""`liaison extract` with every per-document rule switched off, for `scale.py`.

Documents are still found, read, decoded, cut into passages, chunked, cached, joined and written as
Parquet and CSV; only `extract_document` returns no rows. What this costs is the pipeline's own share
of an extraction: a floor that no tuning of the rules can go below.

    .venv/bin/python bench/no_rules.py extract --corpus DIR --out DIR --cache-dir DIR --quiet
"""
from __future__ import annotations

import multiprocessing
import sys

import liaison.extract.chunks as chunks
from liaison.cli import main
from liaison.extract.document import ROW_TABLES


def no_rows(doc: dict) -> dict[str, list]:
    return {name: [] for name in ROW_TABLES}


if __name__ == "__main__":
    # Workers are forked, so they see the switched-off rules too.
    multiprocessing.set_start_method("fork", force=True)
    chunks.extract_document = no_rows
    sys.exit(main(sys.argv[1:]))
