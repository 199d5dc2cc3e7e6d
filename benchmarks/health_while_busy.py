"""Benchmark: does a long read hold other requests up? With N applications, a real companion
(`python -m companion serve`) lists every follow-up over and over (the longest read there is)
while /api/health is asked every 20 ms; its answer times are printed beside the floor, the same
question asked of the idle companion in the same run. Goal (issue 15): /api/health answers in
<= 10 ms while a listing runs (reads take no write lock, so nothing waits on a lock: what is left
is sharing the processor). Usage: python benchmarks/health_while_busy.py [--applications 5000]
[--seconds 10] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from seeding import companion_with, p95

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from processes import Companion, free_port  # noqa: E402  (the tests' way to start a companion)

GOAL_MS = 10


def ask(url: str, token: str | None = None) -> float:
    """Milliseconds to the whole answer."""
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    began = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as answer:
        answer.read()
    return (time.perf_counter() - began) * 1000


def health_times(base: str, seconds: float) -> list[float]:
    times, until = [], time.monotonic() + seconds
    while time.monotonic() < until:
        times.append(ask(f"{base}/api/health"))
        time.sleep(0.02)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp()) / "data"
    companion_with(args.applications, data_dir=data_dir, planned=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = Companion(data_dir, port)
    server.start()
    token = server.token
    try:
        idle = health_times(base, min(args.seconds, 3))
        listings: list[float] = []
        stop = threading.Event()

        def list_everything() -> None:
            while not stop.is_set():
                listings.append(ask(f"{base}/api/followups?status=all", token))

        lister = threading.Thread(target=list_everything)
        lister.start()
        time.sleep(0.5)  # the first listing is under way
        busy = health_times(base, args.seconds)
        stop.set()
        lister.join()
    finally:
        server.stop()
    figures = {"applications": args.applications, "listings": len(listings),
               "listing_ms": round(statistics.median(listings), 1),
               "health_busy_p50_ms": round(statistics.median(busy), 1), "health_busy_p95_ms": round(p95(busy), 1),
               "health_idle_p50_ms": round(statistics.median(idle), 1), "health_idle_p95_ms": round(p95(idle), 1)}
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{args.applications} applications; every follow-up listed {len(listings)} times meanwhile "
          f"({figures['listing_ms']:.0f} ms each)")
    print(f"  /api/health while listing: p50 {figures['health_busy_p50_ms']:.1f} ms, p95 {figures['health_busy_p95_ms']:.1f} ms"
          f"  (floor, the idle companion: p50 {figures['health_idle_p50_ms']:.1f} ms, p95 {figures['health_idle_p95_ms']:.1f} ms;"
          f" goal {GOAL_MS} ms)")


if __name__ == "__main__":
    main()
