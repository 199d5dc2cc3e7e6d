"""The services' own errors: what went wrong in the user's words, a machine code, and the field
it concerns; no HTTP. The API (web/errors.py) and the CLI decide how to show them."""

from __future__ import annotations


class ServiceError(Exception):
    """A request the services refuse: `message` is the sentence for the user."""

    def __init__(self, message: str, *, code: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


class NotFound(ServiceError):
    """No row has that id."""

    def __init__(self, what: str, ident):
        super().__init__(f"{what} {ident} does not exist", code="not_found")


class Invalid(ServiceError):
    """A value the services cannot use (missing, out of range, contradicting another)."""

    def __init__(self, message: str, *, code: str = "invalid", field: str | None = None):
        super().__init__(message, code=code, field=field)


class Conflict(ServiceError):
    """A change the stored state does not allow (marking a cancelled follow-up, an .eml of a card)."""

    def __init__(self, message: str, *, code: str = "conflict", field: str | None = None):
        super().__init__(message, code=code, field=field)


class BrokenTemplate(ServiceError):
    """The user's own draft template cannot be used: neither the request nor the companion is at fault."""

    def __init__(self, message: str):
        super().__init__(message, code="template_error")


class Busy(ServiceError):
    """Another request holds the store's write lock past the wait: try again in a moment."""

    RETRY_AFTER_SECONDS = 2

    def __init__(self):
        super().__init__("the companion is busy with another change; try again in a moment", code="busy")


class StoreFull(ServiceError):
    """The disk holding the store is full: nothing was written."""

    def __init__(self):
        super().__init__("the disk holding the companion's data is full: nothing was saved; free some space "
                         "and try again", code="disk_full")
