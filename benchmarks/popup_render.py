"""How long the popup takes to draw its first screen with many pending follow-ups.

Seeds a fresh companion data directory with applications, interviews, contacts and N open
follow-ups (default 500), starts a real `interview-companion serve` on it, loads the popup
of the unpacked extension in Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium),
and reads the performance marks the popup sets itself:
  popup:start -> popup:data          loading through the service worker and the companion
  popup:data  -> popup:first-screen  rendering the first screen, painted (the target: under 100 ms)
  popup:data  -> popup:first-screen-built  of that, the script building it
  popup:data  -> popup:all-rows      every row built, in chunks after the first screen
  popup:start -> popup:last-seen-screen  the last-seen list drawn while fresh data loads
Each figure is the median of --runs page loads (min and max beside it). Each run opens the
popup twice: once with nothing seen before (the first three figures), and once more, when
the list seen last is drawn at once while the companion answers (the fourth).

    python benchmarks/popup_render.py [--follow-ups 500] [--runs 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from companion.config import load_config  # noqa: E402
from companion.store.db import open_database  # noqa: E402
from companion.store.models import Application, Contact, FollowUp, Interview  # noqa: E402
from seeding import CHROMIUM_PATH, browser_paired_with  # noqa: E402

sys.path.insert(0, str(REPO_ROOT / "tests"))
from processes import Companion, free_port  # noqa: E402  (the tests' one way to start a companion)

KINDS = ["thank_you_email", "linkedin_connect", "check_in_1", "prepare", "application_follow_up"]
COMPANIES = ["Initech", "Globex", "Umbrella", "Hooli", "Vandelay Industries", "Stark Industries", "Wayne Enterprises"]
PEOPLE = ["Dana Lee", "Sam Ortiz", "Priya Raman", "Jonas Berg", "Amara Okafor", "Wei Chen"]
FOLLOW_UPS_PER_APPLICATION = 5


def seed(data_dir: Path, count: int) -> None:
    """Write applications with interviews, interviewers and `count` open follow-ups, due from
    two weeks ago to two weeks ahead, straight into the companion's database."""
    database = open_database(load_config(data_dir))
    now = datetime.now(timezone.utc).replace(microsecond=0)
    spread = timedelta(days=28) / max(count, 1)
    with database.atomic():
        for number in range(count):
            if number % FOLLOW_UPS_PER_APPLICATION == 0:
                application = Application.create(
                    company=f"{COMPANIES[number % len(COMPANIES)]} {number // FOLLOW_UPS_PER_APPLICATION}",
                    title="Senior Front-end Engineer", status="interviewing")
                contact = Contact.create(application=application, name=PEOPLE[number % len(PEOPLE)],
                                         email=f"person{number}@example.com", kind="interviewer")
                interview = Interview.create(application=application, title="Technical interview",
                                             start=now - timedelta(days=2, hours=1), end=now - timedelta(days=2), zone="UTC")
            FollowUp.create(key=f"benchmark/{number}", kind=KINDS[number % len(KINDS)], application=application,
                            interview=interview, contact=contact, due=now - timedelta(days=14) + spread * number)
    database.close()


def open_follow_up_count(port: int, token: str) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/followups?status=open",
                                     headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return len(json.load(response)["followups"])


FRESH_MARKS = """() => {
    const at = (name) => performance.getEntriesByName(name)[0];
    const data = at("popup:data").startTime;
    return {
        load: data - at("popup:start").startTime,
        firstScreen: at("popup:first-screen").startTime - data,
        firstScreenBuilt: at("popup:first-screen-built").startTime - data,
        allRows: at("popup:all-rows").startTime - data,
        firstScreenRows: at("popup:all-rows").detail.firstRows,
    };
}"""
FRESH_DONE = """() => ["popup:first-screen", "popup:all-rows"].every((name) => performance.getEntriesByName(name).length)"""
LAST_SEEN_MARKS = """() => ({
    lastSeenScreen: performance.getEntriesByName("popup:last-seen-screen")[0].startTime
        - performance.getEntriesByName("popup:start")[0].startTime,
    redrawn: performance.getEntriesByName("popup:first-screen-built").length > 0,
})"""
LAST_SEEN_DONE = """() => ["popup:last-seen-screen", "popup:data"].every((name) => performance.getEntriesByName(name).length)
    && document.body.dataset.state !== 'last-seen'"""


def measure(port: int, token: str, runs: int, profile: Path) -> list[dict]:
    with sync_playwright() as driver:
        context, worker = browser_paired_with(driver, profile, port, token)
        popup_url = f"chrome-extension://{worker.url.split('/')[2]}/extension/popup/popup.html"
        page = context.new_page()
        page.set_viewport_size({"width": 380, "height": 600})
        results = []
        for _ in range(runs + 1):  # the first round warms caches up and is not counted
            # Nothing seen before: the popup waits for the companion, then renders.
            page.goto("about:blank")  # no popup left open to store its list again
            worker.evaluate("chrome.storage.local.remove(['popupLastSeen', 'popupLastSeenAt'])")
            page.goto(popup_url)
            page.wait_for_function(FRESH_DONE, timeout=30_000)
            fresh = page.evaluate(FRESH_MARKS)
            # Opened again: the list seen last is drawn before the companion answers.
            page.goto(popup_url)
            page.wait_for_function(LAST_SEEN_DONE, timeout=30_000)
            results.append({**fresh, **page.evaluate(LAST_SEEN_MARKS)})
        context.close()
        return results[1:]


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):7.1f} ms   (min {min(values):.1f}, max {max(values):.1f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--follow-ups", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="popup-bench-") as scratch:
        data_dir = Path(scratch) / "data"
        seed(data_dir, args.follow_ups)
        port = free_port()
        companion = Companion(data_dir, port)
        companion.start()
        token = companion.token
        try:
            shown = open_follow_up_count(port, token)
            if shown != args.follow_ups:
                raise SystemExit(f"the companion lists {shown} open follow-ups, not {args.follow_ups}")
            results = measure(port, token, args.runs, Path(scratch) / "profile")
        finally:
            companion.stop()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"Popup with {args.follow_ups} open follow-ups, {args.runs} loads, Chromium at {CHROMIUM_PATH}")
    print(f"  load through the worker and companion: {summary([r['load'] for r in results])}")
    print(f"  first screen rendered (target < 100):  {summary([r['firstScreen'] for r in results])}")
    print(f"    of which building it (script):       {summary([r['firstScreenBuilt'] for r in results])}")
    print(f"  every row built:                       {summary([r['allRows'] for r in results])}")
    print(f"  last-seen list on screen after open:   {summary([r['lastSeenScreen'] for r in results])}")
    print(f"  rows built for the first screen: {results[0]['firstScreenRows']}")
    redrawn = sum(r["redrawn"] for r in results)
    print(f"  reopened popups redrawn because fresh data differed from the last seen: {redrawn} of {len(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
