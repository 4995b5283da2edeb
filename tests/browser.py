"""A page opened in headless Chromium over the DevTools protocol (the browser's own debugging
interface, spoken here with tornado's websocket client): console errors, uncaught exceptions,
failed loads, broken images and every link, and a screenshot. Used by tests/test_report_browser.py."""
import asyncio
import base64
import json
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--remote-debugging-port=0", "--window-size=1280,2000"]

CHECK_PAGE = """(() => ({
  brokenImages: Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src),
  images: document.images.length,
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
  // as the browser resolves a fragment: the decoded id, else the id as written
  missingAnchors: Array.from(document.querySelectorAll('a[href^="#"]'))
      .map(a => a.getAttribute('href').slice(1))
      .filter(id => id && !document.getElementById(decodeURIComponent(id)) && !document.getElementById(id)),
  external: Array.from(document.querySelectorAll('img[src],script[src],link[href],iframe[src]'))
      .map(e => e.src || e.href).filter(u => /^https?:/.test(u)),
  title: document.title,
}))()"""


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """One headless Chromium with a fresh profile in `profile`; `open(url)` reports on a page."""

    def __init__(self, profile: Path):
        self.profile = profile
        self.process = subprocess.Popen([chromium(), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.1)
        self.port = int(port_file.read_text().split()[0])

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def open(self, url: str, screenshot: Path) -> dict:
        return asyncio.run(self._open(url, screenshot))

    async def _open(self, url: str, screenshot: Path) -> dict:
        from tornado.websocket import websocket_connect

        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/json/new?about:blank", method="PUT")
        with urllib.request.urlopen(request, timeout=30) as response:
            target = json.loads(response.read())
        socket = await websocket_connect(target["webSocketDebuggerUrl"], max_message_size=64 * 1024 * 1024)
        errors: list[str] = []
        pending: dict[int, dict] = {}
        counter = iter(range(1, 10**6))

        async def call(method: str, **params) -> dict:
            ident = next(counter)
            socket.write_message(json.dumps({"id": ident, "method": method, "params": params}))
            while ident not in pending:
                message = json.loads(await asyncio.wait_for(socket.read_message(), 60))
                _collect(message, errors)
                if "id" in message:
                    pending[message["id"]] = message
                elif message.get("method") == "Page.loadEventFired":
                    pending[-1] = message
            reply = pending.pop(ident)
            if "error" in reply:
                raise RuntimeError(f"{method}: {reply['error']}")
            return reply.get("result", {})

        for domain in ("Page", "Runtime", "Log"):
            await call(f"{domain}.enable")
        await call("Page.navigate", url=url)
        while -1 not in pending:  # the load event: every image has loaded or failed
            message = json.loads(await asyncio.wait_for(socket.read_message(), 60))
            _collect(message, errors)
            if message.get("method") == "Page.loadEventFired":
                pending[-1] = message
        result = await call("Runtime.evaluate", expression=CHECK_PAGE, returnByValue=True)
        shot = await call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        socket.close()
        return {**result["result"]["value"], "errors": errors}


def _collect(message: dict, errors: list[str]) -> None:
    """Console errors, uncaught exceptions and failed loads (Chromium logs those as errors)."""
    method, params = message.get("method"), message.get("params", {})
    if method == "Runtime.exceptionThrown":
        errors.append(params["exceptionDetails"].get("text", "exception"))
    elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
        errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
    elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
        errors.append(f"{params['entry'].get('text')} {params['entry'].get('url', '')}".strip())
