"""Headless Chromium for the browser tests: where it is (skipped without it, except in CI) and a page driven over
the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages ended by NUL on file descriptors 3 and 4)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    """The Chromium command; the test is skipped without it (failed under CI, where .ci/run installs it)."""
    browser = CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium")
    if browser is None:
        message = f"headless Chromium is not installed ({CHROMIUM} missing); apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: in CI .ci/run installs it, so the browser test must run")
        pytest.skip(message)
    return browser


class Page:
    """One page in a headless Chromium of its own, for evaluating JavaScript in it once its scripts have run."""

    def __init__(self, url: str, profile: Path, *flags: str) -> None:
        self._from_browser, browser_out = os.pipe()
        browser_in, self._to_browser = os.pipe()

        def on_fds_3_and_4() -> None:  # dup first: dup2 onto the same number would keep close-on-exec
            reads, writes = os.dup(browser_in), os.dup(browser_out)
            os.dup2(reads, 3)
            os.dup2(writes, 4)

        self._process = subprocess.Popen([chromium(), *HEADLESS, "--remote-debugging-pipe", *flags,
                                          f"--user-data-dir={profile}", "about:blank"], close_fds=False,
                                         preexec_fn=on_fds_3_and_4, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
        os.close(browser_in)
        os.close(browser_out)
        self._received, self._sent = b"", 0
        target = self._call("Target.createTarget", {"url": url})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def _call(self, method: str, params: dict[str, Any], session: str | None = None) -> dict[str, Any]:
        self._sent += 1
        message = {"id": self._sent, "method": method, "params": params, **({"sessionId": session} if session else {})}
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._received:
                chunk = os.read(self._from_browser, 1 << 16)
                if not chunk:
                    raise RuntimeError(f"Chromium closed the pipe during {method}")
                self._received += chunk
            raw, _, self._received = self._received.partition(b"\0")
            reply = json.loads(raw)
            if reply.get("id") == self._sent:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def evaluate(self, expression: str) -> Any:
        result = self._call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, self._session)
        return result["result"].get("value")

    def wait_for(self, expression: str, seconds: float = 30.0) -> Any:
        """The value of `expression` once it is truthy; fails the test after `seconds`."""
        deadline = time.monotonic() + seconds
        while not (value := self.evaluate(expression)):
            if time.monotonic() > deadline:
                pytest.fail(f"after {seconds:g} s the page still gives no value for {expression}")
            time.sleep(0.2)
        return value

    def close(self) -> None:
        self._process.kill()
        self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
