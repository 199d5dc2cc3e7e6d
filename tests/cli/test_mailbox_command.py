"""`interview-companion mailbox`: connect a folder (the password read from standard input, kept in
the keyring), see its state, check it now, and a check that fails says so and exits non-zero."""

from __future__ import annotations

import io

from imap_server import PASSWORD, USER
from recruiter_mail import recruiter_message


def test_connect_check_and_a_failed_check_from_the_command_line(client, interviewed, data_dir, imap_server,
                                                                system_keyring, run, monkeypatch):
    where = ["--data-dir", str(data_dir)]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, err = run("mailbox", "connect", "--host", "127.0.0.1", "--port", str(imap_server.port), "--user", USER,
                         "--security", "plain", "--password-stdin", *where)
    assert code == 0, err
    assert f"Watching INBOX of {USER} on 127.0.0.1" in out

    imap_server.deliver(recruiter_message("We would like to offer you the position. Your start date would be 2 April."))
    code, out, err = run("mailbox", "check", *where)
    assert code == 0, err
    assert "1 new, 1 taken in" in out and "recorded as offer" in out

    imap_server.stop()
    code, out, _ = run("mailbox", "check", *where)
    assert code == 1 and "The check failed: " in out and "tried again at the next check" in out
    code, out, _ = run("mailbox", "status", *where)
    assert code == 0 and "Last check failed: " in out and "messages taken in: 1" in out


def test_plain_text_to_another_machine_is_refused(client, data_dir, system_keyring, run, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    code, _, err = run("mailbox", "connect", "--host", "imap.example.com", "--user", USER, "--security", "plain",
                       "--password-stdin", "--data-dir", str(data_dir))
    assert code == 2 and "only sent unencrypted to a server on this machine" in err
