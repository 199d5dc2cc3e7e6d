"""Captures: a page snapshot or a calendar invite from the extension; stored, then understood."""

import base64
import binascii
import zlib

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
    "html_gzip": Field("string", max_length=MAX_BODY_BYTES, strip=False,
                       description="the page's HTML (UTF-8) gzipped, in base64: what the extension sends, instead of 'html'"),
    "json_ld": Field("array", description="the page's JSON-LD blocks"),
    "selection": Field("string", max_length=100_000, strip=False),
    "ics": Field("string", max_length=MAX_BODY_BYTES, strip=False, description="a calendar invite (iCalendar text)"),
    "force": Field("boolean", description="import calendar events even when they do not look like interviews"),
    "client_id": Field("string", max_length=100, description="the extension's id for this capture; a resend with the same id is answered, not stored twice"),
}
LIST_QUERY = {"status": Field("string", choices=CAPTURE_STATUSES)}


@blueprint.post("/api/captures")
@writes_after_reading
@documented("Store and read a page snapshot {url, title, html or html_gzip, json_ld, selection} or an invite {ics}",
            body=CAPTURE_FIELDS)
def create_capture():
    values = json_body(CAPTURE_FIELDS)
    if "html_gzip" in values:
        if "html" in values:
            raise ApiError("send the page's HTML once: as 'html' or as 'html_gzip', not both", field="html_gzip")
        values["html"] = _unpacked_html(values.pop("html_gzip"))
    if "ics" in values and "html" in values:
        raise ApiError("send either a page ('url', 'html', ...) or an invite ('ics'), not both", field="ics")
    if "ics" not in values and not values.get("url"):
        raise ApiError("a page capture needs its 'url' (or send an invite as 'ics')", field="url", code="missing_field")
    force = values.pop("force", False)
    read = service.read_capture(values)  # parsed before the write lock is taken
    start_writing()
    answer, created = service.record_capture(values, force=force, read=read)
    return jsonify(answer), 201 if created else 200


def _unpacked_html(packed: str) -> str:
    """The HTML in 'html_gzip', unpacked no further than the largest body the companion takes: a
    small body that would unpack to gigabytes is refused after that much work, not run out of memory."""
    try:
        unpacker = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # gzip's header and trailer
        html = unpacker.decompress(base64.b64decode(packed, validate=True), MAX_BODY_BYTES)
    except (binascii.Error, ValueError, zlib.error):
        raise ApiError("'html_gzip' is not gzipped HTML in base64", field="html_gzip", code="invalid_field") from None
    if unpacker.unconsumed_tail:
        raise ApiError(f"'html_gzip' unpacks to more than {MAX_BODY_BYTES // 2**20} MB", field="html_gzip", code="too_long")
    if not unpacker.eof:
        raise ApiError("'html_gzip' is cut short: its gzip stream does not end", field="html_gzip", code="invalid_field")
    if b"\0" in html:
        raise ApiError("'html_gzip' unpacks to text with a NUL character", field="html_gzip", code="invalid_field")
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError("'html_gzip' does not unpack to UTF-8 text", field="html_gzip", code="invalid_field") from None


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
