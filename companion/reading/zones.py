"""Turns the time zone names that calendar files and calendar web pages write into real zones
with IANA names.

Calendar programs write IANA names (``Europe/Berlin``), Windows names (``Eastern Standard
Time``), Windows display names (``(UTC+07:00) Bangkok, Hanoi, Jakarta``) and private names
defined only by the file's own VTIMEZONE (``Customized Time Zone``, ``1``). icalendar keeps
every VTIMEZONE it ever parsed in a process-wide cache keyed by TZID, so a name that one file
leaves undefined can silently pick up another file's offsets. This module therefore resolves
names itself, per file, from the file's own definitions only.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from companion.domain.zones import iana_names

UTC = timezone.utc

# Windows display names that name a region rather than a city.
_REGION_ZONES = {
    "eastern time": "America/New_York",
    "central time": "America/Chicago",
    "mountain time": "America/Denver",
    "pacific time": "America/Los_Angeles",
    "atlantic time": "America/Halifax",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "arizona": "America/Phoenix",
    "saskatchewan": "America/Regina",
    "newfoundland": "America/St_Johns",
    "indiana (east)": "America/Indiana/Indianapolis",
    "brasilia": "America/Sao_Paulo",
    "coordinated universal time": "UTC",
}

_OFFSET_PREFIX = re.compile(
    r"^\(?\s*(?:UTC|GMT)\s*(?:(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?\s*\)?"
)

_OFFSET_LABEL = re.compile(r"\(?\b(?:GMT|UTC)\s*(?P<sign>[+-−])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?\)?")


@dataclass(frozen=True)
class Zone:
    """A resolved zone: what to compute with, and the IANA name to store."""

    tz: tzinfo
    name: str


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, list[str]]:
    """Map a lower-case city (last part of an IANA name) to the zones ending with it."""
    cities: dict[str, list[str]] = {}
    for name in sorted(iana_names()):
        if "/" in name and not name.startswith("Etc/"):
            city = name.rsplit("/", 1)[1].replace("_", " ").lower()
            cities.setdefault(city, []).append(name)
    return cities


# Where most people live, tried first when several zones keep the same offsets all year
# (America/Havana and America/New_York, say, in years when their rules agree).
_COMMON_ZONES = [
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Toronto",
    "America/Vancouver", "America/Mexico_City", "America/Sao_Paulo", "Europe/London",
    "Europe/Dublin", "Europe/Lisbon", "Europe/Berlin", "Europe/Paris", "Europe/Madrid",
    "Europe/Rome", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens",
    "Europe/Helsinki", "Europe/Istanbul", "Europe/Moscow", "Africa/Johannesburg", "Africa/Lagos",
    "Africa/Cairo", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
    "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Tokyo", "Asia/Seoul", "Asia/Bangkok",
    "Asia/Jakarta", "Australia/Sydney", "Australia/Brisbane", "Australia/Perth", "Pacific/Auckland",
]


@lru_cache(maxsize=1)
def _canonical_order() -> tuple[str, ...]:
    """IANA names in the order we prefer them: common zones, Windows' representatives, the rest."""
    first = [*_COMMON_ZONES, *WINDOWS_TO_OLSON.values()]
    rest = sorted(
        iana_names() - set(first),
        key=lambda name: ("/" not in name, name.startswith("Etc/"), name),
    )
    return tuple(name for name in dict.fromkeys(first + rest) if name in iana_names())


def clean_tzid(tzid: str) -> str:
    """Strip the quotes, spaces and slashes that calendar programs leave around a TZID."""
    return str(tzid).strip().strip('"').strip().strip("/").replace("\\,", ",")


def iana_zone(name: str) -> Zone | None:
    """The zone for an IANA name, a Windows zone name or a globally unique ``/vendor/Area/City`` id."""
    cleaned = clean_tzid(name)
    if cleaned in iana_names():
        return Zone(zoneinfo.ZoneInfo(cleaned), cleaned)
    windows = {key.lower(): value for key, value in WINDOWS_TO_OLSON.items()}
    mapped = windows.get(cleaned.lower())
    if mapped and mapped in iana_names():
        return Zone(zoneinfo.ZoneInfo(mapped), mapped)
    parts = cleaned.split("/")
    for start in range(1, len(parts) - 1):
        candidate = "/".join(parts[start:])
        if candidate in iana_names():
            return Zone(zoneinfo.ZoneInfo(candidate), candidate)
    return None


def _stated_offset(display_name: str) -> tuple[timedelta | None, str]:
    """Split ``(UTC+07:00) Bangkok, Hanoi`` into its offset and the place names after it."""
    match = _OFFSET_PREFIX.match(display_name)
    if not match:
        return None, display_name
    offset = timedelta(0)
    if match.group("hours"):
        offset = timedelta(hours=int(match.group("hours")), minutes=int(match.group("minutes") or 0))
        if match.group("sign") == "-":
            offset = -offset
    return offset, display_name[match.end():].strip()


def _standard_offset(zone: tzinfo, year: int) -> timedelta:
    """The zone's offset outside daylight saving time in the given year."""
    for month in (1, 7):
        moment = datetime(year, month, 15, 12, tzinfo=UTC).astimezone(zone)
        if not moment.dst():
            return moment.utcoffset()
    return datetime(year, 1, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset()


def _places(text: str) -> list[str]:
    """Place names in a display name, best first: ``Canberra, Melbourne, Sydney`` -> three."""
    text = re.sub(r"^[^A-Za-z]*", "", text)
    lowered = text.lower().replace(" and ", ", ").replace("&", ",")
    for region, zone_name in _REGION_ZONES.items():
        if lowered.startswith(region):
            return [zone_name]
    return [part.strip(" .:()-") for part in re.split(r"[,/;:]|\s[-–]\s", lowered) if part.strip(" .:()-")]


def zone_from_display_name(display_name: str, year: int) -> Zone | None:
    """Guess the IANA zone from a Windows display name such as ``(UTC+07:00) Bangkok, Hanoi``.

    A city is only accepted when its standard offset matches the one the name states.
    """
    offset, rest = _stated_offset(clean_tzid(display_name))
    if offset is None:
        return None
    matches = []
    for place in _places(rest):
        names = [place] if place in iana_names() else _zones_by_city().get(place, [])
        for name in names:
            zone = zoneinfo.ZoneInfo(name)
            if _standard_offset(zone, year) == offset:
                matches.append(name)
    if not matches:
        return None
    representatives = set(WINDOWS_TO_OLSON.values())
    best = next((name for name in matches if name in representatives), matches[0])
    return Zone(zoneinfo.ZoneInfo(best), best)


def _sample_instants(year: int) -> list[datetime]:
    return [datetime(year, month, day, 12, tzinfo=UTC) for month in range(1, 13) for day in (1, 15)]


def equivalent_zone_name(zone: tzinfo, year: int, candidates) -> str | None:
    """The first of the candidate IANA names with the same offsets as ``zone`` all through ``year``."""
    samples = _sample_instants(year)
    wanted = [moment.astimezone(zone).utcoffset() for moment in samples]
    for name in candidates:
        if name not in iana_names():
            continue
        candidate = zoneinfo.ZoneInfo(name)
        if all(moment.astimezone(candidate).utcoffset() == offset for moment, offset in zip(samples, wanted)):
            return name
    return None


def _fixed_offset_name(zone: tzinfo, year: int) -> str | None:
    """``Etc/GMT-11`` for a zone that stays at UTC+11 all year (the Etc signs are inverted)."""
    offsets = {moment.astimezone(zone).utcoffset() for moment in _sample_instants(year)}
    if len(offsets) != 1:
        return None
    seconds = int(offsets.pop().total_seconds())
    if seconds % 3600:
        return None
    hours = -seconds // 3600
    return "Etc/GMT" if hours == 0 else f"Etc/GMT{hours:+d}"


def _zone_with_standard_offset(offset: timedelta, year: int, preferred: list[str]) -> str | None:
    for name in dict.fromkeys([*preferred, *_canonical_order()]):
        if name in iana_names() and _standard_offset(zoneinfo.ZoneInfo(name), year) == offset:
            return name
    return None


class FileZones:
    """Resolves the TZIDs of one calendar file, using only that file's VTIMEZONE blocks.

    ``definitions`` maps each TZID defined in the file to its icalendar Timezone component;
    ``preferred`` lists IANA names to choose first when several zones fit (the calendar's own
    zone, the user's zone, zones the file names elsewhere).
    """

    def __init__(self, definitions: dict, preferred: list[str]):
        self._definitions = {clean_tzid(key): value for key, value in definitions.items()}
        self._preferred = [name for name in preferred if name]
        self._resolved: dict[tuple[str, int], Zone | None] = {}

    def resolve(self, tzid: str, year: int) -> Zone | None:
        """The zone a TZID means in this file, or None when nothing in or outside it defines it."""
        key = (clean_tzid(tzid), year)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(key[0], year)
        return self._resolved[key]

    def _resolve(self, tzid: str, year: int) -> Zone | None:
        known = iana_zone(tzid)
        if known:
            return known
        definition = self._definitions.get(tzid)
        if definition is not None:
            return self._from_definition(tzid, definition, year)
        from_display = zone_from_display_name(tzid, year)
        if from_display:
            return from_display
        offset, _ = _stated_offset(tzid)
        if offset is not None:
            name = _zone_with_standard_offset(offset, year, self._preferred)
            if name:
                return Zone(zoneinfo.ZoneInfo(name), name)
        return None

    def _from_definition(self, tzid: str, definition, year: int) -> Zone | None:
        """The file's own definition computes the times; an IANA zone that agrees names them."""
        try:
            defined = tzp.create_timezone(definition)
        except (ValueError, KeyError, TypeError):
            return None
        standard = _standard_offset(defined, year)
        location = iana_zone(str(definition.get("X-LIC-LOCATION", "")))
        if location and _standard_offset(location.tz, year) == standard:
            return Zone(defined, location.name)
        display_guess = zone_from_display_name(tzid, year)
        preferred = ([display_guess.name] if display_guess else []) + self._preferred
        name = (
            equivalent_zone_name(defined, year, preferred)
            or _fixed_offset_name(defined, year)
            or equivalent_zone_name(defined, year, _canonical_order())
            or _zone_with_standard_offset(standard, year, preferred)
            or "UTC"
        )
        return Zone(defined, name)


def zone_from_label(label: str, year: int) -> Zone | None:
    """The zone a label names: an IANA name, "(GMT-05:00) Eastern Time - New York", "GMT-05"."""
    label = label.strip()
    if not label:
        return None
    named = iana_zone(label) or zone_from_display_name(label.replace("−", "-"), year)
    if named:
        return named
    match = _OFFSET_LABEL.search(label)
    if not match:
        return None
    minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
    if minutes % 60:
        return None
    hours = minutes // 60 * (1 if match["sign"] in "-−" else -1)  # Etc/GMT signs are inverted
    return iana_zone("Etc/GMT" if hours == 0 else f"Etc/GMT{hours:+d}")
