"""A watched mailbox, against a real IMAP server the tests start (Debian's Dovecot on loopback):
only tracked senders' messages are fetched, nothing is ever marked read, the password is in the
keyring and not the database, and a server that goes away is an error to try again, not a crash."""

from __future__ import annotations

import pytest

from companion.services import mailbox
from companion.services.errors import Conflict, Invalid
from companion.store.models import Capture, Setting
from imap_server import PASSWORD, USER, ImapServer
from recruiter_mail import recruiter_message


def box(server: ImapServer, password: str = PASSWORD) -> dict:
    return mailbox.connect(mailbox.MailboxSettings("127.0.0.1", USER, server.port, "INBOX", "plain"), password)


TIMELINE = recruiter_message("Thanks for coming in. The team will make a decision by Friday 23 March and I will let you know.",
                             message_id="<t1@mail.acme.example>")
FROM_THE_COMPANYS_TRACKER = recruiter_message(
    "Thank you for your interest. Unfortunately, we have decided to move forward with other candidates.",
    sender="Acme Recruiting <no-reply@ats-mail.example>", message_id="<r1@ats-mail.example>")
UNRELATED = recruiter_message("Unfortunately, we have decided to move forward with other candidates.",
                              sender="Globex Jobs <jobs@globex.example>", message_id="<g1@globex.example>")


def test_only_tracked_senders_messages_are_fetched_and_none_is_marked_read(client, interviewed, imap_server,
                                                                           system_keyring, db):
    imap_server.deliver(UNRELATED, TIMELINE)
    box(imap_server)
    checked = mailbox.check()
    assert checked["error"] is None
    # The server was asked only for tracked senders: Globex's message never left it.
    assert checked["fetched"] == 1 and [a["recorded"] for a in checked["imported"]] == ["replied"]
    assert client.get(f"/api/applications/{interviewed['application']}").json["decision_by"] == "2040-03-23"
    assert "globex" not in " ".join(c.title + str(c.payload) for c in Capture.select()).lower()
    assert all("\\Seen" not in flags for flags in imap_server.flags().values())

    # Next time, only what arrived since: the company's name in a hiring tool's From line counts.
    imap_server.deliver(FROM_THE_COMPANYS_TRACKER)
    again = mailbox.check()
    assert again["fetched"] == 1 and [a["recorded"] for a in again["imported"]] == ["rejected"]
    assert mailbox.check()["fetched"] == 0
    assert all("\\Seen" not in flags for flags in imap_server.flags().values())
    assert mailbox.status()["imported_total"] == 2


def test_a_server_that_goes_away_is_an_error_tried_again_at_the_next_check(client, interviewed, imap_server,
                                                                          system_keyring, db):
    box(imap_server)
    imap_server.stop()
    down = mailbox.check()
    assert down["imported"] == [] and "nothing answers there" in down["error"]
    assert mailbox.status()["last_error"] == down["error"]
    assert client.get("/api/health").status_code == 200

    imap_server.start()
    imap_server.deliver(TIMELINE)
    back = mailbox.check()
    assert back["error"] is None and [a["recorded"] for a in back["imported"]] == ["replied"]
    assert mailbox.status()["last_error"] is None


def test_the_password_is_kept_in_the_keyring_never_in_the_database_and_checked_first(client, interviewed, imap_server,
                                                                                     system_keyring, db):
    box(imap_server)
    name = f"imap://{USER}@127.0.0.1:{imap_server.port}"
    assert system_keyring.get_password(mailbox.KEYRING_SERVICE, name) == PASSWORD
    assert PASSWORD not in " ".join(str(row.value) for row in Setting.select())

    mailbox.disconnect()
    assert system_keyring.get_password(mailbox.KEYRING_SERVICE, name) is None
    assert mailbox.status()["connected"] is False
    with pytest.raises(Conflict, match="no mailbox is connected"):
        mailbox.check()

    # (A wrong password last: after one, the server slows logins from this address down.)
    with pytest.raises(Conflict, match="could not log in") as refused:
        box(imap_server, password="wrong")
    assert refused.value.code == "mailbox_unreachable" and mailbox.status()["connected"] is False
    assert system_keyring.get_password(mailbox.KEYRING_SERVICE, name) is None


def test_a_password_goes_unencrypted_only_to_this_machine(db, system_keyring, app):
    with pytest.raises(Invalid, match="only sent unencrypted to a server on this machine"):
        mailbox.connect(mailbox.MailboxSettings("imap.example.com", USER, 143, "INBOX", "plain"), PASSWORD)
    with pytest.raises(Invalid, match="not a folder name"):
        mailbox.connect(mailbox.MailboxSettings("imap.example.com", USER, 993, 'IN"BOX', "ssl"), PASSWORD)
