"""Benchmark: hostile captures, each timed through the API of a companion on a fresh database.

Every input here once stopped or stalled the companion (issue 17). Each line prints the time the
answer took beside its floor, the time of an ordinary capture of the same kind measured in the
same run (an invite to a panel of three, a small job page), with the goal of 2 s; then the status
and the peak memory of this process so far beside its goal (200 MB). A figure past its goal is
marked. Usage: python benchmarks/hostile_inputs.py
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from companion.config import load_config
from companion.web.app import create_app

SECONDS_GOAL = 2.0
PEAK_MB_GOAL = 200


def calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + "".join(events) + "END:VCALENDAR\r\n"


def event(number: int, extra: str = "", start: str = "20401203T140000Z") -> str:
    return (f"BEGIN:VEVENT\r\nUID:bench-{number}@initech.example\r\nSUMMARY:Interview with Initech {number}\r\n"
            f"DTSTART:{start}\r\nDTEND:{start[:9]}150000Z\r\nORGANIZER:mailto:talent@initech.example\r\n{extra}END:VEVENT\r\n")


def attendees(count: int) -> str:
    return "".join(f"ATTENDEE;CN=Person {n}:mailto:person{n}@initech.example\r\n" for n in range(count))


def nested_blocks(depth: int) -> str:
    return calendar("BEGIN:X-NEST\r\n" * depth + "END:X-NEST\r\n" * depth + event(1))


def page(html: str) -> dict:
    return {"url": "https://careers.initech.example/jobs/1", "title": "Engineer", "html": html}


ORDINARY = {
    "invite": {"ics": calendar(event(0, attendees(3)))},
    "page": page("<html><head><title>Engineer at Initech</title></head><body><h1>Engineer</h1>"
                 + "<p>We build things.</p>" * 200 + "</body></html>"),
}
INPUTS = {
    "RRULE MINUTELY, a billion times, from 1900": {"ics": calendar(event(1, "RRULE:FREQ=MINUTELY;COUNT=1000000000\r\n", "19000101T090000Z"))},
    "RRULE SECONDLY without end": {"ics": calendar(event(1, "RRULE:FREQ=SECONDLY\r\n", "19000101T090000Z"))},
    "20,000 attendees": {"ics": calendar(event(1, attendees(20_000)))},
    "1,000 interview events in one file": {"ics": calendar(*(event(n) for n in range(1_000)))},
    "200,000 nested BEGIN blocks": {"ics": nested_blocks(200_000)},
    "200,000 alarms nested inside an event": {"ics": calendar(event(2, "BEGIN:VALARM\r\n" * 200_000 + "END:VALARM\r\n" * 200_000))},
    "80,000 nested <div>": page("<div>" * 80_000 + "Engineer" + "</div>" * 80_000),
    "11 MB of mis-nested <b><p>": page("<b><p>x" * (11 * 1024 * 1024 // 8)),
    # every label weighs whether the box it sits in is a site's menu; every "About <name>" is a search of the text
    "3,000 labels in a body classed as a menu": page("<body class='nav-open'><h1>Engineer</h1>" + "".join(
        f"<div><span>Company</span><span>Initech {n}</span><p>{'word ' * 60}</p><a href='/x{n}'>link</a></div>"
        for n in range(3_000)) + "</body>"),
    "5,000 sections about an employer": page("<h1>Engineer</h1>" + "".join(
        f"<h3>About Initech {n}</h3><p>{'word ' * 30}</p>" for n in range(5_000))),
    # each link home may start the trail of sections to the page; a box around it is weighed for the trail
    "20,000 links home": page("<h1>Engineer</h1>" + "<a href='/'>Home</a> " * 20_000),
    # a template's filler is looked for around the ad's heading, however deep it sits
    "a heading under 1,900 boxes": page("<div>" * 1_900 + "<h1>Engineer</h1><h2>Responsibilities</h2><p>Build.</p>"
                                        "<h2>Requirements</h2><p>Go.</p>" + "</div>" * 1_900),
    "a lone surrogate in a name": "lone",
}


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    app = create_app(load_config(tempfile.mkdtemp()))
    client = app.test_client()
    headers = {"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}", "Content-Type": "application/json"}

    def post(path: str, data: str):
        began = time.perf_counter()
        response = client.post(path, data=data, headers=headers, base_url="http://127.0.0.1:8765")
        return time.perf_counter() - began, response.status_code

    floors = {kind: min(post("/api/captures", json.dumps(body))[0] for _ in range(3)) for kind, body in ORDINARY.items()}
    print(f"{'input':<44} {'seconds':>8} {'floor':>6} {'goal':>5} {'status':>6} {'peak MB':>8} {'goal':>5}")
    for name, body in INPUTS.items():
        if body == "lone":
            took, status = post("/api/applications", '{"company": "Initech \\ud800"}')
            floor = floors["page"]
        else:
            took, status = post("/api/captures", json.dumps(body))
            floor = floors["invite" if "ics" in body else "page"]
        peak = peak_mb()
        flag = "  <- past its goal" if took > SECONDS_GOAL or peak > PEAK_MB_GOAL or status >= 500 else ""
        print(f"{name:<44} {took:>8.2f} {floor:>6.2f} {SECONDS_GOAL:>5.1f} {status:>6} {peak:>8.0f} {PEAK_MB_GOAL:>5}{flag}")


if __name__ == "__main__":
    main()
