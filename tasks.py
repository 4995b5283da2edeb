"""The README's two commands: set up a virtual environment from the repo's own files, then run.

    python3 tasks.py run    # the workbook on seeds/, writing outputs/
    python3 tasks.py test   # ruff, then mypy, then the whole test suite (library, papermill runs,
                            # nbval on outputs/); extra arguments go to pytest

Uses only the standard library so it works on a machine with nothing but Python 3.11 and pip.
The environment is rebuilt only when requirements.txt, constraints.txt or pyproject.toml change.
"""
import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".liaison-install-stamp"
INPUTS = ("requirements.txt", "constraints.txt", "pyproject.toml")


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_environment() -> None:
    """Create .venv, install the pinned requirements and the liaison package (editable, built with
    the pinned setuptools rather than one fetched per build), and register the "liaison" Jupyter
    kernel so JupyterLab offers this environment by name."""
    if not PYTHON.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if STAMP.exists() and STAMP.read_text() == _fingerprint():
        return
    print("installing pinned requirements (first run only)", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run(pip + ["-r", "requirements.txt", "-c", "constraints.txt"], cwd=ROOT, check=True)
    subprocess.run(pip + ["--no-deps", "--no-build-isolation", "-e", "."], cwd=ROOT, check=True)
    kernel = ["-m", "ipykernel", "install", "--sys-prefix", "--name", "liaison", "--display-name", "Python (liaison)"]
    subprocess.run([str(PYTHON), *kernel], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    STAMP.write_text(_fingerprint())


def _steps(name: str, extra: list[str]) -> list[tuple[str, list[str]]]:
    """A command's steps as (label, arguments to the environment's Python), run in order; the
    command's extra arguments go to its last step."""
    if name == "run":
        return [("run", ["-m", "liaison", "run", *extra])]
    # Lint and type-check first: they take seconds, the test suite takes minutes.
    return [
        ("ruff", ["-m", "ruff", "check", "."]),
        ("mypy", ["-m", "mypy"]),
        ("pytest", ["-m", "pytest", *extra]),
    ]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    ensure_environment()
    for label, args in _steps(argv[0], argv[1:]):
        code = subprocess.run([str(PYTHON), *args], cwd=ROOT).returncode
        if code != 0:
            if argv[0] == "test":
                print(f"tasks.py test: step '{label}' failed (exit code {code})", file=sys.stderr, flush=True)
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
