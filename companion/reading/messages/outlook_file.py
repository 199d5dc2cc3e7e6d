"""Outlook's own message files (.msg: a Compound File of MAPI properties, what Outlook on the
desktop saves when a message is dragged out), turned by extract-msg into the RFC 5322 message
they hold, so the one message reader (message.py) reads them."""

from __future__ import annotations

import logging

COMPOUND_FILE = bytes.fromhex("D0CF11E0A1B11AE1")  # every .msg starts so
MAIL_CLASSES = ("ipm.note", "ipm.schedule.meeting")  # Outlook's message classes of e-mails and invitations


class UnreadableMessage(ValueError):
    """An Outlook file that is damaged, or holds no e-mail (a contact, a task)."""


def is_outlook_file(data: bytes) -> bool:
    return data[:8] == COMPOUND_FILE


def to_rfc822(data: bytes) -> bytes:
    """The message in an Outlook file, with its headers as received (or as Outlook kept them)."""
    # Imported here: extract-msg takes a while to load, and only .msg files need it.
    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.ERROR)  # it reports every property it skips
    try:
        with extract_msg.openMsg(data, delayAttachments=True) as message:
            kind = (message.classType or "").lower()
            if not kind.startswith(MAIL_CLASSES):
                raise UnreadableMessage(f"this Outlook file holds {kind or 'something unknown'}, not an e-mail")
            return message.asEmailMessage().as_bytes()
    except UnreadableMessage:
        raise
    except Exception as problem:  # noqa: BLE001 - a damaged file fails in many ways inside the library
        raise UnreadableMessage(f"this Outlook file could not be read ({problem})") from None
