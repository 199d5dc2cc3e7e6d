"""Ports and processes of the companions tests and benchmarks start: a free loopback port to
start one on, a real `serve` process (`Companion`), and stopping those the native host started
(they outlive the host on purpose, so they are found by their command line, read from /proc: no
pgrep needed)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 20


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stop_companions_of(data_dir: Path) -> None:
    """SIGTERM every `serve` process whose command line names this data directory."""
    wanted = str(data_dir).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if b"serve" in arguments and wanted in arguments:
            try:
                os.kill(int(entry.name), signal.SIGTERM)
            except ProcessLookupError:
                pass


class Companion:
    """A real `interview-companion serve` process that can be stopped and started again on
    the same port and data directory (as a user would restart it)."""

    def __init__(self, data_dir: Path, port: int):
        self.data_dir = data_dir
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None
        self.log_path = data_dir.parent / f"companion-{port}.log"
        self.token = ""

    def _cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "companion", *args, "--data-dir", str(self.data_dir)]

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self._cli("serve", "--port", str(self.port)), cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the companion exited at start:\n{self.log_path.read_text()}")
            try:
                status, _ = self.request("GET", "/api/health")
                if status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            self.stop()
            raise RuntimeError(f"the companion did not answer within {STARTUP_SECONDS}s:\n{self.log_path.read_text()}")
        self.token = self._read_token()

    def _read_token(self) -> str:
        shown = subprocess.run(self._cli("token", "--json"), cwd=REPO_ROOT, capture_output=True, text=True, check=True)
        return json.loads(shown.stdout)["token"]

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def request(self, method: str, path: str, body: dict | None = None, token: str | None = None):
        """Calls the API as the extension would; returns (status, parsed JSON body)."""
        headers = {"Content-Type": "application/json"}
        if token or self.token:
            headers["Authorization"] = f"Bearer {token or self.token}"
        data = None if body is None else json.dumps(body).encode()
        call = urllib.request.Request(self.base_url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(call, timeout=10) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def get(self, path: str):
        status, body = self.request("GET", path)
        assert status == 200, f"GET {path} answered {status}: {body}"
        return body

    def captures_of(self, url: str) -> list[dict]:
        return [capture for capture in self.get("/api/captures")["captures"] if capture["url"] == url]

    def applications_from(self, job_url_part: str) -> list[dict]:
        return [app for app in self.get("/api/applications")["applications"] if job_url_part in (app["job_url"] or "")]

    def wait_for(self, probe, what: str, seconds: float = 30):
        """Polls probe() until it returns something truthy (the companion works asynchronously
        from the browser's point of view)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = probe()
            if found:
                return found
            time.sleep(0.2)
        raise AssertionError(f"the companion never got {what} within {seconds}s")
