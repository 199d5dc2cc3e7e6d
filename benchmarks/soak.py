"""Soak: several clients at once against a real companion process, killed with SIGKILL halfway
and started again, for a bounded time (default 3 minutes).

Clients capture pages and invites (each with a client id, as the extension sends them), read
the follow-ups as the popup does, and change a setting. At the end every capture the companion
acknowledged (201) must be stored, exactly once. Prints each figure beside its floor, measured
or fixed in the same run: acknowledged captures lost (0), answers that were not JSON (0), the
companion's memory once warm after the restart and at the end (growth at most 25 %), and the
answered requests per second beside those of one client alone measured first.
Usage: python benchmarks/soak.py [--seconds 180] [--clients 6]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEMORY_GROWTH_FLOOR = 1.25


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Companion:
    def __init__(self) -> None:
        self.data_dir = Path(tempfile.mkdtemp(prefix="soak-"))
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.token = ""

    def cli(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "companion", *args, "--data-dir", str(self.data_dir)]

    def start(self) -> None:
        env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
        self.process = subprocess.Popen(self.cli("serve", "--port", str(self.port)), cwd=ROOT, env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base_url}/api/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.1)
        shown = subprocess.run(self.cli("token", "--json"), cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        self.token = json.loads(shown.stdout)["token"]

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, object]:
        """(status, parsed JSON); status 0 when nothing answered; the body None when it was not JSON."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base_url + path, data=data, method=method, headers={
            "Content-Type": "application/json", "Authorization": f"Bearer {self.token}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        except OSError:
            return 0, None
        try:
            return status, json.loads(raw or b"null")
        except ValueError:
            return status, None


def page(number: int) -> dict:
    return {"url": f"https://careers.soak.example/jobs/{number}", "title": f"Engineer {number} at Soak Labs",
            "html": f"<html><head><title>Engineer {number} at Soak Labs</title></head><body><h1>Engineer {number}</h1>"
                    + "<p>We build tools.</p>" * 50 + "</body></html>"}


def invite(number: int) -> dict:
    return {"ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//soak//EN\r\nBEGIN:VEVENT\r\n"
                   f"UID:soak-{number}@soak.example\r\nSUMMARY:Interview with Soak Labs {number}\r\n"
                   "DTSTART:20401203T140000Z\r\nDTEND:20401203T150000Z\r\n"
                   f"ORGANIZER:mailto:talent@soak.example\r\nATTENDEE;CN=Dana {number}:mailto:dana{number}@soak.example\r\n"
                   "END:VEVENT\r\nEND:VCALENDAR\r\n"}


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.acknowledged: set[str] = set()
        self.requests = 0
        self.not_json = 0
        self.unanswered = 0

    def count(self, status: int, body: object) -> None:
        with self.lock:
            self.requests += 1
            if status == 0:
                self.unanswered += 1  # the companion was down (killed): the extension keeps these
            elif body is None:
                self.not_json += 1


def client(companion: Companion, tally: Tally, until: float, seed: int) -> None:
    number = seed * 1_000_000
    while time.monotonic() < until:
        number += 1
        kind = number % 4
        if kind in (0, 1):
            client_id = str(uuid.uuid4())
            body = {**(page(number) if kind == 0 else invite(number)), "client_id": client_id}
            status, answer = companion.call("POST", "/api/captures", body)
            if status in (200, 201):
                with tally.lock:
                    tally.acknowledged.add(client_id)
        elif kind == 2:
            status, answer = companion.call("GET", "/api/followups")
        else:
            status, answer = companion.call("PATCH", "/api/settings", {"follow_up_time": f"09:{number % 60:02d}"})
        tally.count(status, answer)
        if status == 0:
            time.sleep(0.2)  # the companion is down: wait as the extension's outbox does


def run_clients(companion: Companion, tally: Tally, seconds: float, clients: int) -> None:
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(companion, tally, until, seed + 1)) for seed in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def stored_client_ids(companion: Companion) -> list[str]:
    """Every stored capture's client id, read from the database file itself."""
    import sqlite3

    with sqlite3.connect(companion.data_dir / "companion.sqlite3") as connection:
        return [row[0] for row in connection.execute("SELECT client_id FROM capture WHERE client_id IS NOT NULL")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=180)
    parser.add_argument("--clients", type=int, default=6)
    options = parser.parse_args()

    companion = Companion()
    companion.start()
    alone = Tally()
    run_clients(companion, alone, 10, 1)
    alone_rate = alone.requests / 10

    tally = Tally()
    half = options.seconds / 2
    killer = threading.Timer(half, companion.kill)
    killer.start()
    run_clients(companion, tally, half + 2, options.clients)  # the kill lands while they run
    killer.join()
    companion.start()
    began = time.monotonic()
    run_clients(companion, tally, half / 3, options.clients)  # warm: caches and the page cache fill
    rss_start = companion.rss_mb()
    run_clients(companion, tally, half * 2 / 3, options.clients)
    rss_end = companion.rss_mb()
    companion.stop()
    rate = (tally.requests - tally.unanswered) / (half * 2 + 2)

    stored = stored_client_ids(companion)
    lost = len(tally.acknowledged - set(stored))
    twice = len(stored) - len(set(stored))
    print(f"{options.clients} clients, {options.seconds:.0f} s, SIGKILL at {half:.0f} s, "
          f"{tally.requests} requests ({tally.unanswered} met the companion down), {time.monotonic() - began:.0f} s after restart")
    print(f"{'figure':<40} {'value':>10} {'floor':>10}")
    print(f"{'acknowledged captures lost':<40} {lost:>10} {0:>10}")
    print(f"{'captures stored twice':<40} {twice:>10} {0:>10}")
    print(f"{'answers that were not JSON':<40} {tally.not_json:>10} {0:>10}")
    print(f"{'memory once warm after restart, MB':<40} {rss_start:>10.0f} {'':>10}")
    print(f"{'memory at the end, MB':<40} {rss_end:>10.0f} {rss_start * MEMORY_GROWTH_FLOOR:>10.0f}")
    print(f"{'answered requests per second':<40} {rate:>10.1f} {alone_rate:>10.1f}")
    failed = lost or twice or tally.not_json or rss_end > rss_start * MEMORY_GROWTH_FLOOR
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
