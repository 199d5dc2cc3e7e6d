"""A throwaway IMAP server for the mailbox tests: Debian's Dovecot (dovecot-imapd) with a
configuration of its own in a temporary directory, listening on a free loopback port, one test
user whose password is in a file, Maildir storage; stopped (and startable again) by the tests.

As root (CI), Dovecot's own unprivileged users run it and own the mail, as Debian sets them up;
as anyone else, the current user does."""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from processes import free_port

DOVECOT = Path("/usr/sbin/dovecot")
USER, PASSWORD = "sam", "app-password-for-tests"


class ImapServer:
    def __init__(self) -> None:
        if not DOVECOT.exists():
            raise RuntimeError("Dovecot is not installed: install Debian's dovecot-imapd (scripts/test does)")
        self.folder = Path(tempfile.mkdtemp(prefix="companion-imap-"))
        self.port = free_port()
        self._configure()

    def _configure(self) -> None:
        root = os.geteuid() == 0
        me = pwd.getpwuid(os.geteuid()).pw_name
        owner = pwd.getpwnam("dovecot") if root else pwd.getpwuid(os.geteuid())
        self.folder.chmod(0o755)  # Dovecot's own users read the password file and config in it
        for name in ("run", "state", "home"):
            (self.folder / name).mkdir()
        os.chown(self.folder / "home", owner.pw_uid, owner.pw_gid)
        (self.folder / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        unprivileged = "" if root else (f"default_login_user = {me}\ndefault_internal_user = {me}\n"
                                         "service imap-login {\n  chroot =\n}\nservice anvil {\n  chroot =\n}\n")
        (self.folder / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {self.folder}/run
state_dir = {self.folder}/state
log_path = {self.folder}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {self.folder}/users
}}
userdb {{
  driver = static
  args = uid={owner.pw_uid} gid={owner.pw_gid} home={self.folder}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
{unprivileged}""")

    def start(self) -> None:
        # Dovecot goes to the background at once; it keeps no pipe of ours open (its log is its own file).
        started = subprocess.run([str(DOVECOT), "-c", str(self.folder / "dovecot.conf")],
                                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if started.returncode != 0:
            raise RuntimeError(f"Dovecot did not start (exit {started.returncode}):\n{self.log()}")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                imaplib.IMAP4("127.0.0.1", self.port, timeout=2).logout()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"Dovecot did not answer on port {self.port}:\n{self.log()}")

    def stop(self) -> None:
        """The server goes away at once, as when its machine or network drops (a polite SIGTERM
        makes Dovecot wait seconds for its processes); its processes follow their master."""
        pid_file = self.folder / "run" / "master.pid"
        if not pid_file.exists():
            return
        os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
        pid_file.unlink()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # until nothing answers on its port
            try:
                imaplib.IMAP4("127.0.0.1", self.port, timeout=1).shutdown()
            except OSError:
                return
            time.sleep(0.05)
        raise RuntimeError(f"Dovecot still answers on port {self.port} after being stopped")

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def session(self) -> imaplib.IMAP4:
        """The test user's own connection, to put messages in and look at their flags."""
        imap = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        imap.login(USER, PASSWORD)
        return imap

    def deliver(self, *messages: bytes, folder: str = "INBOX") -> None:
        imap = self.session()
        try:
            for message in messages:
                kind, said = imap.append(folder, None, None, message)
                assert kind == "OK", said
        finally:
            imap.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, str]:
        """Each message's flags, by UID, looked at read-only."""
        imap = self.session()
        try:
            imap.select(folder, readonly=True)
            _, data = imap.uid("FETCH", "1:*", "(FLAGS)")
        finally:
            imap.logout()
        found = {}
        for line in data:
            if isinstance(line, bytes) and b"UID" in line:
                text = line.decode()
                uid = int(text.split("UID ")[1].split()[0].rstrip(")"))
                found[uid] = text.split("FLAGS (")[1].split(")")[0]
        return found
