"""Recruiters' messages: an .eml the user hands over, kept, judged and recorded on its application."""

import base64
import binascii

from flask import Blueprint, jsonify

from companion.config import MAX_BODY_BYTES
from companion.services import messages as service
from companion.services.serialize import application_summary
from companion.web.api.docs import documented, json_body
from companion.web.errors import ApiError
from companion.web.schema import Field

blueprint = Blueprint("messages", __name__)

MESSAGE_FIELDS = {
    "eml_base64": Field("string", required=True, max_length=MAX_BODY_BYTES,
                        description="the message as its .eml (or Outlook .msg) file holds it, in base64"),
}


@blueprint.post("/api/messages")
@documented("Take in a recruiter's message (.eml, or Outlook's .msg): what it says, and what was recorded",
            body=MESSAGE_FIELDS)
def take_message():
    encoded = json_body(MESSAGE_FIELDS)["eml_base64"]
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError("'eml_base64' is not base64", field="eml_base64") from None
    if not data.strip():
        raise ApiError("'eml_base64' holds no message", field="eml_base64")
    taken = service.import_message(data)
    return jsonify(taken), 200 if taken.get("already_imported") else 201  # taken in before: answered, not stored twice


@blueprint.get("/api/messages/waiting")
@documented("Messages for the user's eye: those whose verdict was unsure, waiting for an answer (messages), "
            "and those recorded without asking in the last fortnight and not yet seen, which can be undone (recorded)")
def waiting_messages():
    return jsonify(messages=[_shown(capture, capture.result["awaiting"]) for capture in service.waiting()],
                   recorded=[_shown(capture, capture.result["kind"]) for capture in service.recently_recorded()])


def _shown(capture, kind: str) -> dict:
    return {"capture_id": capture.id, "subject": capture.title, "kind": kind,
            "received_at": capture.received_at.isoformat(), "reason": capture.result.get("reason", ""),
            "application": application_summary(capture.application)}


ANSWER_FIELDS = {"answer": Field("string", required=True, max_length=40,
                                 description="no, or what the message is: rejection, offer, references, invitation, timeline")}


@blueprint.post("/api/messages/<id:capture_id>/answer")
@documented("Answer about a waiting message: what it is (recorded as a sure verdict would be) or no", body=ANSWER_FIELDS)
def answer_message(capture_id: int):
    kind = json_body(ANSWER_FIELDS)["answer"]
    return jsonify(recorded=service.answer(service.get_message(capture_id), kind))


@blueprint.post("/api/messages/<id:capture_id>/undo")
@documented("Take back the outcome a message recorded: the application is as it was before, re-planned")
def undo_message(capture_id: int):
    return jsonify(undone=service.undo(service.get_message(capture_id)))


@blueprint.post("/api/messages/<id:capture_id>/seen")
@documented("The user saw what a message recorded: it leaves the popup")
def seen_message(capture_id: int):
    service.mark_seen(service.get_message(capture_id))
    return jsonify(seen=True)
