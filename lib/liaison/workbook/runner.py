"""Run the numbered notebooks with papermill and write a browsable report.

Each notebook gets `corpus_dir`, `output_dir` and `tables_dir` (the tables `extract` wrote) plus
whichever user parameters its own `parameters` cell declares; a parameter no notebook declares is
an error, not a silent warning. A failing notebook is named with its failing cell and the others still run.
Executed notebooks are stripped of run timestamps and absolute paths so the committed default
run is byte-stable and nbval can re-check it.
"""
from __future__ import annotations

import ast
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from liaison.analysis.episode import focus_message, resolve_country
from liaison.analysis.parties import region_countries
from liaison.paths import NOTEBOOKS_DIR, REPO_ROOT, resolve
from liaison.progress import bar
from liaison.workbook.kernel import ensure_kernel
from liaison.workbook.tables import TABLES_FROM_RUN

# jsonschema (imported by nbformat, imported by papermill) imports rfc3987_syntax when it is
# installed (jupyterlab brings it), and that module builds a Lark grammar at import: about
# 0.8 s per run, for IRI format checks notebook validation never uses. jsonschema treats the
# package as optional, so marking it absent skips the cost and changes no validation we use.
# A None entry is how the import system spells "absent"; typeshed types the values as modules only.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


@dataclass
class NotebookResult:
    name: str
    ok: bool
    seconds: float
    error: str = ""


@dataclass
class RunResult:
    notebooks: list[NotebookResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(n.ok for n in self.notebooks)


class ParameterError(ValueError):
    """A parameter the notebooks do not declare, or a value of the wrong type."""


def notebook_paths(only: list[str] | None = None) -> list[Path]:
    """The numbered notebooks (NN_name.ipynb), optionally those whose name contains a filter."""
    paths = sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
    if only:
        paths = [p for p in paths if any(o in p.stem for o in only)]
    return paths


def declared_parameters(path: Path) -> dict[str, object]:
    """Names and default values assigned in the notebook's cell tagged `parameters`."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            tree = ast.parse("".join(cell["source"]))
            return {
                node.targets[0].id: ast.literal_eval(node.value)
                for node in tree.body
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
            }
    raise ParameterError(f"{path.name} has no cell tagged 'parameters'")


def coerce_parameters(raw: list[tuple[str, str]], paths: list[Path]) -> dict[str, object]:
    """Command-line strings to values of each parameter's declared type; unknown names fail."""
    declared: dict[str, object] = {}
    for path in paths:
        declared.update(declared_parameters(path))
    values: dict[str, object] = {}
    for name, text in raw:
        if name in values:
            raise ParameterError(f"parameter '{name}' is given twice; give it once")
        if name in OWNED_BY_CLI:
            raise ParameterError(f"parameter '{name}' is set by {OWNED_BY_CLI[name]}, not -p")
        if name not in declared:
            elsewhere = [path.stem for path in notebook_paths() if name in declared_parameters(path)]
            if elsewhere:
                raise ParameterError(f"parameter '{name}' belongs to {', '.join(elsewhere)}, which --only leaves out")
            known = ", ".join(sorted(declared))
            raise ParameterError(f"unknown parameter '{name}'; the notebooks declare: {known}")
        default = declared[name]
        try:
            values[name] = (
                type(default)(text) if isinstance(default, (int, float)) and not isinstance(default, bool) else text
            )
        except ValueError:
            raise ParameterError(f"parameter '{name}' expects {type(default).__name__}, got {text!r}") from None
        _check_value(name, values[name])
    start, end = values.get("start_year", declared.get("start_year")), values.get("end_year", declared.get("end_year"))
    if isinstance(start, int) and isinstance(end, int) and start > end:
        raise ParameterError(f"parameter 'start_year' ({start}) is after 'end_year' ({end}): the window would be empty")
    return values


# Paths every notebook takes, which the command line sets for all of them at once.
OWNED_BY_CLI = {"corpus_dir": "--corpus", "output_dir": "--out", "tables_dir": "--out (OUT/tables)"}


def _check_value(name: str, value: object) -> None:
    """Values a notebook would run with and quietly show nothing for: years outside the sources'
    range, thresholds below one, a country or a region that is not one."""
    if name.endswith("_year") and isinstance(value, int) and not 1900 <= value <= 2100:
        raise ParameterError(f"parameter '{name}' must be a year between 1900 and 2100, not {value}")
    if name.startswith("min_") and isinstance(value, int) and value < 1:
        raise ParameterError(f"parameter '{name}' must be 1 or more, not {value}")
    if name == "focus_person" and not str(value).strip():
        raise ParameterError("parameter 'focus_person' is empty: give a person's name, e.g. 'Song Tao'")
    if name == "focus_country" and resolve_country(str(value)) is None:
        raise ParameterError(f"parameter 'focus_country': {focus_message(str(value))}")
    if name == "region":
        try:
            region_countries(str(value))
        except ValueError as refusal:
            raise ParameterError(f"parameter 'region': {refusal}") from None


def run_notebooks(corpus_dir: str, output_dir: str, parameters: dict[str, object], paths: list[Path],
                  progress=print, workers: int = 2, show_bar: bool = False) -> RunResult:
    """Execute each notebook into OUT/notebooks, `workers` kernels at a time (each kernel is
    its own process, so two cores run two notebooks), and report each as it finishes."""
    out = resolve(output_dir)
    (out / "notebooks" / ".partial").mkdir(parents=True, exist_ok=True)
    jobs = []
    for path in paths:
        own = declared_parameters(path)
        params: dict[str, object] = {
            "corpus_dir": corpus_dir, "output_dir": output_dir, "tables_dir": f"{output_dir}/tables"
        }
        params.update({k: v for k, v in parameters.items() if k in own})
        jobs.append((path, out / "notebooks" / path.name, params))
    done: dict[str, NotebookResult] = {}
    futures: dict = {}
    _STOPPING.clear()
    queue = bar(len(jobs), "notebooks", "notebook", show_bar)
    pool = ThreadPoolExecutor(max_workers=max(1, workers))
    try:
        with _kernel_env(TABLES_FROM_RUN, "1"):
            futures = {pool.submit(_execute, *job): job[0] for job in jobs}
            for finished in as_completed(futures):
                outcome = finished.result()
                done[outcome.name] = outcome
                status = "ok" if outcome.ok else "FAILED at " + outcome.error
                queue.update()
                line = f"[{len(done)}/{len(jobs)}] {outcome.name}: {status} ({outcome.seconds:.1f}s)"
                if queue.disable:
                    progress(line)
                else:
                    queue.write(line)  # above the bar, which stays at the bottom
    except BaseException:  # Ctrl-C, or a kill turned into one: stop the queue and the kernels now
        _STOPPING.set()
        pool.shutdown(wait=False, cancel_futures=True)
        _kill_kernels()
        # Each thread ends once its kernel is gone, and then nothing writes. (A cancelled future
        # never counts as done for `wait`: no worker will pick it up to say so.)
        wait([future for future in futures if not future.cancelled()], timeout=STOP_SECONDS)
        raise
    finally:
        queue.close()
    pool.shutdown()
    shutil.rmtree(out / "notebooks" / ".partial", ignore_errors=True)
    return RunResult([done[path.stem] for path in paths])


@contextmanager
def _kernel_env(name: str, value: str):
    """An environment variable the kernels started meanwhile inherit, removed afterwards."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def _execute(path: Path, target: Path, params: dict) -> NotebookResult:
    """Run one notebook with papermill; a failure is recorded with its cell, never raised."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    error = ""
    # papermill saves the notebook as it goes; it saves to a name of its own, renamed over the
    # target once stripped, so the previous run's notebook is replaced, never rewritten in place.
    partial = target.parent / ".partial" / f"{os.getpid()}-{target.name}"  # hidden from the *.ipynb globs
    try:
        with tempfile.TemporaryDirectory(prefix="liaison-kernel-") as sockets:
            papermill.execute_notebook(
                str(path), str(partial), parameters=params, kernel_name=ensure_kernel(), progress_bar=False,
                cwd=str(REPO_ROOT), kernel_manager_class=_ipc_kernel_manager(Path(sockets) / "kernel"),
            )
    except PapermillExecutionError as failure:
        error = f"cell {failure.cell_index} (execution {failure.exec_count}): {failure.ename}: {failure.evalue}"
    except Exception as failure:  # a kernel that died, a notebook that is not JSON
        error = f"{type(failure).__name__}: {failure}"
    if _STOPPING.is_set():  # the run was interrupted: this notebook's output is not wanted
        partial.unlink(missing_ok=True)
    elif partial.exists():
        _strip_run_metadata(partial, target)
    return NotebookResult(path.stem, not error, time.perf_counter() - started, error)


def _ipc_kernel_manager(socket_prefix: Path) -> type:
    """A kernel manager that talks to its kernel over local sockets (IPC) under `socket_prefix`, not
    TCP: nothing listens on a network port, the kernel has no reason to warn that its traffic is
    unencrypted, and kernels running side by side each have their own folder of sockets."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            kwargs.update(transport="ipc", ip=str(socket_prefix))
            super().__init__(**kwargs)

        async def start_kernel(self, **kwargs):  # type: ignore[override]  # async in AsyncKernelManager
            await super().start_kernel(**kwargs)
            with _LOCK:
                _KERNELS.add(self)

        async def shutdown_kernel(self, now=False, restart=False):  # type: ignore[override]
            # A stopped run does not wait the seconds a polite shutdown of a killed kernel takes.
            await super().shutdown_kernel(now=now or _STOPPING.is_set(), restart=restart)

        async def _async_interrupt_kernel(self) -> None:
            # jupyter_client interrupts a kernel before shutting it down. A notebook's kernel is
            # shut down once the notebook has ended, idle, and the SIGINT only makes it print
            # "KeyboardInterrupt caught in kernel" on the user's terminal: skip it then.
            if not self.shutting_down:
                await super()._async_interrupt_kernel()

    return IPCKernelManager


# Kernels this process has started, so an interrupted run can stop them at once instead of
# waiting for each notebook to end (a kernel runs in its own session: Ctrl-C does not reach it).
_KERNELS: weakref.WeakSet = weakref.WeakSet()
_LOCK = threading.Lock()
_STOPPING = threading.Event()
STOP_SECONDS = 10  # at most this long for the notebooks' threads to end once their kernels are killed


def _kill_kernels() -> None:
    """Kill every kernel this process started that still runs (by its own process id)."""
    with _LOCK:
        kernels = list(_KERNELS)
    for manager in kernels:
        process = getattr(manager.provisioner, "process", None)
        if process is not None and process.poll() is None:
            process.kill()


def _strip_run_metadata(path: Path, target: Path) -> None:
    """Drop papermill's timestamps, durations, random ids and absolute paths from an executed
    notebook at `path`, and put the result at `target`."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    run = notebook.get("metadata", {}).get("papermill", {})
    notebook["metadata"]["papermill"] = {k: run[k] for k in ("parameters", "default_parameters") if k in run}
    for cell in notebook["cells"]:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"  # papermill gives the cell a random id each run
        cell.get("metadata", {}).pop("execution", None)
        if cell.get("outputs"):
            cell["outputs"] = _coalesce_streams(cell["outputs"])
        if "papermill" in cell.get("metadata", {}):
            cell["metadata"]["papermill"] = {
                k: v for k, v in cell["metadata"]["papermill"].items() if k in ("status", "exception")
            }
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(path, target)


def _coalesce_streams(outputs: list[dict]) -> list[dict]:
    """Join consecutive stdout (or stderr) chunks: how the kernel split them is timing, not content."""
    merged: list[dict] = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (output.get("output_type") == "stream" and previous and previous.get("output_type") == "stream"
                and previous.get("name") == output.get("name")):
            text = "".join(previous["text"]) + "".join(output["text"])
            previous["text"] = text.splitlines(keepends=True)
        else:
            merged.append(output)
    return merged

