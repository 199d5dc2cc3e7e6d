"""`mailbox connect|status|check|disconnect`: watch one mail folder, over IMAP, for messages from
the companies and people already tracked (read-only; the password goes to the system keyring).
While `serve` runs it checks the folder every few minutes; `check` does it now."""

from __future__ import annotations

import getpass
import sys

from companion.cli.output import config_from, emit
from companion.cli.serve import port_number
from companion.services import mailbox
from companion.services.session import open_store


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("mailbox", parents=[common], help="watch a mail folder for recruiters' replies (IMAP)")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    connect = actions.add_parser("connect", parents=[common], help="name the server, account and folder to watch")
    connect.add_argument("--host", required=True, help="the IMAP server, e.g. imap.gmail.com or outlook.office365.com")
    connect.add_argument("--user", required=True, help="the account's user name, usually the e-mail address")
    connect.add_argument("--folder", default="INBOX", help="the folder to watch (default INBOX)")
    connect.add_argument("--security", choices=mailbox.SECURITY, default="ssl",
                         help="ssl (port 993, the default), starttls (port 143), or plain (only to a server on this machine)")
    connect.add_argument("--port", type=port_number, help="the server's port (default: 993 for ssl, 143 otherwise)")
    connect.add_argument("--password-stdin", action="store_true",
                         help="read the password (an app password for Gmail or Outlook) from standard input instead of asking")
    connect.set_defaults(handler=run_connect)
    for name, handler, text in (("status", run_status, "show the folder watched and its last check"),
                                ("check", run_check, "fetch new messages from tracked senders now"),
                                ("disconnect", run_disconnect, "stop watching and forget the password")):
        actions.add_parser(name, parents=[common], help=text).set_defaults(handler=handler)


def run_connect(args) -> int:
    open_store(config_from(args))
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else getpass.getpass(f"Password for {args.user}: ")
    port = args.port or (993 if args.security == "ssl" else 143)
    shown = mailbox.connect(mailbox.MailboxSettings(args.host, args.user, port, args.folder, args.security), password)
    emit(args, shown, [f"Watching {args.folder} of {args.user} on {args.host} (read-only; checked every few minutes "
                       "while the companion runs). The password is in the system keyring."])
    return 0


def run_status(args) -> int:
    open_store(config_from(args))
    shown = mailbox.status()
    emit(args, shown, lambda: _status_lines(shown))
    return 0


def run_check(args) -> int:
    open_store(config_from(args))
    checked = mailbox.check()
    lines = [f"Checked for messages from {checked['senders']} tracked senders: {checked['fetched']} new, "
             f"{len(checked['imported'])} taken in."]
    lines += [f"  {answer['verdict']['kind'].replace('_', ' ')}"
              + (f", recorded as {answer['recorded']}" if answer["recorded"] else "") for answer in checked["imported"]]
    if checked["error"]:
        lines.append(f"The check failed: {checked['error']}. It is tried again at the next check.")
    emit(args, checked, lines)
    return 1 if checked["error"] else 0


def run_disconnect(args) -> int:
    open_store(config_from(args))
    mailbox.disconnect()
    emit(args, {"connected": False}, ["The mailbox is no longer watched; its password was removed from the keyring."])
    return 0


def _status_lines(shown: dict):
    if not shown["connected"]:
        yield "No mailbox is watched. Connect one with `interview-companion mailbox connect --host … --user …`."
        return
    box = shown["mailbox"]
    yield f"Watching {box['folder']} of {box['username']} on {box['host']}:{box['port']} ({box['security']}), read-only."
    yield f"Last checked: {shown['last_checked_at'] or 'not yet'}; messages taken in: {shown['imported_total'] or 0}"
    if shown["last_error"]:
        yield f"Last check failed: {shown['last_error']}"
