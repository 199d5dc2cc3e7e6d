"""A recruiter's message as an .eml holds it, for the message and mailbox tests."""

from __future__ import annotations

from email.message import EmailMessage


def recruiter_message(body: str, *, sender: str = "Dana Lee <dana@acme.example>",
                      message_id: str = "<reply-7@mail.acme.example>", subject: str = "Re: Data Engineer interview") -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "sam@example.org"
    mail["Subject"] = subject
    mail["Date"] = "Thu, 15 Mar 2040 10:00:00 +0100"
    mail["Message-ID"] = message_id
    mail.set_content(body)
    return mail.as_bytes()
