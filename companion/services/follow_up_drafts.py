"""Drafts, .eml files, mailto: links and calendar reminders for stored follow-ups, and the
follow-up JSON that carries the mailto: link.

Gathers each follow-up's facts from the database and hands them to the pure writers
(`drafts`, `eml_export`, `calendar_export`). A user's own templates are read from the
`templates` folder of the data directory, bound once at start-up with `use_templates_from`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from companion.domain import drafts, kinds
from companion.services import serialize
from companion.writing.reminders import Reminder, reminders_calendar
from companion.domain.drafts import Draft, DraftError, DraftFacts
from companion.writing.eml import EmlError, draft_eml, mailto_link, message_id_of
from companion.services.errors import BrokenTemplate, Conflict, Invalid
from companion.store.models import Application, Contact, FollowUp, Interview, InterviewParticipant, utcnow
from companion.domain.timing import Settings
from companion.domain.vocabulary import OPEN_FOLLOW_UPS
from companion.services.applications import describe
from companion.services.user_settings import load_settings

_templates: dict[str, Path | None] = {"dir": None}


def use_templates_from(directory: Path | None) -> None:
    """Where the user's own draft templates live (`<data_dir>/templates`)."""
    _templates["dir"] = directory


def draft_for(follow_up: FollowUp) -> Draft:
    """The follow-up's draft; a broken user template is an error naming the file."""
    try:
        return _write(follow_up)
    except DraftError as problem:
        raise BrokenTemplate(f"the draft could not be written: {problem}") from None


def follow_ups_json(follow_ups) -> list[dict]:
    """Follow-ups as JSON with their drafts' mailto: links and what each draft still needs,
    reading the settings once for all."""
    settings = load_settings()
    return [_with_draft(follow_up, settings) for follow_up in follow_ups]


def _with_draft(follow_up: FollowUp, settings: Settings) -> dict:
    try:
        draft = _write(follow_up, settings) if follow_up.kind not in kinds.FOR_YOU else None
    except DraftError:
        draft = None  # the draft endpoint reports the broken template
    return serialize.follow_up_json(follow_up, mailto_for(follow_up, draft), draft)


def follow_up_json(follow_up: FollowUp) -> dict:
    return follow_ups_json([follow_up])[0]


def is_email(follow_up: FollowUp) -> bool:
    """True when the follow-up is sent as an email (not a card, a call, a letter or a LinkedIn note)."""
    return kinds.is_email(follow_up.kind, follow_up.channel or "")


def eml_for(follow_up: FollowUp, now: datetime | None = None) -> bytes:
    """The draft as an unsent .eml message, in the company's thread when it is known."""
    if not is_email(follow_up):
        raise Conflict(f"{serialize.follow_up_label(follow_up)} is not sent by email, so it has no .eml draft",
                       code="not_an_email")
    draft = draft_for(follow_up)
    settings = load_settings()
    try:
        return draft_eml(subject=draft.subject, body=draft.body, to=draft.to, to_name=_contact_name(follow_up),
                         from_address=settings.email, from_name=settings.name,
                         in_reply_to=_thread_id(follow_up), date=now or utcnow())
    except EmlError as problem:
        raise Invalid(f"the draft cannot be an email: {problem}", field=problem.field, code="invalid_field") from None


def mailto_for(follow_up: FollowUp, draft: Draft | None) -> str | None:
    """A mailto: link with `draft` (the follow-up's, written already) for an email follow-up
    whose draft is short enough for one, else None."""
    if draft is None or not is_email(follow_up):
        return None
    return mailto_link(to=draft.to, subject=draft.subject, body=draft.body, in_reply_to=_thread_id(follow_up))


# How long a finished follow-up stays in the file as cancelled: calendars that refresh the feed
# (hourly) or re-import the file within this time drop the event they hold.
KEEP_FINISHED = timedelta(days=60)


def reminders_ics(now: datetime | None = None) -> bytes:
    """Every open follow-up as a calendar event with an alarm, and those finished lately as cancelled."""
    now = now or utcnow()
    follow_ups = FollowUp.select().where(
        FollowUp.status.in_(OPEN_FOLLOW_UPS)
        | (FollowUp.status.not_in(OPEN_FOLLOW_UPS) & (FollowUp.updated_at >= now - KEEP_FINISHED))
    ).order_by(FollowUp.due, FollowUp.id)
    return reminders_calendar([reminder_for(f) for f in follow_ups], user_zone=load_settings().zone, stamp=now)


def reminder_for(follow_up: FollowUp) -> Reminder:
    application = follow_up.application
    return Reminder(key=follow_up.key,
                    summary=f"{serialize.follow_up_label(follow_up)} — {describe(application)}",
                    due=serialize.effective_due(follow_up), description=_reminder_text(follow_up),
                    url=application.job_url, sequence=follow_up.sequence,
                    cancelled=follow_up.status not in OPEN_FOLLOW_UPS)


def draft_facts(follow_up: FollowUp, now: datetime | None = None) -> DraftFacts:
    """What the draft may mention: the follow-up's own interview, else the latest one held, and
    what has happened by `now` (interviews held, whether the contact was met)."""
    now = now or utcnow()
    application = follow_up.application
    interviews = list(application.interviews.where(Interview.status != "cancelled").order_by(Interview.start))
    held = [interview for interview in interviews if interview.end <= now]
    interview = follow_up.interview if follow_up.interview_id else (held[-1] if held else None)
    contact = follow_up.contact if follow_up.contact_id else None
    people = (list(interview.participants.select(InterviewParticipant, Contact).join(Contact))
              if interview is not None else [])
    own = next((p for p in people if contact is not None and p.contact_id == contact.id), None)
    # Spoken with: at an interview that took place, and not marked absent by the debrief.
    spoke_with = contact is not None and bool(held) and InterviewParticipant.select().where(
        InterviewParticipant.interview.in_([i.id for i in held]) & (InterviewParticipant.contact == contact)
        & (InterviewParticipant.attended.is_null() | (InterviewParticipant.attended == True))).exists()  # noqa: E712
    return DraftFacts(
        kind=follow_up.kind,
        channel=follow_up.channel,
        company=application.company,
        role=application.title,
        job_url=application.job_url,
        contact_name=contact.name if contact else "",
        contact_email=contact.email if contact else "",
        interview_start=interview.start if interview else None,
        interview_held=interview is not None and interview.end <= now,
        interviews_held=len(held),
        spoke_with=spoke_with,
        interview_notes=interview.notes if interview else "",
        person_notes=own.notes if own else "",
        others=tuple(p.contact.name for p in people if p is not own and p.contact.name),
        forgot=interview.forgot if interview else "",
        thread_subject=application.last_message_subject,
        applied_on=application.applied_on,
        decision_by=_decision_date(follow_up, interview),
        note_number=_note_number(follow_up),
        accepted_elsewhere=_accepted_elsewhere(follow_up),
    )


def _write(follow_up: FollowUp, settings: Settings | None = None) -> Draft:
    return drafts.write_draft(draft_facts(follow_up), settings or load_settings(), _templates["dir"])


def _decision_date(follow_up: FollowUp, interview: Interview | None) -> date | None:
    """The decision date worth mentioning: one that has passed by the due time and is not from before the interview."""
    decided = follow_up.application.decision_by
    if decided is None or decided > follow_up.due.date():
        return None
    if interview is not None and decided < interview.start.date():
        return None
    return decided


def _accepted_elsewhere(follow_up: FollowUp) -> bool:
    if follow_up.kind != kinds.WITHDRAWAL:
        return False
    return (Application.select().where(Application.status == "accepted", Application.id != follow_up.application_id)
            .exists())


def _note_number(follow_up: FollowUp) -> int:
    """Which keep-in-touch note this is: the last part of its key ("keep-in-touch/application-3/2")."""
    last = follow_up.key.rsplit("/", 1)[-1]
    return int(last) if follow_up.kind == kinds.KEEP_IN_TOUCH and last.isdigit() else 1


def _thread_id(follow_up: FollowUp) -> str:
    """The message to reply to, for messages to the company, when a usable one is stored."""
    message_id = follow_up.application.last_message_id
    if follow_up.kind not in kinds.COMPANY_MESSAGES or not message_id:
        return ""
    try:
        return message_id_of(message_id)
    except EmlError:
        return ""


def _contact_name(follow_up: FollowUp) -> str:
    return follow_up.contact.name if follow_up.contact_id else ""


def _reminder_text(follow_up: FollowUp) -> str:
    """The draft as the event's description, ready to copy, with what to fix before sending."""
    try:
        draft = _write(follow_up)
    except DraftError as problem:
        return f"The draft could not be written: {problem}"
    lines = [f"To: {draft.to}"] if draft.to else []
    lines += [f"Subject: {draft.subject}"] if draft.subject else []
    lines += ["", draft.body] if lines else [draft.body]
    if draft.warnings:
        lines += ["", "Before sending:", *(f"- {warning}" for warning in draft.warnings)]
    return "\n".join(lines)
