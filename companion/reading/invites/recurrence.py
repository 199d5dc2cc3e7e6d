"""Expands a repeating event (RRULE, RDATE, EXDATE) into the occurrences near a given moment.

Everything here works on naive wall-clock times in the event's own zone, which is how
RFC 5545 defines repetition: a weekly 10:00 meeting stays at 10:00 across daylight saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rruleset, rrulestr

# How far around "now" occurrences are listed, and at most how many.
WINDOW_BEFORE = timedelta(days=30)
WINDOW_AFTER = timedelta(days=180)
MAX_OCCURRENCES = 60

# Bounds against hostile or absurd rules, so one invite cannot hang the companion: a series is
# walked lazily from its first occurrence, and refused past this many occurrences (a weekday
# series from 1900 reaches today in ~33,000; walking 50,000 takes about a tenth of a second).
MAX_WALKED = 50_000
# ...and all the series of one file together (a file of a thousand old series must not add up).
MAX_WALKED_PER_FILE = 200_000
# An interview repeats at most daily. A rule repeating within a day (FREQ=MINUTELY, or several
# BYHOUR values) is refused before it is walked: each step of such a rule can be slow in itself.
WITHIN_A_DAY = {"SECONDLY", "MINUTELY", "HOURLY"}


@dataclass
class WalkBudget:
    """How many more occurrences the series of one file may walk, together."""

    left: int = MAX_WALKED_PER_FILE


@dataclass
class Repetition:
    """A repeating event's rules, with every date already turned into local wall time."""

    first: datetime
    rules: list[str]  # RRULE values, UNTIL rewritten as local wall time
    extra: list[datetime]  # RDATE
    skipped: set[datetime]  # EXDATE at a time
    skipped_days: set[date]  # EXDATE given as a whole day


def occurrences_near(repetition: Repetition, now_local: datetime, budget: WalkBudget) -> list[datetime]:
    """The occurrences from WINDOW_BEFORE before now to WINDOW_AFTER after it (at most
    MAX_OCCURRENCES); when none falls inside, the single occurrence closest to the window.

    Raises ValueError when a rule cannot be understood, or would be walked past MAX_WALKED
    occurrences or past what is left of the file's `budget`.
    """
    series = _build(repetition)
    start, end = now_local - WINDOW_BEFORE, now_local + WINDOW_AFTER
    found: list[datetime] = []
    earlier = later = None
    for walked, moment in enumerate(series):
        if walked == MAX_WALKED:
            raise ValueError(f"it repeats more than {MAX_WALKED:,} times before the weeks around today")
        if budget.left == 0:
            raise ValueError(f"the file's repeating events together repeat more than {MAX_WALKED_PER_FILE:,} times")
        budget.left -= 1
        if moment < start:
            earlier = moment
        elif moment > end:
            later = moment
            break
        elif _kept(moment, repetition):
            found.append(moment)
            if len(found) == MAX_OCCURRENCES:
                break
    if found:
        return found
    if earlier is None and later is None:
        return []
    if earlier is None or (later is not None and later - end < start - earlier):
        return [later]
    return [earlier]


def _build(repetition: Repetition) -> rruleset:
    series = rruleset()
    for rule in repetition.rules:
        _refuse_within_a_day(rule)
        series.rrule(rrulestr(rule, dtstart=repetition.first, ignoretz=True))
    series.rdate(repetition.first)  # RFC 5545: DTSTART is always the first occurrence
    for moment in repetition.extra:
        series.rdate(moment)
    for moment in repetition.skipped:
        series.exdate(moment)
    for day in repetition.skipped_days:
        series.exdate(datetime.combine(day, repetition.first.time()))
    return series


def _refuse_within_a_day(rule: str) -> None:
    """Raises ValueError for a rule that repeats more often than once a day."""
    parts = dict(part.partition("=")[::2] for part in rule.upper().replace(" ", "").split(";") if part)
    if parts.get("FREQ") in WITHIN_A_DAY or any(
            "," in parts.get(name, "") for name in ("BYHOUR", "BYMINUTE", "BYSECOND")):
        raise ValueError("it repeats more than once a day, which no interview does")


def _kept(moment: datetime, repetition: Repetition) -> bool:
    return moment.date() not in repetition.skipped_days


def local_until(value: date | datetime, to_local) -> datetime:
    """An UNTIL value as local wall time: a whole day lasts until its last second."""
    if isinstance(value, datetime):
        return to_local(value)
    return datetime.combine(value, time(23, 59, 59))
