"""Where things live, in a checkout of the repo and in an installed package.

In a checkout (lib/liaison two levels below pyproject.toml, as with `pip install -e .` or
PYTHONPATH=lib) the notebooks, seeds and outputs are the repo's own folders, and a relative path
given in Python or a notebook is taken from the repo root, never from the notebook's folder, so
notebooks and tests agree on what "seeds" means (the command line takes paths from the current
folder, as shells do, and hands the notebooks absolute or repo-relative ones).

Installed (`pip install .`), there is no repo: the notebooks and seeds ship inside the package,
relative paths are taken from the current folder, and the default output folder is
./liaison-outputs there, so nothing is ever written into site-packages.

The extraction cache is the user's, in either case: $LIAISON_CACHE_DIR, else
$XDG_CACHE_HOME/liaison, else ~/.cache/liaison.
"""
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
IN_CHECKOUT = (PACKAGE_DIR.parent.parent / "pyproject.toml").is_file()

# Where relative paths are taken from (the runner also starts kernels here). The name stays
# REPO_ROOT because in a checkout that is what it is; installed, it is the current folder.
REPO_ROOT = PACKAGE_DIR.parent.parent if IN_CHECKOUT else Path.cwd()
_BUNDLE = REPO_ROOT if IN_CHECKOUT else PACKAGE_DIR
SEEDS_DIR = _BUNDLE / "seeds"
NOTEBOOKS_DIR = _BUNDLE / "notebooks"
OUTPUTS_DIR = REPO_ROOT / ("outputs" if IN_CHECKOUT else "liaison-outputs")
CACHE_DIR = Path(
    os.environ.get("LIAISON_CACHE_DIR")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "liaison"
).expanduser()


def resolve(path: str | Path) -> Path:
    """An absolute path as given, or a relative one taken from REPO_ROOT."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path)
