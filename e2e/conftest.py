"""Fixtures for the browser tests: a real companion process on a free port with its own data
directory, Debian's Chromium with the real extension loaded from the repository, and the
pairing between the two. Nothing is mocked between the click and the database.

Chromium comes from CHROMIUM_PATH (default /usr/bin/chromium); Playwright never downloads one.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from capture_helpers import pair
from processes import Companion, free_port

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


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
