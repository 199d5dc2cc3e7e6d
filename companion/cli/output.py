"""Shared pieces of the CLI: opening the store, printing JSON or text, reading ids and times."""

from __future__ import annotations

import argparse
import json
from contextlib import contextmanager
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from companion.config import Config, load_config
from companion.services.lookup import MAX_ROW_ID
from companion.services.session import one_command
from companion.services.user_settings import load_settings
from companion.web.schema import parse_datetime


def config_from(args) -> Config:
    return load_config(args.data_dir)


@contextmanager
def store(args):
    """Open the database for one command, in one transaction."""
    config = config_from(args)
    with one_command(config):
        yield config


def row_id(text: str) -> int:
    """An argparse type for a row's id: a whole number from 1 to the largest the database holds."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_ROW_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (ids are whole numbers from 1 to {MAX_ROW_ID})")
    return value


def emit(args, payload, text_lines) -> None:
    """Print `payload` as JSON with --json, else the readable lines."""
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False, default=str))
        return
    for line in text_lines() if callable(text_lines) else text_lines:
        print(line)


def user_zone() -> ZoneInfo:
    """The zone from the user's settings (with the store open): CLI times are read and shown in it,
    with the offset of their own date, so a July time typed in November keeps July's offset."""
    return load_settings().tz


def parse_cli_time(value: str, name: str, zone: ZoneInfo) -> datetime:
    """A time given on the command line; without an offset it is read in `zone`."""
    return parse_datetime(value, name, default_zone=zone)


def show_time(value: datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return "-"
    return value.astimezone(zone).strftime("%a %d %b %Y %H:%M")


def relative(value: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    seconds = (value - now).total_seconds()
    span = abs(seconds)
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if span >= size:
            count = int(span // size)
            words = f"{count} {unit}{'s' if count != 1 else ''}"
            return f"in {words}" if seconds > 0 else f"{words} ago"
    return "now"
