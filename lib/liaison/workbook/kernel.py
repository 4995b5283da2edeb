"""The Jupyter kernel the runner executes notebooks with: "liaison", this very interpreter.

papermill finds kernels by name through Jupyter's search path. The default "python3" resolves to
whichever kernelspec comes first on that path, which on a machine with other Jupyter installs can
be another Python without liaison or its pinned packages. `tasks.py` installs a "liaison"
kernelspec into .venv for JupyterLab, but the runner cannot count on that (a `pip install .`
elsewhere has none), so it writes its own spec pointing at sys.executable into the cache and puts
that folder first on JUPYTER_PATH for this process and the kernels it starts.
"""
import hashlib
import json
import os
import sys
import tempfile

from liaison.paths import CACHE_DIR

KERNEL_NAME = "liaison"


def ensure_kernel() -> str:
    """Make a kernelspec named "liaison" that runs sys.executable visible to papermill; return its name.

    Each interpreter gets its own folder, so a checkout's .venv and an installed copy sharing one
    cache never point each other's kernel at the wrong Python. Safe to call from several threads:
    the spec is written whole (temporary file, then rename) and only when it differs.
    """
    root = CACHE_DIR / "jupyter" / hashlib.sha256(sys.executable.encode()).hexdigest()[:16]
    spec_dir = root / "kernels" / KERNEL_NAME
    spec = json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python (liaison)",
        "language": "python",
    }, indent=1) + "\n"
    target = spec_dir / "kernel.json"
    if not target.is_file() or target.read_text(encoding="utf-8") != spec:
        spec_dir.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(dir=spec_dir, prefix="kernel.json.")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(spec)
        os.replace(partial, target)
    entries = [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
    if str(root) not in entries:
        os.environ["JUPYTER_PATH"] = os.pathsep.join([str(root), *entries])
    return KERNEL_NAME
