"""Drafts: the facts each kind must contain, the placeholders it must show, and the sizes it must keep."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from companion.domain import kinds
from companion.domain.drafts import CARD_LIMIT, DraftError, DraftFacts, write_draft
from companion.domain.timing import Settings

SAM = Settings(zone="Europe/Berlin", name="Sam Rivera", email="sam@example.org", signature="+49 30 555 0101",
               locale="en-GB", greeting="full_name")
NOTES = "- How the team moved nightly batch jobs to streaming with Kafka. Then on-call.\n- Hiring plan"
LONG_NAME = "Bartholomew Fitzgerald-Oyelaran-Vandersteen"
LONG_COMPANY = "International Business Machines Research and Development Europe GmbH"
LONG_ROLE = "Principal Distributed Systems Reliability Engineer"
LONG_NOTES = ("We spent most of the hour on how they migrated their global payment ledger from a nightly "
              "batch reconciliation to an event-sourced streaming design with exactly-once semantics, and "
              "what that meant for the on-call rotation. " * 3)


def facts(kind: str, **changes) -> DraftFacts:
    known = DraftFacts(kind=kind, company="Acme Analytics", role="Data Engineer", job_url="https://jobs.example/42",
                       contact_name="Dana Lee", contact_email="dana@acme.example",
                       interview_start=datetime(2026, 11, 17, 13, 0, tzinfo=UTC), interview_notes=NOTES,
                       interview_held=True, interviews_held=1, spoke_with=True,
                       applied_on=date(2026, 11, 2), decision_by=date(2026, 11, 26))
    return replace(known, **changes)


def sentences(paragraph: str) -> int:
    return len(re.findall(r"[.!?…](\s|$)", paragraph))


@pytest.mark.parametrize("kind", kinds.KINDS)
def test_every_kind_names_the_role_and_company(kind):
    draft = write_draft(facts(kind), SAM)
    text = draft.subject + "\n" + draft.body
    assert "Data Engineer" in text
    assert "Acme Analytics" in text
    if kind not in kinds.FOR_YOU:
        assert "Dana Lee" in draft.body
        assert "Sam Rivera" in draft.body
    if kind != kinds.KEEP_IN_TOUCH:  # its idea to fill in is a placeholder on purpose
        assert "[" not in draft.body and draft.warnings == []


PERSON_PLACEHOLDERS = {kinds.THANK_YOU_EMAIL: "[interviewer's name]", kinds.THANK_YOU_CARD: "[interviewer's name]",
                       kinds.LINKEDIN_CONNECT: "[interviewer's name]", kinds.REFERENCE_HEADS_UP: "[reference's name]"}


@pytest.mark.parametrize("kind", kinds.KINDS)
def test_every_kind_shows_placeholders_for_what_is_not_known(kind):
    draft = write_draft(DraftFacts(kind=kind), Settings(zone="UTC"))
    text = draft.subject + "\n" + draft.body
    expected = {"[role]", "[company]"}
    if kind not in kinds.FOR_YOU:
        expected |= {"[your name]", PERSON_PLACEHOLDERS.get(kind, "[contact's name]")}
    for placeholder in expected:
        assert placeholder in text
        assert any(placeholder in warning for warning in draft.warnings)
    assert "Sir or Madam" not in text
    # Every placeholder a warning asks to replace is one the draft really shows.
    for warning in draft.warnings:
        if shown := re.search(r"replace (\[[^\]]+\])", warning):
            assert shown[1] in text


@pytest.mark.parametrize("kind", [kinds.THANK_YOU_EMAIL, kinds.THANK_YOU_CARD, kinds.LINKEDIN_CONNECT])
def test_drafts_about_the_interview_say_when_they_met_and_what_was_discussed(kind):
    # 23:30 UTC on the 16th is already Tuesday the 17th in Berlin, where the user is.
    draft = write_draft(facts(kind, interview_start=datetime(2026, 11, 16, 23, 30, tzinfo=UTC)), SAM)
    assert "Tuesday 17 November" in draft.body
    assert "moved nightly batch jobs to streaming with Kafka" in draft.body
    assert "Hiring plan" not in draft.body  # one specific point, not the whole notes


def test_thank_you_email_follows_the_research():
    draft = write_draft(facts(kinds.THANK_YOU_EMAIL), SAM)
    assert draft.to == "dana@acme.example"
    assert draft.subject == "Thank you for the Data Engineer interview"
    greeting, message, closing, sign_off = draft.body.split("\n\n")
    assert greeting == "Dear Dana Lee,"
    assert 2 <= sentences(message) + sentences(closing) <= 4
    assert sign_off == "Best regards,\nSam Rivera\n+49 30 555 0101"


def test_a_long_set_of_notes_still_gives_a_few_sentences():
    draft = write_draft(facts(kinds.THANK_YOU_EMAIL, interview_notes=LONG_NOTES), SAM)
    message = " ".join(draft.body.split("\n\n")[1:3])
    assert sentences(message) <= 4
    assert len(message.split()) <= 100


def test_unknown_interviewer_gets_a_visible_placeholder_and_a_warning_never_an_invented_name():
    draft = write_draft(facts(kinds.THANK_YOU_EMAIL, contact_name="", contact_email=""), SAM)
    assert draft.body.startswith("Dear [interviewer's name],")
    assert "Sir or Madam" not in draft.body
    assert any("[interviewer's name]" in warning for warning in draft.warnings)
    assert any("email address" in warning for warning in draft.warnings)
    assert draft.to == ""


@pytest.mark.parametrize(("kind", "placeholder"), [
    (kinds.REFERENCE_HEADS_UP, "[reference's name]"),
    (kinds.CHECK_IN_1, "[contact's name]"),
    (kinds.LINKEDIN_CONNECT, "[interviewer's name]"),
])
def test_missing_names_by_kind(kind, placeholder):
    draft = write_draft(facts(kind, contact_name=""), SAM)
    assert placeholder in draft.body
    assert any(placeholder in warning for warning in draft.warnings)


def test_missing_facts_each_become_a_placeholder_with_a_warning():
    draft = write_draft(DraftFacts(kind=kinds.THANK_YOU_EMAIL), Settings(zone="UTC"))
    for placeholder in ("[your name]", "[role]", "[company]", "[when you met]",
                        "[something specific you discussed]"):
        assert placeholder in draft.subject + draft.body
        assert any(placeholder in warning for warning in draft.warnings)


@pytest.mark.parametrize("cap", [300, 200])
@pytest.mark.parametrize(("name", "company", "role", "notes"), [
    ("Dana Lee", "Acme Analytics", "Data Engineer", LONG_NOTES),
    (LONG_NAME, LONG_COMPANY, LONG_ROLE, LONG_NOTES),
    (LONG_NAME * 3, LONG_COMPANY * 2, LONG_ROLE, ""),
], ids=["long-notes", "long-names-and-notes", "names-too-long-for-any-note"])
def test_linkedin_note_fits_the_cap_and_names_the_interview(cap, name, company, role, notes):
    settings = replace(SAM, name="Maximiliane Alexandra von Hohenzollern-Sigmaringen", linkedin_note_cap=cap)
    draft = write_draft(facts(kinds.LINKEDIN_CONNECT, contact_name=name, company=company, role=role,
                              interview_notes=notes), settings)
    assert len(draft.body) <= cap
    assert "interview" in draft.body
    assert draft.subject == "" and draft.to == ""


def test_linkedin_note_keeps_as_much_of_the_notes_as_fits():
    draft = write_draft(facts(kinds.LINKEDIN_CONNECT, interview_notes=LONG_NOTES), SAM)
    assert "global payment ledger" in draft.body
    assert "…" in draft.body
    assert len(draft.body) <= 300


def test_card_is_short_enough_for_a_card():
    draft = write_draft(facts(kinds.THANK_YOU_CARD, contact_name=LONG_NAME, company=LONG_COMPANY,
                              role=LONG_ROLE, interview_notes=LONG_NOTES), SAM)
    assert len(draft.body) <= CARD_LIMIT
    assert draft.body.startswith(f"Dear {LONG_NAME},")
    assert draft.body.endswith("Sam Rivera")
    assert draft.subject == ""


@pytest.mark.parametrize(("thread", "expected"), [
    ("Interview schedule", "Re: Interview schedule"),
    ("RE: Re: Interview schedule", "Re: Interview schedule"),
    ("AW: Ihr Vorstellungsgespräch", "Re: Ihr Vorstellungsgespräch"),
])
def test_replies_in_the_known_thread(thread, expected):
    for kind in (kinds.THANK_YOU_EMAIL, kinds.CHECK_IN_1, kinds.WITHDRAWAL):
        assert write_draft(facts(kind, thread_subject=thread), SAM).subject == expected


def test_a_message_to_a_reference_does_not_reply_in_the_company_thread():
    draft = write_draft(facts(kinds.REFERENCE_HEADS_UP, thread_subject="Interview schedule"), SAM)
    assert draft.subject == "Heads-up: Acme Analytics may contact you about me"


def test_keep_in_touch_notes_suggest_varied_content():
    bodies = [write_draft(facts(kinds.KEEP_IN_TOUCH, note_number=number), SAM).body for number in (1, 2, 3, 4)]
    assert "[article title and link]" in bodies[0]
    assert "[event or webcast" in bodies[1]
    assert "[a recent achievement" in bodies[2]
    assert bodies[3] == bodies[0]


def test_check_ins_restate_interest_and_ask_about_the_timeline():
    first = write_draft(facts(kinds.CHECK_IN_1), SAM).body
    assert "Thursday 26 November" in first  # the decision date they gave
    assert "interested" in first and "timeline" in first
    second = write_draft(facts(kinds.CHECK_IN_2), SAM).body
    assert "still keen" in second and "decision" in second


def test_rejection_and_withdrawal_drafts():
    anyway = write_draft(facts(kinds.THANK_YOU_ANYWAY), SAM).body
    assert "feedback" in anyway and "future" in anyway
    withdrawal = write_draft(replace(facts(kinds.WITHDRAWAL), accepted_elsewhere=True), SAM).body
    assert "accepted another offer" in withdrawal
    assert sentences(withdrawal.split("\n\n")[1]) <= 3
    own_reasons = write_draft(facts(kinds.WITHDRAWAL), SAM).body
    assert "withdraw" in own_reasons and "another offer" not in own_reasons


def test_prepare_reminder_lists_what_to_ask_and_collect():
    draft = write_draft(facts(kinds.PREPARE, interview_held=False), SAM)  # ahead, as a reminder to prepare is
    assert draft.subject == "Prepare: Data Engineer interview at Acme Analytics on Tuesday 17 November"
    assert "name, title and email" in draft.body
    assert "follow up" in draft.body
    assert draft.to == ""


def test_phone_channel_gives_points_for_a_call():
    draft = write_draft(facts(kinds.CHECK_IN_1, channel="phone"), SAM)
    assert draft.body.startswith("Call Dana Lee at Acme Analytics.")
    assert "- Introduce yourself: Sam Rivera" in draft.body
    assert draft.subject == "" and draft.to == ""


def test_a_users_template_replaces_the_packaged_one(tmp_path):
    (tmp_path / "thank_you_email.j2").write_text(
        "Subject: Thanks, {{ person }}\n\nHello {{ person }}, thanks for {{ met }}.\n{{ me }}\n")
    draft = write_draft(facts(kinds.THANK_YOU_EMAIL), SAM, override_dir=tmp_path)
    assert draft.subject == "Thanks, Dana Lee"
    assert draft.body == "Hello Dana Lee, thanks for on Tuesday 17 November.\nSam Rivera"
    other = write_draft(facts(kinds.CHECK_IN_1), SAM, override_dir=tmp_path)
    assert other.subject.startswith("Following up on the Data Engineer role")


def test_a_template_dropped_in_later_applies_to_the_next_draft(tmp_path):
    assert write_draft(facts(kinds.WITHDRAWAL), SAM, override_dir=tmp_path).body.startswith("Dear Dana Lee,")
    (tmp_path / "withdrawal.j2").write_text("Hello {{ person }}")
    assert write_draft(facts(kinds.WITHDRAWAL), SAM, override_dir=tmp_path).body == "Hello Dana Lee"
    (tmp_path / "withdrawal.j2").unlink()
    assert write_draft(facts(kinds.WITHDRAWAL), SAM, override_dir=tmp_path).body.startswith("Dear Dana Lee,")


def test_a_broken_user_template_is_a_clear_error_naming_the_file(tmp_path):
    (tmp_path / "withdrawal.j2").write_text("Dear {{ recipient }},\n")
    with pytest.raises(DraftError, match=r"withdrawal\.j2.*recipient"):
        write_draft(facts(kinds.WITHDRAWAL), SAM, override_dir=tmp_path)


@pytest.mark.parametrize(("content", "problem"), [
    (b"Dear {% if %}\n", "Expected an expression"),  # a syntax error
    ("Cher·e {{ person }}\n".encode("latin-1", "replace") + b"\xe9\xff", "utf-8"),  # saved in the wrong encoding
    (b"Dear {{ person + 1 }}\n", "concatenate"),  # an expression that fails when it runs
])
def test_a_user_template_that_cannot_be_read_or_run_is_a_draft_error_naming_it(tmp_path, content, problem):
    (tmp_path / "withdrawal.j2").write_bytes(content)
    with pytest.raises(DraftError, match=problem) as refused:
        write_draft(facts(kinds.WITHDRAWAL), SAM, override_dir=tmp_path)
    assert str(tmp_path / "withdrawal.j2") in str(refused.value)


def test_unknown_kind_is_refused():
    with pytest.raises(DraftError, match="unknown follow-up kind"):
        write_draft(DraftFacts(kind="pigeon"), SAM)
