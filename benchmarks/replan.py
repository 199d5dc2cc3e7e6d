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
import time

from seeding import companion_with

TARGETS_MS = {"one_change": 20, "full_replan": 1000}  # issue 15's goals


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
    client, base = companion_with(args.applications, planned=True)
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
