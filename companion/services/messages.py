"""A recruiter's message taken in: kept like a page capture, matched to its application (by the
sender's address, then their domain, then the company named), judged, and, when the verdict is
sure, recorded as the outcome it means, through the one re-planning path. Its Message-ID and
subject are kept on the application, so the next message to that company replies in its thread.
An invitation's calendar part goes through the invite import."""

from __future__ import annotations

import base64
import re
from datetime import date, datetime

from companion.domain.heard_by import HeardByError, read_heard_by
from companion.domain.interview_notes import fold
from companion.domain.timing import Settings
from companion.reading.invites.detection import domain_of, hiring_tool, is_public_mail
from companion.reading.messages.message import MessageFacts, read_message
from companion.reading.messages.verdict import judge
from companion.services import activity, interviews
from companion.services.applications import record_outcome
from companion.services.contacts import application_at
from companion.services.errors import Conflict, Invalid
from companion.services.lookup import get_existing
from companion.services.unit_of_work import changes
from companion.services.user_settings import load_settings
from companion.store.models import Application, Capture, Contact, utcnow

SURE = 0.75  # a verdict at least this confident is recorded without asking
OUTCOMES = {"rejection": "rejected", "offer": "offer", "references": "references_requested",
            "timeline": "replied", "invitation": "replied"}
# "… by Friday 11 December", "… before the end of next week": the words after the promise.
_WHEN = re.compile(r"\b(?:decision|decide|get\s+back\s+to\s+you|hear\s+(?:back\s+)?from\s+(?:us|me)|let\s+you\s+know|"
                   r"update\s+you)\b[^.!?\n]{0,40}?\b(?:by|before|on|within)\s+([^.,;!?\n]{3,40})", re.IGNORECASE)


def import_message(data: bytes, now: datetime | None = None) -> dict:
    """Take in one message; what was understood and what was recorded."""
    now = now or utcnow()
    facts = read_message(data)
    verdict = judge(facts)
    settings = load_settings()
    with changes() as touched:
        application = _application_for(facts, settings.own_emails)
        capture = Capture.create(source="email", url="", title=facts.subject[:500],
                                 payload={"eml_base64": base64.b64encode(data).decode()},
                                 status="understood" if verdict.kind != "not_job" else "not_understood",
                                 extractor="message", confidence=verdict.confidence, application=application,
                                 result={"kind": verdict.kind, "reason": verdict.reason},
                                 reason="" if application else "no tracked application matches its sender or company")
        recorded = None
        if application is not None and verdict.kind != "not_job":
            if facts.message_id:
                application.last_message_id, application.last_message_subject = facts.message_id, facts.subject
                application.save()
            activity.log(application, "message", f"Message from {facts.sender_name or facts.sender_email}: "
                                                 f"{verdict.kind.replace('_', ' ')} ({verdict.reason})",
                         capture_id=capture.id)
            touched.application(application)
            if verdict.confidence >= SURE:
                recorded = _record(application, verdict.kind, facts, now, settings)
            elif verdict.kind in OUTCOMES:
                capture.result = capture.result | {"awaiting": verdict.kind}  # the popup asks the user
                capture.save()
    if facts.calendars:
        for calendar in facts.calendars:
            reading = interviews.read_invite_text(calendar, now)
            interviews.import_interviews(reading.interviews)
    return {"capture_id": capture.id, "application_id": application.id if application else None,
            "verdict": {"kind": verdict.kind, "confidence": verdict.confidence, "reason": verdict.reason},
            "recorded": recorded}


def get_message(capture_id: int) -> Capture:
    return get_existing(Capture, capture_id, "message")


def waiting() -> list[Capture]:
    """Messages whose verdict was too unsure to record: the popup asks "Is this a rejection from Acme?"."""
    light = [field for field in Capture._meta.sorted_fields if field.name != "payload"]  # not the raw messages
    found = Capture.select(*light).where((Capture.source == "email") & Capture.application.is_null(False))
    return [capture for capture in found.order_by(Capture.received_at.desc()) if (capture.result or {}).get("awaiting")]


def answer(capture: Capture, kind: str, now: datetime | None = None) -> str | None:
    """The user's answer about a waiting message: its kind ("rejection", "offer", ...), which is
    recorded like a sure verdict, or "no" (nothing to record). Returns the outcome recorded."""
    if capture.source != "email" or not (capture.result or {}).get("awaiting"):
        raise Conflict("this message is not waiting for an answer", code="not_waiting")
    if kind != "no" and kind not in OUTCOMES:
        raise Invalid(f"'answer' must be no or one of: {', '.join(OUTCOMES)}", field="answer")
    facts = read_message(base64.b64decode(capture.payload["eml_base64"]))
    with changes():
        capture.result = {key: value for key, value in capture.result.items() if key != "awaiting"} | {"answered": kind}
        capture.save()
        return None if kind == "no" else _record(capture.application, kind, facts, now or utcnow(), load_settings())


def _record(application: Application, kind: str, facts: MessageFacts, now: datetime,
            settings: Settings) -> str | None:
    outcome = OUTCOMES.get(kind)
    if outcome is None:
        return None
    sent_at = facts.date or now
    decision_by = _decision_date(facts, sent_at.astimezone(settings.tz), settings.locale) if kind == "timeline" else None
    record_outcome(application, outcome, at=sent_at, decision_by=decision_by)
    return outcome


def _decision_date(facts: MessageFacts, sent_at: datetime, locale: str) -> date | None:
    """The day the message says a decision or news will come, read from when it was sent."""
    match = _WHEN.search(facts.text)
    if not match:
        return None
    # "Friday 23 March and I will let you know": the longest start of the words that is a day.
    words = match[1].split()
    for count in range(min(len(words), 5), 0, -1):
        try:
            return read_heard_by(" ".join(words[:count]), sent_at, locale)
        except HeardByError:
            continue
    return None


def _application_for(facts: MessageFacts, own: frozenset[str]) -> Application | None:
    """The tracked application the message is about: its sender is a contact of it, or works at
    its company's domain, or the message names its company."""
    if not facts.sender_email or facts.sender_email in own:
        return None
    contact = (Contact.select().where((Contact.email == facts.sender_email) & Contact.application.is_null(False))
               .order_by(Contact.id.desc()).first())
    if contact is not None:
        return contact.application
    domain = domain_of(facts.sender_email)
    by_domain = application_at({domain}) if domain and not is_public_mail(domain) and not hiring_tool(domain)[0] else None
    if by_domain is not None:
        return by_domain
    words = fold(f"{facts.sender_name} {facts.subject} {facts.text[:3000]}")
    named = [a for a in Application.select().order_by(Application.updated_at.desc())
             if a.company and re.search(rf"\b{re.escape(fold(a.company))}\b", words)]
    return named[0] if named else None
