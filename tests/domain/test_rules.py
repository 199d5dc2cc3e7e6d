"""The follow-up rules R1-R12 as a scenario table: each row is a situation and the exact plan it gets."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain import kinds, rules
from companion.domain.rules import (
    ApplicationState,
    ContactState,
    FollowUpState,
    InterviewState,
    OutcomeState,
    plan_follow_ups,
)
from companion.domain.timing import Settings

BERLIN = Settings(zone="Europe/Berlin")
NOW = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)  # Monday 16 November 2026, 08:00 in Berlin


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def local(text: str, zone: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def interview(id: int, start: str, end: str, zone: str = "Europe/Berlin", people=(5,),
              status: str = "scheduled") -> InterviewState:
    """An interview with its start and end written in the invite's own zone."""
    return InterviewState(id=id, start=local(start, zone), end=local(end, zone), zone=zone,
                          status=status, participants=list(people))


DANA = ContactState(id=5, kind="interviewer", name="Dana Lee")
OMAR = ContactState(id=6, kind="interviewer", name="Omar Haddad")
RECRUITER = ContactState(id=9, kind="recruiter", name="Priya Nair")
REFERENCES = [ContactState(id=7, kind="reference", name="Ana Ruiz"),
              ContactState(id=8, kind="reference", name="Li Wei")]


def app(**facts) -> ApplicationState:
    facts.setdefault("status", "interviewing")
    facts.setdefault("contacts", [DANA])
    return ApplicationState(id=3, **facts)


@dataclass
class Scenario:
    name: str
    application: ApplicationState
    expected: dict[str, str]  # every planned key -> its due time in UTC
    settings: Settings = BERLIN
    now: datetime = NOW
    gone_quiet_at: str | None = None  # R7: when it counts as gone quiet, in UTC
    deadlines: dict[str, str] = field(default_factory=dict)  # key -> deadline in UTC, where checked


SCENARIOS = [
    Scenario(
        "R1+R12 morning interview: thank-you at 17:00 the same day, prepare 2 h before an early start",
        app(interviews=[interview(12, "2026-11-17 10:00", "2026-11-17 11:00")]),
        {"prepare/interview-12": "2026-11-17 07:00",
         "thank-you/interview-12/contact-5": "2026-11-17 16:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
        deadlines={"thank-you/interview-12/contact-5": "2026-11-18 10:00",
                   "prepare/interview-12": "2026-11-17 09:00"},
    ),
    Scenario(
        "R1+R12 afternoon interview: thank-you next morning 09:00, prepare that morning 09:00",
        app(interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
    ),
    Scenario(
        "R1 never later than 24 h after the end, even with a late next-morning setting",
        app(interviews=[interview(12, "2026-11-17 11:30", "2026-11-17 12:30")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 11:30",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
        settings=replace(BERLIN, thank_you_next_morning_at=time(13, 0)),
    ),
    Scenario(
        "zones: 09:00 in New York is 15:00 for a user in Berlin, so the thank-you waits for the next morning",
        app(interviews=[interview(12, "2026-11-17 09:00", "2026-11-17 10:00", zone="America/New_York")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
    ),
    Scenario(
        "zones: the same New York interview for a user in Los Angeles is an early one",
        app(interviews=[interview(12, "2026-11-17 09:00", "2026-11-17 10:00", zone="America/New_York")]),
        {"prepare/interview-12": "2026-11-17 12:00",
         "thank-you/interview-12/contact-5": "2026-11-18 01:00",
         "check-in-1/application-3/interview-12": "2026-11-24 17:00"},
        settings=Settings(zone="America/Los_Angeles"),
    ),
    Scenario(
        "DST: an interview on the day Berlin springs forward keeps 17:00 and 08:00 on the wall clock",
        app(interviews=[interview(12, "2026-03-29 10:00", "2026-03-29 11:00")]),
        {"prepare/interview-12": "2026-03-29 06:00",
         "thank-you/interview-12/contact-5": "2026-03-29 15:00",
         "check-in-1/application-3/interview-12": "2026-04-06 07:00"},
        now=utc("2026-03-27 12:00"),
    ),
    Scenario(
        "DST: the next morning is the day Berlin falls back, so 09:00 is an hour later in UTC",
        app(interviews=[interview(12, "2026-10-24 15:00", "2026-10-24 16:00")]),
        {"prepare/interview-12": "2026-10-24 07:00",
         "thank-you/interview-12/contact-5": "2026-10-25 08:00",
         "check-in-1/application-3/interview-12": "2026-11-02 08:00"},
        now=utc("2026-10-20 12:00"),
    ),
    Scenario(
        "R5 weekend: 7 days after a Saturday interview is a Saturday, so the check-in moves to Monday",
        app(interviews=[interview(12, "2026-11-21 10:00", "2026-11-21 11:00")]),
        {"prepare/interview-12": "2026-11-21 07:00",
         "thank-you/interview-12/contact-5": "2026-11-21 16:00",
         "check-in-1/application-3/interview-12": "2026-11-30 08:00"},
    ),
    Scenario(
        "R5 decision date: 2 business days after Thursday 26 November passes is Monday 30 November",
        app(decision_by=date(2026, 11, 26), interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12/decision-by-2026-11-26": "2026-11-30 08:00"},
    ),
    Scenario(
        "R5 business days from the settings: Sunday to Thursday",
        app(decision_by=date(2026, 11, 25), interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12/decision-by-2026-11-25": "2026-11-29 08:00"},
        settings=replace(BERLIN, business_days=frozenset({6, 0, 1, 2, 3})),
    ),
    Scenario(
        "R5 asked to follow up on Thursday: the check-in is that Thursday",
        app(contact_on=date(2026, 11, 26), decision_by=date(2026, 11, 20),
            interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12/contact-on-2026-11-26": "2026-11-26 08:00"},
    ),
    Scenario(
        "R5 asked to follow up on a Saturday: the check-in moves to Monday",
        app(contact_on=date(2026, 11, 28), interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12/contact-on-2026-11-28": "2026-11-30 08:00"},
    ),
    Scenario(
        "R5 a decision date from before the latest round is stale: 7 days after the interview",
        app(decision_by=date(2026, 11, 6), interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
    ),
    Scenario(
        "multi-round: each round gets its thank-yous, check-ins follow the last round only",
        app(contacts=[DANA, OMAR],
            interviews=[interview(12, "2026-11-10 14:00", "2026-11-10 15:00", people=(5,)),
                        interview(13, "2026-11-19 10:00", "2026-11-19 11:30", people=(5, 6))],
            follow_ups={"thank-you/interview-12/contact-5": FollowUpState("done", utc("2026-11-11 09:12"))}),
        {"prepare/interview-13": "2026-11-19 07:00",
         "thank-you/interview-12/contact-5": "2026-11-11 08:00",
         "thank-you/interview-13/contact-5": "2026-11-19 16:00",
         "thank-you/interview-13/contact-6": "2026-11-19 16:00",
         "linkedin/contact-5": "2026-11-11 09:12",
         "check-in-1/application-3/interview-13": "2026-11-26 08:00"},
    ),
    Scenario(
        "R1 a recruiter who organised a panel gets no thank-you as an interviewer (the check-in goes to them)",
        app(contacts=[DANA, RECRUITER],
            interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00", people=(9, 5))]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
    ),
    Scenario(
        "R1 a recruiter who ran the screen alone is the one to thank",
        app(contacts=[RECRUITER],
            interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 14:30", people=(9,))]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-9": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
    ),
    Scenario(
        "R3 one connection request per person, however many rounds they were in",
        app(interviews=[interview(12, "2026-11-10 14:00", "2026-11-10 15:00"),
                        interview(13, "2026-11-12 14:00", "2026-11-12 15:00")],
            follow_ups={"thank-you/interview-12/contact-5": FollowUpState("done", utc("2026-11-11 10:00")),
                        "thank-you/interview-13/contact-5": FollowUpState("done", utc("2026-11-13 10:00"))}),
        {"thank-you/interview-12/contact-5": "2026-11-11 08:00",
         "thank-you/interview-13/contact-5": "2026-11-13 08:00",
         "linkedin/contact-5": "2026-11-11 10:00",
         "check-in-1/application-3/interview-13": "2026-11-19 08:00"},
    ),
    Scenario(
        "R1 interviewer unknown: one thank-you for the interview, its draft gets a placeholder",
        app(contacts=[], interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00", people=())]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
    ),
    Scenario(
        "R2 handwritten cards on: a card beside each email, due the same time",
        app(interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")]),
        {"prepare/interview-12": "2026-11-17 08:00",
         "thank-you/interview-12/contact-5": "2026-11-18 08:00",
         "thank-you-card/interview-12/contact-5": "2026-11-18 08:00",
         "check-in-1/application-3/interview-12": "2026-11-24 08:00"},
        settings=replace(BERLIN, handwritten_cards=True),
    ),
    Scenario(
        "R12 is not created for an interview already past; its thank-you and check-in are",
        app(interviews=[interview(12, "2026-11-13 14:00", "2026-11-13 15:00")]),
        {"thank-you/interview-12/contact-5": "2026-11-14 08:00",
         "check-in-1/application-3/interview-12": "2026-11-20 08:00"},
    ),
    Scenario(
        "reschedule: the round moved to Thursday, everything hanging on it moves with it",
        app(interviews=[interview(12, "2026-11-19 14:00", "2026-11-19 15:00")]),
        {"prepare/interview-12": "2026-11-19 08:00",
         "thank-you/interview-12/contact-5": "2026-11-20 08:00",
         "check-in-1/application-3/interview-12": "2026-11-26 08:00"},
    ),
    Scenario(
        "cancel: the only interview is cancelled, so the application follow-up (R11) is back",
        app(status="applied", applied_on=date(2026, 11, 9),
            interviews=[interview(12, "2026-11-19 14:00", "2026-11-19 15:00", status="cancelled")]),
        {"application-follow-up/application-3": "2026-11-16 08:00"},
    ),
    Scenario(
        "a new round is scheduled: the check-in waits for it",
        app(interviews=[interview(12, "2026-11-10 14:00", "2026-11-10 15:00"),
                        interview(13, "2026-12-01 14:00", "2026-12-01 15:00")],
            follow_ups={"thank-you/interview-12/contact-5": FollowUpState("skipped")}),
        {"thank-you/interview-12/contact-5": "2026-11-11 08:00",
         "prepare/interview-13": "2026-12-01 08:00",
         "thank-you/interview-13/contact-5": "2026-12-02 08:00",
         "check-in-1/application-3/interview-13": "2026-12-08 08:00"},
    ),
    Scenario(
        "reply without a date: check-ins stop",
        app(interviews=[interview(12, "2026-11-10 14:00", "2026-11-10 15:00")],
            outcomes=[OutcomeState(20, "replied", utc("2026-11-13 10:00"))]),
        {"thank-you/interview-12/contact-5": "2026-11-11 08:00"},
    ),
    Scenario(
        "reply with a new decision date: R5 starts again from that date",
        app(decision_by=date(2026, 11, 27), interviews=[interview(12, "2026-11-10 14:00", "2026-11-10 15:00")],
            outcomes=[OutcomeState(20, "replied", utc("2026-11-13 10:00"))],
            follow_ups={"check-in-1/application-3/interview-12": FollowUpState("done", utc("2026-11-12 09:00"))}),
        {"thank-you/interview-12/contact-5": "2026-11-11 08:00",
         "check-in-1/application-3/outcome-20/decision-by-2026-11-27": "2026-12-01 08:00"},
    ),
    Scenario(
        "R5 a new decision date after check-in #1 was sent starts the check-ins again",
        app(decision_by=date(2026, 11, 27), interviews=[interview(12, "2026-11-03 14:00", "2026-11-03 15:00")],
            follow_ups={"check-in-1/application-3/interview-12": FollowUpState("done", utc("2026-11-10 16:30"))}),
        {"thank-you/interview-12/contact-5": "2026-11-04 08:00",
         "check-in-1/application-3/interview-12/decision-by-2026-11-27": "2026-12-01 08:00"},
    ),
    Scenario(
        "R6 check-in #2 is due 7 days after #1 was sent",
        app(interviews=[interview(12, "2026-11-03 14:00", "2026-11-03 15:00")],
            follow_ups={"check-in-1/application-3/interview-12": FollowUpState("done", utc("2026-11-10 16:30"))}),
        {"thank-you/interview-12/contact-5": "2026-11-04 08:00",
         "check-in-1/application-3/interview-12": "2026-11-10 08:00",
         "check-in-2/application-3/interview-12": "2026-11-17 08:00"},
    ),
    Scenario(
        "R7 two check-ins sent: no third, and gone quiet once #2 has waited a week for an answer",
        app(interviews=[interview(12, "2026-11-03 14:00", "2026-11-03 15:00")],
            follow_ups={"check-in-1/application-3/interview-12": FollowUpState("done", utc("2026-11-10 16:30")),
                        "check-in-2/application-3/interview-12": FollowUpState("done", utc("2026-11-17 09:00"))}),
        {"thank-you/interview-12/contact-5": "2026-11-04 08:00",
         "check-in-1/application-3/interview-12": "2026-11-10 08:00",
         "check-in-2/application-3/interview-12": "2026-11-17 08:00"},
        now=utc("2026-11-20 12:00"),
        gone_quiet_at="2026-11-24 08:00",
    ),
    Scenario(
        "R7 a reply after check-in #2: the clock restarts, nothing has gone quiet",
        app(interviews=[interview(12, "2026-11-03 14:00", "2026-11-03 15:00")],
            outcomes=[OutcomeState(20, "replied", utc("2026-11-19 10:00"))],
            follow_ups={"check-in-1/application-3/interview-12": FollowUpState("done", utc("2026-11-10 16:30")),
                        "check-in-2/application-3/interview-12": FollowUpState("done", utc("2026-11-17 09:00"))}),
        {"thank-you/interview-12/contact-5": "2026-11-04 08:00"},
        now=utc("2026-11-30 12:00"),
    ),
    Scenario(
        "R6 a skipped check-in #1 was never sent, so there is no #2",
        app(interviews=[interview(12, "2026-11-03 14:00", "2026-11-03 15:00")],
            follow_ups={"check-in-1/application-3/interview-12": FollowUpState("skipped")}),
        {"thank-you/interview-12/contact-5": "2026-11-04 08:00",
         "check-in-1/application-3/interview-12": "2026-11-10 08:00"},
    ),
    Scenario(
        "R9 rejection: thank you anyway the next morning, stay in touch 90 days later; nothing else",
        app(status="rejected", contacts=[DANA, RECRUITER],
            interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")],
            outcomes=[OutcomeState(21, "rejected", utc("2026-11-20 15:00"))]),
        {"thank-you-anyway/application-3": "2026-11-21 08:00",
         "stay-in-touch/application-3": "2027-02-19 08:00"},
    ),
    Scenario(
        "R9 stay-in-touch counts from when the thank-you-anyway note was sent",
        app(status="rejected", outcomes=[OutcomeState(21, "rejected", utc("2026-11-20 15:00"))],
            follow_ups={"thank-you-anyway/application-3": FollowUpState("done", utc("2026-11-24 12:00"))}),
        {"thank-you-anyway/application-3": "2026-11-21 08:00",
         "stay-in-touch/application-3": "2027-02-22 08:00"},
    ),
    Scenario(
        "R10 withdrawn when another offer was accepted: a withdrawal note right away, nothing else",
        app(status="withdrew", interviews=[interview(12, "2026-11-19 14:00", "2026-11-19 15:00")],
            outcomes=[OutcomeState(25, "withdrew", utc("2026-11-16 13:45"))]),
        {"withdrawal/application-3": "2026-11-16 13:45"},
    ),
    Scenario(
        "R10 the note is due when the withdrawal happened, however long ago that was",
        app(status="withdrew", applied_on=date(2026, 10, 1),
            outcomes=[OutcomeState(24, "applied", utc("2026-10-01 10:00")),
                      OutcomeState(25, "withdrew", utc("2026-10-20 10:00"))]),
        {"withdrawal/application-3": "2026-10-20 10:00"},
    ),
    Scenario(
        "R10 a withdrawal taken back (the status set again by hand) needs no note",
        app(status="applied", applied_on=date(2026, 11, 9),
            outcomes=[OutcomeState(24, "applied", utc("2026-11-09 10:00")),
                      OutcomeState(25, "withdrew", utc("2026-11-10 10:00"))]),
        {},
    ),
    Scenario(
        "R4 references will be checked: a heads-up to each reference at once",
        app(contacts=[DANA, *REFERENCES], decision_by=date(2026, 11, 27),
            interviews=[interview(12, "2026-11-10 14:00", "2026-11-10 15:00")],
            outcomes=[OutcomeState(22, "references_requested", utc("2026-11-16 10:20"))]),
        {"thank-you/interview-12/contact-5": "2026-11-11 08:00",
         "reference-heads-up/application-3/contact-7": "2026-11-16 10:20",
         "reference-heads-up/application-3/contact-8": "2026-11-16 10:20",
         "check-in-1/application-3/outcome-22/decision-by-2026-11-27": "2026-12-01 08:00"},
    ),
    Scenario(
        "R4 no reference known yet: one heads-up whose draft asks for the name",
        app(status="offer", outcomes=[OutcomeState(22, "references_requested", utc("2026-11-16 10:20"))]),
        {"reference-heads-up/application-3": "2026-11-16 10:20"},
    ),
    Scenario(
        "R8 still interested, long decision: a keep-in-touch note 3 weeks after their answer",
        app(long_decision=True, interviews=[interview(12, "2026-11-03 14:00", "2026-11-03 15:00")],
            outcomes=[OutcomeState(23, "still_interested", utc("2026-11-20 10:00"))],
            follow_ups={"thank-you/interview-12/contact-5": FollowUpState("done", utc("2026-11-04 08:00"))}),
        {"thank-you/interview-12/contact-5": "2026-11-04 08:00",
         "linkedin/contact-5": "2026-11-04 08:00",
         "keep-in-touch/application-3/1": "2026-12-11 08:00"},
    ),
    Scenario(
        "R8 the next note is due 3 weeks after the last one was sent",
        app(long_decision=True, outcomes=[OutcomeState(23, "still_interested", utc("2026-11-20 10:00"))],
            follow_ups={"keep-in-touch/application-3/1": FollowUpState("done", utc("2026-12-14 10:00"))}),
        {"keep-in-touch/application-3/1": "2026-12-11 08:00",
         "keep-in-touch/application-3/2": "2027-01-04 08:00"},
    ),
    Scenario(
        "R8 stops once an outcome is recorded",
        app(status="offer", long_decision=True, outcomes=[OutcomeState(23, "offer", utc("2026-11-20 10:00"))]),
        {},
    ),
    Scenario(
        "R11 applied, no interview yet: follow up 7 days later, 14 days at most",
        app(status="applied", applied_on=date(2026, 11, 2)),
        {"application-follow-up/application-3": "2026-11-09 08:00"},
        deadlines={"application-follow-up/application-3": "2026-11-16 08:00"},
    ),
    Scenario(
        "R11 weekend: 7 days after a Saturday lands on Monday",
        app(status="applied", applied_on=date(2026, 11, 7)),
        {"application-follow-up/application-3": "2026-11-16 08:00"},
    ),
    Scenario(
        "R11 stops when the company answers",
        app(status="applied", applied_on=date(2026, 11, 2), outcomes=[OutcomeState(24, "replied", utc("2026-11-05 09:00"))]),
        {},
    ),
    Scenario(
        "offer: thank-yous still go out, check-ins stop",
        app(status="offer", interviews=[interview(12, "2026-11-13 14:00", "2026-11-13 15:00")]),
        {"thank-you/interview-12/contact-5": "2026-11-14 08:00"},
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.name for scenario in SCENARIOS])
def test_scenario_plans_exact_due_times(scenario: Scenario):
    plan = plan_follow_ups(scenario.application, scenario.settings, scenario.now)

    planned = {spec.key: spec.due for spec in plan.follow_ups if spec.kind != kinds.DEBRIEF}
    assert planned == {key: utc(due) for key, due in scenario.expected.items()}
    # R13 beside every scenario: a debrief when each interview still held ends, if it ended
    # less than a week ago, while the process goes on.
    debriefs = {spec.key: spec.due for spec in plan.follow_ups if spec.kind == kinds.DEBRIEF}
    over = scenario.application.status in ("rejected", "withdrew")
    assert debriefs == {f"debrief/interview-{i.id}": i.end for i in scenario.application.interviews
                        if i.status != "cancelled" and not over and i.end > scenario.now - timedelta(days=7)}
    assert len(plan.follow_ups) == len(planned) + len(debriefs), "a key was planned twice"
    assert plan.gone_quiet_at == (scenario.gone_quiet_at and utc(scenario.gone_quiet_at))
    deadlines = {spec.key: spec.deadline for spec in plan.follow_ups}
    for key, deadline in scenario.deadlines.items():
        assert deadlines[key] == utc(deadline)


def test_every_kind_of_the_contract_is_planned_by_some_scenario():
    settings_with_cards = replace(BERLIN, handwritten_cards=True)
    planned = {spec.kind for scenario in SCENARIOS
               for spec in plan_follow_ups(scenario.application, settings_with_cards, scenario.now).follow_ups}
    assert planned == set(kinds.KINDS)


def test_reschedule_keeps_the_keys_and_moves_the_due_times():
    before = app(interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")])
    after = app(interviews=[interview(12, "2026-11-19 14:00", "2026-11-19 15:00")])

    planned_before = {s.key: s.due for s in plan_follow_ups(before, BERLIN, NOW).follow_ups}
    planned_after = {s.key: s.due for s in plan_follow_ups(after, BERLIN, NOW).follow_ups}

    assert set(planned_before) == {"prepare/interview-12", "debrief/interview-12", "thank-you/interview-12/contact-5",
                                   "check-in-1/application-3/interview-12"}
    assert planned_before.keys() == planned_after.keys()
    assert all(planned_after[key] > planned_before[key] for key in planned_before)


def test_specs_carry_interview_contact_and_channel():
    application = app(channel="phone", contacts=[DANA, RECRUITER],
                      interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00")])
    specs = {s.kind: s for s in plan_follow_ups(application, BERLIN, NOW).follow_ups}

    assert (specs["thank_you_email"].interview_id, specs["thank_you_email"].contact_id) == (12, 5)
    assert specs["thank_you_email"].channel == "email"
    assert specs["prepare"].channel is None
    # Check-ins go to the recruiter, by the channel chosen for this application.
    assert (specs["check_in_1"].contact_id, specs["check_in_1"].channel) == (9, "phone")


def test_one_interview_at_the_end_of_the_calendar_costs_only_its_own_follow_ups():
    application = app(interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00"),
                                  interview(13, "9999-12-31 14:00", "9999-12-31 15:00")],
                      follow_ups={"thank-you/interview-12/contact-5": FollowUpState("done", utc("2026-11-18 09:00"))})
    planned = {spec.key: spec.due for spec in plan_follow_ups(application, BERLIN, NOW).follow_ups}
    # Interview 13's thank-you (the next morning) and the check-in after it would fall in year 10000.
    assert planned == {"prepare/interview-12": utc("2026-11-17 08:00"),
                       "debrief/interview-12": utc("2026-11-17 14:00"),
                       "thank-you/interview-12/contact-5": utc("2026-11-18 08:00"),
                       "linkedin/contact-5": utc("2026-11-18 09:00"),
                       "prepare/interview-13": utc("9999-12-31 08:00"),
                       "debrief/interview-13": utc("9999-12-31 14:00")}


EDGES = [datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)]


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])  # UTC+14 and UTC-11
@pytest.mark.parametrize("edge", EDGES, ids=["first moment", "last moment"])
def test_dates_at_either_end_of_the_calendar_plan_what_they_can(zone, edge):
    day = edge.date()
    sent = FollowUpState("done", edge)
    keys = ("thank-you/interview-12/contact-5", "check-in-1/application-3/interview-12",
            "check-in-2/application-3/interview-12", "thank-you-anyway/application-3", "keep-in-touch/application-3/1")
    situations = [
        app(applied_on=day, decision_by=day, contact_on=day, long_decision=True,
            interviews=[InterviewState(12, start=edge, end=edge, participants=[5])],
            outcomes=[OutcomeState(20, "references_requested", edge), OutcomeState(21, "still_interested", edge)],
            follow_ups={key: sent for key in keys}),
        app(status="applied", applied_on=day),
        app(status="rejected", outcomes=[OutcomeState(22, "rejected", edge)], follow_ups={key: sent for key in keys}),
        app(status="withdrew", outcomes=[OutcomeState(23, "withdrew", edge)]),
    ]
    planned = set()
    for application in situations:
        planned |= {spec.kind for spec in plan_follow_ups(application, Settings(zone=zone), NOW).follow_ups}
    # Follow-ups due the moment something happened need no date arithmetic, so they are always planned.
    assert {"reference_heads_up", "linkedin_connect", "withdrawal"} <= planned


def test_keys_made_by_the_rules_are_recognised():
    keys = {spec.key for scenario in SCENARIOS
            for spec in plan_follow_ups(scenario.application, replace(BERLIN, handwritten_cards=True),
                                        scenario.now).follow_ups}
    assert all(kinds.is_rule_key(key) for key in keys)
    assert not kinds.is_rule_key("seeded/check-in")


def test_a_reference_is_never_thanked_as_an_interviewer():
    application = app(contacts=[DANA, *REFERENCES],
                      interviews=[interview(12, "2026-11-17 14:00", "2026-11-17 15:00", people=(5, 7))])
    thanked = [s.contact_id for s in plan_follow_ups(application, BERLIN, NOW).follow_ups
               if s.kind == "thank_you_email"]
    assert thanked == [5]


@pytest.mark.parametrize(("start", "expected"), [
    ("2026-11-17 10:59", "2026-11-17 07:59"),  # early: 2 h before
    ("2026-11-17 11:00", "2026-11-17 08:00"),  # from 11:00: 09:00 that morning
    ("2026-11-17 16:00", "2026-11-17 08:00"),
])
def test_prepare_due_around_the_early_start_cutoff(start, expected):
    assert rules.prepare_due(local(start, "Europe/Berlin"), ZoneInfo("Europe/Berlin")) == utc(expected)


@pytest.mark.parametrize(("end", "expected"), [
    ("2026-11-17 11:59", "2026-11-17 16:00"),  # before noon: 17:00 the same day
    ("2026-11-17 12:00", "2026-11-18 08:00"),  # noon or later: 09:00 the next morning
    ("2026-11-17 23:30", "2026-11-18 08:00"),
])
def test_thank_you_due_around_noon(end, expected):
    assert rules.thank_you_due(local(end, "Europe/Berlin"), ZoneInfo("Europe/Berlin")) == utc(expected)


def test_a_wall_clock_time_skipped_by_spring_forward_lands_after_the_change():
    # 02:30 does not exist in Berlin on 29 March 2026; 03:30 summer time is 01:30 UTC.
    assert rules.at_local(date(2026, 3, 29), time(2, 30), ZoneInfo("Europe/Berlin")) == utc("2026-03-29 01:30")


@pytest.mark.parametrize(("start", "count", "expected"), [
    (date(2026, 11, 26), 2, date(2026, 11, 30)),  # Thursday + 2 -> Monday
    (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1 -> Monday
    (date(2026, 11, 28), 0, date(2026, 11, 30)),  # Saturday + 0 -> Monday
    (date(2026, 11, 23), 5, date(2026, 11, 30)),
])
def test_add_business_days(start, count, expected):
    assert rules.add_business_days(start, count, frozenset(range(5))) == expected


def test_r13_a_debrief_when_each_interview_ends_and_none_for_history():
    long_ago = interview(11, "2026-10-01 14:00", "2026-10-01 15:00")
    recent = interview(12, "2026-11-12 14:00", "2026-11-12 15:00")
    ahead = interview(13, "2026-11-19 14:00", "2026-11-19 15:00")
    cancelled = interview(14, "2026-11-20 14:00", "2026-11-20 15:00", status="cancelled")
    plan = plan_follow_ups(app(interviews=[long_ago, recent, ahead, cancelled]), BERLIN, NOW)
    debriefs = {s.key: s for s in plan.follow_ups if s.kind == kinds.DEBRIEF}
    assert {key: spec.due for key, spec in debriefs.items()} == {
        "debrief/interview-12": utc("2026-11-12 14:00"), "debrief/interview-13": utc("2026-11-19 14:00")}
    assert all(spec.channel is None and spec.contact_id is None for spec in debriefs.values())
    # One already planned stays, however old its interview gets.
    kept = app(interviews=[long_ago], follow_ups={"debrief/interview-11": FollowUpState("pending")})
    assert "debrief/interview-11" in {s.key for s in plan_follow_ups(kept, BERLIN, NOW).follow_ups}


def test_another_round_coming_keeps_check_ins_waiting_until_its_invite():
    first = replace(interview(12, "2026-11-12 14:00", "2026-11-12 15:00"), another_round=True)
    waiting = plan_follow_ups(app(interviews=[first]), BERLIN, NOW)
    assert not [s for s in waiting.follow_ups if s.kind == kinds.CHECK_IN_1]
    second = interview(13, "2026-11-19 14:00", "2026-11-19 15:00")
    invited = plan_follow_ups(app(interviews=[first, second]), BERLIN, NOW)
    assert [s.key for s in invited.follow_ups if s.kind == kinds.CHECK_IN_1] == ["check-in-1/application-3/interview-13"]
