"""Importing interviews read from invites and calendar pages: create, reschedule, cancel, link.

An invite's UID (with its RECURRENCE-ID) names one interview. A higher SEQUENCE moves it in
place, a lower one is stale and ignored, the same one changes nothing; a cancellation cancels
it. A new interview joins the application of its company (same name, any case; or a contact
sharing the organiser's email domain), else starts one. Everything one call imports is one
unit of work: written in one transaction, each touched application re-planned once.
"""

from __future__ import annotations

import dataclasses
import zoneinfo
from datetime import datetime, timezone

from companion.domain.facts import Extraction, InterviewFacts
from companion.domain.timing import Settings
from companion.domain.addresses import domain_of
from companion.domain.hosts import hiring_tool, is_public_mail
from companion.reading.invites.reader import InviteReading, read_invite
from companion.store.models import Application, Interview, InterviewParticipant, utcnow
from companion.domain.vocabulary import NOT_INTERVIEWING_YET
from companion.services import activity, user_settings
from companion.services.contacts import application_at, upsert_people
from companion.services.unit_of_work import Touched, changes

_COMPARED = ("title", "start", "end", "zone", "location", "video_link", "status")
# Interviews one file may add or change. An invite holds one, a series a few; a file with more is
# a calendar export or an attack, and each stored interview costs a few dozen queries.
MAX_INTERVIEWS_PER_FILE = 50


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing it wrote is kept."""


def read_invite_text(data: str | bytes, now: datetime | None = None) -> InviteReading:
    """Read an invite with the user's email and zone from the settings."""
    settings = user_settings.load_settings()
    return read_invite(data, now=now or utcnow(), user_email=settings.email, user_zone=settings.zone)


def invite_extraction(reading: InviteReading) -> Extraction:
    """An invite reading in the shape the capture path stores."""
    interviews = [facts for facts in reading.interviews if facts.is_interview]
    if reading.interviews and not interviews:
        reason = f"none of its {len(reading.interviews)} events looks like an interview ({reading.interviews[0].reason})"
    else:
        reason = "" if reading.interviews else " ".join(reading.errors) or "the invite holds no events"
    return Extraction(
        extractor="ics",
        confidence=1.0 if interviews else 0.0,
        interviews=reading.interviews,
        reason=reason,
        errors=reading.errors + reading.warnings,
    )


def import_interviews(
    facts: list[InterviewFacts], *, force: bool = False, dry_run: bool = False, from_page: bool = False
) -> list[dict]:
    """Store the interviews; one report per event, in order.

    ``force`` imports events not judged interviews; ``dry_run`` reports what would happen and
    keeps nothing; ``from_page`` (a calendar page shows the event as it is now) lets an
    update at the same SEQUENCE through, since pages carry none.
    Report: {uid, recurrence_id, title, is_interview, reason, action, interview_id,
    application_id}; action is created, updated, cancelled, unchanged, ignored_stale,
    nothing_to_cancel, skipped_not_interview or skipped_over_limit (past the
    MAX_INTERVIEWS_PER_FILE interviews a file may store; the capture keeps the whole file).
    """
    settings = user_settings.load_settings()
    try:
        with changes() as touched:
            importer = _Importer(touched, force=force, from_page=from_page, settings=settings)
            reports = [importer.import_one(item) for item in facts]
            if dry_run:
                raise _DryRun
    except _DryRun:
        reports = [_without_new_ids(report, importer) for report in reports]
    return reports


def _gaps_filled(interview: Interview, wanted: dict) -> dict:
    """At the same SEQUENCE only what the stored interview lacks is taken: an empty location
    or link, or a zone named where it only had an offset ("Etc/GMT+5" from a calendar page)."""
    fills = {name: wanted[name] for name in ("location", "video_link") if not getattr(interview, name) and wanted[name]}
    same_times = (interview.start, interview.end) == (wanted["start"], wanted["end"])
    if same_times and interview.zone.startswith(("Etc/", "UTC")) and not wanted["zone"].startswith(("Etc/", "UTC")):
        fills["zone"] = wanted["zone"]
    return fills


def _without_new_ids(report: dict, importer: _Importer) -> dict:
    """In a dry run, rows made on the way were rolled back: their ids mean nothing."""
    return {
        **report,
        "interview_id": None if report["action"] == "created" else report["interview_id"],
        "application_id": None if report["application_id"] in importer.created_applications else report["application_id"],
    }


class _Importer:
    def __init__(self, touched: Touched, *, force: bool, from_page: bool, settings: Settings):
        self.touched = touched
        self.force, self.from_page = force, from_page
        self.settings = settings
        self.user_email = settings.email.lower()  # their organisation's domain is never the company's
        self.created_applications: set[int] = set()
        self.stored = 0  # interviews this file added or changed, against MAX_INTERVIEWS_PER_FILE

    def import_one(self, facts: InterviewFacts) -> dict:
        facts = self._in_user_zone_if_floating(facts)
        existing = self._existing(facts)
        if not existing and not facts.is_interview and not self.force:
            return self._report(facts, "skipped_not_interview")
        if self.stored == MAX_INTERVIEWS_PER_FILE:
            return self._report(dataclasses.replace(facts, reason=(
                f"not stored: one file may add or change at most {MAX_INTERVIEWS_PER_FILE} interviews; "
                "import the rest from a smaller file")), "skipped_over_limit")
        self.stored += 1
        if not existing:
            if facts.cancelled:
                return self._report(facts, "nothing_to_cancel")
            return self._create(facts)
        actions = [self._apply(facts, interview) for interview in existing]
        action = next((a for a in actions if a not in ("unchanged", "ignored_stale")), actions[0])
        return self._report(facts, action, existing[0])

    # --- finding -----------------------------------------------------------------------

    def _existing(self, facts: InterviewFacts) -> list[Interview]:
        """The stored interview(s) this event is about; a series-wide cancel reaches every occurrence."""
        if facts.uid:
            same = Interview.select().where(Interview.uid == facts.uid)
            exact = list(same.where(Interview.recurrence_id == facts.recurrence_id))
            if exact or facts.recurrence_id or not facts.cancelled:
                return exact
            return list(same)
        return list(Interview.select().where(Interview.title == facts.title, Interview.start == facts.start))

    # --- changing ----------------------------------------------------------------------

    def _apply(self, facts: InterviewFacts, interview: Interview) -> str:
        if facts.sequence < interview.sequence:
            return "ignored_stale"
        # A cancellation often carries less than the invite did: it only changes the status.
        wanted = {"status": "cancelled"} if facts.cancelled else self._fields(facts)
        changed = [name for name in _COMPARED if name in wanted and getattr(interview, name) != wanted[name]]
        if not changed and facts.sequence == interview.sequence:
            return "unchanged"
        if facts.sequence == interview.sequence and not (facts.cancelled or self.from_page):
            wanted = _gaps_filled(interview, wanted)
            changed = [name for name in changed if name in wanted]
            if not changed:
                return "ignored_stale"
        for name, value in wanted.items():
            setattr(interview, name, value)
        interview.sequence = facts.sequence
        interview.save()
        if not facts.cancelled:
            self._link_people(facts, interview)
        application = interview.application
        if facts.cancelled:
            activity.log(application, "import", f"Interview cancelled: {interview.title}", interview_id=interview.id, uid=facts.uid)
            action = "cancelled"
        else:
            activity.log(application, "import", f"Interview updated: {interview.title}, starts {activity.moment(interview.start, self.settings)}",
                         interview_id=interview.id, uid=facts.uid, changed=changed, sequence=facts.sequence)
            action = "updated"
        self.touched.application(application)
        return action

    def _create(self, facts: InterviewFacts) -> dict:
        application = self._application_for(facts)
        interview = Interview.create(
            application=application,
            round=application.interviews.count() + 1,
            uid=facts.uid,
            recurrence_id=facts.recurrence_id,
            sequence=facts.sequence,
            **self._fields(facts),
        )
        self._link_people(facts, interview)
        if application.status in NOT_INTERVIEWING_YET:
            application.status = "interviewing"
            application.save()
        activity.log(application, "import", f"Interview imported: {interview.title}, starts {activity.moment(interview.start, self.settings)}",
                     interview_id=interview.id, uid=facts.uid, reason=facts.reason)
        self.touched.application(application)
        return self._report(facts, "created", interview)

    @staticmethod
    def _fields(facts: InterviewFacts) -> dict:
        return {
            "title": facts.title,
            "start": facts.start,
            "end": facts.end,
            "zone": facts.zone,
            "location": facts.location,
            "video_link": facts.video_link,
            "status": "cancelled" if facts.cancelled else "scheduled",
        }

    def _in_user_zone_if_floating(self, facts: InterviewFacts) -> InterviewFacts:
        """A page that named no zone (zone "") showed wall-clock times of the user's zone."""
        if facts.zone:
            return facts
        zone = zoneinfo.ZoneInfo(self.settings.zone)
        start = facts.start.replace(tzinfo=zone).astimezone(timezone.utc)
        end = facts.end.replace(tzinfo=zone).astimezone(timezone.utc)
        return dataclasses.replace(facts, start=start, end=end, zone=self.settings.zone)

    # --- linking -----------------------------------------------------------------------

    def _application_for(self, facts: InterviewFacts) -> Application:
        company = facts.company.strip()
        if company:
            # Compared in Python: SQLite's LOWER() leaves non-ASCII letters (É, Ø) as they are.
            for application in Application.select().order_by(Application.updated_at.desc()):
                if application.company.strip().lower() == company.lower():
                    return self._fill_role(application, facts)
        by_domain = self._application_by_domain(facts)
        if by_domain is not None:
            return self._fill_role(by_domain, facts)
        application = Application.create(
            company=company,
            title=facts.role or ("" if company else facts.title),
            status="interviewing",
        )
        activity.log(application, "created", f"Added {company or facts.title} from an interview invite", uid=facts.uid)
        self.created_applications.add(application.id)
        return application

    def _application_by_domain(self, facts: InterviewFacts) -> Application | None:
        domains = {domain_of(email) for email in [facts.organizer_email, *(c.email for c in facts.contacts)] if email}
        domains = {d for d in domains if d and not is_public_mail(d) and not hiring_tool(d)[0]}
        if self.user_email:
            domains.discard(domain_of(self.user_email))
        return application_at(domains)

    @staticmethod
    def _fill_role(application: Application, facts: InterviewFacts) -> Application:
        if facts.role and not application.title and "title" not in (application.user_edited or []):
            application.title = facts.role
            application.save()
        return application

    def _link_people(self, facts: InterviewFacts, interview: Interview) -> None:
        people = [person for person in facts.contacts if person.email.lower() not in self.settings.own_emails]
        for contact in upsert_people(interview.application, people):
            InterviewParticipant.get_or_create(interview=interview, contact=contact)

    @staticmethod
    def _report(facts: InterviewFacts, action: str, interview: Interview | None = None) -> dict:
        return {
            "uid": facts.uid,
            "recurrence_id": facts.recurrence_id,
            "title": facts.title,
            "is_interview": facts.is_interview,
            "reason": facts.reason,
            "action": action,
            "interview_id": interview.id if interview is not None else None,
            "application_id": interview.application_id if interview is not None else None,
        }
