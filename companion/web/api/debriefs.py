"""The debrief after an interview (R13): read it, or save it (again) and get the thank-yous it planned."""

from flask import Blueprint, jsonify

from companion.services import debriefs as service
from companion.services.follow_up_drafts import follow_ups_json
from companion.services.interview_edits import get_interview
from companion.services.serialize import debrief_json
from companion.web.api.docs import documented, json_body
from companion.web.errors import ApiError
from companion.web.schema import Field, text, validate

blueprint = Blueprint("debriefs", __name__)

PERSON_FIELDS = {
    "contact_id": Field("integer", description="a contact already known (else matched by email, then name)"),
    "name": Field("string", max_length=300),
    "email": Field("email", max_length=320),
    "title": Field("string", max_length=300),
    "attended": Field("boolean", description="was there (default true); absent people get no thank-you"),
    "notes": text(description="what this person talked about: their thank-you quotes it"),
}
DEBRIEF_FIELDS = {
    "people": Field("array", description="who was there: [{contact_id | email | name, attended, notes, title}]"),
    "forgot": text(description="what the user forgot to say: the thank-you emails add it"),
    "heard_by": Field("string", max_length=200, nullable=True,
                      description="when news will come: a date (2026-12-11) or the words heard ('by Friday'), "
                                  "read from the interview's end; check-in #1 counts from it"),
    "follow_up_on": Field("string", max_length=200, nullable=True,
                          description="they asked to be contacted on this day (a date or words)"),
    "references_requested": Field("boolean", description="they asked for references: the heads-ups are planned"),
    "another_round": Field("boolean", description="another round is coming: check-ins wait for its invite"),
    "rating": Field("integer", nullable=True, choices=(1, 2, 3, 4, 5), description="how it went, 1 to 5"),
}


@blueprint.get("/api/interviews/<id:interview_id>/debrief")
@documented("The debrief of an interview, with everyone on it (saved_at is null before the first save)")
def get_debrief(interview_id: int):
    interview = get_interview(interview_id)
    return jsonify(debrief_json(interview, service.get_debrief(interview)))


@blueprint.post("/api/interviews/<id:interview_id>/debrief")
@documented("Save the debrief of an interview; follow-ups are re-planned from it", body=DEBRIEF_FIELDS)
def save_debrief(interview_id: int):
    interview = get_interview(interview_id)
    values = json_body(DEBRIEF_FIELDS)
    people = people_from(values.pop("people", []))
    debrief = service.save_debrief(interview, values, people)
    interview = get_interview(interview_id)  # as the save left it
    return jsonify(debrief=debrief_json(interview, debrief),
                   thank_yous=follow_ups_json(service.thank_yous_to_send(interview)))


def people_from(items: list) -> list[service.Person]:
    """Each person checked like a body of their own; an error names the item: people[1].email."""
    if len(items) > service.MAX_PEOPLE:
        raise ApiError(f"'people' may list at most {service.MAX_PEOPLE} people", field="people")
    people = []
    for number, item in enumerate(items):
        try:
            person = validate(item, PERSON_FIELDS)
        except ApiError as problem:
            where = f"people[{number}]" + (f".{problem.field}" if problem.field else "")
            raise ApiError(f"{where}: {problem.message}", field=where, code=problem.code) from None
        if not any(person.get(name) for name in ("contact_id", "email", "name")):
            raise ApiError(f"people[{number}]: give a contact_id, an email or a name", field=f"people[{number}]")
        people.append(service.Person(name=person.get("name", ""), email=person.get("email", ""),
                                     title=person.get("title", ""), contact_id=person.get("contact_id"),
                                     attended=person.get("attended", True), notes=person.get("notes")))
    return people
