"""Opening the store for the API and the CLI, and the transaction each request or command runs in.

The web and command-line layers reach the database only through the services; this is their door.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from companion.config import Config
from companion.store.db import database_status, open_database
from companion.store.models import database
from companion.services.follow_up_drafts import use_templates_from

__all__ = ["database_status", "open_store", "one_command", "Request"]


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
    """One API request's connection and transaction: begun before the route, committed or rolled back after."""

    def __init__(self) -> None:
        database.connect(reuse_if_open=True)
        self._transaction = database.atomic()
        self._transaction.__enter__()

    def finish(self, *, commit: bool) -> None:
        if commit:
            self._transaction.__exit__(None, None, None)
        else:
            self._transaction.__exit__(_RolledBack, _RolledBack(), None)
        if not database.is_closed():
            database.close()


class _RolledBack(Exception):
    """Handed to the transaction to make it roll back a request that failed."""
