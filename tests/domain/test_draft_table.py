"""The draft table: for each kind, the facts (interviews held or not, notes per person, unknown
names, US and UK English) and the exact text a user gets. Each expected text was written from
the templates and read as the person receiving it would read it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from companion.domain import kinds
from companion.domain.drafts import DraftFacts, write_draft
from companion.domain.timing import Settings

US = Settings(zone="America/New_York", name="Alex Morgan", email="alex@example.org", locale="en-US")
UK = replace(US, zone="Europe/London", locale="en-GB")

NOTES = ("Dana: Asked how I would test a payments migration. Then on-call.\n"
         "Sam Ruiz - Described the team's on-call rotation.\n"
         "Their plan to move the data platform to streaming.")
# Tuesday 17 November 2026, 15:00 UTC: the same day in New York and London.
MET = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)

DANA = DraftFacts(kind=kinds.THANK_YOU_EMAIL, company="Acme Analytics", role="Data Engineer",
                  contact_name="Dana Lee", contact_email="dana@acme.example", interview_start=MET,
                  interview_held=True, interviews_held=1, spoke_with=True, interview_notes=NOTES,
                  others=("Sam Ruiz",))
SAM = replace(DANA, contact_name="Sam Ruiz", contact_email="sam.ruiz@acme.example", others=("Dana Lee",))
LEE = replace(DANA, contact_name="Lee Chen", contact_email="lee@acme.example", others=("Dana Lee", "Sam Ruiz"))
NEVER_MET = replace(DANA, interview_start=None, interview_held=False, interviews_held=0, spoke_with=False,
                    interview_notes="", others=())

CLOSING = ("Our conversation made me even more interested in joining Acme Analytics, and I believe my "
           "experience would let me contribute from the start.")
AHEAD = "The interview on Tuesday, November 17 has not happened yet: this draft is for afterwards."

TABLE = [
    ("thank-you, their own line in the notes, US", DANA, US,
     "Thank you for the Data Engineer interview",
     "Dear Dana,\n\nThank you for meeting with me on Tuesday, November 17 to talk about the Data Engineer role at "
     "Acme Analytics. I particularly enjoyed this part of our conversation: you asked how I would test a payments "
     f"migration.\n\n{CLOSING}\n\nBest regards,\nAlex Morgan", []),
    ("thank-you, the other person's line and the point forgotten, UK",
     replace(SAM, forgot="I led our last two database migrations"), UK,
     "Thank you for the Data Engineer interview",
     "Dear Sam,\n\nThank you for meeting with me on Tuesday 17 November to talk about the Data Engineer role at "
     "Acme Analytics. I particularly enjoyed this part of our conversation: you described the team's on-call "
     "rotation.\n\nOne thing I did not get to mention: I led our last two database migrations.\n\n"
     f"{CLOSING}\n\nBest regards,\nAlex Morgan", []),
    ("thank-you, notes kept for the person come first",
     replace(DANA, person_notes="Walked me through the arm-calibration pipeline."), US,
     "Thank you for the Data Engineer interview",
     "Dear Dana,\n\nThank you for meeting with me on Tuesday, November 17 to talk about the Data Engineer role at "
     "Acme Analytics. I particularly enjoyed this part of our conversation: you walked me through the "
     f"arm-calibration pipeline.\n\n{CLOSING}\n\nBest regards,\nAlex Morgan", []),
    ("thank-you, someone the notes do not name gets the general point, never another's", LEE, US,
     "Thank you for the Data Engineer interview",
     "Dear Lee,\n\nThank you for meeting with me on Tuesday, November 17 to talk about the Data Engineer role at "
     "Acme Analytics. I particularly enjoyed this part of our conversation: Their plan to move the data platform "
     f"to streaming.\n\n{CLOSING}\n\nBest regards,\nAlex Morgan", []),
    ("thank-you, no notes: a placeholder and a warning", replace(DANA, interview_notes=""), US,
     "Thank you for the Data Engineer interview",
     "Dear Dana,\n\nThank you for meeting with me on Tuesday, November 17 to talk about the Data Engineer role at "
     "Acme Analytics. I particularly enjoyed this part of our conversation: [something specific you discussed]."
     f"\n\n{CLOSING}\n\nBest regards,\nAlex Morgan",
     ["No interview notes (a detail from the conversation makes the thanks specific): replace "
      "[something specific you discussed] before using this draft."]),
    ("thank-you, interview still ahead: said in a warning", replace(DANA, interview_held=False), US,
     "Thank you for the Data Engineer interview",
     "Dear Dana,\n\nThank you for meeting with me on Tuesday, November 17 to talk about the Data Engineer role at "
     "Acme Analytics. I particularly enjoyed this part of our conversation: you asked how I would test a payments "
     f"migration.\n\n{CLOSING}\n\nBest regards,\nAlex Morgan", [AHEAD]),
    ("thank-you, unknown interviewer", replace(DANA, contact_name="", contact_email="", others=()), UK,
     "Thank you for the Data Engineer interview",
     "Dear [interviewer's name],\n\nThank you for meeting with me on Tuesday 17 November to talk about the Data "
     "Engineer role at Acme Analytics. I particularly enjoyed this part of our conversation: Their plan to move "
     f"the data platform to streaming.\n\n{CLOSING}\n\nBest regards,\nAlex Morgan",
     ["The interviewer's name is not known: replace [interviewer's name] before using this draft.",
      "No email address for this follow-up: fill in the recipient."]),
    ("check-in, after an interview, with the date they gave", replace(DANA, kind=kinds.CHECK_IN_1,
                                                                      decision_by=datetime(2026, 11, 26).date()), UK,
     "Following up on the Data Engineer role at Acme Analytics",
     "Dear Dana,\n\nI hope you are well. I am following up on my interview on Tuesday 17 November for the Data "
     "Engineer role, as you expected to decide by Thursday 26 November. I remain very interested in joining Acme "
     "Analytics, and I would be grateful for any news on the timeline.\n\nKind regards,\nAlex Morgan", []),
    ("check-in, no interview held", replace(NEVER_MET, kind=kinds.CHECK_IN_1), US,
     "Following up on the Data Engineer role at Acme Analytics",
     "Dear Dana,\n\nI hope you are well. I am following up on my application for the Data Engineer role. I remain "
     "very interested in joining Acme Analytics, and I would be grateful for any news on the timeline.\n\n"
     "Kind regards,\nAlex Morgan", []),
    ("after a rejection, interviews held", replace(DANA, kind=kinds.THANK_YOU_ANYWAY), US,
     "Thank you: Data Engineer at Acme Analytics",
     "Dear Dana,\n\nThank you for letting me know, and for the time you and the team gave me during the process "
     "for the Data Engineer role. If you are able to share any feedback on my interviews, I would value it. I "
     "would also be glad to be considered if a role that suits me opens up at Acme Analytics in the future.\n\n"
     "All the best,\nAlex Morgan", []),
    ("after a rejection, no interview: feedback on the application", replace(NEVER_MET, kind=kinds.THANK_YOU_ANYWAY),
     US, "Thank you: Data Engineer at Acme Analytics",
     "Dear Dana,\n\nThank you for letting me know, and for considering my application for the Data Engineer role. "
     "If you are able to share what would have made my application stronger, I would value it. I would also be "
     "glad to be considered if a role that suits me opens up at Acme Analytics in the future.\n\n"
     "All the best,\nAlex Morgan", []),
    ("stay in touch with someone met", replace(DANA, kind=kinds.STAY_IN_TOUCH), US,
     "Staying in touch, from Alex Morgan",
     "Dear Dana,\n\nIt has been a few months since we spoke about the Data Engineer role, and I wanted to say "
     "hello. I am still very interested in Acme Analytics: if a position that fits my background comes up, I "
     "would be glad to hear about it.\n\nBest wishes,\nAlex Morgan", []),
    ("stay in touch with someone never spoken with", replace(NEVER_MET, kind=kinds.STAY_IN_TOUCH), US,
     "Staying in touch, from Alex Morgan",
     "Dear Dana,\n\nIt has been a few months since I applied for the Data Engineer role, and I wanted to get back "
     "in touch. I am still very interested in Acme Analytics: if a position that fits my background comes up, I "
     "would be glad to hear about it.\n\nBest wishes,\nAlex Morgan", []),
    ("a call instead of a check-in, no interview held", replace(NEVER_MET, kind=kinds.CHECK_IN_1, channel="phone"),
     US, "",
     "Call Dana Lee at Acme Analytics.\n\nPoints to make:\n- Introduce yourself: Alex Morgan, candidate for the "
     "Data Engineer role.\n- Say you are still very interested, and ask where things stand and when a decision "
     "is likely.\n- Keep it short, and write down any date they give you.", []),
    ("LinkedIn note, UK", replace(DANA, kind=kinds.LINKEDIN_CONNECT, channel="linkedin"), UK, "",
     "Hi Dana, thank you for the Data Engineer interview at Acme Analytics on Tuesday 17 November. I enjoyed this "
     "part of our conversation: you asked how I would test a payments migration. I would be glad to stay "
     "connected. Alex Morgan", []),
    ("handwritten card", replace(SAM, kind=kinds.THANK_YOU_CARD, channel="letter"), US, "",
     "Dear Sam,\n\nThank you for your time on Tuesday, November 17. I enjoyed this part of our conversation: you "
     "described the team's on-call rotation. I would love to join you at Acme Analytics in the Data Engineer role."
     "\n\nWith thanks,\nAlex Morgan", []),
    ("keep in touch with someone never spoken with: no quote", replace(
        NEVER_MET, kind=kinds.KEEP_IN_TOUCH, interview_notes="Dana: the arm-calibration pipeline"), US,
     "A quick note from Alex Morgan",
     "Dear Dana,\n\nI came across [article title and link] and thought of you.\n\nI know the decision on the Data "
     "Engineer role is taking time, and I remain very interested in Acme Analytics. I hope all is well with you "
     "and the team.\n\nBest regards,\nAlex Morgan",
     ["Fill in the article this note shares: it is what makes it worth sending."]),
]


@pytest.mark.parametrize(("facts", "settings", "subject", "body", "warnings"),
                         [case[1:] for case in TABLE], ids=[case[0] for case in TABLE])
def test_the_draft_for_these_facts(facts, settings, subject, body, warnings):
    draft = write_draft(facts, settings)
    assert (draft.subject, draft.body, draft.warnings) == (subject, body, warnings)


@pytest.mark.parametrize(("style", "name", "greeting", "warnings"), [
    ("first_name", "Dana Lee", "Dear Dana,", []),
    ("first_name", "Lee, Dana", "Dear Dana,", []),
    ("first_name", "Dr. Dana Lee", "Dear Dana,", []),
    ("full_name", "Lee, Dana", "Dear Dana Lee,", []),
    ("formal", "Dr. Dana Lee", "Dear Dr Lee,", []),
    ("formal", "Dana Lee", "Dear [Ms/Mr/Dr] Lee,",
     ["Choose how to address Dana Lee: replace [Ms/Mr/Dr] before using this draft."]),
    ("formal", "Prince", "Dear [Ms/Mr/Dr] Prince,",
     ["Choose how to address Prince: replace [Ms/Mr/Dr] before using this draft."]),
])
def test_greeting_as_the_user_chose(style, name, greeting, warnings):
    draft = write_draft(replace(DANA, kind=kinds.CHECK_IN_1, contact_name=name), replace(US, greeting=style))
    assert draft.body.split("\n\n")[0] == greeting
    assert draft.warnings == warnings


@pytest.mark.parametrize("address", ["alex@example.org", "Alex.Work@Corp.Example"])
def test_none_of_the_users_own_addresses_is_written_to(address):
    settings = replace(US, other_emails=("alex.work@corp.example",))
    draft = write_draft(replace(DANA, contact_email=address), settings)
    assert draft.to == ""
    assert draft.warnings == [f"{address} is one of your own addresses: fill in the recipient."]
