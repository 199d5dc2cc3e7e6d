"""Benchmark: the companion's cold start and idle memory with a year of applications.

Seeds a data directory with N applications (their follow-ups planned), then starts
`python -m companion serve` on it several times and times the first answer of /api/health,
beside the floor of starting the same Python with nothing to do; then reads the running
companion's resident memory after it has idled. Goals (issue 15): first answer <= 1 s, idle
RSS <= 60 MB. Usage: python benchmarks/cold_start.py [--applications 5000] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from seeding import companion_with

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from processes import free_port  # noqa: E402  (the tests' one way to find a free port)

GOALS = {"first_answer_ms": 1000, "idle_rss_mb": 60}


def first_answer(data_dir: str) -> tuple[float, subprocess.Popen]:
    """Milliseconds from starting the process to its first /api/health answer, and the process."""
    port = free_port()
    began = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "companion", "serve", "--data-dir", data_dir, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1) as answer:
                if answer.status == 200:
                    return (time.perf_counter() - began) * 1000, process
        except OSError:
            if process.poll() is not None:
                raise RuntimeError("the companion stopped before answering") from None
            time.sleep(0.005)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bare_python_ms() -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return (time.perf_counter() - began) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp()
    companion_with(args.applications, data_dir=data_dir, planned=True)
    starts, rss = [], 0.0
    for run in range(args.runs):
        elapsed, process = first_answer(data_dir)
        starts.append(elapsed)
        if run == args.runs - 1:
            time.sleep(3)  # idle: the day's backup made, nothing asked
            rss = rss_mb(process.pid)
        process.terminate()
        process.wait(timeout=10)
    floor = statistics.median(bare_python_ms() for _ in range(args.runs))
    figures = {"applications": args.applications, "first_answer_ms": round(statistics.median(starts), 1),
               "bare_python_ms": round(floor, 1), "idle_rss_mb": round(rss, 1)}
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{args.applications} applications")
    print(f"  first answer:  {figures['first_answer_ms']:7.1f} ms  (floor, Python starting with nothing to do: "
          f"{floor:.1f} ms; goal {GOALS['first_answer_ms']} ms)")
    print(f"  idle memory:   {rss:7.1f} MB  (goal {GOALS['idle_rss_mb']} MB)")


if __name__ == "__main__":
    main()
