"""Plan an application's follow-ups from its facts and the clock: rules R1-R12 of FOLLOW-UP-RULES.md.

Pure: plain data in, `Plan` out. Nothing here reads the clock, the database or Flask; due times
are computed in the user's zone and returned in UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from companion.domain.kinds import (
    APPLICATION_FOLLOW_UP, CHECK_IN_1, CHECK_IN_2, DEBRIEF, KEEP_IN_TOUCH, LINKEDIN_CONNECT, PREPARE, REFERENCE_HEADS_UP,
    STAY_IN_TOUCH, THANK_YOU_ANYWAY, THANK_YOU_CARD, THANK_YOU_EMAIL, WITHDRAWAL, key,
)
from companion.domain.timing import Settings
from companion.domain.vocabulary import DECIDED, ENDED, NOT_INTERVIEWING_YET

# Outcomes in which the company answered: they reset the check-in clock.
RESPONSES = frozenset({"replied", "still_interested", "references_requested"})

# R13: a debrief is planned for an interview that ended less than this ago (or is still ahead);
# older ones, such as a year of history imported at once, are past remembering in detail.
DEBRIEF_WITHIN = timedelta(days=7)

T = TypeVar("T")
TABLE_DEFAULTS = Settings(zone="UTC")  # the table's offsets; rule functions take the zone apart


@dataclass
class ContactState:
    id: int
    kind: str = "interviewer"  # interviewer | recruiter | hiring_manager | reference
    name: str = ""


@dataclass
class InterviewState:
    id: int
    start: datetime  # aware, UTC
    end: datetime  # aware, UTC
    zone: str = "UTC"  # the invite's own zone; due times use the user's zone instead
    status: str = "scheduled"  # scheduled | cancelled
    participants: list[int] = field(default_factory=list)  # contact ids of the people there
    another_round: bool = False  # the debrief says another round is coming: check-ins wait for it


@dataclass
class OutcomeState:
    """An outcome; a date it gave is on the application, which always holds the latest one."""

    id: int
    kind: str  # applied | replied | references_requested | rejected | offer | accepted | ...
    at: datetime  # aware, UTC


@dataclass
class FollowUpState:
    """What the user did with an existing follow-up: the planner builds on sent ones."""

    status: str  # pending | done | skipped | snoozed | cancelled
    done_at: datetime | None = None


@dataclass
class ApplicationState:
    id: int
    status: str = "saved"
    applied_on: date | None = None
    decision_by: date | None = None  # "we will decide by ...", the latest given, by reply or by hand
    contact_on: date | None = None  # "if you don't hear from me by ..., follow up"
    long_decision: bool = False  # the user marked "still interested, long decision" (R8)
    channel: str = "email"  # email | phone | letter | linkedin
    interviews: list[InterviewState] = field(default_factory=list)
    contacts: list[ContactState] = field(default_factory=list)  # the user's references included
    outcomes: list[OutcomeState] = field(default_factory=list)
    follow_ups: dict[str, FollowUpState] = field(default_factory=dict)  # by key


@dataclass(frozen=True)
class FollowUpSpec:
    key: str  # stable across re-plans, e.g. "thank-you/interview-12/contact-5"
    kind: str
    due: datetime  # aware, UTC
    deadline: datetime | None = None
    interview_id: int | None = None
    contact_id: int | None = None
    channel: str | None = "email"  # None for reminders to the user alone (R12)


@dataclass
class Plan:
    follow_ups: list[FollowUpSpec]
    gone_quiet_at: datetime | None = None  # R7: when two check-ins count as unanswered, if they were sent


# Time in the user's zone.


def at_local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `clock` on `day` in `zone`.

    A time skipped by a daylight-saving change lands just after the change (Python's fold=0).
    """
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


# A snooze brings a follow-up back while the user is awake: from their follow-up time to this.
AWAKE_UNTIL = time(21, 0)


def snooze_lands_at(until: datetime, settings: Settings) -> datetime:
    """When a snooze asked for `until` brings the follow-up back: at that moment when it falls in
    the user's waking hours, else at their follow-up time of that day (never at 02:24)."""
    local = until.astimezone(settings.tz)
    if settings.follow_up_time <= local.time().replace(tzinfo=None) < AWAKE_UNTIL:
        return until
    return at_local(local.date(), settings.follow_up_time, settings.tz)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def next_business_day(day: date, business_days: frozenset[int]) -> date:
    """`day` itself when it is a business day, else the first business day after it."""
    while day.weekday() not in business_days:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int, business_days: frozenset[int]) -> date:
    """The business day `count` business days after `day` (0: `day` or the next business day)."""
    if count == 0:
        return next_business_day(day, business_days)
    while count:
        day += timedelta(days=1)
        if day.weekday() in business_days:
            count -= 1
    return day


# One function per row of the table: when each follow-up is due.


def thank_you_due(interview_end: datetime, user_zone: ZoneInfo,
                  settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R1/R2: ended before noon -> 17:00 that day; else 09:00 next morning; within 24 h of the end."""
    ended = interview_end.astimezone(user_zone)
    if ended.time() < settings.thank_you_morning_ends:
        due = at_local(ended.date(), settings.thank_you_same_day_at, user_zone)
    else:
        due = at_local(ended.date() + timedelta(days=1), settings.thank_you_next_morning_at, user_zone)
    return max(min(due, thank_you_deadline(interview_end, settings)), interview_end)


def thank_you_deadline(interview_end: datetime, settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R1/R2: the thank-you should go out within 24 hours of the interview's end."""
    return interview_end + timedelta(hours=settings.thank_you_within_hours)


def linkedin_request_due(thank_you_sent_at: datetime) -> datetime:
    """R3: the same day that person's thank-you email was sent."""
    return thank_you_sent_at


def reference_heads_up_due(references_flagged_at: datetime) -> datetime:
    """R4: as soon as the application is flagged "references will be checked"."""
    return references_flagged_at


def check_in_due(*, user_zone: ZoneInfo, settings: Settings = TABLE_DEFAULTS,
                 contact_on: date | None = None, decision_by: date | None = None,
                 interview_end: datetime | None = None) -> datetime | None:
    """R5: the date they asked to be contacted on; else 2 business days after the decision date
    passes; else 7 days after the interview. Always on a business day; None without any anchor."""
    days = settings.business_days
    if contact_on:
        day = next_business_day(contact_on, days)
    elif decision_by:
        day = add_business_days(decision_by, settings.check_in_after_decision_business_days, days)
    elif interview_end:
        after = local_day(interview_end, user_zone) + timedelta(days=settings.check_in_after_interview_days)
        day = next_business_day(after, days)
    else:
        return None
    return at_local(day, settings.follow_up_time, user_zone)


def second_check_in_due(first_check_in_sent_at: datetime, user_zone: ZoneInfo,
                        settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R6: 7 days after check-in #1 was sent, on a business day."""
    return _days_later_on_business_day(first_check_in_sent_at, settings.second_check_in_after_days,
                                       user_zone, settings)


def gone_quiet_from(second_check_in_sent_at: datetime, user_zone: ZoneInfo,
                    settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R7: check-in #2 counts as unanswered once it has waited as long as #1 did (R6's 7 days)."""
    return _days_later_on_business_day(second_check_in_sent_at, settings.second_check_in_after_days,
                                       user_zone, settings)


def keep_in_touch_due(last_touch: datetime, user_zone: ZoneInfo,
                      settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R8: 3 weeks after the last contact with the company, on a business day."""
    return _days_later_on_business_day(last_touch, settings.keep_in_touch_every_days, user_zone, settings)


def thank_you_anyway_due(rejected_at: datetime, user_zone: ZoneInfo,
                         settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R9: the day after the rejection is recorded."""
    day = local_day(rejected_at, user_zone) + timedelta(days=settings.thank_you_anyway_after_days)
    return max(at_local(day, settings.follow_up_time, user_zone), rejected_at)


def stay_in_touch_due(thank_you_anyway_at: datetime, user_zone: ZoneInfo,
                      settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R9: one stay-in-touch note 90 days after the thank-you-anyway note."""
    day = local_day(thank_you_anyway_at, user_zone) + timedelta(days=settings.stay_in_touch_after_days)
    return at_local(day, settings.follow_up_time, user_zone)


def withdrawal_due(withdrawn_at: datetime) -> datetime:
    """R10: as soon as the application is withdrawn (accepting another offer withdraws the rest)."""
    return withdrawn_at


def application_follow_up_due(applied_on: date, user_zone: ZoneInfo,
                              settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R11: 7 days after applying, on a business day."""
    day = next_business_day(applied_on + timedelta(days=settings.application_follow_up_after_days),
                            settings.business_days)
    return at_local(day, settings.follow_up_time, user_zone)


def application_follow_up_deadline(applied_on: date, user_zone: ZoneInfo,
                                   settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R11: hiring managers expect the follow-up within 14 days of applying."""
    day = applied_on + timedelta(days=settings.application_follow_up_deadline_days)
    return at_local(day, settings.follow_up_time, user_zone)


def prepare_due(interview_start: datetime, user_zone: ZoneInfo,
                settings: Settings = TABLE_DEFAULTS) -> datetime:
    """R12: 2 h before an interview starting before 11:00, else at 09:00 that morning."""
    starts = interview_start.astimezone(user_zone)
    if starts.time() < settings.prepare_early_start_before:
        return interview_start - timedelta(hours=settings.prepare_hours_before)
    return min(at_local(starts.date(), settings.prepare_morning_at, user_zone), interview_start)


def within_calendar(compute: Callable[[], T]) -> T | None:
    """`compute()`, or None when its date arithmetic runs off either end of the calendar.

    Used around each follow-up's own times, so a date near year 1 or 9999 costs that follow-up
    only, never the rest of the plan.
    """
    try:
        return compute()
    except OverflowError:
        return None


def _days_later_on_business_day(moment: datetime, days: int, user_zone: ZoneInfo,
                                settings: Settings) -> datetime:
    day = next_business_day(local_day(moment, user_zone) + timedelta(days=days), settings.business_days)
    return at_local(day, settings.follow_up_time, user_zone)


# The plan for one application.


def plan_follow_ups(application: ApplicationState, settings: Settings, now: datetime) -> Plan:
    """Every follow-up the rules want for `application` at `now`, and when it goes quiet, if it does."""
    planner = _Planner(application, settings, now)
    follow_ups: list[FollowUpSpec] = []
    for rule in (planner.interview_follow_ups, planner.linkedin_requests, planner.reference_heads_ups,
                 planner.check_ins, planner.keep_in_touch_notes, planner.after_rejection, planner.withdrawal,
                 planner.application_follow_up):
        follow_ups += rule()
    return Plan(follow_ups=sorted(follow_ups, key=lambda spec: (spec.due, spec.key)),
                gone_quiet_at=planner.gone_quiet_at(follow_ups))


class _Planner:
    """The rules applied to one application; each method is one or two rows of the table."""

    def __init__(self, application: ApplicationState, settings: Settings, now: datetime):
        self.app = application
        self.settings = settings
        self.zone = settings.tz
        self.now = now
        self.tag = f"application-{application.id}"
        self.contacts = {contact.id: contact for contact in application.contacts}
        self.interviews = sorted((i for i in application.interviews if i.status != "cancelled"),
                                 key=lambda interview: (interview.start, interview.id))
        self.process_over = application.status in ENDED
        self.check_ins_over = application.status in DECIDED

    def state(self, key: str) -> FollowUpState | None:
        return self.app.follow_ups.get(key)

    def sent_at(self, key: str) -> datetime | None:
        state = self.state(key)
        return state.done_at if state and state.status == "done" else None

    def latest_outcome(self, kinds: frozenset[str] | set[str]) -> OutcomeState | None:
        matching = [outcome for outcome in self.app.outcomes if outcome.kind in kinds]
        return max(matching, key=lambda outcome: (outcome.at, outcome.id), default=None)

    def interviewers(self, interview: InterviewState) -> list[int]:
        """Contact ids of the people who interviewed the user (a participant of unknown kind
        counts as one). A recruiter who only organised a panel is not thanked as an
        interviewer, but one who ran the interview alone is."""
        kinds = {contact_id: getattr(self.contacts.get(contact_id), "kind", "interviewer")
                 for contact_id in interview.participants}
        interviewers = [contact_id for contact_id, kind in kinds.items() if kind not in ("reference", "recruiter")]
        return interviewers or [contact_id for contact_id, kind in kinds.items() if kind == "recruiter"]

    def main_contact(self) -> int | None:
        """Who company-wide messages go to: the recruiter, the hiring manager, else the last interviewer."""
        for kind in ("recruiter", "hiring_manager"):
            for contact in self.app.contacts:
                if contact.kind == kind:
                    return contact.id
        for interview in reversed(self.interviews):
            if people := self.interviewers(interview):
                return people[0]
        return None

    @property
    def channel(self) -> str:
        return self.app.channel or "email"

    # R1, R2, R12: every round counts.
    def interview_follow_ups(self) -> list[FollowUpSpec]:
        if self.process_over:
            return []
        specs = []
        for interview in self.interviews:
            specs += within_calendar(lambda: self.thank_yous(interview)) or []
            specs += self.debrief(interview)
            prepare_key = key(PREPARE, f"interview-{interview.id}")
            # A reminder to prepare for an interview already under way is never created.
            if interview.start > self.now or self.state(prepare_key):
                due = within_calendar(lambda: prepare_due(interview.start, self.zone, self.settings))
                if due is not None:
                    specs.append(FollowUpSpec(prepare_key, PREPARE, due, deadline=interview.start,
                                              interview_id=interview.id, channel=None))
        return specs

    # R13: due the moment the interview ends, before the thank-you it feeds.
    def debrief(self, interview: InterviewState) -> list[FollowUpSpec]:
        debrief_key = key(DEBRIEF, f"interview-{interview.id}")
        if interview.end <= self.now - DEBRIEF_WITHIN and not self.state(debrief_key):
            return []
        return [FollowUpSpec(debrief_key, DEBRIEF, interview.end, interview_id=interview.id, channel=None)]

    def thank_yous(self, interview: InterviewState) -> list[FollowUpSpec]:
        due = thank_you_due(interview.end, self.zone, self.settings)
        deadline = thank_you_deadline(interview.end, self.settings)
        specs = []
        # Names unknown: one thank-you for the interview, its draft shows a placeholder.
        for contact_id in self.interviewers(interview) or [None]:
            suffix = f"/contact-{contact_id}" if contact_id is not None else ""
            person = f"interview-{interview.id}{suffix}"
            specs.append(FollowUpSpec(key(THANK_YOU_EMAIL, person), THANK_YOU_EMAIL, due, deadline,
                                      interview.id, contact_id, "email"))
            if self.settings.handwritten_cards:
                specs.append(FollowUpSpec(key(THANK_YOU_CARD, person), THANK_YOU_CARD, due, deadline,
                                          interview.id, contact_id, "letter"))
        return specs

    # R3: one connection request per person, once their first thank-you email is sent.
    def linkedin_requests(self) -> list[FollowUpSpec]:
        if self.process_over:
            return []
        requested: dict[int, FollowUpSpec] = {}
        for interview in self.interviews:
            for contact_id in self.interviewers(interview):
                sent = self.sent_at(key(THANK_YOU_EMAIL, f"interview-{interview.id}", f"contact-{contact_id}"))
                if sent and contact_id not in requested:
                    requested[contact_id] = FollowUpSpec(
                        key(LINKEDIN_CONNECT, f"contact-{contact_id}"), LINKEDIN_CONNECT, linkedin_request_due(sent),
                        interview_id=interview.id, contact_id=contact_id, channel="linkedin")
        return list(requested.values())

    # R4
    def reference_heads_ups(self) -> list[FollowUpSpec]:
        flagged = self.latest_outcome({"references_requested"})
        if not flagged or self.process_over or self.app.status == "accepted":
            return []
        due = reference_heads_up_due(flagged.at)
        references = [contact.id for contact in self.app.contacts if contact.kind == "reference"]
        return [FollowUpSpec(key(REFERENCE_HEADS_UP, self.tag, *([f"contact-{ref}"] if ref else [])),
                             REFERENCE_HEADS_UP, due, contact_id=ref, channel="email")
                for ref in references or [None]]

    # R5, R6
    def check_ins(self) -> list[FollowUpSpec]:
        episode = None if self.check_ins_over else within_calendar(self.check_in_episode)
        if episode is None:
            return []
        anchor, first_due = episode
        contact = self.main_contact()
        first_key = key(CHECK_IN_1, self.tag, anchor)
        specs = [FollowUpSpec(first_key, CHECK_IN_1, first_due, contact_id=contact, channel=self.channel)]
        first_sent = self.sent_at(first_key)
        if first_sent is None:
            return specs
        second_due = within_calendar(lambda: second_check_in_due(first_sent, self.zone, self.settings))
        if second_due is None:
            return specs
        specs.append(FollowUpSpec(key(CHECK_IN_2, self.tag, anchor), CHECK_IN_2, second_due,
                                  contact_id=contact, channel=self.channel))
        return specs

    # R7
    def gone_quiet_at(self, planned: list[FollowUpSpec]) -> datetime | None:
        """When the second check-in since the clock last restarted has gone unanswered long enough.

        An answer restarts the clock, so a check-in #2 still planned has had no answer since.
        """
        for spec in planned:
            sent = self.sent_at(spec.key) if spec.kind == CHECK_IN_2 else None
            if sent:
                return within_calendar(lambda: gone_quiet_from(sent, self.zone, self.settings))
        return None

    def check_in_episode(self) -> tuple[str, datetime] | None:
        """Where the check-in clock last restarted, named for the key, and when check-in #1 is due.

        It restarts at the latest interview (a new round), at the latest response, and at every
        new date the company gave: the date in effect is part of the name, so a changed date
        starts R5 again however it was recorded, and an unchanged one keeps the key. A date from
        before the restart belongs to an earlier stage and is ignored. After a response without
        a date, no check-in is planned.
        """
        interview = max(self.interviews, key=lambda i: (i.end, i.id), default=None)
        response = self.latest_outcome(RESPONSES)
        if response and (interview is None or response.at > interview.end):
            anchor, since, interview_end = f"outcome-{response.id}", response.at, None
        elif interview is not None and interview.another_round:
            return None  # another round is coming: its invite restarts the clock
        elif interview is not None:
            anchor, since, interview_end = f"interview-{interview.id}", interview.end, interview.end
        else:
            return None
        contact_on = _current(self.app.contact_on, local_day(since, self.zone))
        decision_by = _current(self.app.decision_by, local_day(since, self.zone))
        if contact_on:
            anchor += f"/contact-on-{contact_on.isoformat()}"
        elif decision_by:
            anchor += f"/decision-by-{decision_by.isoformat()}"
        elif interview_end is None:
            return None
        due = check_in_due(user_zone=self.zone, settings=self.settings, contact_on=contact_on,
                           decision_by=decision_by, interview_end=interview_end)
        return anchor, due

    # R8: one note at a time; each is due 3 weeks after the last contact or note.
    def keep_in_touch_notes(self) -> list[FollowUpSpec]:
        if not self.app.long_decision or self.check_ins_over:
            return []
        last_touch = within_calendar(self.last_contact_with_company)
        if last_touch is None:
            return []
        contact = self.main_contact()
        specs = []
        number = 1
        while True:
            note_key = key(KEEP_IN_TOUCH, self.tag, str(number))
            due = within_calendar(lambda: keep_in_touch_due(last_touch, self.zone, self.settings))
            if due is None:
                return specs
            specs.append(FollowUpSpec(note_key, KEEP_IN_TOUCH, due, contact_id=contact, channel=self.channel))
            state = self.state(note_key)
            if not state or state.status not in ("done", "skipped"):
                return specs
            # A skipped note keeps the rhythm from the day it was due.
            last_touch = max(last_touch, state.done_at or due)
            number += 1

    def last_contact_with_company(self) -> datetime | None:
        """R8's clock: the latest interview, answer from the company, or the day of applying."""
        moments = [interview.end for interview in self.interviews]
        moments += [outcome.at for outcome in self.app.outcomes if outcome.kind in RESPONSES]
        if self.app.applied_on:
            moments.append(at_local(self.app.applied_on, self.settings.follow_up_time, self.zone))
        return max(moments, default=None)

    # R9
    def after_rejection(self) -> list[FollowUpSpec]:
        rejection = self.latest_outcome({"rejected"})
        if self.app.status != "rejected" or rejection is None:
            return []
        contact = self.main_contact()
        thanks_key = key(THANK_YOU_ANYWAY, self.tag)
        thanks_due = within_calendar(lambda: thank_you_anyway_due(rejection.at, self.zone, self.settings))
        if thanks_due is None:
            return []
        specs = [FollowUpSpec(thanks_key, THANK_YOU_ANYWAY, thanks_due, contact_id=contact,
                              channel=self.channel)]
        if self.settings.stay_in_touch_after_days:
            thanked = self.sent_at(thanks_key) or thanks_due
            later = within_calendar(lambda: stay_in_touch_due(thanked, self.zone, self.settings))
            if later is not None:
                specs.append(FollowUpSpec(key(STAY_IN_TOUCH, self.tag), STAY_IN_TOUCH, later,
                                          contact_id=contact, channel=self.channel))
        return specs

    # R10: one rule however the application came to be withdrawn. Accepting an offer records a
    # "withdrew" outcome on every other application in progress, at the acceptance's own time (even
    # a back-dated one); a withdrawal the user records is theirs to announce as well.
    def withdrawal(self) -> list[FollowUpSpec]:
        withdrawn = self.latest_outcome({"withdrew"})
        if self.app.status != "withdrew" or withdrawn is None:
            return []
        return [FollowUpSpec(key(WITHDRAWAL, self.tag), WITHDRAWAL, withdrawal_due(withdrawn.at),
                             contact_id=self.main_contact(), channel=self.channel)]

    # R11
    def application_follow_up(self) -> list[FollowUpSpec]:
        applied_on = self.app.applied_on
        if (applied_on is None or self.check_ins_over or self.app.status not in NOT_INTERVIEWING_YET
                or self.interviews
                or any(outcome.kind != "applied" for outcome in self.app.outcomes)):
            return []
        due = within_calendar(lambda: application_follow_up_due(applied_on, self.zone, self.settings))
        if due is None:
            return []
        deadline = within_calendar(lambda: application_follow_up_deadline(applied_on, self.zone, self.settings))
        deadline = max(due, deadline) if deadline else None
        return [FollowUpSpec(key(APPLICATION_FOLLOW_UP, self.tag), APPLICATION_FOLLOW_UP, due, deadline,
                             contact_id=self.main_contact(), channel=self.channel)]


def _current(given: date | None, since: date) -> date | None:
    """A date the company gave, unless it fell before the check-in clock last restarted."""
    return given if given and given >= since else None
