"""When news will come, from the words a recruiter or the user wrote: each phrase means the last
day it covers, so the check-ins wait for the whole of what was promised."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from companion.domain.heard_by import HeardByError, read_heard_by

SAID = datetime(2040, 12, 12, 10, 0)  # a Wednesday in December


@pytest.mark.parametrize("words, languages, day", [
    ("by Friday", ("en",), date(2040, 12, 14)),
    ("next week", ("en",), date(2040, 12, 21)),  # the Friday of next week, not next Wednesday
    ("sometime this week", ("en",), date(2040, 12, 14)),
    ("by the end of next week", ("en",), date(2040, 12, 21)),
    ("in early January", ("en",), date(2041, 1, 10)),  # the year turns
    ("mid-January", ("en",), date(2041, 1, 20)),
    ("late December", ("en",), date(2040, 12, 31)),  # this month, while it lasts
    ("the end of February", ("en",), date(2041, 2, 28)),
    ("Freitag, den 21. Dezember", ("de",), date(2040, 12, 21)),
    ("nächste Woche", ("de",), date(2040, 12, 21)),
    ("Anfang Januar", ("de",), date(2041, 1, 10)),
    ("Mitte März", ("de",), date(2041, 3, 20)),
    ("le 21 décembre", ("fr",), date(2040, 12, 21)),
    ("la semaine prochaine", ("fr",), date(2040, 12, 21)),
    ("début janvier", ("fr",), date(2041, 1, 10)),
    ("mi-janvier", ("fr",), date(2041, 1, 20)),
])
def test_each_phrase_means_the_last_day_it_covers(words, languages, day):
    assert read_heard_by(words, SAID, "en-GB", languages) == day


def test_a_part_of_a_word_that_is_no_month_is_no_date():
    with pytest.raises(HeardByError):
        read_heard_by("early adopters", SAID, "en-GB")
