"""Benchmark: reading a large calendar file, beside the bare library. A calendar of N interview
invites (each with an organiser, two attendees, a description and a video link) is written with
icalendar; then, each in a process of its own (so each peak memory is its own), the floor parses
it with icalendar and walks every event reading the fields we read (start, end, summary,
organiser, attendees, description, location), and the companion's reader reads it whole
(reading/invites/reader.py: every event judged and its facts gathered). Goal (issue 15): the
reader <= 1.3x the bare parse-and-walk, peak memory <= 2x, from 1,000 to 50,000 events.
Usage: python benchmarks/invite_import.py [--events 1000 10000] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText

GOALS = {"time_ratio": 1.3, "memory_ratio": 2.0}
START = datetime(2040, 3, 1, 9, tzinfo=timezone.utc)

FLOOR = """
import sys, time
from icalendar import Calendar
data = open(sys.argv[1], "rb").read()
began = time.perf_counter()
calendar = Calendar.from_ical(data)
for event in calendar.walk("VEVENT"):
    facts = (event.decoded("DTSTART"), event.decoded("DTEND"), str(event.get("SUMMARY", "")), event.get("ORGANIZER"),
             [str(a) for a in (event.get("ATTENDEE") or [])], str(event.get("DESCRIPTION", "")), str(event.get("LOCATION", "")))
took = time.perf_counter() - began
print(took, open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""
READER = """
import sys, time
from datetime import datetime, timezone
from companion.reading.invites.reader import read_invite
data = open(sys.argv[1], "rb").read()
began = time.perf_counter()
reading = read_invite(data, now=datetime(2040, 2, 1, tzinfo=timezone.utc), user_email="sam@example.org")
took = time.perf_counter() - began
assert len(reading.interviews) == int(sys.argv[2]), (len(reading.interviews), reading.errors[:3])
print(took, open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
"""


def write_calendar(events: int, path: Path) -> None:
    calendar = Calendar()
    calendar.add("prodid", "-//benchmark//EN")
    calendar.add("version", "2.0")
    for number in range(events):
        event = Event()
        start = START + timedelta(hours=number)
        event.add("uid", f"interview-{number}@company{number % 50}.example")
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=45))
        event.add("summary", f"Interview: Sam Ruiz <> Company {number % 50} (Data Engineer)")
        event.add("description", "Join with the video link below. The panel: Dana Lee (Engineering Manager) and "
                                 f"Ben Ortiz. https://meet.example.com/abc-{number}")
        event.add("location", f"https://meet.example.com/abc-{number}")
        organiser = vCalAddress(f"mailto:recruiting@company{number % 50}.example")
        organiser.params["cn"] = vText(f"Talent Acquisition - Company {number % 50}")
        event["organizer"] = organiser
        for name, email in (("Dana Lee", f"dana@company{number % 50}.example"), ("Sam Ruiz", "sam@example.org")):
            attendee = vCalAddress(f"mailto:{email}")
            attendee.params["cn"] = vText(name)
            attendee.params["partstat"] = vText("ACCEPTED")
            event.add("attendee", attendee, encode=0)
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())


def run(script: str, path: Path, events: int) -> tuple[float, int]:
    done = subprocess.run([sys.executable, "-c", script, str(path), str(events)], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parent.parent)
    seconds, peak_kb = done.stdout.split()
    return float(seconds), int(peak_kb)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    for events in args.events:
        path = Path(tempfile.mkdtemp()) / f"calendar-{events}.ics"
        write_calendar(events, path)
        floor_s, floor_kb = min(run(FLOOR, path, events) for _ in range(2))
        reader_s, reader_kb = min(run(READER, path, events) for _ in range(2))
        rows.append({"events": events, "bytes": path.stat().st_size, "floor_ms": round(floor_s * 1000),
                     "reader_ms": round(reader_s * 1000), "time_ratio": round(reader_s / floor_s, 2),
                     "floor_peak_mb": round(floor_kb / 1024, 1), "reader_peak_mb": round(reader_kb / 1024, 1),
                     "memory_ratio": round(reader_kb / floor_kb, 2)})
    if args.json:
        print(json.dumps(rows))
        return
    print(f"{'events':>7} {'floor ms':>9} {'reader ms':>10} {'x':>5} {'floor MB':>9} {'reader MB':>10} {'x':>5}"
          f"   (goals: x{GOALS['time_ratio']} time, x{GOALS['memory_ratio']} memory; floor: icalendar parse and walk)")
    for row in rows:
        print(f"{row['events']:>7} {row['floor_ms']:>9} {row['reader_ms']:>10} {row['time_ratio']:>5} "
              f"{row['floor_peak_mb']:>9} {row['reader_peak_mb']:>10} {row['memory_ratio']:>5}")


if __name__ == "__main__":
    main()
