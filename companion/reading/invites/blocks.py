"""Splits calendar text into calendars, time zone blocks and event blocks, line by line.

icalendar parses a whole file or nothing: one bad line, or a file cut off before
END:VCALENDAR, and every event is lost. Splitting first lets each event be parsed on its own,
so a broken or truncated event is reported by name while the rest of the file is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BEGIN = re.compile(r"^BEGIN:(?P<name>[A-Za-z0-9-]+)\s*$", re.IGNORECASE)
_END = re.compile(r"^END:(?P<name>[A-Za-z0-9-]+)\s*$", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\n|\r")  # not str.splitlines: it also splits on U+2028 in text
# Components inside a top-level one: calendar programs write two levels (VEVENT > VALARM,
# VTIMEZONE > STANDARD); icalendar's cost grows fast with depth (200,000 nested: 4 s, 200 MB).
MAX_NESTING = 8


@dataclass
class CalendarBlock:
    """One VCALENDAR: its own property lines, VTIMEZONE blocks and VEVENT blocks, as text."""

    header: list[str] = field(default_factory=list)
    timezones: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    cut_off: str = ""  # text of a component the file ended in the middle of
    too_deep: list[str] = field(default_factory=list)  # components nested past MAX_NESTING, not kept
    complete: bool = False  # END:VCALENDAR was seen


def decode(data: str | bytes) -> str:
    """Calendar bytes as text: UTF-8 (with or without a byte-order mark), else Windows-1252."""
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")


def looks_like_icalendar(text: str) -> bool:
    """Whether the text starts, after blank lines, with BEGIN:VCALENDAR."""
    for line in _LINE_BREAK.split(text):
        if line.strip():
            return line.strip().upper() == "BEGIN:VCALENDAR"
    return False


def first_line(text: str) -> str:
    """The first non-blank line, shortened, to show the user what the file starts with."""
    for line in _LINE_BREAK.split(text):
        if line.strip():
            stripped = line.strip()
            return stripped if len(stripped) <= 60 else stripped[:57] + "..."
    return ""


def split_calendars(text: str) -> list[CalendarBlock]:
    """The VCALENDAR blocks in the text; lines outside any calendar are ignored.

    Folded continuation lines (starting with a space or tab) stay with the line they continue.
    """
    calendars: list[CalendarBlock] = []
    current: CalendarBlock | None = None
    stack: list[str] = []  # open components inside the current calendar
    lines: list[str] = []  # lines of the open top-level component
    deepest = 0  # how deep the open top-level component nests
    for line in _LINE_BREAK.split(text):
        if current is None:
            if line.strip().upper() == "BEGIN:VCALENDAR":
                current = CalendarBlock()
                calendars.append(current)
            continue
        begin, end = _BEGIN.match(line), _END.match(line)
        if not stack and end and end["name"].upper() == "VCALENDAR":
            current.complete = True
            current = None
        elif begin:
            stack.append(begin["name"].upper())
            deepest = max(deepest, len(stack))
            if len(stack) <= MAX_NESTING + 1:  # past that, only the count is kept
                lines.append(line)
        elif stack:
            if len(stack) <= MAX_NESTING + 1:
                lines.append(line)
            if end and end["name"].upper() == stack[-1]:
                stack.pop()
                if not stack:
                    if deepest > MAX_NESTING + 1:
                        current.too_deep.append("\r\n".join(lines))
                    else:
                        _file_component(current, lines)
                    lines, deepest = [], 0
        else:
            current.header.append(line)
    if current is not None and lines:
        current.cut_off = "\r\n".join(lines)
    return calendars


def _file_component(calendar: CalendarBlock, lines: list[str]) -> None:
    name = _BEGIN.match(lines[0])["name"].upper()
    text = "\r\n".join(lines) + "\r\n"
    if name == "VEVENT":
        calendar.events.append(text)
    elif name == "VTIMEZONE":
        calendar.timezones.append(text)


def logical_lines(lines: list[str]) -> list[str]:
    """Physical lines joined back into content lines (a leading space or tab continues a line)."""
    joined: list[str] = []
    for line in lines:
        if line[:1] in (" ", "\t") and joined:
            joined[-1] += line[1:]
        elif line.strip():
            joined.append(line)
    return joined


_ATTENDEE = re.compile(r"^ATTENDEE[;:]", re.IGNORECASE | re.MULTILINE)


def without_attendees_past(block: str, limit: int) -> tuple[str, int]:
    """The event's text with its attendees past the `limit`-th left out (parsing each costs time,
    and a file may invite thousands), and how many attendees it had."""
    count = len(_ATTENDEE.findall(block))
    if count <= limit:
        return block, count
    kept, seen, dropping = [], 0, False
    for line in _LINE_BREAK.split(block):
        if line[:1] in (" ", "\t"):  # the folded rest of the line before
            if not dropping:
                kept.append(line)
            continue
        dropping = False
        if _ATTENDEE.match(line):
            seen += 1
            dropping = seen > limit
        if not dropping:
            kept.append(line)
    return "\r\n".join(kept), count


def property_text(block: str, name: str) -> str:
    """The unfolded raw value of a property in a block, for naming a broken event ("" if absent)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", block)
    for line in _LINE_BREAK.split(unfolded):
        match = re.match(rf"^{name}(?:;[^:]*)?:(?P<value>.*)$", line, re.IGNORECASE)
        if match:
            return match["value"].replace("\\,", ",").replace("\\;", ";").strip()
    return ""
