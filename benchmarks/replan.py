"""Benchmark: what re-planning costs with a year of applications. Seeds a temporary companion
with N applications (each with an interview and an interviewer), then times, through the API,
a change to one application (which re-plans only that one) and a change of a setting that
moves every rule (which re-plans all), beside the floor of the same request that changes
nothing to plan (a GET of one application). Prints JSON too, with --json.

Usage: python benchmarks/replan.py [--applications 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone

from companion.config import load_config
from companion.services import planning
from companion.store.models import Application, Contact, Interview, InterviewParticipant, database
from companion.web.app import create_app

START = datetime(2026, 12, 1, 14, tzinfo=timezone.utc)
TARGETS_MS = {"one_change": 20, "full_replan": 1000}  # issue 15's goals


def seeded(applications: int):
    app = create_app(load_config(tempfile.mkdtemp()))
    database.connect(reuse_if_open=True)
    with database.atomic():
        for number in range(applications):
            application = Application.create(company=f"Company {number}", title="Engineer", status="interviewing")
            contact = Contact.create(application=application, name=f"Person {number}", email=f"p{number}@c{number}.example")
            interview = Interview.create(application=application, start=START + timedelta(hours=number % 500),
                                         end=START + timedelta(hours=number % 500, minutes=45))
            InterviewParticipant.create(interview=interview, contact=contact)
        for application in Application.select():
            planning.replan(application)
    database.close()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}"}
    return client, headers


def median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        answer = call()
        times.append(time.perf_counter() - began)
        assert answer.status_code == 200, answer.json
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    client, headers = seeded(args.applications)
    base = {"headers": headers, "base_url": "http://127.0.0.1:8765"}
    floor = median_ms(lambda: client.get("/api/applications/1", **base), args.runs)
    notes = iter(range(10_000))
    one = median_ms(lambda: client.patch("/api/applications/1", json={"notes": f"note {next(notes)}"}, **base), args.runs)
    hours = iter([17, 18] * args.runs)
    full = median_ms(lambda: client.patch("/api/settings", json={"thank_you_same_day_at": f"{next(hours)}:00"}, **base),
                     max(1, args.runs // 2))
    figures = {"applications": args.applications, "floor_get_one_ms": round(floor, 1),
               "one_change_ms": round(one, 1), "full_replan_ms": round(full, 1)}
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{args.applications} applications")
    print(f"  one application changed:   {one:8.1f} ms  (floor, the same request reading: {floor:.1f} ms; "
          f"x{one / floor:.1f}; goal {TARGETS_MS['one_change']} ms)")
    print(f"  a setting moving every rule: {full:8.1f} ms  (goal {TARGETS_MS['full_replan']} ms)")


if __name__ == "__main__":
    main()
