"""Interviews: list, detail, add by hand, edit (times, status, notes on what was discussed)."""

from flask import Blueprint, jsonify

from companion.web.errors import ApiError
from companion.web.schema import Field, text
from companion.services.serialize import interview_json
from companion.services import interview_edits as service, listings
from companion.domain.vocabulary import INTERVIEW_STATUSES
from companion.domain.zones import is_zone
from companion.web.api.by_application import BY_APPLICATION, application_asked_for
from companion.web.api.docs import documented, json_body

blueprint = Blueprint("interviews", __name__)

INTERVIEW_FIELDS = {
    "application_id": Field("integer", required=True),
    "title": Field("string", max_length=300),
    "round": Field("integer"),
    "start": Field("datetime", required=True),
    "end": Field("datetime", required=True),
    "zone": Field("string", max_length=64, description="the interview's IANA time zone"),
    "location": Field("string", max_length=1000),
    "video_link": Field("url", max_length=2000),
    "status": Field("string", choices=INTERVIEW_STATUSES),
    "notes": text(description="what was discussed; the thank-you drafts use it"),
    "forgot": text(description="what the user forgot to say; the thank-you drafts add it"),
    "participant_ids": Field("array", description="ids of the contacts who took part"),
    "participant_notes": Field("array", description='what each person said, for their own thank-you: '
                                                     '[{"contact_id": 5, "notes": "..."}]'),
}
EDITABLE_FIELDS = {name: field for name, field in INTERVIEW_FIELDS.items() if name != "application_id"}


@blueprint.get("/api/interviews")
@documented("List interviews, soonest first", query=BY_APPLICATION)
def list_interviews():
    return jsonify(interviews=[interview_json(i) for i in listings.interviews(application_asked_for())])


@blueprint.post("/api/interviews")
@documented("Add an interview by hand", body=INTERVIEW_FIELDS)
def create_interview():
    values = json_body(INTERVIEW_FIELDS)
    _check_zone(values)
    return jsonify(interview_json(service.create_interview(values))), 201


@blueprint.get("/api/interviews/<id:interview_id>")
@documented("One interview with its participants")
def get_interview(interview_id: int):
    return jsonify(interview_json(service.get_interview(interview_id)))


@blueprint.patch("/api/interviews/<id:interview_id>")
@documented("Edit an interview", body=EDITABLE_FIELDS, partial=True)
def update_interview(interview_id: int):
    interview = service.get_interview(interview_id)
    values = json_body(EDITABLE_FIELDS, partial=True)
    _check_zone(values)
    return jsonify(interview_json(service.update_interview(interview, values)))


def _check_zone(values: dict) -> None:
    if "zone" in values and not is_zone(values["zone"]):
        raise ApiError(f"'zone' is not a known IANA time zone: {values['zone']!r}", field="zone")
