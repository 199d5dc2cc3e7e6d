"""When the user will hear back, from what they were told: a date, or the words ("by Friday",
"in two weeks", "end of next week"), read from the moment the interview ended, in the user's
zone and with their locale's order of day and month (11/12 is 12 November in en-US).

dateparser reads dates and most relative words; the phrases about the end of a week or a month,
which recruiters use all the time and dateparser leaves unread, are worked out here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from companion.domain.locales import date_order

FRIDAY = 4
_END_OF_WEEK = re.compile(r"^(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?week$")
_END_OF_MONTH = re.compile(r"^(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?month$")
_LEAD = re.compile(r"^(?:by|before|on|around|within|until|no\s+later\s+than)\s+", re.IGNORECASE)


class HeardByError(ValueError):
    """The words could not be read as a day."""


def read_heard_by(words: str, said_at: datetime, locale: str = "en-US") -> date:
    """The day the user expects news, from `words` said at `said_at` (local, naive or aware)."""
    text = " ".join(words.strip().lower().rstrip(".!").split())
    text = _LEAD.sub("", text)
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
    text = re.sub(r"^a\s+(week|month|fortnight)$", r"in 1 \1", text)
    text = re.sub(r"^(?:a\s+)?fortnight$|^in\s+a\s+fortnight$", "in 2 weeks", text)
    text = re.sub(r"^an?\s+", "1 ", text)
    if re.fullmatch(r"\d+\s+(day|week|month)s?", text):
        text = f"in {text}"  # "within 2 weeks" → "2 weeks" → "in 2 weeks"
    import dateparser  # here, not at import: it takes a while to load, and only debriefs need it

    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future", "DATE_ORDER": date_order(locale)})
    if parsed is None:
        raise HeardByError(f"{words!r} is not a date (write one like 2026-12-11, or words like 'by Friday')")
    return parsed.date()
