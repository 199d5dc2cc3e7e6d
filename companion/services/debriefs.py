"""The debrief right after an interview (R13): who came, what each person talked about, what the
user forgot to say, when news will come. Saving applies it all in one unit of work, so the
re-plan that follows gives each person there their thank-you (quoting their own words), none to
those who were not, and times check-in #1 from the date the user heard.

Saving again edits the debrief: people are matched by contact id, else e-mail, else name (case
and accents ignored), so nobody is added twice, and what the user already sent stays sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from companion.domain import kinds
from companion.domain.heard_by import HeardByError, read_heard_by
from companion.domain.interview_notes import fold
from companion.domain.vocabulary import OPEN_FOLLOW_UPS
from companion.services import activity
from companion.services.applications import record_outcome
from companion.services.errors import Conflict, Invalid
from companion.services.unit_of_work import changes
from companion.services.user_settings import load_settings
from companion.store.models import Contact, Debrief, FollowUp, Interview, InterviewParticipant, Outcome, utcnow

MAX_PEOPLE = 50  # people in one debrief: a panel, not a conference
RATINGS = range(1, 6)


@dataclass
class Person:
    """One person of the debrief as the user gave them."""

    name: str = ""
    email: str = ""
    title: str = ""
    contact_id: int | None = None
    attended: bool = True
    notes: str | None = None  # None: leave what was noted before


def get_debrief(interview: Interview) -> Debrief | None:
    return Debrief.get_or_none(Debrief.interview == interview)


def save_debrief(interview: Interview, values: dict, people: list[Person], now: datetime | None = None) -> Debrief:
    """Apply a debrief. `values` holds forgot, heard_by, follow_up_on (a date, or the words
    heard, read from the interview's end), references_requested, another_round and rating."""
    now = now or utcnow()
    if interview.status == "cancelled":
        raise Conflict("this interview was cancelled, so it has no debrief", code="cancelled")
    settings = load_settings()
    said_at = interview.end.astimezone(settings.tz)
    heard_by = _day(values, "heard_by", said_at, settings.locale)
    follow_up_on = _day(values, "follow_up_on", said_at, settings.locale)
    application = interview.application
    with changes() as touched:
        debrief = get_debrief(interview) or Debrief(interview=interview)
        if "heard_by" in values:
            debrief.heard_by, debrief.heard_words = heard_by, (values["heard_by"] or "").strip()
        if "follow_up_on" in values:
            debrief.follow_up_on = follow_up_on
        for name in ("references_requested", "another_round", "rating"):
            if name in values:
                setattr(debrief, name, values[name])
        debrief.saved_at = now
        debrief.save()
        if "forgot" in values:
            interview.forgot = values["forgot"].strip()
            interview.save()
        absent = [contact.name or contact.email for contact, there in _apply_people(interview, people) if not there]
        _set_dates(application, heard_by, follow_up_on)
        _finish_debrief_follow_up(interview, now)
        summary = "Debrief saved" + (f"; not there: {', '.join(absent)} (no thank-you)" if absent else "")
        activity.log(application, "debrief", summary, interview_id=interview.id)
        touched.application(application)
        if debrief.references_requested and not _references_asked_since(interview):
            record_outcome(application, "references_requested", at=now)
    return debrief


def _day(values: dict, name: str, said_at: datetime, locale: str) -> date | None:
    """A date from "2026-12-11" or from the words heard ("by Friday"); an error names the field."""
    given = values.get(name)
    if not given or not given.strip():
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", given.strip()):
        try:
            return date.fromisoformat(given.strip())
        except ValueError:
            raise Invalid(f"'{name}': {given!r} is not a day of the calendar", field=name) from None
    try:
        return read_heard_by(given, said_at, locale)
    except HeardByError as problem:
        raise Invalid(f"'{name}': {problem}", field=name) from None


def _apply_people(interview: Interview, people: list[Person]) -> list[tuple[Contact, bool]]:
    """Each person matched to a contact (or added as one) and their attendance and notes stored."""
    application = interview.application
    known = _candidates(interview)
    applied = []
    for person in people:
        contact, identified = _match(person, known)
        if contact is None:
            if not person.name.strip():
                raise Invalid("'people': a person who is not yet a contact needs a name", field="people")
            contact = Contact.create(application=application, name=person.name.strip(), email=person.email,
                                     title=person.title, kind="interviewer")
            known.append(contact)
            activity.log(application, "contact", f"Added interviewer {contact.name} (debrief)")
        else:
            _update_contact(contact, person, rename=identified)
        row, _ = InterviewParticipant.get_or_create(interview=interview, contact=contact)
        row.attended = person.attended
        if person.notes is not None:
            row.notes = person.notes.strip()
        row.save()
        applied.append((contact, person.attended))
    return applied


def _candidates(interview: Interview) -> list[Contact]:
    """Who a person of the debrief may already be: the interview's people, then the application's."""
    there = [row.contact for row in interview.participants]
    others = [c for c in interview.application.contacts if c.id not in {p.id for p in there}]
    return there + others


def _match(person: Person, known: list[Contact]) -> tuple[Contact | None, bool]:
    """The contact this person is, and whether they were found by id or e-mail (so the name given
    corrects the stored one) rather than by the name itself."""
    if person.contact_id is not None:
        found = next((c for c in known if c.id == person.contact_id), None)
        if found is None:
            raise Invalid(f"'people': contact {person.contact_id} is not one of this application's people",
                          field="people")
        return found, True
    if person.email:
        found = next((c for c in known if c.email.lower() == person.email.lower()), None)
        if found is not None:
            return found, True
    name = fold(person.name)
    return next((c for c in known if name and fold(c.name) == name), None), False


def _update_contact(contact: Contact, person: Person, *, rename: bool) -> None:
    """What the debrief says about a known person: a corrected name, an e-mail or title learnt."""
    changes = {"email": person.email, "title": person.title} | ({"name": person.name.strip()} if rename else {})
    changed = {field: given for field, given in changes.items() if given and getattr(contact, field) != given}
    for field, given in changed.items():
        setattr(contact, field, given)
    if changed:
        contact.save()


def _set_dates(application, heard_by: date | None, follow_up_on: date | None) -> None:
    """The heard date is when they expect to decide (R5 counts from it); a date they asked to be
    contacted on is that date (R5 uses it as it is)."""
    if heard_by is not None:
        application.decision_by = heard_by
    if follow_up_on is not None:
        application.contact_on = follow_up_on
    if heard_by is not None or follow_up_on is not None:
        application.save()


def _finish_debrief_follow_up(interview: Interview, now: datetime) -> None:
    follow_up = FollowUp.get_or_none(FollowUp.key == kinds.key(kinds.DEBRIEF, f"interview-{interview.id}"))
    if follow_up is not None and follow_up.status in OPEN_FOLLOW_UPS:
        follow_up.status, follow_up.done_at = "done", now
        follow_up.save()


def _references_asked_since(interview: Interview) -> bool:
    return (Outcome.select().where((Outcome.application == interview.application_id)
                                   & (Outcome.kind == "references_requested") & (Outcome.at >= interview.end))
            .exists())


def thank_yous_to_send(interview: Interview) -> list[FollowUp]:
    """The interview's thank-you emails still open: what the user sends next, straight from the debrief."""
    return list(FollowUp.select().where((FollowUp.interview == interview) & (FollowUp.kind == kinds.THANK_YOU_EMAIL)
                                        & FollowUp.status.in_(OPEN_FOLLOW_UPS)).order_by(FollowUp.id))
