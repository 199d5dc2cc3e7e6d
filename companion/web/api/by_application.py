"""Listings that can be narrowed to one application with `?application_id=`."""

from __future__ import annotations

from companion.web.schema import Field
from companion.web.api.docs import query_args

BY_APPLICATION = {"application_id": Field("integer", description="only those of this application")}


def application_asked_for() -> int | None:
    """The application the request's query string narrows the listing to, if it names one."""
    return query_args(BY_APPLICATION).get("application_id")
