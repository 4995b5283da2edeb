"""The runner's "liaison" kernel is this interpreter, whatever other "liaison" kernelspec is around."""
import json
import os
import sys

from jupyter_client import run_kernel
from liaison.workbook import kernel


def test_liaison_kernel_runs_this_interpreter(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    stale = elsewhere / "kernels" / "liaison"
    stale.mkdir(parents=True)
    (stale / "kernel.json").write_text(json.dumps({"argv": ["false", "{connection_file}"], "display_name": "stale",
                                                   "language": "python"}))
    monkeypatch.setattr(kernel, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setenv("JUPYTER_PATH", str(elsewhere))

    assert kernel.ensure_kernel() == kernel.ensure_kernel() == "liaison"
    assert os.environ["JUPYTER_PATH"].split(os.pathsep)[1:] == [str(elsewhere)]
    printed = []

    def collect(message):
        printed.append(message["content"].get("text", ""))

    with run_kernel(kernel_name="liaison") as client:
        client.execute_interactive("import sys; print(sys.executable)", timeout=30, output_hook=collect)
    assert "".join(printed).strip() == sys.executable
