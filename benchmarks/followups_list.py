"""Benchmark: how long GET /api/followups takes as the number of open follow-ups grows.

Seeds a temporary companion with N applications (5 thank-you follow-ups each) and prints the
median time of the listing over several runs, and each size's time per follow-up, so growth
can be compared within one run. Usage: python benchmarks/followups_list.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone

from companion.web.app import create_app
from companion.config import load_config
from companion.store.models import Application, Contact, FollowUp, Interview, database

START = datetime(2026, 12, 1, 14, tzinfo=timezone.utc)


def seeded_client(applications: int):
    app = create_app(load_config(tempfile.mkdtemp()))
    database.connect(reuse_if_open=True)
    with database.atomic():
        for number in range(applications):
            application = Application.create(company=f"Company {number}", title="Engineer", status="interviewing")
            contact = Contact.create(application=application, name=f"Person {number}", email=f"p{number}@c{number}.example")
            interview = Interview.create(application=application, start=START, end=START + timedelta(hours=1))
            for hour in range(5):
                FollowUp.create(key=f"bench/{number}/{hour}", kind="thank_you_email", application=application,
                                interview=interview, contact=contact, due=START + timedelta(hours=3 + hour))
    database.close()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}"}
    return lambda: client.get("/api/followups", headers=headers, base_url="http://127.0.0.1:8765")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"{'follow-ups':>10} {'median ms':>10} {'ms each':>8}")
    for applications in (20, 100, 200):
        fetch = seeded_client(applications)
        fetch()  # warm up templates and caches
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            response = fetch()
            times.append(time.perf_counter() - began)
        count = len(response.json["followups"])
        median = statistics.median(times) * 1000
        print(f"{count:>10} {median:>10.1f} {median / count:>8.3f}")


if __name__ == "__main__":
    main()
