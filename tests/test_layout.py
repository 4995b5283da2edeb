"""The package's layering, read from the source with `ast`: no import cycles, no step folder
importing from a step above it, and no module over MAX_LINES lines.

Layers, lowest first: paths/progress/schema/store (0) < load (1) < reference (2) < extract (3) <
analysis (4) < workbook (5) < cli, __init__, __main__ (6); analysis, above extract, still
reads only the tables extraction writes. Every import counts, including relative ones and
those inside functions."""
import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "lib" / "liaison"
LAYERS = {"paths": 0, "progress": 0, "schema": 0, "store": 0, "load": 1, "reference": 2, "extract": 3, "analysis": 4,
          "workbook": 5, "cli": 6, "__init__": 6, "__main__": 6}
MAX_LINES = 450


def _modules() -> dict[str, Path]:
    """Dotted module name ("liaison.load.dates"; "liaison.load" for a package's __init__) -> file."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("liaison",) + path.relative_to(PACKAGE).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package modules a file imports (a `from package import module` names the module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # `from package import module` imports the module; `from package import name` the package.
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def _graph() -> nx.DiGraph:
    modules = _modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        graph.add_edges_from((name, target) for target in _imports(name, path, modules))
    return graph


def _layer(module: str) -> int:
    """A module's layer: its step folder's, or its own name's at the top level."""
    parts = module.split(".")
    return LAYERS[parts[1]] if len(parts) > 1 else LAYERS["__init__"]


def test_no_import_cycles():
    cycles = sorted(" -> ".join(cycle) for cycle in nx.simple_cycles(_graph()))
    assert cycles == []


def test_no_step_imports_a_step_above_it():
    upward = sorted(f"{a} ({_layer(a)}) imports {b} ({_layer(b)})" for a, b in _graph().edges if _layer(b) > _layer(a))
    assert upward == []


def test_analysis_reads_tables_not_extraction():
    """Analysis sits above extract but reads only its tables: it never calls extraction code."""
    reaching = sorted(f"{a} imports {b}" for a, b in _graph().edges
                      if a.startswith("liaison.analysis") and b.startswith("liaison.extract"))
    assert reaching == []


def test_every_module_is_in_a_known_layer():
    assert all(name.split(".")[1] in LAYERS for name in _modules() if name != "liaison")


def test_no_module_over_the_line_limit():
    long = sorted(f"{path.relative_to(PACKAGE)}: {n}" for path in PACKAGE.rglob("*.py")
                  if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES)
    assert long == []
