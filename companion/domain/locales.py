"""How the user writes dates: the `locale` setting (a tag such as en-US or en-GB) read by Babel.

The drafts are written in English, so a date in them follows the English of the user's region
("Wednesday, December 2" in the US, "Wednesday 2 December" in the UK and most other places): a
German locale (de-DE) gives the English used in Germany, as the Unicode CLDR data has it.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time, get_date_format, match_skeleton

DEFAULT_LOCALE = "en-US"


def parse_locale(tag: str) -> Locale:
    """The Babel locale for a tag such as "en-GB" or "en_GB"; ValueError when it is not one."""
    try:
        return Locale.parse(tag.strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValueError(f"{tag!r} is not a locale (for example en-US or en-GB)") from None


def system_locale(environ: Mapping[str, str] = os.environ) -> str:
    """The system's locale as a tag ("en-GB" from LANG=en_GB.UTF-8), else en-US."""
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = environ.get(name, "").split(".")[0].split("@")[0]
        if value and value not in ("C", "POSIX"):
            try:
                locale = parse_locale(value)
            except ValueError:
                continue
            return tag_of(locale)
    return DEFAULT_LOCALE


def tag_of(locale: Locale) -> str:
    """"en-GB": the tag a setting keeps for a Babel locale."""
    return "-".join(part for part in (locale.language, locale.territory) if part)


@functools.cache
def _english_of(tag: str) -> Locale:
    """The English a user of `tag` reads: en_<their region> when CLDR has it, else en_001."""
    locale = parse_locale(tag)
    if locale.territory:
        try:
            return Locale.parse(f"en_{locale.territory}")
        except UnknownLocaleError:
            pass
    return Locale.parse("en_US" if locale.language == "en" else "en_001")


@functools.cache
def _day_pattern(tag: str) -> str:
    """The region's pattern for weekday, day and month without a year, at full width."""
    locale = _english_of(tag)
    skeleton = match_skeleton("MMMMEEEEd", locale.datetime_skeletons)
    pattern = locale.datetime_skeletons[skeleton].pattern
    # CLDR may only know a short weekday or month in this form ("E, MMMM d"): write them in full.
    return re.sub(r"M{1,4}", "MMMM", re.sub(r"E{1,4}", "EEEE", pattern))


def long_date(day: date, tag: str = DEFAULT_LOCALE) -> str:
    """"Wednesday, December 2" for en-US, "Wednesday 2 December" for en-GB."""
    return format_date(day, _day_pattern(tag), locale=_english_of(tag))


def moment(when: datetime, tag: str, zone: str) -> str:
    """"Tue, Nov 17, 10:00 AM EST" for en-US, "Tue 17 Nov, 15:00 GMT" for en-GB: an instant in
    the user's zone, for what the companion writes down (the timeline), never an ISO string."""
    locale, tzinfo = _english_of(tag), ZoneInfo(zone)
    day = format_skeleton("MMMEd", when, tzinfo=tzinfo, locale=locale)
    clock = format_time(when, "short", tzinfo=tzinfo, locale=locale).replace("\u202f", " ")  # "8:00 PM", as typed
    return f"{day}, {clock} {format_time(when, 'z', tzinfo=tzinfo, locale=locale)}"


@functools.cache
def date_order(tag: str) -> str:
    """"MDY" or "DMY" (or "YMD"): how the English of the user's region orders a short date."""
    pattern = get_date_format("short", locale=_english_of(tag)).pattern.lower()
    positions = sorted((pattern.find(letter), letter) for letter in "dmy" if letter in pattern)
    return "".join(letter for _, letter in positions).upper()
