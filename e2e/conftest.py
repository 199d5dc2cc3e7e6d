"""Fixtures for the browser tests: a real companion process on a free port with its own data
directory, Debian's Chromium with the real extension loaded from the repository, and the
pairing between the two. Nothing is mocked between the click and the database.

Chromium comes from CHROMIUM_PATH (default /usr/bin/chromium); Playwright never downloads one.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from capture_helpers import pair
from processes import free_port

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
STARTUP_SECONDS = 20


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


@pytest.fixture
def closed_port_url() -> str:
    """A companion address where nothing listens."""
    return f"http://127.0.0.1:{free_port()}"


def _running_companion(tmp_path_factory) -> Companion:
    companion = Companion(tmp_path_factory.mktemp("companion") / "data", free_port())
    companion.start()
    return companion


@pytest.fixture(scope="module")
def companion(tmp_path_factory):
    """One companion per test module; tests tell their data apart by URL."""
    running = _running_companion(tmp_path_factory)
    yield running
    running.stop()


@pytest.fixture
def fresh_companion(tmp_path_factory):
    """A companion of the test's own, for tests that stop and start it or count everything."""
    running = _running_companion(tmp_path_factory)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def playwright_driver():
    if not Path(CHROMIUM_PATH).exists():
        raise RuntimeError(f"Chromium not found at {CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture
def browser_context(playwright_driver, tmp_path):
    """Chromium with the extension from the repository root, on a fresh profile. Requests to
    the outside are refused (there is no network); tests serve saved pages with route()."""
    context = playwright_driver.chromium.launch_persistent_context(
        user_data_dir=tmp_path / "profile",
        executable_path=CHROMIUM_PATH,
        headless=True,
        locale="en-US",
        timezone_id="UTC",  # the same on every machine, whatever its own zone
        args=[
            f"--disable-extensions-except={REPO_ROOT}",
            f"--load-extension={REPO_ROOT}",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    )
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), lambda route: route.abort())
    yield context
    context.close()


@pytest.fixture
def service_worker(browser_context):
    return browser_context.service_workers[0] if browser_context.service_workers else browser_context.wait_for_event("serviceworker")


@pytest.fixture
def extension_id(service_worker) -> str:
    return service_worker.url.split("/")[2]


@pytest.fixture
def extension_url(extension_id):
    """The address of one of the extension's pages, e.g. extension_url("options/options.html")."""
    return lambda page: f"chrome-extension://{extension_id}/extension/{page}"


@pytest.fixture
def paired(service_worker, companion):
    """The extension paired with the module's companion."""
    return pair(service_worker, companion)
