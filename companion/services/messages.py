"""A recruiter's message taken in (an .eml or Outlook .msg, a watched mailbox's, or the one open in
Gmail or Outlook on the web): kept like a page capture, once per message, matched to its
application (by the sender's address, then their domain, then the company named), judged, and,
when the verdict is sure, recorded as the outcome it means, through the one re-planning path,
with what the application was before so the popup can undo it; an unsure verdict waits for the
user's answer. Its Message-ID and subject are kept on the application, so the next message to
that company replies in its thread. An invitation's calendar part goes through the invite import."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import date, datetime, timedelta

import peewee as pw

from companion.domain.interview_notes import fold
from companion.domain.timing import Settings
from companion.domain.addresses import domain_of
from companion.domain.hosts import hiring_tool, is_public_mail
from companion.reading.messages.message import MessageFacts, read_message
from companion.reading.messages.outlook_file import UnreadableMessage
from companion.reading.messages.promised_day import promised_day
from companion.reading.messages.verdict import judge
from companion.reading.messages.webmail import NoOpenMessage, read_webmail, reader_for
from companion.services import activity, interviews
from companion.services.applications import record_outcome
from companion.services.contacts import application_at
from companion.services.errors import Conflict, Invalid
from companion.services.lookup import get_existing
from companion.services.unit_of_work import changes
from companion.services.user_settings import load_settings
from companion.store.models import Application, Capture, Contact, Outcome, utcnow

SHOWN_FOR = timedelta(days=14)  # how long the popup offers Undo for a message's verdict
SURE = 0.75  # a verdict at least this confident is recorded without asking
OUTCOMES = {"rejection": "rejected", "offer": "offer", "references": "references_requested",
            "timeline": "replied", "invitation": "replied"}



def import_message(data: bytes, now: datetime | None = None, *, tracked_only: bool = False) -> dict | None:
    """Take in one message (.eml bytes); what was understood and what was recorded. A message
    taken in before (the same Message-ID) is not read twice. With `tracked_only` (a watched
    mailbox), a message that matches no tracked application is dropped, not kept: None."""
    try:
        facts = read_message(data)
    except UnreadableMessage as problem:
        raise Invalid(str(problem), field="eml_base64") from None
    capture, created = _take_in(facts, {"eml_base64": base64.b64encode(data).decode()}, now or utcnow(),
                                tracked_only=tracked_only)
    if capture is None:
        return None
    return _answer(capture) | ({} if created else {"already_imported": True})


def import_page(payload: dict, now: datetime | None = None) -> tuple[Capture, bool]:
    """Take in the message open in Gmail or Outlook on the web (the extension's capture of it):
    the capture, kept with the page as sent even when no message was open on it, and whether it
    is new (False: that message was taken in before)."""
    try:
        facts = read_webmail(payload.get("html", ""), payload.get("url", ""), load_settings().tz)
    except NoOpenMessage as nothing:
        with changes():
            return Capture.create(source="email", url=payload.get("url", ""), title=payload.get("title", "")[:500],
                                  client_id=payload.get("client_id") or None, payload=payload,
                                  extractor=reader_for(payload.get("url", "")) or "", reason=str(nothing)), True
    return _take_in(facts, payload, now or utcnow(), client_id=payload.get("client_id") or None)


def _take_in(facts: MessageFacts, payload: dict, now: datetime, *, tracked_only: bool = False,
             client_id: str | None = None) -> tuple[Capture | None, bool]:
    """Keep a message, match it to its application, and record what a sure verdict means; the
    capture (None: dropped, see `tracked_only`) and whether it is new."""
    own_id = _client_id(facts)
    earlier = Capture.get_or_none(Capture.client_id.in_([i for i in (own_id, client_id) if i]))
    if earlier is not None:
        return earlier, False
    settings = load_settings()
    with changes() as touched:
        application, from_a_contact = _application_for(facts, settings.own_emails)
        if application is None and tracked_only:
            return None, False
        verdict = judge(facts, from_a_contact=from_a_contact)
        capture = Capture.create(source="email", url=payload.get("url", ""), title=facts.subject[:500],
                                 client_id=own_id or client_id, payload=payload,
                                 status="understood" if verdict.kind != "not_job" else "not_understood",
                                 extractor="message", confidence=verdict.confidence, application=application,
                                 result={"kind": verdict.kind, "reason": verdict.reason},
                                 reason="" if application else "no tracked application matches its sender or company")
        if application is not None and verdict.kind != "not_job":
            if facts.message_id:
                application.last_message_id, application.last_message_subject = facts.message_id, facts.subject
                application.save()
            activity.log(application, "message", f"Message from {facts.sender_name or facts.sender_email}: "
                                                 f"{verdict.kind.replace('_', ' ')} ({verdict.reason})",
                         capture_id=capture.id)
            touched.application(application)
            if verdict.confidence >= SURE:
                capture.result = capture.result | _record(application, verdict.kind, facts, now, settings)
            elif verdict.kind in OUTCOMES:
                capture.result = capture.result | {"awaiting": verdict.kind}  # the popup asks the user
            capture.save()
    for calendar in facts.calendars:
        reading = interviews.read_invite_text(calendar, now)
        interviews.import_interviews(reading.interviews)
    return capture, True


def facts_of(capture: Capture) -> MessageFacts:
    """A kept message read again: from its .eml, or from the webmail page it was captured on."""
    if "eml_base64" in capture.payload:
        return read_message(base64.b64decode(capture.payload["eml_base64"]))
    return read_webmail(capture.payload.get("html", ""), capture.payload.get("url", ""), load_settings().tz)


def _client_id(facts: MessageFacts) -> str | None:
    """A message's own id among the captures' ids: what makes a second import of it a no-op."""
    own = facts.message_id or facts.web_id
    if not own:
        return None
    return "message:" + hashlib.sha256(own.encode("utf-8", "replace")).hexdigest()[:40]


def _answer(capture: Capture) -> dict:
    result = capture.result or {}
    return {"capture_id": capture.id, "application_id": capture.application_id,
            "verdict": {"kind": result.get("kind"), "confidence": capture.confidence, "reason": result.get("reason")},
            "recorded": result.get("recorded"), "awaiting": result.get("awaiting")}


def get_message(capture_id: int) -> Capture:
    return get_existing(Capture, capture_id, "message")


def _holds(field, key: str):
    """Rows whose stored JSON text names `key` (compared as text: the field would encode the pattern as JSON)."""
    return pw.Expression(field, pw.OP.ILIKE, pw.Value(f'%"{key}"%', converter=False))


def _light() -> list:
    return [field for field in Capture._meta.sorted_fields if field.name != "payload"]  # not the raw messages


def waiting() -> list[Capture]:
    """Messages whose verdict was too unsure to record: the popup asks "Is this a rejection from Acme?"."""
    # Read on every popup opening: the stored verdict's text narrows the rows before they are read.
    found = Capture.select(*_light()).where((Capture.source == "email") & Capture.application.is_null(False)
                                            & _holds(Capture.result, "awaiting"))
    return [capture for capture in found.order_by(Capture.received_at.desc()) if (capture.result or {}).get("awaiting")]


def recently_recorded(now: datetime | None = None) -> list[Capture]:
    """Messages whose verdict was recorded without asking, not yet seen by the user: the popup
    shows each with Undo, for a fortnight."""
    since = (now or utcnow()) - SHOWN_FOR
    found = Capture.select(*_light()).where((Capture.source == "email") & Capture.application.is_null(False)
                                            & (Capture.received_at >= since) & _holds(Capture.result, "recorded"))
    return [capture for capture in found.order_by(Capture.received_at.desc())
            if (capture.result or {}).get("recorded") and not capture.result.get("seen")]


def answer(capture: Capture, kind: str, now: datetime | None = None) -> str | None:
    """The user's answer about a waiting message: its kind ("rejection", "offer", ...), which is
    recorded like a sure verdict, or "no" (nothing to record). Returns the outcome recorded."""
    if capture.source != "email" or not (capture.result or {}).get("awaiting"):
        raise Conflict("this message is not waiting for an answer", code="not_waiting")
    if kind != "no" and kind not in OUTCOMES:
        raise Invalid(f"'answer' must be no or one of: {', '.join(OUTCOMES)}", field="answer")
    facts = facts_of(capture)
    with changes():
        result = {key: value for key, value in capture.result.items() if key != "awaiting"} | {"answered": kind}
        if kind != "no":
            result |= _record(capture.application, kind, facts, now or utcnow(), load_settings()) | {"seen": True}
        capture.result = result
        capture.save()
        return result.get("recorded")


def undo(capture: Capture) -> str:
    """Take back what a message recorded: its outcome is removed and the application is as it
    was before, re-planned. Only while nothing was recorded on the application after it."""
    result = capture.result or {}
    before = result.get("before")
    if capture.source != "email" or not result.get("recorded") or not before:
        raise Conflict("nothing recorded from this message is left to undo", code="nothing_to_undo")
    application = capture.application
    latest = Outcome.select(Outcome.id).where(Outcome.application == application).order_by(Outcome.id.desc()).first()
    if latest is None or latest.id != before["outcome_id"]:
        raise Conflict("something was recorded on this application after the message: change its status on the "
                       "applications page instead", code="changed_since")
    with changes() as touched:
        Outcome.delete().where(Outcome.id == before["outcome_id"]).execute()
        application.status = before["status"]
        application.decision_by = date.fromisoformat(before["decision_by"]) if before["decision_by"] else None
        application.long_decision = before["long_decision"]
        application.save()
        activity.log(application, "outcome", f"Undone: {result['recorded'].replace('_', ' ')} (read from a message)",
                     capture_id=capture.id)
        capture.result = {key: value for key, value in result.items() if key not in ("recorded", "before")} | {
            "undone": result["recorded"], "seen": True}
        capture.save()
        touched.application(application)
    return result["recorded"]


def mark_seen(capture: Capture) -> None:
    if capture.source != "email":
        raise Conflict("this capture is not a message", code="not_a_message")
    with changes():
        capture.result = (capture.result or {}) | {"seen": True}
        capture.save()


def _record(application: Application, kind: str, facts: MessageFacts, now: datetime,
            settings: Settings) -> dict:
    """Record the outcome a verdict means; what the capture keeps: the outcome, and what the
    application was before (for Undo)."""
    outcome = OUTCOMES.get(kind)
    if outcome is None:
        return {}
    before = {"status": application.status, "long_decision": application.long_decision,
              "decision_by": application.decision_by.isoformat() if application.decision_by else None}
    sent_at = facts.date or now
    decision_by = promised_day(facts.text, sent_at.astimezone(settings.tz), settings.locale) if kind == "timeline" else None
    record_outcome(application, outcome, at=sent_at, decision_by=decision_by)
    made = Outcome.select(Outcome.id).where(Outcome.application == application).order_by(Outcome.id.desc()).first()
    return {"recorded": outcome, "before": before | {"outcome_id": made.id}}


def _application_for(facts: MessageFacts, own: frozenset[str]) -> tuple[Application | None, bool]:
    """The tracked application the message is about: its sender is a contact of it, or works at
    its company's domain, or the message names its company; and whether the sender is a contact."""
    if not facts.sender_email or facts.sender_email in own:
        return None, False
    contact = (Contact.select().where((Contact.email == facts.sender_email) & Contact.application.is_null(False))
               .order_by(Contact.id.desc()).first())
    if contact is not None:
        return contact.application, True
    domain = domain_of(facts.sender_email)
    by_domain = application_at({domain}) if domain and not is_public_mail(domain) and not hiring_tool(domain)[0] else None
    if by_domain is not None:
        return by_domain, False
    words = fold(f"{facts.sender_name} {facts.subject} {facts.text[:3000]}")
    named = [a for a in Application.select().order_by(Application.updated_at.desc())
             if a.company and re.search(rf"\b{re.escape(fold(a.company))}\b", words)]
    return (named[0] if named else None), False
