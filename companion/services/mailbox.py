"""A mailbox folder the user names, watched over IMAP for messages from the companies and people
already tracked (opt-in; `interview-companion mailbox connect`).

Read-only by construction: the folder is opened with EXAMINE and messages are fetched with
BODY.PEEK, so nothing is ever marked read, moved or deleted. The search asks the server only for
messages from tracked senders (their addresses, their company's mail domain, the company's name
in the From line), newer than the last one seen; what comes back that matches no application is
dropped, not stored. The password lives in the system keyring, never in the database. The
network is used outside any transaction, so a slow or vanished server never holds the store."""

from __future__ import annotations

import imaplib
import logging
import re
import socket
import ssl
import threading
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from companion.domain.interview_notes import fold
from companion.domain.addresses import domain_of
from companion.domain.hosts import hiring_tool, is_public_mail
from companion.services.errors import Conflict, Invalid
from companion.services.messages import import_message
from companion.services.user_settings import load_settings
from companion.store.models import Application, Contact, Setting, database, utcnow

KEYRING_SERVICE = "interview-companion"
SETTING, STATE = "mailbox", "mailbox_state"
SECURITY = ("ssl", "starttls", "plain")  # plain only to this machine's own server
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}
TIMEOUT_SECONDS = 30
CHECK_EVERY_SECONDS = 300
MAX_MESSAGES_PER_CHECK = 200  # the rest come at the next check
MAX_MESSAGE_BYTES = 10_000_000  # larger ones are attachments, not a recruiter's words
FIRST_LOOK_BACK = timedelta(days=30)  # how far back a newly connected mailbox is read, before the oldest application
SENDERS_PER_SEARCH = 20
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MailboxSettings:
    host: str
    username: str
    port: int = 993
    folder: str = "INBOX"
    security: str = "ssl"

    @property
    def keyring_name(self) -> str:
        return f"imap://{self.username}@{self.host}:{self.port}"


class MailboxError(Exception):
    """The server could not be reached, refused the login or the folder, or broke off."""


def connect(settings: MailboxSettings, password: str) -> dict:
    """Check the settings against the server (login and folder), then keep them and the password."""
    settings = _checked(settings)
    try:
        with _session(settings, password):
            pass
    except MailboxError as problem:
        raise Conflict(str(problem), code="mailbox_unreachable") from None
    keyring, keyring_error = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_name, password)
    except keyring_error as problem:
        raise Conflict(f"the password could not be kept in the system keyring ({problem}); the mailbox "
                       "was not connected", code="no_keyring") from None
    with database.connection_context(), database.atomic():
        _put(SETTING, asdict(settings))
        _put(STATE, {})
    return status()


def disconnect() -> None:
    """Forget the mailbox and its password."""
    with database.connection_context(), database.atomic():
        settings = _stored_settings()
        Setting.delete().where(Setting.key.in_([SETTING, STATE])).execute()
    if settings is not None:
        keyring, keyring_error = _keyring()
        try:
            keyring.delete_password(KEYRING_SERVICE, settings.keyring_name)
        except keyring_error:
            pass  # already gone from the keyring


def status() -> dict:
    with database.connection_context():
        settings, state = _stored_settings(), _get(STATE) or {}
    return {"connected": settings is not None, "mailbox": asdict(settings) if settings else None,
            **{key: state.get(key) for key in ("last_checked_at", "last_error", "imported_total")}}


def check(now: datetime | None = None) -> dict:
    """Fetch the new messages from tracked senders and import them. A server that is down or
    refuses is recorded as the check's error and tried again next time; it never raises."""
    now = now or utcnow()
    with database.connection_context():
        settings, state = _stored_settings(), _get(STATE) or {}
        senders = tracked_senders()
        since = _first_day(now)
    if settings is None:
        raise Conflict("no mailbox is connected: run `interview-companion mailbox connect`", code="no_mailbox")
    found: list[bytes] = []
    error = None
    keyring, keyring_error = _keyring()
    try:
        password = keyring.get_password(KEYRING_SERVICE, settings.keyring_name)
        if password is None:
            raise MailboxError("the mailbox's password is no longer in the system keyring: connect it again")
        if senders:
            found, state = _fetch_new(settings, password, senders, state, since)
    except (MailboxError, keyring_error) as problem:
        error = str(problem)
        log.warning("checking the mailbox failed: %s", problem)
    imported = []
    for data in found:
        answer = import_message(data, now, tracked_only=True)
        if answer is not None and not answer.get("already_imported"):
            imported.append(answer)
    with database.connection_context(), database.atomic():
        state = state | {"last_checked_at": now.isoformat(), "last_error": error,
                         "imported_total": (state.get("imported_total") or 0) + len(imported)}
        _put(STATE, state)
    return {"imported": imported, "fetched": len(found), "error": error, "senders": len(senders)}


def start_watching() -> threading.Thread:
    """Check the connected mailbox now and every few minutes, beside the running companion."""
    def run() -> None:
        while True:
            try:
                if status()["connected"]:
                    check()
            except Exception as problem:  # noqa: BLE001 - a mailbox must never stop the companion
                log.warning("the mailbox check failed: %s", problem)
            time.sleep(CHECK_EVERY_SECONDS)

    thread = threading.Thread(target=run, name="mailbox-watch", daemon=True)
    thread.start()
    return thread


def tracked_senders() -> list[str]:
    """What a From line of a tracked company or person contains: each contact's address, their
    company's mail domain ("@acme.com"), and each company's name (as its no-reply mail signs)."""
    own = load_settings().own_emails
    terms: dict[str, None] = {}
    for (email,) in (Contact.select(Contact.email).where(Contact.application.is_null(False) & (Contact.email != ""))
                     .tuples()):
        email = (email or "").strip().lower()
        if not email or email in own:
            continue
        terms[email] = None
        domain = domain_of(email)
        if domain and not is_public_mail(domain) and not hiring_tool(domain)[0]:
            terms[f"@{domain}"] = None
    for (company,) in Application.select(Application.company).where(Application.company != "").tuples():
        name = " ".join((company or "").split())
        # A shorter name would match too many senders' words; IMAP's search is ASCII unless the
        # server offers UTF-8, so a name with other letters is found by its contacts only.
        if len(fold(name)) >= 4 and name.isascii():
            terms[name] = None
    return list(terms)


def _keyring():
    """The keyring module and its error: imported when a mailbox is used (it takes a third of a
    second to load, and most users watch no mailbox), not when the companion starts."""
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def _checked(settings: MailboxSettings) -> MailboxSettings:
    host = settings.host.strip().lower()
    if not re.fullmatch(r"[a-z0-9.-]{1,253}|\[?[0-9a-f:.]+\]?", host):
        raise Invalid(f"{settings.host!r} is not a mail server's name", field="host")
    if settings.security not in SECURITY:
        raise Invalid(f"'security' must be one of: {', '.join(SECURITY)}", field="security")
    if settings.security == "plain" and host not in LOOPBACK_HOSTS:
        raise Invalid("a password is only sent unencrypted to a server on this machine: use ssl or starttls",
                      field="security")
    if not 1 <= settings.port <= 65535:
        raise Invalid(f"{settings.port} is not a port", field="port")
    if not settings.username.strip():
        raise Invalid("the mailbox's user name is missing", field="username")
    if not settings.folder.strip() or any(ch in settings.folder for ch in '"\r\n\\'):
        raise Invalid(f"{settings.folder!r} is not a folder name", field="folder")
    return MailboxSettings(host, settings.username.strip(), settings.port, settings.folder.strip(), settings.security)


class _session:
    """A logged-in connection with the folder opened read-only (EXAMINE)."""

    def __init__(self, settings: MailboxSettings, password: str):
        self.settings, self.password = settings, password

    def __enter__(self) -> imaplib.IMAP4:
        s = self.settings
        self.imap = None
        try:
            if s.security == "ssl":
                self.imap = imaplib.IMAP4_SSL(s.host, s.port, ssl_context=ssl.create_default_context(),
                                              timeout=TIMEOUT_SECONDS)
            else:
                self.imap = imaplib.IMAP4(s.host, s.port, timeout=TIMEOUT_SECONDS)
                if s.security == "starttls":
                    self.imap.starttls(ssl.create_default_context())
            self.imap.login(s.username, self.password)
        except (OSError, imaplib.IMAP4.error, ssl.SSLError) as problem:
            if self.imap is not None:
                self.imap.shutdown()
            raise MailboxError(f"could not log in to {s.host}:{s.port} as {s.username}: {_said(problem)}") from None
        try:
            kind, said = self.imap.select(_quoted(s.folder), readonly=True)
        except (OSError, imaplib.IMAP4.error) as problem:
            self.__exit__()
            raise MailboxError(f"the server broke off opening {s.folder!r}: {_said(problem)}") from None
        if kind != "OK":
            self.__exit__()
            raise MailboxError(f"the folder {s.folder!r} cannot be opened: {_said(said)}")
        return self.imap

    def __exit__(self, *_exc) -> None:
        try:
            self.imap.logout()
        except (OSError, imaplib.IMAP4.error):
            pass


def _fetch_new(settings: MailboxSettings, password: str, senders: list[str], state: dict,
               since: datetime) -> tuple[list[bytes], dict]:
    """The messages from tracked senders after the last one seen, and the state to remember."""
    try:
        with _session(settings, password) as imap:
            validity = _uid_validity(imap)
            last = state.get("last_uid", 0) if state.get("uid_validity") == validity else 0
            window = f"UID {last + 1}:*" if last else f"SINCE {since:%d-%b-%Y}"
            uids: set[int] = set()
            for start in range(0, len(senders), SENDERS_PER_SEARCH):
                uids |= _search(imap, window, senders[start:start + SENDERS_PER_SEARCH])
            new = sorted(uid for uid in uids if uid > last)[:MAX_MESSAGES_PER_CHECK]
            found = [data for uid in new if (data := _fetch(imap, uid)) is not None]
            if new:
                last = new[-1]
            elif last == 0:
                last = _highest_uid(imap)
    except (OSError, imaplib.IMAP4.error, ssl.SSLError) as problem:
        raise MailboxError(f"the server broke off: {_said(problem)}") from None
    return found, state | {"uid_validity": validity, "last_uid": last}


def _search(imap: imaplib.IMAP4, window: str, senders: list[str]) -> set[int]:
    """UIDs in the window from any of these senders: OR FROM a (OR FROM b FROM c)."""
    criteria = f"FROM {_quoted(senders[-1])}"
    for sender in reversed(senders[:-1]):
        criteria = f"OR FROM {_quoted(sender)} {criteria}"
    kind, data = imap.uid("SEARCH", f"{window} {criteria}")
    if kind != "OK":
        raise MailboxError(f"the server refused the search: {_said(data)}")
    return {int(uid) for uid in b" ".join(data).split()}


def _fetch(imap: imaplib.IMAP4, uid: int) -> bytes | None:
    kind, data = imap.uid("FETCH", str(uid), "(RFC822.SIZE)")
    size = re.search(rb"RFC822\.SIZE (\d+)", b" ".join(part for part in data if isinstance(part, bytes)) or b"")
    if kind != "OK" or size is None or int(size[1]) > MAX_MESSAGE_BYTES:
        return None
    kind, data = imap.uid("FETCH", str(uid), "(BODY.PEEK[])")  # PEEK: the message stays unread
    parts = [part[1] for part in data if isinstance(part, tuple)]
    return parts[0] if kind == "OK" and parts else None


def _uid_validity(imap: imaplib.IMAP4) -> int:
    _, data = imap.response("UIDVALIDITY")
    return int(data[0]) if data and data[0] else 0


def _highest_uid(imap: imaplib.IMAP4) -> int:
    kind, data = imap.uid("SEARCH", "ALL")
    uids = [int(uid) for uid in b" ".join(data or []).split()] if kind == "OK" else []
    return max(uids, default=0)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _said(problem) -> str:
    if isinstance(problem, list):
        problem = b" ".join(part for part in problem if isinstance(part, bytes)).decode("utf-8", "replace")
    if isinstance(problem, (socket.timeout, TimeoutError)):
        return "no answer in time"
    if isinstance(problem, ConnectionRefusedError):
        return "nothing answers there"
    text = problem.decode("utf-8", "replace") if isinstance(problem, bytes) else str(problem)
    return text.strip() or type(problem).__name__


def _first_day(now: datetime) -> datetime:
    oldest = Application.select(Application.created_at).order_by(Application.created_at).first()
    start = oldest.created_at if oldest is not None else now
    return start - FIRST_LOOK_BACK


def _stored_settings() -> MailboxSettings | None:
    stored = _get(SETTING)
    return MailboxSettings(**stored) if stored else None


def _get(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else None


def _put(key: str, value) -> None:
    Setting.insert(key=key, value=value).on_conflict(conflict_target=[Setting.key],
                                                     update={Setting.value: value}).execute()
