"""`pip install .` gives a working `liaison` outside the repo, and the declared dependencies
cannot drift from the pinned environment.

The package is installed (not editable) into a fresh virtual environment without system site
packages. To stay fast and offline, that environment reaches the pinned dependencies through a
.pth file pointing at this interpreter's site-packages (and their Jupyter data files through
JUPYTER_PATH), so the import audit below is what shows the declared dependencies suffice: every
distribution the package's modules import must be in the closure of what its metadata requires.
"""
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
from pathlib import Path

import pandas as pd
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
BUILD_LEFTOVERS = (".git", ".venv", ".cache", "build", "*.egg-info", "__pycache__", "outputs")

# Run by the installed interpreter: where the package put things, and which distributions its
# modules import that its declared requirements (followed transitively) do not bring.
PROBE = """
import importlib, json, pkgutil, sys
from importlib import metadata

import liaison
from liaison import paths

for module in pkgutil.walk_packages(liaison.__path__, "liaison."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
imported = {name.split(".")[0] for name, module in list(sys.modules.items()) if module is not None}

import pandas as pd
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

closure, todo = set(), ["liaison"]
while todo:
    name = canonicalize_name(todo.pop())
    if name not in closure:
        closure.add(name)
        for text in metadata.requires(name) or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
owners = metadata.packages_distributions()
# pyarrow imports cloudpickle whenever it is installed (here: brought by the cluster extra).
optional = {"cloudpickle"}
undeclared = {canonicalize_name(d) for top in imported for d in owners.get(top, [])} - closure - optional
print(json.dumps({
    "package": str(paths.PACKAGE_DIR), "in_checkout": paths.IN_CHECKOUT, "seeds": str(paths.SEEDS_DIR),
    "notebooks": str(paths.NOTEBOOKS_DIR), "outputs": str(paths.OUTPUTS_DIR), "cache": str(paths.CACHE_DIR),
    "undeclared": sorted(undeclared),
}))
"""


def _names(folder: Path, pattern: str) -> list[str]:
    return sorted(p.name for p in folder.glob(pattern))


def _run(*command, **options) -> str:
    """Run a command; on failure the assertion shows what it printed."""
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True, **options)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_installed_package_runs_outside_the_repo(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*BUILD_LEFTOVERS))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").strip())
    pinned = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "pinned-dependencies.pth").write_text("\n".join(sorted(pinned)) + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--disable-pip-version-check",
         "--no-deps", "--no-build-isolation", source)

    work, cache = tmp_path / "elsewhere", tmp_path / "user-cache"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["LIAISON_CACHE_DIR"] = str(cache)
    # The pinned packages' data files (nbconvert's templates) stay in this environment's share/.
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    probe = json.loads(_run(python, "-c", PROBE, cwd=work, env=env))
    package = Path(probe["package"])
    assert package.is_relative_to(site) and not probe["in_checkout"]
    assert probe["undeclared"] == []
    assert Path(probe["seeds"]) == package / "seeds" and Path(probe["notebooks"]) == package / "notebooks"
    assert Path(probe["outputs"]) == work / "liaison-outputs"
    assert Path(probe["cache"]) == cache
    assert _names(package / "notebooks", "*.ipynb") == _names(REPO / "notebooks", "*.ipynb") != []
    assert _names(package / "seeds", "*") == _names(REPO / "seeds", "*") != []
    assert _names(package / "data", "*.csv") == _names(REPO / "lib" / "liaison" / "data", "*.csv") != []
    packages = {p.parent.relative_to(REPO / "lib") for p in (REPO / "lib" / "liaison").rglob("__init__.py")}
    assert packages == {p.parent.relative_to(site) for p in package.rglob("__init__.py")}

    liaison = env_dir / "bin" / "liaison"
    _run(liaison, "extract", "--out", "tables-here", cwd=work, env=env)
    documents = pd.read_csv(work / "tables-here" / "tables" / "documents.csv", dtype=str, keep_default_na=False)
    assert list(documents.doc_id) == [p.stem for p in sorted((REPO / "seeds").glob("*.txt"))]  # the 5 bundled seeds
    assert any((cache / "extract").glob("*/*/documents.parquet")), (
        "extraction cache not written under LIAISON_CACHE_DIR"
    )
    assert not (work / ".cache").exists() and not (package / ".cache").exists()

    _run(liaison, "run", "--out", "run-here", "--only", "00_corpus", cwd=work, env=env)
    assert (work / "run-here" / "notebooks" / "00_corpus.ipynb").is_file()
    assert (work / "run-here" / "tables" / "corpus_documents.csv").is_file()


def test_declared_dependencies_match_requirements_and_pins():
    """pyproject.toml names what the package needs (ranges), requirements.txt pins the same names
    for the dev environment, constraints.txt pins them and everything they bring: all three agree."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    declared = [
        Requirement(text)
        for text in [*project["project"]["dependencies"], *project["build-system"]["requires"],
                     *(r for extra in project["project"]["optional-dependencies"].values() for r in extra)]
    ]
    required = {
        canonicalize_name(r.name): r.specifier
        for r in (Requirement(line.split("#")[0]) for line in (REPO / "requirements.txt").read_text(encoding="utf-8")
                  .splitlines() if line.split("#")[0].strip())
    }
    pins = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        name, version = line.split("==")
        pins[canonicalize_name(name)] = Version(version)
    assert {canonicalize_name(r.name) for r in declared} == set(required)
    for requirement in declared:
        pin = pins.get(canonicalize_name(requirement.name))
        assert pin is not None and requirement.specifier.contains(pin), f"{requirement} vs pin {pin}"
        assert str(required[canonicalize_name(requirement.name)]) == f"=={pin}", f"requirements.txt vs pin {pin}"
