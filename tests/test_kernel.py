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


def test_a_finished_notebooks_kernel_is_shut_down_without_an_interrupt(tmp_path, monkeypatch):
    # jupyter_client sends SIGINT before a shutdown; an idle kernel then prints "KeyboardInterrupt caught in
    # kernel" on the user's terminal. The runner's manager interrupts only a kernel that is not shutting down.
    import asyncio

    from jupyter_client.manager import AsyncKernelManager
    from liaison.workbook.runner import _ipc_kernel_manager

    interrupted = []

    async def interrupt(self):
        interrupted.append(self.shutting_down)

    monkeypatch.setattr(AsyncKernelManager, "_async_interrupt_kernel", interrupt)
    manager = _ipc_kernel_manager(tmp_path)()
    for shutting_down in (False, True):
        manager.shutting_down = shutting_down
        asyncio.run(manager._async_interrupt_kernel())
    assert interrupted == [False]
