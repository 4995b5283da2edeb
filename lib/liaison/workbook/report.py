"""The browsable report: each executed notebook rendered to HTML (narrative and results, with a
table of contents), and an index that says what the corpus is, then gives every notebook's
findings and figures in order, with links to the full notebooks, the tables and the exports.
One folder, no external assets; all document text is escaped."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pandas as pd

from liaison import schema
from liaison.store import read_meta, write_text
from liaison.workbook.runner import RunResult

_STYLE = """body{font-family:Georgia,serif;max-width:62em;margin:2em auto;padding:0 1em;color:#111;line-height:1.45}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}\
td,th{border:1px solid #999;padding:.25em .6em;text-align:left;vertical-align:top}
img{max-width:100%;border:1px solid #ccc;margin:.5em 0}\
.failed{color:#a00;font-weight:bold}.muted{color:#555}
pre,.highlight{background:#f4f4f4;padding:.5em;overflow-x:auto;font-size:.85em;white-space:pre-wrap}
.scroll,.output_subarea,.output_html,.jp-OutputArea-output{overflow-x:auto;max-width:100%}
nav.toc{background:#f7f7f2;border:1px solid #ddd;padding:.5em 1em;margin:1em 0}nav.toc ul{margin:.2em 0}
.finding{border-left:4px solid #8a6d3b;padding:.1em 1em;margin:1em 0;background:#fcfbf7}
.finding h4{margin:.4em 0}
"""
FINDING = "### Finding:"


def render_notebooks(out_dir: Path) -> list[Path]:
    """`OUT/notebooks/NN_name.ipynb` to `NN_name.html` beside it: nbconvert's bare body, without
    code or prompts (the code is in the `.ipynb`), under a table of contents of its headings, in a
    small page sharing `OUT/report.css`."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    written = []
    for path in sorted((out_dir / "notebooks").glob("*.ipynb")):
        body, _ = exporter.from_notebook_node(nbformat.read(path, as_version=4))
        target = path.with_suffix(".html")
        write_text(
            target,
            f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(path.stem)}</title>'
            f'<link rel="stylesheet" href="../report.css"></head>\n'
            f'<body>\n<p><a href="../index.html">report index</a> · <a href="{path.name}">notebook source '
            f"(.ipynb)</a></p>\n{_page_toc(body)}\n{body}\n</body></html>\n",
        )
        written.append(target)
    _write_style(out_dir)
    return written


def _page_toc(body: str) -> str:
    """A contents list of the page's h2 and h3 headings (nbconvert gives each an id)."""
    items = []
    for level, anchor, text in re.findall(r'<h([23]) id="([^"]+)">(.*?)<a class="anchor-link"', body):
        indent = ' style="margin-left:1.5em"' if level == "3" else ""
        items.append(f'<li{indent}><a href="#{anchor}">{text}</a></li>')
    return f'<nav class="toc"><strong>Contents</strong><ul>{"".join(items)}</ul></nav>' if items else ""


def _write_style(out_dir: Path) -> None:
    write_text(out_dir / "report.css", _STYLE)


def notebook_findings(path: Path) -> tuple[str, list[tuple[str, str]]]:
    """An executed notebook's title and its findings: (heading, HTML of what the cell under it shows)."""
    from nbconvert.filters.markdown import markdown2html

    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    title = path.stem
    for cell in cells:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and source.startswith("# "):
            title = source.splitlines()[0][2:].strip()
            break
    found = []
    for i, cell in enumerate(cells):
        source = "".join(cell["source"])
        if cell["cell_type"] != "markdown" or not source.startswith(FINDING):
            continue
        heading = source.splitlines()[0][len(FINDING):].strip()
        shown = []
        for output in cells[i + 1].get("outputs", []) if i + 1 < len(cells) else []:
            data = output.get("data", {})
            if "text/markdown" in data:
                shown.append(markdown2html("".join(data["text/markdown"])))
            elif output.get("output_type") == "stream":
                shown.append(f"<pre>{html.escape(''.join(output['text']))}</pre>")
            elif output.get("output_type") == "error":
                shown.append(f'<p class="failed">{html.escape(output.get("ename", ""))}: '
                             f'{html.escape(output.get("evalue", ""))}</p>')
        found.append((heading, "".join(shown) or '<p class="muted">no result (the notebook did not run this cell)</p>'))
    return title, found


def corpus_summary(out_dir: Path) -> str:
    """What the corpus is: documents, outlets, languages and the range of publication dates."""
    path = out_dir / "tables" / "documents.parquet"
    if not path.exists():
        return "<p>No documents table in this run.</p>"
    docs = pd.read_parquet(path, columns=["doc_id", "outlet", "published", "language", "source_kind"]).fillna("")
    dated = sorted(d for d in docs.published if d)
    outlets = docs.outlet[docs.outlet != ""].value_counts()
    shown = ", ".join(f"{html.escape(o)} ({n})" for o, n in outlets.head(12).items())
    more = f", and {len(outlets) - 12} more" if len(outlets) > 12 else ""
    kinds = ", ".join(f"{html.escape(k or 'unknown')} ({n})" for k, n in docs.source_kind.value_counts().items())
    languages = ", ".join(f"{html.escape(k or 'unknown')} ({n})" for k, n in docs.language.value_counts().items())
    span = f"published {dated[0]} to {dated[-1]}" if dated else "no publication date known"
    undated = (docs.published == "").sum()
    return (f"<p><strong>{len(docs)} documents</strong> from {len(outlets)} named outlets, {span}"
            f"{f' ({undated} undated)' if undated else ''}.</p>\n"
            f"<ul><li>Outlets: {shown or 'none named'}{more}</li><li>Kinds of source: {kinds}</li>"
            f"<li>Languages: {languages}</li></ul>")


def write_index(out_dir: Path, result: RunResult, corpus_label: str) -> Path:
    """`OUT/index.html`: the corpus, a table of contents, each notebook's findings and figures (a
    notebook this run left out, with `--only`, keeps its earlier output and says so), the tables
    with their row counts, and the exports."""
    ran = {nb.name: nb for nb in result.notebooks}
    names = sorted(set(ran) | {p.stem for p in (out_dir / "notebooks").glob("*.ipynb")})
    toc = ['<li><a href="#corpus">The corpus</a></li>']
    sections = []
    for name in names:
        title, found = notebook_findings(out_dir / "notebooks" / f"{name}.ipynb")
        toc.append(f'<li><a href="#{name}">{html.escape(title)}</a></li>')
        sections.append(_notebook_section(out_dir, name, title, found, _status(ran.get(name))))
    toc += ['<li><a href="#tables">Tables</a></li>', '<li><a href="#exports">Exports</a></li>']
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>liaison: workbook report</title>\
<link rel="stylesheet" href="report.css"></head>
<body>
<h1>liaison: the CPC International Liaison Department, from the documents</h1>
<h2 id="corpus">The corpus</h2>
<p>Corpus folder: <code>{html.escape(corpus_label)}</code>. Every finding below is cited to the documents and
sentences it rests on; the <code>evidence</code>, <code>doc_id</code> and character offsets in each table say which.
Counts of events are floors: on real reports the rules were not written from, they find between a third and a half of
the events told in English and between a half and two thirds of those told in Chinese (<code>docs/accuracy.md</code>
in the repository).</p>
{corpus_summary(out_dir)}
<nav class="toc"><strong>Contents</strong><ul>{"".join(toc)}</ul></nav>
{"".join(sections)}
<h2 id="tables">Tables</h2>
<div class="scroll"><table><tr><th>file</th><th>rows</th><th>one row per</th></tr>{_table_rows(out_dir)}</table></div>
<h2 id="exports">Exports</h2>
{_export_list(out_dir)}
</body></html>
"""
    _write_style(out_dir)
    return write_text(out_dir / "index.html", page)  # last: the index says the run is complete


def _status(outcome) -> str:
    if outcome is None:
        return '<span class="muted">not re-run: output of an earlier run</span>'
    if outcome.ok:
        return "ran ok"
    return f'<span class="failed">failed: {html.escape(outcome.error)}</span>'


def _notebook_section(out_dir: Path, name: str, title: str, found: list[tuple[str, str]], status: str) -> str:
    findings = "".join(
        f'<div class="finding"><h4>{html.escape(heading)}</h4>{shown}</div>' for heading, shown in found
    ) or '<p class="muted">no findings</p>'
    prefix = name.split("_")[0] + "_"
    figures = "".join(
        f'<figure><a href="figures/{p.name}"><img src="figures/{p.name}" alt="figure {html.escape(p.stem)}"></a>'
        f"<figcaption>{html.escape(p.stem)}</figcaption></figure>"
        for p in sorted((out_dir / "figures").glob(f"{prefix}*.png"))
    )
    return (f'<section><h2 id="{name}">{html.escape(title)}</h2>\n'
            f'<p><a href="notebooks/{name}.html">full notebook</a> · <a href="notebooks/{name}.ipynb">ipynb</a>'
            f" · {status}</p>\n{findings}\n{figures}</section>\n")


def _table_rows(out_dir: Path) -> str:
    rows = []
    for path in sorted((out_dir / "tables").glob("*.csv")):
        n_rows = read_meta(path.parent, path.stem).get("rows", "")  # rows, not lines: a cell may hold line breaks
        row = schema.TABLES[path.stem].row if path.stem in schema.TABLES else ""
        rows.append(f'<tr><td><a href="tables/{path.name}">{path.name}</a></td><td>{n_rows}</td>'
                    f"<td>{html.escape(row)}</td></tr>")
    return "".join(rows)


EXPORTS = {
    "liaison.xlsx": "Excel: a sheet explaining the tables, then one sheet per table",
    "entities.ftm.json": "FollowTheMoney entities (JSON lines) for Aleph: people, organisations, posts, events, "
                         "each with its source document",
    "network.graphml": "GraphML for Gephi: people and parties met, edges weighted by distinct events",
    "documents.bib": "BibTeX of the documents",
    "documents.csl.json": "CSL-JSON of the documents (Zotero, Pandoc)",
}


def _export_list(out_dir: Path) -> str:
    items = [f'<li><a href="exports/{name}">{name}</a>: {html.escape(what)}</li>'
             for name, what in EXPORTS.items() if (out_dir / "exports" / name).exists()]
    return f"<ul>{''.join(items)}</ul>" if items else "<p>No exports in this folder.</p>"
