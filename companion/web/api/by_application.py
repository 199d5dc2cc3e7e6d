"""Listings that can be narrowed to one application with `?application_id=`."""

from __future__ import annotations

import peewee as pw

from companion.web.schema import Field
from companion.web.api.docs import query_args

BY_APPLICATION = {"application_id": Field("integer", description="only those of this application")}


def of_application(query: pw.ModelSelect, model: type[pw.Model]) -> pw.ModelSelect:
    """`query` narrowed to the application the request's query string names, if it names one."""
    args = query_args(BY_APPLICATION)
    if "application_id" in args:
        query = query.where(model.application == args["application_id"])
    return query
