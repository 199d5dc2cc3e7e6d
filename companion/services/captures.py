"""Captures: keep what the extension sent first, then understand it and store what was found.

The raw capture is saved before anything is read from it, so a page the extractors do not
understand (or an extractor that fails) still leaves the user's click on record, with the
reason, ready for a later extractor to re-read.
"""

from __future__ import annotations

import logging
from dataclasses import asdict

from peewee import IntegrityError

from companion.reading.pages import extract_snapshot
from companion.reading.calendar_pages import google_calendar, outlook_calendar
from companion.reading.pages.results import NO_JOB
from companion.domain.facts import Extraction, Snapshot
from companion.store.models import Application, Capture, FollowUp, Interview, database
from companion.services.serialize import contact_json, application_json, capture_json, interview_json
from companion.reading.messages.webmail import reader_for
from companion.services import activity, interviews, jobs, messages
from companion.services.follow_up_drafts import follow_ups_json
from companion.services.lookup import get_existing
from companion.services.unit_of_work import changes

log = logging.getLogger(__name__)
CALENDAR_PAGE_EXTRACTORS = (google_calendar.NAME, outlook_calendar.NAME)


def record_capture(payload: dict, *, force: bool = False, read: Extraction | Exception | None = None) -> tuple[dict, bool]:
    """Store and understand one capture. Returns (answer, created); a repeated client_id
    returns the first answer with created False. `read` is what `read_capture` made of the
    payload, when the caller read it before taking the write lock."""
    if "ics" not in payload and reader_for(payload.get("url", "")):  # a recruiter's message open in webmail
        capture, created = messages.import_page(payload)
        return answer_for(capture), created
    client_id = payload.get("client_id") or None  # an empty id is no id
    earlier = _earlier_capture(client_id)
    if earlier is not None:
        return _stored_answer(earlier), False
    try:
        with database.atomic():  # a savepoint: a refused insert leaves the request's transaction usable
            capture = Capture.create(
                client_id=client_id,
                source="ics" if "ics" in payload else "page",
                url=payload.get("url", ""),
                title=payload.get("title", ""),
                payload=payload,
                reason="not read yet",
            )
    except IntegrityError:
        # A resend that raced the first send past the lookup: the first one stands.
        earlier = _earlier_capture(client_id)
        if earlier is None:
            raise
        return _stored_answer(earlier), False
    return _read_and_answer(capture, force=force, read=read), True


def get_capture(capture_id: int) -> Capture:
    return get_existing(Capture, capture_id, "capture")


def delete_capture(capture: Capture) -> None:
    """Forget a kept page, invite or message (the user's own choice): what it recorded stays."""
    with changes():
        capture.delete_instance()


def every_capture() -> list[Capture]:
    """Every stored capture in the order they arrived, for reading them all again (listings.captures
    lists them newest first)."""
    return list(Capture.select().order_by(Capture.id))


def _earlier_capture(client_id: str | None) -> Capture | None:
    return Capture.get_or_none(Capture.client_id == client_id) if client_id else None


def _stored_answer(capture: Capture) -> dict:
    return capture.result.get("answer") or answer_for(capture)


def read_capture(payload: dict) -> Extraction | Exception:
    """What a payload holds, read without writing anything: the slow part of a capture, which
    the API does before it takes the write lock. A reader's failure is returned, not raised.
    A message open in webmail is read by the message import instead: None."""
    if "ics" not in payload and reader_for(payload.get("url", "")):
        return None
    try:
        return understand(payload)
    except Exception as error:  # an extractor bug must not lose the capture
        return error


def apply_understanding(capture: Capture, *, force: bool = False, read: Extraction | Exception | None = None) -> None:
    """(Re-)read a stored capture and store what it holds; failures are kept on the capture."""
    extraction = read if read is not None else read_capture(capture.payload)
    try:
        if isinstance(extraction, Exception):
            raise extraction
        with database.atomic():
            stored = store_extraction(extraction, force=force)
    except Exception as error:  # an extractor bug must not lose the capture
        log.exception("capture %s could not be read", capture.id)
        capture.status = "error"
        capture.reason = f"the companion failed while reading this capture: {error}"
        capture.result = {}
        capture.save()
        return
    capture.extractor = extraction.extractor
    capture.confidence = extraction.confidence
    application = stored.get("application")
    # Read again: store_extraction re-planned it on leaving (its gone-quiet moment may have moved).
    capture.application = Application.get_by_id(application.id) if application else None
    capture.status = "understood" if stored.get("application") else "not_understood"
    capture.reason = "" if capture.status == "understood" else (extraction.reason or "nothing the companion could use was found")
    capture.result = {
        "missing": extraction.missing,
        "errors": extraction.errors,
        "job": asdict(extraction.job) if extraction.job else None,
        "interviews": stored.get("interview_reports", []),
        "interview_guesses": _interview_guesses(extraction, stored.get("interview_reports", [])),
    }
    capture.save()
    if capture.application_id:
        activity.log(capture.application, "capture", f"Captured {capture.title or capture.url or 'an invite'}",
                     capture_id=capture.id, extractor=capture.extractor)


def reread_capture(capture: Capture) -> dict:
    """Read a stored capture again with today's extractors (a fixed extractor repairs old
    captures) and keep its stored answer current; the job is matched, never duplicated."""
    return _read_and_answer(capture)


def _read_and_answer(capture: Capture, *, force: bool = False, read: Extraction | Exception | None = None) -> dict:
    """Read the capture and keep the answer with it, for a resend to get the same one."""
    apply_understanding(capture, force=force, read=read)
    answer = answer_for(capture)
    capture.result = {**capture.result, "answer": answer}
    capture.save()
    return answer


def understand(payload: dict) -> Extraction:
    """Read a capture payload without storing anything (also used for dry runs)."""
    if "ics" in payload:
        return read_invite(payload["ics"])
    snapshot = Snapshot(
        url=payload.get("url", ""),
        title=payload.get("title", ""),
        html=payload.get("html", ""),
        json_ld=payload.get("json_ld", []),
        selection=payload.get("selection", ""),
    )
    return extract_snapshot(snapshot)


def read_invite(ics_text: str) -> Extraction:
    return interviews.invite_extraction(interviews.read_invite_text(ics_text))


def store_extraction(extraction: Extraction, *, force: bool = False) -> dict:
    """Turn what was understood into rows; returns the application and interview reports."""
    stored: dict = {}
    with changes() as touched:
        if extraction.job is not None:
            application, _ = jobs.upsert_job(extraction.job, extraction.contacts)
            touched.application(application)
            stored["application"] = application
        if extraction.interviews:
            # Invites and calendar pages alike; a page shows the event as it is now.
            reports = interviews.import_interviews(extraction.interviews, force=force, from_page=extraction.extractor != "ics")
            stored["interview_reports"] = reports
            application_ids = [report["application_id"] for report in reports if report["application_id"]]
            if application_ids and "application" not in stored:
                stored["application"] = Application.get_by_id(application_ids[0])
    return stored


def answer_for(capture: Capture) -> dict:
    application = capture.application if capture.application_id else None
    reports = (capture.result or {}).get("interviews", [])
    interview_ids = [r["interview_id"] for r in reports if r.get("interview_id")]
    return {
        "capture": capture_json(capture),
        "message": _message(capture),
        "application": application_json(application) if application else None,
        "contacts": [contact_json(c) for c in application.contacts] if application else [],
        "interviews": [interview_json(i) for i in _interviews(interview_ids)],
        "missing": (capture.result or {}).get("missing", []),
        "uncertain": _uncertain(capture, application),
        "followups": follow_ups_json(_pending_follow_ups(application)),
        "poster": ((capture.result or {}).get("job") or {}).get("poster") or None,
        **({"verdict": _verdict(capture)} if capture.source == "email" else {}),
    }


def _uncertain(capture: Capture, application: Application | None) -> list[dict]:
    """The application's fields this capture guessed ({field, why}), while they still hold the
    guess: the panel asks the user to check them, and a value the user typed is never asked about.
    A page's job says what it guessed; an invite's interviews, the company (`_interview_guesses`)."""
    if application is None:
        return []
    result = capture.result or {}
    read = [result.get("job") or {}] + [guess for guess in result.get("interview_guesses", [])
                                        if guess["application_id"] == application.id]
    uncertain: dict[str, str] = {}
    for facts in read:
        for name, why in (facts.get("guessed") or {}).items():
            if getattr(application, name, None) == facts.get(name):
                uncertain.setdefault(name, why)
    return [{"field": name, "why": why} for name, why in uncertain.items()]


def _interview_guesses(extraction: Extraction, reports: list[dict]) -> list[dict]:
    """What an invite's interviews guessed, with the application each joined ({application_id,
    company, guessed}); `reports` has one report per interview, in the same order."""
    return [{"application_id": report["application_id"], "company": facts.company, "guessed": facts.guessed}
            for facts, report in zip(extraction.interviews, reports) if facts.guessed and report["application_id"]]


def _verdict(capture: Capture) -> dict:
    """What a message was judged to be, and what was recorded from it or waits for the user."""
    result = capture.result or {}
    return {key: result.get(key) for key in ("kind", "reason", "recorded", "awaiting")}


def _message(capture: Capture) -> str:
    if capture.source == "email":
        return _message_words(capture)
    if capture.status == "understood":
        return "Captured."
    if capture.extractor in CALENDAR_PAGE_EXTRACTORS:  # their reasons say what to open
        return capture.reason[0].upper() + capture.reason[1:]
    if capture.source == "page":
        # The extractors' reasons already begin "no job found on this page: ...".
        reason = capture.reason if capture.reason.startswith(NO_JOB) else f"{NO_JOB}: {capture.reason}"
        return reason[0].upper() + reason[1:]
    return f"Nothing to import from this invite: {capture.reason}"


# What recording a message's outcome did, in the words of the panel after a webmail capture.
RECORDED_WORDS = {
    "rejected": "Recorded as a rejection: a thank-you-anyway note is planned.",
    "offer": "Recorded as an offer.",
    "references_requested": "Recorded: they asked for your references.",
    "replied": "Recorded as their reply: the check-ins start again from it (or from the day they said they would decide).",
}


def _message_words(capture: Capture) -> str:
    result = capture.result or {}
    if not result.get("kind"):  # no message was open on the page
        return capture.reason[0].upper() + capture.reason[1:] if capture.reason else "No message was found."
    if capture.application_id is None:
        return "No tracked application matches this message's sender or company: nothing was recorded."
    if result.get("recorded"):
        return f"{RECORDED_WORDS.get(result['recorded'], 'Recorded.')} If that is wrong, undo it in the popup."
    if result.get("awaiting"):
        return "Not sure enough to record it: answer the question in the popup."
    return "Kept with the application: it records nothing."


def _interviews(ids: list[int]) -> list[Interview]:
    return list(Interview.select().where(Interview.id.in_(ids))) if ids else []


def _pending_follow_ups(application: Application | None) -> list[FollowUp]:
    if application is None:
        return []
    return list(application.follow_ups.where(FollowUp.status == "pending").order_by(FollowUp.due))
