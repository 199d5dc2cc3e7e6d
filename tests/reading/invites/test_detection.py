"""Interview detection: which events are interviews, which are not, and the reason given."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from companion.domain.facts import ContactFacts, InterviewFacts
from companion.domain.hosts import hiring_tool
from companion.reading.invites.detection import hiring_words, judge_event, mark_interview

USER = "jane.doe@gmail.com"


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("Interview with Acme", "Interview"),
        ("Acme | Technical Interview | Data Engineer", "Interview"),
        ("Phone screen - Pied Piper", "Phone screen"),
        ("Tech screen: backend", "Tech screen"),
        ("Recruiter call with Northwind", "Recruiter call"),
        ("Hiring manager chat", "Hiring manager"),
        ("Onsite - Umbrella Corp", "Onsite"),
        ("Final round - Hooli", "Final round"),
        ("Panel interview (4 people)", "Panel interview"),
        ("Vorstellungsgespräch – Werkstudent", "Vorstellungsgespräch"),
        ("Entretien d'embauche - Globex", "Entretien d'embauche"),
        ("Entretien RH - Globex", "Entretien RH"),
        ("Premier entretien – Globex", "Premier entretien"),
        ("Entrevista con Iberdrola", "Entrevista"),
        ("Colloquio di lavoro - Ferrero", "Colloquio di lavoro"),
        ("Sollicitatiegesprek Philips", "Sollicitatiegesprek"),
        ("Rozmowa kwalifikacyjna - Allegro", "Rozmowa kwalifikacyjna"),
        ("Jobintervju med Equinor", "Jobintervju"),
        ("一次面接（ソニー）", "面接"),
        ("腾讯 面试", "面试"),
    ],
)
def test_hiring_words_are_found_in_several_languages(title, word):
    assert hiring_words(title)[0] == word
    verdict = judge_event(title=title, user_email=USER)
    assert verdict.is_interview, verdict.reason
    assert verdict.reason == f'Looks like an interview: the title says "{word}".'


@pytest.mark.parametrize(
    "title",
    [
        "User interview: onboarding flow",
        "Customer interview - Contoso",
        "Podcast interview with Tech Weekly",
        "Exit interview",
        "Mock interview with my coach",
        "Interview debrief - Alex Kim",
        "Interviewer training",
        "Film screening",
        "Screen share setup",
        "Panel discussion: the future of AI",
    ],
)
def test_interview_words_meant_otherwise_do_not_count(title):
    verdict = judge_event(title=title, user_email=USER)
    assert verdict.is_interview is False
    assert verdict.reason.startswith("Not an interview: ")


def test_nothing_hiring_related_says_so():
    verdict = judge_event(title="Dentist", organizer_email="reception@smiles.example")
    assert verdict == judge_event(title="Dentist", organizer_email="reception@smiles.example")
    assert verdict.is_interview is False
    assert verdict.reason == 'Not an interview: no sign of a hiring step; but the title says "Dentist", an ordinary meeting.'
    plain = judge_event(title="Coffee")
    assert plain.reason == (
        "Not an interview: nothing in the title or description mentions an interview or a hiring step, "
        "and no hiring or scheduling tool sent it."
    )


def test_an_applicant_tracking_sender_alone_makes_an_interview():
    verdict = judge_event(title="Jane Doe / Initech", organizer_email="no-reply@hire.lever.co", user_email=USER)
    assert verdict.is_interview
    assert verdict.reason == "Looks like an interview: it was scheduled through Lever (an applicant-tracking or interview tool)."


@pytest.mark.parametrize(
    ("host", "tool", "tracker"),
    [
        ("app.greenhouse.io", "Greenhouse", True),
        ("us.greenhouse-mail.io", "Greenhouse", True),
        ("wd5.myworkday.com", "Workday", True),
        ("jobs.ashbyhq.com", "Ashby", True),
        ("smartrecruiters.com", "SmartRecruiters", True),
        ("careers-acme.icims.com", "iCIMS", True),
        ("jobvite.com", "Jobvite", True),
        ("goodtime.io", "GoodTime", True),
        ("modernloop.io", "ModernLoop", True),
        ("calendly.com", "Calendly", False),
        ("notgreenhouse.io", "", False),
        ("example.com", "", False),
    ],
)
def test_hiring_and_booking_tools_are_recognised_by_domain(host, tool, tracker):
    assert hiring_tool(host) == (tool, tracker)


def test_a_booking_tool_alone_is_not_enough_but_with_a_hiring_word_it_is():
    booking = judge_event(title="Jane Doe and Riley Chen", description="Cancel: https://calendly.com/cancellations/x")
    assert booking.is_interview is False
    assert booking.reason == "Not an interview: it was scheduled through Calendly (a booking tool), which is not enough."
    with_word = judge_event(
        title="Jane Doe and Riley Chen",
        description="Event Name: 30 Minute Phone Screen\nCancel: https://calendly.com/cancellations/x",
    )
    assert with_word.is_interview
    assert with_word.reason == (
        'Looks like an interview: the description says "Phone Screen"; '
        "it was scheduled through Calendly (a booking tool)."
    )


def test_the_users_own_organisation_vetoes_even_an_interview_title():
    verdict = judge_event(
        title="Interview - Alex Kim for Backend Engineer",
        organizer_email="recruiting@globex.com",
        attendee_emails=["alex.kim@gmail.com"],
        user_email="jane.doe@globex.com",
    )
    assert verdict.is_interview is False
    assert verdict.reason == (
        "Not an interview: it was organised from your own organisation (globex.com), so it is a meeting at "
        "work (import it with force if you are a candidate there)."
    )


def test_public_mail_domains_are_not_an_organisation():
    verdict = judge_event(title="Phone screen", organizer_email="recruiter.sam@gmail.com", user_email=USER)
    assert verdict.is_interview


def test_only_the_organisers_company_and_the_user_tips_a_description_mention():
    description_only = judge_event(title="Chat", description="Looking forward to the interview.")
    assert description_only.is_interview is False
    one_company = judge_event(
        title="Chat",
        description="Looking forward to the interview.",
        organizer_email="dana@acme.com",
        attendee_emails=["dana@acme.com", "sam@acme.com"],
        user_email=USER,
    )
    assert one_company.is_interview
    assert one_company.reason == (
        'Looks like an interview: the description says "interview"; only people from acme.com and you are invited.'
    )


def test_repeating_and_crowded_meetings_weigh_against():
    repeating = judge_event(title="Hiring manager check-in", recurring=True)
    assert repeating.is_interview is False
    assert repeating.reason == (
        'Not an interview: the title says "Hiring manager"; but it repeats, and interviews do not.'
    )
    crowd = [f"person{n}@acme.com" for n in range(12)]
    crowded = judge_event(title="Onsite", attendee_emails=crowd)
    assert crowded.is_interview is False
    assert "12 people are invited, more than any interview panel" in crowded.reason


def test_mark_interview_fills_the_facts():
    facts = InterviewFacts(
        start=datetime(2026, 12, 1, 19, tzinfo=timezone.utc),
        end=datetime(2026, 12, 1, 20, tzinfo=timezone.utc),
        title="Weekly sync",
        organizer_email="dana@acme.com",
        contacts=[ContactFacts(name="Dana", email="dana@acme.com")],
        is_interview=True,
    )
    verdict = mark_interview(facts, description="", user_email=USER, recurring=True)
    assert (facts.is_interview, facts.reason) == (False, verdict.reason)
    assert verdict.reason == (
        "Not an interview: only people from acme.com and you are invited; but the title says \"sync\", "
        "an ordinary meeting; it repeats, and interviews do not."
    )


@pytest.mark.parametrize(("title", "description", "interview"), [
    # "intro call" alone is said of sales calls too; with a job spoken of, it is a first talk
    ("Intro call: Contoso CRM x Jane", "", False),
    ("Jane x Orbital Coffee - intro chat", "About the Store Manager opening.", True),
    # a demo is an ordinary meeting, unless the title says it is part of an interview
    ("Product demo: Contoso", "", False),
    ("Technical interview: product demo", "", True),
])
def test_weak_signs_count_only_with_another(title, description, interview):
    verdict = judge_event(title=title, description=description, organizer_email="sam@contoso.example",
                          attendee_emails=["sam@contoso.example", USER], user_email=USER)
    assert verdict.is_interview is interview, verdict.reason
