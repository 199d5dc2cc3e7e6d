"""Statuses, outcomes, channels and kinds of contact, and the groups the rules and services sort them into.

Pure (no peewee, no Flask), so both the rules and the database services import one definition.
"""

from __future__ import annotations

from datetime import datetime

APPLICATION_STATUSES = ("saved", "applied", "interviewing", "offer", "accepted", "rejected", "withdrew")
# The employer knows about these and has not decided: accepting an offer elsewhere withdraws them (R10).
IN_PROGRESS = ("applied", "interviewing", "offer")
NOT_INTERVIEWING_YET = ("saved", "applied")  # an application follow-up (R11) still makes sense
DECIDED = ("offer", "accepted", "rejected", "withdrew")  # no more check-ins (R5, R6, R8, R11)
ENDED = ("rejected", "withdrew")  # nothing left to thank, prepare or reference

FOLLOW_UP_STATUSES = ("pending", "done", "skipped", "snoozed", "cancelled")
OPEN_FOLLOW_UPS = ("pending", "snoozed")  # still asking for the user's attention; a re-plan may move them
FINISHED_FOLLOW_UPS = ("done", "skipped")  # what the user did: history a re-plan never touches

OUTCOMES = (
    "applied", "replied", "references_requested", "rejected", "offer", "accepted",
    "withdrew", "still_interested",
)
CHANNELS = ("email", "phone", "letter", "linkedin")
CONTACT_KINDS = ("interviewer", "recruiter", "hiring_manager", "reference")
INTERVIEW_STATUSES = ("scheduled", "cancelled")
CAPTURE_STATUSES = ("understood", "not_understood", "error")


def next_due(status: str, due: datetime, snoozed_until: datetime | None) -> datetime:
    """When a follow-up next asks for attention: its due time, or its snooze's end if that is later
    (a re-plan can move a snoozed follow-up's due time past the snooze, when an interview moves)."""
    if status == "snoozed" and snoozed_until:
        return max(snoozed_until, due)
    return due
