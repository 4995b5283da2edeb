"""Command line: `python -m liaison extract` writes the tables; `python -m liaison run` runs
the whole workbook (tables, notebooks, figures, report). Relative paths are taken from the
current folder; inside the repo they are recorded relative to its root, so the committed
default run names `seeds` and `outputs`, not one machine's absolute paths."""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

from liaison import schema
from liaison.analysis.wording import count
from liaison.extract.pipeline import extract_to
from liaison.load.corpus_files import CorpusError, corpus_root
from liaison.paths import OUTPUTS_DIR, REPO_ROOT, SEEDS_DIR
from liaison.store import OutputError
from liaison.workbook.outdir import Busy, output_run


class Refusal(ValueError):
    """A command that would do the wrong thing, refused before it starts (exit 2, one line)."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with _terminate_as_interrupt():
            if not hasattr(args, "out"):
                return args.command(args)
            _check_folders(args)
            with output_run(_absolute(args.out), " ".join(["liaison", *(sys.argv[1:] if argv is None else argv)])):
                return args.command(args)
    except (CorpusError, Refusal, Busy) as error:
        print(f"liaison: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # disk full, a file made unwritable during the run: OutputError names the file
        print(f"liaison: {error.strerror if isinstance(error, OutputError) else error}{_untouched(args)}",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"liaison: interrupted{_untouched(args)}", file=sys.stderr)
        return 130


def _untouched(args) -> str:
    return f"; {_absolute(args.out)} left as it was before this run" if hasattr(args, "out") else ""


@contextmanager
def _terminate_as_interrupt():
    """A `kill` (SIGTERM) stops a run as Ctrl-C does: kernels stopped, outputs rolled back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    before = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _check_folders(args) -> None:
    """Refuse what would mix a run's output with its input, or fail halfway for want of a folder."""
    if args.workers is not None and args.workers < 1:
        raise Refusal(f"--workers must be 1 or more, not {args.workers}")
    if args.workers is not None and args.scheduler:
        raise Refusal("--workers has no effect with --scheduler: the cluster's workers extract")
    corpus, out = corpus_root(_absolute(args.corpus)).resolve(), _absolute(args.out)
    if out == corpus or corpus in out.parents:
        raise Refusal(f"--out {out} is inside the corpus {corpus}: a later run would read the outputs as documents")
    if out in corpus.parents:
        raise Refusal(f"--out {out} contains the corpus {corpus}: outputs and documents must be separate folders")
    if args.cache_dir and (_absolute(args.cache_dir) == corpus or corpus in _absolute(args.cache_dir).parents):
        raise Refusal(f"--cache-dir {_absolute(args.cache_dir)} is inside the corpus {corpus}: the cache would be "
                      "read as documents")
    if out.exists() and not out.is_dir():
        raise Refusal(f"--out {out} is a file, not a folder")
    _writable("--out", out, out / "tables")
    if args.cache_dir:
        _writable("--cache-dir", _absolute(args.cache_dir), _absolute(args.cache_dir))


def _writable(option: str, shown: Path, folder: Path) -> None:
    """Refuse a folder the run could not write into, before anything runs."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".liaison-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise Refusal(f"{option} {shown} cannot be written: {error.strerror or error}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m liaison", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="load a folder of documents and write every table as CSV")
    _common(extract)
    extract.set_defaults(command=_extract)

    run = commands.add_parser("run", help="extract, then execute every notebook and write the report")
    _common(run)
    run.add_argument(
        "-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help="a notebook parameter, e.g. -p focus_person 'Song Tao' (repeatable; unknown names are an error)",
    )
    run.add_argument("--only", nargs="+", metavar="NAME", help="run only notebooks whose name contains one of these")
    run.set_defaults(command=_run)

    search = commands.add_parser("search", help="print every sentence containing TERM, with document and offsets")
    search.add_argument("term", metavar="TERM", help="a word or phrase, English or Chinese (whole words, any case)")
    search.add_argument("--corpus", default=str(SEEDS_DIR), help="folder of documents (default: the repo's seeds/)")
    search.add_argument("--width", type=int, default=60, help="characters of context either side (default: 60)")
    search.set_defaults(command=_search)

    sidecar = commands.add_parser("sidecar", help="write a provenance sidecar template (FILE's .meta.yaml) from what "
                                                  "the file itself says, to check and complete")
    sidecar.add_argument("file", metavar="FILE", help="a document (.txt, .md, .html, .pdf, .docx, .mhtml)")
    sidecar.set_defaults(command=_sidecar)

    scored = commands.add_parser("score", help="score extraction against events, people and countries coded by "
                                               "hand in a gold file (docs/accuracy.md)")
    scored.add_argument("--corpus", required=True, help="folder of the documents the gold file codes")
    scored.add_argument("--gold", required=True, metavar="FILE", help="the gold file (JSON; see docs/accuracy.md)")
    scored.add_argument("--split", help="score only the documents the gold file marks with this split (e.g. test)")
    scored.set_defaults(command=_score)

    dictionary = commands.add_parser("schema", help="print the data dictionary of every table (Markdown)")
    dictionary.set_defaults(command=_schema)
    return parser


def _common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--corpus", default=str(SEEDS_DIR),
                         help="folder of documents (.txt .md .html .htm .pdf .docx .mhtml), searched recursively "
                              "(default: the repo's seeds/)")
    command.add_argument("--workers", type=int, default=None, help="processes for extraction (default: all cores)")
    command.add_argument("--scheduler", metavar="ADDRESS",
                         help="extract on this dask.distributed cluster (e.g. tcp://10.0.0.5:8786) instead of local "
                              "processes; its workers must see the corpus and --cache-dir at the same paths")
    command.add_argument("--cache-dir", help="where extracted chunks are kept (default: the user's cache folder)")
    command.add_argument("--quiet", action="store_true", help="no progress bars")
    command.add_argument(
        "--out",
        default=str(OUTPUTS_DIR),
        help="folder to write tables/, notebooks/, figures/ and index.html into (default: the repo's outputs/)",
    )


def _extract(args) -> int:
    tables_dir = _absolute(args.out) / "tables"
    written = extract_to(_absolute(args.corpus), tables_dir, workers=args.workers, scheduler=args.scheduler,
                         cache_dir=_absolute(args.cache_dir) if args.cache_dir else None, progress=not args.quiet)
    _print_load_report(written.load_report)
    if not written.n_documents:
        skipped = count(len(written.load_report), "file")
        raise Refusal(f"no document in {_absolute(args.corpus)} could be loaded ({skipped} skipped, each with its "
                      "reason above); no tables were written")
    print(f"wrote {len(schema.EXTRACTED)} tables for {count(written.n_documents, 'document')} to {tables_dir}")
    return 0


def _run(args) -> int:
    from liaison.workbook.exports import write_exports
    from liaison.workbook.report import render_notebooks, write_index
    from liaison.workbook.runner import ParameterError, coerce_parameters, notebook_paths, run_notebooks

    paths = notebook_paths(args.only)
    if not paths:
        print("liaison: no notebooks match " + " ".join(args.only or []), file=sys.stderr)
        return 2
    try:
        parameters = coerce_parameters(args.parameter, paths)
    except ParameterError as error:
        print(f"liaison: {error}", file=sys.stderr)
        return 2
    status = _extract(args)
    corpus, out = _portable(args.corpus), _portable(args.out)
    result = run_notebooks(corpus, out, parameters, paths, show_bar=not args.quiet)
    render_notebooks(_absolute(args.out))
    write_exports(_absolute(args.out), corpus_root(_absolute(args.corpus)))
    index = write_index(_absolute(args.out), result, corpus)
    print(f"report: {index}")
    failed = [n for n in result.notebooks if not n.ok]
    for notebook in failed:
        print(f"liaison: notebook {notebook.name} failed at {notebook.error}", file=sys.stderr)
    return status or (1 if failed else 0)


def _search(args) -> int:
    """Keyword in context over the corpus's sentences (extracted once, then read from the cache)."""
    from liaison.analysis.search import keyword_in_context, kwic_lines
    from liaison.extract.pipeline import extract_corpus

    tables, _ = extract_corpus(_absolute(args.corpus))
    try:
        hits = keyword_in_context(tables.sentences, tables.documents, args.term, width=args.width)
    except ValueError as error:
        raise Refusal(str(error)) from None
    for line in kwic_lines(hits):
        print(line)
    print(f"{count(len(hits), 'match')} in {count(hits.doc_id.nunique(), 'document')}", file=sys.stderr)
    return 0 if len(hits) else 1


def _score(args) -> int:
    """Precision and recall of the extraction on hand-coded documents, one line per kind of row."""
    from liaison.extract.pipeline import extract_corpus
    from liaison.workbook.accuracy import read_gold, score

    try:
        gold = read_gold(_absolute(args.gold))
    except ValueError as error:
        raise Refusal(str(error)) from None
    tables, _ = extract_corpus(_absolute(args.corpus))
    tallies = score(tables, gold, args.split)
    for kind, tally in tallies.items():
        dates = f"; dates agree on {tally.dates_agree} of {tally.dated}" if kind == "events" else ""
        print(f"{kind:<10} precision {tally.precision:.3f}  recall {tally.recall:.3f}  ({tally.hits} hits, "
              f"{tally.extras} extras, {tally.missed} missed){dates}")
    return 0


def _sidecar(args) -> int:
    from liaison.load.provenance import write_template

    document = _absolute(args.file)
    if not document.is_file():
        raise Refusal(f"{document} is not a file")
    try:
        target = write_template(document)
    except (FileExistsError, ValueError) as refusal:
        raise Refusal(str(refusal)) from None
    print(f"wrote {target}: check every field, then fill in what is blank")
    return 0


def _schema(args) -> int:
    print(schema.markdown(), end="")
    return 0


def _print_load_report(report) -> None:
    for row in report.itertuples():
        if row.status != "loaded":
            print(f"{row.status}: {row.path}: {row.reason}")


def _absolute(path: str) -> Path:
    return Path(path).expanduser().resolve()


def _portable(path: str) -> str:
    """A path relative to the repo root when it lies inside the repo, else absolute."""
    absolute = _absolute(path)
    try:
        return absolute.relative_to(REPO_ROOT.resolve()).as_posix()
    except ValueError:
        return str(absolute)
