"""Applications: made and edited by hand, deleted, and moved on by the outcomes the user records."""

from __future__ import annotations

from datetime import date, datetime

from companion.services.errors import Invalid
from companion.store.models import Application, Outcome, utcnow
from companion.domain.vocabulary import IN_PROGRESS
from companion.services import activity, user_settings
from companion.services.lookup import get_existing
from companion.services.unit_of_work import Touched, changes

# What each outcome does to the application's status (None: leaves it as it is).
STATUS_AFTER = {
    "applied": "applied",
    "replied": None,
    "references_requested": None,
    "rejected": "rejected",
    "offer": "offer",
    "accepted": "accepted",
    "withdrew": "withdrew",
    "still_interested": None,
}
# Statuses only an outcome brings: set by hand, they are recorded as that outcome, with its effects.
OUTCOME_FOR_STATUS = {status: outcome for outcome, status in STATUS_AFTER.items() if status}


def get_application(application_id: int) -> Application:
    return get_existing(Application, application_id, "application")


def create_application(values: dict) -> Application:
    if not values.get("company") and not values.get("title"):
        raise Invalid("an application needs at least a company or a title", field="company", code="missing_field")
    with changes() as touched:
        application = Application.create(**values, user_edited=sorted(values))
        activity.log(application, "created", f"Added {describe(application)} by hand")
        touched.application(application)
    return application


def update_application(application: Application, values: dict) -> Application:
    """Apply the user's edits; the edited fields are then never overwritten by a capture.

    A new status that an outcome brings (applied, rejected, offer, accepted, withdrew) is recorded
    as that outcome, so the same follow-ups result: a rejection plans R9, an acceptance withdraws
    the other applications. 'saved' and 'interviewing' are plain edits.
    """
    values = dict(values)
    status = values.get("status")
    outcome = OUTCOME_FOR_STATUS.get(status) if status != application.status else None
    if outcome:
        del values["status"]  # recorded as the outcome below
    with changes():  # the edit and the outcome, re-planned once
        _edit(application, values)
        if outcome:
            record_outcome(application, outcome)
    return application


def _edit(application: Application, values: dict) -> None:
    changed = {name: value for name, value in values.items() if getattr(application, name) != value}
    if not changed:
        return
    with changes() as touched:
        for name, value in changed.items():
            setattr(application, name, value)
        application.user_edited = sorted(set(application.user_edited or []) | set(changed))
        application.save()
        activity.log(application, "edit", f"Edited {', '.join(sorted(changed))}", fields=sorted(changed))
        touched.application(application)


def delete_application(application: Application) -> None:
    activity.log(None, "deleted", f"Deleted {describe(application)}", application_id=application.id)
    application.delete_instance(recursive=True)


def record_outcome(application: Application, outcome: str, at: datetime | None = None,
                   decision_by=None, contact_on=None, client_id: str | None = None) -> Application:
    """Record what happened; `accepted` also withdraws every other open application.
    `client_id` names an outcome recorded while the companion was down and sent later by the
    extension's outbox: sent twice, it is recorded once."""
    at = at or utcnow()
    if client_id and activity.entries(application.id, "outcome", client_id=client_id):
        return application
    with changes() as touched:
        Outcome.create(application=application, kind=outcome, at=at, decision_by=decision_by, contact_on=contact_on)
        _apply_outcome(application, outcome, at, decision_by, contact_on)
        activity.log(application, "outcome", f"Recorded: {outcome.replace('_', ' ')}", at=at, outcome=outcome,
                     decision_by=decision_by and decision_by.isoformat(), contact_on=contact_on and contact_on.isoformat(),
                     **({"client_id": client_id} if client_id else {}))
        touched.application(application)
        if outcome == "accepted":
            _withdraw_others(application, at, touched)
    return application


def _apply_outcome(application: Application, outcome: str, at: datetime, decision_by, contact_on) -> None:
    status = STATUS_AFTER[outcome]
    if status:
        application.status = status
    if outcome == "applied" and application.applied_on is None:
        application.applied_on = _day_for_user(at)
    if decision_by is not None:
        application.decision_by = decision_by
    if contact_on is not None:
        application.contact_on = contact_on
    if outcome == "still_interested":
        application.long_decision = True
    application.save()


def _day_for_user(moment: datetime) -> date:
    """The day `moment` falls on in the user's zone: R11 counts from the day they applied, not UTC's."""
    try:
        return moment.astimezone(user_settings.load_settings().tz).date()
    except OverflowError:  # the last hours of year 9999, ahead of UTC: no later day exists
        return moment.date()


def _withdraw_others(accepted: Application, at: datetime, touched: Touched) -> None:
    """Accepting an offer withdraws the other open applications (R10 plans a note for each)."""
    others = Application.select().where(Application.id != accepted.id, Application.status.in_(IN_PROGRESS))
    for other in others:
        Outcome.create(application=other, kind="withdrew", at=at)
        other.status = "withdrew"
        other.save()
        activity.log(other, "outcome", f"Withdrew: accepted the offer from {describe(accepted)}", at=at,
                     outcome="withdrew", accepted_application_id=accepted.id)
        touched.application(other)


def describe(application: Application) -> str:
    return describe_json({"id": application.id, "title": application.title, "company": application.company})


def describe_json(application: dict) -> str:
    """'Engineer at Acme', or the application's number when both are unknown."""
    parts = [part for part in (application["title"], application["company"]) if part]
    return " at ".join(parts) if parts else f"application {application['id']}"
