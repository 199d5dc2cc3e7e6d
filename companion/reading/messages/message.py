"""An e-mail as plain facts, whatever its encoding: quoted-printable, base64, HTML-only, a legacy
charset, or a body the exporter left in its transfer encoding. Python's `email` package reads
the structure; selectolax turns HTML into text."""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from companion.domain.facts import visible
from companion.reading.markup import MarkupRefused, parse_html
from companion.reading.messages.outlook_file import is_outlook_file, to_rfc822

MAX_TEXT = 200_000  # characters of body text kept: a recruiter's message is far shorter


@dataclass
class MessageFacts:
    sender_name: str = ""
    sender_email: str = ""
    recipients: list[str] = field(default_factory=list)
    subject: str = ""
    date: datetime | None = None  # aware; None when the message has no usable Date
    message_id: str = ""
    in_reply_to: str = ""
    web_id: str = ""  # a webmail page's own id of the message ("gmail:18c…"), where no Message-ID is shown
    thread_id: str = ""  # the webmail's id of the conversation
    date_shown: str = ""  # the date as a webmail page shows it, before it is read
    text: str = ""  # the body as plain text
    calendars: list[bytes] = field(default_factory=list)  # text/calendar parts: an invitation's invite


def read_message(data: bytes) -> MessageFacts:
    """The facts of one message (RFC 5322, or Outlook's .msg); a part that cannot be decoded is read
    as best it can be. Only a damaged Outlook file is refused (UnreadableMessage)."""
    if is_outlook_file(data):
        data = to_rfc822(data)
    message = email.message_from_bytes(data, policy=policy.default)
    name, address = _first_address(message, "from")
    facts = MessageFacts(
        sender_name=visible(name), sender_email=address.lower(),
        recipients=[addr.lower() for _, addr in _addresses(message, "to") + _addresses(message, "cc") if addr],
        subject=visible(" ".join(str(message.get("subject", "")).split())),
        date=_date(message), message_id=str(message.get("message-id", "")).strip(),
        in_reply_to=str(message.get("in-reply-to", "")).strip(),
    )
    facts.text = _body_text(message)[:MAX_TEXT]
    facts.calendars = [part.get_payload(decode=True) or b"" for part in message.walk()
                       if part.get_content_type() == "text/calendar"]
    return facts


def _addresses(message: EmailMessage, header: str) -> list[tuple[str, str]]:
    try:
        return getaddresses([str(value) for value in message.get_all(header, [])])
    except (TypeError, ValueError, IndexError):
        return []


def _first_address(message: EmailMessage, header: str) -> tuple[str, str]:
    found = _addresses(message, header)
    return found[0] if found else ("", "")


def _date(message: EmailMessage) -> datetime | None:
    try:
        moment = parsedate_to_datetime(str(message.get("date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None and moment.year > 1970 else None


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html")) or message
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown charset or a broken encoding
        content = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    if not isinstance(content, str):
        content = content.decode("utf-8", "replace") if isinstance(content, bytes) else str(content)
    if part.get_content_type() == "text/html" or re.search(r"<(html|body|p|div|br|table)\b", content[:5000], re.I):
        content = _html_text(content)
    return visible(content).replace("\r\n", "\n").strip()


def _html_text(html: str) -> str:
    """The words of an HTML body (the bounded parser of pages: hostile markup reads as nothing)."""
    try:
        tree = parse_html(html)
    except MarkupRefused:
        return ""
    for node in tree.css("script, style, head"):
        node.decompose()
    root = tree.body or tree.root
    return root.text(separator="\n") if root is not None else ""
