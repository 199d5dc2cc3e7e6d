"""Outlook's .msg files, read as the message they hold (files written by tests/outlook_msg.py:
no .msg file with a licence that allows it is in the shared corpus yet)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from companion.reading.messages.message import read_message
from companion.reading.messages.outlook_file import UnreadableMessage
from companion.reading.messages.verdict import judge
from outlook_msg import compound_file, outlook_msg

HEADERS = ("From: Dana Lee <dana@acme.example>\r\nTo: sam@example.org\r\nSubject: Re: Data Engineer interview\r\n"
           "Date: Thu, 15 Mar 2040 10:00:00 +0100\r\nMessage-ID: <offer-1@mail.acme.example>\r\n\r\n")


def test_a_received_message_saved_by_outlook_reads_like_its_eml():
    data = outlook_msg(subject="Re: Data Engineer interview", sender_name="Dana Lee", sender_email="dana@acme.example",
                       body="We would like to offer you the position. Your start date would be 2 April.", headers=HEADERS)
    facts = read_message(data)
    assert (facts.sender_name, facts.sender_email, facts.subject) == ("Dana Lee", "dana@acme.example", "Re: Data Engineer interview")
    assert facts.message_id == "<offer-1@mail.acme.example>" and facts.recipients == ["sam@example.org"]
    assert facts.date == datetime(2040, 3, 15, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert facts.text.startswith("We would like to offer you the position.")
    assert judge(facts).kind == "offer"


def test_a_long_body_outside_the_mini_stream():
    body = "Thank you for your patience during our process. " * 120 + "Unfortunately, we have decided not to proceed."
    facts = read_message(outlook_msg(subject="Your application", sender_name="Acme Talent",
                                     sender_email="talent@acme.example", body=body, headers=HEADERS))
    assert facts.text.endswith("we have decided not to proceed.") and len(facts.text) > 4096


@pytest.mark.parametrize("data, said", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "could not be read"),
    (compound_file({"__substg1.0_001A001F": "IPM.Contact".encode("utf-16-le"),
                    "__properties_version1.0": bytes(32)}), "not an e-mail"),
])
def test_a_damaged_file_or_one_holding_no_email_is_refused_with_the_reason(data, said):
    with pytest.raises(UnreadableMessage, match=said):
        read_message(data)
