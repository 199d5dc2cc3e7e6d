"""The user's settings: their zone, name and signature, and every timing offset of the rules table.

Each setting has a key, a default from FOLLOW-UP-RULES.md, and a parser that turns a JSON value
or a command-line string into the typed value, with an error naming the key when it is wrong.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

from companion.domain.addresses import is_email_address
from companion.domain.locales import parse_locale, system_locale, tag_of
from companion.domain.zones import is_zone, system_zone

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FULL_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
LINKEDIN_NOTE_CAPS = (300, 200)  # LinkedIn's cap for a connection note; 200 on free accounts
GREETINGS = ("first_name", "full_name", "formal")  # "Dear Dana,", "Dear Dana Lee,", "Dear Ms Lee,"


class SettingError(ValueError):
    """A setting value that cannot be used; `key` names the setting."""

    def __init__(self, key: str, message: str):
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


# Parsers: each takes a JSON value or a command-line string and returns the typed value,
# raising ValueError with a message for the user (the caller adds the key).


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value.strip()


def _email(value: Any) -> str:
    address = _text(value)
    if address and not is_email_address(address):
        raise ValueError(f"{address!r} is not an email address")
    return address


def _emails(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise ValueError("expected a list of email addresses")
    return tuple(dict.fromkeys(address for address in map(_email, items) if address))


def _locale(value: Any) -> str:
    tag = _text(value)
    return tag_of(parse_locale(tag))


def _choice(*choices: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        word = _text(value)
        if word not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return word

    return parse


def _zone(value: Any) -> str:
    name = _text(value)
    if not is_zone(name):
        raise ValueError(f"{name!r} is not an IANA time zone (for example Europe/Berlin)")
    return name


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    words = {"true": True, "yes": True, "on": True, "1": True,
             "false": False, "no": False, "off": False, "0": False}
    if isinstance(value, str) and value.strip().lower() in words:
        return words[value.strip().lower()]
    raise ValueError("expected true or false")


def _count(minimum: int, maximum: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("expected a whole number")
        if not minimum <= value <= maximum:
            raise ValueError(f"must be between {minimum} and {maximum}")
        return value

    return parse


def _note_cap(value: Any) -> int:
    cap = _count(1, 1000)(value)
    if cap not in LINKEDIN_NOTE_CAPS:
        raise ValueError("must be 300 (LinkedIn's cap) or 200 (the cap on free accounts)")
    return cap


def _clock(value: Any) -> time:
    if isinstance(value, time):
        return value
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value) if isinstance(value, str) else None
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError("expected a time of day as HH:MM, for example 09:00")
    return time(int(match[1]), int(match[2]))


def _weekdays(value: Any) -> frozenset[int]:
    names = value.split(",") if isinstance(value, str) else value
    if not isinstance(names, (list, tuple, set, frozenset)):
        raise ValueError("expected weekday names like mon,tue,wed,thu,fri")
    days = set()
    for name in names:
        if isinstance(name, int) and not isinstance(name, bool) and 0 <= name <= 6:
            days.add(name)
            continue
        word = str(name).strip().lower()
        short = word[:3]
        if short not in WEEKDAY_NAMES or word not in (short, FULL_WEEKDAY_NAMES[WEEKDAY_NAMES.index(short)]):
            raise ValueError(f"{name!r} is not a weekday (use mon, tue, wed, thu, fri, sat, sun)")
        days.add(WEEKDAY_NAMES.index(short))
    if not days:
        raise ValueError("at least one business day is needed")
    return frozenset(days)


def _to_json(value: Any) -> Any:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, frozenset):
        return [WEEKDAY_NAMES[day] for day in sorted(value)]
    if isinstance(value, tuple):
        return list(value)
    return value


@dataclass(frozen=True)
class SettingSpec:
    key: str
    parse: Callable[[Any], Any]
    help: str


def _spec(key: str, parse: Callable[[Any], Any], help: str, default: Any = None) -> Any:
    """A settings field carrying the parser and help text in its metadata."""
    meta = {"spec": SettingSpec(key, parse, help)}
    if callable(default):
        return field(default_factory=default, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    """Every setting with the table's default; build one with `Settings.from_json`."""

    zone: str = _spec("zone", _zone, "your IANA time zone; follow-ups are due in it", system_zone)
    name: str = _spec("name", _text, "your full name, used in every draft", "")
    email: str = _spec("email", _email, "your email address (From: of .eml drafts)", "")
    other_emails: tuple[str, ...] = _spec(
        "other_emails", _emails, "your other addresses (work, aliases): never thanked or written to", ())
    signature: str = _spec("signature", _text, "lines placed under your name in emails", "")
    locale: str = _spec("locale", _locale, "how drafts write dates: en-US, en-GB, ...", system_locale)
    greeting: str = _spec(
        "greeting", _choice(*GREETINGS),
        "how drafts greet: first_name (Dear Dana), full_name (Dear Dana Lee) or formal (Dear Ms Lee)",
        "first_name")
    business_days: frozenset[int] = _spec(
        "business_days", _weekdays, "days check-ins may land on",
        frozenset({0, 1, 2, 3, 4}))
    handwritten_cards: bool = _spec(
        "handwritten_cards", _flag, "R2: also plan a handwritten card per interviewer", False)
    linkedin_note_cap: int = _spec(
        "linkedin_note_cap", _note_cap, "R3: characters LinkedIn allows in a note (300 or 200)", 300)
    follow_up_time: time = _spec(
        "follow_up_time", _clock, "time of day a follow-up counted in days is due", time(9, 0))
    thank_you_morning_ends: time = _spec(
        "thank_you_morning_ends", _clock, "R1: an interview ending before this is thanked the same day",
        time(12, 0))
    thank_you_same_day_at: time = _spec(
        "thank_you_same_day_at", _clock, "R1: when a same-day thank-you is due", time(17, 0))
    thank_you_next_morning_at: time = _spec(
        "thank_you_next_morning_at", _clock, "R1: when a next-morning thank-you is due", time(9, 0))
    thank_you_within_hours: int = _spec(
        "thank_you_within_hours", _count(1, 168), "R1: a thank-you is never later than this after the end",
        24)
    check_in_after_decision_business_days: int = _spec(
        "check_in_after_decision_business_days", _count(0, 30),
        "R5: business days after a given decision date passes", 2)
    check_in_after_interview_days: int = _spec(
        "check_in_after_interview_days", _count(1, 90), "R5: days after the interview when no date was given",
        7)
    second_check_in_after_days: int = _spec(
        "second_check_in_after_days", _count(1, 90), "R6: days after check-in #1 was sent", 7)
    keep_in_touch_every_days: int = _spec(
        "keep_in_touch_every_days", _count(1, 365), "R8: days between keep-in-touch notes", 21)
    thank_you_anyway_after_days: int = _spec(
        "thank_you_anyway_after_days", _count(0, 30), "R9: days after a rejection is recorded", 1)
    stay_in_touch_after_days: int = _spec(
        "stay_in_touch_after_days", _count(0, 730),
        "R9: days after the thank-you-anyway note for one stay-in-touch note (0: none)", 90)
    application_follow_up_after_days: int = _spec(
        "application_follow_up_after_days", _count(1, 90), "R11: days after applying", 7)
    application_follow_up_deadline_days: int = _spec(
        "application_follow_up_deadline_days", _count(1, 180), "R11: deadline, in days after applying", 14)
    prepare_morning_at: time = _spec(
        "prepare_morning_at", _clock, "R12: the reminder on the morning of the interview", time(9, 0))
    prepare_early_start_before: time = _spec(
        "prepare_early_start_before", _clock, "R12: an interview starting before this is an early one",
        time(11, 0))
    prepare_hours_before: int = _spec(
        "prepare_hours_before", _count(1, 24), "R12: hours before an early interview", 2)
    backup_keep_days: int = _spec(
        "backup_keep_days", _count(0, 365), "days the daily backups of the database are kept (0: no daily backup)", 14)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    @property
    def own_emails(self) -> frozenset[str]:
        """Every address of the user's, lower-cased: none of them is a contact to thank."""
        return frozenset(address.lower() for address in (self.email, *self.other_emails) if address)

    @classmethod
    def from_json(cls, values: Mapping[str, Any], *, ignore_unknown: bool = False) -> Settings:
        """Settings from stored or submitted JSON values; unknown keys are an error unless ignored."""
        return cls().updated(values, ignore_unknown=ignore_unknown)

    def updated(self, values: Mapping[str, Any], *, ignore_unknown: bool = False) -> Settings:
        """A copy with `values` applied; every value is checked before any is used."""
        changes = {}
        for key, value in values.items():
            if key not in SPECS:
                if ignore_unknown:
                    continue
                raise SettingError(key, f"unknown setting (known: {', '.join(SPECS)})")
            changes[key] = parse_value(key, value)
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """Every setting as a JSON-ready value (times as "HH:MM", days as names)."""
        return {key: _to_json(getattr(self, key)) for key in SPECS}


SPECS: dict[str, SettingSpec] = {f.name: f.metadata["spec"] for f in dataclasses.fields(Settings)}


def parse_value(key: str, value: Any) -> Any:
    """The typed value of setting `key` from JSON or command-line text; SettingError when wrong."""
    if key not in SPECS:
        raise SettingError(key, f"unknown setting (known: {', '.join(SPECS)})")
    try:
        return SPECS[key].parse(value)
    except ValueError as problem:
        raise SettingError(key, str(problem)) from None

