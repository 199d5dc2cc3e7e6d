"""The message open in Gmail or Outlook on the web, read from the captured page (hand-made pages
from the apps' public structure: tests/fixtures/webmail/README.md)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.reading.messages.webmail import GMAIL, OUTLOOK, NoOpenMessage, read_webmail, reader_for
from fixture_files import FIXTURES

WEBMAIL = FIXTURES / "webmail"
CHICAGO = ZoneInfo("America/Chicago")
GMAIL_THREAD = "https://mail.google.com/mail/u/0/#inbox/FMfcgzGwHfPtwBZQnWkCkxvpbdlLqrkJ"
OUTLOOK_ITEM = "https://outlook.office.com/mail/inbox/id/AAQkAGI2ZTU3NjQ4LWJkMDMtNDQ0Zi1iNGRhLTVkMTZmYzdkZjRkNQAQAKp"


def page(name: str) -> str:
    return (WEBMAIL / name).read_text(encoding="utf-8")


def test_the_open_message_of_a_gmail_conversation():
    facts = read_webmail(page("gmail_thread_timeline_reply.html"), GMAIL_THREAD, CHICAGO)
    # The recruiter's reply (the open message), not the user's own message above it.
    assert (facts.sender_name, facts.sender_email, facts.recipients) == ("Dana Lee", "dana@acme.example", ["sam@example.org"])
    assert facts.subject == "Re: Data Engineer interview"
    # Shown without a zone: the browser's, with that date's offset (Chicago is on summer time by 15 March).
    assert facts.date == datetime(2040, 3, 15, 10, 2, tzinfo=CHICAGO) and facts.date.utcoffset().total_seconds() == -5 * 3600
    assert facts.text.startswith("Hi Sam,\nThanks again for coming in on Tuesday")
    assert "decision by Friday 23 March" in facts.text
    assert "wrote:" not in facts.text  # the quoted earlier message is not the reply's own words
    assert (facts.web_id, facts.thread_id, facts.message_id) == ("gmail:18e2b6f0c3a1e002", "18e2b1c4a7d9e001", "")


def test_the_open_message_in_outlooks_reading_pane_in_british_english():
    facts = read_webmail(page("outlook_reading_pane_rejection.html"), OUTLOOK_ITEM, CHICAGO)
    assert (facts.sender_name, facts.sender_email, facts.recipients) == ("Talent Team", "talent@acme.example", ["sam@example.org"])
    assert facts.subject == "Your application at Acme"
    assert facts.date == datetime(2040, 3, 19, 9, 15, tzinfo=CHICAGO)  # 19/03: day first
    assert "we have decided to move forward with other candidates" in facts.text
    assert facts.web_id == "outlook:AAQkAGI2ZTU3NjQ4LWJkMDMtNDQ0Zi1iNGRhLTVkMTZmYzdkZjRkNQAQAKp"


def test_an_inbox_list_has_no_open_message():
    with pytest.raises(NoOpenMessage, match="no message is open"):
        read_webmail(page("gmail_inbox_list.html"), "https://mail.google.com/mail/u/0/#inbox", CHICAGO)


@pytest.mark.parametrize("url, reader", [
    (GMAIL_THREAD, GMAIL), ("https://mail.google.com/mail/u/0/#inbox", GMAIL), (OUTLOOK_ITEM, OUTLOOK),
    ("https://outlook.live.com/mail/0/inbox/id/AQQkADAw", OUTLOOK),
    ("https://outlook.office.com/calendar/view/week", None),  # the calendar has its own reader
    ("http://mail.google.com/mail/u/0/#inbox/FMfcgzGwHfPtwBZQnWkCkxvpbdlLqrkJ", None),
    ("https://mail.google.com.evil.example/mail/u/0/", None),
])
def test_which_addresses_are_webmail_messages(url, reader):
    assert reader_for(url) == reader
