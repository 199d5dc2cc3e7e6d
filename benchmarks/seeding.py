"""A temporary companion holding a number of applications, for the benchmarks that measure it
with a year of data: each application has an interviewer and an interview (spread over three
weeks), and `extra(number, application, contact, interview)` may add rows of its own; `planned`
plans their follow-ups, the interviewer taking part, as the user would find them.
`browser_paired_with` opens Debian's Chromium with the unpacked extension, paired with a real
companion process (tests/processes.py's `Companion`); `p95` is the benchmarks' percentile."""

from __future__ import annotations

import os
import statistics
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from companion.config import load_config
from companion.services import planning
from companion.store.models import Application, Contact, Interview, InterviewParticipant, database
from companion.web.app import create_app

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
START = datetime(2026, 12, 1, 14, tzinfo=timezone.utc)
BASE_URL = "http://127.0.0.1:8765"  # what the companion's Host check accepts


def companion_with(applications: int, extra=None, data_dir: str | None = None, planned: bool = False):
    """(a paired test client, its request options) for a new companion holding `applications`
    (in `data_dir`, else a new temporary folder)."""
    app = create_app(load_config(data_dir or tempfile.mkdtemp()))
    database.connect(reuse_if_open=True)
    with database.atomic():
        for number in range(applications):
            application = Application.create(company=f"Company {number}", title="Engineer", status="interviewing")
            contact = Contact.create(application=application, name=f"Person {number}", email=f"p{number}@c{number}.example")
            start = START + timedelta(hours=number % 500)
            interview = Interview.create(application=application, start=start, end=start + timedelta(minutes=45))
            if planned:
                InterviewParticipant.create(interview=interview, contact=contact)
            if extra is not None:
                extra(number, application, contact, interview)
        if planned:
            for application in Application.select():
                planning.replan(application)
    database.close()
    options = {"headers": {"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}"}, "base_url": BASE_URL}
    return app.test_client(), options


def p95(values: list[float]) -> float:
    """The 95th percentile (the largest value when there are fewer than 20)."""
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def browser_paired_with(driver, profile: Path | str, port: int, token: str):
    """(a headless Chromium context with the unpacked extension, the extension's service worker),
    the extension paired with the companion on `port`. `driver` is a started sync_playwright()."""
    root = Path(__file__).resolve().parent.parent
    context = driver.chromium.launch_persistent_context(
        user_data_dir=profile, executable_path=CHROMIUM_PATH, headless=True,
        args=[f"--disable-extensions-except={root}", f"--load-extension={root}", "--no-sandbox", "--disable-gpu",
              "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"])
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    worker.evaluate("([url, token]) => chrome.storage.local.set({companionUrl: url, token})", [f"http://127.0.0.1:{port}", token])
    return context, worker
