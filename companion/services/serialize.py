"""Rows turned into the JSON the API and the CLI's --json give out."""

from __future__ import annotations

from datetime import date, datetime

from companion.domain import kinds
from companion.domain.drafts import Draft
from companion.domain.vocabulary import OPEN_FOLLOW_UPS, next_due
from companion.store.models import Activity, Application, Capture, Contact, Debrief, FollowUp, Interview, utcnow

def iso(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def application_json(application: Application, now: datetime | None = None) -> dict:
    """An application; `gone_quiet` is read against `now` (default: the clock), as it waits for a moment."""
    quiet_at = application.gone_quiet_at
    return {
        "id": application.id,
        "company": application.company,
        "title": application.title,
        "location": application.location,
        "job_url": application.job_url,
        "board": application.board,
        "board_job_id": application.board_job_id,
        "status": application.status,
        "applied_on": iso(application.applied_on),
        "decision_by": iso(application.decision_by),
        "contact_on": iso(application.contact_on),
        "channel": application.channel,
        "notes": application.notes,
        "long_decision": application.long_decision,
        "gone_quiet": quiet_at is not None and quiet_at <= (now or utcnow()),
        "gone_quiet_at": iso(quiet_at),
        "created_at": iso(application.created_at),
        "updated_at": iso(application.updated_at),
    }


def application_summary(application: Application) -> dict:
    return {"id": application.id, "company": application.company, "title": application.title}


def contact_json(contact: Contact) -> dict:
    return {
        "id": contact.id,
        "application_id": contact.application_id,
        "name": contact.name,
        "email": contact.email,
        "title": contact.title,
        "linkedin_url": contact.linkedin_url,
        "kind": contact.kind,
    }


def interview_json(interview: Interview) -> dict:
    return {
        "id": interview.id,
        "application_id": interview.application_id,
        "title": interview.title,
        "round": interview.round,
        "start": iso(interview.start),
        "end": iso(interview.end),
        "zone": interview.zone,
        "location": interview.location,
        "video_link": interview.video_link,
        "uid": interview.uid,
        "sequence": interview.sequence,
        "status": interview.status,
        "notes": interview.notes,
        "forgot": interview.forgot,
        "participants": [contact_json(p.contact) | {"notes": p.notes, "attended": p.attended}
                         for p in interview.participants],
        "debrief": _debrief_summary(interview.debriefs.first()),
    }


def _debrief_summary(debrief: Debrief | None) -> dict | None:
    if debrief is None:
        return None
    return {"saved_at": iso(debrief.saved_at), "heard_by": iso(debrief.heard_by), "rating": debrief.rating,
            "another_round": debrief.another_round}


def _open_debrief_id(interview: Interview) -> int | None:
    """The interview's debrief follow-up while it waits (to skip it from the form)."""
    follow_up = FollowUp.get_or_none((FollowUp.key == kinds.key(kinds.DEBRIEF, f"interview-{interview.id}"))
                                     & FollowUp.status.in_(OPEN_FOLLOW_UPS))
    return follow_up.id if follow_up else None


def debrief_json(interview: Interview, debrief: Debrief | None) -> dict:
    """The debrief of an interview as the form shows it: its answers (empty before the first
    save, `saved_at` null) and everyone on the interview with whether they came and their notes."""
    return {
        "interview_id": interview.id,
        "application": application_summary(interview.application),
        "interview": {"title": interview.title, "start": iso(interview.start), "end": iso(interview.end)},
        "follow_up_id": _open_debrief_id(interview),
        "saved_at": iso(debrief.saved_at) if debrief else None,
        "heard_by": iso(debrief.heard_by) if debrief else None,
        "heard_words": debrief.heard_words if debrief else "",
        "follow_up_on": iso(debrief.follow_up_on) if debrief else None,
        "references_requested": bool(debrief and debrief.references_requested),
        "another_round": bool(debrief and debrief.another_round),
        "rating": debrief.rating if debrief else None,
        "forgot": interview.forgot,
        "people": [contact_json(row.contact) | {"contact_id": row.contact_id, "attended": row.attended,
                                                "notes": row.notes}
                   for row in interview.participants],
    }


def follow_up_label(follow_up: FollowUp) -> str:
    """"Thank-you email to Dana Lee": the kind's name and the person it is for."""
    return kinds.label(follow_up.kind, follow_up.contact.name if follow_up.contact_id else "",
                       follow_up.application.company)


def follow_up_json(follow_up: FollowUp, mailto: str | None = None, draft: Draft | None = None) -> dict:
    """The follow-up as JSON; `mailto` is its draft's link and `draft` the draft, both written by
    services/follow_up_drafts: what the draft still needs shows on the follow-up."""
    contact = follow_up.contact if follow_up.contact_id else None
    return {
        "id": follow_up.id,
        "key": follow_up.key,
        "kind": follow_up.kind,
        "label": follow_up_label(follow_up),
        "what": kinds.name_of(follow_up.kind),
        "done_label": kinds.done_label(follow_up.kind),
        "is_email": kinds.is_email(follow_up.kind, follow_up.channel or ""),
        "status": follow_up.status,
        "due": iso(follow_up.due),
        "next_due": iso(effective_due(follow_up)),
        "deadline": iso(follow_up.deadline),
        "snoozed_until": iso(follow_up.snoozed_until),
        "done_at": iso(follow_up.done_at),
        "channel": follow_up.channel,
        "sequence": follow_up.sequence,
        "application": application_summary(follow_up.application),
        "interview_id": follow_up.interview_id,
        "contact": None if contact is None else {"id": contact.id, "name": contact.name, "email": contact.email},
        "mailto": mailto,
        "draft_warnings": draft.warnings if draft else [],
        "draft_missing": draft.missing if draft else [],
    }


def effective_due(follow_up: FollowUp) -> datetime:
    """When the follow-up next asks for attention (see vocabulary.next_due)."""
    return next_due(follow_up.status, follow_up.due, follow_up.snoozed_until)


def activity_json(activity: Activity) -> dict:
    return {
        "id": activity.id,
        "application_id": activity.application_id,
        "at": iso(activity.at),
        "kind": activity.kind,
        "summary": activity.summary,
        "detail": activity.detail,
    }


def capture_json(capture: Capture) -> dict:
    return {
        "id": capture.id,
        "received_at": iso(capture.received_at),
        "source": capture.source,
        "url": capture.url,
        "title": capture.title,
        "status": capture.status,
        "extractor": capture.extractor,
        "confidence": capture.confidence,
        "reason": capture.reason,
        "missing": (capture.result or {}).get("missing", []),
        # What was left out or could not be read on the way (a bound reached, a broken event).
        "problems": (capture.result or {}).get("errors", []),
        "application_id": capture.application_id,
    }
