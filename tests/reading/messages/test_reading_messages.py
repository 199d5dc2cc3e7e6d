"""Recruiters' messages read and judged: the encodings real mail arrives in, and each kind of
reply. The messages here are written for these tests (the corpus has real rejections and
acknowledgements, scored by benchmarks/score_corpus.py, but no offers, invitations or timelines)."""

from __future__ import annotations

import base64
from email.message import EmailMessage

import pytest

from companion.reading.messages.message import read_message
from companion.reading.messages.verdict import judge


def message(body: str, *, subject: str = "Your application", html: bool = False, calendar: str = "",
            encoding: str = "") -> bytes:
    mail = EmailMessage()
    mail["From"] = "Priya Natarajan <priya@initech.example>"
    mail["To"] = "Alex Morgan <alex@example.org>"
    mail["Subject"] = subject
    mail["Date"] = "Tue, 01 Dec 2026 16:05:00 +0000"
    mail["Message-ID"] = "<offer-42@mail.initech.example>"
    if html:
        mail.set_content(f"<html><body><p>{body}</p><script>var x = 'unfortunately';</script></body></html>",
                         subtype="html", cte=encoding or "quoted-printable")
    else:
        mail.set_content(body, cte=encoding or ("7bit" if body.isascii() else "quoted-printable"))
    if calendar:
        mail.add_attachment(calendar.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return mail.as_bytes()


def test_the_facts_of_a_message():
    facts = read_message(message("Hello Alex", html=True))
    assert (facts.sender_name, facts.sender_email) == ("Priya Natarajan", "priya@initech.example")
    assert facts.recipients == ["alex@example.org"]
    assert facts.message_id == "<offer-42@mail.initech.example>" and facts.subject == "Your application"
    assert facts.date.isoformat() == "2026-12-01T16:05:00+00:00"
    assert facts.text == "Hello Alex"  # the HTML's words, never its scripts


def test_a_body_in_base64_and_a_placeholder_date():
    raw = (b"From: x@example.invalid\r\nSubject:\r\nDate: Thu, 01 Jan 1970 00:00:00 +0000\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.b64encode("We regret to inform you … you were not selected.".encode()) + b"\r\n")
    facts = read_message(raw)
    assert facts.text == "We regret to inform you … you were not selected."
    assert facts.date is None  # 1970 is a placeholder, not when it was sent


@pytest.mark.parametrize(("body", "kind"), [
    ("We are pleased to extend an offer for the Data Engineer position. Your start date would be 4 January.",
     "offer"),
    ("Thanks again for your time. Before we finalise, could you provide two professional references for the role?",
     "references"),
    ("We would like to invite you to an interview for the Data Engineer role. Please share your availability for "
     "next week.", "invitation"),
    ("Thank you for your time today. The team will make a decision by Friday 11 December on the position.",
     "timeline"),
    ("Thank you for applying. We have received your application and will review it shortly.", "received"),
    ("Thank you for applying. If you are not selected for an interview, we will keep your resume on file.",
     "received"),
    ("Thank you for your interest in the role. Unfortunately, we have decided to move forward with other "
     "candidates.", "rejection"),
    ("Your order has shipped and will arrive on Friday.", "not_job"),
])
def test_each_kind_of_reply_by_its_wording(body, kind):
    verdict = judge(read_message(message(body)))
    assert verdict.kind == kind, verdict
    assert verdict.reason and 0 < verdict.confidence < 1


def test_a_message_with_a_calendar_part_is_an_invitation():
    invite = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    facts = read_message(message("See the invite.", calendar=invite))
    assert facts.calendars == [invite.encode()]
    assert judge(facts).kind == "invitation"


@pytest.mark.parametrize(("body", "kind"), [
    ("Vielen Dank für Ihre Bewerbung als Data Engineer. Leider können wir Ihre Bewerbung nicht weiter "
     "berücksichtigen, da wir uns für eine andere Kandidatin entschieden haben.", "rejection"),
    ("Vielen Dank, Ihre Bewerbung ist bei uns eingegangen. Wir melden uns in den nächsten Tagen.", "received"),
    ("Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen.", "invitation"),
    ("Nous vous remercions pour votre candidature au poste de Data Engineer. Malheureusement, votre profil "
     "n'a pas été retenu.", "rejection"),
    ("Nous avons bien reçu votre candidature pour le poste de Data Engineer et revenons vers vous rapidement.",
     "received"),
    ("Suite à votre candidature, nous souhaitons vous inviter à un entretien la semaine prochaine.", "invitation"),
])
def test_german_and_french_replies(body, kind):
    assert judge(read_message(message(body, subject="Ihre Bewerbung / Votre candidature"))).kind == kind
