"""Applications: list, detail, create and edit by hand, delete, record outcomes."""

from flask import Blueprint, jsonify

from companion.domain.vocabulary import APPLICATION_STATUSES, CHANNELS, OUTCOMES
from companion.web.schema import Field, text
from companion.domain import kinds
from companion.services.serialize import (activity_json, application_json, application_summary, contact_json,
                                          effective_due, follow_up_label, interview_json, iso)
from companion.services import applications as service, followups, jobs, listings, search_summary
from companion.services.follow_up_drafts import follow_ups_json
from companion.web.api.docs import documented, json_body, query_args

blueprint = Blueprint("applications", __name__)

APPLICATION_FIELDS = {
    "company": Field("string", max_length=300),
    "title": Field("string", max_length=300),
    "location": Field("string", max_length=300),
    "job_url": Field("url", max_length=2000),
    "board": Field("string", max_length=50),
    "board_job_id": Field("string", max_length=200),
    "status": Field("string", choices=APPLICATION_STATUSES),
    "applied_on": Field("date", nullable=True),
    "decision_by": Field("date", nullable=True, description="the date the employer said they would decide by"),
    "contact_on": Field("date", nullable=True, description="the date they asked to be contacted on"),
    "channel": Field("string", choices=CHANNELS),
    "notes": text(),
    "long_decision": Field("boolean", description="still interested, long decision: plan keep-in-touch notes"),
}
OUTCOME_FIELDS = {
    "outcome": Field("string", required=True, choices=OUTCOMES),
    "at": Field("datetime", description="when it happened (default: now)"),
    "decision_by": Field("date", description="a new decision date given in a reply"),
    "contact_on": Field("date", description="a date they asked to be contacted on"),
    "client_id": Field("string", max_length=100, description="the extension's id for an outcome recorded while the "
                                                              "companion was down: sent twice, it is recorded once"),
}


@blueprint.get("/api/applications")
@documented("List applications, most recently changed first, each with when its next follow-up is due "
            "(next_due) and when something last happened to it (last_activity_at)")
def list_applications():
    times = listings.application_times()
    return jsonify(applications=[
        application_json(a) | {"next_due": iso(times.get(a.id, {}).get("next_due")),
                               "last_activity_at": iso(times.get(a.id, {}).get("last_activity_at"))}
        for a in listings.applications()])


@blueprint.post("/api/applications")
@documented("Create an application by hand", body=APPLICATION_FIELDS)
def create_application():
    application = service.create_application(json_body(APPLICATION_FIELDS))
    return jsonify(application_json(application)), 201


LOOKUP_QUERY = {"url": Field("url", required=True, max_length=8000, description="a job page's address")}


@blueprint.get("/api/applications/lookup")
@documented("Whether a job page is tracked already: its application and the follow-up due next", query=LOOKUP_QUERY)
def lookup_application():
    application = jobs.tracked_at(query_args(LOOKUP_QUERY)["url"])
    following = followups.next_for(application) if application is not None else None
    return jsonify(
        application=None if application is None else application_summary(application) | {"status": application.status},
        next=None if following is None else {"what": kinds.name_of(following.kind), "label": follow_up_label(following),
                                             "due": iso(effective_due(following))})


@blueprint.get("/api/applications/<id:application_id>")
@documented("One application with its interviews, contacts, follow-ups and activity")
def get_application(application_id: int):
    record = listings.application_record(service.get_application(application_id))
    detail = application_json(record.application)
    detail["interviews"] = [interview_json(i) for i in record.interviews]
    detail["contacts"] = [contact_json(c) for c in record.contacts]
    detail["followups"] = follow_ups_json(record.follow_ups)
    detail["activity"] = [activity_json(a) for a in record.activity]
    return jsonify(detail)


@blueprint.patch("/api/applications/<id:application_id>")
@documented("Edit fields of an application (edited fields are kept over later captures)", body=APPLICATION_FIELDS, partial=True)
def update_application(application_id: int):
    application = service.get_application(application_id)
    values = json_body(APPLICATION_FIELDS, partial=True)
    return jsonify(application_json(service.update_application(application, values)))


@blueprint.delete("/api/applications/<id:application_id>")
@documented("Delete an application with its interviews and follow-ups")
def delete_application(application_id: int):
    service.delete_application(service.get_application(application_id))
    return jsonify(deleted=application_id)


@blueprint.post("/api/applications/<id:application_id>/outcomes")
@documented("Record an outcome: applied, replied, references requested, rejected, offer, accepted, withdrew, still interested", body=OUTCOME_FIELDS)
def record_outcome(application_id: int):
    application = service.get_application(application_id)
    values = json_body(OUTCOME_FIELDS)
    updated = service.record_outcome(application, values.pop("outcome"), **values)
    return jsonify(application_json(updated)), 201


@blueprint.get("/api/summary")
@documented("A picture of the search: the funnel (applied, answered, interviewed, offered), the response rate, "
            "the median days to a first answer, and the last 12 weeks' activity in the user's zone")
def summary():
    return jsonify(search_summary.search_summary())
