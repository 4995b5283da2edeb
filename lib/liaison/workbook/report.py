"""The browsable report: each executed notebook rendered to HTML, and an index linking them
with every table and figure of the run. All document text is escaped."""
from __future__ import annotations

import html
from pathlib import Path

from liaison.store import read_meta, write_text
from liaison.workbook.runner import RunResult

_STYLE = """body{font-family:Georgia,serif;max-width:62em;margin:2em auto;padding:0 1em;color:#111}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}\
td,th{border:1px solid #999;padding:.25em .6em;text-align:left}
img{max-width:100%;border:1px solid #ccc;margin:.5em 0}figure img{max-width:28em}\
.failed{color:#a00;font-weight:bold}
pre,.highlight{background:#f4f4f4;padding:.5em;overflow-x:auto;font-size:.85em}
.output_subarea{overflow-x:auto;max-width:100%}
"""


def render_notebooks(out_dir: Path) -> list[Path]:
    """`OUT/notebooks/NN_name.ipynb` to `NN_name.html` beside it: nbconvert's bare body in a
    small page sharing `OUT/report.css`, rather than a copy of JupyterLab's stylesheet in each.
    The page is for reading: narrative and results, without code or prompts (the code is in the
    `.ipynb` beside it)."""
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
            f'<body>\n<p><a href="../index.html">report index</a></p>\n'
            f"{body}\n</body></html>\n",
        )
        written.append(target)
    return written


def write_index(out_dir: Path, result: RunResult, corpus_label: str) -> Path:
    """`OUT/index.html`: notebooks with their status (a notebook this run left out, with `--only`,
    keeps its earlier output and says so), tables with their row counts, figures."""
    ran = {nb.name: nb for nb in result.notebooks}
    rows = []
    for name in sorted(set(ran) | {p.stem for p in (out_dir / "notebooks").glob("*.ipynb")}):
        if name not in ran:
            status = "not re-run: output of an earlier run"
        elif ran[name].ok:
            status = "ok"
        else:
            status = f'<span class="failed">failed: {html.escape(ran[name].error)}</span>'
        rows.append(
            f'<tr><td><a href="notebooks/{name}.html">{name}</a></td>'
            f'<td><a href="notebooks/{name}.ipynb">ipynb</a></td><td>{status}</td></tr>'
        )
    tables = []
    for path in sorted((out_dir / "tables").glob("*.csv")):
        n_rows = read_meta(path.parent, path.stem).get("rows", "")  # rows, not lines: a cell may hold line breaks
        tables.append(f'<tr><td><a href="tables/{path.name}">{path.name}</a></td><td>{n_rows}</td></tr>')
    figures = [
        f'<figure><a href="figures/{p.name}"><img src="figures/{p.name}" alt="{p.stem}"></a>'
        f"<figcaption>{p.stem}</figcaption></figure>"
        for p in sorted((out_dir / "figures").glob("*.png"))
    ]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>liaison: workbook report</title>\
<link rel="stylesheet" href="report.css"></head>
<body>
<h1>liaison: the CPC International Liaison Department, from the documents</h1>
<p>Corpus: <code>{html.escape(corpus_label)}</code>. Every figure below traces to a sentence in a source document;
the <code>evidence</code>, <code>doc_id</code> and character offsets in each table say which.</p>
<h2>Notebooks</h2>
<table><tr><th>notebook</th><th>source</th><th>status</th></tr>{"".join(rows)}</table>
<h2>Tables</h2>
<table><tr><th>file</th><th>rows</th></tr>{"".join(tables)}</table>
<h2>Figures</h2>
{"".join(figures)}
</body></html>
"""
    write_text(out_dir / "report.css", _STYLE)
    return write_text(out_dir / "index.html", page)  # last: the index says the run is complete
