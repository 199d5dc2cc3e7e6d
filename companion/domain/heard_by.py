"""When the user will hear back, from what they were told: a date, or the words ("by Friday",
"in two weeks", "end of next week"), read from the moment the interview ended, in the user's
zone and with their locale's order of day and month (11/12 is 12 November in en-US).

dateparser reads dates and most relative words; the phrases about the end of a week or a month,
"next week", and a part of a month ("early January", "mid-March", "late May"), which recruiters
use all the time and dateparser leaves unread or reads as a single day, are worked out here: each
means the last day it covers (the Friday of a week, the 10th, 20th or last day of a month), so
the check-ins wait for the whole of what was promised. German and French words are read too
when asked for (a recruiter's message in those languages).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from babel.dates import get_month_names

from companion.domain.locales import date_order

FRIDAY = 4
_END_OF_WEEK = re.compile(r"^(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?week$")
_END_OF_MONTH = re.compile(r"^(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?month$")
_NEXT_WEEK = re.compile(r"^(?:(?:sometime|some\s+time)\s+|(?:during|in)\s+the\s+course\s+of\s+)?(next|this)\s+week$")
_PART_OF_MONTH = re.compile(r"^(?:the\s+)?(early|beginning\s+of|start\s+of|mid|middle\s+of|late|end\s+of)[\s-]+"
                            r"(?:(?:the\s+)?month\s+of\s+)?(\w+)$")
_PART_ENDS = {"early": 10, "beginning of": 10, "start of": 10, "mid": 20, "middle of": 20}  # else the last day
_LEAD = re.compile(r"^(?:by|before|on|around|within|until|no\s+later\s+than|in|during|at|sometime\s+in)\s+", re.IGNORECASE)


class HeardByError(ValueError):
    """The words could not be read as a day."""


def read_heard_by(words: str, said_at: datetime, locale: str = "en-US", languages: tuple[str, ...] = ("en",)) -> date:
    """The day the user expects news, from `words` said at `said_at` (local, naive or aware)."""
    text = " ".join(words.strip().lower().rstrip(".!").split())
    text = _LEAD.sub("", _in_english(text, languages))
    if not text:
        raise HeardByError("no date was given")
    base = said_at.replace(tzinfo=None)
    if match := _END_OF_WEEK.match(text):
        friday = base.date() + timedelta(days=(FRIDAY - base.weekday()) % 7)
        return friday + timedelta(days=7) if match[1] else friday
    if match := _END_OF_MONTH.match(text):
        first = base.date().replace(day=1)
        for _ in range(2 if match[1] else 1):
            first = (first + timedelta(days=32)).replace(day=1)
        return first - timedelta(days=1)
    if match := _NEXT_WEEK.match(text):
        friday = base.date() + timedelta(days=(FRIDAY - base.weekday()) % 7)
        return friday + timedelta(days=7) if match[1] == "next" else friday
    if (match := _PART_OF_MONTH.match(text)) and (month := _month_number(match[2], languages)):
        return _part_of_month(base.date(), month, " ".join(match[1].split()))
    text = re.sub(r"^a\s+(week|month|fortnight)$", r"in 1 \1", text)
    text = re.sub(r"^(?:a\s+)?fortnight$|^in\s+a\s+fortnight$", "in 2 weeks", text)
    text = re.sub(r"^an?\s+", "1 ", text)
    if re.fullmatch(r"\d+\s+(day|week|month)s?", text):
        text = f"in {text}"  # "within 2 weeks" → "2 weeks" → "in 2 weeks"
    import dateparser  # here, not at import: it takes a while to load, and only debriefs need it

    parsed = dateparser.parse(text, languages=list(languages), settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": date_order(locale)})
    if parsed is None:
        raise HeardByError(f"{words!r} is not a date (write one like 2026-12-11, or words like 'by Friday')")
    return parsed.date()


# The same phrases in German and French, said in English (month names come from CLDR).
_PHRASES = {
    "de": ((r"\bende\s+(?:der\s+)?nächste[nr]?\s+woche\b", "end of next week"),
           (r"\bende\s+(?:dieser|der)\s+woche\b", "end of this week"),
           (r"\b(?:im\s+laufe\s+der\s+)?nächste[nr]?\s+woche\b", "next week"),
           (r"\bende\s+(?:des\s+)?(?:nächsten\s+)?monats\b", "end of next month"),
           (r"\banfang\b", "early"), (r"\bmitte\b", "mid"), (r"\bende\b", "end of"),
           (r",?\s+den\s+", " "), (r"(\d+)\.", r"\1")),
    "fr": ((r"\bfin\s+de\s+la\s+semaine\s+prochaine\b", "end of next week"),
           (r"\bfin\s+de\s+(?:cette|la)\s+semaine\b", "end of this week"),
           (r"\b(?:dans\s+le\s+courant\s+de\s+)?la\s+semaine\s+prochaine\b", "next week"),
           (r"\bdébut\b", "early"), (r"\bmi-", "mid "), (r"\bfin\b", "end of"), (r"\ble\s+", "")),
}


def _in_english(text: str, languages: tuple[str, ...]) -> str:
    for language in languages:
        if language not in _PHRASES:
            continue
        for pattern, english in _PHRASES[language]:
            text = re.sub(pattern, english, text)
    return " ".join(text.split())


def _month_number(name: str, languages: tuple[str, ...]) -> int | None:
    """1 to 12 for a month's full name in English or one of `languages` (CLDR's names)."""
    for language in ("en", *languages):
        for number, known in get_month_names("wide", locale=language).items():
            if known.lower() == name:
                return number
    return None


def _part_of_month(today: date, month: int, part: str) -> date:
    """The last day of the part of the next such month (this one while it lasts)."""
    year = today.year + (1 if month < today.month else 0)
    end = _PART_ENDS.get(part)
    if end is None:  # late, end of: the month's last day
        following = date(year + month // 12, month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date(year, month, end)
