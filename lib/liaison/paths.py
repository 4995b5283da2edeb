"""Where things live. Every path a user passes is resolved from the repo root, never from the
notebook's folder, so notebooks, tests and the command line agree on what "seeds" means."""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_ROOT = PACKAGE_DIR.parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"
OUTPUTS_DIR = REPO_ROOT / "outputs"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"


def resolve(path: str | Path) -> Path:
    """An absolute path as given, or a relative one taken from the repo root."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path)
