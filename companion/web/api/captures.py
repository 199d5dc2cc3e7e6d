"""Captures: a page snapshot or a calendar invite from the extension; stored, then understood."""

from flask import Blueprint, jsonify

from companion.config import MAX_BODY_BYTES
from companion.web.errors import ApiError
from companion.domain.vocabulary import CAPTURE_STATUSES
from companion.web.schema import Field
from companion.services.serialize import capture_json
from companion.services import captures as service, listings
from companion.web.api.docs import documented, json_body, query_args
from companion.web.transactions import start_writing, writes_after_reading

blueprint = Blueprint("captures", __name__)

CAPTURE_FIELDS = {
    "url": Field("string", max_length=8000, description="the page's address"),
    "title": Field("string", max_length=2000),
    "html": Field("string", max_length=MAX_BODY_BYTES, strip=False, description="the page's HTML"),
    "json_ld": Field("array", description="the page's JSON-LD blocks"),
    "selection": Field("string", max_length=100_000, strip=False),
    "ics": Field("string", max_length=MAX_BODY_BYTES, strip=False, description="a calendar invite (iCalendar text)"),
    "force": Field("boolean", description="import calendar events even when they do not look like interviews"),
    "client_id": Field("string", max_length=100, description="the extension's id for this capture; a resend with the same id is answered, not stored twice"),
}
LIST_QUERY = {"status": Field("string", choices=CAPTURE_STATUSES)}


@blueprint.post("/api/captures")
@writes_after_reading
@documented("Store and read a page snapshot {url, title, html, json_ld, selection} or an invite {ics}", body=CAPTURE_FIELDS)
def create_capture():
    values = json_body(CAPTURE_FIELDS)
    if "ics" in values and "html" in values:
        raise ApiError("send either a page ('url', 'html', ...) or an invite ('ics'), not both", field="ics")
    if "ics" not in values and not values.get("url"):
        raise ApiError("a page capture needs its 'url' (or send an invite as 'ics')", field="url", code="missing_field")
    force = values.pop("force", False)
    read = service.read_capture(values)  # parsed before the write lock is taken
    start_writing()
    answer, created = service.record_capture(values, force=force, read=read)
    return jsonify(answer), 201 if created else 200


@blueprint.get("/api/captures")
@documented("List captures, newest first", query=LIST_QUERY)
def list_captures():
    captures = listings.captures(query_args(LIST_QUERY).get("status"))
    return jsonify(captures=[capture_json(c) for c in captures])


@blueprint.delete("/api/captures/<id:capture_id>")
@documented("Delete a kept capture (a page, an invite or a recruiter's message as it was received); "
            "what it recorded on its application stays")
def delete_capture(capture_id: int):
    service.delete_capture(service.get_capture(capture_id))
    return jsonify(deleted=capture_id)
