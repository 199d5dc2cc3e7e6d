"""Turn a draft into an unsent email (.eml) that mail programs open for editing, or a mailto: link.

The .eml carries `X-Unsent: 1`, which Outlook and Thunderbird read as "open as a draft", and
In-Reply-To/References when the thread is known, so the reply lands in the company's thread.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

from companion.domain.addresses import is_email_address

# Longer mailto: links get cut or refused: Windows hands at most about 2,048 characters of a
# URL to the mail program, and browsers and mail programs differ beyond that, so stay under.
MAILTO_LIMIT = 2000


class EmlError(ValueError):
    """A draft that cannot become an email; `field` names the part at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field


def draft_eml(*, subject: str, body: str, to: str, to_name: str = "", from_address: str = "",
              from_name: str = "", in_reply_to: str = "", date: datetime | None = None) -> bytes:
    """The RFC 5322 bytes of an unsent draft. Without `from_address`, the mail program fills From."""
    message = EmailMessage(policy=policy.SMTP)
    message["X-Unsent"] = "1"
    if date is not None:
        message["Date"] = format_datetime(date)
    if from_address:
        message["From"] = _address("from", from_address, from_name)
    if to:
        message["To"] = _address("to", to, to_name)
    message["Subject"] = " ".join(subject.split())
    if in_reply_to:
        message_id = message_id_of(in_reply_to)
        message["In-Reply-To"] = message_id
        message["References"] = message_id
    message.set_content(body, cte="quoted-printable")
    return message.as_bytes()


def message_id_of(text: str) -> str:
    """A Message-ID in its angle brackets, as In-Reply-To wants it."""
    bare = text.strip().strip("<>").strip()
    if not bare or re.search(r"[\s<>]", bare):
        raise EmlError("in_reply_to", f"{text!r} is not a message ID")
    return f"<{bare}>"


def mailto_link(*, to: str, subject: str, body: str, in_reply_to: str = "") -> str | None:
    """A mailto: link (RFC 6068) that opens the draft, or None when it would be too long to work."""
    fields = [("subject", " ".join(subject.split())), ("body", body.replace("\r\n", "\n").replace("\n", "\r\n"))]
    if in_reply_to:
        fields.append(("In-Reply-To", message_id_of(in_reply_to)))
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in fields if value)
    recipient = to.strip() if is_email_address(to.strip()) else ""  # else the user fills it in
    link = f"mailto:{quote(recipient, safe='@')}" + (f"?{query}" if query else "")
    return link if len(link) <= MAILTO_LIMIT else None


def _address(field: str, address: str, name: str) -> Address:
    if not is_email_address(address.strip()):
        raise EmlError(field, f"{address!r} is not an email address")
    try:
        return Address(display_name=" ".join(name.split()), addr_spec=address.strip())
    except (HeaderParseError, ValueError, IndexError) as problem:
        raise EmlError(field, f"{address!r} is not an email address ({problem})") from None
