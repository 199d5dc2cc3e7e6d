"""Benchmark: how long GET /api/followups takes as the number of open follow-ups grows, whole
and as the popup asks for it (its first page).

Seeds a temporary companion with N applications (5 thank-you follow-ups each) and prints the
median time of the whole listing and of the first page over several runs, and the whole
listing's time per follow-up, so growth can be compared within one run.
Usage: python benchmarks/followups_list.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import timedelta

from seeding import START, companion_with

from companion.store.models import FollowUp
FIRST_PAGE = 50  # extension/shared/open-followups.js: FIRST_PAGE


def seeded_client(applications: int):
    def five_thank_yous(number, application, contact, interview):
        for hour in range(5):
            FollowUp.create(key=f"bench/{number}/{hour}", kind="thank_you_email", application=application,
                            interview=interview, contact=contact, due=START + timedelta(hours=3 + hour))

    client, options = companion_with(applications, five_thank_yous)
    return lambda query="": client.get(f"/api/followups{query}", **options)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"{'follow-ups':>10} {'all, ms':>10} {'ms each':>8} {'first page, ms':>15}")
    for applications in (20, 100, 200, 1000):
        fetch = seeded_client(applications)
        fetch()  # warm up templates and caches
        whole, count = timed(fetch, "", runs)
        page, _ = timed(fetch, f"?status=open&limit={FIRST_PAGE}", runs)
        print(f"{count:>10} {whole:>10.1f} {whole / count:>8.3f} {page:>15.1f}")


def timed(fetch, query: str, runs: int) -> tuple[float, int]:
    """The median time in ms of `runs` requests, and how many follow-ups the answer held."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        response = fetch(query)
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000, len(response.json["followups"])


if __name__ == "__main__":
    main()
