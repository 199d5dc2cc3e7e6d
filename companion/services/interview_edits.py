"""Interviews added or edited by hand (invites are read elsewhere), with their participants."""

from __future__ import annotations

from companion.services.errors import Invalid
from companion.store.models import MAX_ROW_ID, Contact, Interview, InterviewParticipant
from companion.domain.vocabulary import NOT_INTERVIEWING_YET
from companion.services import activity
from companion.services.applications import get_application
from companion.services.lookup import get_existing
from companion.services.unit_of_work import changes

MAX_NOTES = 10_000  # characters of notes on one person, as for any text field


def get_interview(interview_id: int) -> Interview:
    return get_existing(Interview, interview_id, "interview")


def create_interview(values: dict) -> Interview:
    application = get_application(values.pop("application_id"))
    participant_ids = values.pop("participant_ids", [])
    notes = _participant_notes(values.pop("participant_notes", []))
    _check_times(values.get("start"), values.get("end"))
    if "round" not in values:
        values["round"] = application.interviews.count() + 1
    with changes() as touched:
        interview = Interview.create(application=application, **values)
        _set_participants(interview, participant_ids)
        _set_participant_notes(interview, notes)
        if application.status in NOT_INTERVIEWING_YET:
            application.status = "interviewing"
            application.save()
        activity.log(application, "interview", f"Added interview {interview.title or f'round {interview.round}'}",
                     interview_id=interview.id)
        touched.application(application)
    return interview


def update_interview(interview: Interview, values: dict) -> Interview:
    participant_ids = values.pop("participant_ids", None)
    notes = _participant_notes(values.pop("participant_notes", []))
    _check_times(values.get("start", interview.start), values.get("end", interview.end))
    moved = any(name in values and values[name] != getattr(interview, name) for name in ("start", "end", "status"))
    with changes() as touched:
        for name, value in values.items():
            setattr(interview, name, value)
        interview.save()
        if participant_ids is not None:
            _set_participants(interview, participant_ids)
        _set_participant_notes(interview, notes)
        if moved:
            activity.log(interview.application, "interview", f"Interview changed: {interview.status}, starts {activity.moment(interview.start)}",
                         interview_id=interview.id)
        touched.application(interview.application)
    return interview


def _check_times(start, end) -> None:
    if start is not None and end is not None and end <= start:
        raise Invalid("'end' must be after 'start'", field="end", code="invalid_field")


def _participant_notes(items: list) -> dict[int, str]:
    """{contact id: notes} from [{"contact_id": 5, "notes": "..."}], checked before anything is written."""
    notes = {}
    for item in items:
        contact_id = item.get("contact_id") if isinstance(item, dict) else None
        text = item.get("notes") if isinstance(item, dict) else None
        if isinstance(contact_id, bool) or not isinstance(contact_id, int) or not 0 < contact_id <= MAX_ROW_ID \
                or not isinstance(text, str) or len(text) > MAX_NOTES:
            raise Invalid("'participant_notes' must be a list of {\"contact_id\": id, \"notes\": text} "
                          f"with at most {MAX_NOTES} characters of notes", field="participant_notes")
        notes[contact_id] = text.strip()
    return notes


def _set_participant_notes(interview: Interview, notes: dict[int, str]) -> None:
    """Each person's notes; a contact who was not at the interview is an error naming the field."""
    for contact_id, text in notes.items():
        updated = (InterviewParticipant.update(notes=text)
                   .where((InterviewParticipant.interview == interview) & (InterviewParticipant.contact == contact_id))
                   .execute())
        if not updated:
            raise Invalid(f"'participant_notes': contact {contact_id} is not a participant of this interview",
                          field="participant_notes")


def _set_participants(interview: Interview, contact_ids: list) -> None:
    contacts = []
    for contact_id in contact_ids:
        if isinstance(contact_id, bool) or not isinstance(contact_id, int) or not 0 < contact_id <= MAX_ROW_ID:
            raise Invalid("'participant_ids' must be a list of contact ids", field="participant_ids")
        contacts.append(get_existing(Contact, contact_id, "contact"))
    # People who stay keep their notes.
    kept = {contact.id for contact in contacts}
    InterviewParticipant.delete().where((InterviewParticipant.interview == interview)
                                        & InterviewParticipant.contact.not_in(kept)).execute()
    there = {row.contact_id for row in interview.participants}
    for contact in contacts:
        if contact.id not in there:
            InterviewParticipant.create(interview=interview, contact=contact)
            there.add(contact.id)
