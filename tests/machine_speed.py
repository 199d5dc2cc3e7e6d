"""This machine's speed, measured in the same run. How long a reader may take on one input is
counted in yardsticks, not seconds, so a bound set on one machine holds on a machine three times
slower (as the development machine was on 2026-12-05), while a reader that turns quadratic or
hangs still fails it."""

from __future__ import annotations

import functools
import time
from contextlib import contextmanager

from icalendar import Calendar

# What a reader may take on one hostile input: the slowest, 40 series walked from 1900, takes about 3.
HOSTILE_INPUT_BOUND = 6

_EVENT = ("BEGIN:VEVENT\r\nUID:{i}@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
          "DTSTART;TZID=Europe/Berlin:20260105T090000\r\nDTEND;TZID=Europe/Berlin:20260105T100000\r\n"
          "SUMMARY:Meeting {i}\r\nATTENDEE;CN=Ann {i};ROLE=REQ-PARTICIPANT:mailto:ann{i}@example.org\r\n"
          "RRULE:FREQ=WEEKLY;COUNT=10\r\nEND:VEVENT\r\n")


@functools.cache
def yardstick_seconds() -> float:
    """The best of three times icalendar alone takes to parse a calendar of 1,000 plain events
    (0.8 s on 2026-12-05): work of our readers' kind done by code that is not ours."""
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//yardstick//EN\r\n"
            + "".join(_EVENT.format(i=i) for i in range(1_000)) + "END:VCALENDAR\r\n")
    times = []
    for _ in range(3):
        began = time.perf_counter()
        Calendar.from_ical(text)
        times.append(time.perf_counter() - began)
    return round(min(times), 3)


@contextmanager
def taking_at_most(yardsticks: float):
    """Fails the test when its block takes longer than so many yardsticks."""
    bound = yardsticks * yardstick_seconds()
    began = time.perf_counter()
    yield
    took = time.perf_counter() - began
    assert took < bound, f"took {took:.2f} s, more than {yardsticks} yardsticks ({bound:.2f} s on this machine)"
