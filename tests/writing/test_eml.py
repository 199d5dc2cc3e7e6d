"""The .eml draft parses with the right headers; the mailto: link appears only when short enough."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from companion.writing.eml import MAILTO_LIMIT, EmlError, draft_eml, mailto_link

BODY = "Dear Dana Lee,\n\nThank you for Tuesday — the Kafka migration was fascinating.\n\nBest regards,\nSam Rivera"


def parsed(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)


def test_draft_parses_with_unsent_flag_recipient_subject_and_body():
    data = draft_eml(subject="Sam Rivera: thank you for the Data Engineer interview", body=BODY,
                     to="dana@acme.example", to_name="Dana Lee", from_address="sam@example.org",
                     from_name="Sam Rivera", date=datetime(2026, 11, 18, 8, 0, tzinfo=UTC))
    message = parsed(data)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "dana@acme.example"
    assert message["To"].addresses[0].display_name == "Dana Lee"
    assert message["From"].addresses[0].addr_spec == "sam@example.org"
    assert message["Subject"] == "Sam Rivera: thank you for the Data Engineer interview"
    assert message["Date"].datetime == datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    assert "In-Reply-To" not in message and "References" not in message
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # CRLF line ends throughout


def test_reply_in_a_known_thread_carries_in_reply_to_and_references():
    message = parsed(draft_eml(subject="Re: Interview schedule", body=BODY, to="dana@acme.example",
                               in_reply_to="CAF=x8Yq1@mail.acme.example"))
    assert message["In-Reply-To"] == "<CAF=x8Yq1@mail.acme.example>"
    assert message["References"] == "<CAF=x8Yq1@mail.acme.example>"


def test_non_ascii_subject_and_names_survive():
    message = parsed(draft_eml(subject="Re: Ihr Vorstellungsgespräch", body="Grüße", to="jurgen@firma.example",
                               to_name="Jürgen Groß, Dr."))
    assert message["Subject"] == "Re: Ihr Vorstellungsgespräch"
    assert message["To"].addresses[0].display_name == "Jürgen Groß, Dr."
    assert message.get_content().strip() == "Grüße"


def test_a_newline_in_the_subject_cannot_add_a_header():
    message = parsed(draft_eml(subject="Hello\r\nBcc: victim@example.org", body=BODY, to="dana@acme.example"))
    assert "Bcc" not in message
    assert message["Subject"] == "Hello Bcc: victim@example.org"


@pytest.mark.parametrize(("field", "changes"), [
    ("to", {"to": "not an address"}),
    ("to", {"to": "dana@acme.example\r\nBcc: victim@example.org"}),
    ("to", {"to": "hank@evil.example?bcc=spy%40x.example"}),
    ("from", {"from_address": "sam at example"}),
    ("in_reply_to", {"in_reply_to": "two ids"}),
])
def test_bad_addresses_are_errors_naming_the_field(field, changes):
    arguments = {"subject": "Hi", "body": BODY, "to": "dana@acme.example"} | changes
    with pytest.raises(EmlError) as problem:
        draft_eml(**arguments)
    assert problem.value.field == field


def test_without_a_recipient_the_draft_still_opens_for_editing():
    message = parsed(draft_eml(subject="Hi", body=BODY, to=""))
    assert "To" not in message and message["X-Unsent"] == "1"


def test_mailto_link_round_trips_subject_body_and_thread():
    link = mailto_link(to="dana@acme.example", subject="Re: Hi & bye?", body=BODY, in_reply_to="abc@mail.example")
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "dana@acme.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Re: Hi & bye?"]
    assert query["body"] == [BODY.replace("\n", "\r\n")]
    assert query["In-Reply-To"] == ["<abc@mail.example>"]
    assert "+" not in link and " " not in link


def test_mailto_link_is_left_out_when_too_long():
    assert mailto_link(to="dana@acme.example", subject="Hi", body="x" * MAILTO_LIMIT) is None
    fits = mailto_link(to="dana@acme.example", subject="Hi", body="x" * (MAILTO_LIMIT - 60))
    assert fits is not None and len(fits) <= MAILTO_LIMIT


def test_a_mailto_link_never_carries_an_address_that_adds_recipients():
    link = mailto_link(to="hank@evil.example?bcc=spy%40x.example&subject=x", subject="Hi", body=BODY)
    parts = urlsplit(link)
    assert unquote(parts.path) == ""  # the user fills in the recipient
    assert set(parse_qs(parts.query)) == {"subject", "body"}
