"""The IANA time zone names this Python's tz database knows (read once), a check against them, and
the zone the system runs in."""

from __future__ import annotations

import os
import zoneinfo
from collections.abc import Mapping
from functools import cache
from pathlib import Path


@cache
def iana_names() -> frozenset[str]:
    """Every zone name that is a place: "localtime" depends on the machine and "Factory" is a
    placeholder. Folders of the tz database ("America") are not zones and are not listed."""
    return frozenset(zoneinfo.available_timezones() - {"localtime", "Factory"})


def is_zone(name: str) -> bool:
    """True when `name` is an IANA zone this Python knows, like "Europe/Berlin"."""
    return name in iana_names()


def system_zone(environ: Mapping[str, str] = os.environ, etc: Path = Path("/etc")) -> str:
    """The system's IANA zone: `TZ` when it names one, else /etc/localtime or /etc/timezone, else UTC."""
    candidates = [environ.get("TZ", "").lstrip(":")]
    localtime = etc / "localtime"
    if localtime.is_symlink():
        candidates.append(str(localtime.resolve()))
    timezone_file = etc / "timezone"
    if timezone_file.is_file():
        candidates.append(timezone_file.read_text(encoding="utf-8", errors="replace").strip())
    for candidate in candidates:
        # TZ and /etc/localtime may be paths into the zoneinfo tree: keep what follows it.
        name = candidate.rpartition("zoneinfo/")[2] if "zoneinfo/" in candidate else candidate
        if is_zone(name):
            return name
    return "UTC"
