"""The IANA time zone names this Python's tz database knows, read once, and a check against them."""

from __future__ import annotations

import zoneinfo
from functools import cache


@cache
def iana_names() -> frozenset[str]:
    """Every zone name that is a place: "localtime" depends on the machine and "Factory" is a
    placeholder. Folders of the tz database ("America") are not zones and are not listed."""
    return frozenset(zoneinfo.available_timezones() - {"localtime", "Factory"})


def is_zone(name: str) -> bool:
    """True when `name` is an IANA zone this Python knows, like "Europe/Berlin"."""
    return name in iana_names()
