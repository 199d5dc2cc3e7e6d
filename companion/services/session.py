"""Opening the store for the API and the CLI, and the transaction each request or command runs in.

The web and command-line layers reach the database only through the services; this is their door.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from companion.config import Config
from companion.services.errors import Busy, ServiceError, StoreFull
from companion.store.db import database_status, open_database
from companion.store.models import database
from companion.services.follow_up_drafts import use_templates_from

__all__ = ["database_status", "open_store", "one_command", "Request", "store_trouble"]


def open_store(config: Config) -> None:
    """Bind and migrate the configured database, and use the user's own draft templates."""
    open_database(config)
    use_templates_from(config.data_dir / "templates")


@contextmanager
def one_command(config: Config) -> Iterator[None]:
    """Open the store for one CLI command and run it in one transaction."""
    open_store(config)
    with database.connection_context(), database.atomic():
        yield


class Request:
    """One API request's connection and transaction, committed or rolled back after the route.

    The transaction takes the write lock as it begins (see store/db.py), so a route that reads
    slowly first (a capture: parsing a page or an invite) begins it late, with `begin`, and holds
    the lock only while it writes. A lock not granted in time is `Busy`; a full disk is `StoreFull`.
    """

    def __init__(self, *, begin: bool = True, read_only: bool = False) -> None:
        database.connect(reuse_if_open=True)
        self._transaction = None
        self._read_only = read_only
        if begin:
            self.begin()

    def begin(self) -> None:
        # A read begins without the write lock: in SQLite's WAL mode it then neither waits for a
        # writer nor holds one up (a read that turns out to write takes the lock when it does).
        deferred = self._read_only and isinstance(database.obj, pw.SqliteDatabase)
        transaction = database.atomic(lock_type="DEFERRED") if deferred else database.atomic()
        try:
            transaction.__enter__()
        except pw.OperationalError as error:
            raise store_trouble(error) or error from error
        self._transaction = transaction

    def finish(self, *, commit: bool) -> None:
        transaction, self._transaction = self._transaction, None
        try:
            if transaction is not None and commit:
                try:
                    transaction.__exit__(None, None, None)
                except pw.OperationalError as error:  # the commit itself failed (a full disk)
                    raise store_trouble(error) or error from error
            elif transaction is not None:
                _roll_back(transaction)
        finally:
            if not database.is_closed():
                database.close()


def _roll_back(transaction) -> None:
    try:
        transaction.__exit__(_RolledBack, _RolledBack(), None)
    except pw.OperationalError as error:
        # SQLite rolls back by itself after some failures (a full disk): nothing is left to undo.
        if "no transaction is active" not in str(error):
            raise


def store_trouble(error: BaseException | None) -> ServiceError | None:
    """The store's own trouble as the error a user can act on, or None for any other error.

    The error met first is looked for too: after a full disk SQLite has already rolled back, so
    undoing a savepoint fails next ("no such savepoint") while the full disk is its context."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, pw.OperationalError):
            text = str(error).lower()
            if "locked" in text or "busy" in text:
                return Busy()
            if "full" in text or "no space" in text:
                return StoreFull()
        error, seen = error.__cause__ or error.__context__, seen + 1
    return None


class _RolledBack(Exception):
    """Handed to the transaction to make it roll back a request that failed."""
