"""Fetching one row by its id for a route or a command: the row, or NotFound naming what is missing."""

from __future__ import annotations

from typing import TypeVar

import peewee as pw

from companion.services.errors import NotFound
from companion.store.models import MAX_ROW_ID  # the largest id a row can have: the API and CLI check ids against it

__all__ = ["MAX_ROW_ID", "get_existing"]

Row = TypeVar("Row", bound=pw.Model)


def get_existing(model: type[Row], row_id: int, what: str) -> Row:
    """The `model` row with id `row_id`, else NotFound ("follow-up 7 does not exist")."""
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(what, row_id)
    return row
