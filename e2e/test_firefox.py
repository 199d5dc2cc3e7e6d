"""The same extension in Firefox ESR (Debian's firefox-esr), as its Firefox package: it passes
web-ext's lint with no error or warning, and a job page captured with the in-page button becomes
the application in a real companion, paired through the installed companion's native host with
nothing typed; "I applied" plans its follow-up, which the extension's applications page and
popup show.

Driven by e2e/firefox/capture_in_firefox.mjs (puppeteer-core over WebDriver BiDi, which drives
the installed Firefox; nothing is downloaded). `npm ci` in e2e/firefox installs it and web-ext."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from capture_helpers import CORPUS_PAGES
from extension_pages import ARTIFACTS, REPO_ROOT
from companion.desktop import native_host
from companion.desktop.autostart import Launch

FIREFOX = os.environ.get("FIREFOX_PATH", "/usr/bin/firefox-esr")
DRIVER = REPO_ROOT / "e2e" / "firefox"
PAGE_URL = "https://boards.greenhouse.io/anthropic/jobs/4182383008"


@pytest.fixture(scope="module")
def firefox_package(tmp_path_factory) -> Path:
    """The Firefox zip that scripts/package_extension.py builds, unpacked."""
    if not Path(FIREFOX).exists():
        raise RuntimeError(f"Firefox not found at {FIREFOX}: install Debian's firefox-esr or set FIREFOX_PATH")
    if not (DRIVER / "node_modules" / "puppeteer-core").is_dir():
        raise RuntimeError("puppeteer-core and web-ext are not installed: run `npm ci --prefix e2e/firefox` (scripts/test does)")
    built = tmp_path_factory.mktemp("package")
    subprocess.run([sys.executable, "scripts/package_extension.py", "--output-dir", str(built)], cwd=REPO_ROOT,
                   check=True, capture_output=True)
    unpacked = built / "firefox"
    with zipfile.ZipFile(built / "interview-follow-up-firefox.zip") as archive:
        archive.extractall(unpacked)
    return unpacked


def test_the_firefox_package_passes_web_ext_lint(firefox_package):
    linted = subprocess.run(["npx", "--no-install", "web-ext", "lint", "--source-dir", str(firefox_package), "--output", "json"],
                            cwd=DRIVER, capture_output=True, text=True, timeout=300)
    report = json.loads(linted.stdout)
    assert (report["errors"], report["warnings"]) == ([], [])


@pytest.mark.corpus
def test_a_job_page_captured_in_firefox_reaches_the_companion_paired_by_its_native_host(
        firefox_package, fresh_companion, tmp_path):
    home = tmp_path / "home"
    launcher = native_host.launcher(Launch(sys.executable, str(fresh_companion.data_dir), fresh_companion.port), tmp_path)
    launcher.path.write_bytes(launcher.content)
    launcher.path.chmod(0o755)
    hosts = home / ".mozilla" / "native-messaging-hosts"  # where `install` registers it for Firefox
    hosts.mkdir(parents=True)
    (hosts / f"{native_host.HOST_NAME}.json").write_bytes(native_host.host_manifest("firefox", launcher.path))
    ARTIFACTS.mkdir(exist_ok=True)

    driven = subprocess.run(["node", "capture_in_firefox.mjs"], cwd=DRIVER, capture_output=True, text=True, timeout=240,
                            env={**os.environ, "FIREFOX_PATH": FIREFOX, "EXTENSION_DIR": str(firefox_package),
                                 "HOME": str(home), "PAGE_URL": PAGE_URL,
                                 "PAGE_FILE": str(CORPUS_PAGES / "greenhouse_classic_anthropic.html"),
                                 "ARTIFACTS": str(ARTIFACTS)})
    assert driven.returncode == 0, driven.stderr[-3000:]
    seen = json.loads(driven.stdout.strip().splitlines()[-1])

    title = "Machine Learning Systems Engineer, RL Engineering"
    assert seen["label"] == "Track this job"
    assert f"Tracked: {title} at Anthropic" in seen["panelText"]
    assert seen["trackedText"].startswith("Tracked · Applied · next: Follow up on your application, ")
    [application] = fresh_companion.applications_from("4182383008")
    assert (application["company"], application["title"], application["status"]) == ("Anthropic", title, "applied")
    assert seen["applicationsUrl"].startswith("moz-extension://")
    assert seen["applicationsUrl"].endswith(f"/extension/pages/applications.html#application-{application['id']}")
    assert title in seen["applicationsText"] and "Anthropic" in seen["applicationsText"]
    assert "Follow up on your application" in seen["popupText"] and "Anthropic" in seen["popupText"]
